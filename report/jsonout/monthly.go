package jsonout

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/xxgk/xxgk/report"
)

// WriteMonthly writes the monthly summary (docs/counting.md §5) as indented JSON,
// ending in a newline. Keys are stable across versions (added, never
// renamed) and always present: dates are "YYYY-MM-DD" or "" when there is
// none, lists are [] rather than null. Nothing identifying an applicant is
// written.
func WriteMonthly(w io.Writer, s *report.MonthlySummary) error {
	if s == nil {
		return fmt.Errorf("write monthly json: no summary")
	}
	if err := writeIndented(w, MonthlyObject(s)); err != nil {
		return fmt.Errorf("write monthly json: %w", err)
	}
	return nil
}

// MonthlyObject returns s as an ordered JSON object (json.Marshaler), for
// callers that embed it in a larger document.
func MonthlyObject(s *report.MonthlySummary) json.Marshaler {
	o := object{
		{"unit", s.Unit.Name},
		{"unit_code", s.Unit.Code},
		{"year", s.Year},
		{"month", int(s.Month)},
		{"tasks", taskLines(s.Tasks)},
		{"task_counts", taskCounts(s.TaskCounts)},
		{"units", unitCompletion(s.Units)},
		{"publications", monthPublications(&s.Publications)},
		{"applications", monthApplications(&s.Applications)},
		{"empty", s.Empty},
	}
	if !s.Produced.IsZero() {
		o = append(o, kv{"produced_at", s.Produced.Format(time.RFC3339)})
	}
	return o
}

// strs returns list, or an empty list for nil, so that it reads [] not null.
func strs(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}

func taskLines(lines []report.TaskLine) []object {
	out := make([]object, len(lines))
	for i, t := range lines {
		status := t.Status
		if status == "" {
			status = report.TaskNotStarted
		}
		out[i] = object{
			{"id", t.Task.ID},
			{"area", t.Task.Area},
			{"requirement", t.Task.Requirement},
			{"units", strs(t.Task.Units)},
			{"deadline", t.Deadline.String()},
			{"whole_year", t.Task.WholeYear},
			{"status", string(status)},
			{"latest_date", t.LatestDate.String()},
			{"latest_note", t.LatestNote},
			{"evidence", strs(t.Evidence)},
			{"done", t.Done.String()},
			{"overdue", t.Overdue},
			{"done_late", t.DoneLate},
			{"due_in_month", t.DueInMonth},
		}
	}
	return out
}

func taskCounts(c report.TaskCounts) object {
	return object{
		{"not_started", c.NotStarted},
		{"in_progress", c.InProgress},
		{"done", c.Done},
		{"overdue", c.Overdue},
		{"total", c.Total},
	}
}

func unitCompletion(units []report.UnitCompletion) []object {
	out := make([]object, len(units))
	for i, u := range units {
		out[i] = object{
			{"name", u.Unit},
			{"tasks", u.Tasks},
			{"done", u.Done},
			{"due_so_far", u.DueSoFar},
			{"overdue", u.Overdue},
		}
	}
	return out
}

func monthPublications(p *report.MonthPublications) object {
	cats := make([]object, len(p.ByCategory))
	for i, c := range p.ByCategory {
		cats[i] = object{{"name", c.Name}, {"month", c.Month}, {"year_to_date", c.YearToDate}}
	}
	depts := make([]object, len(p.ByDepartment))
	for i, d := range p.ByDepartment {
		depts[i] = object{
			{"name", d.Name},
			{"month", d.Month},
			{"quota", d.Quota},
			{"has_quota", d.HasQuota},
			{"year_to_date", d.YearToDate},
			{"year_to_date_quota", d.YearToDateQuota},
		}
	}
	return object{
		{"month", p.Month},
		{"year_to_date", p.YearToDate},
		{"by_category", cats},
		{"by_department", depts},
	}
}

// monthApplications carries application numbers and dates only: the
// summary leaves the unit, so no applicant's name or contact goes in.
func monthApplications(a *report.MonthApplications) object {
	open := make([]object, len(a.Open))
	for i, o := range a.Open {
		open[i] = object{
			{"id", o.ID},
			{"received", o.Received.String()},
			{"due", o.Due.String()},
			{"overdue", o.Overdue},
		}
	}
	return object{
		{"received", a.Received},
		{"concluded", a.Concluded},
		{"on_time", a.OnTime},
		{"late", a.Late},
		{"late_ids", strs(a.LateIDs)},
		{"has_due", a.HasDue},
		{"open", open},
	}
}

// WriteMonthlyYear writes the twelve monthly summaries of a year as one
// JSON object: {"unit", "unit_code", "year", "months": [January … December]}.
func WriteMonthlyYear(w io.Writer, months []*report.MonthlySummary) error {
	if len(months) != 12 {
		return fmt.Errorf("write year view json: %d months, want 12", len(months))
	}
	list := make([]json.Marshaler, len(months))
	for i, s := range months {
		list[i] = MonthlyObject(s)
	}
	return writeIndented(w, object{
		{"unit", months[0].Unit.Name},
		{"unit_code", months[0].Unit.Code},
		{"year", months[0].Year},
		{"months", list},
	})
}
