package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report/pdf/cjk"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// notesOf returns Options that collect the writer's notes into *notes.
func notesOf(opt Options, notes *[]string) Options {
	opt.Note = func(s string) { *notes = append(*notes, s) }
	return opt
}

// Characters above U+FFFF (emoji, CJK extension B and later) in the unit's
// name and the narrative are set as 〓 when no font has them (a font folder
// without such a face), and the note names each of them and where it is.
func TestWriteCharsAboveBMP(t *testing.T) {
	set := noExtBFonts(t)
	doc := testReport()
	doc.Report.Unit.Name = "某某县😀𠀀教育局"
	doc.Title = report.DocumentTitle(doc.Report.Unit.Name, doc.Report.Year)
	doc.SignOff[0] = doc.Report.Unit.Name
	doc.Sections[0].Blocks[0].Paragraphs[0] = "本年度走访𠀾𪚥村小学3所。"
	var notes []string
	var b bytes.Buffer
	if err := Write(&b, doc, notesOf(Options{Fonts: set, Created: testCreated}, &notes)); err != nil {
		t.Fatal(err)
	}
	all := strings.Join(notes, "\n")
	for _, want := range []string{"「😀」（U+1F600", "「𠀀」（U+20000", "「𠀾」（U+2003E", "「𪚥」（U+2A6A5", "〓", "标题", "落款",
		"本机的字体中都没有这些字符", "--font-dir", "fonts-hanazono",
		"「" + report.SectionTitles[0] + "」第1段"} {
		if !strings.Contains(all, want) {
			t.Errorf("notes lack %q:\n%s", want, all)
		}
	}
	path := writeTest(t, doc, set)
	raw := squeeze(tool(t, "pdftotext", "-raw", path, "-"))
	for _, want := range []string{"某某县〓〓教育局2025年", "本年度走访〓〓村小学3所。"} {
		if !strings.Contains(raw, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
}

// The monthly summary: the unit's name, a task's texts and a category
// with such characters.
func TestWriteMonthlyCharsAboveBMP(t *testing.T) {
	s := reporttest.Monthly()
	s.Unit.Name = "𠀀县教育局"
	s.Tasks[0].Task.Area = "😀要点"
	s.Tasks[0].LatestNote = "已走访𪚥村。"
	var notes []string
	var b bytes.Buffer
	if err := WriteMonthly(&b, s, notesOf(Options{Fonts: noExtBFonts(t), Created: testCreated}, &notes)); err != nil {
		t.Fatal(err)
	}
	all := strings.Join(notes, "\n")
	for _, want := range []string{"U+20000", "单位名称", "U+1F600", "任务 GK-01 的工作要点", "U+2A6A5", "任务 GK-01 的最新进展"} {
		if !strings.Contains(all, want) {
			t.Errorf("notes lack %q:\n%s", want, all)
		}
	}
}

// drawnCount counts r in every text the layout draws.
func drawnCount(l *Layout, r string) int {
	n := 0
	for _, p := range l.Pages {
		for _, it := range p.Items {
			n += strings.Count(it.Text, r)
		}
	}
	return n
}

// A 工作要点 of 68 characters with a 具体要求 used to cut the requirement
// at a negative length; now neither is cut.
func TestMonthlyLongArea(t *testing.T) {
	s := reporttest.Monthly()
	s.Tasks[0].Task.Area = strings.Repeat("曌", 68)
	s.Tasks[0].Task.Requirement = strings.Repeat("乂", 30)
	l := layoutMonthly(s, fixedMeasure, cjk.Break)
	checkFits(t, l)
	if n, m := drawnCount(l, "曌"), drawnCount(l, "乂"); n < 68 || m != 30 {
		t.Errorf("drawn %d of 68 曌 (area), %d of 30 乂 (requirement)", n, m)
	}
}

// A 具体要求 of 2,000 characters makes a row taller than a page: the row
// breaks across pages, every character drawn once, inside the text block.
func TestMonthlyRowAcrossPages(t *testing.T) {
	s := reporttest.Monthly()
	s.Tasks[1].Task.Requirement = strings.Repeat("乂", 2000)
	l := layoutMonthly(s, fixedMeasure, cjk.Break)
	checkFits(t, l)
	if n := drawnCount(l, "乂"); n != 2000 {
		t.Errorf("drawn %d of 2000 characters", n)
	}
	if len(l.Pages) < 4 {
		t.Errorf("%d pages", len(l.Pages))
	}
}

// Through fpdf and back: a 2,000-character requirement is in the PDF's
// text whole, and a 40,000-character note is cut to maxNoteText.
func TestWriteMonthlyLongTexts(t *testing.T) {
	s := reporttest.Monthly()
	s.Tasks[1].Task.Requirement = strings.Repeat("乂", 2000)
	s.Tasks[2].LatestNote = strings.Repeat("进", 40000)
	raw := checkPDF(t, writeMonthlyTest(t, s), monthlyTitle(s))
	if n := strings.Count(raw, "乂"); n != 2000 {
		t.Errorf("%d of 2000 characters of the requirement in the PDF", n)
	}
	// The header's 「最新进展」 is repeated on every page the table spans.
	if n := strings.Count(raw, "进") - strings.Count(raw, "最新进展"); n < maxNoteText-10 || n > maxNoteText+20 {
		t.Errorf("%d 「进」 in the PDF, want the note cut to %d", n, maxNoteText)
	}
}

// The guard on its own, with fonts that lack ꙮ (U+A66E): white space and
// line breaks are kept as such, invisible marks dropped, and everything
// else the fonts lack becomes 〓 and is noted, a character in the BMP with
// the advice to give a font that has it.
func TestGuardRules(t *testing.T) {
	can := func(r rune) bool { return r >= ' ' && r < 0xFFFD && r != 'ꙮ' && !invisible(r) }
	g := &charGuard{can: can, mark: '〓', places: map[rune][]string{}}
	if got := g.text("甲\tꙮ\r\n乙\r丙\u200d\ufe0f\xff😀", "开头第1段"); got != "甲 〓\n乙\n丙〓〓" {
		t.Errorf("text = %q", got)
	}
	if got := g.line("甲\n乙\x07", "落款"); got != "甲 乙〓" {
		t.Errorf("line = %q", got)
	}
	notes := strings.Join(g.notes(), "\n")
	for _, want := range []string{"「ꙮ」（U+A66E，在开头第1段）", "（U+FFFD，在开头第1段）", "（U+0007，在落款）",
		"--font-dir", "「😀」（U+1F600，在开头第1段）"} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes lack %q:\n%s", want, notes)
		}
	}
}
