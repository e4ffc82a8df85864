package report

import "strconv"

// This file describes table 2 (「二、主动公开政府信息情况」) once, as data, the
// way statutory.go describes table 3: its four blocks, the column heads of
// each, its six rows with their codes and labels, and where each row's
// figures live in a Table2. Renderers, readers, the figure list and the
// ledger reader all iterate it (docs/counting.md §1, docs/figures.md §1).

// Table2Block is one block of table 2: a caption row naming the article
// item (「第二十条第（一）项」), a header row (信息内容 and Heads) and its
// data rows.
type Table2Block struct {
	Caption string
	// Heads are the block's value columns: their codes are the last part
	// of a figure's path ("issued", "decisions", "amount_wan") and their
	// labels the printed heads (「本年制发件数」…). A single head spans the
	// three value columns of the printed table.
	Heads []CodeLabel
	Rows  []Table2Row
}

// Table2Row is a data row of table 2. Its figures, one per head of its
// block, are counts, except for 行政事业性收费 whose one figure is an amount
// in 万元 (Table2.FeesWan).
type Table2Row struct {
	Code  string // middle part of a figure's path: "rules", "licensing", "fees", …
	Label string // statutory label: 「规章」「行政许可」…
	// counts returns the fields holding the row's counts; nil for the
	// amount row.
	counts func(t *Table2) []*int
}

var (
	table2DocHeads = []CodeLabel{
		{"issued", Table2Issued}, {"repealed", Table2Repealed}, {"in_force", Table2InForce},
	}
	table2DecisionHeads = []CodeLabel{{"decisions", Table2Decisions}}
)

// Table2Blocks lists the four blocks of table 2 in statutory order.
var Table2Blocks = []Table2Block{
	{Table2Item1, table2DocHeads, []Table2Row{
		{string(DocRule), DocKindLabels[DocRule], func(t *Table2) []*int { return docFields(&t.Rules) }},
		{string(DocNormative), DocKindLabels[DocNormative], func(t *Table2) []*int { return docFields(&t.NormativeDocs) }},
	}},
	{Table2Item5, table2DecisionHeads, []Table2Row{
		{string(DecisionLicensing), DecisionKindLabels[DecisionLicensing], func(t *Table2) []*int { return []*int{&t.Licensing} }},
	}},
	{Table2Item6, table2DecisionHeads, []Table2Row{
		{string(DecisionPenalty), DecisionKindLabels[DecisionPenalty], func(t *Table2) []*int { return []*int{&t.Penalty} }},
		{string(DecisionEnforcement), DecisionKindLabels[DecisionEnforcement], func(t *Table2) []*int { return []*int{&t.Enforcement} }},
	}},
	{Table2Item8, []CodeLabel{{"amount_wan", Table2FeeAmount}}, []Table2Row{
		{Code: "fees", Label: Table2FeeLabel},
	}},
}

// HeadLabels returns the printed heads of the block, in order.
func (b Table2Block) HeadLabels() []string {
	out := make([]string, len(b.Heads))
	for i, h := range b.Heads {
		out[i] = h.Label
	}
	return out
}

func docFields(d *DocCounts) []*int { return []*int{&d.Issued, &d.Repealed, &d.InForce} }

// IsAmount reports whether the row's one figure is the 万元 amount
// Table2.FeesWan rather than counts.
func (r Table2Row) IsAmount() bool { return r.counts == nil }

// Counts returns the fields of t holding the row's counts, in the order of
// its block's heads, for a renderer to read and a reader to set; nil for
// the amount row.
func (r Table2Row) Counts(t *Table2) []*int {
	if r.counts == nil {
		return nil
	}
	return r.counts(t)
}

// Values returns the row's figures in t as the JSON carries them: counts
// in decimal, the amount as it is held (possibly "").
func (r Table2Row) Values(t *Table2) []string {
	if r.IsAmount() {
		return []string{t.FeesWan}
	}
	ps := r.counts(t)
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = strconv.Itoa(*p)
	}
	return out
}

// Path returns the JSON path of the row's figure under head, e.g.
// "table2.normative_docs.issued" (docs/figures.md §1).
func (r Table2Row) Path(head CodeLabel) string {
	return "table2." + r.Code + "." + head.Code
}

// Table2Label returns the label of the table 2 row with the given code
// (「行政许可」 for "licensing"), or "".
func Table2Label(code string) string {
	for _, b := range Table2Blocks {
		for _, r := range b.Rows {
			if r.Code == code {
				return r.Label
			}
		}
	}
	return ""
}
