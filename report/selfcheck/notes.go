package selfcheck

import (
	"fmt"

	"github.com/xxgk/xxgk/report"
)

// The rule names of the notes, as `check` shows them.
const (
	RulePublishing     = "发布时限"
	RuleInterpretation = "政策解读"
	RuleRegistration   = "登记时限"
	RuleCoverage       = "目录时限"
)

// The ledgers a note names its row in (report.Problem.Ledger).
const (
	ledgerPublications = "主动公开"
	ledgerDocuments    = "规范性文件"
	ledgerCatalog      = "主动公开目录"
)

// Notes returns every finding of r as a note (report.LevelNote: it never
// makes `check` fail and never changes the annual tables), each naming its
// ledger row. Applications are named by 申请编号 only.
func (r *Result) Notes() []report.Problem {
	var out []report.Problem
	note := func(rule, where, ledger, key, msg string) {
		out = append(out, report.Problem{Level: report.LevelNote, Rule: rule, Where: where, Ledger: ledger, Key: key, Message: msg})
	}
	for _, p := range r.Publishing.Late {
		note(RulePublishing, p.Origin.String(), ledgerPublications, p.IndexNo,
			fmt.Sprintf("索引号 %s%s：成文日期 %s，发布日期 %s，相隔 %d 个工作日，超过《条例》第二十六条规定的 %d 个工作日",
				p.IndexNo, docNoPart(p.DocNo), p.Formed, p.Published, p.Workdays, PublishDays))
	}
	for _, d := range r.Interpretations.Documents {
		switch d.Status {
		case InterpretationLate:
			note(RuleInterpretation, d.Origin.String(), ledgerDocuments, d.DocNo,
				fmt.Sprintf("文件 %s 印发日期 %s，其政策解读（索引号 %s）发布于 %s，晚 %d 个工作日，未与文件同步发布",
					d.DocNo, d.Issued, d.IndexNo, d.Released, d.LateDays))
		case InterpretationMissing:
			note(RuleInterpretation, d.Origin.String(), ledgerDocuments, d.DocNo,
				fmt.Sprintf("文件 %s 印发日期 %s，主动公开台账中没有文号写明该文件的「%s」信息（截至 %s），缺少政策解读",
					d.DocNo, d.Issued, InterpretationCategory, interpretationsTo(r)))
		}
	}
	for _, g := range r.Registration.Late {
		note(RuleRegistration, g.Origin.String(), report.LedgerRequests, g.ID,
			fmt.Sprintf("申请 %s：收到日期 %s，登记日期 %s，相隔 %d 个工作日，超过规定的 %d 个工作日",
				g.ID, g.Received, g.Registered, g.Workdays, r.RegisterDays))
	}
	for _, g := range r.Coverage.Gaps {
		note(RuleCoverage, "主动公开目录「"+g.Category+"」", ledgerCatalog, g.Category,
			fmt.Sprintf("栏目「%s」公开时限为%s，%s（%s 至 %s）没有发布信息，存在应公开未公开的风险",
				g.Category, g.Limit, g.Period, g.From, g.To))
	}
	for _, m := range r.Mistakes {
		switch m.Kind {
		case FormedAfterPublished:
			note(RulePublishing, m.Origin.String(), ledgerPublications, m.Key,
				fmt.Sprintf("索引号 %s 的成文日期 %s 晚于发布日期 %s，请核对台账（本条未计入发布时限自查）", m.Key, m.First, m.Then))
		case RegisteredBeforeReceived:
			note(RuleRegistration, m.Origin.String(), report.LedgerRequests, m.Key,
				fmt.Sprintf("申请 %s 的登记日期 %s 早于收到日期 %s，请核对台账（本条未计入登记时限自查）", m.Key, m.Then, m.First))
		}
	}
	return out
}

// docNoPart names an item's 文号 in a message, when it has one.
func docNoPart(docNo string) string {
	if docNo == "" {
		return ""
	}
	return "（" + docNo + "）"
}

// interpretationsTo is the last day whose items the 解读 rule looked at.
func interpretationsTo(r *Result) report.Date {
	if end := report.YearEnd(r.Year + 1); r.AsOf > end {
		return end
	}
	return max(r.AsOf, report.YearEnd(r.Year))
}
