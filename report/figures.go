package report

import "strconv"

// Figure is one number of the statutory tables under its JSON path
// (docs/figures.md §1), e.g. "table3.granted.natural" or "table2.fees.amount_wan".
type Figure struct {
	Path  string
	Value string // an integer, or for the fee a decimal string
}

// Figures lists every figure of tables 2, 3 and 4 in printed order: the
// cells a clerk can ask `explain` about and a reader must find. Table 3's
// group sums (withheld, …) are included after the printed rows.
func (r *AnnualReport) Figures() []Figure {
	var out []Figure
	for _, b := range Table2Blocks {
		for _, row := range b.Rows {
			for j, v := range row.Values(&r.Table2) {
				out = append(out, Figure{row.Path(b.Heads[j]), v})
			}
		}
	}
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

func appendCounts(out []Figure, prefix string, c ApplicantCounts) []Figure {
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
