package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFileStem(t *testing.T) {
	long := strings.Repeat("某", 83)
	cases := []struct{ in, want string }{
		{"示例县教育局", "示例县教育局"},
		{".", "单位"},
		{"..", "单位"},
		{"", "单位"},
		{"  ", "单位"},
		{"../../escape", "_.._escape"},
		{".hidden", "hidden"},
		{`a<b>c:d"e/f\g|h?i*j`, "a_b_c_d_e_f_g_h_i_j"},
		{"tab\there\x00nul\x7f", "tab_here_nul_"},
		{"trailing. . ", "trailing"},
		{"CON", "_CON"},
		{"nul", "_nul"},
		{"com1", "_com1"},
		{"LPT9.txt", "_LPT9.txt"},
		{"CONSOLE", "CONSOLE"},
	}
	for _, c := range cases {
		if got := fileStem(c.in); got != c.want {
			t.Errorf("fileStem(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	got := fileStem(long)
	if n := utf8.RuneCountInString(got); n > maxStemRunes {
		t.Errorf("83-character name gives %d characters: %q", n, got)
	}
	if len(got) > maxStemBytes || !strings.HasPrefix(got, strings.Repeat("某", 30)) {
		t.Errorf("83-character name gives %q (%d bytes)", got, len(got))
	}
	if other := fileStem(long + "乙"); other == got {
		t.Errorf("two long names that differ only at the end share the stem %q", got)
	}
	full := got + "-2025年-政府信息公开工作年度报告汇总.xlsx"
	if len(full) >= 255 {
		t.Errorf("file name of %d bytes", len(full))
	}
	if fileStem(long) != got {
		t.Error("fileStem is not deterministic")
	}
}

// Outputs stay in their folder, visible, whatever the unit is called.
func TestOddUnitNamesMakeSafeFileNames(t *testing.T) {
	for _, name := range []string{".", "..", "../../escape", strings.Repeat("某", 83), `学校<一>:"二"|三?*`} {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, "a", "b")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			db := filepath.Join(dir, "u.db")
			xxgk(t, "init", "--db", db, "--unit", name).must(t)
			xxgk(t, "narrative", "--db", db, "--year", "2025").must(t)
			out := filepath.Join(dir, "out")
			xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--format", "xlsx,json,html", "--draft").must(t)
			xxgk(t, "report", "monthly", "--db", db, "--month", "2025-11", "--out", out, "--format", "xlsx,json").must(t)
			xxgk(t, "check", "--db", db, "--year", "2025")
			var files []string
			err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
				// SQLite's own -wal and -shm beside the database are not outputs.
				if err == nil && !d.IsDir() && !strings.HasSuffix(p, "-wal") && !strings.HasSuffix(p, "-shm") {
					files = append(files, p)
				}
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(files) != 7 { // db, narrative, 3 annual, 2 monthly
				t.Errorf("files: %q", files)
			}
			for _, f := range files {
				base := filepath.Base(f)
				if filepath.Dir(f) != dir && filepath.Dir(f) != out {
					t.Errorf("%s is outside the folders", f)
				}
				if strings.HasPrefix(base, ".") || len(base) >= 255 || strings.ContainsAny(base, `<>:"|?*`) {
					t.Errorf("bad file name %q", base)
				}
			}
			// The unit's name inside the documents is unchanged.
			b, err := os.ReadFile(filepath.Join(out, fileStem(name)+"-2025年-政府信息公开工作年度报告.json"))
			if err != nil || !strings.Contains(string(b), `"unit": "`+strings.ReplaceAll(name, `"`, `\"`)+`"`) {
				t.Errorf("json: %v %.80s", err, b)
			}
		})
	}
}
