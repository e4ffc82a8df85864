package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The roll-up looks for the PDF's fonts while it reads the files
// (lookForFonts), but says what it found only after: with no Chinese font
// it refuses as before, naming the folders searched and writing nothing;
// a file that cannot be found is told first, with no word of fonts.
func TestRollupFontsLookedForWhileReading(t *testing.T) {
	in := t.TempDir()
	exportOf(t, unitDB(t, "甲学校", true), "2025", filepath.Join(in, "甲.xlsx"))
	out := filepath.Join(t.TempDir(), "out")
	noFonts := filepath.Join(t.TempDir(), "无字体")

	r := xxgkEnv(t, map[string]string{"XXGK_FONT_DIR": noFonts}, "rollup", "--year", "2025", "--out", out, "--format", "pdf,json", in)
	if r.code != 1 || !strings.Contains(r.stderr, "未找到可用的中文字体") || !strings.Contains(r.stderr, noFonts) {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if names, _ := os.ReadDir(out); len(names) != 0 {
		t.Errorf("written without fonts: %v", names)
	}

	r = xxgkEnv(t, map[string]string{"XXGK_FONT_DIR": noFonts}, "rollup", "--year", "2025", "--out", out, "--format", "pdf", filepath.Join(in, "没有这个.xlsx"))
	if r.code != 1 || !strings.Contains(r.stderr, "找不到") || strings.Contains(r.stderr, "字体") {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}

	// Without a PDF, no font is looked for at all.
	xxgkEnv(t, map[string]string{"XXGK_FONT_DIR": noFonts}, "rollup", "--year", "2025", "--out", out, "--format", "json", in).must(t)
}
