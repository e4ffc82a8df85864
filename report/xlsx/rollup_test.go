package xlsx

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/data/xlsxguard/hostile"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/rollup"
)

// rollupSample sums two small units by hand.
func rollupSample() *rollup.Result {
	a := &report.AnnualReport{Unit: report.Unit{Name: "甲小学", Code: "A1"}, Year: 2025}
	a.Table2.Rules.Issued, a.Table2.FeesWan = 2, "1.25"
	a.Table3.Rows[0] = report.ApplicantCounts{3, 0, 0, 0, 0, 0, 3}
	a.Table4.Review.Upheld = 1
	b := &report.AnnualReport{Unit: report.Unit{Name: "乙中学"}, Year: 2025}
	b.Table2.Rules.Issued, b.Table2.FeesWan = 5, "4166.241619"
	b.Table3.Rows[0] = report.ApplicantCounts{1, 1, 0, 0, 0, 0, 2}
	sum := &report.AnnualReport{Unit: report.Unit{Name: "某某县教育局"}, Year: 2025, Produced: time.Date(2026, 1, 25, 10, 0, 0, 0, time.UTC)}
	sum.Table2.Rules.Issued, sum.Table2.FeesWan = 7, "4167.491619"
	sum.Table3.Rows[0] = report.ApplicantCounts{4, 1, 0, 0, 0, 0, 5}
	sum.Table4.Review.Upheld = 1
	return &rollup.Result{
		Name: "某某县教育局", Year: 2025,
		Units: []rollup.Input{{File: "收到的文件/甲.xlsx", Report: a}, {File: "乙.xlsx", Report: b}},
		Sum:   sum,
		Problems: []rollup.Problem{{Unit: "乙中学", File: "收到的文件/乙.xlsx", Rule: "勾稽关系", Where: "表三 总计 / 自然人",
			Message: "一加二不等于三加四"}, {Level: report.LevelNote, Unit: "甲中学", File: "甲.xlsx", Rule: "标签近似", Where: "甲.xlsx B7",
			Message: "标签「规范性文件」与国家格式不完全一致"}},
		Missing: []rollup.Expected{{Name: "丙小学", Code: "C3"}}, Listed: true,
	}
}

func openRollup(t *testing.T, d *rollup.Result) *excelize.File {
	t.Helper()
	return openWritten(t, func(b *bytes.Buffer) error { return WriteRollupDetails(b, d) })
}

// cells reads a sheet into a map from A1 names to raw values.
func cells(t *testing.T, f *excelize.File, sheet string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, c := range flat(t, f, sheet) {
		k, v, _ := strings.Cut(c, "=")
		m[k] = v
	}
	return m
}

func TestRollupDetails(t *testing.T) {
	d := rollupSample()
	f := openRollup(t, d)
	want := []string{"各单位数据", "未报送单位", "问题清单", "未计入的文件"}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets = %q", got)
	}
	u := cells(t, f, "各单位数据")
	for ref, v := range map[string]string{
		"A4": "单位", "B4": "甲小学", "C4": "乙中学", "D4": "合计",
		"A5": "统一社会信用代码", "B5": "A1", "A6": "文件", "B6": "甲.xlsx", "C6": "乙.xlsx",
		"A7": "表二 规章 / 本年制发件数", "B7": "2", "C7": "5", "D7": "7",
		"A16": "表二 行政事业性收费 / 本年收费金额（单位：万元）", "B16": "1.25", "C16": "4166.241619", "D16": "4167.491619",
		"A17": "表三 一、本年新收政府信息公开申请数量 / 自然人", "B17": "3", "C17": "1", "D17": "4",
		"A23": "表三 一、本年新收政府信息公开申请数量 / 总计", "B23": "3", "C23": "2", "D23": "5",
		"A192": "表四 行政复议 / 结果维持", "B192": "1", "C192": "0", "D192": "1",
		"A206": "表四 复议后起诉 / 总计", "D206": "0",
	} {
		if u[ref] != v {
			t.Errorf("各单位数据!%s = %q, want %q", ref, u[ref], v)
		}
	}
	for ref, v := range u {
		if strings.Contains(v, "小计") {
			t.Errorf("各单位数据!%s prints a group sum: %s", ref, v)
		}
	}
	if _, ok := u["A207"]; ok {
		t.Errorf("rows run past table 4: A207 = %q", u["A207"])
	}
	if !strings.Contains(u["A2"], "计入单位：2个") {
		t.Errorf("unit line = %q", u["A2"])
	}
	checkCells(t, f, "未报送单位", map[string]string{"A4": "序号", "A5": "1", "B5": "丙小学（C3）"})
	checkCells(t, f, "问题清单", map[string]string{"A4": "序号", "D4": "规则", "A5": "1", "B5": "乙中学", "C5": "乙.xlsx",
		"D5": "勾稽关系", "E5": "表三 总计 / 自然人", "F5": "一加二不等于三加四", "A6": "2", "D6": "标签近似（提示）", "A7": ""})
	checkCells(t, f, "未计入的文件", map[string]string{"D4": "原因", "A5": "无", "A6": ""})
}

func checkCells(t *testing.T, f *excelize.File, sheet string, want map[string]string) {
	t.Helper()
	got := cells(t, f, sheet)
	for ref, v := range want {
		if got[ref] != v {
			t.Errorf("%s!%s = %q, want %q", sheet, ref, got[ref], v)
		}
	}
}

func TestRollupDetailsEmpty(t *testing.T) {
	d := rollupSample()
	d.Missing, d.Problems = nil, nil
	d.Excluded = []rollup.Problem{{File: "旧.xlsx", Rule: "年度不符", Message: "文件为2024年度"}}
	f := openRollup(t, d)
	checkCells(t, f, "未报送单位", map[string]string{"A5": "无"})
	checkCells(t, f, "问题清单", map[string]string{"A5": "无"})
	checkCells(t, f, "未计入的文件", map[string]string{"A5": "1", "C5": "旧.xlsx", "D5": "年度不符", "F5": "文件为2024年度"})
}

// TestRollupDetailsNoUnitList: without a list of expected units the
// 未报送单位 sheet says so, not 「无」 (which would claim every unit reported).
func TestRollupDetailsNoUnitList(t *testing.T) {
	d := rollupSample()
	d.Missing, d.Listed = nil, false
	checkCells(t, openRollup(t, d), "未报送单位", map[string]string{"A5": "未提供应报单位名单", "A6": ""})
}

// BenchmarkRollupDetails writes the details of 3,000 units. It reports
// units/s and, as peak-MB, how far the live heap rose above the input's.
func BenchmarkRollupDetails(b *testing.B) {
	benchRollupDetails(b, rollupUnits(3000, 0))
}

// BenchmarkRollupDetailsProblems writes the details of 3,000 units that
// break 40 rules each: 120,000 rows of 「问题清单」, as in a roll-up of
// exports whose tables do not add up.
func BenchmarkRollupDetailsProblems(b *testing.B) {
	benchRollupDetails(b, rollupUnits(3000, 40))
}

// rollupUnits is rollupSample with n units and problems rule breaks each.
func rollupUnits(n, problems int) *rollup.Result {
	d := rollupSample()
	base := d.Units[0]
	d.Units, d.Problems = nil, nil
	for i := range n {
		r := *base.Report
		r.Unit = report.Unit{Name: "学校" + strconv.Itoa(i), Code: "C" + strconv.Itoa(i)}
		d.Units = append(d.Units, rollup.Input{File: "f.xlsx", Report: &r})
		for j := range problems {
			d.Problems = append(d.Problems, rollup.Problem{Unit: r.Unit.Name, File: "收到的文件/" + r.Unit.Name + ".xlsx",
				Rule: "勾稽关系", Where: "表三 （" + strconv.Itoa(j) + "） / 总计",
				Message: "表三 （五）不予处理 / 总计 不等于各项之和：总计为" + strconv.Itoa(j) + "，但各项之和为" + strconv.Itoa(j+i)})
		}
	}
	return d
}

func benchRollupDetails(b *testing.B, d *rollup.Result) {
	b.ReportAllocs()
	var peak uint64
	for b.Loop() {
		peak = max(peak, hostile.Rise(func() {
			var buf bytes.Buffer
			if err := WriteRollupDetails(&buf, d); err != nil {
				b.Fatal(err)
			}
		}))
	}
	b.ReportMetric(float64(len(d.Units)*b.N)/b.Elapsed().Seconds(), "units/s")
	b.ReportMetric(float64(peak>>20), "peak-MB")
}

// Without a summing unit's name the details say so and title the year alone.
func TestRollupDetailsUnnamed(t *testing.T) {
	d := rollupSample()
	d.Sum.Unit.Name = "汇总"
	d.Sum.Rollup = &report.RollupSum{Units: 2, Unnamed: true}
	u := cells(t, openRollup(t, d), "各单位数据")
	if !strings.HasPrefix(u["A1"], "2025年政府信息公开工作年度报告汇总") || !strings.HasPrefix(u["A2"], "汇总单位：（未填写）　报告年度：2025年") {
		t.Errorf("title %q, line %q", u["A1"], u["A2"])
	}
}
