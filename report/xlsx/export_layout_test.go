package xlsx

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// figureValues lists the values of Figures, in its order, for reports of
// every shape.
func TestFigureValuesAreFigures(t *testing.T) {
	reps := []*report.AnnualReport{{}, schoolReport()}
	for i := 1; i <= 5; i++ {
		reps = append(reps, reporttest.Annual(reporttest.Sequential(i*37)))
	}
	for i, rep := range reps {
		var want []string
		for _, f := range rep.Figures() {
			want = append(want, f.Value)
		}
		if got := figureValues(rep, nil); !slices.Equal(got, want) {
			t.Errorf("report %d: values\n%q\nFigures\n%q", i, got, want)
		}
	}
	layout, n := shownLayout()
	for _, f := range layout {
		sheet, ref, ok := CellRef(f.path)
		if !ok || sheet != f.sheet || ref != f.ref || cell(f.col, f.row) != ref || f.index >= n {
			t.Errorf("%+v: CellRef %s %s %v", f, sheet, ref, ok)
		}
	}
}

// mapSheets are sheets given as rows, for compareVisible.
type mapSheets map[string][][]string

func (m mapSheets) Rows(sheet string) ([][]string, bool, error) {
	rows, ok := m[sheet]
	return rows, ok, nil
}

// compareVisible gives what compareVisibleByPath gives — nothing, the
// missing sheet, or the same cells in the same order — on tables with
// cells changed, cleared, cut short or missing.
func TestCompareVisibleIsByPath(t *testing.T) {
	rep := schoolReport()
	good := mapSheets{}
	for _, f := range rep.Figures() {
		sheet, ref, ok := CellRef(f.Path)
		if !ok {
			continue
		}
		col, row := cellCoordinates(ref)
		rows := good[sheet]
		for len(rows) < row {
			rows = append(rows, nil)
		}
		for len(rows[row-1]) < col {
			rows[row-1] = append(rows[row-1], "")
		}
		rows[row-1][col-1] = f.Value
		good[sheet] = rows
	}
	if err := compareVisible(good, rep, "一中.xlsx"); err != nil {
		t.Fatalf("unchanged: %v", err)
	}
	rng := rand.New(rand.NewPCG(15, 7))
	titles := []string{report.Table2Title, report.Table3Title, report.Table4Title}
	for i := range 300 {
		s := mapSheets{}
		for k, rows := range good {
			s[k] = slices.Clone(rows)
			for r := range rows {
				s[k][r] = slices.Clone(rows[r])
			}
		}
		for range 1 + rng.IntN(8) {
			sheet := titles[rng.IntN(3)]
			rows := s[sheet]
			switch rng.IntN(10) {
			case 0:
				delete(s, sheet)
			case 1:
				s[sheet] = rows[:rng.IntN(len(rows)+1)]
			default:
				if len(rows) == 0 {
					continue
				}
				r := rng.IntN(len(rows))
				if len(rows[r]) == 0 {
					continue
				}
				rows[r][rng.IntN(len(rows[r]))] = []string{"", "0", "999", " 7", "x", "1.0"}[rng.IntN(6)]
			}
		}
		a, b := fmt.Sprint(compareVisible(s, rep, "一中.xlsx")), fmt.Sprint(compareVisibleByPath(s, rep, "一中.xlsx"))
		if a != b {
			t.Errorf("case %d:\n%s\nby path\n%s", i, a, b)
		}
	}
}
