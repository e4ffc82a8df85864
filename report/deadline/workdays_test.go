package deadline

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// TestAddWorkdaysReply pins the 20-working-day reply date (第三十三条) for
// receipts around the holidays, each worked out by hand from the notice.
func TestAddWorkdaysReply(t *testing.T) {
	cases := []struct{ name, received, want string }{
		// docs/deadlines.md's worked example: 01-26 (Sun, make-up) day 1, 01-27 day 2,
		// 01-28 – 02-04 春节, 02-05 – 02-07 days 3–5, 02-08 (Sat, make-up) day 6,
		// 02-10 – 02-14 days 7–11, 02-17 – 02-21 days 12–16, 02-24 – 02-27 days 17–20.
		{"worked example", "2025-01-24", "2025-02-27"},
		// Tue 09-30, the working day before 国庆中秋 10-01 – 10-08: 10-09, 10-10
		// days 1–2, 10-11 (Sat, make-up) day 3, 10-13 – 10-17 days 4–8,
		// 10-20 – 10-24 days 9–13, 10-27 – 10-31 days 14–18, 11-03 day 19, 11-04 day 20.
		{"before 国庆 2025", "2025-09-30", "2025-11-04"},
		// Fri 02-13, before 春节 2026: 02-14 (Sat, make-up) day 1, 02-15 – 02-23
		// 春节, 02-24 – 02-27 days 2–5, 02-28 (Sat, make-up) day 6,
		// 03-02 – 03-06 days 7–11, 03-09 – 03-13 days 12–16, 03-16 – 03-19 days 17–20.
		{"before 春节 2026", "2026-02-13", "2026-03-19"},
		// Received on make-up Saturday 2025-02-08 (the day itself not counted):
		// 02-10 – 02-14 days 1–5, 02-17 – 02-21 6–10, 02-24 – 02-28 11–15,
		// 03-03 – 03-07 16–20. One day later than a receipt on Fri 02-07.
		{"on a make-up Saturday", "2025-02-08", "2025-03-07"},
		{"the Friday before it", "2025-02-07", "2025-03-06"},
		// Received Fri 10-03, inside 国庆中秋: day 1 is 10-09, as for 09-30.
		{"on a holiday", "2025-10-03", "2025-11-04"},
		// Mon 12-15: 12-16 – 12-19 days 1–4, 12-22 – 12-26 5–9, 12-29 – 12-31
		// 10–12, 01-01 – 01-03 元旦, 01-04 (Sun, make-up) day 13, 01-05 – 01-09
		// 14–18, 01-12 day 19, 01-13 day 20.
		{"year-end crossing", "2025-12-15", "2026-01-13"},
	}
	for _, c := range cases {
		got, err := AddWorkdays(cal, day(c.received), ReplyDays)
		if err != nil || got != day(c.want) {
			t.Errorf("%s: AddWorkdays(%s, 20) = %s, %v; want %s", c.name, c.received, got, err, c.want)
		}
	}
}

func TestAddWorkdaysEdges(t *testing.T) {
	if got, err := AddWorkdays(cal, day("2025-01-25"), 0); err != nil || got != day("2025-01-25") {
		t.Errorf("n = 0: %s, %v; want the day itself", got, err)
	}
	if _, err := AddWorkdays(cal, day("2025-01-24"), -1); !errors.Is(err, ErrNegative) {
		t.Errorf("n = -1: err = %v", err)
	}
	if n, err := Workdays(cal, day("2025-02-27"), day("2025-01-24")); err != nil || n != 0 {
		t.Errorf("to < from: %d, %v; want 0", n, err)
	}
	if n, err := Workdays(cal, day("2025-01-24"), day("2025-01-24")); err != nil || n != 0 {
		t.Errorf("to = from: %d, %v; want 0", n, err)
	}
}

// TestUnknownYear: the calendar's error comes back unchanged, never a
// weekend-only guess.
func TestUnknownYear(t *testing.T) {
	var my *missingYear
	// Fri 2026-12-18: the 20th working day falls in 2027, which has no notice.
	if _, err := AddWorkdays(cal, day("2026-12-18"), ReplyDays); !errors.As(err, &my) || my.year != 2027 {
		t.Errorf("AddWorkdays into 2027: err = %v", err)
	}
	if _, err := Workdays(cal, day("2023-12-28"), day("2024-01-05")); !errors.As(err, &my) || my.year != 2023 {
		t.Errorf("Workdays from 2023: err = %v", err)
	}
	r := report.Request{ID: "A", Received: day("2026-12-18")}
	if _, err := For(r, cal); !errors.As(err, &my) {
		t.Errorf("For: err = %v", err)
	}
	if _, err := At(r, cal, day("2026-12-20")); !errors.As(err, &my) {
		t.Errorf("At: err = %v", err)
	}
	r.Concluded = day("2026-12-31")
	if _, _, err := OnTime(r, cal); !errors.As(err, &my) {
		t.Errorf("OnTime: err = %v", err)
	}
}

// TestAddThenCount: for every day of the calendar's range and many n,
// Workdays(d, AddWorkdays(d, n)) == n, the result is a working day, and the
// day before it has one fewer — it is the first day that reaches n.
func TestAddThenCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for d := day("2024-01-01"); d <= day("2026-08-31"); d = d.AddDays(1) {
		for _, n := range []int{0, 1, 7, 15, 20, 40, 55, 1 + rng.IntN(60)} {
			got, err := AddWorkdays(cal, d, n)
			if err != nil {
				t.Fatal(err)
			}
			if c, err := Workdays(cal, d, got); err != nil || c != n {
				t.Fatalf("Workdays(%s, AddWorkdays(%s, %d) = %s) = %d, %v", d, d, n, got, c, err)
			}
			if n == 0 {
				continue
			}
			if ok, _ := cal.Workday(got); !ok {
				t.Fatalf("AddWorkdays(%s, %d) = %s, a rest day", d, n, got)
			}
			if c, _ := Workdays(cal, d, got.AddDays(-1)); c != n-1 {
				t.Fatalf("AddWorkdays(%s, %d) = %s is not the first day reaching %d", d, n, got, n)
			}
		}
	}
}
