package html

import (
	"slices"
	"strings"
	"testing"
)

// The title is printed as two unbreakable halves, unit and year then the
// report's name, so 「报告」 never stands alone on a line.
func TestTitleLines(t *testing.T) {
	for _, c := range []struct {
		title string
		want  []string
	}{
		{"示例县教育局2025年政府信息公开工作年度报告", []string{"示例县教育局2025年", "政府信息公开工作年度报告"}},
		{"某市第1中学2024年政府信息公开工作年度报告", []string{"某市第1中学2024年", "政府信息公开工作年度报告"}},
		{"政府信息公开工作年度报告", []string{"政府信息公开工作年度报告"}},
	} {
		if got := titleLines(c.title); !slices.Equal(got, c.want) {
			t.Errorf("titleLines(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	doc := parsePage(t, samplePublished(false))
	h1 := elements(doc, "h1")[0]
	var spans []string
	for _, s := range elements(h1, "span") {
		if c, _ := attr(s, "class"); c == "tl" {
			spans = append(spans, textOf(s))
		}
	}
	want := []string{hostile + "2025年", "政府信息公开工作年度报告"}
	if !slices.Equal(spans, want) || textOf(h1) != samplePublished(false).Title {
		t.Errorf("h1 spans %q (text %q), want %q", spans, textOf(h1), want)
	}
}

// The print rules: page numbers 「— N —」 in the page's bottom margin box,
// every table block kept on one page, headings indented two characters as
// in the PDF, body text set flush left, never justified, so no line is letter-spaced.
func TestPrintRules(t *testing.T) {
	page := render(t, samplePublished(false))
	_, print, ok := strings.Cut(page, "@media print{")
	if !ok {
		t.Fatal("page has no print rules")
	}
	for _, want := range []string{
		`@page :right{@bottom-right{content:"— " counter(page) " —"`,
		`@page :left{@bottom-left{content:"— " counter(page) " —"`,
		"h1 .tl{display:inline-block}",
		"text-wrap:balance",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, want := range []string{
		".tw{break-inside:avoid",
		"thead{display:table-header-group}",
		"line-height:28.9pt;text-indent:2em}\nh3{",
		"line-height:28.9pt;text-indent:2em}\np{",
		"p{margin:0;text-align:start;",
	} {
		if !strings.Contains(print, want) {
			t.Errorf("print rules lack %q", want)
		}
	}
}
