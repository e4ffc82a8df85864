package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// TestUnitFigureListMatchesFigures: the rows of 「各单位数据」 read each
// figure of a report at the path and with the value report.Figures gives,
// group sums left out, for reports whose every figure differs.
func TestUnitFigureListMatchesFigures(t *testing.T) {
	list := unitFigureList()
	for _, seed := range []int{1, 7, 96} {
		r := reporttest.Annual(reporttest.Sequential(seed))
		r.Table2.FeesWan = "12.5"
		figs := r.Figures()
		idx := figureRows(figs)
		if len(idx) != len(list) {
			t.Fatalf("seed %d: %d rows, want %d", seed, len(list), len(idx))
		}
		for n, i := range idx {
			f := list[n]
			got := ""
			if f.count != nil {
				got = strconv.Itoa(f.count(r))
			} else {
				got = f.text(r)
			}
			if f.path != figs[i].Path || got != figs[i].Value {
				t.Errorf("seed %d row %d: %s = %q, want %s = %q", seed, n, f.path, got, figs[i].Path, figs[i].Value)
			}
		}
	}
	var empty report.AnnualReport
	if n := len(figureRows(empty.Figures())); n != len(list) {
		t.Errorf("empty report: %d rows, want %d", len(list), n)
	}
}

// figureRows lists the paths of Figures that the sheet shows: every
// printed figure, table 3's group sums left out.
func figureRows(figs []report.Figure) []int {
	groups := map[string]bool{}
	for _, g := range report.Table3Groups {
		groups["table3."+g.Code] = true
	}
	var idx []int
	for i, f := range figs {
		if groups[f.Path[:strings.LastIndex(f.Path, ".")]] {
			continue
		}
		idx = append(idx, i)
	}
	return idx
}
