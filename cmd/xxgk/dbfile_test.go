package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// copyFile copies src to dst byte for byte.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// foreignWAL leaves beside db the live WAL of another xxgk database: one
// that holds committed frames the other database's file does not have.
func foreignWAL(t *testing.T, db string) {
	t.Helper()
	_, other := importHandMade(t)
	st, err := data.Open(context.Background(), other, data.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.SetUnit(context.Background(), report.Unit{Name: "另一个单位"}, fixedNow); err != nil {
		t.Fatal(err)
	}
	if err := st.SetCategories(context.Background(), []string{"甲", "乙"}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(other + "-wal"); err != nil || fi.Size() == 0 {
		t.Fatalf("the other database has no WAL to copy: %v", err)
	}
	copyFile(t, other+"-wal", db+"-wal")
}

func TestForeignWALLeavesDatabaseUntouched(t *testing.T) {
	_, db := newDB(t)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	foreignWAL(t, db)
	r := xxgk(t, "check", "--db", db, "--year", "2025")
	after, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("check changed the database file (%d bytes before, %d after)", len(before), len(after))
	}
	if r.code != 1 || !strings.Contains(r.stderr, filepath.Base(db)+"-wal") {
		t.Errorf("exit %d, want 1 and a message naming the -wal file: %s", r.code, r.stderr)
	}
}

// xxgkWith runs the command line with the test clock and env changed by set.
func xxgkWith(t *testing.T, set func(*env), args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, now: func() time.Time { return fixedNow }, getenv: func(string) string { return "" }}
	set(e)
	code := run(context.Background(), append([]string{"xxgk"}, args...), e)
	return result{code, out.String(), errb.String()}
}

func TestBusyDatabaseSaysSo(t *testing.T) {
	_, db := newDB(t)
	st, err := data.Open(context.Background(), db, data.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	im, err := st.BeginImport(context.Background(), []string{"大台账.xlsx"}, fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	r := xxgkWith(t, func(e *env) { e.busyWait = time.Millisecond },
		"request", "add", "--db", db, "--id", "SQ-1", "--received", "2025-03-05", "--applicant-type", "自然人")
	want := "数据库 " + db + " 正被其他程序或窗口使用（例如正在导入），请等其完成后再试。"
	if r.code != 1 || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "内部错误") {
		t.Errorf("exit %d, stderr %s\nwant %s", r.code, r.stderr, want)
	}
}
