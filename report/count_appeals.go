package report

import "fmt"

const ledgerAppeals = "复议诉讼"

// AddAppeal counts a case filed in the year in which the unit is the
// respondent (docs/counting.md): by its result when concluded by 31 Dec, otherwise
// as 尚未审结; 总计 is the sum of the four. A lawsuit where the unit is only
// co-defendant as the review organ is left out (国办公开办函〔2016〕201号).
func (c *Counter) AddAppeal(a Appeal) error {
	o := a.Origin
	c.checkRow(o, ledgerAppeals, a.CaseNo, namedDate{"立案日期", a.Filed}, namedDate{"结案日期", a.Closed})
	if !a.Closed.IsZero() && a.Closed < a.Filed {
		c.problem(o, ledgerAppeals, a.CaseNo, "结案早于立案", "案件 %s 的结案日期 %s 早于立案日期 %s", a.CaseNo, a.Closed, a.Filed)
	}
	if !a.Closed.IsZero() && a.Result == "" {
		c.problem(o, ledgerAppeals, a.CaseNo, "结案未填结果", "案件 %s 已填结案日期 %s，但结果为空", a.CaseNo, a.Closed)
	}
	if !a.Filed.In(c.year) || a.Role == RoleReviewOrgan {
		return nil
	}
	b := c.rep.Table4.Block(a.Kind)
	if b == nil {
		c.problem(o, ledgerAppeals, a.CaseNo, "案件类型", "案件 %s 的类型「%s」无法识别", a.CaseNo, a.Kind)
		return nil
	}
	why := fmt.Sprintf("立案日期 %s 在 %d 年内", a.Filed, c.year)
	col := "pending"
	switch {
	case a.Closed.IsZero() || a.Closed > c.end || a.Result == "":
		b.Pending++
		why += fmt.Sprintf("，%s 前未审结 → 尚未审结", c.end)
	case a.Result == AppealUpheld:
		b.Upheld++
		col = "upheld"
	case a.Result == AppealCorrected:
		b.Corrected++
		col = "corrected"
	default:
		b.Other++
		col = "other"
	}
	if col != "pending" {
		why += fmt.Sprintf("，结案日期 %s，结果「%s」", a.Closed, AppealResultLabels[a.Result])
	}
	b.Total++
	cell := "table4." + string(a.Kind) + "."
	c.trace(cell+col, ledgerAppeals, a.CaseNo, o, why)
	c.trace(cell+"total", ledgerAppeals, a.CaseNo, o, why)
	return nil
}
