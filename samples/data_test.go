package samples

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// The rows must look like a careful clerk's: these tests keep the sample
// free of the mistakes the tool is meant to find.

func TestDataIsStable(t *testing.T) {
	if !reflect.DeepEqual(Data(), Data()) {
		t.Fatal("Data returns different rows on two calls")
	}
}

func TestPublicationsLookReal(t *testing.T) {
	d := Data()
	used := map[string]bool{}
	seen := map[string]bool{}
	titles := map[string]bool{}
	for i, p := range d.Publications {
		used[p.Category] = true
		if seen[p.IndexNo] || titles[p.Title] {
			t.Errorf("%s: duplicate index number or title %q", p.IndexNo, p.Title)
		}
		seen[p.IndexNo], titles[p.Title] = true, true
		if !strings.HasPrefix(p.IndexNo, UnitCode+"/2025-") || p.Published.Year() != Year || !IsWorkday(p.Published) {
			t.Errorf("%s: index number or date %v", p.IndexNo, p.Published)
		}
		if i > 0 && p.Published.Before(d.Publications[i-1].Published) {
			t.Errorf("%s: not in date order", p.IndexNo)
		}
		if strings.ContainsAny(p.Title, "{}|") || p.Department == "" || p.Channels == "" {
			t.Errorf("%s: unfinished row %+v", p.IndexNo, p)
		}
	}
	for _, c := range Categories {
		if !used[c] {
			t.Errorf("category %s is never used", c)
		}
	}
}

// workdaysBetween counts the working days after a up to and including b.
func workdaysBetween(a, b time.Time) int {
	n := 0
	for d := a.AddDate(0, 0, 1); !d.After(b); d = d.AddDate(0, 0, 1) {
		if IsWorkday(d) {
			n++
		}
	}
	return n
}

func TestRequestsMeetDeadlines(t *testing.T) {
	for _, r := range Data().Requests {
		if !IsWorkday(r.Received) {
			t.Errorf("%s: received on a rest day", r.ID)
		}
		if r.Concluded.IsZero() {
			if r.Outcome != "" || r.Received.Month() != time.December || r.Received.Year() != Year {
				t.Errorf("%s: open but has an outcome or was not received in December", r.ID)
			}
			continue
		}
		start := r.Received
		if !r.CorrectionReceived.IsZero() {
			start = r.CorrectionReceived
		}
		if !r.CorrectionAsked.IsZero() && workdaysBetween(r.Received, r.CorrectionAsked) > 7 {
			t.Errorf("%s: correction asked after 7 working days", r.ID)
		}
		limit := 20
		if !r.ExtensionNotified.IsZero() {
			if workdaysBetween(r.Received, r.ExtensionNotified) > 20 {
				t.Errorf("%s: extension notified after the deadline", r.ID)
			}
			limit += 20
		}
		used := workdaysBetween(start, r.Concluded)
		if !r.ConsultStart.IsZero() {
			used -= workdaysBetween(r.ConsultStart, r.ConsultEnd)
		}
		if used > limit || used < 1 {
			t.Errorf("%s: replied after %d working days (limit %d)", r.ID, used, limit)
		}
		if r.Outcome == "" || (r.Outcome == "其他") != (r.Note == "申请人撤回申请") {
			t.Errorf("%s: outcome %q, note %q", r.ID, r.Outcome, r.Note)
		}
	}
}

func TestRegistersLookReal(t *testing.T) {
	d := Data()
	ids := map[string]bool{}
	for _, r := range d.Requests {
		ids[r.ID] = true
	}
	for _, f := range d.Fees {
		if (f.Kind == "信息处理费") != ids[f.RequestID] {
			t.Errorf("%s: fee kind %s linked to %q", f.ID, f.Kind, f.RequestID)
		}
	}
	for i, x := range d.Decisions {
		if i > 0 && x.Date.Before(d.Decisions[i-1].Date) {
			t.Errorf("%s: decisions not in date order", x.ID)
		}
	}
	for _, x := range d.Documents {
		if !x.Repealed.IsZero() && !x.Repealed.After(x.Issued) {
			t.Errorf("%s: repealed before issue", x.DocNo)
		}
	}
}
