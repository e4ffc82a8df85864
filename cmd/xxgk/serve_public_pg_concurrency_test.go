package main

import (
	"sort"
	"testing"
)

// TestServerConcurrentRegistrationsPostgres: 20 clients of two units
// signed in to the shared server on PostgreSQL register applications
// through POST /requests for XXGK_CONCURRENCY_SECONDS (two minutes on CI,
// else 10 s). Every one answered as saved is in its unit once and nothing
// else is (the harness); then, in the database itself: no 申请编号 twice,
// one audit INSERT row per application with the account that saved it and
// none without one, nothing of the applicant in the audit, and each unit's
// change mark moved.
func TestServerConcurrentRegistrationsPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	c := newPGCity(t)
	marks := map[string]int64{unitA: c.changeMark(t, unitA), unitB: c.changeMark(t, unitB)}
	reg := concurrentRegistrations(t, c.acc, []login{{"a", goodPassword}, {"b", goodPassword}}, 20, pgConcurrencyDuration(t))

	if n := c.count(t, `SELECT count(*) FROM (SELECT unit_id, id FROM requests GROUP BY unit_id, id HAVING count(*) > 1) d`); n != 0 {
		t.Errorf("%d 申请编号 stored twice", n)
	}
	total := 0
	for code, ids := range reg.saved {
		stored := c.count(t, `SELECT count(*) FROM requests r JOIN units u ON u.id = r.unit_id WHERE u.code = $1 AND r.id LIKE 'WB%'`, code)
		if stored != len(ids) {
			t.Errorf("unit %s: %d applications stored, %d answered as saved", code, stored, len(ids))
		}
		total += len(ids)
	}
	// the audit: one INSERT per application, by the account that saved it
	rows, err := c.conn(t).Query(t.Context(), `SELECT a.record_key, a.account, u.code, a.after::text FROM audit a JOIN units u ON u.id = a.unit_id
		WHERE a.table_name = 'requests' AND a.action = 'INSERT' AND a.record_key LIKE 'WB%'`)
	if err != nil {
		t.Fatal(err)
	}
	audited := map[string]int{}
	for rows.Next() {
		var key, code, after string
		var account *int64
		if err := rows.Scan(&key, &account, &code, &after); err != nil {
			t.Fatal(err)
		}
		audited[key]++
		name, saved := reg.by[key]
		switch {
		case !saved:
			t.Errorf("audit: %s inserted, never answered as saved", key)
		case account == nil || *account != c.ids[name]:
			t.Errorf("audit: %s by account %v, want %s's %d", key, account, name, c.ids[name])
		case !reg.saved[code][key]:
			t.Errorf("audit: %s recorded for unit %s", key, code)
		}
		if containsAny(after, "并发测试") {
			t.Errorf("audit row of %s carries the applicant's name: %s", key, after)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	for id := range reg.by {
		if audited[id] != 1 {
			t.Errorf("audit: %s has %d INSERT rows, want 1", id, audited[id])
		}
	}
	for code, before := range marks {
		if after := c.changeMark(t, code); after <= before || len(reg.saved[code]) == 0 {
			t.Errorf("unit %s: change mark %d → %d, %d saved", code, before, after, len(reg.saved[code]))
		}
	}
	t.Logf("PostgreSQL: %d saved (%s), %d answered busy, %d audit rows", total, perUnit(reg), reg.busy, len(audited))
}

// perUnit lists how many each unit saved.
func perUnit(reg registrations) string {
	var codes []string
	for code := range reg.saved {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	s := ""
	for _, code := range codes {
		s += code + ": " + itoa(len(reg.saved[code])) + " "
	}
	return s
}

// containsAny says whether s contains any of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if len(sub) > 0 && len(s) >= len(sub) {
			for i := 0; i+len(sub) <= len(s); i++ {
				if s[i:i+len(sub)] == sub {
					return true
				}
			}
		}
	}
	return false
}
