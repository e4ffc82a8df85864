package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// labelVariantTable writes unit db's annual report as an XLSX table and
// prints 「规范性文件」 where the national format says 「行政规范性文件」, as
// real published reports do; it returns the file and the cell changed.
func labelVariantTable(t *testing.T, db, dir, name string) (path, cell string) {
	t.Helper()
	f, err := excelize.OpenFile(annualFile(t, db, "2025", "xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for r, row := range rows {
			for c, v := range row {
				if v == "行政规范性文件" && cell == "" {
					cell, _ = excelize.CoordinatesToCellName(c+1, r+1)
					f.SetCellValue(sh, cell, "规范性文件")
					cell = "工作表「" + sh + "」" + cell
				}
			}
		}
	}
	if cell == "" {
		t.Fatal("no 行政规范性文件 label in the annual table")
	}
	path = filepath.Join(dir, name)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path, cell
}

// A roll-up sums a unit whose table prints 「规范性文件」, with a note,
// instead of leaving the unit out.
func TestRollupLabelVariant(t *testing.T) {
	in := t.TempDir()
	a, d := unitDB(t, "甲学校", true), unitDB(t, "丁学校", true)
	exportOf(t, a, "2025", filepath.Join(in, "甲.xlsx"))
	_, cell := labelVariantTable(t, d, in, "丁-手填.xlsx")
	res := t.TempDir()
	r := xxgk(t, "rollup", "--year", "2025", "--name", "某某县教育局", "--out", res, "--format", "json", in).must(t)
	if !strings.Contains(r.stderr, "汇总 2 个单位") || strings.Contains(r.stdout, "未计入") {
		t.Errorf("丁 left out:\nstdout: %s\nstderr: %s", r.stdout, r.stderr)
	}
	wantNote := "丁-手填.xlsx " + cell + "：标签「规范性文件」与国家格式不完全一致，按「行政规范性文件」读取，请核对"
	if !strings.Contains(r.stdout, "提示［标签近似］") || !strings.Contains(r.stdout, wantNote) {
		t.Errorf("stdout lacks the note %q:\n%s", wantNote, r.stdout)
	}
	// A note is listed as 提示, not counted as a 问题.
	if strings.Contains(r.stdout, "问题［标签近似］") || !strings.Contains(r.stderr, "有问题 0 处；提示 1 处；") {
		t.Errorf("the note is counted as a problem:\nstdout: %s\nstderr: %s", r.stdout, r.stderr)
	}
	sum := figures(t, filepath.Join(res, "某某县教育局-2025年-政府信息公开工作年度报告汇总.json"))
	pa, pd := figures(t, annualJSONFile(t, a)), figures(t, annualJSONFile(t, d))
	for _, path := range []string{"table2.normative_docs.issued", "table2.normative_docs.in_force", "table3.new.total"} {
		var x, y int
		json.Unmarshal([]byte(pa[path]), &x)
		json.Unmarshal([]byte(pd[path]), &y)
		if sum[path] != jsonNum(x+y) || y == 0 {
			t.Errorf("%s = %s, want %d + %d", path, sum[path], x, y)
		}
	}
}

// check --file reads the table and shows the label as a 提示.
func TestCheckFileLabelVariant(t *testing.T) {
	d := unitDB(t, "丁学校", true)
	path, cell := labelVariantTable(t, d, t.TempDir(), "丁.xlsx")
	r := xxgk(t, "check", "--file", path)
	if r.code != 0 {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, cell) || !strings.Contains(r.stdout, "标签「规范性文件」与国家格式不完全一致，按「行政规范性文件」读取，请核对") {
		t.Errorf("stdout lacks the note at %s:\n%s", cell, r.stdout)
	}
}

// check --file and rollup read 「/」「—」「无」 in figures as 0 and say so
// in one 提示 for the file, naming the cells.
func TestCheckFileZeroMarks(t *testing.T) {
	d := unitDB(t, "丁学校", true)
	f, err := excelize.OpenFile(annualFile(t, d, "2025", "xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	var cells []string
	marks := []string{"/", "—", "无"}
	sh := "三、收到和处理政府信息公开申请情况"
	rows, _ := f.GetRows(sh)
	for r, row := range rows {
		for c, v := range row {
			if v == "0" && len(cells) < len(marks) {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				f.SetCellValue(sh, ref, marks[len(cells)])
				cells = append(cells, ref)
			}
		}
	}
	if len(cells) != len(marks) {
		t.Fatalf("zeros in %s: %v", sh, cells)
	}
	path := filepath.Join(t.TempDir(), "丁.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	r := xxgk(t, "check", "--file", path)
	want := "共3个数字单元格填的是「/」「-」「—」「无」等符号，已按0读取：工作表「" + sh + "」" + strings.Join(cells, "、") + "；如应有数字，请改填"
	if r.code != 0 || strings.Count(r.stdout, "［占位符按0计］") != 1 || !strings.Contains(r.stdout, want) {
		t.Errorf("exit %d, stdout lacks one note %q:\n%s", r.code, want, r.stdout)
	}
	// A roll-up sums the file and lists the note once, as a 提示 that is
	// not counted among the 问题.
	r = xxgk(t, "rollup", "--year", "2025", "--out", t.TempDir(), "--format", "json", path).must(t)
	if strings.Count(r.stdout, "提示［占位符按0计］") != 1 || !strings.Contains(r.stderr, "汇总 1 个单位") ||
		!strings.Contains(r.stderr, "有问题 0 处；提示 1 处；") {
		t.Errorf("roll-up:\nstdout: %s\nstderr: %s", r.stdout, r.stderr)
	}
}
