package selfcheck_test

import (
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// TestCounts checks the figures of the annual JSON's selfcheck block, and
// that ledgers without anything to check give no block.
func TestCounts(t *testing.T) {
	plain := &reporttest.Ledgers{
		Entries:      []report.CatalogEntry{{Name: "通知公告"}, {Name: "其他", Limit: report.DisclosureLimit{Kind: report.LimitAnytime}}},
		Publications: []report.Publication{pub("A", "通知公告", "", "", "2025-03-03")},
		Requests:     []report.Request{{ID: "R1", Received: day("2025-03-03")}},
	}
	if c := check(t, plain, 2025, selfcheck.Options{}).Counts(); c != nil {
		t.Errorf("nothing to check: %+v, want no block", c)
	}

	l := coverageLedgers()
	il := interpretationLedgers()
	l.Documents, l.Publications = il.Documents, append(l.Publications, il.Publications...)
	l.Publications = append(l.Publications, pub("A21", "通知公告", "", "2025-03-03", "2025-04-01"),
		pub("BAD", "通知公告", "", "2025-06-10", "2025-06-09"))
	l.Requests = []report.Request{{ID: "Y3", Received: day("2025-09-26"), Registered: day("2025-09-30")},
		{ID: "Y0", Received: day("2025-09-26")}}
	got := *check(t, l, 2025, selfcheck.Options{AsOf: day("2025-07-15"), RegisterDays: 3}).Counts()
	// 16 items of coverageLedgers in 2025 (one more is of 2024), 6 of
	// interpretationLedgers in 2025 (J9 is of 2026), A21 and BAD.
	want := report.SelfCheckCounts{AsOf: day("2025-07-15"), RegisterDays: 3,
		PublicationsPublished: 24, PublicationsChecked: 1, PublicationsLate: 1,
		Documents: 6, InterpretationsSynced: 2, InterpretationsLate: 2, InterpretationsMissing: 2,
		RequestsReceived: 2, RequestsChecked: 1, RegistrationsLate: 0,
		CatalogCategories: 5, CatalogPeriodsDue: 10, CatalogGaps: 3, LedgerDateMistakes: 1}
	if got != want {
		t.Errorf("counts\n%+v\nwant\n%+v", got, want)
	}
}
