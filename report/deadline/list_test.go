package deadline

import (
	"errors"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// List orders by urgency: overdue (longest first), due soon, normal,
// waiting for a correction; ties by 申请编号.
func TestListOrder(t *testing.T) {
	asOf := day("2026-01-10")
	reqs := []report.Request{
		{ID: "N2", Received: day("2025-12-31")},                                    // due 01-29: normal
		{ID: "N1", Received: day("2025-12-31")},                                    // same: by ID
		{ID: "W", Received: day("2025-12-20"), CorrectionAsked: day("2025-12-22")}, // waiting for the correction
		{ID: "S", Received: day("2025-12-15")},                                     // due 01-13: due soon
		{ID: "O1", Received: day("2025-12-01")},                                    // overdue
		{ID: "O2", Received: day("2025-11-20")},                                    // longer overdue
	}
	got, err := List(reqs, cal, asOf)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range got {
		ids = append(ids, e.ID+":"+string(e.State))
	}
	if s := strings.Join(ids, " "); s != "O2:已超期 O1:已超期 S:即将到期 N1:正常 N2:正常 W:待补正" {
		t.Errorf("order = %s", s)
	}
	if s := Summary(got); s != "已超期 2 件、即将到期 1 件、正常 2 件、待补正 1 件" {
		t.Errorf("summary = %s", s)
	}
	_, err = List([]report.Request{{ID: "X", Received: day("2026-12-30")}}, cal, day("2026-12-31"))
	var missing *missingYear
	if !errors.As(err, &missing) || !strings.Contains(err.Error(), "request X") {
		t.Errorf("err = %v, want the calendar's missing year for X", err)
	}
}
