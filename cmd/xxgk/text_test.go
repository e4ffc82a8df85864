package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The unit's name, the narrative and roll-up's --name with characters
// above U+FFFF: every report is written, the PDF sets them as 〓 and says
// so, the XLSX and the HTML keep them.
func TestCharsAboveBMP(t *testing.T) {
	needPDF(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "u.db")
	name := "某某县😀𠀀教育局"
	xxgk(t, "init", "--db", db, "--unit", name, "--code", "11330000MB0000001L").must(t)
	narr := filepath.Join(dir, "n.txt")
	xxgk(t, "narrative", "--db", db, "--year", "2025", "--out", narr).must(t)
	b, err := os.ReadFile(narr)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(b), "（请在此填写总体情况的总述，可不写）", "我局走访𪚥村小学3所。", 1)
	writeFile(t, dir, "n.txt", text)
	out := t.TempDir()
	r := xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--narrative", narr, "--draft").must(t)
	for _, want := range []string{"注意：PDF 暂不能排印", "「😀」（U+1F600，在标题、", "落款）", "「𪚥」（U+2A6A5，在「一、总体情况」第1段）", "已用「〓」代替"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	base := filepath.Join(out, name+"-2025年-政府信息公开工作年度报告.")
	text = pdfText(t, base+"pdf")
	for _, want := range []string{"某某县〓〓教育局2025年", "我局走访〓村小学3所。"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q: %s", want, text)
		}
	}
	if sheet := cells(t, base+"xlsx"); !strings.Contains(sheet["二、主动公开政府信息情况"][0][0], name) {
		t.Errorf("XLSX title: %q", sheet["二、主动公开政府信息情况"][0])
	}
	if h, err := os.ReadFile(base + "html"); err != nil || !strings.Contains(string(h), "我局走访𪚥村小学3所。") {
		t.Errorf("HTML lacks the paragraph (%v)", err)
	}

	// Roll-up: the name given on the command line.
	in := t.TempDir()
	exportOf(t, db, "2025", filepath.Join(in, "甲.xlsx"))
	res := t.TempDir()
	r = xxgk(t, "rollup", "--year", "2025", "--name", "𠀀市教育局", "--out", res, in).must(t)
	if !strings.Contains(r.stderr, "「𠀀」（U+20000，在标题）") {
		t.Errorf("rollup stderr:\n%s", r.stderr)
	}
	if got := pdfText(t, filepath.Join(res, "𠀀市教育局-2025年-政府信息公开工作年度报告汇总.pdf")); !strings.Contains(got, "〓市教育局2025年") {
		t.Errorf("rollup PDF: %s", got)
	}
}

// A 工作要点 of 68 characters with a 具体要求 crashed the monthly PDF; now
// both are in it whole, and so are the monthly PDF's other characters
// above U+FFFF, replaced.
func TestMonthlyLongAreaAndRareChars(t *testing.T) {
	needPDF(t)
	_, db := newDB(t)
	dir := t.TempDir()
	area := strings.Repeat("曌", 68)
	tasks := writeFile(t, dir, "任务.csv", "任务编号,工作要点,具体要求,责任单位,完成时限\nRW-1,"+area+",及时公开招生政策,基础教育股,2025-06-15\n")
	prog := writeFile(t, dir, "进展.csv", "任务编号,日期,状态,进展情况,佐证索引号\nRW-1,2025-05-11,推进中,已走访𪚥村😀,\n")
	xxgk(t, "import", "--db", db, tasks, prog).must(t)
	out := t.TempDir()
	r := xxgk(t, "report", "monthly", "--db", db, "--month", "2025-05", "--out", out).must(t)
	if !strings.Contains(r.stderr, "「𪚥」（U+2A6A5，在任务 RW-1 的最新进展）") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
	got := pdfText(t, filepath.Join(out, "某某县教育局-2025年5月-政务公开工作进展和完成情况.pdf"))
	if n := strings.Count(got, "曌"); n < 68 || !strings.Contains(got, "及时公开招生政策") || !strings.Contains(got, "已走访〓村〓") {
		t.Errorf("PDF has %d of 68 曌: %s", n, got)
	}
}
