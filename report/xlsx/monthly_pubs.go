package xlsx

import (
	"github.com/xxgk/xxgk/report"
)

// Columns of the publications sheet: the department table uses all seven,
// the category table the first three.
var (
	pubDeptHeads = []string{"发布部门", "本月发布", "本月任务数", "差额", "本年累计", "累计任务数", "累计差额"}
	pubCatHeads  = []string{"信息类别", "本月发布", "本年累计"}
	pubWidths    = []float64{24, 9, 10, 8, 9, 10, 9}
)

// Wording of the publications sheet.
const (
	pubByDept = "按发布部门（股室）统计"
	pubByCat  = "按信息类别统计"
	pubNote   = "注：任务数为信息任务台账下达的发布条数；差额＝发布条数－任务数，正数为超额完成，负数为未完成（红色）；未下达任务数的显示「—」。"
)

// writePubs renders the month's publications by department against the
// quotas, then by category, each with the year to date beside it.
func writePubs(s *monthlySheet, sum *report.MonthlySummary) {
	p := &sum.Publications
	row := writeDeptQuotas(s, tableTop, p)
	writeNote(s, row, pubNote)
	writeCategoryCounts(s, row+2, p)
}

// writeDeptQuotas writes the department table and returns the row after it.
func writeDeptQuotas(s *monthlySheet, row int, p *report.MonthPublications) int {
	s.put(1, row, s.last(), row, pubByDept, s.st.header)
	row++
	for i, h := range pubDeptHeads {
		s.set(i+1, row, h, s.st.header)
	}
	row++
	if len(p.ByDepartment) == 0 {
		return writeNone(s, row)
	}
	var quota, ytdQuota int
	var anyQuota bool
	for _, d := range p.ByDepartment {
		s.set(1, row, d.Name, s.st.label)
		s.set(2, row, d.Month, s.st.integer)
		writeAgainst(s, 3, row, d.Month, d.Quota, d.HasQuota)
		s.set(5, row, d.YearToDate, s.st.integer)
		ytdSet := d.HasQuota || d.YearToDateQuota > 0
		writeAgainst(s, 6, row, d.YearToDate, d.YearToDateQuota, ytdSet)
		if ytdSet {
			anyQuota = true
			quota += d.Quota
			ytdQuota += d.YearToDateQuota
		}
		row++
	}
	s.set(1, row, monthlyTotal, s.st.centre)
	s.set(2, row, p.Month, s.st.integer)
	s.set(5, row, p.YearToDate, s.st.integer)
	if anyQuota {
		s.set(3, row, quota, s.st.integer)
		s.set(6, row, ytdQuota, s.st.integer)
	} else {
		s.set(3, row, dash, s.st.dash)
		s.set(6, row, dash, s.st.dash)
	}
	// A total of the differences would net one department's surplus
	// against another's shortfall, so it is left out.
	s.set(4, row, dash, s.st.dash)
	s.set(7, row, dash, s.st.dash)
	return row + 1
}

// writeAgainst writes a target in col and the count less it in col+1, or
// 「—」 in both when no target was set.
func writeAgainst(s *monthlySheet, col, row, n, target int, set bool) {
	if !set {
		s.set(col, row, dash, s.st.dash)
		s.set(col+1, row, dash, s.st.dash)
		return
	}
	s.set(col, row, target, s.st.integer)
	s.set(col+1, row, n-target, s.ms.difference)
}

// writeCategoryCounts writes the category table with its total.
func writeCategoryCounts(s *monthlySheet, row int, p *report.MonthPublications) {
	width := len(pubCatHeads)
	s.put(1, row, width, row, pubByCat, s.st.header)
	row++
	for i, h := range pubCatHeads {
		s.set(i+1, row, h, s.st.header)
	}
	row++
	if len(p.ByCategory) == 0 {
		s.put(1, row, width, row, monthlyNone, s.st.centre)
		return
	}
	for _, c := range p.ByCategory {
		s.set(1, row, c.Name, s.st.label)
		s.set(2, row, c.Month, s.st.integer)
		s.set(3, row, c.YearToDate, s.st.integer)
		row++
	}
	s.set(1, row, monthlyTotal, s.st.centre)
	s.set(2, row, p.Month, s.st.integer)
	s.set(3, row, p.YearToDate, s.st.integer)
}
