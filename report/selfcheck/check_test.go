package selfcheck_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/xxgk/xxgk/data/calendar"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// builtin is the calendar the binary carries (2019–2026, every holiday
// and 调休 make-up day of the State Council's notices); 2027 is missing.
func builtin(t *testing.T) *calendar.Calendar {
	t.Helper()
	cal, err := calendar.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return cal
}

// day parses an ISO date; test input only.
func day(s string) report.Date {
	d, err := report.ParseISO(s)
	if err != nil {
		panic(err)
	}
	return d
}

// origin is a ledger row's place.
func origin(sheet string, row int) report.Origin {
	return report.Origin{File: "台账.xlsx", Sheet: sheet, Row: row}
}

// pub is a publication of category cat formed and published on the days
// given ("" for none).
func pub(idx, cat, docNo, formed, published string) report.Publication {
	var f report.Date
	if formed != "" {
		f = day(formed)
	}
	return report.Publication{IndexNo: idx, Title: "标题" + idx, DocNo: docNo, Category: cat,
		Formed: f, Published: day(published), Origin: origin("主动公开", 2)}
}

func check(t *testing.T, l *reporttest.Ledgers, y int, opt selfcheck.Options) *selfcheck.Result {
	t.Helper()
	res, err := selfcheck.Check(context.Background(), l, builtin(t), y, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// lateKeys lists the late publications as 索引号:working days.
func lateKeys(p selfcheck.Publishing) []string {
	var out []string
	for _, l := range p.Late {
		out = append(out, fmt.Sprintf("%s:%d", l.IndexNo, l.Workdays))
	}
	return out
}

// TestPublishing pins 《条例》第二十六条 on hand-counted working days.
func TestPublishing(t *testing.T) {
	l := &reporttest.Ledgers{Publications: []report.Publication{
		// 2025-03-03 is a Monday; March has no holiday: 4–7 (4), 10–14 (9),
		// 17–21 (14), 24–28 (19), 31 (20), 04-01 (21).
		pub("A20", "通知公告", "", "2025-03-03", "2025-03-31"),
		pub("A21", "通知公告", "X教〔2025〕9号", "2025-03-03", "2025-04-01"),
		// 国庆: 09-08 Monday; 9–12 (4), 15–19 (9), 22–26 (14), Sunday 09-28
		// 调休 (15), 29–30 (17), 10-01–10-08 rest, 9–10 (19), Saturday
		// 10-11 调休 (20), 13 (21), 14 (22), 15 (23).
		pub("G20", "通知公告", "", "2025-09-08", "2025-10-11"),
		pub("G21", "通知公告", "", "2025-09-08", "2025-10-13"),
		pub("G23", "通知公告", "", "2025-09-08", "2025-10-15"),
		pub("N0", "通知公告", "", "", "2025-05-06"),            // no 成文日期: not checked
		pub("S0", "通知公告", "", "2025-05-06", "2025-05-06"),  // same day: 0
		pub("BAD", "通知公告", "", "2025-06-10", "2025-06-09"), // formed after published
		pub("OLD", "通知公告", "", "2024-03-01", "2024-06-01"), // published in 2024: not counted
		pub("W4", "通知公告", "", "2024-12-27", "2025-01-03"),  // 30, 31, 01-02, 01-03: 4
	}}
	res := check(t, l, 2025, selfcheck.Options{})
	p := res.Publishing
	if p.Published != 9 || p.Checked != 7 || p.OnTime() != 4 {
		t.Errorf("published %d checked %d on time %d, want 9 7 4", p.Published, p.Checked, p.OnTime())
	}
	if got, want := lateKeys(p), []string{"A21:21", "G21:21", "G23:23"}; !slices.Equal(got, want) {
		t.Errorf("late %v, want %v", got, want)
	}
	if len(res.Mistakes) != 1 || res.Mistakes[0].Kind != selfcheck.FormedAfterPublished || res.Mistakes[0].Key != "BAD" {
		t.Errorf("mistakes %+v, want BAD formed after published", res.Mistakes)
	}
}

// TestPublishingAcrossYearEnd counts across 元旦 2026 with its Sunday
// 调休, and fails with the calendar's error for 2027, which it lacks.
func TestPublishingAcrossYearEnd(t *testing.T) {
	// 2025-12-15 Monday: 16–19 (4), 22–26 (9), 29–31 (12), 01-01–01-03
	// rest, Sunday 01-04 调休 (13), 5–9 (18), 12 (19), 13 (20), 14 (21).
	l := &reporttest.Ledgers{Publications: []report.Publication{
		pub("Y20", "通知公告", "", "2025-12-15", "2026-01-13"),
		pub("Y21", "通知公告", "", "2025-12-15", "2026-01-14"),
	}}
	res := check(t, l, 2026, selfcheck.Options{})
	if got, want := lateKeys(res.Publishing), []string{"Y21:21"}; !slices.Equal(got, want) || res.Publishing.Checked != 2 {
		t.Errorf("late %v of %d, want %v of 2", got, res.Publishing.Checked, want)
	}
	l = &reporttest.Ledgers{Publications: []report.Publication{pub("Z", "通知公告", "", "2026-12-28", "2027-01-05")}}
	_, err := selfcheck.Check(context.Background(), l, builtin(t), 2027, selfcheck.Options{})
	var missing *calendar.MissingYearError
	if !errors.As(err, &missing) || missing.Year != 2027 {
		t.Errorf("err %v, want the calendar's missing year 2027", err)
	}
}
