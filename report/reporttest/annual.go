package reporttest

import "github.com/xxgk/xxgk/report"

// Numbering says which numbers Annual writes into tables 二, 三 and 四, so
// that every cell holds a different figure and a figure written to, or read
// from, the wrong cell shows. Each test keeps the numbering its golden
// files and assertions were made with.
type Numbering struct {
	Table2 int // table 二's nine counts are Table2, Table2+1, … in Figures order

	Table3    int // table 三's cell (row i, column j) is Table3 + Table3Row*i + j
	Table3Row int

	Table4      int // table 四's block b (Table4Blocks order), column k is
	Table4Block int // Table4 + Table4Block*b + k
}

// Sequential numbers every figure of the three tables in Figures order,
// starting at first: table 二, then table 三 row by row, then table 四.
func Sequential(first int) Numbering {
	t3 := first + 9
	t4 := t3 + report.NumTable3Rows*len(report.Table3Columns)
	return Numbering{Table2: first, Table3: t3, Table3Row: len(report.Table3Columns), Table4: t4, Table4Block: len(report.Table4Columns)}
}

// Annual returns the annual report 2025 of 某某县教育局 with tables 二, 三
// and 四 numbered as n says and 行政事业性收费 of 4166.241619 万元. Tests
// add the unit, clock and statistics they need.
func Annual(n Numbering) *report.AnnualReport {
	r := &report.AnnualReport{Unit: report.Unit{Name: "某某县教育局"}, Year: 2025}
	k := n.Table2
	next := func() int { k++; return k - 1 }
	r.Table2 = report.Table2{
		Rules:         report.DocCounts{Issued: next(), Repealed: next(), InForce: next()},
		NormativeDocs: report.DocCounts{Issued: next(), Repealed: next(), InForce: next()},
		Licensing:     next(), Penalty: next(), Enforcement: next(),
		FeesWan: "4166.241619",
	}
	for i := range r.Table3.Rows {
		for j := range r.Table3.Rows[i] {
			r.Table3.Rows[i][j] = n.Table3 + n.Table3Row*i + j
		}
	}
	for b, blk := range report.Table4Blocks {
		v := n.Table4 + n.Table4Block*b
		*r.Table4.Block(report.AppealKind(blk.Code)) = report.AppealCounts{Upheld: v, Corrected: v + 1, Other: v + 2, Pending: v + 3, Total: v + 4}
	}
	return r
}
