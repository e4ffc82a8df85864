package xlsxguard

import (
	"archive/zip"
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// minimal builds a workbook from the parts given, with the package and
// workbook relationships every workbook has.
func minimal(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	all := map[string]string{
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
			`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		"xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<workbookPr date1904="1"/><sheets><sheet name="台账" sheetId="1" r:id="rId1"/><sheet name="隐藏" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`,
	}
	for k, v := range parts {
		all[k] = v
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, body := range all {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const sheetHead = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`

func readRows(t *testing.T, data []byte, sheet int) ([]Row, error) {
	t.Helper()
	b, err := OpenBytes(data, "t.xlsx", Ledger)
	if err != nil {
		return nil, err
	}
	rows, err := b.Rows(b.Sheets()[sheet])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Row
	for rows.Next() {
		r := *rows.Row()
		r.Cells, r.Uncached = append([]string(nil), r.Cells...), append([]int(nil), r.Uncached...)
		out = append(out, r)
	}
	return out, rows.Err()
}

func TestRowsValues(t *testing.T) {
	data := minimal(t, map[string]string{
		"xl/sharedStrings.xml": `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">` +
			`<si><t>申请编号</t></si><si><r><rPr><b/></rPr><t>自然</t></r><r><t xml:space="preserve">人 </t></r><rPh sb="0" eb="1"><t>ぬ</t></rPh></si>` +
			`<si><t>第一行_x000D_第二行_x005F_x</t></si></sst>`,
		"xl/worksheets/sheet1.xml": sheetHead +
			`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>` +
			`<row r="4" hidden="1"><c r="A4" t="inlineStr"><is><t>A-1</t></is></c><c r="B4"><v>45721</v></c><c r="C4" t="b"><v>1</v></c>` +
			`<c r="D4" t="str"><f>A4</f><v>A-1</v></c><c r="E4"><f>1+1</f></c><c r="F4" s="3"/><c r="IW4"><v>9</v></c></row>` +
			`<row><c t="s"><v>2</v></c><c><v>2</v></c></row>` +
			`</sheetData><mergeCells count="0"/></worksheet>`,
		"xl/worksheets/sheet2.xml": sheetHead + `</sheetData></worksheet>`,
	})
	b, err := OpenBytes(data, "t.xlsx", Ledger)
	if err != nil {
		t.Fatal(err)
	}
	if !b.Date1904() || !reflect.DeepEqual(b.Sheets(), []Sheet{{Name: "台账", part: "xl/worksheets/sheet1.xml"}, {Name: "隐藏", Hidden: true, part: "xl/worksheets/sheet2.xml"}}) {
		t.Errorf("date1904 %v, sheets %+v", b.Date1904(), b.Sheets())
	}
	got, err := readRows(t, data, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []Row{
		{Num: 1, Cells: []string{"申请编号", "", "自然人 "}},
		{Num: 4, Hidden: true, Cells: []string{"A-1", "45721", "1", "A-1", ""}, Uncached: []int{4}, Beyond: 257},
		{Num: 5, Cells: []string{"第一行\r第二行_x", "2"}},
	}
	for i := range want {
		if want[i].Uncached == nil {
			want[i].Uncached = []int{}
		}
	}
	for i := range got {
		if got[i].Uncached == nil {
			got[i].Uncached = []int{}
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows\n got %+v\nwant %+v", got, want)
	}
	if rows, err := readRows(t, data, 1); err != nil || len(rows) != 0 {
		t.Errorf("empty sheet: %v, %v", rows, err)
	}
}

func TestRowsBadReferencesAreDamage(t *testing.T) {
	for name, sheet := range map[string]string{
		"string index": sheetHead + `<row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>`,
		"cell ref":     sheetHead + `<row r="1"><c r="ABCDE1"><v>1</v></c></row></sheetData></worksheet>`,
		"row number":   sheetHead + `<row r="2000000"><c><v>1</v></c></row></sheetData></worksheet>`,
		"cut off":      sheetHead + `<row r="1"><c><v>1</v></c></row><row r="2"><c><v>1`,
		"no end":       sheetHead + `<row r="1"><c><v>1</v></c></row>`,
	} {
		data := minimal(t, map[string]string{"xl/worksheets/sheet1.xml": sheet, "xl/worksheets/sheet2.xml": sheetHead + `</sheetData></worksheet>`})
		_, err := readRows(t, data, 0)
		var ge *Error
		if !errors.As(err, &ge) || !strings.Contains(ge.Error(), "t.xlsx 工作表「台账」无法完整读取") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestOpenChecksDeclaredSizes(t *testing.T) {
	data := minimal(t, map[string]string{"xl/worksheets/sheet1.xml": sheetHead + `</sheetData></worksheet>`,
		"xl/worksheets/sheet2.xml": sheetHead + `</sheetData></worksheet>`})
	lim := Small
	lim.Total = 1 << 10
	_, err := OpenBytes(data, "t.xlsx", lim)
	if err == nil || !strings.Contains(err.Error(), "t.xlsx 太大：全部内容合计解压后有 2 KB，超过上限 1 KB") {
		t.Errorf("err = %v", err)
	}
}

func TestColumnNames(t *testing.T) {
	for col, name := range map[int]string{1: "A", 26: "Z", 27: "AA", 256: "IV", 16384: "XFD"} {
		if got := ColumnName(col); got != name {
			t.Errorf("ColumnName(%d) = %s", col, got)
		}
		if got, ok := refColumn(name + "12"); !ok || got != col {
			t.Errorf("refColumn(%s12) = %d, %v", name, got, ok)
		}
	}
}
