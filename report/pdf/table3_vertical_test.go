package pdf

import (
	"math"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/cjk"
)

// landscapePage lays out the test report and returns its landscape page
// (table 三) and that page's number.
func landscapePage(t *testing.T) (*Page, int) {
	t.Helper()
	l, err := layoutDoc(testReport(), fixedMeasure, cjk.Break)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range l.Pages {
		if p.Landscape {
			return p, i + 1
		}
	}
	t.Fatal("no landscape page")
	return nil, 0
}

// TestTable3ResultsVertical checks that 「三、本年度办理结果」 is set one
// character a line, top to bottom, each character centred in its merged
// cell at the same x, the lines evenly spaced and centred in the cell's
// height.
func TestTable3ResultsVertical(t *testing.T) {
	p, _ := landscapePage(t)
	want := []rune(report.Table3Results)
	var chars []Item
	for i, it := range p.Items {
		if it.Kind == kindText && it.Text == string(want[0]) && it.Role == tableRole &&
			i+len(want) <= len(p.Items) {
			chars = p.Items[i : i+len(want)]
			break
		}
	}
	if chars == nil {
		t.Fatalf("no line %q on the landscape page", string(want[0]))
	}
	var box Item // the merged cell: the rect holding the first character
	for _, it := range p.Items {
		if it.Kind == kindRect && it.X <= chars[0].X && chars[0].X < it.X+it.W &&
			it.Y <= chars[0].Y && chars[0].Y < it.Y+it.H && it.H > 50 {
			box = it
		}
	}
	if box.H == 0 {
		t.Fatal("no merged cell around 「三」")
	}
	step := chars[1].Y - chars[0].Y
	if step <= 0 {
		t.Fatalf("second character %.2f mm below the first", step)
	}
	for i, it := range chars {
		if it.Text != string(want[i]) {
			t.Fatalf("line %d is %q, want %q", i+1, it.Text, string(want[i]))
		}
		if math.Abs(it.X-chars[0].X) > eps {
			t.Errorf("%q at x %.2f, 「三」 at %.2f", it.Text, it.X, chars[0].X)
		}
		if i > 0 && math.Abs(it.Y-chars[i-1].Y-step) > eps {
			t.Errorf("%q %.2f mm below the previous line, want %.2f", it.Text, it.Y-chars[i-1].Y, step)
		}
		if mid := it.X + fixedMeasure(it.Role, it.Size, it.Text)/2; math.Abs(mid-(box.X+box.W/2)) > eps {
			t.Errorf("%q centred at x %.2f, cell centre %.2f", it.Text, mid, box.X+box.W/2)
		}
	}
	top, bottom := chars[0].Y-step, chars[len(chars)-1].Y // baselines bound the lines
	if gapTop, gapBottom := top-box.Y, box.Y+box.H-bottom; math.Abs(gapTop-gapBottom) > step {
		t.Errorf("lines not centred in the cell: %.1f mm above, %.1f mm below", gapTop, gapBottom)
	}
}

// TestTable3GroupLabelsWhole checks that every outcome group label
// (「（三）不予公开」…) is one line, inside its column.
func TestTable3GroupLabelsWhole(t *testing.T) {
	p, _ := landscapePage(t)
	lines := map[string]Item{}
	for _, it := range p.Items {
		if it.Kind == kindText {
			lines[it.Text] = it
		}
	}
	for _, g := range report.Table3Groups {
		label := g.Number + g.Label
		it, ok := lines[label]
		if !ok {
			t.Errorf("group label %q is not one line", label)
			continue
		}
		right := it.X + fixedMeasure(it.Role, it.Size, it.Text)
		inside := false
		for _, r := range p.Items {
			if r.Kind == kindRect && r.X < it.X && right <= r.X+r.W+eps && r.Y < it.Y && it.Y < r.Y+r.H {
				inside = true
			}
		}
		if !inside {
			t.Errorf("group label %q (x %.1f to %.1f) crosses its cell", label, it.X, right)
		}
	}
}

// TestLandscapeFolio checks the page number of a landscape page (GB/T
// 9704-2012: 表格横排时页码位置与公文其他页码保持一致): turned 90° clockwise in
// the left margin, an odd page's at the lower end (ending one character
// above the text block's bottom, 表格左下角), an even page's at the upper
// end (one character below its top, 表格左上角); turned back to portrait,
// each stands exactly where a portrait page of its parity has it.
func TestLandscapeFolio(t *testing.T) {
	e := em(folioStyle.Size)
	base := pageHeight - (portrait.Bottom() + footGap + 0.36*e) // 26.2 mm from the left edge
	for _, n := range []int{4, 5} {
		it := folioItem(n, true, fixedMeasure)
		w := fixedMeasure(it.Role, it.Size, it.Text)
		if it.Turn != 90 || math.Abs(it.X-base) > eps || it.X >= landscape.Left {
			t.Errorf("page %d: turned %g° at x %.2f, want 90° at %.2f (left margin, block from %.1f)",
				n, it.Turn, it.X, base, landscape.Left)
		}
		switch n % 2 {
		case 1:
			if end := it.Y + w; math.Abs(end-(landscape.Bottom()-e)) > eps {
				t.Errorf("odd page %d: number ends at y %.2f, want %.2f (lower left)", n, end, landscape.Bottom()-e)
			}
		case 0:
			if math.Abs(it.Y-(landscape.Top+e)) > eps {
				t.Errorf("even page %d: number starts at y %.2f, want %.2f (upper left)", n, it.Y, landscape.Top+e)
			}
		}
		up := folioItem(n, false, fixedMeasure)
		if up.Turn != 0 || math.Abs(up.X-it.Y) > eps || math.Abs(up.Y-(pageHeight-it.X)) > eps {
			t.Errorf("page %d: turned back at (%.2f, %.2f), portrait number at (%.2f, %.2f)",
				n, it.Y, pageHeight-it.X, up.X, up.Y)
		}
	}
	p, n := landscapePage(t)
	last := p.Items[len(p.Items)-1]
	if want := folioItem(n, true, fixedMeasure); last != want {
		t.Errorf("landscape page %d's number %+v, want %+v", n, last, want)
	}
	if !strings.Contains(p.Items[len(p.Items)-1].dump(), "turn90") {
		t.Errorf("dump %q does not show the turn", last.dump())
	}
}
