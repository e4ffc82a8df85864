package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/samples"
)

// songFolder makes a font folder holding Debian's 宋体 (gbsn00lp) under
// each of the given names (simfang, FZXBSJW, …) as hard links or copies, so that the fonts
// package takes it for those styles; it skips without that font.
func songFolder(t *testing.T, names ...string) string {
	t.Helper()
	needPDF(t)
	src := debianChinese[1]
	if _, err := os.Stat(src); err != nil {
		t.Skipf("%s absent (.ci/run installs it): %v", src, err)
	}
	dir := t.TempDir()
	for _, n := range names {
		// Not a symbolic link: the fonts package counts a linked file once.
		dst := filepath.Join(dir, n+".ttf")
		if os.Link(src, dst) == nil {
			continue
		}
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestSubstituteFontNotice: without 小标宋 and 仿宋 every run that writes
// a PDF says so in one line, once (the demo writes two PDFs); with the
// preferred fonts it says nothing.
func TestSubstituteFontNotice(t *testing.T) {
	const notice = "提示：没有找到小标宋（标题）、仿宋（正文）、黑体（一级标题）和楷体（二级标题），PDF 用宋体代替；" +
		"正式印发前请安装 方正小标宋简体 / 仿宋_GB2312 / 黑体 / 楷体_GB2312，或用 --font-dir 指定字体目录。\n"
	songOnly := songFolder(t, "simsun")
	out := t.TempDir()
	r := xxgkFonts(t, songOnly, "demo", "--out", out).must(t)
	if n := strings.Count(r.stderr, notice); n != 1 {
		t.Errorf("demo says the notice %d times, want once:\n%s", n, r.stderr)
	}
	db := filepath.Join(out, samples.UnitName+".db")
	monthly := []string{"report", "monthly", "--db", db, "--month", "2025-11", "--format", "pdf", "--out", t.TempDir()}
	if r := xxgkFonts(t, songOnly, monthly...).must(t); strings.Count(r.stderr, notice) != 1 {
		t.Errorf("report monthly without the preferred fonts:\n%s", r.stderr)
	}
	all := songFolder(t, "FZXBSJW", "simfang", "simhei", "simkai", "simsun")
	if r := xxgkFonts(t, all, monthly...).must(t); strings.Contains(r.stderr, "提示：没有找到") {
		t.Errorf("report monthly with the preferred fonts:\n%s", r.stderr)
	}
}
