package xlsxguard

import "testing"

// FuzzSheet reads any worksheet XML: it may be refused, never panic.
func FuzzSheet(f *testing.F) {
	f.Add(sheetHead + `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="XFD1" t="inlineStr"><is><r><t>x</t></r></is></c></row></sheetData></worksheet>`)
	f.Add(sheetHead + `<row><c t="b"><f>1</f></c></row><row r="3" hidden="true"><c r="B3"><v>1</v></c></row></sheetData></worksheet>`)
	f.Add(sheetHead + `<row r="1"><c r="A1"><v>1</v></c>`)
	f.Fuzz(func(t *testing.T, sheet string) {
		data := minimal(t, map[string]string{
			"xl/sharedStrings.xml":     `<sst><si><t>a</t></si></sst>`,
			"xl/worksheets/sheet1.xml": sheet,
			"xl/worksheets/sheet2.xml": sheetHead + `</sheetData></worksheet>`,
		})
		rows, err := readRows(t, data, 0)
		if err != nil {
			return
		}
		for _, r := range rows {
			if len(r.Cells) > Ledger.Columns || r.Num < 1 || r.Num > maxRow {
				t.Fatalf("row %+v", r)
			}
		}
	})
}
