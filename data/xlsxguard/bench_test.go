package xlsxguard

import (
	"fmt"
	"strings"
	"testing"
)

// benchSheet is a worksheet of n rows as Excel writes a request ledger:
// shared strings, serial dates, a blank optional column, an inline string.
func benchSheet(n int) string {
	var sb strings.Builder
	sb.WriteString(sheetHead)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&sb, `<row r="%d" spans="1:9"><c r="A%d" t="s"><v>%d</v></c><c r="B%d" s="1"><v>%d</v></c>`+
			`<c r="C%d" t="s"><v>%d</v></c><c r="D%d" t="inlineStr"><is><t>申请人%d</t></is></c><c r="E%d" s="2"/>`+
			`<c r="F%d" t="s"><v>%d</v></c><c r="H%d" s="1"><v>%d</v></c><c r="I%d" t="s"><v>%d</v></c></row>`,
			i, i, i%3, i, 45658+i%300, i, i%3, i, i%5000, i, i, i%3, i, 45680+i%280, i, i%3)
	}
	sb.WriteString(`</sheetData></worksheet>`)
	return sb.String()
}

// BenchmarkRows100k reads a 100,000-row worksheet with Book.Rows alone.
func BenchmarkRows100k(b *testing.B) {
	const n = 100_000
	data := minimal(b, map[string]string{
		"xl/sharedStrings.xml":     `<sst><si><t>网络</t></si><si><t>自然人</t></si><si><r><t>予以</t></r><r><t>公开</t></r></si></sst>`,
		"xl/worksheets/sheet1.xml": benchSheet(n),
		"xl/worksheets/sheet2.xml": sheetHead + `</sheetData></worksheet>`,
	})
	b.ReportAllocs()
	for b.Loop() {
		bk, err := OpenBytes(data, "t.xlsx", Ledger)
		if err != nil {
			b.Fatal(err)
		}
		rows, err := bk.Rows(bk.Sheets()[0])
		if err != nil {
			b.Fatal(err)
		}
		got := 0
		for rows.Next() {
			got++
		}
		if err := rows.Err(); err != nil || got != n {
			b.Fatalf("err %v, %d rows", err, got)
		}
		rows.Close()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
}
