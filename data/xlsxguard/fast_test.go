package xlsxguard

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// readRowsMode reads every row of sheet 0 with the fast path on or off,
// and counts the rows the fast path took.
func readRowsMode(t testing.TB, data []byte, slow bool) (rows []Row, fastRows int, err error) {
	t.Helper()
	b, err := OpenBytes(data, "t.xlsx", Ledger)
	if err != nil {
		return nil, 0, err
	}
	rs, err := b.Rows(b.Sheets()[0])
	if err != nil {
		return nil, 0, err
	}
	defer rs.Close()
	rs.slow = slow
	for rs.Next() {
		r := *rs.Row()
		r.Cells, r.Uncached = append([]string(nil), r.Cells...), append([]int(nil), r.Uncached...)
		rows = append(rows, r)
	}
	return rows, rs.taken, rs.Err()
}

// sameAsDecoder fails unless the fast path reads the workbook exactly as
// the encoding/xml reader does: the same rows, or the same error.
func sameAsDecoder(t testing.TB, data []byte) (rows []Row, fast int) {
	t.Helper()
	want, _, werr := readRowsMode(t, data, true)
	got, fast, gerr := readRowsMode(t, data, false)
	if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
		t.Fatalf("error: fast %v, decoder %v", gerr, werr)
	}
	if !reflect.DeepEqual(normal(got), normal(want)) {
		t.Fatalf("rows differ:\nfast    %+v\ndecoder %+v", got, want)
	}
	return got, fast
}

// normal makes empty and nil slices alike.
func normal(rows []Row) []Row {
	out := make([]Row, len(rows))
	for i, r := range rows {
		if len(r.Cells) == 0 {
			r.Cells = nil
		}
		if len(r.Uncached) == 0 {
			r.Uncached = nil
		}
		out[i] = r
	}
	return out
}

// sheetCases are worksheets covering what the fast path takes and what it
// leaves to the decoder.
var sheetCases = []string{
	`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="XFD1" t="inlineStr"><is><r><t>x</t></r></is></c></row>`,
	`<row><c t="b"><f>1</f></c></row><row r="3" hidden="true"><c r="B3"><v>1</v></c></row>`,
	`<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" s="1" t="s"><v> 1 </v></c><c r="B1" t="e"><v>#N/A</v></c><c r="C1" t="str"><f>A1&amp;"x"</f><v>a&lt;b&#x4E2D;&#25991;</v></c></row>`,
	`<row r="2"><c r="A2" t="inlineStr"><is><r><rPr><b/><sz val="11"/><rFont val="宋体"/></rPr><t xml:space="preserve"> 自然 </t></r><r><t>人_x000D_</t></r></is></c><c r="B2" t="n"><v>45721.5</v></c><c r="C2" t="d"><v>2025-03-05T00:00:00</v></c></row>`,
	"<row r=\"3\">\n  <c r=\"A3\"><v>1</v></c>\r\n  <c r=\"B3\" t=\"inlineStr\"><is><t>a\r\nb</t></is></c>\n</row>\n",
	`<row r="4"><c r="A4" t="inlineStr"><is><t>x</t><rPh sb="0" eb="1"><t>ぬ</t></rPh></is></c></row>`,
	`<row r="5"><!-- note --><c r="A5"><v>1</v></c></row><?pi x?><row r="6"><c r="A6"><v><![CDATA[7]]></v></c></row>`,
	`<row r="7"><c r="A7" t="s"><v>9</v></c></row>`,
	`<row r="8"><c r="A8" t="s"><v>&#49;</v></c><c r="IW8"><v>1</v></c><c r="IX8"><f>1</f></c></row>`,
	`<row r="9"><c r="IW9"><f>1</f></c><c><v>2</v></c><c r="A9" t="s"><v/></c><c r="B9"/></row><row/><row r="0"/>`,
	`<x:row r="10"><x:c r="A10"><x:v>1</x:v></x:c></x:row><row x:r="11"><c r="A11"><v>1</v></c></row>`,
	`<row r="12"><c r="A12"><v>&nbsp;</v></c></row>`,
	`<row r="13"><c r="A13"><v>1</v></c>`,
	`<row r="14"><c r="A14"><v>1</c></row>`,
	`<row r="15" hidden="1"/><row r="16" hidden="0"><c r="A16" t="inlineStr"><is><t/></is></c><c r="B16" t="inlineStr"><v>v</v></c></row>`,
	`<row r="17"><c r="A17" t="inlineStr"><is><t>&amp;_x005F_x0041_</t></is></c><c r="B17"><f t="shared" ref="B17:B20" si="0"/><v>3</v></c></row>`,
	`<foo><row r="18"><c r="A18"><v>1</v></c></row></foo><row r="19"><c r="A19"><v>]]&gt;</v></c></row>`,
	`<row r="20"><c r="A20"><v>]]></v></c></row>`,
	`<row r='21'><c r='A21' t='s'><v>1</v></c></row><row  r="22"  ><c  r="A22"  ><v>1</v ></c ></row >`,
}

func sheetOf(rows string) string {
	return sheetHead + rows + `</sheetData></worksheet>`
}

const testStrings = `<sst><si><t>a</t></si><si><r><t>予以</t></r><r><t>公开</t></r></si><si><t>网络</t></si></sst>`

func sheetBook(t testing.TB, sheet string) []byte {
	return stringsBook(t, sheet, testStrings)
}

func stringsBook(t testing.TB, sheet, sst string) []byte {
	return minimal(t, map[string]string{
		"xl/sharedStrings.xml":     sst,
		"xl/worksheets/sheet1.xml": sheet,
		"xl/worksheets/sheet2.xml": sheetHead + `</sheetData></worksheet>`,
	})
}

// realSheets are the worksheets, with their shared strings, of the sample
// workbooks and of excelize-written ones.
func realSheets(t testing.TB) (sheets, sst []string) {
	books := [][]byte{writtenBook(t, false), writtenBook(t, true)}
	paths, _ := filepath.Glob("../../samples/*.xlsx")
	more, _ := filepath.Glob("../../samples/output/*.xlsx")
	for _, p := range append(paths, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		books = append(books, data)
	}
	for _, data := range books {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		parts := map[string]string{}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			parts[f.Name] = string(b)
		}
		for name, body := range parts {
			if strings.HasPrefix(name, "xl/worksheets/sheet") {
				sheets, sst = append(sheets, body), append(sst, parts["xl/sharedStrings.xml"])
			}
		}
	}
	return sheets, sst
}

// TestFastRowsRealSheets reads the real worksheets both ways.
func TestFastRowsRealSheets(t *testing.T) {
	sheets, sst := realSheets(t)
	taken := 0
	for i := range sheets {
		_, n := sameAsDecoder(t, stringsBook(t, sheets[i], sst[i]))
		taken += n
	}
	if len(sheets) < 8 || taken < 100 {
		t.Errorf("%d sheets, %d rows taken fast", len(sheets), taken)
	}
}

func TestFastRowsSameAsDecoder(t *testing.T) {
	taken := 0
	for _, c := range sheetCases {
		_, n := sameAsDecoder(t, sheetBook(t, sheetOf(c)))
		taken += n
	}
	if taken < 12 {
		t.Errorf("the fast path took only %d rows", taken)
	}
	// A sheetData that closes itself: the row after it is not read.
	sameAsDecoder(t, sheetBook(t, `<worksheet><sheetData/><row r="1"><c r="A1"><v>1</v></c></row></worksheet>`))
}

// TestFastRowsTaken checks that the fast path does take the rows Excel
// writes, and a row longer than its buffer is still read whole.
func TestFastRowsTaken(t *testing.T) {
	rows, fast := sameAsDecoder(t, sheetBook(t, benchSheet(2000)))
	if len(rows) != 2000 || fast < 1990 {
		t.Errorf("%d rows, %d fast", len(rows), fast)
	}
	long := `<row r="1">` + strings.Repeat(`<c t="inlineStr"><is><t>`+strings.Repeat("长", 3000)+`</t></is></c>`, 40) + `</row>` +
		`<row r="2"><c r="A2"><v>1</v></c></row>`
	rows, _ = sameAsDecoder(t, sheetBook(t, sheetOf(long)))
	if len(rows) != 2 || len(rows[0].Cells) != 40 {
		t.Errorf("long row: %d rows", len(rows))
	}
}

// FuzzFastRows is the differential test: whatever the worksheet, the fast
// path reads exactly what encoding/xml reads, or the same error.
// The seeds are the cases above and the real worksheets with their
// shared strings.
func FuzzFastRows(f *testing.F) {
	for _, c := range sheetCases {
		f.Add(sheetOf(c), testStrings)
	}
	f.Add(benchSheet(3), testStrings)
	sheets, sst := realSheets(f)
	for i := range sheets {
		f.Add(sheets[i], sst[i])
	}
	f.Fuzz(func(t *testing.T, sheet, sst string) {
		sameAsDecoder(t, stringsBook(t, sheet, sst))
	})
}
