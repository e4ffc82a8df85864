package web

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// monthView is a month's summary laid out as the summary's workbook lays
// it out (xxgk report monthly): the tasks, completion by responsible
// unit, publications against the quotas, and the month's applications.
type monthView struct {
	Title, Info string // the workbook's heading and unit line
	Empty       bool
	Tasks       []taskRow
	TaskTotal   string // 「共15项：已完成8项，…」
	Units       []unitRow
	Depts       []deptRow
	DeptTotal   deptRow
	NoQuota     bool // no 信息任务 (quota) at all this year
	Cats        []catRow
	Pubs        report.MonthPublications
	Apps        appsView
}

type taskRow struct {
	ID, Area, Requirement, Units, Deadline, Status, Latest, Remark string
	Evidence                                                       []evidence
	Overdue                                                        bool
}

type unitRow struct {
	Unit                                    string
	Tasks, Done, DueSoFar, DoneDue, Overdue int
	Rate                                    string
}

// deptRow is a department's line: quotas and differences are 「—」 where
// none was set; Short marks a difference below 0 (red, with its sign).
type deptRow struct {
	Name                           string
	Month, YearToDate              int
	Quota, Diff, YTDQuota, YTDDiff string
	Short, YTDShort                bool
}

type catRow = report.MonthCount

// appsView is the month's applications: each figure with the link to the
// applications behind it on 依申请公开.
type appsView struct {
	Received, Concluded         int
	ReceivedHref, ConcludedHref string
	OnTime, Late                string // 「—」 without deadline rules
	LateIDs                     []appLink
	Open                        []openRow
	HasDue                      bool
}

type appLink struct{ ID, Href string }

type openRow struct {
	N                    int
	ID, Href             string
	Received, Due, State string
	Overdue              bool
}

// dash stands for a figure that was not set or not counted.
const dash = "—"

func newMonthView(s *report.MonthlySummary) *monthView {
	end := report.MonthEnd(s.Year, s.Month)
	v := &monthView{
		Title: fmt.Sprintf("%s%d年%d月政务公开工作进展和完成情况", s.Unit.Name, s.Year, int(s.Month)),
		Info:  fmt.Sprintf("报告期：%d年%d月（截至%d月%d日）", s.Year, int(s.Month), int(end.Month()), end.Day()),
		Empty: s.Empty, TaskTotal: s.TaskLine(), Pubs: s.Publications,
		Cats: s.Publications.ByCategory, Apps: newAppsView(s),
	}
	for _, t := range s.Tasks {
		v.Tasks = append(v.Tasks, newTaskRow(t))
	}
	for _, u := range s.Units {
		doneDue := u.DueSoFar - u.Overdue
		v.Units = append(v.Units, unitRow{Unit: u.Unit, Tasks: u.Tasks, Done: u.Done, DueSoFar: u.DueSoFar,
			DoneDue: doneDue, Overdue: u.Overdue, Rate: share(doneDue, u.DueSoFar)})
	}
	v.Depts, v.DeptTotal, v.NoQuota = deptRows(s.Publications)
	return v
}

func newTaskRow(t report.TaskLine) taskRow {
	st := t.Status
	if st == "" {
		st = report.TaskNotStarted
	}
	row := taskRow{ID: t.Task.ID, Area: t.Task.Area, Requirement: t.Task.Requirement,
		Units: strings.Join(t.Task.Units, "、"), Status: string(st), Overdue: t.Overdue}
	for _, e := range t.Evidence {
		row.Evidence = append(row.Evidence, splitEvidence(e))
	}
	switch {
	case t.Task.WholeYear:
		row.Deadline = "全年"
	case t.Deadline.IsZero():
		row.Deadline = dash
	default:
		row.Deadline = t.Deadline.String()
	}
	switch {
	case t.LatestDate.IsZero():
		row.Latest = "暂无进展记录"
	case t.LatestNote == "":
		row.Latest = t.LatestDate.String()
	default:
		row.Latest = t.LatestDate.String() + "：" + t.LatestNote
	}
	switch {
	case t.Overdue:
		row.Remark = "逾期"
	case t.DoneLate:
		row.Remark = "逾期完成"
	case t.DueInMonth:
		row.Remark = "本月到期"
	}
	return row
}

// evidence is a 佐证索引号 in two parts, so that a narrow cell breaks it
// after the 「/」 (11330000MB0000000H/ 2025-00014).
type evidence struct{ Head, Tail string }

func splitEvidence(e string) evidence {
	i := strings.LastIndex(e, "/")
	return evidence{e[:i+1], e[i+1:]}
}

// share is done out of all as a percentage with one decimal (the
// workbook's 0.0%), 「—」 when nothing is due.
func share(done, all int) string {
	if all == 0 {
		return dash
	}
	return fmt.Sprintf("%.1f%%", 100*float64(done)/float64(all))
}

// deptRows are the departments against their quotas and the total line,
// and whether no quota was set at all.
func deptRows(p report.MonthPublications) ([]deptRow, deptRow, bool) {
	var rows []deptRow
	var quota, ytdQuota int
	anyQuota := false
	for _, d := range p.ByDepartment {
		row := deptRow{Name: d.Name, Month: d.Month, YearToDate: d.YearToDate}
		row.Quota, row.Diff, row.Short = against(d.Month, d.Quota, d.HasQuota)
		ytdSet := d.HasQuota || d.YearToDateQuota > 0
		row.YTDQuota, row.YTDDiff, row.YTDShort = against(d.YearToDate, d.YearToDateQuota, ytdSet)
		if ytdSet {
			anyQuota = true
			quota += d.Quota
			ytdQuota += d.YearToDateQuota
		}
		rows = append(rows, row)
	}
	// As on the workbook, the differences are not totalled: one
	// department's surplus would hide another's shortfall.
	total := deptRow{Name: "合计", Month: p.Month, YearToDate: p.YearToDate, Quota: dash, Diff: dash, YTDQuota: dash, YTDDiff: dash}
	if anyQuota {
		total.Quota, total.YTDQuota = strconv.Itoa(quota), strconv.Itoa(ytdQuota)
	}
	return rows, total, !anyQuota
}

// against is a target and the count less it, signed (「+2」「-1」「0」),
// or 「—」 for both without a target.
func against(n, target int, set bool) (quota, diff string, short bool) {
	if !set {
		return dash, dash, false
	}
	d := n - target
	diff = strconv.Itoa(d)
	if d > 0 {
		diff = "+" + diff
	}
	return strconv.Itoa(target), diff, d < 0
}

func newAppsView(s *report.MonthlySummary) appsView {
	a := s.Applications
	v := appsView{Received: a.Received, Concluded: a.Concluded, HasDue: a.HasDue, OnTime: dash, Late: dash,
		ReceivedHref:  requestsOfMonth(s, stateReceived),
		ConcludedHref: requestsOfMonth(s, string(deadline.Done))}
	if a.HasDue {
		v.OnTime, v.Late = strconv.Itoa(a.OnTime), strconv.Itoa(a.Late)
	}
	for _, id := range a.LateIDs {
		v.LateIDs = append(v.LateIDs, appLink{ID: id, Href: requestHref(id)})
	}
	for i, o := range a.Open {
		row := openRow{N: i + 1, ID: o.ID, Href: requestHref(o.ID), Received: o.Received.String(), Due: dash,
			State: "办理中", Overdue: o.Overdue}
		if !o.Due.IsZero() {
			row.Due = o.Due.String()
		}
		if o.Overdue {
			row.State = "已逾期"
		}
		v.Open = append(v.Open, row)
	}
	return v
}

// requestsOfMonth is the 依申请公开 list of the summary's month in state:
// received in it (本年收到) or concluded in it (已办结).
func requestsOfMonth(s *report.MonthlySummary, state string) string {
	return "/requests?" + url.Values{"year": {strconv.Itoa(s.Year)}, "month": {strconv.Itoa(int(s.Month))}, "state": {state}}.Encode()
}

// yearView is the twelve months of a year side by side.
type yearView struct {
	Title  string
	Months []period
	Lines  []report.YearLine
	// NoTasks and NoQuota: the year has no task list, no quotas.
	NoTasks, NoQuota bool
}

func newYearView(months []*report.MonthlySummary) (*yearView, error) {
	lines, err := report.YearView(months)
	if err != nil {
		return nil, err
	}
	first := months[0]
	v := &yearView{Title: fmt.Sprintf("%s%d年政务公开工作逐月情况", first.Unit.Name, first.Year), Lines: lines,
		NoTasks: len(months[11].Tasks) == 0, NoQuota: true}
	for _, s := range months {
		v.Months = append(v.Months, period{s.Year, s.Month})
		for _, d := range s.Publications.ByDepartment {
			if d.HasQuota {
				v.NoQuota = false
			}
		}
	}
	return v, nil
}
