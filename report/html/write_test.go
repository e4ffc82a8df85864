package html

import (
	"bytes"
	"flag"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
	xhtml "golang.org/x/net/html"
)

var pageOut = flag.String("page", "", "also write the sample page (draft) to this file, to look at in a browser")

// hostile is a unit name that must come out as text, never as markup.
const hostile = `<script>alert("x")</script>某县教育局&`

// sampleReport has a distinct number in every printed cell.
func sampleReport() *report.AnnualReport {
	r := reporttest.Annual(reporttest.Numbering{Table2: 1, Table3: 100, Table3Row: 10, Table4: 500, Table4Block: 10})
	r.Unit.Name = hostile
	return r
}

// samplePublished is a whole report: opening, section 一 with its five
// sub-heads, the three tables, sections 五 and 六.
func samplePublished(draft bool) *report.PublishedReport {
	doc := reporttest.Published(sampleReport(), reporttest.Text{
		Opening: []string{
			"根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的政府信息公开工作年度报告格式，编制本报告。",
			"本报告中所列数据的统计期限自2025年1月1日至12月31日。" + hostile,
		},
		Overview: func(i int) []string {
			return []string{
				strings.Repeat("本年度主动公开政府信息情况良好，", 4) + "共" + string(rune('1'+i)) + "件。",
				"第二段落" + string(rune('A'+i)) + "。",
			}
		},
		Problems: []string{"一是信息发布的及时性有待提高。", "二是解读形式较为单一。"},
		Other:    []string{"本年度未收取信息处理费。"},
	})
	doc.Draft = draft
	return doc
}

// render writes doc and returns the page.
func render(t *testing.T, doc *report.PublishedReport) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, doc); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// parsePage renders doc and parses the page.
func parsePage(t *testing.T, doc *report.PublishedReport) *xhtml.Node {
	t.Helper()
	n, err := xhtml.Parse(strings.NewReader(render(t, doc)))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPageStructure(t *testing.T) {
	pub := samplePublished(false)
	page := render(t, pub)
	if *pageOut != "" {
		if err := os.WriteFile(*pageOut, []byte(render(t, samplePublished(true))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.HasPrefix(page, "<!DOCTYPE html>\n") {
		t.Errorf("page does not start with <!DOCTYPE html>: %.40q", page)
	}
	for _, want := range []string{`<meta charset="utf-8">`, `name="viewport"`, "@page{size:A4;margin:37mm 26mm 35mm 28mm}",
		"overflow-x:auto", "tr{break-inside:avoid", "thead{display:table-header-group}"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	doc, err := xhtml.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if lang, _ := attr(elements(doc, "html")[0], "lang"); lang != "zh-CN" {
		t.Errorf("lang = %q, want zh-CN", lang)
	}
	if got := textOf(elements(doc, "title")[0]); got != pub.Title {
		t.Errorf("title %q, want %q", got, pub.Title)
	}
	for d := range doc.Descendants() {
		if d.Type != xhtml.ElementNode {
			continue
		}
		switch d.Data {
		case "script", "link", "img", "iframe", "object", "embed":
			t.Errorf("page has a <%s> element", d.Data)
		case "th":
			if s, _ := attr(d, "scope"); !slices.Contains([]string{"col", "row", "colgroup", "rowgroup"}, s) {
				t.Errorf("th %q has scope %q", textOf(d), s)
			}
		}
		for _, a := range []string{"src", "href"} {
			if v, ok := attr(d, a); ok && !strings.HasPrefix(v, "#") {
				t.Errorf("<%s %s=%q> points outside the page", d.Data, a, v)
			}
		}
	}
	if strings.Contains(page, "url(") || strings.Contains(page, "@import") {
		t.Error("the stylesheet loads an external resource")
	}
	for _, id := range []string{"table2", "table3", "table4"} {
		if caps := elements(byID(t, doc, id), "caption"); len(caps) != 1 || textOf(caps[0]) == "" {
			t.Errorf("%s: want one non-empty caption", id)
		}
		if p := byID(t, doc, id).Parent; p.Data != "div" || !strings.Contains(classOf(p), "tw") {
			t.Errorf("%s is not inside the scrolling wrapper", id)
		}
	}
	checkHeadings(t, doc, pub)
	checkParagraphs(t, doc, pub)
	if strings.Contains(page, DraftMark) {
		t.Errorf("a final report shows %s", DraftMark)
	}
}

// checkHeadings: h1 is the title, then the h2 and h3 in the report's order.
func checkHeadings(t *testing.T, doc *xhtml.Node, pub *report.PublishedReport) {
	t.Helper()
	want := []string{"h1 " + pub.Title}
	for _, s := range pub.Sections {
		want = append(want, "h2 "+s.Heading)
		for _, b := range s.Blocks {
			if b.Subhead != "" {
				want = append(want, "h3 "+b.Subhead)
			}
		}
	}
	var got []string
	for d := range doc.Descendants() {
		if d.Type == xhtml.ElementNode && len(d.Data) == 2 && d.Data[0] == 'h' && d.Data[1] >= '1' && d.Data[1] <= '6' {
			got = append(got, d.Data+" "+textOf(d))
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("headings:\n got %q\nwant %q", got, want)
	}
	if got := len(want) - 1 - len(pub.Sections); got != len(report.OverviewSubheads) {
		t.Errorf("%d sub-heads, want %d", got, len(report.OverviewSubheads))
	}
}

// checkParagraphs: every paragraph of the report is a <p> of the page, in order.
func checkParagraphs(t *testing.T, doc *xhtml.Node, pub *report.PublishedReport) {
	t.Helper()
	want := slices.Clone(pub.Opening)
	for _, s := range pub.Sections {
		for _, b := range s.Blocks {
			want = append(want, b.Paragraphs...)
		}
	}
	if len(pub.SignOff) > 0 {
		want = append(want, strings.Join(pub.SignOff, "")) // the closing unit and date, one <p>
	}
	var got []string
	for _, p := range elements(doc, "p") {
		got = append(got, textOf(p))
	}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs:\n got %q\nwant %q", got, want)
	}
}

func classOf(n *xhtml.Node) string { v, _ := attr(n, "class"); return v }

func TestDraftIsMarked(t *testing.T) {
	doc := parsePage(t, samplePublished(true))
	var marks int
	for d := range doc.Descendants() {
		if d.Type == xhtml.ElementNode && classOf(d) == "draft" && textOf(d) == DraftMark {
			marks++
		}
	}
	if marks != 1 {
		t.Errorf("%d visible draft marks, want 1", marks)
	}
	if title := textOf(elements(doc, "title")[0]); !strings.Contains(title, DraftMark) {
		t.Errorf("draft page title %q lacks %s", title, DraftMark)
	}
}

// A unit name with markup in it is printed as text.
func TestUnitTextIsEscaped(t *testing.T) {
	page := render(t, samplePublished(false))
	if strings.Contains(page, "<script") {
		t.Error("the unit name's <script> reached the page unescaped")
	}
	doc, _ := xhtml.Parse(strings.NewReader(page))
	if got := textOf(elements(doc, "h1")[0]); !strings.Contains(got, hostile) {
		t.Errorf("h1 %q does not show the unit name as text", got)
	}
}

func TestOutputIsDeterministic(t *testing.T) {
	if a, b := render(t, samplePublished(true)), render(t, samplePublished(true)); a != b {
		t.Error("two renderings of the same report differ")
	}
}

func TestErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, nil); err == nil {
		t.Error("nil report: no error")
	}
	doc := samplePublished(false)
	doc.Report = nil
	if err := Write(&buf, doc); err == nil {
		t.Error("table without figures: no error")
	}
	doc = samplePublished(false)
	doc.Sections[1].Blocks[0].Table = "table9"
	if err := Write(&buf, doc); err == nil || !strings.Contains(err.Error(), "table9") {
		t.Errorf("unknown table: error %v", err)
	}
	if buf.Len() != 0 {
		t.Error("a failed Write wrote something")
	}
}
