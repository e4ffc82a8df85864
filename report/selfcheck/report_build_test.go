package selfcheck_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/selfcheck"
	"github.com/xxgk/xxgk/report/selfcheck/selfchecktest"
)

// text is every paragraph and table cell of the report, one a line.
func text(r *selfcheck.Report) string {
	var b strings.Builder
	for _, s := range r.Sections {
		b.WriteString(s.Heading + "\n")
		for _, p := range s.Parts {
			b.WriteString(p.Subhead + "\n")
			for _, x := range p.Paragraphs {
				b.WriteString(x + "\n")
			}
			if p.Table != nil {
				for _, row := range p.Table.Rows {
					b.WriteString(strings.Join(row, "|") + "\n")
				}
			}
		}
	}
	return b.String()
}

func TestBuildFigures(t *testing.T) {
	r, err := selfcheck.Build(selfchecktest.Input())
	if err != nil {
		t.Fatal(err)
	}
	f := r.Figures
	if r.Title != "某某县教育局2025年政府信息公开工作自查报告" || r.Draft {
		t.Errorf("title %q draft %v", r.Title, r.Draft)
	}
	if got := f.Publishing.OnTime; got.Part != 76 || got.Whole != 100 || *got.Rate != 76.0 {
		t.Errorf("按时发布率 %+v", got)
	}
	if g := f.Interpreting; g.Synced != 2 || g.Late != 1 || g.Missing != 2 || *g.SyncRate.Rate != 40.0 {
		t.Errorf("解读 %+v", g)
	}
	if g := f.Registration; g.Checked != 30 || g.Late != 2 || *g.OnTime.Rate != 93.3 || g.Days != 2 {
		t.Errorf("登记 %+v", g)
	}
	if g := f.Coverage; g.Due != 5 || g.Covered != 3 || g.Gaps != 2 || *g.Rate.Rate != 60.0 {
		t.Errorf("目录 %+v", g)
	}
	if g := f.Requests; g.Received != 40 || g.CarriedIn != 2 || g.Concluded != 39 || g.CarriedOut != 3 || *g.Timely.Rate != 97.4 {
		t.Errorf("依申请 %+v", g)
	}
	if len(f.Quotas) != 3 || f.Quotas[1].Met || !f.Quotas[2].Met {
		t.Errorf("quotas %+v", f.Quotas)
	}
	if len(r.Rules) != 4 || len(r.Rules[0].Rows) != selfchecktest.LatePublications || len(r.Rules[1].Rows) != 3 ||
		len(r.Rules[2].Rows) != 2 || len(r.Rules[3].Rows) != 2 {
		t.Errorf("rule tables: %d", len(r.Rules))
	}
	if got := strings.Join(r.SignOff, "/"); got != "某某县教育局/2026年1月20日" {
		t.Errorf("sign-off %q", got)
	}
}

func TestBuildText(t *testing.T) {
	r, err := selfcheck.Build(selfchecktest.Input())
	if err != nil {
		t.Fatal(err)
	}
	all := text(r)
	for _, want := range []string{
		"通知公告70条，政策解读3条，财政预决算2条（公开时限：每年6月底前），招生考试45条（公开时限：每季度）",
		"政府网站110条，政务新媒体10条",
		"在法定期限内答复38件，按时答复率97.4%",
		"第二十六条",
		"按时发布率76.0%；超过20个工作日发布的24条",
		"某教发〔2025〕3号|某某县学前教育资助管理办法|2025-03-05|11330000MB0000000X/2025-00031|2025-03-10|迟3个工作日",
		"某教发〔2025〕5号|某某县中小学校安全管理规定|2025-05-20|—|—|缺失",
		"1|YSQ-2025-004|2025-01-24|2025-02-06|3",
		"1|招生考试|每季度|2025年第三季度",
		"逾期未完成2项",
		"RW-02|完善主动公开目录，逐项明确公开时限|办公室、基础教育科|2025-09-30|推进中",
		"基础教育科|20|24|差4条",
		"（一）信息发布不够及时。24条信息",
		"（二）政策解读未做到同步发布。2件规范性文件未发布解读（某教发〔2025〕5号、某教发〔2025〕9号）；1件解读迟于文件发布，最迟的是某教发〔2025〕3号的解读，迟3个工作日。",
		"（三）申请登记不够及时。2件申请未在收到后2个工作日内登记：YSQ-2025-021（4个工作日）、YSQ-2025-004（3个工作日）。",
		"招生考试2025年第三季度、财政预决算2025年6月底前",
		"1件超过法定期限答复",
		"1个单位未完成累计任务数：基础教育科（差4条）",
		"一是建立信息发布时限台账",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %q", want)
		}
	}
	// the worst late item (47 working days) is named first
	if !strings.Contains(all, "用时最长的是「关于做好2025年第24批") {
		t.Error("worst late publication not first")
	}
	if strings.Contains(all, "YSQ-2025-017") {
		t.Error("an application's ID of the timeliness list leaked into the text")
	}
}

func TestBuildNothingBroken(t *testing.T) {
	r, err := selfcheck.Build(selfchecktest.Clean())
	if err != nil {
		t.Fatal(err)
	}
	all := text(r)
	for _, want := range []string{"经自查，没有超过20个工作日发布的信息。", "经自查，每件规范性文件均同步发布了解读。",
		"经自查，没有超过2个工作日登记的申请。", "经自查，设有公开时限的类别在各期间均有公开。", "经自查，未发现", "本年未录入政务公开工作任务"} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %q", want)
		}
	}
	if strings.Contains(all, "（一）信息发布") {
		t.Error("a problem was invented")
	}
}

func TestBuildUnchecked(t *testing.T) {
	in := selfchecktest.Clean()
	r := *in.Result
	r.Publishing = selfcheck.Publishing{Published: 120}
	r.Registration = selfcheck.Registration{Received: 40}
	r.Coverage = selfcheck.Coverage{}
	in.Result = &r
	rep, err := selfcheck.Build(in)
	if err != nil {
		t.Fatal(err)
	}
	all := text(rep)
	for _, want := range []string{"主动公开台账未填写「成文日期」", "未同时填写「收到日期」和「登记日期」，本项未能自查", "主动公开目录未设置公开时限，本项未能自查",
		"台账数据不全，部分项目未能自查"} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %q", want)
		}
	}
	// each rule's sheet says what section 二 says
	if got := rep.Rules[0].Empty; !strings.HasPrefix(got, "主动公开台账未填写「成文日期」") {
		t.Errorf("发布时限 sheet: %q", got)
	}
	if got := rep.Rules[1].Empty; got != "经自查，每件规范性文件均同步发布了解读。" {
		t.Errorf("政策解读 sheet: %q", got)
	}
	if got := rep.Rules[3].Empty; !strings.HasPrefix(got, "主动公开目录未设置公开时限") {
		t.Errorf("目录时限 sheet: %q", got)
	}
	if rep.Figures.Publishing.OnTime.Rate != nil {
		t.Error("a rate out of nothing")
	}
}

func TestBuildMeasures(t *testing.T) {
	in := selfchecktest.Input()
	in.Measures = nil
	if _, err := selfcheck.Build(in); !errors.Is(err, selfcheck.ErrNoMeasures) {
		t.Errorf("err %v, want ErrNoMeasures", err)
	}
	in.Draft = true
	r, err := selfcheck.Build(in)
	if err != nil {
		t.Fatal(err)
	}
	last := r.Sections[4]
	if !r.Draft || last.Heading != "五、整改措施" || last.Parts[0].Paragraphs[0] != selfcheck.MeasuresPlaceholder {
		t.Errorf("draft %v, section 五 %+v", r.Draft, last)
	}
}

// A category of the 目录 with a 时限 and no item still shows, with 0.
func TestBuildCategoryWithoutItems(t *testing.T) {
	in := selfchecktest.Input()
	in.Catalog = append(in.Catalog, report.CatalogEntry{Name: "教育督导", Limit: report.DisclosureLimit{Kind: report.LimitMonthly}},
		report.CatalogEntry{Name: "其他"})
	r, err := selfcheck.Build(in)
	if err != nil {
		t.Fatal(err)
	}
	cats := r.Figures.Publications.ByCategory
	if len(cats) != 5 || cats[4] != (selfcheck.CategoryFigure{Name: "教育督导", Count: 0, Limit: "每月"}) {
		t.Errorf("categories %+v", cats)
	}
	if !strings.Contains(text(r), "教育督导0条（公开时限：每月）") {
		t.Error("section 一 lacks the empty category")
	}
}
