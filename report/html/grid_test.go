package html

import (
	"strconv"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"
)

// gridCell is one position of a table grid after resolving rowspan and
// colspan: the element that covers it.
type gridCell struct {
	node    *xhtml.Node
	text    string
	tag     string // "th" or "td"
	r0, c0  int    // the element's top-left position
	rowspan int
	colspan int
}

// grid is a table's cells by position, header rows first.
type grid [][]*gridCell

// at returns the cell at row r, column c, failing the test when the grid
// has no cell there.
func (g grid) at(t *testing.T, r, c int) *gridCell {
	t.Helper()
	if r >= len(g) || c >= len(g[r]) || g[r][c] == nil {
		t.Fatalf("grid has no cell at row %d column %d", r, c)
	}
	return g[r][c]
}

// tableGrid resolves the rows of tbl (thead and tbody, in document order)
// into a grid, the way a browser's table model does. It stops the test on
// overlapping cells, holes and ragged rows.
func tableGrid(t *testing.T, tbl *xhtml.Node) grid {
	t.Helper()
	var g grid
	for i, tr := range elements(tbl, "tr") {
		for len(g) <= i {
			g = append(g, nil)
		}
		c := 0
		for _, td := range children(tr) {
			if td.Data != "td" && td.Data != "th" {
				continue
			}
			for c < len(g[i]) && g[i][c] != nil {
				c++
			}
			cell := &gridCell{node: td, text: textOf(td), tag: td.Data, r0: i, c0: c,
				rowspan: spanAttr(td, "rowspan"), colspan: spanAttr(td, "colspan")}
			for r := i; r < i+cell.rowspan; r++ {
				for len(g) <= r {
					g = append(g, nil)
				}
				for cc := c; cc < c+cell.colspan; cc++ {
					for len(g[r]) <= cc {
						g[r] = append(g[r], nil)
					}
					if g[r][cc] != nil {
						t.Fatalf("cells overlap at row %d column %d", r, cc)
					}
					g[r][cc] = cell
				}
			}
			c += cell.colspan
		}
	}
	for i := range g {
		if len(g[i]) != len(g[0]) {
			t.Fatalf("row %d has %d columns, row 0 has %d", i, len(g[i]), len(g[0]))
		}
		for c, cell := range g[i] {
			if cell == nil {
				t.Fatalf("no cell covers row %d column %d", i, c)
			}
		}
	}
	return g
}

// spanAttr returns the rowspan or colspan of n (1 when absent).
func spanAttr(n *xhtml.Node, name string) int {
	v, ok := attr(n, name)
	if !ok {
		return 1
	}
	i, err := strconv.Atoi(v)
	if err != nil || i < 1 {
		return 1
	}
	return i
}

// attr returns n's attribute name.
func attr(n *xhtml.Node, name string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

// children returns n's element children.
func children(n *xhtml.Node) []*xhtml.Node {
	var out []*xhtml.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == xhtml.ElementNode {
			out = append(out, c)
		}
	}
	return out
}

// elements returns every element named tag under n, in document order.
func elements(n *xhtml.Node, tag string) []*xhtml.Node {
	var out []*xhtml.Node
	for d := range n.Descendants() {
		if d.Type == xhtml.ElementNode && d.Data == tag {
			out = append(out, d)
		}
	}
	return out
}

// byID returns the element with the given id, failing the test if absent.
func byID(t *testing.T, doc *xhtml.Node, id string) *xhtml.Node {
	t.Helper()
	for d := range doc.Descendants() {
		if v, ok := attr(d, "id"); ok && v == id && d.Type == xhtml.ElementNode {
			return d
		}
	}
	t.Fatalf("no element with id %q", id)
	return nil
}

// textOf returns the text under n with surrounding space trimmed.
func textOf(n *xhtml.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == xhtml.TextNode {
			b.WriteString(d.Data)
		}
	}
	return strings.TrimSpace(b.String())
}
