package rollup

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

const codeA = "91350100M000100Y43"

// mixed returns the inputs of a county bureau: two exports, two tables
// filled in by hand (one without title, one breaking the 勾稽 rule), and
// the files it must leave out.
func mixed() []Input {
	a := unitReport("某某县第一中学", codeA, 2025, 1)
	a.Table2.FeesWan = "4166.241619"
	b := unitReport("某某县第二中学", "", 2025, 2)
	b.Table2.FeesWan = "0.5"
	c := unitReport("", "", 0, 3) // no title: no name, no year
	d := unitReport("某某县实验小学", "", 2025, 4)
	d.Table3.Rows[report.RowNew][0]++ // breaks 勾稽 and 总计
	d.Table3.Rows[report.RowNew][report.TotalCol]++
	dWhere := map[string]string{"table3.new.natural": "工作表「表三」D5"}
	return []Input{
		{File: "in/一中.xlsx", Report: a, Kind: KindExport},
		{File: "in/二中.xlsx", Report: b, Kind: KindExport},
		{File: "in/城关小学.xlsx", Report: c, Kind: KindHand, Where: map[string]string{}},
		{File: "in/实验小学.xlsx", Report: d, Kind: KindHand, Where: dWhere},
		{File: "in/一中-改名.xlsx", Report: unitReport("某某县一中", codeA, 2025, 9), Kind: KindExport},
		{File: "in/二中（重发）.xlsx", Report: unitReport(" 某某县第二中学 ", "", 2025, 9), Kind: KindHand},
		{File: "in/三中.xlsx", Report: unitReport("某某县第三中学", "", 2024, 9), Kind: KindExport},
		{File: "in/坏文件.xlsx", Kind: KindHand, Err: errors.New("坏文件.xlsx 无法作为 .xlsx 工作簿打开")},
	}
}

func TestSum(t *testing.T) {
	inputs := mixed()
	expected := []Expected{
		{Name: "一中（名称不同，代码相同）", Code: codeA},
		{Name: "某某县第二中学"},
		{Name: "城关小学"},
		{Name: "某某县实验小学 "},
		{Name: "某某县第三中学"}, // sent only last year's file
		{Name: "某某县第四中学", Code: "91350100M000200Y33"},
	}
	res := Sum("某某县教育局", 2025, inputs, expected)

	if res.Sum.Unit != (report.Unit{Name: "某某县教育局"}) || res.Sum.Year != 2025 {
		t.Errorf("Sum unit %+v year %d", res.Sum.Unit, res.Sum.Year)
	}
	var files, names []string
	for _, in := range res.Units {
		files, names = append(files, in.File), append(names, in.Report.Unit.Name)
	}
	if want := []string{"in/一中.xlsx", "in/二中.xlsx", "in/城关小学.xlsx", "in/实验小学.xlsx"}; !reflect.DeepEqual(files, want) {
		t.Errorf("Units = %q, want %q", files, want)
	}
	if names[2] != "城关小学" {
		t.Errorf("unnamed unit named %q, want the file's base name", names[2])
	}
	if inputs[2].Report.Unit.Name != "" {
		t.Error("Sum changed its input")
	}
	assertSum(t, res.Sum, inputs[0].Report, inputs[1].Report, inputs[2].Report, inputs[3].Report)
	if got := res.Sum.Table2.FeesWan; got != "4166.741619" {
		t.Errorf("FeesWan = %q, want 4166.741619", got)
	}
	wantExcluded := []Problem{
		{Unit: "某某县一中", File: "in/一中-改名.xlsx", Rule: RuleDuplicate,
			Message: "与 in/一中.xlsx 是同一单位（统一社会信用代码同为 " + codeA + "），只计入先读到的 in/一中.xlsx"},
		{Unit: "某某县第二中学", File: "in/二中（重发）.xlsx", Rule: RuleDuplicate,
			Message: "与 in/二中.xlsx 是同一单位（单位名称同为「某某县第二中学」，两个文件都没有统一社会信用代码），只计入先读到的 in/二中.xlsx；如果是两个单位，请在两个文件中都填写统一社会信用代码"},
		{Unit: "某某县第三中学", File: "in/三中.xlsx", Rule: RuleYear, Message: "年份为2024年，不是2025年"},
		{Unit: "坏文件", File: "in/坏文件.xlsx", Rule: RuleUnreadable, Message: "无法读取：坏文件.xlsx 无法作为 .xlsx 工作簿打开"},
	}
	if !reflect.DeepEqual(res.Excluded, wantExcluded) {
		t.Errorf("Excluded =\n%+v\nwant\n%+v", res.Excluded, wantExcluded)
	}
	wantMissing := []Expected{expected[4], expected[5]}
	if !reflect.DeepEqual(res.Missing, wantMissing) {
		t.Errorf("Missing = %+v, want %+v", res.Missing, wantMissing)
	}
}

func TestSumProblems(t *testing.T) {
	res := Sum("某某县教育局", 2025, mixed(), nil)
	want := []Problem{
		{Unit: "城关小学", File: "in/城关小学.xlsx", Rule: RuleYear, Message: "未能从表中识别年份，按2025年计入"},
		{Unit: "某某县实验小学", File: "in/实验小学.xlsx", Rule: "勾稽关系",
			Where:   "in/实验小学.xlsx 工作表「表三」D5（表三 一、本年新收政府信息公开申请数量 / 自然人）",
			Message: "表三「自然人」列：第一项 35 + 第二项 1 = 36，不等于第三项总计 10 + 第四项 25 = 35"},
		{Unit: "某某县实验小学", File: "in/实验小学.xlsx", Rule: "勾稽关系",
			Where: "in/实验小学.xlsx（表三 一、本年新收政府信息公开申请数量 / 总计）"},
	}
	if len(res.Problems) != len(want) {
		t.Fatalf("Problems = %+v, want %d", res.Problems, len(want))
	}
	for i, w := range want {
		g := res.Problems[i]
		if g.Unit != w.Unit || g.File != w.File || g.Rule != w.Rule || g.Where != w.Where ||
			w.Message != "" && g.Message != w.Message {
			t.Errorf("Problems[%d] =\n%+v\nwant\n%+v", i, g, w)
		}
	}
}

func TestSumExportLocatesByFigureName(t *testing.T) {
	r := unitReport("某某县第一中学", "", 2025, 1)
	r.Table4.Review.Total++
	res := Sum("某某县教育局", 2025, []Input{{File: "a.xlsx", Report: r, Kind: KindExport}}, nil)
	if len(res.Problems) != 1 || res.Problems[0].Where != "表四 行政复议 / 总计" {
		t.Errorf("Problems = %+v", res.Problems)
	}
}

func TestSumPublicationsAndTimeliness(t *testing.T) {
	a, b := unitReport("甲", "", 2025, 1), unitReport("乙", "", 2025, 2)
	b.Publications.ByCategory = []report.NamedCount{{Name: "学生资助", Count: 3}, {Name: "政策文件", Count: 1}}
	b.Publications.CategoryMonth = [][12]int{{3}, {0, 1}}
	b.Publications.ByChannel = []report.NamedCount{{Name: "政务公开栏", Count: 2}}
	res := Sum("县", 2025, []Input{{File: "a", Report: a}, {File: "b", Report: b}}, nil)
	p := res.Sum.Publications
	wantCat := []report.NamedCount{{Name: "政策文件", Count: 61}, {Name: "招生考试", Count: 41}, {Name: "学生资助", Count: 3}}
	if !reflect.DeepEqual(p.ByCategory, wantCat) {
		t.Errorf("ByCategory = %+v", p.ByCategory)
	}
	wantCM := [][12]int{{5, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, {41}, {3}}
	if !reflect.DeepEqual(p.CategoryMonth, wantCM) {
		t.Errorf("CategoryMonth = %v", p.CategoryMonth)
	}
	wantCh := []report.NamedCount{{Name: "政府网站", Count: 101}, {Name: "政务新媒体", Count: 1}, {Name: "政务公开栏", Count: 2}}
	if !reflect.DeepEqual(p.ByChannel, wantCh) {
		t.Errorf("ByChannel = %+v", p.ByChannel)
	}
	if p.Total != 203 || p.KeyArea != 23 || p.FromRequests != 3 || p.ByMonth[11] != 27 {
		t.Errorf("Publications = %+v", p)
	}
	// Each unit's 股室 stay its own: the sum lists the units instead.
	if p.ByDepartment != nil {
		t.Errorf("ByDepartment = %+v, want none in a roll-up", p.ByDepartment)
	}
	wantUnits := &report.RollupSum{Units: 2, ByUnit: []report.NamedCount{{Name: "甲", Count: 101}, {Name: "乙", Count: 102}}}
	if !reflect.DeepEqual(res.Sum.Rollup, wantUnits) {
		t.Errorf("Rollup = %+v", res.Sum.Rollup)
	}
	if f := res.Sum.ProcessingFees; f.Count != 1 || f.AmountFen != 10000 {
		t.Errorf("ProcessingFees = %+v", f)
	}
	if tl := res.Sum.Timeliness; tl == nil || !reflect.DeepEqual(*tl, report.Timeliness{Concluded: 44, OnTime: 43, Late: 1}) {
		t.Errorf("Timeliness = %+v", tl)
	}
	b.Timeliness, b.Publications.CategoryMonth = nil, nil
	if tl := Sum("县", 2025, []Input{{File: "a", Report: a}, {File: "b", Report: b}}, nil).Sum.Timeliness; tl != nil {
		t.Errorf("Timeliness = %+v, want nil when a unit has none", tl)
	}
	if s := Sum("县", 2025, []Input{{File: "a", Report: a}, {File: "b", Report: b}}, nil).Sum; s.Publications.CategoryMonth != nil || s.Rollup.NoMonths != 1 {
		t.Errorf("CategoryMonth = %v, NoMonths = %d, want nil and 1 when a unit has none", s.Publications.CategoryMonth, s.Rollup.NoMonths)
	}
}

func TestSumBadFee(t *testing.T) {
	r := unitReport("甲", "", 2025, 1)
	r.Table2.FeesWan = "约3万"
	res := Sum("县", 2025, []Input{{File: "a.xlsx", Report: r, Where: map[string]string{"table2.fees.amount_wan": "B15"}}}, nil)
	if len(res.Problems) != 1 || res.Problems[0].Rule != RuleFee || !strings.HasPrefix(res.Problems[0].Where, "a.xlsx B15（") {
		t.Errorf("Problems = %+v", res.Problems)
	}
	if res.Sum.Table2.FeesWan != "0.00" || res.Sum.Table2.Licensing != 21 {
		t.Errorf("Table2 = %+v", res.Sum.Table2)
	}
}

func TestSumNothing(t *testing.T) {
	res := Sum("县", 2025, nil, []Expected{{Name: "甲"}})
	if res.Sum.Table2.FeesWan != "0.00" || res.Sum.Timeliness != nil || len(res.Missing) != 1 {
		t.Errorf("Result = %+v", res)
	}
}
