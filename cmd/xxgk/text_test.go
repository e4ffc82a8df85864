package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Fonts of the Debian packages .ci/run installs: Chinese faces for the
// roles, and 花園明朝 B (fonts-hanazono) with CJK extension B and later.
var (
	debianChinese = []string{"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
		"/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"}
	hanaMinB = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"
)

// fontFolder links files into a folder of their own, skipping the test
// when one is absent, so that a test sees those fonts and no others.
func fontFolder(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, p := range files {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s absent (.ci/run installs it): %v", p, err)
		}
		if err := os.Symlink(p, filepath.Join(dir, filepath.Base(p))); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// xxgkFonts runs the command line as on a machine whose only fonts are
// those in the folder system.
func xxgkFonts(t *testing.T, system string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, now: func() time.Time { return fixedNow },
		getenv: func(string) string { return "" }, fontSystem: []string{system}}
	code := run(context.Background(), append([]string{"xxgk"}, args...), e)
	return result{code, out.String(), errb.String()}
}

// The unit's name, the narrative and roll-up's --name with characters
// above U+FFFF, on a machine with no font that has them: every report is
// written, the PDF sets them as 〓 and says so, the XLSX and the HTML keep
// them.
func TestCharsAboveBMP(t *testing.T) {
	needPDF(t)
	fontDir := fontFolder(t, debianChinese...)
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
	r := xxgkFonts(t, fontDir, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--narrative", narr, "--draft").must(t)
	for _, want := range []string{"注意：本机的字体中都没有这些字符", "「😀」（U+1F600，在标题、", "落款）", "「𪚥」（U+2A6A5，在「一、总体情况」第1段）",
		"已用「〓」代替", "--font-dir", "fonts-hanazono"} {
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
	r = xxgkFonts(t, fontDir, "rollup", "--year", "2025", "--name", "𠀀市教育局", "--out", res, in).must(t)
	if !strings.Contains(r.stderr, "「𠀀」（U+20000，在标题）") {
		t.Errorf("rollup stderr:\n%s", r.stderr)
	}
	if got := pdfText(t, filepath.Join(res, "𠀀市教育局-2025年-政府信息公开工作年度报告汇总.pdf")); !strings.Contains(got, "〓市教育局2025年") {
		t.Errorf("rollup PDF: %s", got)
	}
}

// With a font that has them (HanaMinB), the unit's name, the narrative
// and roll-up's --name keep their extension B characters in the PDF, with
// no note; 😀, which no font given has, is still 〓 and noted.
func TestExtensionBDrawn(t *testing.T) {
	needPDF(t)
	fontDir := fontFolder(t, append(debianChinese, hanaMinB)...)
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
	writeFile(t, dir, "n.txt", strings.Replace(string(b), "（请在此填写总体情况的总述，可不写）", "我局走访𪚥村小学3所。", 1))
	out := t.TempDir()
	r := xxgkFonts(t, fontDir, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--narrative", narr, "--draft").must(t)
	if !strings.Contains(r.stderr, "「😀」（U+1F600，在标题、") || strings.Contains(r.stderr, "U+20000") || strings.Contains(r.stderr, "U+2A6A5") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
	text := pdfText(t, filepath.Join(out, name+"-2025年-政府信息公开工作年度报告.pdf"))
	for _, want := range []string{"某某县〓𠀀教育局2025年", "我局走访𪚥村小学3所。", "某某县〓𠀀教育局2026年1月10日"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q: %s", want, text)
		}
	}

	in := t.TempDir()
	exportOf(t, db, "2025", filepath.Join(in, "甲.xlsx"))
	res := t.TempDir()
	r = xxgkFonts(t, fontDir, "rollup", "--year", "2025", "--name", "𠀀市教育局", "--out", res, in).must(t)
	if strings.Contains(r.stderr, "U+20000") {
		t.Errorf("rollup stderr:\n%s", r.stderr)
	}
	if got := pdfText(t, filepath.Join(res, "𠀀市教育局-2025年-政府信息公开工作年度报告汇总.pdf")); !strings.Contains(got, "𠀀市教育局2025年") {
		t.Errorf("rollup PDF: %s", got)
	}
}

// A 工作要点 of 68 characters with a 具体要求 crashed the monthly PDF; now
// both are in it whole, and so are the monthly PDF's other characters
// above U+FFFF: 𪚥, which HanaMinB has, drawn; 😀, which no font given
// has, replaced and noted.
func TestMonthlyLongAreaAndRareChars(t *testing.T) {
	needPDF(t)
	fontDir := fontFolder(t, append(debianChinese, hanaMinB)...)
	_, db := newDB(t)
	dir := t.TempDir()
	area := strings.Repeat("曌", 68)
	tasks := writeFile(t, dir, "任务.csv", "任务编号,工作要点,具体要求,责任单位,完成时限\nRW-1,"+area+",及时公开招生政策,基础教育股,2025-06-15\n")
	prog := writeFile(t, dir, "进展.csv", "任务编号,日期,状态,进展情况,佐证索引号\nRW-1,2025-05-11,推进中,已走访𪚥村😀,\n")
	xxgk(t, "import", "--db", db, tasks, prog).must(t)
	out := t.TempDir()
	r := xxgkFonts(t, fontDir, "report", "monthly", "--db", db, "--month", "2025-05", "--out", out).must(t)
	if !strings.Contains(r.stderr, "「😀」（U+1F600，在任务 RW-1 的最新进展）") || strings.Contains(r.stderr, "U+2A6A5") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
	got := pdfText(t, filepath.Join(out, "某某县教育局-2025年5月-政务公开工作进展和完成情况.pdf"))
	if n := strings.Count(got, "曌"); n < 68 || !strings.Contains(got, "及时公开招生政策") || !strings.Contains(got, "已走访𪚥村〓") {
		t.Errorf("PDF has %d of 68 曌: %s", n, got)
	}
}
