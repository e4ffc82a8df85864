package deadline

import (
	"errors"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// TestStateBoundaries: received Fri 2025-01-24, due Thu 2025-02-27 (the
// worked example). Received Fri 2025-02-14, due Fri 03-14 (02-17 – 02-21
// days 1–5, 02-24 – 02-28 6–10, 03-03 – 03-07 11–15, 03-10 – 03-14 16–20).
func TestStateBoundaries(t *testing.T) {
	cases := []struct {
		received, asOf string
		left           int
		state          State
	}{
		{"2025-01-24", "2025-02-19", 6, Normal},  // 02-20, 21, 24, 25, 26, 27 to go
		{"2025-01-24", "2025-02-20", 5, DueSoon}, // 02-21, 24, 25, 26, 27
		{"2025-01-24", "2025-02-27", 0, DueSoon}, // the due day itself
		{"2025-01-24", "2025-02-28", -1, Overdue},
		{"2025-01-24", "2025-03-03", -2, Overdue}, // 02-28 and 03-03 lost
		{"2025-01-24", "2025-01-24", 20, Normal},  // the day of receipt
		{"2025-01-24", "2025-01-28", 18, Normal},  // a holiday: 01-26, 01-27 gone
		{"2025-02-14", "2025-03-15", -1, Overdue}, // Saturday after a Friday due date
		{"2025-02-14", "2025-03-16", -1, Overdue},
		{"2025-02-14", "2025-03-17", -1, Overdue}, // first working day lost
		{"2025-02-14", "2025-03-18", -2, Overdue},
		{"2025-02-14", "2025-03-08", 5, DueSoon}, // Saturday: 03-10 – 03-14 to go
	}
	for _, c := range cases {
		s, err := At(req(c.received), cal, day(c.asOf))
		if err != nil || s.Left != c.left || s.State != c.state {
			t.Errorf("received %s, as of %s: Left %d %s, %v; want %d %s", c.received, c.asOf, s.Left, s.State, err, c.left, c.state)
		}
	}
}

// TestAt covers Done, the 补正 wait, events after asOf and an open
// consultation. Received Mon 2025-03-03: reply due 03-31, 补正 notice due
// 03-12 (see TestFor).
func TestAt(t *testing.T) {
	cases := []struct {
		name  string
		r     report.Request
		asOf  string
		reply string
		left  int
		state State
		late  bool
	}{
		// Done: Left frozen at the conclusion day, 03-28 → one day to spare.
		{"done on time", req("2025-03-03", concluded("2025-03-28", "granted")), "2025-06-30", "2025-03-31", 1, Done, false},
		{"done late", req("2025-03-03", concluded("2025-04-02", "granted")), "2025-06-30", "2025-03-31", -2, Done, false},
		// Concluded after asOf: still open on asOf.
		{"concluded later", req("2025-03-03", concluded("2025-04-02", "granted")), "2025-03-27", "2025-03-31", 2, DueSoon, false},
		{"awaiting the correction", req("2025-03-03", asked("2025-03-05")), "2025-03-10", "", 0, AwaitingCorrection, false},
		// The correction of 03-17 has not arrived yet on 03-14.
		{"correction after asOf", req("2025-03-03", asked("2025-03-05"), corrected("2025-03-17")), "2025-03-14", "", 0, AwaitingCorrection, false},
		// Restarted 03-17, due 04-15; on Thu 03-20 (day 3) 17 days are left.
		{"after the correction", req("2025-03-03", asked("2025-03-05"), corrected("2025-03-17")), "2025-03-20", "2025-04-15", 17, Normal, false},
		// 第三十条: notice on day 7 (03-12) is in time, day 8 (03-13) is late.
		{"notice on its last day", req("2025-03-03", asked("2025-03-12")), "2025-03-14", "", 0, AwaitingCorrection, false},
		{"notice a day late", req("2025-03-03", asked("2025-03-13")), "2025-03-14", "", 0, AwaitingCorrection, true},
		// A correction came in but no notice is recorded: flagged once 03-12 passed.
		{"correction with no notice", req("2025-03-03", corrected("2025-03-17")), "2025-03-20", "2025-04-15", 17, Normal, true},
		{"no 补正 needed", req("2025-03-03"), "2025-03-20", "2025-03-31", 7, Normal, false},
		// Open consultation from Mon 03-10, as of Thu 03-13: 03-11 – 03-13
		// paused (3), due the 23rd working day, 04-03; Left stays what it
		// was on 03-10 (03-11 – 03-14, 03-17 – 03-21, 03-24 – 03-28, 03-31).
		{"open consultation", req("2025-03-03", consult("2025-03-10", "")), "2025-03-13", "2025-04-03", 15, Normal, false},
		// The end of 03-14 is after asOf: still open as of 03-13.
		{"consultation ends after asOf", req("2025-03-03", consult("2025-03-10", "2025-03-14")), "2025-03-13", "2025-04-03", 15, Normal, false},
		// Forgotten end: capped at 15 days, due 04-22 as in TestFor; on
		// 05-06 that is 04-23 – 04-25, 04-27 (make-up), 04-28 – 04-30, 05-06 lost.
		{"open consultation past 15 days", req("2025-03-03", consult("2025-03-10", "")), "2025-05-06", "2025-04-22", -8, Overdue, false},
	}
	for _, c := range cases {
		s, err := At(c.r, cal, day(c.asOf))
		var reply report.Date
		if c.reply != "" {
			reply = day(c.reply)
		}
		if err != nil || s.Reply != reply || s.Left != c.left || s.State != c.state || s.LateCorrection != c.late {
			t.Errorf("%s: Reply %s Left %d %s late %v, %v; want %s %d %s %v",
				c.name, s.Reply, s.Left, s.State, s.LateCorrection, err, c.reply, c.left, c.state, c.late)
		}
	}
}

func TestAtErrors(t *testing.T) {
	if _, err := At(req("2025-03-03"), cal, 0); !errors.Is(err, ErrNoAsOf) {
		t.Errorf("no asOf: %v", err)
	}
	if _, err := At(req("2025-03-03"), cal, day("2025-03-02")); !errors.Is(err, ErrBeforeReceipt) {
		t.Errorf("asOf before receipt: %v", err)
	}
}

// TestOnTime: received Fri 2025-01-24, due Thu 2025-02-27.
func TestOnTime(t *testing.T) {
	cases := []struct {
		name string
		r    report.Request
		want bool
	}{
		{"on the due day", req("2025-01-24", concluded("2025-02-27", "granted")), true},
		{"the day after", req("2025-01-24", concluded("2025-02-28", "granted")), false},
		// 第三十条 with 2025-03-03: notice due 03-12; deemed withdrawn 03-28.
		{"withdrawn, notice in time", req("2025-03-03", asked("2025-03-12"), concluded("2025-03-28", noCorrection)), true},
		{"withdrawn, notice late", req("2025-03-03", asked("2025-03-13"), concluded("2025-03-28", noCorrection)), false},
		{"withdrawn, no notice", req("2025-03-03", concluded("2025-03-28", noCorrection)), false},
		// 补正 asked, never recorded as received, answered anyway: judged
		// from receipt, due 03-31.
		{"answered without the correction", req("2025-03-03", asked("2025-03-05"), concluded("2025-04-01", "granted")), false},
		// Extension: due 12-02 (TestFor).
		{"extended, last day", req("2025-09-30", extended("2025-10-31"), concluded("2025-12-02", "granted")), true},
		{"extended, a day late", req("2025-09-30", extended("2025-10-31"), concluded("2025-12-03", "granted")), false},
	}
	for _, c := range cases {
		got, _, err := OnTime(c.r, cal)
		if err != nil || got != c.want {
			t.Errorf("%s: OnTime = %v, %v; want %v", c.name, got, err, c.want)
		}
	}
	if _, _, err := OnTime(req("2025-01-24"), cal); !errors.Is(err, ErrNotConcluded) {
		t.Errorf("open request: err = %v", err)
	}
}
