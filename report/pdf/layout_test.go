package pdf

import (
	"math"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xxgk/xxgk/report/pdf/cjk"
	"github.com/xxgk/xxgk/report/pdf/fonts"
	"github.com/xxgk/xxgk/report/reporttest"
)

// fixedMeasure measures like a monospaced CJK font: a full em for every
// character but printable ASCII, which takes half. Layout tests use it so
// that the golden does not depend on the fonts installed.
func fixedMeasure(_ fonts.Role, size float64, s string) float64 {
	w := 0.0
	for _, r := range s {
		if r < utf8.RuneSelf {
			w += 0.5
		} else {
			w++
		}
	}
	return w * em(size)
}

func TestLayoutGolden(t *testing.T) {
	l, err := layoutDoc(testReport(), fixedMeasure, cjk.Break)
	if err != nil {
		t.Fatal(err)
	}
	reporttest.Golden(t, filepath.Join("testdata", "layout.golden"), l.Dump())
}

// TestLayoutFits checks that nothing leaves its page's text block (page
// numbers and draft marks aside, which sit outside it on purpose; no
// closing mark hangs into the margin).
func TestLayoutFits(t *testing.T) {
	doc := testReport()
	doc.Draft = true
	l, err := layoutDoc(doc, fixedMeasure, cjk.Break)
	if err != nil {
		t.Fatal(err)
	}
	checkFits(t, l)
}

// checkFits fails t for anything of l outside its page's text block, and
// for a page without exactly one page number.
func checkFits(t *testing.T, l *Layout) {
	t.Helper()
	for i, p := range l.Pages {
		fr := frameOf(p)
		folios := 0
		for _, it := range p.Items {
			switch {
			case it.Kind == kindWatermark:
				continue
			case it.Kind == kindRect:
				if it.X < fr.Left-eps || it.X+it.W > fr.Right()+eps || it.Y < fr.Top-eps || it.Y+it.H > fr.Bottom()+eps {
					t.Errorf("page %d: cell %+v outside the text block", i+1, it)
				}
				continue
			case it.Turn != 0 || it.Y > fr.Bottom(): // a landscape page's turned number sits in its left margin
				folios++
				if want := "— " + itoa(i+1) + " —"; it.Text != want {
					t.Errorf("page %d: foot %q, want %q", i+1, it.Text, want)
				}
				continue
			case it.Y < fr.Top:
				if it.Text != draftMark {
					t.Errorf("page %d: %q above the text block", i+1, it.Text)
				}
				continue
			}
			right := it.X + it.textWidth(fixedMeasure)
			if it.X < fr.Left-eps || right > fr.Right()+eps {
				t.Errorf("page %d: %q from %.1f to %.1f, block %.1f to %.1f", i+1, it.Text, it.X, right, fr.Left, fr.Right())
			}
		}
		if folios != 1 {
			t.Errorf("page %d: %d page numbers", i+1, folios)
		}
	}
}

// TestBodyGrid checks the GB/T 9704 grid: 28 characters fill a body line.
func TestBodyGrid(t *testing.T) {
	f := &flow{measure: fixedMeasure, brk: cjk.Break}
	f.newPage(portrait)
	f.paragraph(bodyStyle, strings.Repeat("政", 26+28+3), indent, 0)
	var lens []int
	for _, it := range f.page.Items {
		lens = append(lens, utf8.RuneCountInString(it.Text))
	}
	if len(lens) != 3 || lens[0] != 26 || lens[1] != 28 || lens[2] != 3 {
		t.Errorf("line lengths %v, want [26 28 3]", lens)
	}
	if n := int(portrait.Height/linePitch + eps); n != blockLines {
		t.Errorf("%d lines a page, want %d", n, blockLines)
	}
}

// The report closes with the unit and the date at the right: the date ends
// four characters in from the right edge, the unit centred over it.
func TestSignOff(t *testing.T) {
	doc := testReport()
	l, err := layoutDoc(doc, fixedMeasure, cjk.Break)
	if err != nil {
		t.Fatal(err)
	}
	last := l.Pages[len(l.Pages)-1]
	var unit, date *Item
	for i := range last.Items {
		switch it := &last.Items[i]; it.Text {
		case "2026年1月10日":
			date = it
		case doc.Report.Unit.Name:
			unit = it
		}
	}
	if unit == nil || date == nil {
		t.Fatalf("sign-off missing on the last page")
	}
	m := func(it *Item) float64 { return fixedMeasure(it.Role, it.Size, it.Text) }
	if right := date.X + m(date); math.Abs(right-(portrait.Right()-4*charPitch)) > 0.01 {
		t.Errorf("date ends at %.2f mm, want %.2f", right, portrait.Right()-4*charPitch)
	}
	if uc, dc := unit.X+m(unit)/2, date.X+m(date)/2; math.Abs(uc-dc) > 0.01 || unit.Y >= date.Y {
		t.Errorf("unit not centred above the date: centres %.2f, %.2f", uc, dc)
	}
}
