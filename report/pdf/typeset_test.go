package pdf

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
	narr "github.com/xxgk/xxgk/report/narrative"
	"github.com/xxgk/xxgk/report/pdf/cjk"
	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/samples"
	"github.com/xxgk/xxgk/templates"
)

// The typesetting rules of the running text (docs/figures.md, 版式): every
// line inside the 156 mm measure, no line starting with a closing mark or
// ending with an opening one, no paragraph leaving one line alone at the
// foot or head of a page, no heading last on a page, and the sign-off on a
// page with at least two lines of text.

// Marks that may not start (noStart) or end (noEnd) a line of text.
const (
	noStart = "）》」』】〕〉］｝〗〙’”，。、；：？！…—～％‰℃°),.;:?!%]}"
	noEnd   = "（《「『【〔〈［｛〖〘“‘([{"
)

// running reports whether it is a line of running text: body or heading,
// inside the text block.
func running(it Item, fr frame) bool {
	return it.Kind == kindText && it.Role != "table" && it.Role != "title" &&
		it.Y > fr.Top && it.Y < fr.Bottom()
}

// near reports whether two positions are the same to a hundredth of a mm.
func near(a, b float64) bool { return math.Abs(a-b) < 0.01 }

// checkTypeset fails t for every line of l that breaks the rules above;
// signOff are the closing lines (not text of their own).
func checkTypeset(t *testing.T, l *Layout, measure measureFunc, signOff []string) {
	t.Helper()
	closing := func(it Item) bool { return slices.Contains(signOff, it.Text) || it.Text == noTextMark }
	// cont reports a body line that goes on with the paragraph above it.
	cont := func(it Item, fr frame) bool { return it.Role == "body" && near(it.X, fr.Left) && !closing(it) }
	for i, p := range l.Pages {
		fr := frameOf(p)
		var lines []Item
		for _, it := range p.Items {
			if it.Kind != kindText || it.Y <= fr.Top || it.Y >= fr.Bottom() {
				continue
			}
			if right := it.X + it.textWidth(measure); right > fr.Right()+eps {
				t.Errorf("page %d: %q ends %.2f mm past the measure", i+1, it.Text, right-fr.Right())
			}
			if !running(it, fr) || closing(it) {
				continue
			}
			rs := []rune(it.Text)
			if strings.ContainsRune(noStart, rs[0]) {
				t.Errorf("page %d: line starts with a closing mark: %q", i+1, it.Text)
			}
			if strings.ContainsRune(noEnd, rs[len(rs)-1]) {
				t.Errorf("page %d: line ends with an opening mark: %q", i+1, it.Text)
			}
			lines = append(lines, it)
		}
		if len(lines) == 0 {
			continue
		}
		if last := lines[len(lines)-1]; last.Role != "body" && lastText(p, fr) == last.Text {
			t.Errorf("page %d ends with the heading %q", i+1, last.Text)
		}
		if i+1 < len(l.Pages) {
			checkBreak(t, i+1, p, l.Pages[i+1], cont)
		}
		if p.Items[0].Text == noTextMark || slices.ContainsFunc(p.Items, func(it Item) bool { return it.Text == noTextMark }) {
			t.Errorf("page %d: 「%s」", i+1, noTextMark)
		}
	}
	last := l.Pages[len(l.Pages)-1]
	fr := frameOf(last)
	n, seen := 0, 0
	for _, it := range last.Items {
		switch {
		case slices.Contains(signOff, it.Text):
			seen++
		case it.Kind == kindText && it.Role != "title" && it.Y > fr.Top && it.Y < fr.Bottom() && it.Text != noTextMark:
			n++
		}
	}
	if seen != len(signOff) || n < 2 {
		t.Errorf("last page: %d of the %d sign-off lines with %d lines of text, want all with at least 2", seen, len(signOff), n)
	}
}

// lastText is the last text inside the block of page p.
func lastText(p *Page, fr frame) string {
	s := ""
	for _, it := range p.Items {
		if it.Kind == kindText && it.Y > fr.Top && it.Y < fr.Bottom() {
			s = it.Text
		} else if it.Kind == kindRect {
			s = ""
		}
	}
	return s
}

// checkBreak fails t when a paragraph runs from page n (p) onto page n+1
// (q) with only one line on either side.
func checkBreak(t *testing.T, n int, p, q *Page, cont func(Item, frame) bool) {
	t.Helper()
	fp, fq := frameOf(p), frameOf(q)
	var head []Item
	for _, it := range q.Items {
		if it.Kind == kindText && it.Y > fq.Top && it.Y < fq.Bottom() || it.Kind == kindRect {
			head = append(head, it)
		}
	}
	if len(head) == 0 || head[0].Kind != kindText || !cont(head[0], fq) {
		return // page n+1 starts something new
	}
	after := 0
	for after < len(head) && head[after].Kind == kindText && cont(head[after], fq) {
		after++
	}
	var foot []Item
	for _, it := range p.Items {
		if it.Kind == kindText && it.Y > fp.Top && it.Y < fp.Bottom() || it.Kind == kindRect {
			foot = append(foot, it)
		}
	}
	before := 0
	for k := len(foot) - 1; k >= 0 && foot[k].Kind == kindText && foot[k].Role == "body"; k-- {
		before++
		if !cont(foot[k], fp) {
			break // the paragraph's first line
		}
	}
	if before < 2 || after < 2 {
		t.Errorf("pages %d–%d: a paragraph breaks %d line(s) / %d line(s): %q / %q", n, n+1,
			before, after, foot[len(foot)-1].Text, head[0].Text)
	}
}

// demoReport is the demo's published report: the sample figures and text.
func demoReport(t *testing.T) *report.PublishedReport {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "samples", "output", samples.UnitName+"-2025年-政府信息公开工作年度报告.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep, err := jsonout.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	nf, err := narr.Parse(strings.NewReader(string(samples.NarrativeText)), samples.NarrativeFileName)
	if err != nil {
		t.Fatal(err)
	}
	tpl, err := templates.Text()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := narr.Build(rep, nil, nf, false, tpl)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestTypesetDemoAnnual(t *testing.T) {
	doc := demoReport(t)
	l, err := layoutDoc(doc, fixedMeasure, cjk.Break)
	if err != nil {
		t.Fatal(err)
	}
	checkTypeset(t, l, fixedMeasure, doc.SignOff)
}

func TestTypesetFixtures(t *testing.T) {
	doc := testReport()
	l, err := layoutDoc(doc, fixedMeasure, cjk.Break)
	if err != nil {
		t.Fatal(err)
	}
	checkTypeset(t, l, fixedMeasure, doc.SignOff)
	s := reporttest.Monthly()
	checkTypeset(t, layoutMonthly(s, fixedMeasure, cjk.Break), fixedMeasure, monthlySignOff(s))
}

// adversarial are paragraphs that test the punctuation rules: runs of
// closing marks, 「。」」 pairs, a closing mark exactly at the end of the
// first line (26 characters after the indent) and one just past it.
var adversarial = []string{
	strings.Repeat("他说：「好。」", 14),
	strings.Repeat("政", 25) + "。" + strings.Repeat("务", 27) + "，" + strings.Repeat("公开", 10),
	strings.Repeat("政", 26) + "。" + strings.Repeat("务", 28) + "）。" + strings.Repeat("公开", 10),
	strings.Repeat("如下……", 8) + strings.Repeat("——", 9) + "完。」」",
	strings.Repeat("见《条例》（第一条）", 6),
}

// filler is a paragraph of n full lines.
func filler(n int) []string {
	if n == 0 {
		return nil
	}
	return []string{strings.Repeat("政", 26+28*(n-1))}
}

// TestTypesetSweep lays the fixture out with the adversarial paragraphs
// pushed down one line at a time, so that every paragraph, heading and the
// sign-off meet the foot of a page at every line of it.
func TestTypesetSweep(t *testing.T) {
	for n := range blockLines + 2 {
		doc := testReport()
		doc.Opening = append(filler(n), append(adversarial, doc.Opening...)...)
		l, err := layoutDoc(doc, fixedMeasure, cjk.Break)
		if err != nil {
			t.Fatal(err)
		}
		checkTypeset(t, l, fixedMeasure, doc.SignOff)
		// Table 二, less than half a page, stays whole under its heading.
		first, last := pageOf(l, "第二十条第（一）项"), pageOf(l, "第二十条第（八）项")
		if head := pageOf(l, "二、主动公开政府信息情况"); first != last || head != first {
			t.Errorf("%d lines: table 二 on pages %d to %d, its heading on %d", n, first, last, head)
		}
	}
}

// pageOf is the number of the first page holding the text s, or 0.
func pageOf(l *Layout, s string) int {
	for i, p := range l.Pages {
		for _, it := range p.Items {
			if it.Text == s {
				return i + 1
			}
		}
	}
	return 0
}

// TestSignOffTightens ends the text at the foot of a page: the page's line
// pitch shrinks (by no more than minPitchScale) so that the sign-off stays
// on it, and no page says 「（此页无正文）」.
func TestSignOffTightens(t *testing.T) {
	for _, n := range []int{blockLines - 1, blockLines} {
		f := &flow{measure: fixedMeasure, brk: cjk.Break, para: cjk.BreakInside}
		f.newPage(portrait)
		f.paragraph(bodyStyle, filler(n)[0], indent, 0)
		sign := []string{"某某县教育局", "2026年1月10日"}
		f.signOff(sign)
		l := &Layout{Pages: f.pages}
		addFolios(l, fixedMeasure)
		if len(l.Pages) != 1 {
			t.Fatalf("%d lines: %d pages, want 1", n, len(l.Pages))
		}
		checkTypeset(t, l, fixedMeasure, sign)
		items := l.Pages[0].Items
		unit, date := items[n], items[n+1]
		if unit.Text != sign[0] || date.Text != sign[1] {
			t.Fatalf("%d lines: sign-off items %q %q", n, unit.Text, date.Text)
		}
		pitch := date.Y - unit.Y
		if pitch < minPitchScale*linePitch-eps || pitch > linePitch-0.1 {
			t.Errorf("%d lines: sign-off pitch %.2f mm, want between %.2f and %.2f", n, pitch, minPitchScale*linePitch, linePitch)
		}
		if bottom := date.Y - 0.36*em(sizeBody) + pitch/2; bottom > portrait.Bottom()+eps {
			t.Errorf("%d lines: the date's line ends at %.2f mm, below the block (%.2f)", n, bottom, portrait.Bottom())
		}
		if first := items[0]; math.Abs(first.Y-baseline(portrait.Top, pitch, bodyStyle)) > eps {
			t.Errorf("%d lines: first line at %.2f, want %.2f", n, first.Y, baseline(portrait.Top, pitch, bodyStyle))
		}
	}
}

// A sign-off too long to fit even on a tightened page goes on a page of
// its own, marked 「（此页无正文）」.
func TestSignOffNoText(t *testing.T) {
	f := &flow{measure: fixedMeasure, brk: cjk.Break, para: cjk.BreakInside}
	f.newPage(portrait)
	f.paragraph(bodyStyle, filler(blockLines)[0], indent, 0)
	f.signOff([]string{"甲", "乙", "丙"})
	if len(f.pages) != 2 || f.pages[1].Items[0].Text != noTextMark {
		t.Fatalf("%d pages, want the sign-off on a second one under 「%s」", len(f.pages), noTextMark)
	}
}

// After a landscape table the sign-off has no text to stay with: it goes
// on a portrait page marked 「（此页无正文）」, never alone on a bare page.
func TestSignOffAfterLandscape(t *testing.T) {
	f := &flow{measure: fixedMeasure, brk: cjk.Break, para: cjk.BreakInside}
	f.newPage(landscape)
	f.y = f.fr.Bottom()
	f.signOff([]string{"某某县教育局", "2026年1月10日"})
	if len(f.pages) != 2 || f.pages[1].Landscape || f.pages[1].Items[0].Text != noTextMark {
		t.Fatalf("%d pages, want the sign-off on a portrait page under 「%s」", len(f.pages), noTextMark)
	}
}
