package crossbuild

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/samples"
)

// prefixFont is the Chinese TrueType font put in the Wine prefix's
// Fonts folder, where xxgk.exe looks as it looks in C:\Windows\Fonts.
const prefixFont = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"

// The windows-amd64 build runs under Wine as a clerk would use it: the
// demo into a folder whose name has Chinese and a space, the profile
// database without --db, an import from a Chinese path with a space, a
// bad ledger refused with nothing written, and the double-click and
// dropped-file starts that open the workbench in the browser.
func TestWindowsExeUnderWine(t *testing.T) {
	need(t, realHost, wine)
	t.Parallel() // each build compiles SQLite on one core: two at once use both
	dir := t.TempDir()
	var exe, dll, holder string
	parallel(t,
		func() (err error) {
			exe, err = build(target{goos: "windows", goarch: "amd64", cc: "x86_64-w64-mingw32-gcc"}, filepath.Join(dir, "windows"))
			return
		},
		func() (err error) {
			dll, err = buildC(filepath.Join(dir, "bcryptprimitives.dll"), "bcryptprimitives.c", "-shared", "-ladvapi32")
			return
		},
		func() (err error) {
			holder, err = buildC(filepath.Join(dir, "holdfile.exe"), "holdfile.c", "-municode")
			return
		},
		func() error { _, err := nativeBuild(); return err },
	)
	p := newWinePrefix(t, exe, dll)
	p.copy(t, holder, `C:\xxgk\holdfile.exe`)
	ledger := p.put(`C:\台账 文件\`+samples.LedgerFileName, samples.LedgerWorkbook)

	t.Run("version", func(t *testing.T) {
		r := p.xxgk(t, nil, "--version")
		if r.code != 0 || r.stdout != versionLine {
			t.Errorf("--version: exit %d, %q; want 0, %q", r.code, r.stdout, versionLine)
		}
	})

	t.Run("console without arguments prints help", func(t *testing.T) {
		r := p.xxgk(t, nil)
		if r.code != 0 || !strings.Contains(r.stdout, "用法：") || !strings.Contains(r.stdout, "serve") {
			t.Errorf("no arguments: exit %d, stdout %q", r.code, r.stdout)
		}
		if matches, _ := filepath.Glob(p.path(`C:\users\*\AppData\Roaming\xxgk`)); len(matches) > 0 {
			t.Errorf("a console start without arguments made %v", matches)
		}
	})

	t.Run("demo", func(t *testing.T) {
		out := `C:\演示 输出`
		r := p.xxgk(t, nil, "demo", "--out", out)
		if r.code != 0 {
			t.Fatalf("demo: exit %d\n%s%s", r.code, r.stdout, r.stderr)
		}
		// The hint quotes the path with a space, so that it can be pasted.
		if hint := `xxgk explain --db "C:\演示 输出\示例县教育局.db"`; !strings.Contains(r.stdout+r.stderr, hint) {
			t.Errorf("demo's closing hint lacks %s:\n%s%s", hint, r.stdout, r.stderr)
		}
		linuxOut := filepath.Join(t.TempDir(), "demo")
		if _, err := runBinary(nil, []string{nativeBinary(t)}, "demo", "--out", linuxOut); err != nil {
			t.Fatal(err)
		}
		got, want := names(t, p.path(out)), names(t, linuxOut)
		if !slices.Equal(got, want) {
			t.Errorf("files written:\n windows %q\n linux   %q", got, want)
		}
		for _, name := range got {
			b, err := os.ReadFile(filepath.Join(p.path(out), name))
			if err != nil {
				t.Fatal(err)
			}
			switch filepath.Ext(name) {
			case ".pdf":
				if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.Contains(b, []byte("/FontFile2")) {
					t.Errorf("%s is not a PDF with an embedded TrueType font", name)
				}
			case ".txt":
				if !bytes.HasPrefix(b, []byte("\ufeff")) || bytes.Count(b, []byte("\n")) != bytes.Count(b, []byte("\r\n")) {
					t.Errorf("%s is not UTF-8 with BOM and CRLF: %q", name, b[:min(len(b), 40)])
				}
			}
		}
		for _, name := range demoJSON {
			a, b := figures(t, filepath.Join(p.path(out), name)), figures(t, filepath.Join(linuxOut, name))
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%s differs between windows and linux:\n windows %v\n linux   %v", name, a, b)
			}
		}
	})

	t.Run("a report open in Excel or WPS", func(t *testing.T) {
		db, out := `C:\演示 输出\示例县教育局.db`, `C:\演示 输出`
		xlsx := out + `\示例县教育局-2025年-政府信息公开工作年度报告.xlsx`
		if _, err := os.Stat(p.path(xlsx)); err != nil {
			t.Skip("the demo wrote no report:", err)
		}
		before := fileSum(t, p.path(xlsx))
		release := p.hold(t, xlsx)
		r := p.xxgk(t, nil, "report", "annual", "--db", db, "--year", "2025", "--format", "xlsx", "--out", out)
		want := "文件是否正在 Excel 或 WPS 中打开？"
		if r.code != 1 || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "内部错误") {
			t.Errorf("writing over a held report: exit %d, stderr %q; want exit 1 and %q", r.code, r.stderr, want)
		}
		if fileSum(t, p.path(xlsx)) != before {
			t.Error("the held report was changed")
		}
		release()
		if r := p.xxgk(t, nil, "report", "annual", "--db", db, "--year", "2025", "--format", "xlsx", "--out", out); r.code != 0 {
			t.Errorf("once the file is closed: exit %d, stderr %q", r.code, r.stderr)
		}
	})

	t.Run(`a path ending in \" typed in cmd.exe`, func(t *testing.T) {
		// A batch file is read in the console's code page, so its path is ASCII.
		p.mkdir(`C:\ledger files`)
		p.put(`C:\typed.bat`, []byte("@C:\\xxgk\\xxgk.exe import --db C:\\typed.db \"C:\\ledger files\\\" 2> C:\\typed.txt\r\n@exit /b %ERRORLEVEL%\r\n"))
		r, _ := p.run(t, p.command("wine", "cmd", "/c", `C:\typed.bat`))
		stderr := mustReadFile(t, p.path(`C:\typed.txt`))
		want := `错误：参数「C:\ledger files" 」末尾多了一个引号：在 Windows 中路径末尾的 \" 会被当作引号，请去掉最后的 \。`
		if r.code != 2 || strings.TrimSpace(string(stderr)) != want {
			t.Errorf("exit %d, stderr %q; want exit 2 and %q", r.code, stderr, want)
		}
	})

	ok := t.Run("profile database and import from a path with a space", func(t *testing.T) {
		r := p.xxgk(t, nil, "init", "--unit", samples.UnitName)
		if r.code != 0 || !strings.Contains(r.stdout+r.stderr, `\AppData\Roaming\xxgk\xxgk.db`) {
			t.Fatalf("init without --db: exit %d, %q %q; want it to name the profile database", r.code, r.stdout, r.stderr)
		}
		if matches, _ := filepath.Glob(p.path(`C:\users\*\AppData\Roaming\xxgk\xxgk.db`)); len(matches) != 1 {
			t.Fatalf("profile databases %v, want one", matches)
		}
		r = p.xxgk(t, nil, "import", ledger)
		if r.code != 0 || !strings.Contains(r.stdout+r.stderr, "导入完成：新增 564 条，更新 0 条，未变 0 条。") {
			t.Fatalf("import %s: exit %d\n%s%s", ledger, r.code, r.stdout, r.stderr)
		}
		r = p.xxgk(t, nil, "import", ledger)
		if r.code != 0 || !strings.Contains(r.stdout+r.stderr, "导入完成：新增 0 条，更新 0 条，未变 564 条。") {
			t.Fatalf("second import: exit %d\n%s%s", r.code, r.stdout, r.stderr)
		}
	})

	t.Run("bad ledger changes nothing", func(t *testing.T) {
		db := `C:\坏 台账\单位.db`
		bad := p.put(`C:\坏 台账\坏 台账.xlsx`, badLedger(t))
		if r := p.xxgk(t, nil, "init", "--db", db, "--unit", samples.UnitName); r.code != 0 {
			t.Fatalf("init: exit %d %s", r.code, r.stderr)
		}
		if r := p.xxgk(t, nil, "import", "--db", db, ledger); r.code != 0 {
			t.Fatalf("import: exit %d %s", r.code, r.stderr)
		}
		before := fileSum(t, p.path(db))
		r := p.xxgk(t, nil, "import", "--db", db, bad)
		want := `错误：坏 台账.xlsx 工作表「主动公开台账」第5行 E列「发布日期」：「2025-13-45」不是有效日期`
		if r.code != 1 || !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "本次导入已全部撤销，数据库未作任何修改。") {
			t.Errorf("bad ledger: exit %d, stderr %q; want exit 1 and %q", r.code, r.stderr, want)
		}
		if after := fileSum(t, p.path(db)); after != before {
			t.Error("the refused import changed the database file")
		}
	})

	if !ok {
		return
	}
	t.Run("double-click opens the workbench on the profile database", func(t *testing.T) {
		url := p.doubleClick(t, nil)
		page := get(t, url)
		if !strings.Contains(page, `<div class="unit">`+samples.UnitName) {
			t.Errorf("%s is not the workbench of %s:\n%.600s", url, samples.UnitName, page)
		}
	})

	t.Run("a dropped ledger is imported, then the workbench opens", func(t *testing.T) {
		db := `C:\拖放\单位.db`
		p.mkdir(`C:\拖放`)
		if r := p.xxgk(t, nil, "init", "--db", db, "--unit", "拖放县教育局"); r.code != 0 {
			t.Fatalf("init: exit %d %s", r.code, r.stderr)
		}
		url := p.doubleClick(t, []string{"XXGK_DB=" + db}, ledger)
		if page := get(t, url); !strings.Contains(page, `<div class="unit">拖放县教育局`) {
			t.Errorf("%s is not the workbench of 拖放县教育局", url)
		}
		p.stop()
		r := p.xxgk(t, nil, "import", "--db", db, ledger)
		if r.code != 0 || !strings.Contains(r.stdout+r.stderr, "导入完成：新增 0 条，更新 0 条，未变 564 条。") {
			t.Errorf("the dropped ledger was not imported: importing it again says\n%s%s", r.stdout, r.stderr)
		}
	})
}

// buildC builds the C file testdata/src into out with mingw's gcc and the
// extra flags, and returns out: the stand-in bcryptprimitives.dll and the
// file holder the Wine test needs.
func buildC(out, src string, flags ...string) (string, error) {
	args := append([]string{"-O2", "-o", out, filepath.Join("testdata", src)}, flags...)
	if b, err := exec.Command("x86_64-w64-mingw32-gcc", args...).CombinedOutput(); err != nil {
		return "", fmt.Errorf("x86_64-w64-mingw32-gcc %s: %v\n%s", strings.Join(args, " "), err, b)
	}
	return out, nil
}

// winePrefix is a Wine prefix (a Windows installation in a folder) of
// one test, with xxgk.exe in C:\xxgk, the stand-in DLL in system32, a
// Chinese font in the Fonts folder and a browser that only records the
// address it is asked to open.
type winePrefix struct {
	root   string   // the prefix folder
	env    []string // WINEPREFIX and quiet Wine
	opened string   // the file the browser writes each address into
}

// newWinePrefix makes the prefix in a temporary folder; the prefix's
// programs are stopped when t ends.
func newWinePrefix(t *testing.T, exe, dll string) *winePrefix {
	t.Helper()
	dir := t.TempDir()
	p := &winePrefix{
		root:   filepath.Join(dir, "prefix"),
		opened: filepath.Join(dir, "opened.txt"),
	}
	// No Mono or Gecko download prompts; no X display.
	p.env = []string{"WINEPREFIX=" + p.root, "WINEDEBUG=-all", "WINEDLLOVERRIDES=mscoree,mshtml=", "DISPLAY="}
	t.Cleanup(p.stop) // before t.TempDir's removal: cleanups run last first
	// One wineserver for the whole test rather than one started, and
	// waited for, by every run of xxgk.exe.
	if err := os.MkdirAll(p.root, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := p.run(t, p.command("wineserver", "--persistent")); err != nil {
		t.Fatal(err)
	}
	if _, err := p.run(t, p.command("wineboot", "--init")); err != nil {
		t.Fatal(err)
	}
	p.copy(t, dll, `C:\windows\system32\bcryptprimitives.dll`)
	p.copy(t, prefixFont, `C:\windows\Fonts\`+filepath.Base(prefixFont))
	p.copy(t, exe, `C:\xxgk\xxgk.exe`)
	browser := filepath.Join(dir, "browser.sh")
	script := "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '" + p.opened + "'\n"
	if err := os.WriteFile(browser, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	// winebrowser, which opens http addresses, tries the programs of
	// this value in turn.
	if _, err := p.run(t, p.command("wine", "reg", "add", `HKCU\Software\Wine\WineBrowser`, "/v", "Browsers", "/d", browser, "/f")); err != nil {
		t.Fatal(err)
	}
	return p
}

// command is name (a Wine program) run in the prefix.
func (p *winePrefix) command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), p.env...)
	return cmd
}

// wineTimeout is how long one Wine command may take. Under load Wine has
// been seen, once, to hang at a command's end; run then stops the prefix's
// programs and tries the command once more, so that a hang of Wine's is
// a line in the log rather than a test that never ends.
const wineTimeout = 2 * time.Minute

// run runs cmd, with its output in files rather than pipes: Wine's
// server and services, which go on running, inherit the output and
// would hold a pipe open. It returns the output, and an error with it
// when cmd fails to start, hangs twice or exits with a status other
// than 0.
func (p *winePrefix) run(t *testing.T, cmd *exec.Cmd) (result, error) {
	t.Helper()
	r, err, hung := p.runOnce(t, cmd)
	if hung {
		t.Logf("%s: no end within %v; stopping Wine and trying once more", strings.Join(cmd.Args, " "), wineTimeout)
		p.stop()
		p.command("wineserver", "--persistent").Run()
		again := exec.Command(cmd.Path, cmd.Args[1:]...)
		again.Env = cmd.Env
		r, err, hung = p.runOnce(t, again)
	}
	if hung {
		p.stop()
	}
	if err != nil {
		return r, fmt.Errorf("%s: %w\n%s%s", strings.Join(cmd.Args, " "), err, r.stdout, r.stderr)
	}
	return r, nil
}

// runOnce runs cmd for at most wineTimeout; hung says it did not end.
func (p *winePrefix) runOnce(t *testing.T, cmd *exec.Cmd) (r result, err error, hung bool) {
	t.Helper()
	dir := t.TempDir()
	files := [2]*os.File{}
	for i := range files {
		f, err := os.Create(filepath.Join(dir, fmt.Sprint(i)))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		files[i] = f
	}
	cmd.Stdout, cmd.Stderr = files[0], files[1]
	if err := cmd.Start(); err != nil {
		return result{code: -1}, err, false
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(wineTimeout):
		cmd.Process.Kill()
		<-done
		err, hung = fmt.Errorf("no end within %v", wineTimeout), true
	}
	stdout, _ := os.ReadFile(files[0].Name())
	stderr, _ := os.ReadFile(files[1].Name())
	return result{code: cmd.ProcessState.ExitCode(), stdout: string(stdout), stderr: string(stderr)}, err, hung
}

// stop ends every program running in the prefix.
func (p *winePrefix) stop() { p.command("wineserver", "-k").Run() }

// path is the Linux path of the Windows path win (C:\…) in the prefix.
func (p *winePrefix) path(win string) string {
	rest, ok := strings.CutPrefix(win, `C:\`)
	if !ok {
		panic("not a C: path: " + win)
	}
	return filepath.Join(p.root, "drive_c", filepath.FromSlash(strings.ReplaceAll(rest, `\`, "/")))
}

// mkdir makes the folder win.
func (p *winePrefix) mkdir(win string) {
	if err := os.MkdirAll(p.path(win), 0o755); err != nil {
		panic(err)
	}
}

// put writes b into the file win, making its folder, and returns win.
func (p *winePrefix) put(win string, b []byte) string {
	path := p.path(win)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		panic(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		panic(err)
	}
	return win
}

// copy copies the Linux file src into the file win.
func (p *winePrefix) copy(t *testing.T, src, win string) {
	t.Helper()
	p.put(win, mustReadFile(t, src))
}

// result is how a run of xxgk.exe ended.
type result struct {
	code           int
	stdout, stderr string
}

// xxgk runs C:\xxgk\xxgk.exe with args in a console (Wine's, as from
// cmd.exe) and the extra environment env.
func (p *winePrefix) xxgk(t *testing.T, env []string, args ...string) result {
	t.Helper()
	cmd := p.command("wine", append([]string{`C:\xxgk\xxgk.exe`}, args...)...)
	cmd.Env = append(cmd.Env, env...)
	r, err := p.run(t, cmd)
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return r
}

// doubleClick starts xxgk.exe with args as Explorer does (in a console of
// its own: Wine's start), waits for it to open the browser and returns the
// address it opened. The workbench runs until p.stop.
func (p *winePrefix) doubleClick(t *testing.T, env []string, args ...string) string {
	t.Helper()
	os.Remove(p.opened)
	cmd := p.command("wine", append([]string{"start", `C:\xxgk\xxgk.exe`}, args...)...)
	cmd.Env = append(cmd.Env, env...)
	if _, err := p.run(t, cmd); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.stop)
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if b, _ := os.ReadFile(p.opened); len(b) > 0 {
			url := strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0])
			if !strings.HasPrefix(url, "http://127.0.0.1:") {
				t.Fatalf("the browser was asked to open %q, want the workbench on 127.0.0.1", url)
			}
			return url
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatal("xxgk.exe opened no browser within 60 s")
	return ""
}

// hold opens the file win as Excel holds an open workbook (holdfile.exe)
// until the returned function is called.
func (p *winePrefix) hold(t *testing.T, win string) (release func()) {
	t.Helper()
	held := filepath.Join(t.TempDir(), "held")
	f, err := os.Create(held)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cmd := p.command("wine", `C:\xxgk\holdfile.exe`, win)
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	release = func() {
		p.command("wine", "taskkill", "/f", "/im", "holdfile.exe").Run()
		cmd.Wait()
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		b, _ := os.ReadFile(held)
		if strings.Contains(string(b), "held") {
			return release
		}
		if strings.Contains(string(b), "error") {
			break
		}
	}
	release()
	b, _ := os.ReadFile(held)
	t.Fatalf("holdfile.exe %s did not hold it: %s", win, b)
	return nil
}

// get returns the page at url, failing t unless it answers 200.
func get(t *testing.T, url string) string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s, %v", url, res.Status, err)
	}
	return string(b)
}

// badLedger is the sample workbook with an impossible 发布日期 in row 5
// of 主动公开台账.
func badLedger(t *testing.T) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(samples.LedgerWorkbook))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.SetCellStr("主动公开台账", "E5", "2025-13-45"); err != nil { // E: 发布日期, after 成文日期
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// fileSum is the SHA-256 of the file at path.
func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	return sha256.Sum256(mustReadFile(t, path))
}
