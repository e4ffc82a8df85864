package jsonout

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// withSelfCheck is sample() with a selfcheck block, a distinct figure in
// every field.
func withSelfCheck() *report.AnnualReport {
	r := sample()
	r.SelfCheck = &report.SelfCheckCounts{AsOf: report.NewDate(2026, 1, 10), RegisterDays: 2,
		PublicationsPublished: 30, PublicationsChecked: 25, PublicationsLate: 3,
		Documents: 6, InterpretationsSynced: 4, InterpretationsLate: 1, InterpretationsMissing: 1,
		RequestsReceived: 12, RequestsChecked: 11, RegistrationsLate: 5,
		CatalogCategories: 7, CatalogPeriodsDue: 17, CatalogGaps: 8, LedgerDateMistakes: 9}
	return r
}

func TestSelfCheckBlock(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, withSelfCheck()); err != nil {
		t.Fatal(err)
	}
	var m struct {
		SelfCheck json.RawMessage `json:"selfcheck"`
	}
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	json.Compact(&got, m.SelfCheck)
	want := `{"as_of":"2026-01-10","register_days":2,"publications":{"published":30,"checked":25,"late":3},` +
		`"interpretations":{"documents":6,"synced":4,"late":1,"missing":1},"registrations":{"received":12,"checked":11,"late":5},` +
		`"catalog":{"categories":7,"periods_due":17,"gaps":8},"ledger_date_mistakes":9}`
	if got.String() != want {
		t.Errorf("selfcheck block\n%s\nwant\n%s", got.String(), want)
	}
	// It comes after timeliness and before produced_at.
	text := b.String()
	if i, j, k := strings.Index(text, `"timeliness"`), strings.Index(text, `"selfcheck"`), strings.Index(text, `"produced_at"`); !(i < j && j < k) {
		t.Errorf("order of timeliness, selfcheck, produced_at: %d %d %d", i, j, k)
	}
	// Read gives the figures back, and writes the same bytes again.
	back, err := Read(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.SelfCheck == nil || *back.SelfCheck != *withSelfCheck().SelfCheck {
		t.Errorf("read back %+v, want %+v", back.SelfCheck, withSelfCheck().SelfCheck)
	}
	var again bytes.Buffer
	Write(&again, back)
	if again.String() != text {
		t.Errorf("write → read → write differs")
	}
}

// The 数据 sheet's pairs and their checksum do not carry the block: the
// upward file holds only what the upper level sums.
func TestSelfCheckNotInPairs(t *testing.T) {
	rep := withSelfCheck()
	pairs := Pairs(rep)
	for _, p := range pairs {
		if strings.HasPrefix(p.Code, "selfcheck") {
			t.Errorf("pair %s=%s: the block must not travel upward", p.Code, p.Value)
		}
	}
	if Checksum(pairs) != Checksum(Pairs(sample())) {
		t.Error("the checksum changes with the selfcheck block")
	}
	if rep.SelfCheck == nil {
		t.Error("Pairs cleared the caller's block")
	}
}

// A report without the block reads back without it (nil, not zeros).
func TestSelfCheckAbsent(t *testing.T) {
	var b bytes.Buffer
	Write(&b, sample())
	if strings.Contains(b.String(), "selfcheck") {
		t.Fatal("a report without the self-inspection writes a selfcheck block")
	}
	back, err := Read(bytes.NewReader(b.Bytes()))
	if err != nil || back.SelfCheck != nil {
		t.Errorf("read %+v, %v: want no block", back.SelfCheck, err)
	}
}
