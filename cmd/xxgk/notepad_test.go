package main

import (
	"bytes"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/narrative"
	"github.com/xxgk/xxgk/samples"
)

// Without a Chinese font report annual still writes the other formats,
// says why the PDF is missing (the Windows advice on Windows, apt-get only
// on Linux) and exits 0; asked for the PDF alone, it fails as before.
func TestAnnualWithoutFonts(t *testing.T) {
	_, db := importHandMade(t)
	for _, goos := range []string{"linux", "windows"} {
		out := t.TempDir()
		r := xxgkOn(t, goos, nil, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--draft")
		if r.code != 0 || !strings.Contains(r.stderr, "未生成 PDF（其他文件已写入，退出码仍为 0）：未找到可用的中文字体") {
			t.Fatalf("%s: exit %d: %s", goos, r.code, r.stderr)
		}
		for _, ext := range []string{"xlsx", "json", "html"} {
			if got, _ := filepath.Glob(filepath.Join(out, "*."+ext)); len(got) != 1 {
				t.Errorf("%s: %s files: %v", goos, ext, got)
			}
		}
		if got, _ := filepath.Glob(filepath.Join(out, "*.pdf")); len(got) != 0 {
			t.Errorf("%s: a PDF: %v", goos, got)
		}
		winAdvice := `请安装中文字体（如 Windows 自带的宋体 simsun.ttc 所在的 C:\Windows\Fonts）或用 --font-dir 指定字体目录`
		if has := strings.Contains(r.stderr, winAdvice); has != (goos == "windows") {
			t.Errorf("%s: Windows advice %v: %s", goos, has, r.stderr)
		}
		if has := strings.Contains(r.stderr, "apt-get"); has != (goos == "linux") {
			t.Errorf("%s: apt-get %v: %s", goos, has, r.stderr)
		}
	}
	r := xxgkOn(t, "windows", nil, "report", "annual", "--db", db, "--year", "2025", "--out", t.TempDir(), "--format", "pdf", "--draft")
	if r.code != 1 || !strings.HasPrefix(r.stderr, "错误：未找到可用的中文字体") || strings.Contains(r.stderr, "apt-get") {
		t.Errorf("pdf alone: %d %s", r.code, r.stderr)
	}
}

// bomCRLF reports whether b is UTF-8 with BOM and every line ends in CRLF.
func bomCRLF(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\uFEFF")) && bytes.Count(b, []byte("\n")) > 0 &&
		bytes.Count(b, []byte("\n")) == bytes.Count(b, []byte("\r\n"))
}

// On Windows the demo's text files are written for Notepad (BOM, CRLF),
// its hint quotes the database path Windows' way, its PDF is skipped with
// the Windows advice, and running it again replaces its own files.
func TestDemoOnWindows(t *testing.T) {
	out := filepath.Join(t.TempDir(), "演示 输出")
	for range 2 {
		r := xxgkOn(t, "windows", nil, "demo", "--out", out)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		db := filepath.Join(out, samples.UnitName+".db")
		if want := `可以接着试：xxgk explain --db "` + db + `" --year 2025`; !strings.Contains(r.stderr, want) {
			t.Errorf("hint: %s\nwant %s", r.stderr, want)
		}
		if !strings.Contains(r.stderr, `未生成 PDF：`) || !strings.Contains(r.stderr, `C:\Windows\Fonts`) || strings.Contains(r.stderr, "apt-get") {
			t.Errorf("fonts: %s", r.stderr)
		}
	}
	for _, name := range []string{samples.NarrativeFileName, samples.SelfCheckFileName, samples.UnitName + "-2025年-核对结果.txt"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || !bomCRLF(b) {
			t.Errorf("%s is not BOM and CRLF (%v): %q", name, err, b[:min(len(b), 40)])
		}
	}
	if got, _ := filepath.Glob(filepath.Join(out, "*年度报告.html")); len(got) != 1 {
		t.Errorf("html: %v", got)
	}
}

// narrative writes its file for Notepad (BOM, CRLF) on Linux as on
// Windows, the same bytes on both; report annual reads that file and a
// plain LF file alike.
func TestNarrativeFileForNotepad(t *testing.T) {
	_, db := importHandMade(t)
	dir := t.TempDir()
	win, lin := filepath.Join(dir, "win.txt"), filepath.Join(dir, "lin.txt")
	xxgkOn(t, "windows", nil, "narrative", "--db", db, "--year", "2025", "--out", win).must(t)
	xxgkOn(t, "linux", nil, "narrative", "--db", db, "--year", "2025", "--out", lin).must(t)
	wb, _ := os.ReadFile(win)
	lb, _ := os.ReadFile(lin)
	if !bomCRLF(wb) || !bomCRLF(lb) {
		t.Errorf("not BOM and CRLF: windows %q, linux %q", wb[:40], lb[:40])
	}
	if !bytes.Equal(wb, lb) {
		t.Error("the Windows and the Linux file differ")
	}
	lb = bytes.ReplaceAll(bytes.TrimPrefix(lb, []byte("\uFEFF")), []byte("\r\n"), []byte("\n"))
	// the clerk's words reach the page from the Notepad file and from a
	// plain LF file alike
	text := strings.Replace(string(lb), "【"+narrative.OpeningPart+"】", "【"+narrative.OpeningPart+"】\n联系电话：0000-7654321", 1)
	os.WriteFile(win, []byte("\uFEFF"+strings.ReplaceAll(text, "\n", "\r\n")), 0o644)
	os.WriteFile(lin, []byte(text), 0o644)
	for _, name := range []string{win, lin} {
		out := t.TempDir()
		xxgkOn(t, "linux", nil, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--format", "html", "--narrative", name, "--draft").must(t)
		pages, _ := filepath.Glob(filepath.Join(out, "*.html"))
		if len(pages) != 1 {
			t.Fatalf("pages: %v", pages)
		}
		if page, _ := os.ReadFile(pages[0]); !bytes.Contains(page, []byte("0000-7654321")) {
			t.Errorf("the page lacks the telephone number of %s", filepath.Base(name))
		}
	}
}

// The workbench's narrative page saves the file for Notepad on Windows
// too, and saves it again from the page it shows after.
func TestAnnualTextSaveOnWindows(t *testing.T) {
	dir, db := annualDB(t)
	b := newBenchWith(t, db, func(c *web.Config) {
		e := &env{stdout: io.Discard, stderr: io.Discard, now: c.Now, getenv: func(string) string { return "" },
			fontSystem: []string{}, text: mustText(t), goos: "windows"}
		c.Ops = newWebOps(c.Store, db, e)
	})
	for i, words := range []string{"门户网站专栏更新及时。", "第二次保存的文字。"} {
		form := url.Values{"year": {"2025"}, "hash": {pageHash(t, b.get("/annual/text?year=2025").Body.String())}}
		form.Set(partKeyOf(t, report.OverviewSubheads[3]), words)
		if rec := b.post("/annual/text", form); rec.Code != http.StatusSeeOther {
			t.Fatalf("save %d: %d\n%s", i, rec.Code, rec.Body)
		}
		raw, err := os.ReadFile(textPath(dir))
		if err != nil || !bomCRLF(raw) || !bytes.Contains(raw, []byte(words)) {
			t.Fatalf("save %d: %v %q", i, err, raw[:min(len(raw), 60)])
		}
	}
}
