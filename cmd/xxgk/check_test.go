package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"github.com/xxgk/xxgk/report/xlsx"
)

func TestCheckCleanYear(t *testing.T) {
	_, db := importHandMade(t)
	r := xxgk(t, "check", "--db", db, "--year", "2025")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "提示［上年结转］") || !strings.Contains(r.stderr, "核对通过") {
		t.Errorf("stdout %q stderr %q", r.stdout, r.stderr)
	}
}

func TestCheckFindsRowProblems(t *testing.T) {
	dir, db := newDB(t)
	ledger := "申请编号,收到日期,申请人类型,办结日期,办理结果\n" +
		"A1,2025-03-01,自然人,2025-03-05,\n" + // concluded, no outcome
		"A2,2025-03-01,自然人,,予以公开\n" + // outcome, no date
		"A3,2025-03-10,自然人,2025-03-01,予以公开\n" + // concluded before received
		"A4,2026-02-01,自然人,,\n" // after the test clock's today
	xxgk(t, "import", "--db", db, writeFile(t, dir, "req.csv", ledger)).must(t)
	r := xxgk(t, "check", "--db", db, "--year", "2025")
	if r.code != 1 {
		t.Fatalf("exit %d", r.code)
	}
	for _, want := range []string{
		"错误［办结未填结果］req.csv 第2行：申请 A1",
		"错误［结果未填办结日期］req.csv 第3行：申请 A2",
		"错误［办结早于收到］req.csv 第4行：申请 A3",
		"错误［勾稽关系］表三 一、本年新收政府信息公开申请数量 / 自然人",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, r.stdout)
		}
	}
	r = xxgk(t, "check", "--db", db, "--year", "2026")
	if !strings.Contains(r.stdout, "错误［日期在未来］req.csv 第5行：依申请公开 A4 的收到日期 2026-02-01 晚于今天 2026-01-10") {
		t.Errorf("future date not reported:\n%s", r.stdout)
	}
}

// Last year's recorded carried_out must equal this year's carried_in: a
// change to last year's ledger after its report was produced breaks it,
// and check says where.
func TestCheckCarryOverAgainstLastYearsReport(t *testing.T) {
	dir, db := importHandMade(t)
	xxgk(t, "report", "annual", "--db", db, "--year", "2024", "--out", t.TempDir(), "--format", "json").must(t)
	xxgk(t, "check", "--db", db, "--year", "2025").must(t)

	// R2 turns out to have been answered in December 2024.
	fixed := strings.Replace(handRequests, "R2,2024-12-30,商业企业,甲公司,,邮寄,,,", "R2,2024-12-30,商业企业,甲公司,,邮寄,2024-12-31,予以公开,", 1)
	later := fixedNow.Add(time.Hour)
	xxgkAt(t, later, "import", "--db", db, writeFile(t, dir, "依申请公开.csv", fixed)).must(t)
	r := xxgkAt(t, later, "check", "--db", db, "--year", "2025")
	if r.code != 1 {
		t.Fatalf("exit %d\n%s", r.code, r.stdout)
	}
	want := "错误［上年结转］表三 二、上年结转政府信息公开申请数量 / 商业企业：表三「商业企业」列：2024 年年报的「结转下年度继续办理」为 1，本年「上年结转」为 0"
	if !strings.Contains(r.stdout, want) {
		t.Errorf("stdout lacks %q:\n%s", want, r.stdout)
	}
	r = xxgkAt(t, later, "check", "--db", db, "--year", "2024")
	if !strings.Contains(r.stdout, "错误［年报生成后台账被修改］依申请公开.csv 第3行：依申请公开 R2") {
		t.Errorf("change after the 2024 report not reported:\n%s", r.stdout)
	}
}

func TestCheckFileOnOwnOutput(t *testing.T) {
	_, db := importHandMade(t)
	r := xxgk(t, "check", "--file", annualFile(t, db, "2025", "xlsx"))
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// A table filled in by hand that breaks the 勾稽关系 is refused with the
// cell where the rule breaks.
func TestCheckFileFindsBrokenHandFilledTable(t *testing.T) {
	_, db := importHandMade(t)
	f, err := excelize.OpenFile(annualFile(t, db, "2025", "xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	sheet, ref, _ := xlsx.CellRef("table3.carried_out.commercial")
	if err := f.SetCellValue(sheet, ref, "3"); err != nil { // text, as clerks type it; was 1
		t.Fatal(err)
	}
	hand := filepath.Join(t.TempDir(), "手填.xlsx")
	if err := f.SaveAs(hand); err != nil {
		t.Fatal(err)
	}
	r := xxgk(t, "check", "--file", hand)
	if r.code != 1 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	want := "错误［勾稽关系］工作表「" + sheet + "」"
	if !strings.Contains(r.stdout, want) || !strings.Contains(r.stdout, "表三「商业企业」列：第一项 0 + 第二项 1 = 1，不等于第三项总计 0 + 第四项 3 = 3") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "错误［总计列］") {
		t.Errorf("the row total is now off too:\n%s", r.stdout)
	}
}

// In its first year with xxgk a unit has no snapshot of last year: the
// published table of last year, read from its XLSX, serves instead.
func TestCheckCarryOverAgainstPublishedTable(t *testing.T) {
	_, db := importHandMade(t)
	published := annualFile(t, db, "2024", "xlsx")
	other := filepath.Join(t.TempDir(), "other.db")
	xxgk(t, "init", "--db", other, "--unit", "某某县教育局").must(t)
	dir := t.TempDir()
	xxgk(t, "import", "--db", other, writeFile(t, dir, "依申请公开.csv", handRequests)).must(t)
	xxgk(t, "check", "--db", other, "--year", "2025", "--previous", published).must(t)

	f, err := excelize.OpenFile(published)
	if err != nil {
		t.Fatal(err)
	}
	sheet, ref, _ := xlsx.CellRef("table3.carried_out.natural")
	f.SetCellValue(sheet, ref, 5)
	f.SaveAs(published)
	r := xxgk(t, "check", "--db", other, "--year", "2025", "--previous", published)
	if r.code != 1 || !strings.Contains(r.stdout, "表三「自然人」列：2024 年年报的「结转下年度继续办理」为 5，本年「上年结转」为 1") {
		t.Fatalf("exit %d\n%s", r.code, r.stdout)
	}
}
