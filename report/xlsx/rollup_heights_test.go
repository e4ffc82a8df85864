package xlsx

import (
	"testing"

	"github.com/xxgk/xxgk/report/textwidth"
)

// TestRollupUnitFiguresRowHeights checks that every row of 「各单位数据」
// stores a height that shows its wrapped label and unit names: LibreOffice
// and WPS do not fit rows, and the labels overprinted each other.
func TestRollupUnitFiguresRowHeights(t *testing.T) {
	d := rollupSample()
	d.Units[1].Report.Unit.Name = "某某县某某镇第一中心小学附属幼儿园分园"
	f := openRollup(t, d)
	h, err := f.GetRowHeight(sheetUnitFigures, unitHeaderTop)
	if err != nil {
		t.Fatal(err)
	}
	// 20 characters wide hold ten Chinese characters of 10 points: the
	// 19-character name takes two lines.
	if h < 2*10*1.3 {
		t.Errorf("unit row: height %.1f pt for two lines of 「%s」", h, d.Units[1].Report.Unit.Name)
	}
	rows, err := f.GetRows(sheetUnitFigures)
	if err != nil {
		t.Fatal(err)
	}
	tall := 0
	for i := unitFirstRow - 1; i < len(rows); i++ {
		label := rows[i][0]
		h, err := f.GetRowHeight(sheetUnitFigures, i+1)
		if err != nil {
			t.Fatal(err)
		}
		n := textwidth.Lines(label, 10, unitFigureWidths[0])
		if h < float64(n)*10*1.3 {
			t.Errorf("row %d 「%s」: height %.1f pt for %d lines", i+1, label, h, n)
		}
		if n > 1 {
			tall++
		}
	}
	if tall == 0 {
		t.Fatal("no label needs two lines: the test shows nothing")
	}
}

// The unit columns of 「各单位数据」 are wide enough for an 18-character
// 统一社会信用代码 set in the header's bold 10 pt on one line: LibreOffice
// broke it after 15 characters at width 16.
func TestRollupUnitColumnHoldsCreditCode(t *testing.T) {
	f := openRollup(t, rollupSample())
	w, err := f.GetColWidth(sheetUnitFigures, "B")
	if err != nil {
		t.Fatal(err)
	}
	if w < 20 {
		t.Errorf("unit column width %.1f, want at least 20 for 18 bold digits and letters", w)
	}
	if h, err := f.GetRowHeight(sheetUnitFigures, unitHeaderTop+1); err != nil || h > defaultRowHeight {
		t.Errorf("code row height %.1f (%v): the code should need one line", h, err)
	}
}
