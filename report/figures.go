package report

import "strconv"

// Figure is one number of the statutory tables under its JSON path
// (docs/figures.md §1), e.g. "table3.granted.natural" or "table2.fees.amount_wan".
type Figure struct {
	Path  string
	Value string // an integer, or for the fee a decimal string
}

// table2Paths lists table 2's paths in printed order.
var table2Paths = []string{
	"table2.rules.issued", "table2.rules.repealed", "table2.rules.in_force",
	"table2.normative_docs.issued", "table2.normative_docs.repealed", "table2.normative_docs.in_force",
	"table2.licensing.decisions", "table2.penalty.decisions", "table2.enforcement.decisions",
	"table2.fees.amount_wan",
}

// Figures lists every figure of tables 2, 3 and 4 in printed order: the
// cells a clerk can ask `explain` about and a reader must find. Table 3's
// group sums (withheld, …) are included after the printed rows.
func (r *AnnualReport) Figures() []Figure {
	t2 := &r.Table2
	ints := []int{
		t2.Rules.Issued, t2.Rules.Repealed, t2.Rules.InForce,
		t2.NormativeDocs.Issued, t2.NormativeDocs.Repealed, t2.NormativeDocs.InForce,
		t2.Licensing, t2.Penalty, t2.Enforcement,
	}
	var out []Figure
	for i, v := range ints {
		out = append(out, Figure{table2Paths[i], strconv.Itoa(v)})
	}
	out = append(out, Figure{table2Paths[9], r.Table2.FeesWan})
	for i, row := range Table3Rows {
		out = appendCounts(out, "table3."+row.Code, r.Table3.Rows[i])
	}
	for _, g := range Table3Groups {
		sum, _ := r.Table3.Row(g.Code)
		out = appendCounts(out, "table3."+g.Code, sum)
	}
	for _, b := range Table4Blocks {
		vals := r.Table4.Block(AppealKind(b.Code)).Values()
		for j, col := range Table4Columns {
			out = append(out, Figure{"table4." + b.Code + "." + col.Code, strconv.Itoa(vals[j])})
		}
	}
	return out
}

func appendCounts(out []Figure, prefix string, c Counts) []Figure {
	for j, col := range Table3Columns {
		out = append(out, Figure{prefix + "." + col.Code, strconv.Itoa(c[j])})
	}
	return out
}

// Figure returns the value at path, and whether path names a figure.
func (r *AnnualReport) Figure(path string) (string, bool) {
	for _, f := range r.Figures() {
		if f.Path == path {
			return f.Value, true
		}
	}
	return "", false
}
