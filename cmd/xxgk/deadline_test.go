package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type dueList struct {
	AsOf string `json:"as_of"`
	Open []struct {
		ID    string `json:"id"`
		Due   string `json:"due"`
		Left  int    `json:"working_days_left"`
		State string `json:"state"`
	} `json:"open"`
}

func dueJSON(t *testing.T, db string, args ...string) dueList {
	t.Helper()
	r := xxgk(t, append([]string{"due", "--db", db, "--format", "json"}, args...)...).must(t)
	var l dueList
	if err := json.Unmarshal([]byte(r.stdout), &l); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	return l
}

func summary(l dueList) string {
	var parts []string
	for _, o := range l.Open {
		parts = append(parts, o.ID+" "+o.Due+" "+o.State)
	}
	return strings.Join(parts, "; ")
}

// Three applications entered at the command line, listed by due with the
// dates a clerk works out with the 2025 and 2026 notices in hand (the test
// clock says 2026-01-10, a Saturday).
func TestRequestAddAndDue(t *testing.T) {
	_, db := newDB(t)
	// A1: received Mon 2025-12-15. Day 1 is 12-16; 元旦 2026-01-01..03 rest,
	// Sun 01-04 a make-up working day: day 13 is 01-04 … day 20 is Tue 01-13.
	r := xxgk(t, "request", "add", "--db", db, "--id", "A1", "--received", "2025-12-15", "--applicant-type", "自然人", "--name", "张某", "--method", "网络").must(t)
	if !strings.Contains(r.stderr, "答复期限：2026-01-13") {
		t.Errorf("add A1: %s", r.stderr)
	}
	// A2: received Wed 2025-12-31. Day 1 is the make-up Sunday 01-04, day 20 Thu 01-29.
	xxgk(t, "request", "add", "--db", db, "--id", "A2", "--received", "2025年12月31日", "--applicant-type", "商业企业").must(t)
	// A3: received Thu 2025-11-20: day 20 is Thu 12-18, long past.
	xxgk(t, "request", "add", "--db", db, "--id", "A3", "--received", "2025/11/20", "--applicant-type", "法律服务机构").must(t)

	l := dueJSON(t, db)
	if l.AsOf != "2026-01-10" || summary(l) != "A3 2025-12-18 已超期; A1 2026-01-13 即将到期; A2 2026-01-29 正常" {
		t.Fatalf("due: %s (as of %s)", summary(l), l.AsOf)
	}
	// A3 had been extended on 12-10, before its due date: 20 more working
	// days from 12-18 (Sun 01-04 counts) end on Fri 2026-01-16.
	xxgk(t, "request", "update", "--db", db, "--extension", "2025-12-10", "A3").must(t)
	// A1 answered on 01-08.
	xxgk(t, "request", "update", "--db", db, "--concluded", "2026-01-08", "--outcome", "予以公开", "A1").must(t)
	l = dueJSON(t, db)
	if summary(l) != "A3 2026-01-16 即将到期; A2 2026-01-29 正常" || l.Open[0].Left != 5 {
		t.Fatalf("after updates: %s (A3 left %d)", summary(l), l.Open[0].Left)
	}
	// As of an earlier day the answered one is open again.
	if l := dueJSON(t, db, "--as-of", "2026-01-05"); len(l.Open) != 3 {
		t.Fatalf("as of 01-05: %s", summary(l))
	}
	table := xxgk(t, "due", "--db", db).must(t)
	if !strings.Contains(table.stdout, "截至 2026-01-10，未办结 2 件：即将到期 1 件、正常 1 件。") {
		t.Errorf("table:\n%s", table.stdout)
	}
}

func TestRequestCommandValidatesLikeImport(t *testing.T) {
	_, db := newDB(t)
	r := xxgk(t, "request", "add", "--db", db, "--id", "B1", "--received", "2025-13-01", "--applicant-type", "外国人")
	if r.code != 1 || !strings.Contains(r.stderr, "--received（收到日期）：「2025-13-01」不是有效日期") ||
		!strings.Contains(r.stderr, "--applicant-type（申请人类型）：「外国人」") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n := countRows(t, db, "requests"); n != 0 {
		t.Fatalf("a refused add wrote %d rows", n)
	}
	xxgk(t, "request", "add", "--db", db, "--id", "B1", "--received", "2025-03-03", "--applicant-type", "自然人").must(t)
	if r := xxgk(t, "request", "add", "--db", db, "--id", "B1", "--received", "2025-03-04", "--applicant-type", "自然人"); r.code != 1 || !strings.Contains(r.stderr, "已存在") {
		t.Errorf("duplicate add: exit %d %s", r.code, r.stderr)
	}
	if r := xxgk(t, "request", "update", "--db", db, "--outcome", "随便", "B1"); r.code != 1 || !strings.Contains(r.stderr, "--outcome（办理结果）：「随便」") {
		t.Errorf("bad outcome: exit %d %s", r.code, r.stderr)
	}
	if r := xxgk(t, "request", "update", "--db", db, "--concluded", "2025-03-05", "NOPE"); r.code != 1 || !strings.Contains(r.stderr, "没有编号为「NOPE」的申请") {
		t.Errorf("unknown id: exit %d %s", r.code, r.stderr)
	}
}

// The annual figures carry the on-time count; check lists the late answer.
func TestTimelinessInReportAndCheck(t *testing.T) {
	_, db := newDB(t)
	// Received Mon 2025-03-03: day 20 is Mon 03-31; answered 04-15, late.
	xxgk(t, "request", "add", "--db", db, "--id", "L1", "--received", "2025-03-03", "--applicant-type", "自然人").must(t)
	xxgk(t, "request", "update", "--db", db, "--concluded", "2025-04-15", "--outcome", "予以公开", "L1").must(t)
	xxgk(t, "request", "add", "--db", db, "--id", "L2", "--received", "2025-03-03", "--applicant-type", "自然人").must(t)
	xxgk(t, "request", "update", "--db", db, "--concluded", "2025-03-31", "--outcome", "部分公开", "L2").must(t)
	m := annualJSON(t, db, "2025")
	if got := jsonNum(at(t, m, "timeliness")); got != `{"concluded":2,"late":1,"late_ids":["L1"],"on_time":1}` {
		t.Errorf("timeliness = %s", got)
	}
	r := xxgk(t, "check", "--db", db, "--year", "2025").must(t)
	if !strings.Contains(r.stdout, "提示［逾期答复］（命令行录入）：申请 L1 于 2025-04-15 办结，晚于答复期限 2025-03-31") {
		t.Errorf("check:\n%s", r.stdout)
	}
	// An application open past its deadline is listed too (clock: 2026-01-10).
	xxgk(t, "request", "add", "--db", db, "--id", "L3", "--received", "2025-12-01", "--applicant-type", "自然人").must(t)
	r = xxgk(t, "check", "--db", db, "--year", "2025").must(t)
	if !strings.Contains(r.stdout, "提示［已超期未办结］（命令行录入）：申请 L3 的答复期限为 2025-12-29") {
		t.Errorf("check:\n%s", r.stdout)
	}
}

func TestMissingCalendarYear(t *testing.T) {
	_, db := newDB(t)
	xxgk(t, "request", "add", "--db", db, "--id", "Y1", "--received", "2026-12-20", "--applicant-type", "自然人").must(t)
	r := xxgk(t, "due", "--db", db, "--as-of", "2026-12-21")
	if r.code != 1 || !strings.Contains(r.stderr, "日历中没有2027年的节假日安排") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if l := dueJSON(t, db, "--as-of", "2026-12-21", "--weekends-only"); len(l.Open) != 1 || l.Open[0].Due == "" {
		t.Fatalf("weekends-only: %s", summary(l))
	}
	// The annual tables do not need the calendar: without 2027 the report
	// is still made, without the on-time count, and says why.
	xxgk(t, "request", "update", "--db", db, "--concluded", "2026-12-30", "--outcome", "予以公开", "Y1").must(t)
	out := t.TempDir()
	r = xxgkAt(t, fixedNow.AddDate(1, 0, 0), "report", "annual", "--db", db, "--year", "2026", "--out", out, "--format", "json").must(t)
	if !strings.Contains(r.stderr, "日历中没有2027年的节假日安排") || !strings.Contains(r.stderr, "未计算按时办结情况") {
		t.Errorf("stderr: %s", r.stderr)
	}
	b, _ := os.ReadFile(filepath.Join(out, "某某县教育局-2026年-政府信息公开工作年度报告.json"))
	if strings.Contains(string(b), "timeliness") || !strings.Contains(string(b), `"granted": {`) {
		t.Errorf("json: %s", b)
	}
}

// A later year's notice is added without a new release.
func TestCalendarAdd(t *testing.T) {
	dir, db := newDB(t)
	xxgk(t, "request", "add", "--db", db, "--id", "Y1", "--received", "2026-12-20", "--applicant-type", "自然人").must(t)
	notice := "年份 2027\n通知 国办发明电〔2026〕99号 2026-11-01 测试用\n元旦 放假 2027-01-01\n"
	r := xxgk(t, "calendar", "add", "--db", db, writeFile(t, dir, "2027.txt", notice)).must(t)
	if !strings.Contains(r.stderr, "已加入 2027 年的节假日安排") {
		t.Errorf("add: %s", r.stderr)
	}
	// Received Sun 2026-12-20: day 1 is Mon 12-21; Fri 2027-01-01 rests;
	// day 20 is Mon 2027-01-18.
	if l := dueJSON(t, db, "--as-of", "2026-12-21"); summary(l) != "Y1 2027-01-18 正常" {
		t.Fatalf("due: %s", summary(l))
	}
	list := xxgk(t, "calendar", "list", "--db", db).must(t)
	if !strings.Contains(list.stdout, "2027年\t国办发明电〔2026〕99号\t2027.txt（数据库）") || !strings.Contains(list.stdout, "2019年") {
		t.Errorf("list:\n%s", list.stdout)
	}
	bad := writeFile(t, dir, "bad.txt", "年份 2027\n通知 2026-11-01\n春节 上班 2027-02-08\n")
	if r := xxgk(t, "calendar", "add", "--db", db, bad); r.code != 1 || !strings.Contains(r.stderr, "bad.txt 第3行") {
		t.Errorf("bad file: exit %d %s", r.code, r.stderr)
	}
}

func TestDueXLSX(t *testing.T) {
	dir, db := newDB(t)
	xxgk(t, "request", "add", "--db", db, "--id", "A3", "--received", "2025-11-20", "--applicant-type", "自然人", "--name", "张某").must(t)
	xxgk(t, "request", "add", "--db", db, "--id", "A1", "--received", "2025-12-15", "--applicant-type", "自然人").must(t)
	out := filepath.Join(dir, "待办.xlsx")
	xxgk(t, "due", "--db", db, "--format", "xlsx", "--out", out).must(t)
	sheet := cells(t, out)["申请办理期限"]
	if len(sheet) < 6 {
		t.Fatalf("sheet: %v", sheet)
	}
	if got := strings.Join(sheet[3], "|"); got != "申请编号|收到日期|起算日期|答复期限|剩余工作日|状态|补正告知期限|补正告知" {
		t.Errorf("header: %s", got)
	}
	if got := strings.Join(sheet[4][:6], "|"); got != "A3|2025-11-20|2025-11-20|2025-12-18|-15|已超期" {
		t.Errorf("first row: %s", got)
	}
	if got := strings.Join(sheet[5][:6], "|"); got != "A1|2025-12-15|2025-12-15|2026-01-13|2|即将到期" {
		t.Errorf("second row: %s", got)
	}
	for _, row := range sheet {
		if strings.Contains(strings.Join(row, ""), "张某") {
			t.Error("the due list carries an applicant's name")
		}
	}
	if r := xxgk(t, "due", "--db", db, "--format", "xlsx"); r.code != 2 {
		t.Errorf("xlsx without --out: exit %d", r.code)
	}
}

// A request received after today is saved, and the clerk is told in
// Chinese why no deadline can be given: the date is most likely mistyped.
func TestFutureReceivedDateIsExplained(t *testing.T) {
	_, db := newDB(t)
	r := xxgk(t, "request", "add", "--db", db, "--id", "SQ-9", "--received", "2031-03-02", "--applicant-type", "自然人")
	want := "提示：无法计算答复期限：收到日期 2031-03-02 在 2026-01-10 之后，请检查收到日期是否写错。\n"
	if r.code != 0 || !strings.HasSuffix(r.stderr, want) {
		t.Errorf("exit %d, stderr %q; want it to end with %q", r.code, r.stderr, want)
	}
}
