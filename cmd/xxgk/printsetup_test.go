package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestEveryWorkbookPrintsOnA4 opens every workbook the demo, export (annual
// and monthly), rollup and due --format xlsx write, and checks that each
// visible sheet prints on A4 (paper size 9) with margins, one page wide:
// a sheet without a paper size prints on the printer's default, US Letter
// on many. 表四 prints landscape; the exports' 数据 sheet is hidden.
func TestEveryWorkbookPrintsOnA4(t *testing.T) {
	out := t.TempDir()
	xxgkNoFonts(t, "demo", "--out", out).must(t)
	db := filepath.Join(out, "示例县教育局.db")
	xxgk(t, "export", "--db", db, "--year", "2025", "--out", filepath.Join(out, "年度上报.xlsx")).must(t)
	xxgk(t, "export", "--db", db, "--month", "2025-11", "--out", filepath.Join(out, "月度上报.xlsx")).must(t)
	xxgk(t, "due", "--db", db, "--format", "xlsx", "--out", filepath.Join(out, "期限.xlsx")).must(t)
	sum := filepath.Join(out, "汇总")
	xxgk(t, "rollup", "--year", "2025", "--name", "示例市教育局", "--format", "xlsx", "--out", sum, filepath.Join(out, "年度上报.xlsx")).must(t)
	var books []string
	for _, dir := range []string{out, sum} {
		found, err := filepath.Glob(filepath.Join(dir, "*.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		books = append(books, found...)
	}
	// The demo's ledgers are the clerk's sample input, not an output.
	var outputs []string
	for _, b := range books {
		if !strings.HasSuffix(b, "年台账.xlsx") {
			outputs = append(outputs, b)
		}
	}
	if len(outputs) != 10 {
		t.Fatalf("found %d workbooks: %q", len(outputs), outputs)
	}
	landscape4, hidden := 0, 0
	for _, b := range outputs {
		name := filepath.Base(b)
		f, err := excelize.OpenFile(b)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range f.GetSheetList() {
			if visible, err := f.GetSheetVisible(s); err != nil || !visible {
				if s == "数据" {
					hidden++
				}
				continue
			}
			checkA4(t, f, name, s)
			if strings.HasPrefix(s, "四、") {
				if pl, _ := f.GetPageLayout(s); pl.Orientation != nil && *pl.Orientation == "landscape" {
					landscape4++
				}
			}
		}
		f.Close()
	}
	if hidden != 3 { // the annual, monthly and roll-up exports
		t.Errorf("%d hidden 数据 sheets, want 3", hidden)
	}
	if landscape4 == 0 {
		t.Error("no 表四 prints landscape")
	}
}

// checkA4 checks one visible sheet's paper, width and margins.
func checkA4(t *testing.T, f *excelize.File, book, sheet string) {
	t.Helper()
	pl, err := f.GetPageLayout(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if pl.Size == nil || *pl.Size != 9 {
		t.Errorf("%s 「%s」: paper size %v, want 9 (A4)", book, sheet, pl.Size)
	}
	if pl.FitToWidth == nil || *pl.FitToWidth != 1 {
		t.Errorf("%s 「%s」: not fitted to one page wide", book, sheet)
	}
	m, err := f.GetPageMargins(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if m.Left == nil || *m.Left < 0.4 || m.Top == nil || *m.Top < 0.4 {
		t.Errorf("%s 「%s」: margins %v/%v, want at least 0.4 inch", book, sheet, m.Left, m.Top)
	}
}
