package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/cjk"
	"github.com/xxgk/xxgk/report/reporttest"
)

// taskHeader is the task table's header row as pdftotext -layout gives it
// back, white space removed (「任务编号」 may wrap in its narrow column).
const taskHeader = "工作要点具体要求责任单位完成时限状态最新进展"

// Every task of the sample month has its 工作要点 and its whole 具体要求 in
// the PDF's text, each in a column of its own (the area is not run into
// the requirement), and nothing is cut with 「……」.
func TestWriteMonthlyTaskTextsWhole(t *testing.T) {
	s := reporttest.Monthly()
	raw := checkPDF(t, writeMonthlyTest(t, s), monthlyTitle(s))
	if !strings.Contains(raw, "具体要求") {
		t.Error("no 具体要求 column")
	}
	for _, tl := range s.Tasks {
		for _, text := range []string{tl.Task.Area, tl.Task.Requirement} {
			if !strings.Contains(raw, squeeze(text)) {
				t.Errorf("task %s: %q not whole in the PDF", tl.Task.ID, text)
			}
		}
	}
	if strings.Contains(raw, "……") {
		t.Error("「……」 in the PDF: a text was cut")
	}
}

// The 工作要点 and the 具体要求 of a task start in different columns: the
// area is not run into the requirement.
func TestMonthlyAreaOwnColumn(t *testing.T) {
	s := reporttest.Monthly()
	l := layoutMonthly(s, fixedMeasure, cjk.Break)
	checkFits(t, l)
	startX := func(text string) float64 {
		for _, p := range l.Pages {
			for _, it := range p.Items {
				if it.Kind == kindText && it.Role == tableRole && it.Text != "" && strings.HasPrefix(text, it.Text) {
					return it.X
				}
			}
		}
		t.Fatalf("%q not drawn", text)
		return 0
	}
	area, req := startX(s.Tasks[3].Task.Area), startX(s.Tasks[3].Task.Requirement)
	if req-area < 15 {
		t.Errorf("具体要求 starts at x=%.1f, 工作要点 at %.1f: not a column of its own", req, area)
	}
}

// longTasks is the sample month with 16 tasks of long requirements, enough
// for the task table to span several pages.
func longTasks() *report.MonthlySummary {
	s := reporttest.Monthly()
	base := s.Tasks[0]
	s.Tasks = nil
	for i := range 16 {
		tl := base
		tl.Task.ID = fmt.Sprintf("RW-%02d", i+1)
		tl.Task.Area = fmt.Sprintf("第%d项长任务的工作要点", i+1)
		tl.Task.Requirement = strings.Repeat(fmt.Sprintf("第%d项任务要求逐条落实并按时公开，", i+1), 6) + "完。"
		s.Tasks = append(s.Tasks, tl)
	}
	return s
}

// A task table over several pages: every requirement is whole, and the
// header row heads each page the table spans.
func TestWriteMonthlyTaskTableAcrossPages(t *testing.T) {
	s := longTasks()
	path := writeMonthlyTest(t, s)
	raw := checkPDF(t, path, monthlyTitle(s))
	for _, tl := range s.Tasks {
		if !strings.Contains(raw, squeeze(tl.Task.Requirement)) {
			t.Errorf("task %s: requirement not whole in the PDF", tl.Task.ID)
		}
	}
	pages := strings.Split(tool(t, "pdftotext", "-layout", path, "-"), "\f")
	spans := 0
	for i, p := range pages {
		if !strings.Contains(p, "RW-") {
			continue
		}
		spans++
		if !strings.Contains(squeeze(p), taskHeader) {
			t.Errorf("page %d holds tasks but no table header", i+1)
		}
	}
	if spans < 2 {
		t.Errorf("the task table spans %d pages, want 2 or more", spans)
	}
}

// A long 最新进展 note is printed whole, not shortened: a submitted summary
// does not drop what the unit reported.
func TestWriteMonthlyLongNoteWhole(t *testing.T) {
	s := reporttest.Monthly()
	i := -1
	for j, tl := range s.Tasks {
		if !tl.LatestDate.IsZero() {
			i = j
			break
		}
	}
	if i < 0 {
		t.Fatal("the sample month has no task with progress")
	}
	note := strings.Repeat("已组织各学校逐项自查并汇总问题清单，", 9) + "下月完成整改。"
	s.Tasks[i].LatestNote = note
	raw := checkPDF(t, writeMonthlyTest(t, s), monthlyTitle(s))
	if !strings.Contains(raw, squeeze(note)) {
		t.Errorf("the %d-character note of task %s is not whole in the PDF", len([]rune(note)), s.Tasks[i].Task.ID)
	}
	if strings.Contains(raw, "……") {
		t.Error("「……」 in the PDF: the note was cut")
	}
}
