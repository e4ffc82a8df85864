package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// colourOverdue is the font colour of what is overdue or short of its
// target: the red a clerk marks by hand.
const colourOverdue = "C00000"

// fmtDifference shows a difference with its sign, a shortfall in red:
// 「+2」「-1」「0」.
const fmtDifference = "+0;[Red]-0;0"

// monthlyStyles are the styles the monthly summary adds to the annual
// report's: red twins of the label, centred and integer styles for what is
// overdue, the signed difference against a quota, and the plain line that
// stands for an empty sheet. They are registered after newStyles, in a
// fixed order, so the ids are the same on every run.
type monthlyStyles struct {
	*styles
	redLabel   int // an overdue task's text cells
	redCentre  int // an overdue task's or application's short cells
	redInteger int // a count of overdue tasks above 0
	difference int // publications less the quota
	noData     int // 「本月无相关数据」: centred, unbordered
	redDate    int // an overdue task's or application's date
}

func newMonthlyStyles(f *excelize.File, opts ...Option) (*monthlyStyles, error) {
	st, err := newStyles(f, opts...)
	if err != nil {
		return nil, err
	}
	m := &monthlyStyles{styles: st}
	red := func(size float64) *excelize.Font {
		fn := font(size, false)
		fn.Color = colourOverdue
		return fn
	}
	redInteger := number(&excelize.Style{NumFmt: numFmtInteger})
	redInteger.Font.Color = colourOverdue
	redDate := number(&excelize.Style{CustomNumFmt: ptr(fmtDate)})
	redDate.Font.Color = colourOverdue
	defs := []struct {
		id *int
		st *excelize.Style
	}{
		{&m.redLabel, boxed(red(10), &excelize.Alignment{
			Horizontal: "left", Vertical: "center", WrapText: true, Indent: 1})},
		{&m.redCentre, boxed(red(10), align("center", true))},
		{&m.redInteger, redInteger},
		{&m.difference, number(&excelize.Style{CustomNumFmt: ptr(fmtDifference)})},
		{&m.noData, &excelize.Style{Font: font(12, false), Alignment: align("center", false)}},
		{&m.redDate, redDate},
	}
	for _, d := range defs {
		id, err := f.NewStyle(d.st)
		if err != nil {
			return nil, fmt.Errorf("new monthly style: %w", err)
		}
		*d.id = id
		m.sizes[id] = d.st.Font.Size
	}
	return m, nil
}

// pick returns red when the row is overdue, plain otherwise.
func pick(overdue bool, plain, red int) int {
	if overdue {
		return red
	}
	return plain
}
