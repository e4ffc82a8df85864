package web

import (
	"path/filepath"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/rollup"
)

// rollupView is the 汇总情况 page of one roll-up: what `xxgk rollup`
// prints and writes in its 汇总情况 workbook.
type rollupView struct {
	ID       string
	Name     string // the summing unit
	Year     int
	Units    []rollupUnit
	Missing  []rollupUnit // no File nor Kind
	Listed   bool         // a list of expected units was given (rollup.Result.Listed)
	NoList   string       // rollup.NoUnitList
	Problems problemTable // rules broken by units summed, with their cells
	Excluded problemTable // files left out, and why
	Tables   []tableView  // the sums, as the national tables
}

// rollupUnit is one unit summed, numbered from 1.
type rollupUnit struct {
	N                      int
	Name, Code, File, Kind string
}

// problemTable is a list of problems: its table's id, the head of the
// rule's column, the problems.
type problemTable struct {
	ID, Head string
	List     []rollupProblem
}

// rollupProblem is a rule broken, or a file left out, with its file's
// own name.
type rollupProblem struct {
	Unit, File, Rule, Where, Message string
}

// unitKinds say what kind of file a unit sent.
var unitKinds = map[string]string{rollup.KindExport: "上报文件", rollup.KindHand: "手工填写的统计表"}

func newRollupView(id string, res *rollup.Result) rollupView {
	v := rollupView{ID: id, Name: res.Sum.Unit.Name, Year: res.Year, Listed: res.Listed, NoList: rollup.NoUnitList,
		Problems: problemTable{"rollup-problems", "规则", rollupProblems(res.Problems)},
		Excluded: problemTable{"rollup-excluded", "原因", rollupProblems(res.Excluded)},
	}
	for _, id := range []report.TableID{report.Table2ID, report.Table3ID, report.Table4ID} {
		t, _ := report.TableLayout(id, res.Sum)
		v.Tables = append(v.Tables, tableOf(t, nil))
	}
	for i, u := range res.Units {
		kind := unitKinds[u.Kind]
		if u.Rollup {
			kind = "下级汇总的上报文件"
		}
		v.Units = append(v.Units, rollupUnit{N: i + 1, Name: u.Report.Unit.Name, Code: u.Report.Unit.Code,
			File: filepath.Base(u.File), Kind: kind})
	}
	for i, m := range res.Missing {
		v.Missing = append(v.Missing, rollupUnit{N: i + 1, Name: m.Name, Code: m.Code})
	}
	return v
}

func rollupProblems(list []rollup.Problem) []rollupProblem {
	out := make([]rollupProblem, 0, len(list))
	for _, p := range list {
		out = append(out, rollupProblem{Unit: p.Unit, File: filepath.Base(p.File), Rule: p.RuleLabel(), Where: p.Where, Message: p.Message})
	}
	return out
}
