package xlsx

import (
	"strconv"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// Columns of the applications sheet: the month's figures (项目 over two
// columns, 件数, 说明 over two), then the open applications.
var (
	appOpenHeads = []string{"序号", "申请编号", "收到日期", "答复期限", "办理状态"}
	appWidths    = []float64{7, 24, 13, 13, 22}
)

// Wording of the applications sheet.
const (
	appMonth      = "本月办理情况"
	appItem       = "项目"
	appCount      = "件数"
	appRemark     = "说明"
	appReceived   = "本月收到申请"
	appConcluded  = "本月办结"
	appOnTime     = "其中：按期办结"
	appLate       = "　　　逾期办结"
	appOpenTitle  = "截至月末未办结申请"
	appOverdue    = "已逾期"
	appPending    = "办理中"
	appLateIDs    = "申请编号："
	appNoDueRules = "注：未按期限规则计算答复期限，是否按期办结未作统计，未办结申请只列收到日期。"
	appDueNote    = "注：答复期限按《中华人民共和国政府信息公开条例》的规定以工作日计算；已逾期的以红色标示。"
)

// writeApps renders the month's applications: received, concluded, on
// time and late, then those still open at the month's end with their due
// dates, overdue ones in red. Nothing identifying an applicant is shown.
func writeApps(s *monthlySheet, sum *report.MonthlySummary) {
	a := &sum.Applications
	row := writeAppCounts(s, tableTop, a)
	row = writeOpenApps(s, row+1, a)
	if a.HasDue {
		writeNote(s, row, appDueNote)
	} else {
		writeNote(s, row, appNoDueRules)
	}
}

// writeAppCounts writes the month's figures and returns the row after them.
func writeAppCounts(s *monthlySheet, row int, a *report.MonthApplications) int {
	last := s.last()
	s.put(1, row, last, row, appMonth, s.st.header)
	row++
	s.put(1, row, 2, row, appItem, s.st.header)
	s.set(3, row, appCount, s.st.header)
	s.put(4, row, last, row, appRemark, s.st.header)
	row++
	lines := []struct {
		label  string
		n      int
		timed  bool // only counted with deadline rules
		remark string
	}{
		{appReceived, a.Received, false, ""},
		{appConcluded, a.Concluded, false, ""},
		{appOnTime, a.OnTime, true, ""},
		{appLate, a.Late, true, lateRemark(a.LateIDs)},
	}
	for _, l := range lines {
		s.put(1, row, 2, row, l.label, s.st.label)
		switch {
		case l.timed && !a.HasDue:
			s.set(3, row, dash, s.st.dash)
		case l.timed && l.n > 0 && l.remark != "":
			s.set(3, row, l.n, s.ms.redInteger)
		default:
			s.set(3, row, l.n, s.st.integer)
		}
		s.put(4, row, last, row, l.remark, s.st.label)
		row++
	}
	return row
}

// lateRemark lists the late applications by their 申请编号.
func lateRemark(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return appLateIDs + strings.Join(ids, "、")
}

// writeOpenApps writes the applications open at the month's end and
// returns the row after them.
func writeOpenApps(s *monthlySheet, row int, a *report.MonthApplications) int {
	s.put(1, row, s.last(), row, appOpenTitle+"（"+strconv.Itoa(len(a.Open))+"件）", s.st.header)
	row++
	for i, h := range appOpenHeads {
		s.set(i+1, row, h, s.st.header)
	}
	row++
	if len(a.Open) == 0 {
		return writeNone(s, row)
	}
	for i, o := range a.Open {
		centre := pick(o.Overdue, s.st.centre, s.ms.redCentre)
		state := appPending
		if o.Overdue {
			state = appOverdue
		}
		s.set(1, row, i+1, pick(o.Overdue, s.st.integer, s.ms.redInteger))
		s.set(2, row, o.ID, centre)
		date := pick(o.Overdue, s.st.date, s.ms.redDate)
		s.date(3, row, o.Received, date, dash, centre)
		s.date(4, row, o.Due, date, dash, centre)
		s.set(5, row, state, centre)
		row++
	}
	return row
}
