package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestQuoteArg(t *testing.T) {
	for _, c := range []struct{ goos, in, want string }{
		{"linux", "/srv/xxgk/unit.db", "/srv/xxgk/unit.db"},
		{"linux", "/home/李四/演示 输出/示例县教育局.db", "'/home/李四/演示 输出/示例县教育局.db'"},
		{"linux", "/tmp/it's.db", `'/tmp/it'\''s.db'`},
		{"linux", "a&b.db", "'a&b.db'"},
		{"windows", `C:\报告\unit.db`, `C:\报告\unit.db`},
		{"windows", `C:\演示 输出\示例县教育局.db`, `"C:\演示 输出\示例县教育局.db"`},
		{"windows", `C:\报告 2025\`, `"C:\报告 2025\\"`},
		{"windows", `D:\A&B\u.db`, `"D:\A&B\u.db"`},
	} {
		if got := quoteArg(c.goos, c.in); got != c.want {
			t.Errorf("%s %q: %s, want %s", c.goos, c.in, got, c.want)
		}
	}
}

// The suggested commands quote a database path with a space, as the
// system's shell needs it.
func TestHintsQuotePaths(t *testing.T) {
	db := filepath.Join(t.TempDir(), "我的 数据", "unit.db")
	r := xxgk(t, "check", "--db", db, "--year", "2025")
	if want := "xxgk init --db " + quoteArg(hostOS, db) + " --unit"; r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d: %s\nwant %s", r.code, r.stderr, want)
	}
	_, unit := newDB(t)
	r = xxgk(t, "report", "annual", "--db", unit, "--year", "2025", "--out", filepath.Join(t.TempDir(), "a b"))
	if want := "xxgk narrative --db " + unit + " --year 2025"; r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("plain path: %s", r.stderr)
	}
}

// On Windows an argument that ends in a quote (--out "C:\报告\" arrives as
// C:\报告") is refused with the hint; elsewhere it is a name like others.
func TestStrayQuote(t *testing.T) {
	want := "错误：参数「C:\\报告\"」末尾多了一个引号：在 Windows 中路径末尾的 \\\" 会被当作引号，请去掉最后的 \\。\n"
	r := xxgkOn(t, "windows", nil, "demo", "--out", `C:\报告"`)
	if r.code != 2 || r.stderr != want {
		t.Errorf("exit %d\n got %q\nwant %q", r.code, r.stderr, want)
	}
	r = xxgkOn(t, "windows", nil, "report", "annual", "--out", `C:\报告" --year 2025`)
	if r.code != 2 || !strings.Contains(r.stderr, `参数「C:\报告" --year 2025」末尾多了一个引号`) {
		t.Errorf("swallowed arguments: %d %s", r.code, r.stderr)
	}
	if r := xxgkOn(t, "linux", nil, "check", "--year", "2025", "--db", `x"`); strings.Contains(r.stderr, "引号") {
		t.Errorf("linux: %s", r.stderr)
	}
}
