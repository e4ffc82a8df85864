package main

import (
	"mime"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"
)

// pageTable returns the rows of the table with id on an HTML page, each
// cell's text trimmed, a <br> read as a line break (as the workbook's cell
// holds it); nil when the page has no such table.
func pageTable(t *testing.T, body, id string) [][]string {
	t.Helper()
	doc, err := xhtml.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	table := htmlByID(doc, id)
	if table == nil {
		return nil
	}
	var rows [][]string
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode && n.Data == "tr" {
			var row []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == xhtml.ElementNode && (c.Data == "td" || c.Data == "th") {
					row = append(row, strings.TrimSpace(htmlText(c)))
				}
			}
			rows = append(rows, row)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(table)
	return rows
}

// pageText is the text of the element with id ("" when there is none).
func pageText(t *testing.T, body, id string) string {
	t.Helper()
	doc, err := xhtml.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if n := htmlByID(doc, id); n != nil {
		return strings.TrimSpace(htmlText(n))
	}
	return ""
}

// pageHref is the href of the element with id.
func pageHref(t *testing.T, body, id string) string {
	t.Helper()
	doc, err := xhtml.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if n := htmlByID(doc, id); n != nil {
		for _, a := range n.Attr {
			if a.Key == "href" {
				return a.Val
			}
		}
	}
	return ""
}

func htmlByID(n *xhtml.Node, id string) *xhtml.Node {
	if n.Type == xhtml.ElementNode {
		for _, a := range n.Attr {
			if a.Key == "id" && a.Val == id {
				return n
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := htmlByID(c, id); f != nil {
			return f
		}
	}
	return nil
}

func htmlText(n *xhtml.Node) string {
	switch {
	case n.Type == xhtml.TextNode:
		return n.Data
	case n.Type == xhtml.ElementNode && n.Data == "br":
		return "\n"
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(htmlText(c))
	}
	return b.String()
}

// savedDownload checks that rec is a download and saves its body under its
// UTF-8 file name (Content-Disposition's filename*) in a new folder,
// returning the path.
func savedDownload(t *testing.T, rec *httptest.ResponseRecorder) string {
	t.Helper()
	if rec.Code != 200 {
		t.Fatalf("download: %d\n%s", rec.Code, rec.Body)
	}
	kind, params, err := mime.ParseMediaType(rec.Header().Get("Content-Disposition"))
	if err != nil || kind != "attachment" {
		t.Fatalf("Content-Disposition %q: %v", rec.Header().Get("Content-Disposition"), err)
	}
	name := params["filename"] // mime decodes filename* into filename
	if name == "" || strings.ContainsAny(name, `/\`) {
		t.Fatalf("download name %q", name)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, rec.Body.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// sheetFrom are a sheet's rows from row first (1-based), each cut to n
// cells and padded with "" to n.
func sheetFrom(rows [][]string, first, n int) [][]string {
	var out [][]string
	for i := first - 1; i < len(rows); i++ {
		r := make([]string, n)
		copy(r, rows[i])
		out = append(out, r)
	}
	return out
}

// formOf is url.Values for a post.
func formOf(kv ...string) url.Values {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Set(kv[i], kv[i+1])
	}
	return v
}
