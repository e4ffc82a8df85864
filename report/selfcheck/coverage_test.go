package selfcheck_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// coverageLedgers has a 每季度 category silent in the second quarter, a
// 每月 one silent in March, a 每年6月前 one first published in July, one
// 每年6月前 published in May, a 每年9月前 one, and one 随时 and one without
// a 时限 (neither checked).
func coverageLedgers() *reporttest.Ledgers {
	l := &reporttest.Ledgers{Entries: []report.CatalogEntry{
		{Name: "财务信息", Limit: report.DisclosureLimit{Kind: report.LimitQuarterly}},
		{Name: "工作动态", Limit: report.DisclosureLimit{Kind: report.LimitMonthly}},
		{Name: "部门预算", Limit: report.DisclosureLimit{Kind: report.LimitYearlyBy, Month: 6}},
		{Name: "部门决算", Limit: report.DisclosureLimit{Kind: report.LimitYearlyBy, Month: 6}},
		{Name: "招生考试", Limit: report.DisclosureLimit{Kind: report.LimitYearlyBy, Month: 9}},
		{Name: "通知公告", Limit: report.DisclosureLimit{Kind: report.LimitAnytime}},
		{Name: "其他"},
	}}
	add := func(cat, published string) {
		l.Publications = append(l.Publications, pub(fmt.Sprint(len(l.Publications)), cat, "", "", published))
	}
	for _, d := range []string{"2025-03-31", "2025-07-01", "2025-12-31", "2024-05-01"} {
		add("财务信息", d)
	}
	for m := 1; m <= 12; m++ {
		if m != 3 {
			add("工作动态", fmt.Sprintf("2025-%02d-15", m))
		}
	}
	add("部门预算", "2025-07-01")
	add("部门决算", "2025-05-20")
	return l
}

// gapNames lists the gaps as category:period.
func gapNames(c selfcheck.Coverage) []string {
	var out []string
	for _, g := range c.Gaps {
		out = append(out, g.Category+":"+g.Period+":"+g.From.String()+"~"+g.To.String())
	}
	return out
}

// dueNames lists the categories checked as category:due/covered/items.
func dueNames(c selfcheck.Coverage) []string {
	var out []string
	for _, cc := range c.Categories {
		out = append(out, fmt.Sprintf("%s:%d/%d/%d", cc.Category, cc.Due, cc.Covered, cc.Items))
	}
	return out
}

// TestCoverage pins the 目录's 公开时限 at the end of the year and in
// mid-July, when the later periods are not yet due.
func TestCoverage(t *testing.T) {
	res := check(t, coverageLedgers(), 2025, selfcheck.Options{})
	want := []string{
		"财务信息:2025年第二季度:2025-04-01~2025-06-30",
		"工作动态:2025年3月:2025-03-01~2025-03-31",
		"部门预算:2025年6月底前:2025-01-01~2025-06-30",
		"招生考试:2025年9月底前:2025-01-01~2025-09-30",
	}
	if got := gapNames(res.Coverage); !slices.Equal(got, want) {
		t.Errorf("gaps\n%v\nwant\n%v", got, want)
	}
	wantDue := []string{"财务信息:4/3/3", "工作动态:12/11/11", "部门预算:1/0/1", "部门决算:1/1/1", "招生考试:1/0/0"}
	if got := dueNames(res.Coverage); !slices.Equal(got, wantDue) {
		t.Errorf("categories %v, want %v", got, wantDue)
	}

	res = check(t, coverageLedgers(), 2025, selfcheck.Options{AsOf: day("2025-07-15")})
	want = []string{
		"财务信息:2025年第二季度:2025-04-01~2025-06-30",
		"工作动态:2025年3月:2025-03-01~2025-03-31",
		"部门预算:2025年6月底前:2025-01-01~2025-06-30",
	}
	if got := gapNames(res.Coverage); !slices.Equal(got, want) {
		t.Errorf("as of 2025-07-15: gaps\n%v\nwant\n%v", got, want)
	}
	wantDue = []string{"财务信息:2/1/3", "工作动态:6/5/11", "部门预算:1/0/1", "部门决算:1/1/1", "招生考试:0/0/0"}
	if got := dueNames(res.Coverage); !slices.Equal(got, wantDue) {
		t.Errorf("as of 2025-07-15: categories %v, want %v", got, wantDue)
	}
	// The last day of a period makes it due.
	res = check(t, coverageLedgers(), 2025, selfcheck.Options{AsOf: day("2025-09-30")})
	if got := dueNames(res.Coverage)[0]; got != "财务信息:3/2/3" {
		t.Errorf("as of 2025-09-30: %s, want 财务信息:3/2/3", got)
	}
}

// TestNotes checks the notes `check` shows: level, rule, row and message
// with the dates and working days, and no applicant data.
func TestNotes(t *testing.T) {
	l := coverageLedgers()
	l.Entries = l.Entries[:1]
	l.Publications = append(l.Publications,
		pub("G23", "通知公告", "X教〔2025〕5号", "2025-09-08", "2025-10-15"),
		pub("BAD", "通知公告", "", "2025-06-10", "2025-06-09"))
	l.Documents = []report.Document{doc("X教发〔2025〕2号", "2025-03-04"), doc("X教发〔2025〕4号", "2025-04-01")}
	l.Publications = append(l.Publications, pub("J2", "政策解读", "X教发〔2025〕2号", "", "2025-03-05"))
	l.Requests = []report.Request{
		{ID: "Y3", Received: day("2025-09-26"), Registered: day("2025-09-30"), ApplicantName: "张三",
			Contact: "13800000000", Content: "申请公开某校食堂账目", Origin: origin("依申请公开", 4)},
		{ID: "YB", Received: day("2025-09-26"), Registered: day("2025-09-25"), ApplicantName: "李四",
			Origin: origin("依申请公开", 5)},
	}
	res := check(t, l, 2025, selfcheck.Options{})
	var got []string
	for _, p := range res.Notes() {
		if p.Level != report.LevelNote {
			t.Errorf("%+v: want a note", p)
		}
		got = append(got, strings.Join([]string{p.Rule, p.Where, p.Ledger, p.Key, p.Message}, "|"))
	}
	want := []string{
		"发布时限|台账.xlsx 工作表「主动公开」第2行|主动公开|G23|索引号 G23（X教〔2025〕5号）：成文日期 2025-09-08，发布日期 2025-10-15，相隔 23 个工作日，超过《条例》第二十六条规定的 20 个工作日",
		"政策解读|台账.xlsx 工作表「规范性文件」第3行|规范性文件|X教发〔2025〕2号|文件 X教发〔2025〕2号 印发日期 2025-03-04，其政策解读（索引号 J2）发布于 2025-03-05，晚 1 个工作日，未与文件同步发布",
		"政策解读|台账.xlsx 工作表「规范性文件」第3行|规范性文件|X教发〔2025〕4号|文件 X教发〔2025〕4号 印发日期 2025-04-01，主动公开台账中没有文号写明该文件的「政策解读」信息（截至 2025-12-31），缺少政策解读",
		"登记时限|台账.xlsx 工作表「依申请公开」第4行|依申请公开|Y3|申请 Y3：收到日期 2025-09-26，登记日期 2025-09-30，相隔 3 个工作日，超过规定的 2 个工作日",
		"目录时限|主动公开目录「财务信息」|主动公开目录|财务信息|栏目「财务信息」公开时限为每季度，2025年第二季度（2025-04-01 至 2025-06-30）没有发布信息，存在应公开未公开的风险",
		"发布时限|台账.xlsx 工作表「主动公开」第2行|主动公开|BAD|索引号 BAD 的成文日期 2025-06-10 晚于发布日期 2025-06-09，请核对台账（本条未计入发布时限自查）",
		"登记时限|台账.xlsx 工作表「依申请公开」第5行|依申请公开|YB|申请 YB 的登记日期 2025-09-25 早于收到日期 2025-09-26，请核对台账（本条未计入登记时限自查）",
	}
	if !slices.Equal(got, want) {
		t.Errorf("notes\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, g := range got {
		for _, personal := range []string{"张三", "李四", "13800000000", "食堂"} {
			if strings.Contains(g, personal) {
				t.Errorf("note %q shows the applicant's %q", g, personal)
			}
		}
	}
}
