package pgstore

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// auditRow is an audit row as the test reads it.
type auditRow struct {
	Account       *int64
	Table, Key    string
	Action        string
	Before, After map[string]any
}

func auditRows(t *testing.T, tr tree, unit int64, table string) []auditRow {
	t.Helper()
	rows, err := tr.s.pool.Query(t.Context(), `SELECT account, table_name, record_key, action, before, after
		FROM audit WHERE unit_id = $1 AND table_name = $2 ORDER BY id`, unit, table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []auditRow
	for rows.Next() {
		var r auditRow
		if err := rows.Scan(&r.Account, &r.Table, &r.Key, &r.Action, &r.Before, &r.After); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// Every write is audited with the account, the table, the key and the row
// before and after, and no applicant's data reaches the audit.
func TestAudit(t *testing.T) {
	ctx := t.Context()
	tr := openTree(t)
	a := tr.a.As(7)
	rs := requests()
	rs[0].ApplicantName, rs[0].Contact, rs[0].Content = "王五", "王五的住址与电话 13700000000", "王五的申请内容"
	rs[0].Outcome = report.Outcome("partly")
	if err := a.PutRequests(ctx, rs[:1], now); err != nil {
		t.Fatal(err)
	}
	conn := roleConn(t, tr.dsn, "xxgk_unit", tr.a.id)
	if _, err := conn.Exec(ctx, `SELECT set_config('xxgk.account', '9', false)`); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `DELETE FROM requests WHERE id = 'SQ-2'`); err != nil {
		t.Fatal(err)
	}

	got := auditRows(t, tr, tr.a.id, "requests")
	if len(got) != 5 { // 3 added by the command, 1 changed by account 7, 1 deleted by account 9
		t.Fatalf("A's requests audited %d times, want 5: %+v", len(got), got)
	}
	for _, r := range got[:3] {
		if r.Account != nil || r.Action != "INSERT" || r.Before != nil || r.After == nil {
			t.Errorf("a command's insert audited as %+v", r)
		}
	}
	if got[0].Key != "SQ-1" || got[0].After["received"] != "2024-12-20" || got[0].After["applicant_type"] != "natural" {
		t.Errorf("insert of SQ-1 audited as %+v", got[0])
	}
	upd := got[3]
	if upd.Account == nil || *upd.Account != 7 || upd.Action != "UPDATE" || upd.Key != "SQ-1" {
		t.Errorf("update audited as %+v", upd)
	}
	if upd.Before["outcome"] != "granted" || upd.After["outcome"] != "partly" {
		t.Errorf("update's outcome before %v after %v, want granted, partly", upd.Before["outcome"], upd.After["outcome"])
	}
	for _, col := range []string{"applicant_name", "contact", "content", "note"} {
		if upd.Before[col] != "已省略" || upd.After[col] != "已省略" {
			t.Errorf("%s audited as %v → %v, want 已省略", col, upd.Before[col], upd.After[col])
		}
	}
	for _, col := range []string{"row_hash", "unit_id"} {
		if _, ok := upd.After[col]; ok {
			t.Errorf("audit keeps %s", col)
		}
	}
	del := got[4]
	if del.Account == nil || *del.Account != 9 || del.Action != "DELETE" || del.Key != "SQ-2" || del.After != nil ||
		del.Before["registered"] != "2025-02-02" {
		t.Errorf("delete audited as %+v", del)
	}

	// No applicant's data anywhere in the audit (the fixture's, B's, and
	// the update's).
	var all string
	if err := tr.s.pool.QueryRow(ctx, `SELECT coalesce(string_agg(a::text, E'\n'), '') FROM audit a`).Scan(&all); err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"张三", "13800000000", "招生计划", "补正后受理", "李四", "13900000000", "乙县的招生",
		"王五", "13700000000"} {
		if strings.Contains(all, secret) {
			t.Errorf("the audit holds the applicant's %q", secret)
		}
	}

	// Items and the catalog are audited with their keys.
	pubs := auditRows(t, tr, tr.a.id, "publications")
	var keys []string
	for _, r := range pubs {
		keys = append(keys, r.Action+" "+r.Key)
	}
	if want := []string{"INSERT P-1", "INSERT P-2", "INSERT P-3"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("A's items audited %v, want %v", keys, want)
	}
	if pubs[0].After["title"] != "关于印发招生工作方案的通知" || pubs[0].After["key_area"] != true {
		t.Errorf("P-1 audited as %v", pubs[0].After)
	}
	if n := len(auditRows(t, tr, tr.a.id, "categories")); n != 3 {
		t.Errorf("A's catalog audited %d times, want 3", n)
	}

	// A unit renamed by an account: the old and new name, keyed by the
	// unit's id.
	if err := tr.a.As(5).SetUnit(ctx, report.Unit{Name: "甲县教育体育局", Code: "COUNTY-A"}, now); err != nil {
		t.Fatal(err)
	}
	units := auditRows(t, tr, tr.a.id, "units")
	if len(units) != 2 || units[0].Action != "INSERT" || units[1].Action != "UPDATE" || units[1].Key != itoa(tr.a.id) ||
		units[1].Account == nil || *units[1].Account != 5 ||
		units[1].Before["name"] != "甲县教育局" || units[1].After["name"] != "甲县教育体育局" {
		t.Errorf("the unit's audit: %+v", units)
	}

	// A unit reads its own audit and those of the units below, not
	// another's.
	if n := len(column(t, conn, `SELECT id::text FROM audit WHERE unit_id = $1`, tr.b.id)); n != 0 {
		t.Errorf("A reads %d of B's audit rows", n)
	}
	c := roleConn(t, tr.dsn, "xxgk_reader", tr.c.id)
	if n := len(column(t, c, `SELECT id::text FROM audit WHERE unit_id = $1`, tr.a.id)); n == 0 {
		t.Errorf("C reads none of A's audit rows")
	}
	b, _ := json.Marshal(pubs[0].After)
	t.Logf("an item's audit: %s", b)
}
