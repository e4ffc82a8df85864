package selfcheck

import (
	"fmt"
	"slices"
)

// noProblemsText is section 四 when nothing broke a rule.
const noProblemsText = "经自查，未发现信息发布超期、政策解读缺失或滞后、申请登记超期、应公开未公开、工作任务逾期和信息报送未完成等问题。"

// problems is section 四: one numbered sentence for each rule that
// something broke, with its number and its worst items; nothing invented.
func (b reportBuilder) problems(f ReportFigures) []string {
	var out []string
	add := func(s string) { out = append(out, fmt.Sprintf("（%s）%s", chineseNumber(len(out)+1), s)) }
	if late := b.res.Publishing.Late; len(late) > 0 {
		w := slices.Clone(late)
		slices.SortStableFunc(w, func(x, y LatePublication) int { return y.Workdays - x.Workdays })
		var names []string
		for _, l := range w {
			names = append(names, fmt.Sprintf("「%s」（%d个工作日）", l.Title, l.Workdays))
		}
		add(fmt.Sprintf("信息发布不够及时。%d条信息在成文后超过%d个工作日才发布，用时最长的是%s。", len(late), PublishDays, worstListed(names, "条")))
	}
	if f.Interpreting.Missing+f.Interpreting.Late > 0 {
		var missing, late []string
		worst := DocumentInterpretation{}
		for _, d := range b.res.Interpretations.Documents {
			switch d.Status {
			case InterpretationMissing:
				missing = append(missing, d.DocNo)
			case InterpretationLate:
				late = append(late, d.DocNo)
				if d.LateDays > worst.LateDays {
					worst = d
				}
			}
		}
		s := "政策解读未做到同步发布。"
		if len(missing) > 0 {
			s += fmt.Sprintf("%d件规范性文件未发布解读（%s）", len(missing), worstListed(missing, "件"))
		}
		if len(late) > 0 {
			if len(missing) > 0 {
				s += "；"
			}
			s += fmt.Sprintf("%d件解读迟于文件发布，最迟的是%s的解读，迟%d个工作日", len(late), worst.DocNo, worst.LateDays)
		}
		add(s + "。")
	}
	if late := b.res.Registration.Late; len(late) > 0 {
		w := slices.Clone(late)
		slices.SortStableFunc(w, func(x, y LateRegistration) int { return y.Workdays - x.Workdays })
		var ids []string
		for _, l := range w {
			ids = append(ids, fmt.Sprintf("%s（%d个工作日）", l.ID, l.Workdays))
		}
		add(fmt.Sprintf("申请登记不够及时。%d件申请未在收到后%d个工作日内登记：%s。", len(late), b.registerDays(), worstListed(ids, "件")))
	}
	if gaps := b.res.Coverage.Gaps; len(gaps) > 0 {
		var names []string
		for _, g := range gaps {
			names = append(names, g.Category+g.Period)
		}
		add(fmt.Sprintf("存在应公开未公开的风险。设有公开时限的类别有%d个期间没有公开信息：%s。", len(gaps), worstListed(names, "个期间")))
	}
	if tm := b.rep.Timeliness; tm != nil && tm.Late > 0 {
		add(fmt.Sprintf("依申请公开答复不够及时。本年办结的申请中有%d件超过法定期限答复。", tm.Late))
	}
	if t := f.Tasks; t != nil && t.Overdue > 0 {
		add(fmt.Sprintf("工作任务推进不到位。截至%s，有%d项工作任务逾期未完成。", chineseDate(b.asOf()), t.Overdue))
	}
	var short []string
	for _, q := range f.Quotas {
		if !q.Met {
			short = append(short, fmt.Sprintf("%s（差%d条）", q.Department, q.Quota-q.Published))
		}
	}
	if len(short) > 0 {
		add(fmt.Sprintf("信息报送任务未全部完成。%d个单位未完成累计任务数：%s。", len(short), worstListed(short, "个单位")))
	}
	if unchecked := b.unchecked(f); unchecked != "" {
		add("台账数据不全，部分项目未能自查：" + unchecked + "。")
	}
	if len(out) == 0 {
		return []string{noProblemsText}
	}
	return out
}

// unchecked names the rules the ledgers gave no data for, with the column
// to fill in, or "".
func (b reportBuilder) unchecked(f ReportFigures) string {
	var s []string
	if f.Publishing.All > 0 && f.Publishing.Checked == 0 {
		s = append(s, "主动公开台账未填写「成文日期」，发布时限未能自查")
	}
	if f.Registration.All > 0 && f.Registration.Checked == 0 {
		s = append(s, "依申请公开台账未同时填写「收到日期」和「登记日期」，登记时限未能自查")
	}
	if f.Coverage.Categories == 0 {
		s = append(s, "主动公开目录未设置「公开时限」，目录时限未能自查")
	}
	return joinClauses(s)
}

// joinClauses joins clauses with 「；」.
func joinClauses(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += "；"
		}
		out += x
	}
	return out
}

// chineseNumber is 一 … 十九 for the numbered problems.
func chineseNumber(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + digits[n-10]
	}
	return decimal(n)
}

// measures is section 五: the unit's text or the placeholder.
func (b reportBuilder) measures() []string {
	if len(b.in.Measures) == 0 {
		return []string{MeasuresPlaceholder}
	}
	return slices.Clone(b.in.Measures)
}
