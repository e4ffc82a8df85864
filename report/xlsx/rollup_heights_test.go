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
	// 16 characters wide hold eight Chinese characters of 10 points: the
	// name takes three lines.
	if h < 3*10*1.3 {
		t.Errorf("unit row: height %.1f pt for three lines of 「%s」", h, d.Units[1].Report.Unit.Name)
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
