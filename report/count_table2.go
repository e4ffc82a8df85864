package report

import "fmt"

const (
	ledgerDocuments = "规范性文件"
	ledgerDecisions = "行政决定"
	ledgerFees      = "收费"
)

// AddDocument counts a normative document into table 2 (docs/counting.md): issued
// in the year by its issue date, repealed by its repeal date, and in force
// when issued by 31 Dec, not repealed by 31 Dec and, when it has a validity
// period, still valid after 31 Dec. A lapse is not a repeal.
func (c *Counter) AddDocument(d Document) error {
	o := d.Origin
	c.checkRow(o, ledgerDocuments, d.DocNo, namedDate{"印发日期", d.Issued}, namedDate{"废止日期", d.Repealed})
	if !d.Repealed.IsZero() && d.Repealed < d.Issued {
		c.problem(o, ledgerDocuments, d.DocNo, "废止早于印发", "文件 %s 的废止日期 %s 早于印发日期 %s", d.DocNo, d.Repealed, d.Issued)
	}
	var counts *DocCounts
	switch d.Kind {
	case DocRule:
		counts = &c.rep.Table2.Rules
	case DocNormative:
		counts = &c.rep.Table2.NormativeDocs
	default:
		c.problem(o, ledgerDocuments, d.DocNo, "文件类型", "文件 %s 的类型「%s」无法识别", d.DocNo, d.Kind)
		return nil
	}
	cell := "table2." + string(d.Kind) + "."
	t := func(name, why string) { c.trace(cell+name, ledgerDocuments, d.DocNo, o, why) }
	if d.Issued.In(c.year) {
		counts.Issued++
		t("issued", fmt.Sprintf("印发日期 %s 在 %d 年内 → 本年制发", d.Issued, c.year))
	}
	if d.Repealed.In(c.year) {
		counts.Repealed++
		t("repealed", fmt.Sprintf("废止日期 %s 在 %d 年内 → 本年废止", d.Repealed, c.year))
	}
	inForce := !d.Issued.IsZero() && d.Issued <= c.end &&
		(d.Repealed.IsZero() || d.Repealed > c.end) &&
		(d.ValidUntil.IsZero() || d.ValidUntil > c.end)
	if inForce {
		why := fmt.Sprintf("印发日期 %s 不晚于 %s，未在年底前废止", d.Issued, c.end)
		if !d.ValidUntil.IsZero() {
			why += fmt.Sprintf("，有效期至 %s 晚于 %s", d.ValidUntil, c.end)
		}
		counts.InForce++
		t("in_force", why+" → 现行有效")
	}
	return nil
}

// AddDecision counts a decision made in the year, published or not.
func (c *Counter) AddDecision(d Decision) error {
	c.checkRow(d.Origin, ledgerDecisions, d.ID, namedDate{"决定日期", d.Date})
	if !d.Date.In(c.year) {
		return nil
	}
	var n *int
	switch d.Kind {
	case DecisionLicensing:
		n = &c.rep.Table2.Licensing
	case DecisionPenalty:
		n = &c.rep.Table2.Penalty
	case DecisionEnforcement:
		n = &c.rep.Table2.Enforcement
	default:
		c.problem(d.Origin, ledgerDecisions, d.ID, "决定类型", "决定 %s 的类型「%s」无法识别", d.ID, d.Kind)
		return nil
	}
	*n++
	c.trace("table2."+string(d.Kind)+".decisions", ledgerDecisions, d.ID, d.Origin,
		fmt.Sprintf("决定日期 %s 在 %d 年内 → %s", d.Date, c.year, DecisionKindLabels[d.Kind]))
	return nil
}

// AddFee adds a fee received in the year: 行政事业性收费 to table 2, kept in
// 分; 信息处理费 to the section 六 summary.
func (c *Counter) AddFee(f Fee) error {
	c.checkRow(f.Origin, ledgerFees, f.ID, namedDate{"收费日期", f.Date})
	if !f.Date.In(c.year) {
		return nil
	}
	why := fmt.Sprintf("收费日期 %s 在 %d 年内，金额 %s 元", f.Date, c.year, FenToYuan(f.AmountFen))
	switch f.Kind {
	case FeeProcessing:
		c.rep.ProcessingFees.Count++
		c.rep.ProcessingFees.AmountFen += f.AmountFen
		c.trace("processing_fees", ledgerFees, f.ID, f.Origin, why+" → 信息处理费（第六部分）")
	default:
		c.adminFen += f.AmountFen
		c.trace("table2.fees.amount_wan", ledgerFees, f.ID, f.Origin, why+" → 行政事业性收费")
	}
	return nil
}
