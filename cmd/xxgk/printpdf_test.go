package main

import (
	"encoding/xml"
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"unicode"
)

// printedLine is one line of a printed page as pdftotext -bbox-layout reads
// it: its text (words joined without spaces) and its box in points.
type printedLine struct {
	Text                   string
	XMin, YMin, XMax, YMax float64
}

// printedPages reads the lines of every page of the PDF at path.
func printedPages(t *testing.T, path string) [][]printedLine {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	out, err := exec.Command("pdftotext", "-bbox-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox-layout %s: %v", path, err)
	}
	var doc struct {
		Pages []struct {
			Lines []struct {
				XMin  float64  `xml:"xMin,attr"`
				YMin  float64  `xml:"yMin,attr"`
				XMax  float64  `xml:"xMax,attr"`
				YMax  float64  `xml:"yMax,attr"`
				Words []string `xml:"word"`
			} `xml:"flow>block>line"`
		} `xml:"body>doc>page"`
	}
	d := xml.NewDecoder(strings.NewReader(string(out)))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	if err := d.Decode(&doc); err != nil {
		t.Fatalf("pdftotext -bbox-layout %s: %v", path, err)
	}
	pages := make([][]printedLine, len(doc.Pages))
	for i, p := range doc.Pages {
		for _, l := range p.Lines {
			pages[i] = append(pages[i], printedLine{Text: strings.Join(l.Words, ""), XMin: l.XMin, YMin: l.YMin, XMax: l.XMax, YMax: l.YMax})
		}
	}
	return pages
}

// printedText is the text of a printed page, whitespace removed.
func printedText(lines []printedLine) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(strings.Join(strings.Fields(l.Text), ""))
	}
	return b.String()
}

// missingPageNumbers lists the pages that do not carry their own number
// as 「— N —」.
func missingPageNumbers(pages [][]printedLine) []string {
	var bad []string
	for i, p := range pages {
		want := fmt.Sprintf("—%d—", i+1)
		found := false
		for _, l := range p {
			found = found || strings.Join(strings.Fields(l.Text), "") == want
		}
		if !found {
			bad = append(bad, fmt.Sprintf("page %d has no 「— %d —」", i+1, i+1))
		}
	}
	return bad
}

// a4Width is the width of an A4 page in points.
const a4Width = 595.28

// misplacedPageNumbers lists the pages whose 「— N —」 is not on the outer
// side as GB/T 9704 places it: right of the page's middle on odd pages,
// left of it on even pages.
func misplacedPageNumbers(pages [][]printedLine) []string {
	var bad []string
	for i, p := range pages {
		want := fmt.Sprintf("—%d—", i+1)
		for _, l := range p {
			if strings.Join(strings.Fields(l.Text), "") != want {
				continue
			}
			odd := (i+1)%2 == 1
			if odd && l.XMin < a4Width/2 || !odd && l.XMax > a4Width/2 {
				bad = append(bad, fmt.Sprintf("page %d: 「— %d —」 at x %.0f–%.0f pt, want the %s side", i+1, i+1, l.XMin, l.XMax, map[bool]string{true: "right", false: "left"}[odd]))
			}
		}
	}
	return bad
}

// bodySize is the size of the printed body text (仿宋 三号, 16 pt).
const bodySize = 16.0

// spreadLines lists the body-text lines whose characters stand further
// apart than the type allows: a justified line spread because what follows
// could not be broken. Width is counted as one em per Chinese character
// and 0.6 em per other character; lines that are mostly Latin (a URL) are
// left out, since their width is not known from their length.
func spreadLines(pages [][]printedLine) []string {
	var bad []string
	for i, p := range pages {
		for _, l := range p {
			h := l.YMax - l.YMin
			if h < bodySize || h > bodySize*1.4 {
				continue // not body text: table cells, the title, page numbers
			}
			wide, narrow := 0, 0
			for _, r := range l.Text {
				if unicode.Is(unicode.Han, r) || r > 0x2000 {
					wide++
				} else if !unicode.IsSpace(r) {
					narrow++
				}
			}
			if wide < 6 || narrow*4 > wide {
				continue
			}
			ems := float64(wide) + 0.6*float64(narrow)
			if pitch := (l.XMax - l.XMin) / ems; pitch > bodySize*1.12 {
				bad = append(bad, fmt.Sprintf("page %d: %q is spread to %.1f pt a character", i+1, l.Text, pitch))
			}
		}
	}
	return bad
}

// tableSplits lists the tables whose labels (given per table, in order)
// are not all on one printed page.
func tableSplits(pages [][]printedLine, tables map[string][]string) []string {
	texts := make([]string, len(pages))
	for i, p := range pages {
		texts[i] = printedText(p)
	}
	var bad []string
	for id, labels := range tables {
		missing := labels // on the page holding most labels
		for _, txt := range texts {
			var m []string
			for _, l := range labels {
				if !onPage(txt, l) {
					m = append(m, l)
				}
			}
			if len(m) < len(missing) {
				missing = m
			}
		}
		if len(missing) > 0 {
			bad = append(bad, fmt.Sprintf("table %s is split across pages: %q are not on the page holding the rest", id, missing))
		}
	}
	return bad
}

// onPage reports whether a table's label is printed on a page whose text
// is txt. A cell's text may wrap, and pdftotext then reads its next line
// after the cells beside it, so the label's first four characters are
// enough; a label set two characters to a line (商业/企业) or vertically
// (三、本年度办理结果) comes apart further, and counts when each of its
// characters is on the page.
func onPage(txt, label string) bool {
	rs := []rune(label)
	if strings.Contains(txt, string(rs[:min(len(rs), 4)])) {
		return true
	}
	for _, r := range rs {
		if !strings.ContainsRune(txt, r) {
			return false
		}
	}
	return true
}
