package xlsx

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// table2Cols is the number of grid columns of table 2.
const table2Cols = 4

// fee marks the 行政事业性收费 amount, a decimal string written as it is.
type fee string

// table2Cells calls visit with the position of every data cell of table 2
// (report.Table2Blocks), its JSON path and its value (an int, or the fee
// amount; nil when t is nil), in table order. Writer and CellRef share it.
func table2Cells(t *report.Table2, visit func(c1, c2, row int, path string, v any)) {
	row := tableTop
	for _, b := range report.Table2Blocks {
		row += 2 // caption and header
		for _, r := range b.Rows {
			for i, head := range b.Heads {
				c1, c2 := headCols(b, i)
				visit(c1, c2, row, r.Path(head), table2Value(t, r, i))
			}
			row++
		}
	}
}

// headCols returns the grid columns that head i of block b spans: one
// each, or all three value columns for a block's single head.
func headCols(b report.Table2Block, i int) (c1, c2 int) {
	if len(b.Heads) == 1 {
		return 2, table2Cols
	}
	return 2 + i, 2 + i
}

// table2Value returns figure i of row r in t: an int, or the fee amount.
func table2Value(t *report.Table2, r report.Table2Row, i int) any {
	switch {
	case t == nil:
		return nil
	case r.IsAmount():
		return fee(t.FeesWan)
	}
	return *r.Counts(t)[i]
}

// writeTable2 renders 「二、主动公开政府信息情况」.
func writeTable2(s *sheet, rep *report.AnnualReport) error {
	row := tableTop
	for _, b := range report.Table2Blocks {
		s.put(1, row, table2Cols, row, b.Caption, s.st.header)
		row++
		s.set(1, row, report.Table2Content, s.st.header)
		for i, h := range b.Heads {
			c1, c2 := headCols(b, i)
			s.put(c1, row, c2, row, h.Label, s.st.header)
		}
		row++
		for _, r := range b.Rows {
			s.set(1, row, r.Label, s.st.label)
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
