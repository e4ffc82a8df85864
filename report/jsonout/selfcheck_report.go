package jsonout

import (
	"fmt"
	"io"

	"github.com/xxgk/xxgk/report/selfcheck"
)

// WriteSelfCheck writes the 自查报告's figures as indented JSON, ending in
// a newline: the unit, the year, the day of the inspection and the
// figures of each section — counts and rates only. Like the annual
// report's JSON it lists no item: no 申请编号, 索引号 or title (those are
// in the PDF and the workbook, which stay in the unit). Keys are stable
// (added, never renamed); lists are [] rather than null.
func WriteSelfCheck(w io.Writer, r *selfcheck.Report) error {
	if r == nil {
		return fmt.Errorf("write selfcheck json: no report")
	}
	f := r.Figures
	if f.Publications.ByCategory == nil {
		f.Publications.ByCategory = []selfcheck.CategoryFigure{}
	}
	if f.Publications.ByChannel == nil {
		f.Publications.ByChannel = []selfcheck.NamedFigure{}
	}
	o := object{
		{"unit", r.Unit.Name},
		{"unit_code", r.Unit.Code},
		{"year", r.Year},
		{"selfcheck", f},
		{"as_of", r.AsOf.String()},
		{"draft", r.Draft},
	}
	if err := writeIndented(w, o); err != nil {
		return fmt.Errorf("write selfcheck json: %w", err)
	}
	return nil
}
