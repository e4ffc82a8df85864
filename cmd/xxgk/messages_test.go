package main

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// xxgkOn runs the command line as on system goos, without Chinese fonts
// and with vars as the environment.
func xxgkOn(t *testing.T, goos string, vars map[string]string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, now: func() time.Time { return fixedNow },
		getenv: func(k string) string { return vars[k] }, fontSystem: []string{}, goos: goos}
	code := run(context.Background(), append([]string{"xxgk"}, args...), e)
	return result{code, out.String(), errb.String()}
}

// A database or an output file in a folder that does not exist is a user
// error naming the folder and the file, exit 1; the system's English text
// only with --debug or XXGK_DEBUG.
func TestMissingFolderIsExplained(t *testing.T) {
	dir, db := newDB(t)
	gone := filepath.Join(dir, "没有 这个")
	msg := func(file string) string {
		return "错误：找不到文件夹 " + gone + "（" + filepath.Join(gone, file) + " 所在的位置）。请检查路径是否写对，或先建好这个文件夹后再试。\n"
	}
	for _, c := range []struct {
		file string
		args []string
	}{
		{"a.db", []string{"init", "--db", filepath.Join(gone, "a.db"), "--unit", "某某县教育局"}},
		{"n.txt", []string{"narrative", "--db", db, "--year", "2025", "--out", filepath.Join(gone, "n.txt")}},
		{"e.xlsx", []string{"export", "--db", db, "--year", "2025", "--out", filepath.Join(gone, "e.xlsx")}},
		{"t.xlsx", []string{"template", "--out", filepath.Join(gone, "t.xlsx")}},
		{"b.db", []string{"backup", "--db", db, "--out", filepath.Join(gone, "b.db")}},
	} {
		r := xxgk(t, c.args...)
		if r.code != 1 || r.stderr != msg(c.file) {
			t.Errorf("%s: exit %d\n got %q\nwant %q", c.args[0], r.code, r.stderr, msg(c.file))
		}
	}
	args := []string{"export", "--db", db, "--year", "2025", "--out", filepath.Join(gone, "e.xlsx")}
	for _, r := range []result{
		xxgk(t, append([]string{"--debug"}, args...)...),
		xxgk(t, append(args, "--debug")...), // at the end of the line, as clerks add it
		xxgkOn(t, "linux", map[string]string{"XXGK_DEBUG": "1"}, args...),
	} {
		if !strings.HasPrefix(r.stderr, msg("e.xlsx")+"详细信息："+filepath.Join(gone, "e.xlsx")+": ") {
			t.Errorf("debug: %q", r.stderr)
		}
	}
	if r := xxgkOn(t, "linux", map[string]string{"XXGK_DEBUG": "0"}, args...); r.stderr != msg("e.xlsx") {
		t.Errorf("XXGK_DEBUG=0: %q", r.stderr)
	}
}

// The Windows error numbers of a locked file, a full disk, a read-only
// folder and a missing one are told apart, on any system.
func TestWindowsErrnos(t *testing.T) {
	pathErr := func(n uintptr) error {
		return &fs.PathError{Op: "open", Path: `C:\报告\a.xlsx`, Err: syscall.Errno(n)}
	}
	for n, want := range map[uintptr]fileProblem{
		32: fileLocked, 33: fileLocked, 112: diskFull, 39: diskFull, 5: fileReadOnly, 19: fileReadOnly,
		2: fileNotFound, 3: fileNotFound, 87: noFileProblem,
	} {
		if got := fileProblemIn(pathErr(n), windowsErrnos); got != want {
			t.Errorf("errno %d: %d, want %d", n, got, want)
		}
	}
	// replacing a file Excel holds open: 「access denied」 on the rename
	rename := &os.LinkError{Op: "rename", Old: `C:\报告\.xxgk-1.tmp`, New: `C:\报告\a.xlsx`, Err: syscall.Errno(5)}
	if got := fileProblemIn(rename, windowsErrnos); got != fileLocked {
		t.Errorf("rename refused: %d", got)
	}
	if got, want := problemMessage(fileLocked, opWrite, `C:\报告\a.xlsx`, ""),
		`文件 C:\报告\a.xlsx 无法写入：文件是否正在 Excel 或 WPS 中打开？请关闭后再试。`; got != want {
		t.Errorf("locked:\n got %s\nwant %s", got, want)
	}
}

func TestDebugFirst(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"xxgk"}, []string{"xxgk"}},
		{[]string{"xxgk", "report", "annual", "--debug"}, []string{"xxgk", "--debug", "report", "annual"}},
		{[]string{"xxgk", "--debug", "check", "-debug"}, []string{"xxgk", "--debug", "check"}},
		{[]string{"xxgk", "import", "--", "--debug"}, []string{"xxgk", "import", "--", "--debug"}},
		{[]string{"xxgk", "import", "a.xlsx"}, []string{"xxgk", "import", "a.xlsx"}},
	} {
		if got := debugFirst(c.in); !slices.Equal(got, c.want) {
			t.Errorf("debugFirst(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
