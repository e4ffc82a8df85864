package xlsx

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// Row labels of table 2, from the statutory definitions.
var (
	labelRules         = report.DocKindLabels[report.DocRule]
	labelNormativeDocs = report.DocKindLabels[report.DocNormative]
	labelLicensing     = report.DecisionKindLabels[report.DecisionLicensing]
	labelPenalty       = report.DecisionKindLabels[report.DecisionPenalty]
	labelEnforcement   = report.DecisionKindLabels[report.DecisionEnforcement]
)

// t2block is one block of table 2: a caption row (第二十条第（…）项), a
// header row and its data rows.
type t2block struct {
	caption string
	heads   []string // one per value column; one head spans all three
	rows    []t2row
}

// t2row is a data row of table 2 with the JSON keys of its cells (docs/figures.md §1).
type t2row struct {
	key    string   // "rules", "licensing", …
	label  string   // 「规章」…
	fields []string // "issued", … one per value column
	values func(t *report.Table2) []any
}

func docCounts(d report.DocCounts) []any { return []any{d.Issued, d.Repealed, d.InForce} }

var docFields = []string{"issued", "repealed", "in_force"}

// table2Blocks is table 2 as docs/counting.md draws it.
var table2Blocks = []t2block{
	{report.Table2Item1, []string{report.Table2Issued, report.Table2Repealed, report.Table2InForce}, []t2row{
		{"rules", labelRules, docFields, func(t *report.Table2) []any { return docCounts(t.Rules) }},
		{"normative_docs", labelNormativeDocs, docFields, func(t *report.Table2) []any { return docCounts(t.NormativeDocs) }},
	}},
	{report.Table2Item5, []string{report.Table2Decisions}, []t2row{
		{"licensing", labelLicensing, []string{"decisions"}, func(t *report.Table2) []any { return []any{t.Licensing} }},
	}},
	{report.Table2Item6, []string{report.Table2Decisions}, []t2row{
		{"penalty", labelPenalty, []string{"decisions"}, func(t *report.Table2) []any { return []any{t.Penalty} }},
		{"enforcement", labelEnforcement, []string{"decisions"}, func(t *report.Table2) []any { return []any{t.Enforcement} }},
	}},
	{report.Table2Item8, []string{report.Table2FeeAmount}, []t2row{
		{"fees", report.Table2FeeLabel, []string{"amount_wan"}, func(t *report.Table2) []any { return []any{fee(t.FeesWan)} }},
	}},
}

// table2Cols is the number of grid columns of table 2.
const table2Cols = 4

// fee marks the 行政事业性收费 amount, a decimal string written as it is.
type fee string

// table2Cells calls visit with the position of every data cell of table 2,
// its JSON path and its value, in table order. Writer and CellRef share it.
func table2Cells(t *report.Table2, visit func(c1, c2, row int, path string, v any)) {
	row := tableTop
	for _, b := range table2Blocks {
		row += 2 // caption and header
		for _, r := range b.rows {
			var vals []any
			if t != nil {
				vals = r.values(t)
			}
			for i, field := range r.fields {
				c1, c2 := 2+i, 2+i
				if len(r.fields) == 1 {
					c2 = table2Cols
				}
				var v any
				if vals != nil {
					v = vals[i]
				}
				visit(c1, c2, row, "table2."+r.key+"."+field, v)
			}
			row++
		}
	}
}

// writeTable2 renders 「二、主动公开政府信息情况」.
func writeTable2(s *sheet, rep *report.AnnualReport) error {
	row := tableTop
	for _, b := range table2Blocks {
		s.put(1, row, table2Cols, row, b.caption, s.st.header)
		row++
		s.set(1, row, report.Table2Content, s.st.header)
		for i, h := range b.heads {
			c2 := 2 + i
			if len(b.heads) == 1 {
				c2 = table2Cols
			}
			s.put(2+i, row, c2, row, h, s.st.header)
		}
		row++
		for _, r := range b.rows {
			s.set(1, row, r.label, s.st.label)
			row++
		}
	}
	var err error
	table2Cells(&rep.Table2, func(c1, c2, row int, _ string, v any) {
		if f, ok := v.(fee); ok {
			if e := writeFee(s, c1, c2, row, string(f)); e != nil && err == nil {
				err = e
			}
			return
		}
		s.put(c1, row, c2, row, v, s.st.integer)
	})
	if err != nil {
		return err
	}
	return s.err
}

var decimalRE = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// writeFee writes the fee amount as a number cell holding exactly the
// digits given. Its number format shows two decimals, or as many as the
// figure has when it has more (「4166.241619」 read back from a published
// table), so the printed figure is the figure given, digit for digit. An
// empty amount is 0.
func writeFee(s *sheet, c1, c2, row int, amount string) error {
	if amount == "" {
		amount = "0"
	}
	if !decimalRE.MatchString(amount) {
		return fmt.Errorf("table 2: fee amount %q is not a decimal number", amount)
	}
	format := fmtMoney
	if _, frac, ok := strings.Cut(amount, "."); ok && len(frac) > 2 {
		format = "0." + strings.Repeat("0", len(frac))
	}
	style, err := s.st.moneyStyle(format)
	if err != nil {
		return err
	}
	s.put(c1, row, c2, row, nil, style)
	s.raw(c1, row, amount, style)
	return s.err
}
