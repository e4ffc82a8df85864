package deadline

import (
	"fmt"
	"sort"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// Entry is one open application on the list of what is due.
type Entry struct {
	ID       string
	Received report.Date
	Status
}

// stateRank orders states by urgency.
var stateRank = map[State]int{Overdue: 0, DueSoon: 1, Normal: 2, AwaitingCorrection: 3, Done: 4}

// List computes the status of each application as of asOf and orders them
// by urgency: overdue first (the longest overdue at the top), then due
// soon, normal and waiting for a correction; within a state by working days
// left, then 申请编号.
func List(reqs []report.Request, cal Calendar, asOf report.Date) ([]Entry, error) {
	cal = tableFor(cal, reqs, asOf)
	out := make([]Entry, 0, len(reqs))
	for _, r := range reqs {
		s, err := At(r, cal, asOf)
		if err != nil {
			return nil, fmt.Errorf("request %s: %w", r.ID, err)
		}
		out = append(out, Entry{ID: r.ID, Received: r.Received, Status: s})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if stateRank[a.State] != stateRank[b.State] {
			return stateRank[a.State] < stateRank[b.State]
		}
		if a.Left != b.Left {
			return a.Left < b.Left
		}
		return a.ID < b.ID
	})
	return out, nil
}

// tableFor is cal counted in advance from the earliest receipt of reqs
// to well past asOf (an open consultation and an extension push a reply
// date about 60 working days on), when there are enough requests for it
// to pay; the answers are the same either way.
func tableFor(cal Calendar, reqs []report.Request, asOf report.Date) Calendar {
	if _, ok := cal.(*Table); ok || len(reqs) < 20 {
		return cal
	}
	from := asOf
	for _, r := range reqs {
		if !r.Received.IsZero() && r.Received < from {
			from = r.Received
		}
	}
	return NewTable(cal, from, asOf.AddDays(366))
}

// Summary counts the entries by state, in Chinese, e.g. 「已超期 1 件、即将到期 2 件、正常 5 件」.
func Summary(entries []Entry) string {
	n := map[State]int{}
	for _, e := range entries {
		n[e.State]++
	}
	var parts []string
	for _, s := range []State{Overdue, DueSoon, Normal, AwaitingCorrection} {
		if n[s] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d 件", s, n[s]))
		}
	}
	return strings.Join(parts, "、")
}
