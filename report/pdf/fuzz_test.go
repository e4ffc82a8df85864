package pdf

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/fonts"
	"github.com/xxgk/xxgk/report/reporttest"
)

// fuzzDoc puts s in every text of a small published report: title, unit,
// opening, heading, sub-head, paragraph and sign-off.
func fuzzDoc(s string) *report.PublishedReport {
	return &report.PublishedReport{
		Title:    s,
		Report:   &report.AnnualReport{Unit: report.Unit{Name: s}, Year: 2025},
		Opening:  []string{s},
		Sections: []report.Section{{Heading: s, Blocks: []report.Block{{Subhead: s, Paragraphs: []string{s, s + s}}}}},
		SignOff:  []string{s, "2026年1月10日"},
	}
}

// fuzzMonthly puts s in the monthly summary's unit, task, unit, category
// and application texts.
func fuzzMonthly(s string) *report.MonthlySummary {
	m := reporttest.Monthly()
	m.Unit.Name = s
	m.Tasks = m.Tasks[:2]
	m.Tasks[0].Task.ID, m.Tasks[0].Task.Area, m.Tasks[0].Task.Requirement = s, s, s
	m.Tasks[0].Task.Units = []string{s, s}
	m.Tasks[1].LatestNote = s
	m.Units[0].Unit = s
	m.Publications.ByCategory[0].Name = s
	m.Publications.ByDepartment[0].Name = s
	m.Applications.Open[0].ID = s
	return m
}

// FuzzPDFText writes text as a PDF, annual and monthly: it never panics
// nor fails, and every character of the text is set, replaced and noted,
// or shows nothing (white space, an invisible mark).
func FuzzPDFText(f *testing.F) {
	set, err := fonts.Find(fonts.Options{Dirs: filepath.SplitList(os.Getenv("XXGK_FONT_DIR"))})
	if err != nil {
		f.Skipf("no Chinese font on this machine: %v", err)
	}
	book, err := loadFonts(fpdf.New("P", "mm", "A4", ""), set)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"某某县教育局", "😀𠀀", "a\x00b\x1b", "\xff\xfe", "\xe4\xb8", "\r\n\r\t",
		"\u200d\ufe0f\u00ad", "ꙮ\uffff\ufffe", strings.Repeat("曌", 70), "（）《》。，", "12.5%www.gov.cn",
		strings.Repeat("a", 300), "\U0010FFFF"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		var notes []string
		opt := Options{Fonts: set, Created: testCreated, Note: func(n string) { notes = append(notes, n) }}
		var a, m bytes.Buffer
		if err := Write(&a, fuzzDoc(s), opt); err != nil {
			t.Fatalf("annual: %v", err)
		}
		if err := WriteMonthly(&m, fuzzMonthly(s), opt); err != nil {
			t.Fatalf("monthly: %v", err)
		}
		if !bytes.HasPrefix(a.Bytes(), []byte("%PDF")) || !bytes.HasPrefix(m.Bytes(), []byte("%PDF")) {
			t.Fatal("not a PDF")
		}
		checkNoted(t, book, s, strings.Join(notes, "\n"))
	})
}

// checkNoted fails t for a character of s that the fonts cannot set and
// the notes do not name. b has the document's fonts and the supplements
// but no copies loaded: a character above U+FFFF that a face has is set.
func checkNoted(t *testing.T, b *fontBook, s, notes string) {
	t.Helper()
	missing := map[rune]bool{}
	for _, r := range s {
		if r == '\n' || r == '\r' || r == '\t' || b.drawable(r) || invisible(r) || isWide(r) && b.anyWide(r) {
			continue
		}
		missing[r] = true
	}
	if len(missing) > maxNotedChars {
		if !strings.Contains(notes, "等共") {
			t.Errorf("%d characters replaced, notes: %s", len(missing), notes)
		}
		return
	}
	for r := range missing {
		if !strings.Contains(notes, fmt.Sprintf("（U+%04X，", r)) {
			t.Errorf("%U (%q) replaced but not noted: %s", r, string(r), notes)
		}
	}
	if len(missing) == 0 && notes != "" {
		t.Errorf("notes for text the fonts can set (%q): %s", s, notes)
	}
}
