package main

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	xhtml "golang.org/x/net/html"
)

// annualParse parses a page, failing the test on a parse error.
func annualParse(t *testing.T, body string) *xhtml.Node {
	t.Helper()
	doc, err := xhtml.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// annualFindAll returns the elements under n for which match holds, in
// document order.
func annualFindAll(n *xhtml.Node, match func(*xhtml.Node) bool) []*xhtml.Node {
	var out []*xhtml.Node
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// attr returns the attribute key of n, or "".
func annualAttr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// annualByTag matches elements named tag, with class cls when cls is set.
func annualByTag(tag, cls string) func(*xhtml.Node) bool {
	return func(n *xhtml.Node) bool {
		return n.Data == tag && (cls == "" || strings.Contains(" "+annualAttr(n, "class")+" ", " "+cls+" "))
	}
}

// annualText is the text under n, skipping the elements skip matches.
func annualText(n *xhtml.Node, skip func(*xhtml.Node) bool) string {
	var b strings.Builder
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == xhtml.ElementNode && skip != nil && skip(n) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

// figureLink is a figure of the 年度报告 page: its text and its link.
type figureLink struct{ text, href string }

// figureLinks maps each figure of the page, by its data-cell name, to its
// text and link.
func figureLinks(t *testing.T, body string) map[string]figureLink {
	t.Helper()
	out := map[string]figureLink{}
	for _, a := range annualFindAll(annualParse(t, body), func(n *xhtml.Node) bool { return n.Data == "a" && annualAttr(n, "data-cell") != "" }) {
		cell := annualAttr(a, "data-cell")
		if _, dup := out[cell]; dup {
			t.Errorf("figure %s printed twice", cell)
		}
		out[cell] = figureLink{annualText(a, nil), annualAttr(a, "href")}
	}
	return out
}

// jsonFigures lists the figures of tables 2, 3 and 4 in the JSON of
// report annual, by dotted name as explain takes them, with their values
// as printed (numbers in decimal, the fee amount as written).
func jsonFigures(t *testing.T, m map[string]any) map[string]string {
	t.Helper()
	out := map[string]string{}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, c := range v {
				walk(prefix+"."+k, c)
			}
		case float64:
			out[prefix] = strconv.FormatFloat(v, 'f', -1, 64)
		case string:
			out[prefix] = v
		case json.Number:
			out[prefix] = v.String()
		default:
			t.Fatalf("%s: unexpected %T", prefix, v)
		}
	}
	for _, table := range []string{"table2", "table3", "table4"} {
		walk(table, m[table])
	}
	return out
}

// checkLines runs xxgk check for year y and returns its lines
// 「错误［规则］位置：说明」, errors first.
func checkLines(t *testing.T, db, y string) []string {
	t.Helper()
	r := xxgk(t, "check", "--db", db, "--year", y)
	if r.code != 0 && r.code != 1 {
		t.Fatalf("check: exit %d %s", r.code, r.stderr)
	}
	return strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
}

// explainIDs runs xxgk explain and returns the value and the listed rows
// as 「台账 编号（位置）」.
func explainIDs(t *testing.T, db, y, cell string) (value string, rows []string) {
	t.Helper()
	out := xxgk(t, "explain", "--db", db, "--year", y, cell).must(t).stdout
	lines := strings.Split(out, "\n")
	value = lines[0][strings.LastIndex(lines[0], "= ")+2:]
	for _, l := range lines[1:] {
		if i := strings.Index(l, ". "); i > 0 && !strings.HasPrefix(l, " ") {
			if _, err := strconv.Atoi(l[:i]); err == nil {
				rows = append(rows, l[i+2:])
			}
		}
	}
	return value, rows
}

// annualSortedKeys returns m's keys in order.
func annualSortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// isGroupSum tells whether the figure name is one of table 三's group sums
// (table3.withheld.total, …): in the JSON, but no row of the printed table.
func isGroupSum(name string) bool {
	parts := strings.Split(name, ".")
	return parts[0] == "table3" && len(parts) == 3 && report.GroupLabel(parts[1]) != ""
}
