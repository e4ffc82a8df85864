package xlsx

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// rawCellTexts are texts whose escaping matters: markup, whitespace at
// either end, a carriage return, text that looks like Excel's _xHHHH_
// escapes, control characters and one longer than a cell holds.
var rawCellTexts = []string{
	"", "甲", "a & b <c> \"d\" 'e'", " 前后空格 ", "\t制表", "行一\n行二", "回车\r\n换行",
	"_x0041_", "a_x005F_b", "_x005F_x0041_", "_x12G4_", "_x004", "__x0041__",
	"控制\x01字符\x1f", "\x00", strings.Repeat("长", excelize.TotalCellChars+5),
}

// TestRawRowsReadBack: the cells rawRows writes read back through
// excelize as the values, types and styles they were given.
func TestRawRowsReadBack(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	style, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		t.Fatal(err)
	}
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	z := &sortedZip{}
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { z.w = w; return z })
	rows := newRawRows()
	if err := z.addRows(f, "Sheet1", rows); err != nil {
		t.Fatal(err)
	}
	for i, s := range rawCellTexts {
		rows.startRow(i+1, 20)
		rows.value(1, style, s)
		rows.value(2, 0, i*1000)
		rows.value(3, style, 4166.241619+float64(i))
		rows.value(4, style, nil)
		if err := rows.endRow(); err != nil {
			t.Fatal(err)
		}
	}
	if err := rows.close(); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	g, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	for i, s := range rawCellTexts {
		want := s
		if len([]rune(s)) > excelize.TotalCellChars {
			want = string([]rune(s)[:excelize.TotalCellChars])
		}
		got := map[string]string{}
		for _, ref := range []string{"A", "B", "C", "D"} {
			v, err := g.GetCellValue("Sheet1", cell(int(ref[0]-'A'+1), i+1), excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			got[ref] = v
		}
		if got["A"] != want {
			t.Errorf("row %d: text %q, want %q", i+1, got["A"], want)
		}
		if want := excelizeFloat(4166.241619 + float64(i)); got["B"] != strconv.Itoa(i*1000) || got["C"] != want || got["D"] != "" {
			t.Errorf("row %d: numbers %q %q %q", i+1, got["B"], got["C"], got["D"])
		}
		for c, wantStyle := range []int{style, 0, style, style} {
			if id, _ := g.GetCellStyle("Sheet1", cell(c+1, i+1)); id != wantStyle {
				t.Errorf("row %d col %d: style %d, want %d", i+1, c+1, id, wantStyle)
			}
		}
		if h, _ := g.GetRowHeight("Sheet1", i+1); h != 20 {
			t.Errorf("row %d: height %v", i+1, h)
		}
	}
}

// excelizeFloat is x as excelize writes a float64 cell.
func excelizeFloat(x float64) string {
	f := excelize.NewFile()
	defer f.Close()
	_ = f.SetCellValue("Sheet1", "A1", x)
	v, _ := f.GetCellValue("Sheet1", "A1", excelize.Options{RawCellValue: true})
	return v
}

// TestCellFloat: floats are formatted as excelize formats them.
func TestCellFloat(t *testing.T) {
	for _, x := range []float64{0, 1.25, 4166.241619, 0.1 + 0.2, 1e20, 123456789.123456789, -7.5, 1e-7} {
		if got, want := cellFloat(x), excelizeFloat(x); got != want {
			t.Errorf("cellFloat(%v) = %q, want %q", x, got, want)
		}
	}
}

// TestCRC32Concat: the CRC of two pieces joined is the CRC of the whole.
func TestCRC32Concat(t *testing.T) {
	a, b := []byte("<worksheet><sheetData>"), bytes.Repeat([]byte("<row r=\"1\"></row>"), 5000)
	whole := crc32.ChecksumIEEE(append(append([]byte{}, a...), b...))
	if got := crc32Concat(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b))); got != whole {
		t.Errorf("crc32Concat = %08x, want %08x", got, whole)
	}
	if got := crc32Concat(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(nil), 0); got != crc32.ChecksumIEEE(a) {
		t.Errorf("crc32Concat with nothing = %08x", got)
	}
}

// TestSortedZipRawPart: a part with raw rows is one valid deflate stream
// (its CRC checked on reading), the rows between the sheetData tags.
func TestSortedZipRawPart(t *testing.T) {
	rows := newRawRows()
	for i := range 3000 {
		rows.startRow(i+1, 0)
		rows.integer(1, 0, i)
		if err := rows.endRow(); err != nil {
			t.Fatal(err)
		}
	}
	if err := rows.close(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	z := &sortedZip{w: &buf, rows: map[string]*rawRows{"s.xml": rows}}
	w, err := z.Create("s.xml")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, "<worksheet><sheetData></sheetData><pageSetup/></worksheet>")
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := r.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(rc) // checks the CRC
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(got, []byte(`<worksheet><sheetData><row r="1"><c r="A1"><v>0</v></c></row>`)) ||
		!bytes.HasSuffix(got, []byte(`<v>2999</v></c></row></sheetData><pageSetup/></worksheet>`)) {
		t.Errorf("part %.80s … %.80s", got, got[len(got)-80:])
	}
}
