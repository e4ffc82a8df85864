package main

import (
	"os"
	"path/filepath"
	"testing"
)

// stamp sets the build's stamp as .ci/release's -ldflags -X would, until
// the test ends.
func stamp(t *testing.T, v, c, d string) {
	t.Helper()
	old := [3]string{version, commit, date}
	version, commit, date = v, c, d
	t.Cleanup(func() { version, commit, date = old[0], old[1], old[2] })
}

// An unstamped build says "dev" as before; a stamped one adds the commit
// and its date.
func TestVersionText(t *testing.T) {
	if got := xxgk(t, "--version").must(t).stdout; got != "xxgk version dev\n" {
		t.Errorf("unstamped: %q", got)
	}
	stamp(t, "v0.13.0", "97449b6c1a2b", "2026-01-10")
	want := "xxgk version v0.13.0（提交 97449b6c1a2b，日期 2026-01-10）\n"
	if got := xxgk(t, "--version").must(t).stdout; got != want {
		t.Errorf("stamped: %q, want %q", got, want)
	}
}

// The export's cover sheet and its 数据 sheet carry the stamped version,
// the one `xxgk --version` shows.
func TestExportCarriesStampedVersion(t *testing.T) {
	_, db := importSamples(t)
	stamp(t, "v0.13.0-2-g97449b6", "97449b6c1a2b", "2026-01-10")
	path := exportOf(t, db, "2025", filepath.Join(t.TempDir(), "上报.xlsx"))
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cover := xlsxCells(t, body)["封面"]
	found := false
	for _, row := range cover {
		if len(row) >= 2 && row[0] == "生成工具" {
			found = true
			if row[1] != "xxgk v0.13.0-2-g97449b6" {
				t.Errorf("生成工具 %q, want %q", row[1], "xxgk v0.13.0-2-g97449b6")
			}
		}
	}
	if !found {
		t.Errorf("no 生成工具 row on the cover: %q", cover)
	}
	if back := readExportBack(t, path); back.Version != "v0.13.0-2-g97449b6" {
		t.Errorf("export.version %q", back.Version)
	}
}
