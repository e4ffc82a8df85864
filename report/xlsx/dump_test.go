package xlsx

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// sampleReport has a different non-zero figure in every cell, so that a
// figure written to the wrong cell shows.
func sampleReport() *report.AnnualReport {
	rep := reporttest.Annual(reporttest.Numbering{Table2: 1, Table3: 101, Table3Row: 100, Table4: 3001, Table4Block: 10})
	rep.Unit.Code = "11330000MB0000000X"
	rep.Produced = time.Date(2026, 1, 15, 9, 30, 0, 0, time.UTC)
	p := &rep.Publications
	p.Total, p.KeyArea, p.FromRequests = 120, 30, 2
	p.ByCategory = []report.NamedCount{{Name: "政策文件", Count: 18}, {Name: "财政信息（预决算、收费）", Count: 17}, {Name: "招生考试", Count: 5}}
	p.CategoryMonth = make([][12]int, len(p.ByCategory))
	for i := range p.CategoryMonth {
		for m := range p.CategoryMonth[i] {
			p.CategoryMonth[i][m] = 10*(i+1) + m + 1
		}
	}
	p.ByMonth = [12]int{9, 11, 10, 8, 12, 13, 14, 15, 16, 17, 18, 19}
	p.ByChannel = []report.NamedCount{{Name: "政府网站", Count: 120}, {Name: "政务新媒体", Count: 80}}
	p.ByDepartment = []report.NamedCount{{Name: "办公室", Count: 40}, {Name: "基础教育股", Count: 41}}
	return rep
}

// writeBook writes rep and opens the result.
func writeBook(t *testing.T, rep *report.AnnualReport) *excelize.File {
	t.Helper()
	return openWritten(t, func(b *bytes.Buffer) error { return Write(b, rep) })
}

// dump lists, per sheet: every non-empty cell with its raw value, the
// number format of numeric cells, every merged range and the page setup.
func dump(t *testing.T, f *excelize.File) string {
	t.Helper()
	var b strings.Builder
	for _, name := range f.GetSheetList() {
		fmt.Fprintf(&b, "== %s\n", name)
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				ref := cell(c+1, r+1)
				fmt.Fprintf(&b, "%s = %s%s\n", ref, strings.ReplaceAll(v, "\n", `\n`), numFmtNote(t, f, name, ref))
			}
		}
		for _, m := range merges(t, f, name) {
			fmt.Fprintf(&b, "merge %s\n", m)
		}
		b.WriteString(pageNote(t, f, name))
	}
	return b.String()
}

// numFmtNote returns " [fmt]" for a numeric cell, "" for text.
func numFmtNote(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	typ, err := f.GetCellType(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	if typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		return ""
	}
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case st.CustomNumFmt != nil:
		return " [" + *st.CustomNumFmt + "]"
	case st.NumFmt == 1:
		return " [0]"
	}
	return fmt.Sprintf(" [builtin %d]", st.NumFmt)
}

// merges returns a sheet's merged ranges, top to bottom, left to right.
func merges(t *testing.T, f *excelize.File, sheet string) []string {
	t.Helper()
	mc, err := f.GetMergeCells(sheet, true)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range mc {
		out = append(out, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	key := func(rng string) [2]int {
		c, r, _ := excelize.CellNameToCoordinates(rng[:strings.Index(rng, ":")])
		return [2]int{r, c}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := key(out[i]), key(out[j])
		return a[0] < b[0] || a[0] == b[0] && a[1] < b[1]
	})
	return out
}

func pageNote(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	pl, err := f.GetPageLayout(sheet)
	if err != nil {
		t.Fatal(err)
	}
	note := fmt.Sprintf("page size=%d %s fit=%dx%d", *pl.Size, *pl.Orientation, deref(pl.FitToWidth), deref(pl.FitToHeight))
	for _, dn := range f.GetDefinedName() {
		if dn.Scope == sheet {
			note += fmt.Sprintf(" %s=%s", dn.Name, dn.RefersTo)
		}
	}
	return note + "\n"
}

func deref(p *int) int {
	if p == nil {
		return -1
	}
	return *p
}

func TestGolden(t *testing.T) {
	reporttest.Golden(t, filepath.Join("testdata", "annual.golden"), dump(t, writeBook(t, sampleReport())))
}

func TestDeterministic(t *testing.T) {
	a := dump(t, writeBook(t, sampleReport()))
	b := dump(t, writeBook(t, sampleReport()))
	if a != b {
		t.Errorf("two writes of the same report differ:\n%s", reporttest.LineDiff(a, b))
	}
}
