package xlsx

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// The facts below hold whatever the golden says.

func TestSheetOrder(t *testing.T) {
	f := writeBook(t, sampleReport())
	want := []string{report.Table2Title, report.Table3Title, report.Table4Title, "主动公开信息统计", "申请办理结果统计"}
	got := f.GetSheetList()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	for _, s := range got {
		if n := len([]rune(s)); n > 31 {
			t.Errorf("sheet name %s has %d characters, Excel allows 31", s, n)
		}
	}
}

// texts returns the set of string cell values of a sheet.
func texts(t *testing.T, f *excelize.File, sheet string) map[string]bool {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	set := map[string]bool{}
	for _, row := range rows {
		for _, v := range row {
			set[v] = true
		}
	}
	return set
}

func TestStatutoryLabels(t *testing.T) {
	f := writeBook(t, sampleReport())
	want := map[string][]string{
		report.Table2Title: {
			report.Table2Item1, report.Table2Item5, report.Table2Item6, report.Table2Item8,
			report.Table2Content, report.Table2Issued, report.Table2Repealed, report.Table2InForce,
			report.Table2Decisions, report.Table2FeeAmount, report.Table2FeeLabel,
			"规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制",
		},
		report.Table3Title: {report.Table3Note, report.Table3Applicant, report.Table3LegalPerson, report.Table3Results},
		report.Table4Title: {report.Table4Review, report.Table4Litigation, report.Table4Direct, report.Table4After},
	}
	for _, c := range report.Table3Columns {
		want[report.Table3Title] = append(want[report.Table3Title], c.Label)
	}
	for _, r := range report.Table3Rows {
		want[report.Table3Title] = append(want[report.Table3Title], r.Number+r.Label)
	}
	for _, g := range report.Table3Groups {
		want[report.Table3Title] = append(want[report.Table3Title], g.Number+g.Label)
	}
	for _, c := range report.Table4Columns {
		want[report.Table4Title] = append(want[report.Table4Title], c.Label)
	}
	for sheet, labels := range want {
		have := texts(t, f, sheet)
		for _, l := range labels {
			if !have[l] {
				t.Errorf("%s: no cell reads exactly %q", sheet, l)
			}
		}
	}
}

func TestMerges(t *testing.T) {
	f := writeBook(t, sampleReport())
	want := map[string]map[string]string{
		report.Table3Title: {
			"A4:C6": report.Table3Note, "D4:J4": report.Table3Applicant, "D5:D6": "自然人",
			"E5:I5": report.Table3LegalPerson, "J5:J6": "总计",
			"A7:C7": "一、本年新收政府信息公开申请数量", "A8:C8": "二、上年结转政府信息公开申请数量",
			"A9:A30": report.Table3Results, "B9:C9": "（一）予以公开",
			"B10:C10": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
			"B11:B18": "（三）不予公开", "B19:B21": "（四）无法提供", "B22:B26": "（五）不予处理",
			"B27:B29": "（六）其他处理", "B30:C30": "（七）总计", "A31:C31": "四、结转下年度继续办理",
		},
		report.Table4Title: {
			"A4:E4": "行政复议", "F4:O4": "行政诉讼", "A5:A6": "结果维持", "E5:E6": "总计",
			"F5:J5": "未经复议直接起诉", "K5:O5": "复议后起诉",
		},
		report.Table2Title: {
			"A4:D4": report.Table2Item1, "A8:D8": report.Table2Item5, "B9:D9": report.Table2Decisions,
			"B10:D10": "7", "A15:D15": report.Table2Item8, "B17:D17": "4166.241619",
		},
	}
	for sheet, ranges := range want {
		have := map[string]bool{}
		for _, m := range merges(t, f, sheet) {
			have[m] = true
		}
		for rng, v := range ranges {
			if !have[rng] {
				t.Errorf("%s: %s is not merged", sheet, rng)
			}
			top, _, _ := strings.Cut(rng, ":")
			if got, _ := f.GetCellValue(sheet, top, excelize.Options{RawCellValue: true}); got != v {
				t.Errorf("%s!%s = %q, want %q", sheet, top, got, v)
			}
		}
	}
	for _, sheet := range f.GetSheetList() {
		checkNoOverlap(t, sheet, merges(t, f, sheet))
	}
}

// checkNoOverlap fails when two merged ranges share a cell, which makes
// Excel offer to repair the file.
func checkNoOverlap(t *testing.T, sheet string, ranges []string) {
	t.Helper()
	owner := map[string]string{}
	for _, rng := range ranges {
		a, b, _ := strings.Cut(rng, ":")
		c1, r1, _ := excelize.CellNameToCoordinates(a)
		c2, r2, _ := excelize.CellNameToCoordinates(b)
		for c := c1; c <= c2; c++ {
			for r := r1; r <= r2; r++ {
				if o, ok := owner[cell(c, r)]; ok {
					t.Errorf("%s: merges %s and %s overlap at %s", sheet, o, rng, cell(c, r))
				}
				owner[cell(c, r)] = rng
			}
		}
	}
}

// figure returns the report's figure for a CellRef path, found without the
// package's layout.
func figure(t *testing.T, rep *report.AnnualReport, path string) string {
	t.Helper()
	t2 := rep.Table2
	table2 := map[string]int{
		"table2.rules.issued": t2.Rules.Issued, "table2.rules.repealed": t2.Rules.Repealed,
		"table2.rules.in_force": t2.Rules.InForce, "table2.normative_docs.issued": t2.NormativeDocs.Issued,
		"table2.normative_docs.repealed": t2.NormativeDocs.Repealed, "table2.normative_docs.in_force": t2.NormativeDocs.InForce,
		"table2.licensing.decisions": t2.Licensing, "table2.penalty.decisions": t2.Penalty,
		"table2.enforcement.decisions": t2.Enforcement,
	}
	if n, ok := table2[path]; ok {
		return strconv.Itoa(n)
	}
	if path == "table2.fees.amount_wan" {
		return t2.FeesWan
	}
	rest, col := path[:strings.LastIndex(path, ".")], path[strings.LastIndex(path, ".")+1:]
	table, row, _ := strings.Cut(rest, ".")
	switch table {
	case "table3":
		for j, c := range report.Table3Columns {
			if c.Code == col && report.RowIndex(row) >= 0 {
				return strconv.Itoa(rep.Table3.Rows[report.RowIndex(row)][j])
			}
		}
	case "table4":
		for j, c := range report.Table4Columns {
			if blk := rep.Table4.Block(report.AppealKind(row)); blk != nil && c.Code == col {
				return strconv.Itoa(blk.Values()[j])
			}
		}
	}
	t.Fatalf("test knows no figure for path %s", path)
	return ""
}

func TestCellRef(t *testing.T) {
	rep := sampleReport()
	f := writeBook(t, rep)
	paths := CellPaths()
	if want := 10 + 25*7 + 15; len(paths) != want {
		t.Errorf("CellPaths has %d paths, want %d", len(paths), want)
	}
	for _, p := range paths {
		sheet, ref, ok := CellRef(p)
		if !ok {
			t.Errorf("CellRef(%s) not ok", p)
			continue
		}
		got, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if want := figure(t, rep, p); got != want {
			t.Errorf("%s → %s!%s = %q, want %q", p, sheet, ref, got, want)
		}
	}
	if s, c, ok := CellRef("table3.granted.natural"); !ok || s != report.Table3Title || c != "D9" {
		t.Errorf("CellRef(table3.granted.natural) = %s, %s, %v; want %s, D9, true", s, c, ok, report.Table3Title)
	}
	for _, p := range []string{"table3.withheld.natural", "table3.granted", "table5.x.y", ""} {
		if _, _, ok := CellRef(p); ok {
			t.Errorf("CellRef(%q) ok, want not ok", p)
		}
	}
}

func TestDocProps(t *testing.T) {
	rep := sampleReport()
	props, err := writeBook(t, rep).GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	want := rep.Produced.Format(time.RFC3339)
	if props.Created != want || props.Modified != want {
		t.Errorf("created %q, modified %q; want %q", props.Created, props.Modified, want)
	}
	if props.Creator != "xxgk" {
		t.Errorf("creator %q, want xxgk", props.Creator)
	}
}
