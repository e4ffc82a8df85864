package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
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
	want := "数据库 " + db + " 旁边的 unit.db-wal 文件不属于这个数据库（可能是从别处复制来的），xxgk 没有使用它，数据库未作任何改动。" +
		"如果 unit.db-wal 是复制过来的，请把它移到别的文件夹后重试；"
	for _, args := range [][]string{
		{"check", "--db", db, "--year", "2025"},
		{"request", "add", "--db", db, "--id", "SQ-1", "--received", "2025-03-05", "--applicant-type", "自然人"},
		{"backup", "--db", db, "--out", db + ".bak"},
	} {
		r := xxgk(t, args...)
		if r.code != 1 || !strings.Contains(r.stderr, want) {
			t.Errorf("%s: exit %d, want 1 and a message naming the -wal file: %s", args[0], r.code, r.stderr)
		}
	}
	after, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("the database file changed (%d bytes before, %d after)", len(before), len(after))
	}
	// Moved away, as the message says, the database is whole.
	if err := os.Rename(db+"-wal", db+"-wal.moved"); err != nil {
		t.Fatal(err)
	}
	r := xxgk(t, "check", "--db", db, "--year", "2025").must(t)
	if !strings.Contains(r.stdout+r.stderr, "某某县教育局") {
		t.Errorf("check after moving the -wal: %s %s", r.stdout, r.stderr)
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

func TestNotADatabaseSaysSo(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "台账.csv", "申请编号,收到日期\nA1,2025-05-01\n")
	for _, args := range [][]string{
		{"check", "--db", p, "--year", "2025"},
		{"request", "add", "--db", p, "--id", "SQ-1", "--received", "2025-03-05", "--applicant-type", "自然人"},
		{"init", "--db", p, "--unit", "某某县教育局"},
	} {
		r := xxgk(t, args...)
		want := "数据库 " + p + " 不是 xxgk 数据库（不是 SQLite 数据库文件）。"
		if r.code != 1 || !strings.Contains(r.stderr, want) {
			t.Errorf("%s: exit %d, %s", args[0], r.code, r.stderr)
		}
	}
	if b, _ := os.ReadFile(p); string(b) != "申请编号,收到日期\nA1,2025-05-01\n" {
		t.Error("the file changed")
	}
}

func TestDamagedDatabaseSaysSo(t *testing.T) {
	_, db := importHandMade(t)
	b, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	// Keep page 1 (the header and the schema); scribble over every other.
	const page = 4096
	for i := 2 * page; i < len(b); i++ {
		b[i] = byte(i * 7)
	}
	if err := os.WriteFile(db, b, 0o600); err != nil {
		t.Fatal(err)
	}
	r := xxgk(t, "check", "--db", db, "--year", "2025")
	want := "已损坏（SQLite 报告文件结构错误）"
	if r.code != 1 || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "内部错误") {
		t.Errorf("exit %d, %s", r.code, r.stderr)
	}
}

// A database file marked read-only (chmod 0444; the read-only attribute
// on Windows) is read by the reading commands, and a writing command says
// why it cannot write. The mode is checked before SQLite opens the file,
// so this holds when the tests run as root, which SQLite would let write.
func TestReadOnlyDatabase(t *testing.T) {
	_, db := importHandMade(t)
	if err := os.Chmod(db, 0o444); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(db)
	xxgk(t, "check", "--db", db, "--year", "2025").must(t)
	xxgk(t, "due", "--db", db).must(t)
	out := t.TempDir()
	r := xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--format", "json").must(t)
	if !strings.Contains(r.stderr, "是只读的，本次所出数字没有记录到数据库中") {
		t.Errorf("report annual on a read-only database: %s", r.stderr)
	}
	r = xxgk(t, "request", "add", "--db", db, "--id", "SQ-1", "--received", "2025-03-05", "--applicant-type", "自然人")
	want := "数据库 " + db + " 是只读的（文件设为只读，或所在文件夹不能写入），无法保存修改。"
	if r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("request add: exit %d, %s", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the read-only database changed")
	}
}

func TestDiskFullMessage(t *testing.T) {
	err := fmt.Errorf("import: %w", &data.DBError{Path: "某某县教育局.db", Problem: data.DiskFull, Err: errors.New("database or disk is full")})
	code, msg := describe(err)
	if code != 1 || msg != "磁盘空间不足，无法写入数据库 某某县教育局.db，本次修改已全部撤销。请清理磁盘空间后重试。" {
		t.Errorf("describe = %d, %s", code, msg)
	}
}
