package pgstore

import (
	"testing"

	"github.com/xxgk/xxgk/report"
)

// TestPutLedgersUpsert: writing the same rows again changes nothing (not
// even when each row was written); a changed row is rewritten with the new
// time; a row of another unit with the same key is left alone.
func TestPutLedgersUpsert(t *testing.T) {
	ctx := t.Context()
	s := openTest(t)
	l := randomLedgers(5, 40)
	u := l.intoPostgres(t, s, now)
	other := *l
	other.unit = report.Unit{Name: "另一单位", Code: "OTHER"}
	o := other.intoPostgres(t, s, now)

	l.putPostgres(t, u, later) // the same rows: nothing written
	before := collect(t, func(fn func(report.Fee) error) error { return u.EachFee(ctx, 2025, fn) })
	for _, f := range before {
		if !f.Origin.Updated.Equal(now) {
			t.Fatalf("fee %s written again at %v though unchanged", f.ID, f.Origin.Updated)
		}
	}
	if len(before) == 0 {
		t.Fatal("no fee in 2025 to test with")
	}

	// Change one row of each ledger and write them all again.
	changed := *l
	changed.fees = append([]report.Fee{}, l.fees...)
	changed.fees[0].AmountFen++
	changed.documents = append([]report.Document{}, l.documents...)
	changed.documents[0].Repealed = report.NewDate(2026, 1, 1)
	changed.appeals = append([]report.Appeal{}, l.appeals...)
	changed.appeals[0].Role = report.RoleReviewOrgan
	changed.tasks = append([]report.Task{}, l.tasks...)
	changed.tasks[0].Units = []string{"甲科", "乙科"}
	changed.quotas = append([]report.Quota{}, l.quotas...)
	changed.quotas[0].Target += 5
	changed.putPostgres(t, u, later)

	updated := map[string]int{}
	count := func(name string, o report.Origin) {
		if o.Updated.Equal(later) {
			updated[name]++
		} else if !o.Updated.Equal(now) {
			t.Errorf("%s written at %v", name, o.Updated)
		}
	}
	for y := 2023; y <= 2027; y++ {
		for _, f := range collect(t, func(fn func(report.Fee) error) error { return u.EachFee(ctx, y, fn) }) {
			count("fees", f.Origin)
			if f.ID == l.fees[0].ID && f.AmountFen != l.fees[0].AmountFen+1 {
				t.Errorf("fee %s: %d fen, want %d", f.ID, f.AmountFen, l.fees[0].AmountFen+1)
			}
		}
		for _, a := range collect(t, func(fn func(report.Appeal) error) error { return u.EachAppeal(ctx, y, fn) }) {
			count("appeals", a.Origin)
		}
		for _, q := range collect(t, func(fn func(report.Quota) error) error { return u.EachQuota(ctx, y, fn) }) {
			count("quotas", q.Origin)
		}
	}
	for _, d := range collect(t, func(fn func(report.Document) error) error { return u.EachDocument(ctx, 2027, fn) }) {
		count("documents", d.Origin)
		if d.DocNo == l.documents[0].DocNo && d.Repealed != report.NewDate(2026, 1, 1) {
			t.Errorf("document %s repealed %s, want 2026-01-01", d.DocNo, d.Repealed)
		}
	}
	for _, task := range collect(t, func(fn func(report.Task) error) error { return u.EachTask(ctx, fn) }) {
		count("tasks", task.Origin)
		if task.ID == l.tasks[0].ID && len(task.Units) != 2 {
			t.Errorf("task %s: units %v, want 甲科、乙科", task.ID, task.Units)
		}
	}
	want := map[string]int{"fees": 1, "documents": 1, "appeals": 1, "tasks": 1, "quotas": 1}
	for k, n := range want {
		if updated[k] != n {
			t.Errorf("%s: %d rows rewritten, want %d (%v)", k, updated[k], n, updated)
		}
	}
	// An appeal written without a role is the unit's as respondent.
	first := l.appeals[0]
	wantRole := first.Role
	if wantRole == "" {
		wantRole = report.RoleRespondent
	}
	seen := false
	for _, a := range collect(t, func(fn func(report.Appeal) error) error { return o.EachAppeal(ctx, first.Filed.Year(), fn) }) {
		if a.Role == "" {
			t.Errorf("appeal %s without a role", a.CaseNo)
		}
		if a.CaseNo == first.CaseNo {
			seen = true
			if a.Role != wantRole {
				t.Errorf("the other unit's appeal %s: role %s, want %s", a.CaseNo, a.Role, wantRole)
			}
		}
	}
	if !seen {
		t.Errorf("the other unit's appeal %s not read", first.CaseNo)
	}
	for _, f := range collect(t, func(fn func(report.Fee) error) error { return o.EachFee(ctx, l.fees[0].Date.Year(), fn) }) {
		if f.ID == l.fees[0].ID && (f.AmountFen != l.fees[0].AmountFen || !f.Origin.Updated.Equal(now)) {
			t.Errorf("the other unit's fee %s: %d fen at %v; want %d at %v", f.ID, f.AmountFen, f.Origin.Updated, l.fees[0].AmountFen, now)
		}
	}
}
