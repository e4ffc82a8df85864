package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/cjk"
)

// TestTableAcrossPages puts table 三 in portrait low on a page: it must run
// onto the next page with its three header rows repeated, every row whole
// on one page and every figure drawn once.
func TestTableAcrossPages(t *testing.T) {
	f := &flow{measure: fixedMeasure, brk: cjk.Break}
	f.newPage(portrait)
	f.y = portrait.Top + 150
	r := testReport().Report
	g := table3Grid(r.Table3)
	table3Widths(g, portrait.Width, sizeTable, fixedMeasure)
	f.table(g.size(portrait.Width, sizeTable, fixedMeasure, cjk.Break))
	if len(f.pages) < 2 {
		t.Fatalf("%d pages, want the table to cross a page", len(f.pages))
	}
	seen := map[string]int{}
	for i, p := range f.pages {
		var texts []string
		rowY := map[string]float64{} // figure → baseline, per page
		for _, it := range p.Items {
			if it.Kind == kindText {
				texts = append(texts, it.Text)
				seen[it.Text]++
				rowY[it.Text] = it.Y
			}
		}
		all := strings.Join(texts, "")
		for _, h := range []string{report.Table3Note, report.Table3Applicant, report.Table3LegalPerson} {
			if !strings.Contains(all, h) {
				t.Errorf("page %d lacks header %q", i+1, h)
			}
		}
		for _, row := range r.Table3.Rows {
			y, ok := rowY[itoa(row[0])]
			for _, n := range row[1:] {
				if y2, ok2 := rowY[itoa(n)]; ok != ok2 || (ok && y2 != y) {
					t.Errorf("page %d: row of %d split", i+1, row[0])
				}
			}
		}
	}
	for _, row := range r.Table3.Rows {
		for _, n := range row {
			if seen[itoa(n)] != 1 {
				t.Errorf("figure %d drawn %d times", n, seen[itoa(n)])
			}
		}
	}
}

// TestTable3Landscape checks that table 三 takes a landscape page of its
// own with its heading, in 小五 or larger.
func TestTable3Landscape(t *testing.T) {
	l, err := layoutDoc(testReport(), fixedMeasure, cjk.Break)
	if err != nil {
		t.Fatal(err)
	}
	var wide []*Page
	for _, p := range l.Pages {
		if p.Landscape {
			wide = append(wide, p)
		}
	}
	if len(wide) != 1 {
		t.Fatalf("%d landscape pages, want 1", len(wide))
	}
	var texts []string
	for _, it := range wide[0].Items {
		if it.Kind == kindText {
			texts = append(texts, it.Text)
			if it.Role == tableRole && it.Size < 9 {
				t.Errorf("table text %q at %g pt", it.Text, it.Size)
			}
		}
	}
	all := strings.Join(texts, "")
	if !strings.Contains(all, report.Table3Title) || strings.Contains(all, report.Table4Title) {
		t.Errorf("landscape page holds %.80q…", all)
	}
}

func TestWriteNoFonts(t *testing.T) {
	err := Write(&bytes.Buffer{}, testReport(), Options{})
	if err == nil {
		t.Fatal("no error without fonts")
	}
}
