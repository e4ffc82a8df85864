package main

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/selfcheck"
	"github.com/xxgk/xxgk/samples"
)

// handMadeSelfCheck is a self-inspection of the sample year as the rules
// should find it (samples/README.md), made by hand while selfcheck.Check is
// a placeholder: 4 late items, 解读 2 同步 / 1 迟于 / 1 缺失, SQ2025-013
// registered late, 政策文件's first quarter empty.
func handMadeSelfCheck() *selfcheck.Result {
	d := report.NewDate
	q := report.DisclosureLimit{Kind: report.LimitQuarterly}
	return &selfcheck.Result{
		Year: 2025, AsOf: d(2025, 12, 31), RegisterDays: 2,
		Publishing: selfcheck.Publishing{Published: 300, Checked: 264, Late: []selfcheck.LatePublication{
			{IndexNo: "11330000MB0000000H/2025-00021", Title: "2024年秋季学期示例县学生资助资金发放情况公示", Formed: d(2024, 12, 10), Published: d(2025, 1, 17), Workdays: 27},
			{IndexNo: "11330000MB0000000H/2025-00184", Title: "示例县教育局2024年部门决算公开", Formed: d(2025, 6, 20), Published: d(2025, 8, 12), Workdays: 37},
			{IndexNo: "11330000MB0000000H/2025-00226", Title: "示例县教育局依申请公开办理流程", Formed: d(2025, 9, 2), Published: d(2025, 9, 30), Workdays: 21},
			{IndexNo: "11330000MB0000000H/2025-00232", Title: "2025年秋季学期普通高中国家助学金拟资助学生名单公示", Formed: d(2025, 9, 10), Published: d(2025, 10, 15), Workdays: 21},
		}},
		Interpretations: selfcheck.Interpretations{Documents: []selfcheck.DocumentInterpretation{
			{DocNo: "示教发〔2025〕2号", Issued: d(2025, 4, 1), Status: selfcheck.InterpretationLate, IndexNo: "11330000MB0000000H/2025-00074", Released: d(2025, 4, 8), LateDays: 4},
			{DocNo: "示教发〔2025〕6号", Issued: d(2025, 6, 30), Status: selfcheck.InterpretationSynced, IndexNo: "11330000MB0000000H/2025-00089", Released: d(2025, 4, 25)},
			{DocNo: "示教发〔2025〕9号", Issued: d(2025, 9, 15), Status: selfcheck.InterpretationMissing},
			{DocNo: "示教发〔2025〕12号", Issued: d(2025, 10, 20), Status: selfcheck.InterpretationSynced, IndexNo: "11330000MB0000000H/2025-00219", Released: d(2025, 9, 19)},
		}},
		Registration: selfcheck.Registration{Received: 36, Checked: 36, Late: []selfcheck.LateRegistration{
			{ID: "SQ2025-013", Received: d(2025, 4, 21), Registered: d(2025, 4, 24), Workdays: 3},
		}},
		Coverage: selfcheck.Coverage{
			Categories: []selfcheck.CategoryCoverage{
				{Category: "机构概况", Limit: report.DisclosureLimit{Kind: report.LimitYearlyBy, Month: 1}, Due: 1, Covered: 1, Items: 2},
				{Category: "政策文件", Limit: q, Due: 4, Covered: 3, Items: 4},
				{Category: "工作动态", Limit: report.DisclosureLimit{Kind: report.LimitMonthly}, Due: 12, Covered: 12, Items: 149},
			},
			Gaps: []selfcheck.Gap{{Category: "政策文件", Limit: q, Period: "2025年第一季度", From: d(2025, 1, 1), To: d(2025, 3, 31)}},
		},
	}
}

// benchInspecting is a workbench on db whose self-inspection is inspect
// (counting its calls), kept in the year cache like the real one.
func benchInspecting(t *testing.T, db string, inspect yearInspect) (*bench, *atomic.Int32) {
	t.Helper()
	calls := new(atomic.Int32)
	b := newBenchWith(t, db, func(cfg *web.Config) {
		o := cfg.Ops.(webOps)
		o.years = newYearCache(o.checkYear, func(ctx context.Context, y int) (*selfcheck.Result, error) {
			calls.Add(1)
			return inspect(ctx, y)
		})
		cfg.Ops = o
	})
	return b, calls
}

// selfCheckSectionOf cuts the 「自查」 section out of a page.
func selfCheckSectionOf(t *testing.T, body string) string {
	t.Helper()
	i := strings.Index(body, `<section aria-labelledby="selfcheck"`)
	if i < 0 {
		t.Fatalf("年度报告 has no 自查 section:\n%s", body)
	}
	j := strings.Index(body[i:], "</section>")
	return body[i : i+j]
}

// 年度报告 shows the self-inspection's four rules with their figures and
// the items that break each, the application linking to its page; it is
// made once per key of the year cache, not on every request.
func TestWorkbenchAnnualSelfCheck(t *testing.T) {
	_, db := importSamples(t)
	b, calls := benchInspecting(t, db, func(context.Context, int) (*selfcheck.Result, error) { return handMadeSelfCheck(), nil })
	rec := b.get("/annual?year=2025")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d\n%s", rec.Code, rec.Body)
	}
	sec := selfCheckSectionOf(t, rec.Body.String())
	for _, want := range []string{
		`<h2 id="selfcheck">2025 年自查</h2>`,
		`本年主动公开 <strong>300</strong> 条，填写成文日期的 <strong>264</strong> 条，按时公开 <strong>260</strong> 条，逾期 <strong id="sc-late-pubs">4</strong> 条，按时率 <strong>98.5%</strong>`,
		`<td data-label="索引号">11330000MB0000000H/2025-00226</td><td data-label="成文日期">2025-09-02</td><td data-label="发布日期">2025-09-30</td><td data-label="工作日" class="num"><span class="state overdue">21</span></td>`,
		`本年印发规范性文件 <strong>4</strong> 件：解读同步 <strong id="sc-synced">2</strong> 件，迟于文件 <strong id="sc-late-docs">1</strong> 件，缺失 <strong id="sc-missing">1</strong> 件`,
		`<td data-label="文号">示教发〔2025〕2号</td><td data-label="印发日期">2025-04-01</td><td data-label="解读索引号">11330000MB0000000H/2025-00074</td><td data-label="解读发布日期">2025-04-08</td><td data-label="结论"><span class="state soon">迟于 4 个工作日</span></td>`,
		`<td data-label="文号">示教发〔2025〕9号</td><td data-label="印发日期">2025-09-15</td><td data-label="解读索引号">（无）</td><td data-label="解读发布日期"></td><td data-label="结论"><span class="state overdue">缺失</span></td>`,
		`<td data-label="结论">同步</td>`,
		`三、依申请公开登记时限（收到后 2 个工作日内登记）`,
		`本年收到申请 <strong>36</strong> 件，填写登记日期的 <strong>36</strong> 件，按时登记 <strong>35</strong> 件，逾期登记 <strong id="sc-late-regs">1</strong> 件，按时率 <strong>97.2%</strong>`,
		`<td data-label="申请编号"><a href="/requests/SQ2025-013" class="record-link">SQ2025-013</a></td><td data-label="收到日期">2025-04-21</td><td data-label="登记日期">2025-04-24</td>`,
		`设置公开时限的类别 <strong>3</strong> 个，应公开未公开 <strong id="sc-gaps">1</strong> 处`,
		`<td data-label="类别">政策文件</td><td data-label="公开时限">每季度</td><td data-label="已到期期间" class="num">4</td><td data-label="有公开的期间" class="num">3</td>`,
		`<td data-label="公开时限">每年1月底前</td>`, `<td data-label="公开时限">每月</td>`,
		`政策文件（每季度）：2025年第一季度（2025-01-01 至 2025-03-31）没有公开信息`,
	} {
		if !strings.Contains(sec, want) {
			t.Errorf("自查 lacks %s", want)
		}
	}
	if strings.Contains(sec, "提示") {
		t.Errorf("自查 has a note although every rule was checked:\n%s", sec)
	}
	// the application's link leads to its page
	if rec := b.get("/requests/SQ2025-013"); rec.Code != http.StatusOK {
		t.Errorf("/requests/SQ2025-013: status %d", rec.Code)
	}
	// kept with the year's figures: a second page asks nothing again
	b.get("/annual?year=2025")
	if n := calls.Load(); n != 1 {
		t.Errorf("self-inspection made %d times for two pages, want 1", n)
	}
	// a change of the database makes it again
	xxgk(t, "request", "add", "--db", db, "--id", "SQ2025-900", "--received", "2025-12-30", "--applicant-type", "自然人").must(t)
	b.get("/annual?year=2025")
	if n := calls.Load(); n != 2 {
		t.Errorf("self-inspection made %d times after a change, want 2", n)
	}
}

// A rule that cannot be checked for lack of a column says so instead of
// figures; a self-inspection that fails shows why and leaves the tables.
func TestWorkbenchAnnualSelfCheckNotes(t *testing.T) {
	_, db := importSamples(t)
	empty := &selfcheck.Result{Year: 2025, AsOf: report.NewDate(2025, 12, 31), RegisterDays: 2,
		Publishing: selfcheck.Publishing{Published: 300}, Registration: selfcheck.Registration{Received: 36}}
	b, _ := benchInspecting(t, db, func(context.Context, int) (*selfcheck.Result, error) { return empty, nil })
	sec := selfCheckSectionOf(t, b.get("/annual?year=2025").Body.String())
	for _, want := range []string{
		`<p class="note" id="sc-publishing-note"><span class="label">提示</span>主动公开台账没有「成文日期」（或「形成日期」「变更日期」）列，或该列均未填写，无法检查发布时限。</p>`,
		`<p class="note" id="sc-interpretations-note"><span class="label">提示</span>2025 年没有印发规范性文件，无需检查解读。</p>`,
		`<p class="note" id="sc-registration-note"><span class="label">提示</span>依申请公开台账没有同时填写「收到日期」和「登记日期」，无法检查登记时限。</p>`,
		`<p class="note" id="sc-coverage-note"><span class="label">提示</span>目录中没有类别设置公开时限（每月、每季度、每年N月底前），无法检查应公开未公开。</p>`,
	} {
		if !strings.Contains(sec, want) {
			t.Errorf("自查 lacks %s", want)
		}
	}
	if strings.Contains(sec, "按时率") {
		t.Errorf("自查 shows a rate for unchecked rules:\n%s", sec)
	}

	b, _ = benchInspecting(t, db, func(context.Context, int) (*selfcheck.Result, error) {
		return nil, errors.New("目录无法读取")
	})
	body := b.get("/annual?year=2025").Body.String()
	if sec := selfCheckSectionOf(t, body); !strings.Contains(sec, `<p class="problem" id="selfcheck-error">无法进行 2025 年的自查：目录无法读取</p>`) {
		t.Errorf("自查 does not say why it failed:\n%s", sec)
	}
	if !strings.Contains(body, `id="table3"`) {
		t.Error("a failed self-inspection hides the tables")
	}
}

// With the real rules, 年度报告 of the sample unit shows the findings the
// samples package works out from its own rows, and nothing about the
// applicants.
func TestWorkbenchAnnualSelfCheckOfTheSamples(t *testing.T) {
	_, db := importSamples(t)
	sec := selfCheckSectionOf(t, newBench(t, db).get("/annual?year=2025").Body.String())
	for _, want := range []string{
		`逾期 <strong id="sc-late-pubs">4</strong> 条`,
		"11330000MB0000000H/2025-00021", "11330000MB0000000H/2025-00184",
		"11330000MB0000000H/2025-00226", "11330000MB0000000H/2025-00232",
		`解读同步 <strong id="sc-synced">2</strong> 件，迟于文件 <strong id="sc-late-docs">1</strong> 件，缺失 <strong id="sc-missing">1</strong> 件`,
		`逾期登记 <strong id="sc-late-regs">1</strong> 件`, `<a href="/requests/SQ2025-013" class="record-link">SQ2025-013</a>`,
		`应公开未公开 <strong id="sc-gaps">1</strong> 处`, "政策文件（每季度）：2025年第一季度",
	} {
		if !strings.Contains(sec, want) {
			t.Errorf("自查 lacks %s", want)
		}
	}
	for _, r := range samples.Data().Requests {
		for _, s := range []string{r.Name, r.Contact, r.Content} {
			if s != "" && strings.Contains(sec, s) {
				t.Errorf("自查 shows applicant data %q of %s", s, r.ID)
			}
		}
	}
}
