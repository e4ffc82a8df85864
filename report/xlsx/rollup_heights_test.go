package xlsx

import (
	"fmt"
	"strings"
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

// 「各单位数据」 prints one page wide for a few units, and for many units
// on pages of unitsPerPage units across, the label column repeated on
// each, so that a city's roll-up of hundreds of units stays readable.
func TestRollupUnitFiguresPagesWide(t *testing.T) {
	for _, tc := range []struct{ units, wide int }{{2, 1}, {7, 1}, {8, 2}, {30, 4}, {3000, 376}} {
		d := rollupSample()
		for len(d.Units) < tc.units {
			u := d.Units[len(d.Units)%2]
			u.File = fmt.Sprintf("单位%d.xlsx", len(d.Units))
			d.Units = append(d.Units, u)
		}
		d.Units = d.Units[:tc.units]
		if tc.units > 100 {
			if got := unitPagesWide(tc.units); got != tc.wide {
				t.Errorf("%d units: %d pages wide, want %d", tc.units, got, tc.wide)
			}
			continue
		}
		f := openRollup(t, d)
		lay, err := f.GetPageLayout(sheetUnitFigures)
		if err != nil {
			t.Fatal(err)
		}
		if lay.FitToWidth == nil || *lay.FitToWidth != tc.wide {
			t.Errorf("%d units: fit to %v pages wide, want %d", tc.units, lay.FitToWidth, tc.wide)
		}
		titles := ""
		for _, n := range f.GetDefinedName() {
			if n.Name == "_xlnm.Print_Titles" && n.Scope == sheetUnitFigures {
				titles = n.RefersTo
			}
		}
		wantCols := tc.wide > 1
		if strings.Contains(titles, "$A:$A") != wantCols || !strings.Contains(titles, "$4:$6") {
			t.Errorf("%d units: print titles %q (label column repeated: want %v)", tc.units, titles, wantCols)
		}
	}
}
