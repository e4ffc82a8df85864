package rollupfiles

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/rollup"
	"github.com/xxgk/xxgk/report/xlsx"
)

// school builds a report that obeys the rules of docs/counting.md, its figures
// varying with seed, with some zeros for the blank cells.
func school(name, code string, year, seed int) *report.AnnualReport {
	r := &report.AnnualReport{Unit: report.Unit{Name: name, Code: code}, Year: year}
	r.Table2 = report.Table2{
		NormativeDocs: report.DocCounts{Issued: seed, Repealed: seed % 3, InForce: 10 + seed},
		Licensing:     20 + seed, Penalty: seed % 2, FeesWan: "0.00",
	}
	rows := &r.Table3.Rows
	for j := 0; j < report.NumApplicantTypes; j++ {
		rows[report.RowNew][j] = 10 + seed + j
		rows[report.RowCarriedIn][j] = (seed + j) % 3
		total := 0
		for i := report.RowFirstResult; i < report.RowResultTotal; i++ {
			rows[i][j] = (seed + i + j) % 3 % 2
			total += rows[i][j]
		}
		rows[report.RowResultTotal][j] = total
		rows[report.RowCarriedOut][j] = rows[report.RowNew][j] + rows[report.RowCarriedIn][j] - total
	}
	for i := range rows {
		for j := 0; j < report.NumApplicantTypes; j++ {
			rows[i][report.TotalCol] += rows[i][j]
		}
	}
	r.Table4.Review = report.AppealCounts{Upheld: seed % 3, Pending: 1, Total: seed%3 + 1}
	r.Table4.LitigationDirect = report.AppealCounts{Corrected: seed % 2, Total: seed % 2}
	return r
}

// withStats adds what only an export carries: publications, 信息处理费 and
// timeliness.
func withStats(r *report.AnnualReport, seed int) *report.AnnualReport {
	r.Publications = report.PublicationStats{Total: 50 + seed, KeyArea: seed, FromRequests: 1,
		ByCategory:   []report.NamedCount{{Name: "政策文件", Count: 20}, {Name: "招生考试", Count: 30 + seed}},
		ByDepartment: []report.NamedCount{{Name: "办公室", Count: 50 + seed}},
		ByChannel:    []report.NamedCount{{Name: "政府网站", Count: 50 + seed}}}
	r.Publications.ByMonth[seed%12] = 50 + seed
	r.ProcessingFees = report.FeeSummary{Count: 1, AmountFen: 300000}
	r.Timeliness = &report.Timeliness{Concluded: 10, OnTime: 9, Late: 1, LateIDs: []string{"YSQ-2025-001"}}
	return r
}

func TestReadAll(t *testing.T) {
	dir := t.TempDir()
	a := withStats(school("某某县第一中学", "91350100M000100Y43", 2025, 1), 1)
	a.Table2.FeesWan = "4166.241619"
	b := withStats(school("某某县第二中学", "", 2025, 2), 2)
	c := school("某某县第三中学", "", 2025, 3)
	c.Table2.FeesWan = "0.5"
	d := school("某某县实验小学", "", 2025, 4)
	d.Table3.Rows[report.RowCarriedIn][0] += 2 // breaks 勾稽
	d.Table3.Rows[report.RowCarriedIn][report.TotalCol] += 2
	untitled := school("", "", 0, 5)
	writeFile(t, dir, "乡镇/一中.xlsx", exportFile(t, a))
	writeFile(t, dir, "乡镇/二中.xlsx", exportFile(t, b))
	writeFile(t, dir, "三中（手填）.xlsx", handTable(t, c, "某某县第三中学2025年政府信息公开工作年度报告"))
	writeFile(t, dir, "实验小学.XLSX", handTable(t, d, "某某县实验小学2025年政府信息公开工作年度报告"))
	writeFile(t, dir, "城关小学.xlsx", handTable(t, untitled, ""))
	writeFile(t, dir, "一中重发.xlsx", exportFile(t, school("某某县第一中学", "", 2025, 9)))
	writeFile(t, dir, "二中2024.xlsx", handTable(t, school("某某县第二中学", "", 2024, 9), "某某县第二中学2024年政府信息公开工作年度报告"))
	writeFile(t, dir, "说明.xlsx", []byte("这不是工作簿"))
	writeFile(t, dir, "~$一中.xlsx", []byte("Excel 的锁文件"))
	writeFile(t, dir, "说明.docx", []byte("不读"))

	inputs, err := ReadAll(context.Background(), []string{dir}, Options{Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, in := range inputs {
		got = append(got, fmt.Sprintf("%s %s %v", filepath.Base(in.File), in.Kind, in.Err != nil))
	}
	want := []string{"一中重发.xlsx export false", "三中（手填）.xlsx hand false", "一中.xlsx export false",
		"二中.xlsx export false", "二中2024.xlsx hand false", "城关小学.xlsx hand false",
		"实验小学.XLSX hand false", "说明.xlsx hand true"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("inputs =\n%q\nwant\n%q", got, want)
	}

	res := rollup.Sum("某某县教育局", 2025, sortedAsSent(inputs), []rollup.Expected{{Name: "某某县第四中学"}, {Name: "城关小学"}})
	assertFigures(t, res.Sum, a, b, c, d, untitled)
	if res.Sum.Table2.FeesWan != "4166.741619" {
		t.Errorf("FeesWan = %s", res.Sum.Table2.FeesWan)
	}
	p := res.Sum.Publications
	if p.Total != 103 || p.ByMonth[1] != 51 || p.ByMonth[2] != 52 || res.Sum.ProcessingFees.AmountFen != 600000 {
		t.Errorf("Publications %+v, ProcessingFees %+v", p, res.Sum.ProcessingFees)
	}
	if res.Sum.Timeliness != nil {
		t.Errorf("Timeliness = %+v, want nil: the hand-filled tables have none", res.Sum.Timeliness)
	}
	var excluded []string
	for _, e := range res.Excluded {
		excluded = append(excluded, filepath.Base(e.File)+" "+e.Rule)
	}
	if w := []string{"一中重发.xlsx 重复单位", "二中2024.xlsx 年份", "说明.xlsx 无法读取"}; !reflect.DeepEqual(excluded, w) {
		t.Errorf("Excluded = %q, want %q", excluded, w)
	}
	wantWhere := filepath.Join(dir, "实验小学.XLSX") + " 工作表「Sheet1」D24（表三 一、本年新收政府信息公开申请数量 / 自然人）"
	var found bool
	for _, pr := range res.Problems {
		found = found || pr.Rule == "勾稽关系" && pr.Where == wantWhere
	}
	if !found || len(res.Problems) != 3 {
		t.Errorf("Problems = %+v, want the 勾稽 break at %s and the year note", res.Problems, wantWhere)
	}
	if len(res.Missing) != 1 || res.Missing[0].Name != "某某县第四中学" {
		t.Errorf("Missing = %+v", res.Missing)
	}
}

// sortedAsSent puts the exports of the subfolder first, so that the first
// 一中 file read is the original.
func sortedAsSent(in []rollup.Input) []rollup.Input {
	var first, rest []rollup.Input
	for _, x := range in {
		if strings.Contains(x.File, "乡镇") {
			first = append(first, x)
		} else {
			rest = append(rest, x)
		}
	}
	return append(first, rest...)
}

// assertFigures checks every figure of got against the sum of reps.
func assertFigures(t *testing.T, got *report.AnnualReport, reps ...*report.AnnualReport) {
	t.Helper()
	want := map[string]int{}
	for _, r := range reps {
		for _, f := range r.Figures() {
			var n int
			if _, err := fmt.Sscan(f.Value, &n); err == nil && !strings.Contains(f.Value, ".") {
				want[f.Path] += n
			}
		}
	}
	for _, f := range got.Figures() {
		if f.Path != "table2.fees.amount_wan" && f.Value != fmt.Sprint(want[f.Path]) {
			t.Errorf("%s = %s, want %d", f.Path, f.Value, want[f.Path])
		}
	}
}

func TestReadAllErrors(t *testing.T) {
	if _, err := ReadAll(context.Background(), []string{"没有这个文件夹"}, Options{Workers: 2}); err == nil || !strings.Contains(err.Error(), "没有这个文件夹") {
		t.Errorf("err = %v", err)
	}
	dir := t.TempDir()
	writeFile(t, dir, "a.xlsx", []byte("x"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadAll(ctx, []string{dir}, Options{Workers: 2}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	inputs, err := ReadAll(context.Background(), []string{dir, filepath.Join(dir, "a.xlsx")}, Options{})
	if err != nil || len(inputs) != 1 || inputs[0].Err == nil {
		t.Errorf("inputs = %+v, err = %v; want one unreadable file, listed once", inputs, err)
	}
}

// TestReadAllEditedExport lists an export whose visible table was edited
// after it was made under RuleEdited, with the cell and both values.
func TestReadAllEditedExport(t *testing.T) {
	dir := t.TempDir()
	rep := withStats(school("某某县第一中学", "", 2025, 1), 1)
	f, err := excelize.OpenReader(bytes.NewReader(exportFile(t, rep)))
	if err != nil {
		t.Fatal(err)
	}
	sheet, ref, _ := xlsx.CellRef("table2.licensing.decisions")
	if err := f.SetCellValue(sheet, ref, 500); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "一中.xlsx", buf.Bytes())
	inputs, err := ReadAll(context.Background(), []string{dir}, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := "一中.xlsx的统计表与「数据」表不符：工作表「" + sheet + "」" + ref + " 显示 500，「数据」表为 21"
	if len(inputs) != 1 || inputs[0].Rule != rollup.RuleEdited || !strings.HasPrefix(fmt.Sprint(inputs[0].Err), want) {
		t.Errorf("inputs = %+v, want rule %s and %s…", inputs, rollup.RuleEdited, want)
	}
}

// TestReadAllOtherWorkbooks lists the workbooks in formats it cannot read
// (an Excel 97–2003 .xls, a WPS .et…) instead of passing over them; other
// files are not the roll-up's business.
func TestReadAllOtherWorkbooks(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "一中.xls", []byte("old"))
	writeFile(t, dir, "二中.et", []byte("wps"))
	writeFile(t, dir, "说明.docx", []byte("不读"))
	writeFile(t, dir, "应报单位.csv", []byte("单位名称\n"))
	inputs, err := ReadAll(context.Background(), []string{dir}, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, in := range inputs {
		got = append(got, in.Rule+"|"+fmt.Sprint(in.Err))
	}
	want := []string{
		rollup.RuleFormat + "|一中.xls 不是 .xlsx 文件，未读取；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再汇总",
		rollup.RuleFormat + "|二中.et 不是 .xlsx 文件，未读取；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再汇总",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("inputs =\n%q\nwant\n%q", got, want)
	}
}
