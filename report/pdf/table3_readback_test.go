package pdf

import (
	"math"
	"regexp"
	"strconv"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// bboxWord is a word of pdftotext -bbox, in points from the page's top
// left.
type bboxWord struct {
	X0, Y0, X1, Y1 float64
	Text           string
}

// bboxPage is a page of pdftotext -bbox.
type bboxPage struct {
	W, H  float64
	Words []bboxWord
}

var (
	bboxWordRe = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>|<page width="([\d.]+)" height="([\d.]+)">`)
)

// readBBoxes runs pdftotext -bbox on the PDF at path.
func readBBoxes(t *testing.T, path string) []bboxPage {
	t.Helper()
	var pages []bboxPage
	num := func(s string) float64 {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	for _, m := range bboxWordRe.FindAllStringSubmatch(tool(t, "pdftotext", "-bbox", path, "-"), -1) {
		if m[6] != "" {
			pages = append(pages, bboxPage{W: num(m[6]), H: num(m[7])})
			continue
		}
		if len(pages) == 0 {
			t.Fatal("a word before the first page")
		}
		p := &pages[len(pages)-1]
		p.Words = append(p.Words, bboxWord{num(m[1]), num(m[2]), num(m[3]), num(m[4]), m[5]})
	}
	return pages
}

// TestTable3ReadBack reads the written PDF's landscape page back: the
// characters of 「三、本年度办理结果」 are words of their own stacked top to
// bottom at one x, each group label is one word, and the page number
// stands turned in the left margin, at its lower end on an odd page and
// its upper end on an even one.
func TestTable3ReadBack(t *testing.T) {
	path := writeTest(t, testReport(), testFonts(t))
	pages := readBBoxes(t, path)
	n := -1
	for i, p := range pages {
		if p.W > p.H {
			n = i
		}
	}
	if n < 0 {
		t.Fatal("no landscape page")
	}
	words := pages[n].Words
	mm := func(pt float64) float64 { return pt * 25.4 / 72 }

	want := []rune(report.Table3Results)
	start := -1
	for i := range words {
		if words[i].Text == string(want[0]) {
			start = i
		}
	}
	if start < 0 {
		t.Fatalf("page %d has no word %q", n+1, string(want[0]))
	}
	var stack []bboxWord
	for _, w := range words[start:] {
		if len(stack) < len(want) && w.Text == string(want[len(stack)]) && math.Abs(w.X0-words[start].X0) < 0.5 {
			stack = append(stack, w)
		}
	}
	if len(stack) != len(want) {
		t.Fatalf("%d of the %d characters of %q stacked at x %.1f pt", len(stack), len(want), report.Table3Results, words[start].X0)
	}
	for i := 1; i < len(stack); i++ {
		if stack[i].Y0 < stack[i-1].Y1-0.5 {
			t.Errorf("%q (y %.1f pt) not below %q (bottom %.1f pt)", stack[i].Text, stack[i].Y0, stack[i-1].Text, stack[i-1].Y1)
		}
	}

	texts := map[string]bool{}
	for _, w := range words {
		texts[w.Text] = true
	}
	for _, g := range report.Table3Groups {
		if !texts[g.Number+g.Label] {
			t.Errorf("group label %q is not one word on page %d", g.Number+g.Label, n+1)
		}
	}

	// The number 「— n —」: three words in the left margin at one x, across
	// the baseline the layout gives it, ending one character above the
	// text block's bottom (odd page) or starting one below its top (even).
	num := strconv.Itoa(n + 1)
	var folio []bboxWord
	for _, w := range words {
		if (w.Text == num || w.Text == "—") && mm(w.X1) < landscape.Left {
			folio = append(folio, w)
		}
	}
	if len(folio) != 3 || folio[1].Text != num {
		t.Fatalf("page %d: left margin holds %+v, want 「— %s —」", n+1, folio, num)
	}
	e := em(folioStyle.Size)
	base := pageHeight - (portrait.Bottom() + footGap + 0.36*e)
	for i, w := range folio {
		if mm(w.X0) > base || mm(w.X1) < base {
			t.Errorf("%q at x %.1f to %.1f mm: want it across x %.1f mm", w.Text, mm(w.X0), mm(w.X1), base)
		}
		if i > 0 && (w.Y0 < folio[i-1].Y1-0.5 || math.Abs(w.X0-folio[0].X0) > 0.5) { // turned: read top to bottom
			t.Errorf("%q (%.1f, %.1f pt) does not follow %q (%.1f, %.1f) down the page",
				w.Text, w.X0, w.Y0, folio[i-1].Text, folio[i-1].X0, folio[i-1].Y1)
		}
	}
	if (n+1)%2 == 1 {
		if end := mm(folio[2].Y1); math.Abs(end-(landscape.Bottom()-e)) > 0.5 {
			t.Errorf("odd page %d: number ends at y %.1f mm, want %.1f (lower left)", n+1, end, landscape.Bottom()-e)
		}
	} else if top := mm(folio[0].Y0); math.Abs(top-(landscape.Top+e)) > 0.5 {
		t.Errorf("even page %d: number starts at y %.1f mm, want %.1f (upper left)", n+1, top, landscape.Top+e)
	}
}
