package statfile

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// FuzzRead feeds Read arbitrary bytes, seeded with the national and the
// hand-filled workbooks: it must return an error or a result, never panic.
func FuzzRead(f *testing.F) {
	f.Add(nationalBook(f).bytes())
	f.Add(variantBook(f).bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := Read(bytes.NewReader(data), "fuzz.xlsx")
		if err == nil {
			checkFound(t, got)
		}
	})
}

// FuzzTables runs the table finders over an arbitrary sheet, given as
// text (rows split by "\n", cells by "\t") and merged ranges ("A1:C3;…"),
// seeded with the sheets of the two workbooks. Mutating cells and merges
// reaches the finders far more often than mutating zip bytes does.
func FuzzTables(f *testing.F) {
	for _, b := range []*book{nationalBook(f), variantBook(f)} {
		for _, sheet := range b.f.GetSheetList() {
			text, merges := sheetText(f, b.f, sheet)
			f.Add(text, merges)
		}
	}
	f.Fuzz(func(t *testing.T, text, merges string) {
		var rows [][]string
		for _, line := range strings.Split(text, "\n") {
			rows = append(rows, strings.Split(line, "\t"))
		}
		g := newGrid("Sheet1", rows, strings.Split(merges, ";"))
		rd := &reader{out: &File{Report: &report.AnnualReport{}, Where: map[string]string{}}}
		for _, tr := range tableReaders {
			if tr.read(rd, g) {
				rd.out.Found = append(rd.out.Found, tr.name)
			}
		}
		if len(rd.problems) == 0 && len(rd.out.Found) > 0 {
			checkFound(t, rd.out)
		}
	})
}

// checkFound checks that a result has a place for every figure of every
// table found.
func checkFound(t *testing.T, got *File) {
	want := map[string]int{Table2: 10, Table3: 25 * 7, Table4: 15}
	n := 0
	for _, name := range got.Found {
		n += want[name]
	}
	if len(got.Found) == 0 || len(got.Where) != n {
		t.Fatalf("Found %v with %d places", got.Found, len(got.Where))
	}
}

// variantBook writes the three tables on one sheet as a clerk might.
func variantBook(tb testing.TB) *book {
	b := newBook(tb, "附表")
	rep, lay := sample(), variant()
	reporttest.WriteTable2(b.sheet("附表"), lay, 2, 3, rep.Table2)
	reporttest.WriteTable3(b.sheet("附表"), lay, 2, 20, rep.Table3)
	reporttest.WriteTable4(b.sheet("附表"), lay, 2, 52, rep.Table4)
	return b
}

// sheetText writes a sheet in FuzzTables' form.
func sheetText(tb testing.TB, f *excelize.File, sheet string) (text, merges string) {
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		tb.Fatal(err)
	}
	lines := make([]string, len(rows))
	for i, row := range rows {
		lines[i] = strings.ReplaceAll(strings.Join(row, "\t"), "\n", "\r")
	}
	ms, err := f.GetMergeCells(sheet, true)
	if err != nil {
		tb.Fatal(err)
	}
	refs := make([]string, len(ms))
	for i, m := range ms {
		refs[i] = m[0]
	}
	return strings.Join(lines, "\n"), strings.Join(refs, ";")
}
