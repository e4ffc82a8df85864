package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/cjk"
	"github.com/xxgk/xxgk/report/reporttest"
)

func TestMonthlyLayoutGolden(t *testing.T) {
	reporttest.Golden(t, filepath.Join("testdata", "monthly.golden"), layoutMonthly(reporttest.Monthly(), fixedMeasure, cjk.Break).Dump())
	reporttest.Golden(t, filepath.Join("testdata", "monthly_empty.golden"), layoutMonthly(emptyMonthly(), fixedMeasure, cjk.Break).Dump())
}

func TestMonthlyLayoutFits(t *testing.T) {
	for _, s := range []*report.MonthlySummary{reporttest.Monthly(), emptyMonthly(), noDueMonthly()} {
		checkFits(t, layoutMonthly(s, fixedMeasure, cjk.Break))
	}
}

// noDueMonthly is reporttest.Monthly without deadline rules for applications.
func noDueMonthly() *report.MonthlySummary {
	s := reporttest.Monthly()
	a := &s.Applications
	a.HasDue, a.OnTime, a.Late, a.LateIDs = false, 0, 0, nil
	for i := range a.Open {
		a.Open[i].Due, a.Open[i].Overdue = 0, false
	}
	return s
}

// texts returns the text items of l, page by page.
func texts(l *Layout) [][]Item {
	var out [][]Item
	for _, p := range l.Pages {
		var its []Item
		for _, it := range p.Items {
			if it.Kind == kindText {
				its = append(its, it)
			}
		}
		out = append(out, its)
	}
	return out
}

// TestMonthlyLayoutRules checks what a reader sees: the title, the four
// headings in order and never last on a page, every overdue task and
// application marked, the task table's header on every page it runs onto,
// and the sign-off last.
func TestMonthlyLayoutRules(t *testing.T) {
	s := reporttest.Monthly()
	l := layoutMonthly(s, fixedMeasure, cjk.Break)
	pages := texts(l)
	var all strings.Builder
	marks, wantMarks := 0, 0
	for _, tl := range s.Tasks {
		if tl.Overdue {
			wantMarks++
		}
	}
	for _, o := range s.Applications.Open {
		if o.Overdue {
			wantMarks++
		}
	}
	for i, its := range pages {
		headed, hasTask := false, false
		for j, it := range its {
			all.WriteString(it.Text)
			if it.Role == tableRole && it.Text == overdueMark {
				marks++
			}
			if it.Role == heading1Style.Role && (j+1 == len(its) || its[j+1].Y > portrait.Bottom()) {
				t.Errorf("page %d ends with heading %q", i+1, it.Text)
			}
			if it.Text == "最新进展" {
				headed = true
			}
			if strings.HasPrefix(it.Text, "GK-") && it.Role == tableRole {
				hasTask = true
			}
		}
		if hasTask && !headed {
			t.Errorf("page %d: task rows without the table header", i+1)
		}
	}
	if marks != wantMarks {
		t.Errorf("%d overdue marks, want %d", marks, wantMarks)
	}
	text := all.String()
	last := -1
	for _, h := range append([]string{"某某县教育局2025年7月", "政务公开工作进展和完成情况"}, monthlyHeadings...) {
		i := strings.Index(text, h)
		if i <= last {
			t.Errorf("%q missing or out of order", h)
		}
		last = i
	}
	end := pages[len(pages)-1]
	if n := len(end); n < 3 || end[n-3].Text != "某某县教育局" || end[n-2].Text != "2025年8月5日" {
		t.Errorf("sign-off missing at the end")
	}
	for _, want := range []string{"逾期未完成任务2项", "逾期完成任务2项", "民办教育股（差2条）", "其中已超过答复期限2件", "申请编号YSQ-2025-014"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
}

func TestMonthlyNoDue(t *testing.T) {
	l := layoutMonthly(noDueMonthly(), fixedMeasure, cjk.Break)
	var all strings.Builder
	for _, its := range texts(l) {
		for _, it := range its {
			all.WriteString(it.Text + "\n")
		}
	}
	if s := all.String(); strings.Contains(s, "答复期限") || strings.Contains(s, "按期办结") || !strings.Contains(s, "YSQ-2025-020") {
		t.Errorf("without deadline rules: %s", s)
	}
}

func TestMonthlyEmptyLayout(t *testing.T) {
	l := layoutMonthly(emptyMonthly(), fixedMeasure, cjk.Break)
	if len(l.Pages) != 1 {
		t.Fatalf("%d pages, want 1", len(l.Pages))
	}
	var got []string
	for _, it := range texts(l)[0] {
		got = append(got, it.Text)
	}
	want := []string{"某某县教育局2025年2月", "政务公开工作进展和完成情况", emptyMonth, "某某县教育局", "2025年3月3日", "— 1 —"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("empty month:\n got %q\nwant %q", got, want)
	}
}

func TestWriteMonthlyNil(t *testing.T) {
	if err := WriteMonthly(&bytes.Buffer{}, nil, Options{}); err == nil {
		t.Error("no error for a nil summary")
	}
	if err := WriteMonthly(&bytes.Buffer{}, reporttest.Monthly(), Options{}); err == nil {
		t.Error("no error without fonts")
	}
}

// writeMonthlyTest writes s as a PDF into a temporary file and returns its
// path (and a copy in $XXGK_PDF_OUT, to look at).
func writeMonthlyTest(t *testing.T, s *report.MonthlySummary) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteMonthly(&b, s, Options{Fonts: testFonts(t), Created: testCreated}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "monthly.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("XXGK_PDF_OUT"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, t.Name()+".pdf"), b.Bytes(), 0o644)
	}
	return path
}

// checkPDF checks the A4 pages, the embedded fonts and a page number on
// every page, and returns the raw text squeezed.
func checkPDF(t *testing.T, path, title string) string {
	t.Helper()
	info := tool(t, "pdfinfo", "-f", "1", "-l", "99", path)
	if m := regexp.MustCompile(`(?m)^Title:\s+(.*)$`).FindStringSubmatch(info); m == nil || m[1] != title {
		t.Errorf("pdfinfo Title = %v, want %q", m, title)
	}
	sizes := regexp.MustCompile(`(?m)^Page +\d+ size: +(\S+) x (\S+) pts`).FindAllStringSubmatch(info, -1)
	for i, s := range sizes {
		if wh := s[1] + "x" + s[2]; wh != "595.28x841.89" {
			t.Errorf("page %d is %s pt, not A4 portrait", i+1, wh)
		}
	}
	lines := strings.Split(strings.TrimSpace(tool(t, "pdffonts", path)), "\n")
	for _, l := range lines[2:] {
		if f := strings.Fields(l); len(f) < 5 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
	layout := tool(t, "pdftotext", "-layout", path, "-")
	pages := strings.Split(strings.TrimSuffix(layout, "\f"), "\f")
	if len(pages) != len(sizes) || len(pages) == 0 {
		t.Errorf("%d pages of text, %d pages", len(pages), len(sizes))
	}
	for i, p := range pages {
		if !strings.Contains(p, "— "+itoa(i+1)+" —") {
			t.Errorf("page %d has no page number", i+1)
		}
	}
	raw := squeeze(tool(t, "pdftotext", "-raw", path, "-"))
	if !strings.Contains(raw, squeeze(title)) {
		t.Errorf("title %q missing", title)
	}
	return raw
}

func TestWriteMonthlyReadBack(t *testing.T) {
	s := reporttest.Monthly()
	path := writeMonthlyTest(t, s)
	raw := checkPDF(t, path, monthlyTitle(s))
	for _, h := range monthlyHeadings {
		if !strings.Contains(raw, h) {
			t.Errorf("heading %q missing", h)
		}
	}
	for _, tl := range s.Tasks {
		if !strings.Contains(raw, tl.Task.ID) {
			t.Errorf("task %s missing", tl.Task.ID)
		}
	}
	for _, o := range s.Applications.Open {
		if !strings.Contains(raw, o.ID) {
			t.Errorf("application %s missing", o.ID)
		}
	}
	// Every 「逾期」 the layout draws is in the text, the status marks
	// included.
	var drawn strings.Builder
	for _, its := range texts(layoutMonthly(s, fixedMeasure, cjk.Break)) {
		for _, it := range its {
			drawn.WriteString(it.Text)
		}
	}
	if got, want := strings.Count(raw, overdueMark), strings.Count(squeeze(drawn.String()), overdueMark); got != want || want < 5 {
		t.Errorf("%d 「逾期」 in the PDF, %d drawn", got, want)
	}
	// Each department's row reads in order: name, month, quota,
	// difference, year to date, its quota.
	for _, d := range s.Publications.ByDepartment {
		if row := strings.Join(deptCells(d), ""); !strings.Contains(raw, squeeze(row)) {
			t.Errorf("department row %q missing", row)
		}
	}
	for _, u := range s.Units {
		row := u.Unit + itoa(u.Tasks) + itoa(u.Done) + itoa(u.DueSoFar) + itoa(u.Overdue) + rate(u.DueSoFar-u.Overdue, u.DueSoFar)
		if !strings.Contains(raw, row) {
			t.Errorf("unit row %q missing", row)
		}
	}
	if !strings.Contains(raw, squeeze(monthlyOpening(s))) {
		t.Errorf("opening paragraph missing")
	}
	if !strings.HasSuffix(strings.TrimSpace(raw), "某某县教育局2025年8月5日") {
		t.Errorf("sign-off not at the end: …%s", tail(raw, 40))
	}
}

// tail returns the last n characters of s.
func tail(s string, n int) string {
	rs := []rune(s)
	return string(rs[max(0, len(rs)-n):])
}

func TestWriteMonthlyEmpty(t *testing.T) {
	s := emptyMonthly()
	path := writeMonthlyTest(t, s)
	raw := checkPDF(t, path, monthlyTitle(s))
	if want := squeeze(monthlyTitle(s)) + emptyMonth + "某某县教育局2025年3月3日"; raw != want {
		t.Errorf("empty month reads %q, want %q", raw, want)
	}
	if m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(tool(t, "pdfinfo", path)); m == nil || m[1] != "1" {
		t.Errorf("empty month pages: %v, want 1", m)
	}
}

func TestWriteMonthlyIdentical(t *testing.T) {
	set := testFonts(t)
	var a, b bytes.Buffer
	for _, w := range []*bytes.Buffer{&a, &b} {
		if err := WriteMonthly(w, reporttest.Monthly(), Options{Fonts: set, Created: testCreated}); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two runs gave different bytes")
	}
}

// TestMonthlyVariants lays out summaries at the edges: no tasks but some
// publications, and a long task list with many units and long names.
func TestMonthlyVariants(t *testing.T) {
	none := reporttest.Monthly()
	none.Tasks, none.Units, none.TaskCounts = nil, nil, report.TaskCounts{}
	long := reporttest.Monthly()
	long.Unit.Name = "某某省某某市某某自治县教育和体育局"
	for i := 0; i < 3; i++ {
		long.Tasks = append(long.Tasks, long.Tasks...)
	}
	long.Tasks[0].Task.Units = []string{"办公室", "基础教育股", "民办教育股", "校外培训监管股", "职业教育股",
		"计划财务股", "人事股", "法规股", "信息中心", "学生资助中心", "各中小学校、幼儿园及中等职业学校"}
	long.Tasks[0].LatestNote = strings.Repeat("已组织各股室逐项对照任务分工梳理公开事项，", 10)
	long.Tasks[0].Task.Requirement = strings.Repeat("加强民办教育学校和校外培训机构监管，", 10)
	for _, s := range []*report.MonthlySummary{none, long} {
		l := layoutMonthly(s, fixedMeasure, cjk.Break)
		checkFits(t, l)
		var all strings.Builder
		for _, its := range texts(l) {
			for _, it := range its {
				all.WriteString(it.Text)
			}
		}
		if !strings.Contains(all.String(), monthlyHeadings[3]) {
			t.Errorf("%s: section 四 missing", s.Unit.Name)
		}
	}
}

// TestMonthlyCellsHoldText checks that every line of table text lies
// inside a cell: no closing mark hangs over a border.
func TestMonthlyCellsHoldText(t *testing.T) {
	for _, s := range []*report.MonthlySummary{reporttest.Monthly(), noDueMonthly()} {
		l := layoutMonthly(s, fixedMeasure, cjk.Break)
		for i, p := range l.Pages {
			for _, it := range p.Items {
				if it.Kind != kindText || it.Role != tableRole || it.Size != sizeTable {
					continue
				}
				right := it.X + it.textWidth(fixedMeasure)
				in := false
				for _, r := range p.Items {
					if r.Kind == kindRect && it.X >= r.X-eps && right <= r.X+r.W+eps && it.Y > r.Y && it.Y < r.Y+r.H {
						in = true
						break
					}
				}
				if !in {
					t.Errorf("page %d: %q outside its cell", i+1, it.Text)
				}
			}
		}
	}
}

// emptyMonthly is reporttest's empty month, of the unit and signed on the
// date the empty golden was made with.
func emptyMonthly() *report.MonthlySummary {
	s := reporttest.EmptyMonthly()
	s.Unit.Name, s.Produced = "某某县教育局", time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	return s
}
