package main

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"
)

func TestImportTwiceChangesNothing(t *testing.T) {
	dir, db := importHandMade(t)
	before := annualJSON(t, db, "2025")
	r := xxgk(t, "import", "--db", db, filepath.Join(dir, "依申请公开.csv")).must(t)
	if !strings.Contains(r.stderr, "依申请公开：读取 9 条，新增 0 条，更新 0 条，未变 9 条") {
		t.Errorf("second import summary: %s", r.stderr)
	}
	after := annualJSON(t, db, "2025")
	delete(before, "produced_at")
	delete(after, "produced_at")
	if !reflect.DeepEqual(before, after) {
		t.Errorf("report changed after importing the same ledger twice")
	}
	if n := countRows(t, db, "requests"); n != 9 {
		t.Errorf("requests rows = %d, want 9", n)
	}
}

func TestImportCorrectedLedgerUpdatesByKey(t *testing.T) {
	dir, db := importHandMade(t)
	fixed := strings.Replace(handRequests, "R2,2024-12-30,商业企业,甲公司,,邮寄,,,", "R2,2024-12-30,商业企业,甲公司,,邮寄,2025-01-15,予以公开,", 1)
	fixed += "R10,2025-10-10,自然人,辛,,网络,,,\n"
	r := xxgk(t, "import", "--db", db, writeFile(t, dir, "依申请公开.csv", fixed)).must(t)
	if !strings.Contains(r.stderr, "读取 10 条，新增 1 条，更新 1 条，未变 8 条") {
		t.Errorf("summary: %s", r.stderr)
	}
	m := annualJSON(t, db, "2025")
	if got := row(t, m, "granted"); got != "1 1 0 0 0 0 2" {
		t.Errorf("granted = %s", got)
	}
	if got := row(t, m, "carried_out"); got != "1 0 0 1 0 0 2" {
		t.Errorf("carried_out = %s", got)
	}
}

func TestBadDateRefusesWholeImport(t *testing.T) {
	dir, db := importHandMade(t)
	before := annualJSON(t, db, "2025")
	good := writeFile(t, dir, "ok.csv", strings.Replace(handRequests, "R1,2024-12-20", "R1,2024-12-21", 1))
	bad := writeFile(t, dir, "坏日期.csv", "申请编号,收到日期,申请人类型\nN1,2025-05-01,自然人\nN2,2025-13-01,自然人\n")
	r := xxgk(t, "import", "--db", db, good, bad)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", r.code, r.stderr)
	}
	for _, want := range []string{"坏日期.csv", "第3行", "B列", "收到日期", "2025-13-01", "数据库未作任何修改"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("message lacks %q: %s", want, r.stderr)
		}
	}
	after := annualJSON(t, db, "2025")
	delete(before, "produced_at")
	delete(after, "produced_at")
	if !reflect.DeepEqual(before, after) {
		t.Error("a refused import changed the report")
	}
	if n := countRows(t, db, "requests"); n != 9 {
		t.Errorf("requests rows = %d, want 9 (N1 must not have landed)", n)
	}
}

func TestDuplicateKeyInOneImport(t *testing.T) {
	dir, db := newDB(t)
	p := writeFile(t, dir, "dup.csv", "申请编号,收到日期,申请人类型\nA1,2025-05-01,自然人\nA1,2025-05-02,自然人\n")
	r := xxgk(t, "import", "--db", db, p)
	if r.code != 1 || !strings.Contains(r.stderr, "dup.csv 第3行") || !strings.Contains(r.stderr, "「A1」重复，已在 dup.csv 第2行 出现过") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n := countRows(t, db, "requests"); n != 0 {
		t.Errorf("rows = %d", n)
	}
}

func TestDatabaseFileMode(t *testing.T) {
	_, db := newDB(t)
	fi, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want 0600", fi.Mode().Perm())
	}
}

func TestNewerDatabaseRefused(t *testing.T) {
	_, db := newDB(t)
	sdb, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sdb.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	sdb.Close()
	r := xxgk(t, "check", "--db", db, "--year", "2025")
	if r.code != 1 || !strings.Contains(r.stderr, "结构版本 99") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
}

func TestMissingDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	r := xxgk(t, "import", "--db", db, "x.csv")
	if r.code != 1 || !strings.Contains(r.stderr, "数据库文件 "+db+" 不存在，请先运行 xxgk init") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Error("import created a database")
	}
}

func countRows(t *testing.T, db, table string) int {
	t.Helper()
	sdb, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	var n int
	if err := sdb.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportNotesUnknownCategory(t *testing.T) {
	dir, db := newDB(t)
	p := writeFile(t, dir, "pub.csv", "索引号,标题,发布日期,类别\nP1,通知一,2025-03-01,招生考试\nP2,通知二,2025-03-02,校园风采\nP3,通知三,2025-03-03,校园风采\n")
	r := xxgk(t, "import", "--db", db, p).must(t)
	if !strings.Contains(r.stderr, "提示：类别「校园风采」（2 条）不在本单位的主动公开目录中") || strings.Contains(r.stderr, "「招生考试」") {
		t.Errorf("stderr: %s", r.stderr)
	}
	m := annualJSON(t, db, "2025")
	cats := at(t, m, "publications", "by_category").(map[string]any)
	if len(cats) != 22 || jsonNum(cats["校园风采"]) != "2" || jsonNum(cats["机构概况"]) != "0" {
		t.Errorf("by_category = %v", cats)
	}
}

func TestBlankTemplateImportsNothing(t *testing.T) {
	dir, db := newDB(t)
	tpl := filepath.Join(dir, "模板.xlsx")
	xxgk(t, "template", "--out", tpl, "--db", db).must(t)
	r := xxgk(t, "import", "--db", db, tpl).must(t)
	if !strings.Contains(r.stderr, "没有读到任何台账记录") {
		t.Errorf("stderr: %s", r.stderr)
	}
}

// A row deleted from the ledger stays in the database unless --replace;
// the import says so and names it.
func TestRowsDeletedFromLedger(t *testing.T) {
	dir, db := importHandMade(t)
	fewer := strings.Replace(handRequests, "R9,2025-09-09,自然人,庚,,网络,2025-09-30,属于三类内部事务信息,\n", "", 1)
	p := writeFile(t, dir, "依申请公开.csv", fewer)
	r := xxgk(t, "import", "--db", db, p).must(t)
	if !strings.Contains(r.stderr, "提示：数据库中另有 1 条依申请公开记录不在本次导入的文件中（R9）") {
		t.Errorf("stderr: %s", r.stderr)
	}
	if n := countRows(t, db, "requests"); n != 9 {
		t.Fatalf("rows = %d, want 9 without --replace", n)
	}
	r = xxgk(t, "import", "--db", db, "--replace", p).must(t)
	if !strings.Contains(r.stderr, "依申请公开：读取 8 条，新增 0 条，更新 0 条，未变 8 条，删除 1 条") {
		t.Errorf("stderr: %s", r.stderr)
	}
	if n := countRows(t, db, "requests"); n != 8 || countRows(t, db, "documents") != 4 {
		t.Fatalf("requests = %d (want 8); other ledgers must be left alone", n)
	}
	if got := row(t, annualJSON(t, db, "2025"), "withheld.internal"); got != "0 0 0 0 0 0 0" {
		t.Errorf("withheld.internal = %s after R9 was deleted", got)
	}
}

// An interrupted import (Ctrl+C) exits 130 and writes nothing.
func TestInterruptedImportWritesNothing(t *testing.T) {
	dir, db := newDB(t)
	p := writeFile(t, dir, "依申请公开.csv", handRequests)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, now: func() time.Time { return fixedNow }, getenv: func(string) string { return "" }}
	if code := run(ctx, []string{"xxgk", "import", "--db", db, p}, e); code != 130 {
		t.Fatalf("exit %d, want 130: %s", code, errb.String())
	}
	if !strings.Contains(errb.String(), "已中断") || countRows(t, db, "requests") != 0 {
		t.Fatalf("stderr %q, rows %d", errb.String(), countRows(t, db, "requests"))
	}
}

// Progress entries must name a known task and cite published items.
func TestProgressReferences(t *testing.T) {
	dir, db := newDB(t)
	tasks := writeFile(t, dir, "任务.csv", "任务编号,工作要点,具体要求,责任单位,完成时限\nRW-1,招生政策公开,及时公开招生政策,基础教育股、办公室,2025-06-15\n")
	pubs := writeFile(t, dir, "公开.csv", "索引号,标题,发布日期,类别\nIDX-1,招生通知,2025-05-10,招生考试\n")
	bad := writeFile(t, dir, "进展.csv", "任务编号,日期,状态,进展情况,佐证索引号\nRW-1,2025-05-11,推进中,已发布,IDX-1\nRW-9,2025-05-12,推进中,无此任务,\nRW-1,2025-06-01,已完成,完成,IDX-1、IDX-404\n")
	r := xxgk(t, "import", "--db", db, tasks, pubs, bad)
	if r.code != 1 || !strings.Contains(r.stderr, "进展.csv 第3行：任务编号「RW-9」在工作任务台账中不存在") ||
		!strings.Contains(r.stderr, "进展.csv 第4行：佐证索引号「IDX-404」在主动公开台账中不存在") || !strings.Contains(r.stderr, "数据库未作任何修改") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n := countRows(t, db, "tasks"); n != 0 {
		t.Fatalf("a refused import left %d tasks", n)
	}
	good := writeFile(t, dir, "进展.csv", "任务编号,日期,状态,进展情况,佐证索引号\nRW-1,2025-05-11,推进中,已发布,IDX-1\n")
	xxgk(t, "import", "--db", db, tasks, pubs, good).must(t)
	if n := countRows(t, db, "progress"); n != 1 {
		t.Fatalf("progress rows = %d", n)
	}
}
