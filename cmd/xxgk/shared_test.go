package main

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/urfave/cli/v2"

	"github.com/xxgk/xxgk/data/pgstore"
	"github.com/xxgk/xxgk/data/pgstore/pgtest"
	"github.com/xxgk/xxgk/report"
)

// creditCode completes the 17 characters of a 统一社会信用代码 with its
// check character.
func creditCode(t *testing.T, first17 string) string {
	t.Helper()
	for _, c := range "0123456789ABCDEFGHJKLMNPQRTUWXY" {
		if code := first17 + string(c); report.CheckCreditCode(code) == nil {
			return code
		}
	}
	t.Fatalf("no check character for %s", first17)
	return ""
}

// sharedTestDB returns a fresh PostgreSQL database (skipping without
// XXGK_TEST_PG), migrated when migrated is true.
func sharedTestDB(t *testing.T, migrated bool) string {
	t.Helper()
	dsn := pgtest.DB(t)
	if migrated {
		xxgk(t, "migrate", "--db", dsn).must(t)
	}
	return dsn
}

func schemaVersion(t *testing.T, dsn string) int {
	t.Helper()
	s, err := pgstore.Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	v, err := s.SchemaVersion(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func execSQL(t *testing.T, dsn, sql string, args ...any) {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(t.Context(), sql, args...); err != nil {
		t.Fatal(err)
	}
}

// xxgk migrate builds a fresh database's tables and says so; run again it
// changes nothing and says that too.
func TestMigrateShared(t *testing.T) {
	dsn := sharedTestDB(t, false)
	latest := pgstore.LatestVersion()
	r := xxgk(t, "migrate", "--db", dsn).must(t)
	if want := "第 0 版 → 第 " + itoa(latest) + " 版"; !strings.Contains(r.stderr, want) {
		t.Errorf("first migrate: %q, want %q", r.stderr, want)
	}
	if v := schemaVersion(t, dsn); v != latest {
		t.Errorf("schema version %d after migrate, want %d", v, latest)
	}
	r = xxgk(t, "migrate", "--db", dsn).must(t)
	if want := "已是第 " + itoa(latest) + " 版"; !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "→") {
		t.Errorf("second migrate: %q, want %q", r.stderr, want)
	}
	// An older schema (as an older xxgk left it: version 11, where a unit's
	// role read the units below and the reader every column) is upgraded
	// from its version.
	execSQL(t, dsn, `DO $$
		DECLARE t text;
		BEGIN
			FOR t IN SELECT c.relname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid WHERE p.polname = 'below_read' LOOP
				EXECUTE format('DROP POLICY below_read ON %I', t);
				EXECUTE format('DROP POLICY unit_read ON %I', t);
				EXECUTE format('CREATE POLICY unit_read ON %I FOR SELECT TO xxgk_unit, xxgk_reader
					USING (unit_id = ANY ((SELECT xxgk_readable_units())::bigint[]))', t);
			END LOOP;
		END $$`)
	execSQL(t, dsn, `GRANT SELECT ON requests TO xxgk_reader`)
	execSQL(t, dsn, `UPDATE schema_version SET version = 11`)
	r = xxgk(t, "migrate", "--db", dsn).must(t)
	if want := "第 11 版 → 第 " + itoa(latest) + " 版"; !strings.Contains(r.stderr, want) {
		t.Errorf("migrate from 11: %q, want %q", r.stderr, want)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// init adds a province's department, a city under it and a school under
// the city; init again renames; an unknown --parent is refused and adds
// nothing.
func TestInitSharedTree(t *testing.T) {
	dsn := sharedTestDB(t, true)
	prov, city, school := creditCode(t, "11330000MB0000000"), creditCode(t, "11330100MB0000001"), creditCode(t, "12330100MB0000002")
	r := xxgk(t, "init", "--db", dsn, "--unit", "某省教育厅", "--code", prov).must(t)
	if !strings.Contains(r.stderr, "已登记") || !strings.Contains(r.stderr, "某省教育厅") {
		t.Errorf("init province: %q", r.stderr)
	}
	xxgk(t, "init", "--db", dsn, "--unit", "某市教育局", "--code", city, "--parent", prov).must(t)
	r = xxgk(t, "init", "--db", dsn, "--unit", "某中学", "--code", strings.ToLower(school), "--parent", city).must(t)
	if !strings.Contains(r.stderr, "上级单位 "+city) {
		t.Errorf("init school: %q", r.stderr)
	}
	if !strings.Contains(r.stderr, "主动公开目录 21 类") {
		t.Errorf("init school: %q, want the 21 default categories", r.stderr)
	}
	// Again with another name (and another parent, which is not taken).
	r = xxgk(t, "init", "--db", dsn, "--unit", "某市第一中学", "--code", school, "--parent", prov).must(t)
	if !strings.Contains(r.stderr, "已更新") || !strings.Contains(r.stderr, "上下级关系不变，--parent "+prov+" 未采用") {
		t.Errorf("second init: %q, want 已更新 and the parent not taken", r.stderr)
	}
	if r = xxgk(t, "init", "--db", dsn, "--unit", "某中学", "--code", school, "--parent", city).must(t); strings.Contains(r.stderr, "未采用") {
		t.Errorf("init under the same parent: %q", r.stderr)
	}
	xxgk(t, "init", "--db", dsn, "--unit", "某市第一中学", "--code", school).must(t)
	if r = xxgk(t, "init", "--db", dsn, "--unit", "某局"); r.code != exitUsage || !strings.Contains(r.stderr, "缺少 --code") {
		t.Errorf("init without --code: exit %d %q", r.code, r.stderr)
	}
	nowhere := creditCode(t, "11330200MB0000003")
	r = xxgk(t, "init", "--db", dsn, "--unit", "某县教育局", "--code", creditCode(t, "11330201MB0000004"), "--parent", nowhere)
	if r.code != exitRule || !strings.Contains(r.stderr, "上级单位 "+nowhere+" 不在数据库中") {
		t.Errorf("unknown parent: exit %d %q", r.code, r.stderr)
	}

	s, err := pgstore.Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	below, err := s.Below(t.Context(), prov)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range below {
		got = append(got, strings.Join([]string{u.Code, u.Name, u.Parent, itoa(u.Depth)}, " "))
	}
	want := []string{city + " 某市教育局 " + prov + " 1", school + " 某市第一中学 " + city + " 2"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("units below the province:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := s.Unit(t.Context(), creditCode(t, "11330201MB0000004")); err == nil {
		t.Error("the unit of the refused init was recorded")
	}
}

// A command never migrates: on a database not migrated, or migrated by an
// older xxgk, it refuses and says to run xxgk migrate, and the schema
// stays as it was; so does init.
func TestOldSchemaRefused(t *testing.T) {
	dsn := sharedTestDB(t, false)
	code := creditCode(t, "11330000MB0000000")
	latest := itoa(pgstore.LatestVersion())
	r := xxgk(t, "init", "--db", dsn, "--unit", "某省教育厅", "--code", code)
	if r.code != exitRule || !strings.Contains(r.stderr, "数据库结构是第 0 版，本程序需要第 "+latest+" 版，请由管理员运行 xxgk migrate --db") {
		t.Errorf("init on a fresh database: exit %d %q", r.code, r.stderr)
	}
	if v := schemaVersion(t, dsn); v != 0 {
		t.Errorf("init migrated the database to %d", v)
	}
	xxgk(t, "migrate", "--db", dsn).must(t)
	xxgk(t, "init", "--db", dsn, "--unit", "某省教育厅", "--code", code).must(t)
	execSQL(t, dsn, `UPDATE schema_version SET version = 8`)
	for _, args := range [][]string{
		{"report", "annual", "--year", "2025", "--out", t.TempDir()},
		{"due"},
		{"backup", "--out", filepath.Join(t.TempDir(), "b.db")},
	} {
		r := xxgk(t, append(args, "--db", dsn, "--unit-code", code)...)
		if r.code != exitRule || !strings.Contains(r.stderr, "数据库结构是第 8 版，本程序需要第 "+latest+" 版，请由管理员运行 xxgk migrate --db") {
			t.Errorf("%s on version 8: exit %d %q", args[0], r.code, r.stderr)
		}
	}
	if v := schemaVersion(t, dsn); v != 8 {
		t.Errorf("a command changed the schema version to %d", v)
	}
}

// Every command that takes --db takes --unit-code (but init and migrate),
// and on a shared database without it says so, exit 2; XXGK_UNIT stands
// for it.
func TestUnitCodeNeeded(t *testing.T) {
	var walk func(path string, cmds []*cli.Command)
	n := 0
	walk = func(path string, cmds []*cli.Command) {
		for _, c := range cmds {
			if hasFlag(c, "db") {
				n++
				if got := hasFlag(c, "unit-code"); got == noUnitCode[c.Name] {
					t.Errorf("%s%s: --unit-code %v", path, c.Name, got)
				}
			}
			walk(path+c.Name+" ", c.Subcommands)
		}
	}
	walk("", newApp(&env{}).Commands)
	if n < 15 {
		t.Errorf("only %d commands take --db", n)
	}

	dsn := "postgres://xxgk@127.0.0.1:1/xxgk"
	missing := func(r result) bool {
		return r.code == exitUsage && strings.Contains(r.stderr, "请用 --unit-code 指定单位的统一社会信用代码") && strings.Contains(r.stderr, "XXGK_UNIT")
	}
	for _, args := range [][]string{
		{"report", "annual", "--year", "2025", "--out", t.TempDir()},
		{"check", "--year", "2025"},
		{"export", "--year", "2025", "--out", filepath.Join(t.TempDir(), "x.xlsx")},
		{"due"},
	} {
		if r := xxgk(t, append(args, "--db", dsn)...); !missing(r) {
			t.Errorf("%s without --unit-code: exit %d %q", args[0], r.code, r.stderr)
		}
		// With XXGK_DB and XXGK_UNIT the unit is named: the command goes on
		// to connect (and finds no server there).
		vars := map[string]string{"XXGK_DB": dsn, "XXGK_UNIT": "A"}
		r := xxgkWith(t, func(e *env) { e.getenv = func(k string) string { return vars[k] } }, args...)
		if r.code != exitRule || !strings.Contains(r.stderr, "无法使用 PostgreSQL 数据库 postgres://xxgk@127.0.0.1:1/xxgk") {
			t.Errorf("%s with XXGK_DB, XXGK_UNIT: exit %d %q", args[0], r.code, r.stderr)
		}
	}
	if r := xxgk(t, "calendar", "add", "--db", dsn, "2031.txt"); !missing(r) {
		t.Errorf("calendar add without --unit-code: exit %d %q", r.code, r.stderr)
	}
}

// A unit code the database does not hold is refused with how to add it;
// a known one opens the unit.
func TestUnknownUnitCode(t *testing.T) {
	dsn := sharedTestDB(t, true)
	code := creditCode(t, "11330000MB0000000")
	xxgk(t, "init", "--db", dsn, "--unit", "某省教育厅", "--code", code).must(t)
	other := creditCode(t, "11330100MB0000001")
	r := xxgk(t, "report", "annual", "--db", dsn, "--unit-code", other, "--year", "2025", "--out", t.TempDir())
	if r.code != exitRule || !strings.Contains(r.stderr, "数据库中没有统一社会信用代码为 "+other+" 的单位，请先运行 xxgk init --db") {
		t.Errorf("unknown unit: exit %d %q", r.code, r.stderr)
	}
	// Known (given in lower case): the unit opens.
	e := &env{stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }}
	e.shared.unitCode = code
	st, err := openDatabase(t.Context(), e, dsn, storeOptions(e, true, false))
	if err != nil {
		t.Fatalf("open the unit: %v", err)
	}
	st.Close()
}

// A password in the DSN (URL, parameter or key=value) is never shown: not
// in a message, not in --debug's details, whether the database answers
// or not.
func TestPasswordRedacted(t *testing.T) {
	const pw = "Sekr3t-pw"
	for _, dsn := range []string{
		"postgres://bob:" + pw + "@127.0.0.1:1/xxgk",
		"postgresql://bob@127.0.0.1:1/xxgk?password=" + pw,
		"host=127.0.0.1 port=1 user=bob password=" + pw + " dbname=xxgk",
		"host=127.0.0.1 port=1 user=bob password='" + pw + " x' dbname=xxgk",
		"postgres://bob:" + pw + "@[::1:5432/xxgk", // not a URL
	} {
		for _, args := range [][]string{
			{"--debug", "report", "annual", "--db", dsn, "--unit-code", "A", "--year", "2025", "--out", t.TempDir()},
			{"--debug", "report", "annual", "--db", dsn, "--year", "2025", "--out", t.TempDir()},
			{"--debug", "migrate", "--db", dsn},
			{"--debug", "init", "--db", dsn, "--unit", "某局", "--code", "11330000MB0000000H"},
		} {
			r := xxgk(t, args...)
			if r.code == 0 || strings.Contains(r.stderr+r.stdout, pw) || strings.Contains(r.stderr+r.stdout, "Sekr3t") ||
				!strings.Contains(r.stderr, "xxxxx") && !strings.Contains(r.stderr, "postgres://（无法解析的连接地址）") {
				t.Errorf("%s: exit %d\n%s", strings.Join(args, " "), r.code, r.stderr)
			}
		}
	}

	// On a database that answers (the test cluster trusts its socket, the
	// password is not checked): migrate, init and an unknown unit.
	dsn := pgtest.DB(t)
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("password", pw)
	u.RawQuery = q.Encode()
	withPW := u.String()
	for _, args := range [][]string{
		{"--debug", "migrate", "--db", withPW},
		{"--debug", "init", "--db", withPW, "--unit", "某局", "--code", "11330000MB0000000H"},
		{"--debug", "report", "annual", "--db", withPW, "--unit-code", "11330000MB0000001L", "--year", "2025", "--out", t.TempDir()},
	} {
		r := xxgk(t, args...)
		if strings.Contains(r.stderr+r.stdout, pw) || !strings.Contains(r.stderr, "password=xxxxx") {
			t.Errorf("%s: exit %d\n%s", args[1], r.code, r.stderr)
		}
	}
}

func TestIsPostgresAndRedact(t *testing.T) {
	for db, want := range map[string]string{
		"unit.db":              "",
		`D:\台账\unit.db`:        "",
		"postgres:///xxgk":     "postgres:///xxgk",
		"POSTGRESQL://u:p@h/d": "POSTGRESQL://u:xxxxx@h/d",
		"postgres://u@h/d?sslmode=require&password=p": "postgres://u@h/d?password=xxxxx&sslmode=require",
		"dbname=xxgk host=/tmp":                       "dbname=xxgk host=/tmp",
		"host=h password=p user=u":                    "host=h password=xxxxx user=u",
		"host=h password = 'a b' user=u":              "host=h password = xxxxx user=u",
		"postgres://u:p@[::1:5432/d":                  "postgres://（无法解析的连接地址）",
	} {
		if got := isPostgres(db); got != (want != "") {
			t.Errorf("isPostgres(%q) = %v", db, got)
		}
		if want == "" {
			want = db
		}
		if got := redactDSN(db); !strings.EqualFold(got, want) {
			t.Errorf("redactDSN(%q) = %q, want %q", db, got, want)
		}
	}
}

// On a SQLite file --parent is refused (exit 2) and creates nothing;
// migrate says the version.
func TestSQLiteParentAndMigrate(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	r := xxgk(t, "init", "--db", db, "--unit", "某县教育局", "--parent", "11330000MB0000000H")
	if r.code != exitUsage || !strings.Contains(r.stderr, "--parent 只用于多个单位共用的 PostgreSQL 数据库") {
		t.Errorf("--parent on SQLite: exit %d %q", r.code, r.stderr)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("--parent refused, yet %s: %v", db, err)
	}
	r = xxgk(t, "migrate", "--db", db)
	if r.code != exitRule || !strings.Contains(r.stderr, "不存在，请先运行 xxgk init") {
		t.Errorf("migrate of no file: exit %d %q", r.code, r.stderr)
	}
	_, db = newDB(t)
	r = xxgk(t, "migrate", "--db", db).must(t)
	if !strings.Contains(r.stderr, "的结构已是第 ") {
		t.Errorf("migrate of a current file: %q", r.stderr)
	}
}

// xxgk backup on a shared database makes no file or folder: the unit's
// store refuses (pg_dump is the administrator's).
func TestBackupShared(t *testing.T) {
	dsn := sharedTestDB(t, true)
	code := creditCode(t, "11330000MB0000000")
	xxgk(t, "init", "--db", dsn, "--unit", "某省教育厅", "--code", code).must(t)
	out := filepath.Join(t.TempDir(), "备份")
	r := xxgk(t, "backup", "--db", dsn, "--unit-code", code, "--out", out)
	if r.code != exitRule || !strings.Contains(r.stderr, "pg_dump") {
		t.Errorf("backup: exit %d %q", r.code, r.stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("backup made %s: %v", out, err)
	}
	// The refusal itself, through the command's Store.
	if _, msg := describe(backupShared(t.Context(), backupOptions{db: dsn, out: out}, &env{shared: sharedDB{unitCode: code}})); !strings.Contains(msg, "pg_dump") {
		t.Errorf("backup's message: %q", msg)
	}
}

// xxgk user add on PostgreSQL prints a one-time password that signs in;
// a name already taken and a unit not in the database are said in
// Chinese, and nothing is added.
func TestUserAddShared(t *testing.T) {
	dsn := sharedTestDB(t, true)
	code := creditCode(t, "11330000MB0000000")
	xxgk(t, "init", "--db", dsn, "--unit", "某省教育厅", "--code", code).must(t)
	r := xxgk(t, "user", "add", "--db", dsn, "--unit-code", code, "--name", "王五").must(t)
	pw := regexp.MustCompile(`一次性密码：(\S+)`).FindStringSubmatch(r.stdout)
	if pw == nil {
		t.Fatalf("user add printed %q", r.stdout)
	}
	s, err := pgstore.Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sess, err := s.Accounts().SignIn(t.Context(), "王五", pw[1], fixedNow, time.Hour)
	if err != nil || sess.UnitCode != code || !sess.MustChangePassword {
		t.Errorf("signing in with the one-time password: %+v, %v", sess, err)
	}
	if r := xxgk(t, "user", "add", "--db", dsn, "--unit-code", code, "--name", "王五"); r.code != exitRule ||
		!strings.Contains(r.stderr, "账号名称「王五」已被使用") || r.stdout != "" {
		t.Errorf("a name taken: exit %d %q %q", r.code, r.stdout, r.stderr)
	}
	other := creditCode(t, "11330100MB0000001")
	if r := xxgk(t, "user", "add", "--db", dsn, "--unit-code", other, "--name", "赵六"); r.code != exitRule ||
		!strings.Contains(r.stderr, "数据库中没有统一社会信用代码为 "+other+" 的单位") {
		t.Errorf("an unknown unit: exit %d %q", r.code, r.stderr)
	}
	var n int
	if err := pgx.BeginFunc(t.Context(), mustConn(t, dsn), func(tx pgx.Tx) error {
		return tx.QueryRow(t.Context(), `SELECT count(*) FROM accounts`).Scan(&n)
	}); err != nil || n != 1 {
		t.Errorf("%d accounts, %v; want the one added", n, err)
	}
}

func mustConn(t *testing.T, dsn string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}
