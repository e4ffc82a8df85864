package pdf

import (
	"fmt"
	"slices"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// The sentences of the monthly summary, made from its figures.

// sectionText is a section's paragraphs before and after its table.
type sectionText struct {
	before, after []string
}

// monthlyText writes the sentences of a summary.
type monthlyText struct {
	s *report.MonthlySummary
}

// monthlyOpening is the paragraph under the title: the tasks by status,
// the month's publications and applications.
func monthlyOpening(s *report.MonthlySummary) string {
	c := s.TaskCounts
	var b strings.Builder
	fmt.Fprintf(&b, "截至%d月底，", int(s.Month))
	if c.Total == 0 {
		fmt.Fprintf(&b, "%d年政务公开工作要点暂无任务。", s.Year)
	} else {
		fmt.Fprintf(&b, "%d年政务公开工作要点共%d项任务，已完成%d项，推进中%d项，未开始%d项，",
			s.Year, c.Total, c.Done, c.InProgress, c.NotStarted)
		if c.Overdue > 0 {
			fmt.Fprintf(&b, "其中逾期未完成%d项。", c.Overdue)
		} else {
			b.WriteString("无逾期未完成任务。")
		}
	}
	p, a := s.Publications, s.Applications
	fmt.Fprintf(&b, "本月主动公开政府信息%d条，全年累计%d条；本月收到政府信息公开申请%d件，办结%d件。",
		p.Month, p.YearToDate, a.Received, a.Concluded)
	b.WriteString("现将有关情况报告如下。")
	return b.String()
}

// tasksText is section 一's text: the tasks due in the month, the overdue
// ones and those finished late.
func (m monthlyText) tasksText() sectionText {
	s := m.s
	if len(s.Tasks) == 0 {
		return sectionText{before: []string{"本年度暂无政务公开工作要点任务。"}}
	}
	var due, dueDone int
	var overdue, late []string
	for _, t := range s.Tasks {
		if t.DueInMonth {
			due++
			if t.Status == report.TaskDone {
				dueDone++
			}
		}
		if t.Overdue {
			overdue = append(overdue, fmt.Sprintf("%s「%s」（%s，时限%s）",
				t.Task.ID, clip(taskName(t.Task), 24), strings.Join(t.Task.Units, "、"), m.deadline(t)))
		}
		if t.DoneLate {
			late = append(late, fmt.Sprintf("%s（%s完成）", t.Task.ID, m.date(t.Done)))
		}
	}
	var b strings.Builder
	if due > 0 {
		fmt.Fprintf(&b, "本月到期任务%d项，已完成%d项。", due, dueDone)
	} else {
		b.WriteString("本月无到期任务。")
	}
	if len(overdue) > 0 {
		fmt.Fprintf(&b, "逾期未完成任务%d项：%s。", len(overdue), strings.Join(overdue, "；"))
	} else {
		b.WriteString("无逾期未完成任务。")
	}
	if len(late) > 0 {
		fmt.Fprintf(&b, "逾期完成任务%d项：%s。", len(late), strings.Join(late, "、"))
	}
	b.WriteString("各项任务推进情况见下表。")
	return sectionText{before: []string{b.String()}}
}

// unitsText is section 二's text: how shared tasks count, and the units
// with overdue tasks.
func (m monthlyText) unitsText() sectionText {
	if len(m.s.Units) == 0 {
		return sectionText{before: []string{"暂无责任单位任务数据。"}}
	}
	var late []string
	for _, u := range m.s.Units {
		if u.Overdue > 0 {
			late = append(late, fmt.Sprintf("%s（%d项）", u.Unit, u.Overdue))
		}
	}
	p := "一项任务由多个单位共同承担的，分别计入各责任单位。"
	if len(late) > 0 {
		p += "有逾期未完成任务的责任单位：" + strings.Join(late, "、") + "。"
	} else {
		p += "各责任单位均无逾期未完成任务。"
	}
	return sectionText{before: []string{p}}
}

// publicationsText is section 三's text: the month's count, the quotas met
// and missed, and after the table the leading categories.
func (m monthlyText) publicationsText() sectionText {
	p := m.s.Publications
	var b strings.Builder
	fmt.Fprintf(&b, "本月主动公开政府信息%d条，全年累计%d条。", p.Month, p.YearToDate)
	var met, short int
	var missed []string
	for _, d := range p.ByDepartment {
		if !d.HasQuota {
			continue
		}
		if d.Month >= d.Quota {
			met++
			continue
		}
		short++
		missed = append(missed, fmt.Sprintf("%s（差%d条）", d.Name, d.Quota-d.Month))
	}
	switch {
	case met+short == 0:
		b.WriteString("本月未下达信息报送任务。")
	case short == 0:
		fmt.Fprintf(&b, "下达本月信息报送任务的%d个单位均已完成任务。", met)
	default:
		fmt.Fprintf(&b, "下达本月信息报送任务的%d个单位中，%d个已完成，%d个未完成：%s。",
			met+short, met, short, strings.Join(missed, "、"))
	}
	t := sectionText{before: []string{b.String()}}
	if len(p.ByDepartment) == 0 {
		t.before[0] += "暂无各单位信息发布数据。"
	}
	if c := topCategories(p.ByCategory); c != "" {
		t.after = append(t.after, c)
	}
	return t
}

// topCategories names the categories with the most items in the month
// (at most five) and in the year to date (at most three).
func topCategories(cats []report.MonthCount) string {
	top := func(n int, by func(report.MonthCount) int) []string {
		cs := slices.Clone(cats)
		slices.SortStableFunc(cs, func(a, b report.MonthCount) int { return by(b) - by(a) })
		var out []string
		for _, c := range cs {
			if len(out) == n || by(c) == 0 {
				break
			}
			out = append(out, fmt.Sprintf("%s%d条", c.Name, by(c)))
		}
		return out
	}
	month := top(5, func(c report.MonthCount) int { return c.Month })
	year := top(3, func(c report.MonthCount) int { return c.YearToDate })
	if len(year) == 0 {
		return ""
	}
	s := "按信息类别，"
	if len(month) > 0 {
		s += "本月发布较多的是" + strings.Join(month, "、") + "；"
	} else {
		s += "本月未发布政府信息；"
	}
	return s + "全年累计较多的是" + strings.Join(year, "、") + "。"
}

// applicationsText is section 四's text: received, concluded, on time and
// late, and the open applications.
func (m monthlyText) applicationsText() sectionText {
	a := m.s.Applications
	var b strings.Builder
	fmt.Fprintf(&b, "本月收到政府信息公开申请%d件，办结%d件", a.Received, a.Concluded)
	if a.HasDue && a.Concluded > 0 {
		fmt.Fprintf(&b, "，其中按期办结%d件、逾期办结%d件", a.OnTime, a.Late)
		if len(a.LateIDs) > 0 {
			fmt.Fprintf(&b, "（申请编号%s）", strings.Join(a.LateIDs, "、"))
		}
	}
	b.WriteString("。")
	if len(a.Open) == 0 {
		fmt.Fprintf(&b, "截至%d月底，无尚未办结的申请。", int(m.s.Month))
		return sectionText{before: []string{b.String()}}
	}
	fmt.Fprintf(&b, "截至%d月底，尚未办结的申请%d件", int(m.s.Month), len(a.Open))
	if a.HasDue {
		n := 0
		for _, o := range a.Open {
			if o.Overdue {
				n++
			}
		}
		if n > 0 {
			fmt.Fprintf(&b, "，其中已超过答复期限%d件", n)
		} else {
			b.WriteString("，均在答复期限内")
		}
	}
	b.WriteString("，详见下表。")
	return sectionText{before: []string{b.String()}}
}

// date writes d as 「7月15日」 in the summary's year, 「2024年12月30日」
// otherwise, and 「—」 when zero.
func (m monthlyText) date(d report.Date) string {
	return cnDate(d, m.s.Year)
}

// deadline writes a task's deadline: 「全年」 for a whole-year task or one
// given none.
func (m monthlyText) deadline(t report.TaskLine) string {
	if t.Task.WholeYear || t.Task.Deadline.IsZero() {
		return "全年"
	}
	return m.date(t.Deadline)
}

// cnDate writes d as 「7月15日」 in year y, 「2024年12月30日」 in another
// year, and 「—」 when zero.
func cnDate(d report.Date, y int) string {
	switch {
	case d.IsZero():
		return "—"
	case d.Year() == y:
		return fmt.Sprintf("%d月%d日", int(d.Month()), d.Day())
	}
	return fmt.Sprintf("%d年%d月%d日", d.Year(), int(d.Month()), d.Day())
}

// taskName is what a task is called in the summary: its 工作要点, or its
// requirement when it has none.
func taskName(t report.Task) string {
	if t.Area != "" {
		return t.Area
	}
	return t.Requirement
}

// clip shortens s to at most n characters, ending with 「……」 when cut; it
// cuts after a 「。」 or 「；」 when one falls in the second half.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	if n < 3 {
		return "……"
	}
	cut := n - 2
	for i := cut; i >= n/2; i-- {
		if rs[i] == '。' || rs[i] == '；' || rs[i] == '，' || rs[i] == '、' {
			cut = i
			break
		}
	}
	return string(rs[:cut]) + "……"
}
