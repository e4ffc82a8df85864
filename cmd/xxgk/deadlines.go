package main

import (
	"context"
	"fmt"

	"github.com/xxgk/xxgk/data/calendar"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// printDue tells, after a request was saved, when its reply is due.
func printDue(ctx context.Context, st calendarStore, r report.Request, e *env) error {
	cal, err := loadCalendar(ctx, st, false)
	if err != nil {
		return err
	}
	s, err := deadline.At(r, cal, report.DateOf(e.now()))
	if err != nil {
		fmt.Fprintf(e.stderr, "提示：无法计算答复期限：%v\n", calendarError(err))
		return nil
	}
	if s.State == deadline.Done {
		fmt.Fprintf(e.stderr, "已办结（办结日期 %s，答复期限 %s，%s）。\n", r.Concluded, s.Reply, map[bool]string{true: "按时", false: "逾期"}[r.Concluded <= s.Reply])
		return nil
	}
	fmt.Fprintf(e.stderr, "答复期限：%s（自 %s 起 %d 个工作日", s.Reply, s.Start, deadline.ReplyDays+extraDays(s.Deadline))
	if s.Paused > 0 {
		fmt.Fprintf(e.stderr, "，征求意见 %d 个工作日不计入", s.Paused)
	}
	fmt.Fprintf(e.stderr, "），剩余 %d 个工作日，%s。\n", s.Left, s.State)
	if s.LateCorrection {
		fmt.Fprintf(e.stderr, "提示：补正告知应于 %s 前发出。\n", s.CorrectionNotice)
	}
	return nil
}

func extraDays(d deadline.Deadline) int {
	if d.Extended {
		return deadline.ExtensionDays
	}
	return 0
}

// deadlineNotes lists, for check, the applications concluded in year y
// after their deadline and those still open past it on asOf.
func deadlineNotes(ctx context.Context, st report.Ledgers, cal *calendar.Calendar, rep *report.AnnualReport, y int, asOf report.Date) ([]report.Problem, error) {
	if cal == nil {
		return nil, nil
	}
	counted := countedCalendar(cal, y)
	var out []report.Problem
	late := map[string]bool{}
	if rep.Timeliness != nil {
		for _, id := range rep.Timeliness.LateIDs {
			late[id] = true
		}
	}
	err := st.EachRequest(ctx, y, func(r report.Request) error {
		switch {
		case late[r.ID]:
			_, d, err := deadline.OnTime(r, counted)
			if err != nil {
				return err
			}
			out = append(out, report.Problem{Level: report.LevelNote, Rule: "逾期答复", Where: r.Origin.String(), Ledger: report.LedgerRequests, Key: r.ID,
				Message: fmt.Sprintf("申请 %s 于 %s 办结，晚于答复期限 %s", r.ID, r.Concluded, d.Reply)})
		case r.Concluded.IsZero() || r.Concluded > asOf:
			if r.Received > asOf {
				return nil
			}
			s, err := deadline.At(r, counted, asOf)
			if err != nil {
				return err
			}
			if s.State == deadline.Overdue {
				out = append(out, report.Problem{Level: report.LevelNote, Rule: "已超期未办结", Where: r.Origin.String(), Ledger: report.LedgerRequests, Key: r.ID,
					Message: fmt.Sprintf("申请 %s 的答复期限为 %s，截至 %s 仍未办结，已超期 %d 个工作日", r.ID, s.Reply, asOf, -s.Left)})
			}
		}
		return nil
	})
	return out, err
}
