package xlsx

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// maxHeight returns the tallest row of every sheet of the workbook.
func maxHeight(t *testing.T, b []byte) float64 {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	most := 0.0
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for r := range rows {
			h, err := f.GetRowHeight(sh, r+1)
			if err != nil {
				t.Fatal(err)
			}
			most = max(most, h)
		}
	}
	return most
}

// Every writer keeps rows within Excel's 409 points and notes the rows it
// capped: the due list with a long 申请编号, the roll-up's problem list with a
// long message, the year view with a long unit name.
func TestLongTextRowsCapped(t *testing.T) {
	long := strings.Repeat("长", 3000)
	when := time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC)
	roll := rollupSample()
	roll.Problems[0].Message = long
	var months []*report.MonthlySummary
	for m := time.January; m <= time.December; m++ {
		months = append(months, &report.MonthlySummary{Unit: report.Unit{Name: long}, Year: 2025, Month: m})
	}
	writers := map[string]func(*bytes.Buffer, Option) error{
		"due": func(b *bytes.Buffer, o Option) error {
			return WriteDue(b, report.Unit{Name: "某某县教育局"}, report.NewDate(2026, 1, 10),
				[]deadline.Entry{{ID: long, Received: report.NewDate(2025, 12, 1)}}, when, o)
		},
		"rollup": func(b *bytes.Buffer, o Option) error { return WriteRollupDetails(b, roll, o) },
		"year":   func(b *bytes.Buffer, o Option) error { return WriteMonthlyYear(b, months, o) },
	}
	for name, write := range writers {
		var notes []string
		var b bytes.Buffer
		if err := write(&b, Notes(func(s string) { notes = append(notes, s) })); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if h := maxHeight(t, b.Bytes()); h > maxRowHeight {
			t.Errorf("%s: a row of %g points", name, h)
		}
		if len(notes) == 0 || !strings.Contains(notes[0], "409 磅") {
			t.Errorf("%s: notes %q", name, notes)
		}
	}
}

// fitCell counts as Excel does, in UTF-16 units: a character above U+FFFF
// takes two, and is never split.
func TestFitCell(t *testing.T) {
	if s, n := fitCell("短文字"); s != "短文字" || n != 0 {
		t.Errorf("short text: %q %d", s, n)
	}
	s, n := fitCell(strings.Repeat("𠀀", 20000))
	units := len(utf16.Encode([]rune(s)))
	if n != 40000 || units > excelize.TotalCellChars || units < excelize.TotalCellChars-2 || !strings.HasSuffix(s, cutMark) {
		t.Errorf("cut to %d units (was %d), ends %q", units, n, s[len(s)-30:])
	}
}
