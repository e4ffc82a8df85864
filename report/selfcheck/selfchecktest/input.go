// Package selfchecktest holds a hand-made self-inspection for the tests of
// the 自查报告's builder and renderers: every figure is written here, not
// counted, so that a renderer that drops or moves one shows.
package selfchecktest

import (
	"fmt"
	"time"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// LatePublications is how many late items Input has: enough for the
// table to run onto another page.
const LatePublications = 24

// Input is the 2025 self-inspection of 某某县教育局: 120 items, 100 with a
// 成文日期 and LatePublications of them late; 5 documents (2 同步, 1 late by
// 3 working days, 2 missing); 40 applications, 30 checked, 2 late; two
// categories with a 时限 (one quarterly with 1 gap, one yearly by June
// with 1 gap); 6 tasks, 2 overdue; 3 departments with quotas, 1 short.
func Input() selfcheck.Input {
	d := report.NewDate
	rep := &report.AnnualReport{Unit: report.Unit{Name: "某某县教育局"}, Year: 2025}
	rep.Publications = report.PublicationStats{Total: 120,
		ByCategory: []report.NamedCount{{Name: "通知公告", Count: 70}, {Name: "政策解读", Count: 3}, {Name: "财政预决算", Count: 2}, {Name: "招生考试", Count: 45}},
		ByChannel:  []report.NamedCount{{Name: "政府网站", Count: 110}, {Name: "政务新媒体", Count: 10}}}
	rows := &rep.Table3.Rows
	rows[report.RowNew][report.TotalCol] = 40
	rows[report.RowCarriedIn][report.TotalCol] = 2
	rows[report.RowResultTotal][report.TotalCol] = 39
	rows[report.RowCarriedOut][report.TotalCol] = 3
	rep.Timeliness = &report.Timeliness{Concluded: 39, OnTime: 38, Late: 1, LateIDs: []string{"YSQ-2025-017"}}

	res := &selfcheck.Result{Year: 2025, RegisterDays: 2}
	res.Publishing = selfcheck.Publishing{Published: 120, Checked: 100}
	for i := range LatePublications {
		title := fmt.Sprintf("关于做好2025年第%d批义务教育阶段学校招生入学工作的通知", i+1)
		if i == 0 {
			title = "关于印发《某某县进一步规范中小学校办学行为、减轻学生过重学业负担、全面推进素质教育实施方案（2025—2027年）》的通知"
		}
		formed := d(2025, time.Month(1+i%12), 2)
		res.Publishing.Late = append(res.Publishing.Late, selfcheck.LatePublication{
			IndexNo: fmt.Sprintf("11330000MB0000000X/2025-%05d", 101+i), Title: title, Category: "通知公告",
			Formed: formed, Published: formed.AddDays(40 + i), Workdays: 25 + i})
	}
	res.Interpretations.Documents = []selfcheck.DocumentInterpretation{
		{DocNo: "某教发〔2025〕1号", Title: "关于加强中小学课后服务工作的意见", Issued: d(2025, 2, 10), Status: selfcheck.InterpretationSynced, IndexNo: "11330000MB0000000X/2025-00011", Released: d(2025, 2, 10)},
		{DocNo: "某教发〔2025〕3号", Title: "某某县学前教育资助管理办法", Issued: d(2025, 3, 5), Status: selfcheck.InterpretationLate, IndexNo: "11330000MB0000000X/2025-00031", Released: d(2025, 3, 10), LateDays: 3},
		{DocNo: "某教发〔2025〕5号", Title: "某某县中小学校安全管理规定", Issued: d(2025, 5, 20), Status: selfcheck.InterpretationMissing},
		{DocNo: "某教发〔2025〕7号", Title: "关于规范校外培训机构管理的通知", Issued: d(2025, 7, 1), Status: selfcheck.InterpretationSynced, IndexNo: "11330000MB0000000X/2025-00071", Released: d(2025, 6, 30)},
		{DocNo: "某教发〔2025〕9号", Title: "某某县教师交流轮岗实施办法", Issued: d(2025, 9, 1), Status: selfcheck.InterpretationMissing},
	}
	res.Registration = selfcheck.Registration{Received: 40, Checked: 30, Late: []selfcheck.LateRegistration{
		{ID: "YSQ-2025-004", Received: d(2025, 1, 24), Registered: d(2025, 2, 6), Workdays: 3},
		{ID: "YSQ-2025-021", Received: d(2025, 6, 3), Registered: d(2025, 6, 9), Workdays: 4},
	}}
	quarterly := report.DisclosureLimit{Kind: report.LimitQuarterly}
	byJune := report.DisclosureLimit{Kind: report.LimitYearlyBy, Month: 6}
	res.Coverage = selfcheck.Coverage{
		Categories: []selfcheck.CategoryCoverage{{Category: "招生考试", Limit: quarterly, Due: 4, Covered: 3, Items: 45}, {Category: "财政预决算", Limit: byJune, Due: 1, Covered: 0, Items: 2}},
		Gaps: []selfcheck.Gap{{Category: "招生考试", Limit: quarterly, Period: "2025年第三季度", From: d(2025, 7, 1), To: d(2025, 9, 30)},
			{Category: "财政预决算", Limit: byJune, Period: "2025年6月底前", From: d(2025, 1, 1), To: d(2025, 6, 30)}},
	}
	tasks := &report.MonthlySummary{Unit: rep.Unit, Year: 2025, Month: time.December,
		TaskCounts: report.TaskCounts{Total: 6, Done: 3, InProgress: 2, NotStarted: 1, Overdue: 2},
		Tasks: []report.TaskLine{
			{Task: report.Task{ID: "RW-01", Area: "政策解读", Units: []string{"办公室"}}, Deadline: d(2025, 6, 30), Status: report.TaskDone},
			{Task: report.Task{ID: "RW-02", Area: "完善主动公开目录，逐项明确公开时限", Units: []string{"办公室", "基础教育科"}}, Deadline: d(2025, 9, 30), Status: report.TaskInProgress, Overdue: true},
			{Task: report.Task{ID: "RW-03", Area: "规范依申请公开办理", Units: []string{"法规科"}}, Deadline: d(2025, 11, 30), Overdue: true},
		},
		Publications: report.MonthPublications{ByDepartment: []report.DeptQuota{
			{Name: "办公室", YearToDate: 40, YearToDateQuota: 36}, {Name: "基础教育科", YearToDate: 20, YearToDateQuota: 24}, {Name: "计财科", YearToDate: 12, YearToDateQuota: 12}, {Name: "人事科", YearToDate: 5}}},
	}
	return selfcheck.Input{Annual: rep, Result: res, Tasks: tasks,
		Catalog:  []report.CatalogEntry{{Name: "通知公告"}, {Name: "招生考试", Limit: quarterly}, {Name: "财政预决算", Limit: byJune}},
		Measures: []string{"一是建立信息发布时限台账，按成文日期倒排发布时间，每周核对。", "二是政策文件与解读材料同步起草、同步审签、同步发布。"},
		Date:     d(2026, 1, 20)}
}

// Clean is Input with nothing broken: every rule kept, every task done,
// every quota met.
func Clean() selfcheck.Input {
	in := Input()
	r := *in.Result
	r.Publishing.Late = nil
	r.Interpretations.Documents = r.Interpretations.Documents[:1]
	r.Registration.Late = nil
	r.Coverage.Gaps = nil
	r.Coverage.Categories = []selfcheck.CategoryCoverage{{Category: "招生考试", Limit: report.DisclosureLimit{Kind: report.LimitQuarterly}, Due: 4, Covered: 4, Items: 45}}
	in.Result = &r
	a := *in.Annual
	a.Timeliness = &report.Timeliness{Concluded: 39, OnTime: 39}
	in.Annual = &a
	in.Tasks = nil
	return in
}
