package deadline

import (
	"errors"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// req builds a request received on an ISO date, then applies the setters.
func req(received string, set ...func(*report.Request)) report.Request {
	r := report.Request{ID: "T", Received: day(received)}
	for _, f := range set {
		f(&r)
	}
	return r
}

func asked(s string) func(*report.Request) {
	return func(r *report.Request) { r.CorrectionAsked = day(s) }
}
func corrected(s string) func(*report.Request) {
	return func(r *report.Request) { r.CorrectionReceived = day(s) }
}
func extended(s string) func(*report.Request) {
	return func(r *report.Request) { r.ExtensionNotified = day(s) }
}
func consult(from, to string) func(*report.Request) {
	return func(r *report.Request) {
		r.ConsultStart = day(from)
		if to != "" {
			r.ConsultEnd = day(to)
		}
	}
}
func concluded(s string, o report.Outcome) func(*report.Request) {
	return func(r *report.Request) { r.Concluded, r.Outcome = day(s), o }
}

// TestFor pins each rule of docs/deadlines.md against a date worked out by hand.
// Mon 2025-03-03 is the usual receipt: with no event its reply is due on
// the 20th working day, 03-31 (03-04 – 03-07 days 1–4, 03-10 – 03-14 5–9,
// 03-17 – 03-21 10–14, 03-24 – 03-28 15–19, 03-31 day 20), and its 补正
// notice on the 7th, 03-12 (03-04 – 03-07 1–4, 03-10 – 03-12 5–7).
func TestFor(t *testing.T) {
	cases := []struct {
		name string
		r    report.Request
		want Deadline
	}{
		{"plain", req("2025-03-03"),
			Deadline{Start: day("2025-03-03"), Reply: day("2025-03-31"), CorrectionNotice: day("2025-03-12")}},
		// 第三十条: the correction arrived Mon 03-17, the clock restarts:
		// 03-18 – 03-21 days 1–4, 03-24 – 03-28 5–9, 03-31 – 04-03 10–13,
		// 04-04 清明, 04-07 – 04-11 14–18, 04-14 19, 04-15 20.
		{"补正 restarts the clock", req("2025-03-03", asked("2025-03-05"), corrected("2025-03-17")),
			Deadline{Start: day("2025-03-17"), Reply: day("2025-04-15"), CorrectionNotice: day("2025-03-12")}},
		// 第三十条: notice out, nothing back yet — no reply due date.
		{"awaiting the correction", req("2025-03-03", asked("2025-03-05")),
			Deadline{Start: day("2025-03-03"), CorrectionNotice: day("2025-03-12"), AwaitingCorrection: true}},
		// 第三十三条: received 09-30, due 11-04 (see TestAddWorkdaysReply);
		// extension told Fri 10-31, before it: 20 more working days,
		// 11-05 – 11-07 1–3, 11-10 – 11-14 4–8, 11-17 – 11-21 9–13,
		// 11-24 – 11-28 14–18, 12-01 19, 12-02 20. 补正 notice: 10-09, 10-10
		// days 1–2, 10-11 (Sat, make-up) 3, 10-13 – 10-16 4–7.
		{"extension", req("2025-09-30", extended("2025-10-31")),
			Deadline{Start: day("2025-09-30"), Reply: day("2025-12-02"), CorrectionNotice: day("2025-10-16"), Extended: true}},
		// Told on Wed 11-05, the day after the due date: no extension.
		{"extension told too late", req("2025-09-30", extended("2025-11-05")),
			Deadline{Start: day("2025-09-30"), Reply: day("2025-11-04"), CorrectionNotice: day("2025-10-16"), ExtensionLate: true}},
		// 第三十二条、第三十三条第二款: letter out Mon 03-10, answer Fri 03-14;
		// paused 03-11 – 03-14 (4 days). Counted: 03-04 – 03-10 days 1–5,
		// 03-17 – 03-21 6–10, 03-24 – 03-28 11–15, 03-31 – 04-03 16–19,
		// 04-04 清明, 04-07 day 20.
		{"consultation pause", req("2025-03-03", consult("2025-03-10", "2025-03-14")),
			Deadline{Start: day("2025-03-03"), Reply: day("2025-04-07"), CorrectionNotice: day("2025-03-12"), Paused: 4}},
		// Answer only on 04-30: the pause stops at the third party's 15 working
		// days, 03-11 – 03-31. Counted: 03-04 – 03-10 days 1–5, then
		// 04-01 – 04-03 6–8, 04-07 – 04-11 9–13, 04-14 – 04-18 14–18,
		// 04-21 19, 04-22 20.
		{"consultation capped at 15 days", req("2025-03-03", consult("2025-03-10", "2025-04-30")),
			Deadline{Start: day("2025-03-03"), Reply: day("2025-04-22"), CorrectionNotice: day("2025-03-12"), Paused: 15}},
		// Still open and not concluded: For assumes the full 15 days.
		{"open consultation, For", req("2025-03-03", consult("2025-03-10", "")),
			Deadline{Start: day("2025-03-03"), Reply: day("2025-04-22"), CorrectionNotice: day("2025-03-12"), Paused: 15}},
		// Concluded Fri 03-14 with no end recorded: paused up to the
		// conclusion, 03-11 – 03-14, as in "consultation pause".
		{"open consultation, concluded", req("2025-03-03", consult("2025-03-10", ""), concluded("2025-03-14", "granted")),
			Deadline{Start: day("2025-03-03"), Reply: day("2025-04-07"), CorrectionNotice: day("2025-03-12"), Paused: 4}},
		// Started Tue 04-01, after the 03-31 due date: the request was
		// already late, nothing is paused.
		{"consultation after the due date", req("2025-03-03", consult("2025-04-01", "2025-04-08")),
			Deadline{Start: day("2025-03-03"), Reply: day("2025-03-31"), CorrectionNotice: day("2025-03-12")}},
		// Extended (told 03-28, due 03-31 → 04-28: 04-01 – 04-03 days 21–23,
		// 04-07 – 04-11 24–28, 04-14 – 04-18 29–33, 04-21 – 04-25 34–38,
		// 04-27 (Sun, make-up) 39, 04-28 40), then consulted 04-14 → 04-18
		// inside the extension: 04-15 – 04-18 paused (4), due 4 working days
		// later: 04-29, 04-30, 05-01 – 05-05 劳动节, 05-06, 05-07.
		{"consultation in the extension", req("2025-03-03", extended("2025-03-28"), consult("2025-04-14", "2025-04-18")),
			Deadline{Start: day("2025-03-03"), Reply: day("2025-05-07"), CorrectionNotice: day("2025-03-12"), Extended: true, Paused: 4}},
	}
	for _, c := range cases {
		got, err := For(c.r, cal)
		if err != nil || got != c.want {
			t.Errorf("%s:\n got %+v, %v\nwant %+v", c.name, got, err, c.want)
		}
	}
}

func TestForNoReceived(t *testing.T) {
	if _, err := For(report.Request{ID: "X"}, cal); !errors.Is(err, ErrNoReceived) {
		t.Errorf("err = %v, want ErrNoReceived", err)
	}
}
