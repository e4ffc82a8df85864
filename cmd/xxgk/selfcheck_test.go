package main

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/calendar"
	"github.com/xxgk/xxgk/report"
)

// selfcheckLines returns the lines of out that are notes of the
// self-inspection's rules.
func selfcheckLines(out string) []string {
	var got []string
	for _, l := range strings.Split(out, "\n") {
		for _, rule := range []string{"［发布时限］", "［政策解读］", "［登记时限］", "［目录时限］"} {
			if strings.Contains(l, rule) {
				got = append(got, l)
			}
		}
	}
	return got
}

// The 解读 rule through the command line: a 解读 the same day (another
// bracket spelling), one the next working day, across 元旦 into January
// (the check is made on the clock's day, 2026-01-10), and one missing — all
// notes, so check still passes.
func TestCheckSelfcheckInterpretations(t *testing.T) {
	dir, db := newDB(t)
	docs := writeFile(t, dir, "规范性文件.csv", "文号,名称,类型,印发日期\n"+
		"某教发〔2025〕1号,关于甲的通知,行政规范性文件,2025-03-03\n"+
		"某教发〔2025〕2号,关于乙的通知,行政规范性文件,2025-03-04\n"+
		"某教发〔2025〕3号,关于丙的通知,行政规范性文件,2025-05-06\n"+
		"某教发〔2025〕4号,关于丁的通知,行政规范性文件,2025-12-30\n")
	pubs := writeFile(t, dir, "主动公开.csv", "索引号,标题,文号,发布日期,类别\n"+
		"J1,甲的解读,某教发[2025]1号,2025-03-03,政策解读\n"+
		"J2,乙的解读,某教发（2025）2号,2025-03-05,政策解读\n"+
		"T3,丙的通知,某教发〔2025〕3号,2025-05-06,通知公告\n"+
		"J4,丁的解读,某教发〔2025〕4号,2026-01-05,政策解读\n")
	xxgk(t, "import", "--db", db, docs, pubs).must(t)
	r := xxgk(t, "check", "--db", db, "--year", "2025")
	if r.code != 0 {
		t.Fatalf("check exit %d: the self-inspection's notes must not fail it\n%s%s", r.code, r.stdout, r.stderr)
	}
	got := selfcheckLines(r.stdout)
	want := []string{
		"提示［政策解读］规范性文件.csv 第3行：文件 某教发〔2025〕2号 印发日期 2025-03-04，其政策解读（索引号 J2）发布于 2025-03-05，晚 1 个工作日，未与文件同步发布",
		"提示［政策解读］规范性文件.csv 第4行：文件 某教发〔2025〕3号 印发日期 2025-05-06，主动公开台账中没有文号写明该文件的「政策解读」信息（截至 2026-01-10），缺少政策解读",
		// 12-31 (1), 元旦 01-01–03, Sunday 01-04 调休 (2), 01-05 (3).
		"提示［政策解读］规范性文件.csv 第5行：文件 某教发〔2025〕4号 印发日期 2025-12-30，其政策解读（索引号 J4）发布于 2026-01-05，晚 3 个工作日，未与文件同步发布",
	}
	if !slices.Equal(got, want) {
		t.Errorf("check lists\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// On 2026-01-04 the January 解读 had not come.
	r = xxgk(t, "check", "--db", db, "--year", "2025", "--as-of", "2026-01-04").must(t)
	if got := selfcheckLines(r.stdout); len(got) != 3 || !strings.Contains(got[2], "某教发〔2025〕4号 印发日期 2025-12-30，主动公开台账中没有") {
		t.Errorf("check --as-of 2026-01-04 lists\n%s", strings.Join(got, "\n"))
	}
}

func TestCheckRegisterDaysRefused(t *testing.T) {
	_, db := newDB(t)
	for _, arg := range []string{"0", "-1", "61"} {
		r := xxgk(t, "check", "--db", db, "--year", "2025", "--register-days", arg)
		if r.code != 2 || !strings.Contains(r.stderr, "--register-days 应为 1 到 60 之间的工作日数，收到的是 "+arg) {
			t.Errorf("--register-days %s: exit %d\n%s", arg, r.code, r.stderr)
		}
	}
	xxgk(t, "check", "--db", db, "--year", "2025", "--register-days", "3").must(t)
}

// datedStore is a unit's store whose rows carry the self-inspection's
// dates that the ledger readers do not read yet (成文日期, 登记日期, the
// 目录's 公开时限): they are set here as the import will set them.
type datedStore struct {
	Store
	formed     map[string]report.Date // by 索引号
	registered map[string]report.Date // by 申请编号
	limits     map[string]report.DisclosureLimit
}

func (s datedStore) EachPublication(ctx context.Context, y int, fn func(report.Publication) error) error {
	return s.Store.EachPublication(ctx, y, func(p report.Publication) error {
		p.Formed = s.formed[p.IndexNo]
		return fn(p)
	})
}

// EachPublicationToSelfCheck passes every item (selfcheck.Picker may
// pass more than it must) with the dates set here.
func (s datedStore) EachPublicationToSelfCheck(ctx context.Context, y int, fn func(report.Publication) error) error {
	return s.EachPublication(ctx, y, fn)
}

func (s datedStore) EachRequest(ctx context.Context, y int, fn func(report.Request) error) error {
	return s.Store.EachRequest(ctx, y, func(r report.Request) error {
		r.Registered = s.registered[r.ID]
		return fn(r)
	})
}

func (s datedStore) Catalog(ctx context.Context) ([]report.CatalogEntry, error) {
	cat, err := s.Store.Catalog(ctx)
	for i := range cat {
		cat[i].Limit = s.limits[cat[i].Name]
	}
	return cat, err
}

// The other rules through check's wiring, on a store giving the dates
// the import is to read; --register-days moves the registration limit.
func TestCheckSelfcheckNotes(t *testing.T) {
	dir, db := newDB(t)
	pubs := writeFile(t, dir, "主动公开.csv", "索引号,标题,发布日期,类别\n"+
		"P20,通知一,2025-10-11,通知公告\nP21,通知二,2025-10-13,通知公告\nPB,通知三,2025-06-09,通知公告\n"+
		"F1,预算,2025-03-31,财政信息（预决算、收费）\n")
	reqs := writeFile(t, dir, "依申请公开.csv", "申请编号,收到日期,申请人类型,申请人,申请内容,申请方式,办结日期,处理结果\n"+
		"R2,2025-09-26,自然人,张三,某校食堂账目,网络,2025-10-20,予以公开\n"+
		"R3,2025-09-26,自然人,李四,某校招生名单,网络,2025-10-20,予以公开\n")
	xxgk(t, "import", "--db", db, pubs, reqs).must(t)
	ctx := context.Background()
	st, err := data.Open(ctx, db, data.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cal, err := calendar.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ds := datedStore{Store: st,
		formed: map[string]report.Date{"P20": report.NewDate(2025, 9, 8), "P21": report.NewDate(2025, 9, 8),
			"PB": report.NewDate(2025, 6, 10)},
		registered: map[string]report.Date{"R2": report.NewDate(2025, 9, 29), "R3": report.NewDate(2025, 9, 30)},
		limits:     map[string]report.DisclosureLimit{"财政信息（预决算、收费）": {Kind: report.LimitQuarterly}},
	}
	notes := func(registerDays int) []string {
		t.Helper()
		ps, err := selfcheckNotes(ctx, ds, cal, checkOptions{year: 2025, asOf: report.NewDate(2025, 12, 31), registerDays: registerDays}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range ps {
			if p.Level != report.LevelNote {
				t.Errorf("%+v is not a note", p)
			}
			out = append(out, p.Rule+"|"+p.Where+"|"+p.Key+"|"+p.Message)
		}
		return out
	}
	got := notes(0)
	want := []string{
		// 09-08 Monday … Sunday 09-28 调休 (15), 09-29–30 (17), 国庆 10-01–08,
		// 10-09–10 (19), Saturday 10-11 调休 (20), 10-13 (21).
		"发布时限|主动公开.csv 第3行|P21|索引号 P21：成文日期 2025-09-08，发布日期 2025-10-13，相隔 21 个工作日，超过《条例》第二十六条规定的 20 个工作日",
		// Friday 09-26, Sunday 09-28 调休 (1), 09-29 (2), 09-30 (3).
		"登记时限|依申请公开.csv 第3行|R3|申请 R3：收到日期 2025-09-26，登记日期 2025-09-30，相隔 3 个工作日，超过规定的 2 个工作日",
		"目录时限|主动公开目录「财政信息（预决算、收费）」|财政信息（预决算、收费）|栏目「财政信息（预决算、收费）」公开时限为每季度，2025年第二季度（2025-04-01 至 2025-06-30）没有发布信息，存在应公开未公开的风险",
		"目录时限|主动公开目录「财政信息（预决算、收费）」|财政信息（预决算、收费）|栏目「财政信息（预决算、收费）」公开时限为每季度，2025年第三季度（2025-07-01 至 2025-09-30）没有发布信息，存在应公开未公开的风险",
		"目录时限|主动公开目录「财政信息（预决算、收费）」|财政信息（预决算、收费）|栏目「财政信息（预决算、收费）」公开时限为每季度，2025年第四季度（2025-10-01 至 2025-12-31）没有发布信息，存在应公开未公开的风险",
		"发布时限|主动公开.csv 第4行|PB|索引号 PB 的成文日期 2025-06-10 晚于发布日期 2025-06-09，请核对台账（本条未计入发布时限自查）",
	}
	if !slices.Equal(got, want) {
		t.Errorf("notes\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, n := range got {
		if strings.Contains(n, "张三") || strings.Contains(n, "李四") || strings.Contains(n, "食堂") {
			t.Errorf("note %q shows applicant data", n)
		}
	}
	if got := notes(3); slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "登记时限") }) {
		t.Errorf("--register-days 3 still lists a late registration:\n%s", strings.Join(got, "\n"))
	}
}

// The annual JSON carries the selfcheck block only when something could
// be checked: here first nothing (no 成文日期, no document, no 登记日期,
// no 时限), then one document without its 解读.
func TestAnnualJSONSelfcheckBlock(t *testing.T) {
	dir, db := newDB(t)
	pubs := writeFile(t, dir, "主动公开.csv", "索引号,标题,发布日期,类别\nP1,通知一,2025-03-01,招生考试\n")
	xxgk(t, "import", "--db", db, pubs).must(t)
	if m := annualJSON(t, db, "2025"); m["selfcheck"] != nil {
		t.Errorf("nothing to check, yet selfcheck = %v", m["selfcheck"])
	}
	docs := writeFile(t, dir, "规范性文件.csv", "文号,名称,类型,印发日期\n某教发〔2025〕1号,关于甲的通知,行政规范性文件,2025-03-03\n")
	xxgk(t, "import", "--db", db, docs).must(t)
	m := annualJSON(t, db, "2025")
	in := at(t, m, "selfcheck", "interpretations").(map[string]any)
	if jsonNum(in["documents"]) != "1" || jsonNum(in["missing"]) != "1" || jsonNum(in["synced"]) != "0" {
		t.Errorf("selfcheck.interpretations = %v, want 1 document, 1 missing", in)
	}
	if got := at(t, m, "selfcheck", "as_of"); got != "2026-01-10" {
		t.Errorf("selfcheck.as_of = %v, want the clock's day 2026-01-10", got)
	}
	if got := jsonNum(at(t, m, "selfcheck", "publications", "published")); got != "1" {
		t.Errorf("selfcheck.publications.published = %s, want 1", got)
	}
}

// A 登记日期 in a year the calendar lacks (2027) leaves the JSON's block
// out and says why, rather than guess or fail the annual report; check,
// like the deadlines, names the missing year.
func TestSelfcheckCountsMissingYear(t *testing.T) {
	dir, db := newDB(t)
	reqs := writeFile(t, dir, "依申请公开.csv", "申请编号,收到日期,申请人类型,申请方式\nR1,2026-12-30,自然人,网络\n")
	xxgk(t, "import", "--db", db, reqs).must(t)
	ctx := context.Background()
	st, err := data.Open(ctx, db, data.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cal, err := calendar.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ds := datedStore{Store: st, registered: map[string]report.Date{"R1": report.NewDate(2027, 1, 4)}}
	var errb bytes.Buffer
	e := &env{stderr: &errb, now: func() time.Time { return lateInYear.AddDate(0, 1, 0) }}
	c, err := selfcheckCounts(ctx, ds, cal, 2026, e)
	if err != nil || c != nil {
		t.Errorf("counts %+v, %v: want no block and no error", c, err)
	}
	if !strings.Contains(errb.String(), "2027") || !strings.Contains(errb.String(), "本次未计算自查数字") {
		t.Errorf("stderr %q: want the missing year named", errb.String())
	}
	_, err = selfcheckNotes(ctx, ds, cal, checkOptions{year: 2026, asOf: report.NewDate(2027, 1, 5)}, e)
	var missing *calendar.MissingYearError
	if !errors.As(err, &missing) || missing.Year != 2027 {
		t.Errorf("check's notes: err %v, want the missing year 2027", err)
	}
}

// selfcheckNotes runs the self-inspection of opt.year (docs/selfcheck.md)
// and returns its findings as notes: they never make check fail. Without a
// calendar for the year (cal nil: countAnnual already said why) there is
// nothing to count working days with, and no note.
func selfcheckNotes(ctx context.Context, st Store, cal *calendar.Calendar, opt checkOptions, e *env) ([]report.Problem, error) {
	res, err := selfInspect(ctx, st, cal, opt, e)
	if res == nil || err != nil {
		return nil, err
	}
	return res.Notes(), nil
}
