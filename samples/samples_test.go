package samples

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report/reporttest"
)

// TestLedgerWorkbook checks that the committed workbook holds exactly what
// the generator writes (cell values, merged ranges, number formats), or
// rewrites it with -update.
func TestLedgerWorkbook(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteLedgerWorkbook(&buf); err != nil {
		t.Fatalf("WriteLedgerWorkbook: %v", err)
	}
	if reporttest.Update() {
		if err := os.WriteFile(LedgerFileName, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes); run the tests again without -update", LedgerFileName, buf.Len())
		return
	}
	got, want := dumpWorkbook(t, buf.Bytes()), dumpWorkbook(t, LedgerWorkbook)
	if !slices.Equal(got.sheets, want.sheets) {
		t.Fatalf("sheets = %q, committed file has %q; run go test ./samples/ -update", got.sheets, want.sheets)
	}
	for _, sh := range got.sheets {
		g, w := got.cells[sh], want.cells[sh]
		for i := 0; i < max(len(g), len(w)); i++ {
			if i >= len(g) || i >= len(w) || !slices.Equal(g[i], w[i]) {
				t.Fatalf("sheet %s row %d differs from the committed file; run go test ./samples/ -update", sh, i+1)
			}
		}
		if !reflect.DeepEqual(got.extra[sh], want.extra[sh]) {
			t.Errorf("sheet %s: merges or number formats differ from the committed file", sh)
		}
	}
}

// TestGeneratorDeterministic checks that two runs write the same cells.
func TestGeneratorDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := WriteLedgerWorkbook(&a); err != nil {
		t.Fatal(err)
	}
	if err := WriteLedgerWorkbook(&b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(dumpWorkbook(t, a.Bytes()), dumpWorkbook(t, b.Bytes())) {
		t.Fatal("two runs of WriteLedgerWorkbook differ")
	}
}

// workbookDump is what the tests compare: raw and shown cell values,
// merged ranges and the number format of every date or amount cell.
type workbookDump struct {
	sheets []string
	cells  map[string][][]string
	extra  map[string][]string
}

// dumpWorkbook reads what the tests compare from the bytes of a workbook.
func dumpWorkbook(t *testing.T, b []byte) workbookDump {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("open workbook: %v", err)
	}
	defer f.Close()
	d := workbookDump{sheets: f.GetSheetList(), cells: map[string][][]string{}, extra: map[string][]string{}}
	for _, sh := range d.sheets {
		raw, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		shown, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for i := range raw {
			for j := range raw[i] {
				cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
				id, _ := f.GetCellStyle(sh, cell)
				if st, err := f.GetStyle(id); err == nil && st.CustomNumFmt != nil {
					d.extra[sh] = append(d.extra[sh], cell+" "+*st.CustomNumFmt)
				}
			}
			row := append([]string{}, raw[i]...)
			if i < len(shown) {
				row = append(append(row, "|"), shown[i]...)
			}
			d.cells[sh] = append(d.cells[sh], row)
		}
		merges, err := f.GetMergeCells(sh)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range merges {
			d.extra[sh] = append(d.extra[sh], "merge "+m.GetStartAxis()+":"+m.GetEndAxis())
		}
	}
	return d
}

// TestWorkbookReadsBack checks the written workbook against Data: row
// counts, the synonyms of the request headers and a date of each form.
func TestWorkbookReadsBack(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(LedgerWorkbook))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := Data()
	counts := map[string]int{
		"主动公开台账": len(d.Publications) + 2, "依申请公开登记": len(d.Requests) + 2, "规范性文件": len(d.Documents) + 1,
		"行政决定": len(d.Decisions) + 1, "收费": len(d.Fees) + 1, "复议诉讼": len(d.Appeals) + 2,
		"2025年政务公开工作要点任务分工": len(d.Tasks) + 2, "任务进展": len(d.Progress) + 2, "信息报送任务": len(d.Quotas) + 1,
		"目录": len(d.Catalog) + 1,
	}
	for sh, n := range counts {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatalf("sheet %s: %v", sh, err)
		}
		if len(rows) != n {
			t.Errorf("sheet %s has %d rows, want %d", sh, len(rows), n)
		}
	}
	hdr, _ := f.GetRows("依申请公开登记")
	if hdr[1][1] != "收到日期" || hdr[1][2] != "登记日期" || hdr[1][13] != "答复日期" {
		t.Errorf("request headers = %q", hdr[1])
	}
	pubHdr, _ := f.GetRows("主动公开台账")
	if pubHdr[1][2] != "文号" || pubHdr[1][3] != "成文日期" || pubHdr[1][4] != "发布日期" {
		t.Errorf("publication headers = %q", pubHdr[1])
	}
	cat, _ := f.GetRows("目录")
	if !slices.Equal(cat[0], []string{"类别", "公开时限"}) {
		t.Errorf("目录 header = %q, want 类别 公开时限", cat[0])
	}
	for i, c := range Categories {
		if i+1 >= len(cat) || cat[i+1][0] != c {
			t.Fatalf("目录 row %d is not %s, the %d-th default category", i+2, c, i+1)
		}
	}
	forms := map[DateForm]bool{}
	for i, p := range d.Publications {
		forms[p.Form] = true
		cell, _ := excelize.CoordinatesToCellName(5, i+3)
		v, _ := f.GetCellValue("主动公开台账", cell)
		want := map[DateForm]string{
			DateCellISO: p.Published.Format("2006-01-02"), DateCellCN: p.Published.Format("2006年1月2日"),
			DateTextCN: p.Published.Format("2006年1月2日"), DateTextDot: p.Published.Format("2006.1.2"),
		}[p.Form]
		if v != want {
			t.Fatalf("%s = %q, want %q", cell, v, want)
		}
	}
	if len(forms) != 4 {
		t.Errorf("publication dates use %d forms, want 4", len(forms))
	}
}

// TestDocTime checks the fixed document time.
func TestDocTime(t *testing.T) {
	if got := DocTime.UTC(); !got.Equal(time.Date(2026, 1, 5, 1, 0, 0, 0, time.UTC)) {
		t.Errorf("DocTime = %v", got)
	}
}
