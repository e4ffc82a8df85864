package main

import (
	"context"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/xxgk/xxgk/cmd/xxgk/browsertest"
)

// tableLabelsJS lists, for every table the selector matches, the printed
// texts of its header cells that are long enough to be told apart (four
// characters or more), whitespace removed.
const tableLabelsJS = `(sel => Object.fromEntries([...document.querySelectorAll(sel)].map(t =>
  [t.id, [...t.querySelectorAll("th")].map(c => c.innerText.replace(/\s+/g, "")).filter(s => [...s].length >= 4)])))`

// printPage prints the tab's page to a PDF in ScreenshotDir and returns its
// lines page by page, with the header labels of the tables sel matches.
func printPage(t *testing.T, ctx context.Context, name, sel string) ([][]printedLine, map[string][]string) {
	t.Helper()
	labels, err := chromedp.Run(ctx, chromedp.Evaluate[map[string][]string](tableLabelsJS+"("+`"`+sel+`"`+")"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(browsertest.ScreenshotDir(t), name+".pdf")
	if err := browsertest.PrintPDF(ctx, path); err != nil {
		t.Fatal(err)
	}
	return printedPages(t, path), labels
}

// checkPrinted fails t for every page without its number 「— N —」, every
// letter-spaced line and every table split across pages.
func checkPrinted(t *testing.T, pages [][]printedLine, tables map[string][]string) {
	t.Helper()
	for _, id := range []string{"table3", "table4"} {
		if len(tables[id]) == 0 {
			t.Errorf("no labels read from %s: %v", id, tables)
		}
	}
	bad := append(missingPageNumbers(pages), spreadLines(pages)...)
	for _, b := range append(bad, tableSplits(pages, tables)...) {
		t.Error(b)
	}
}

// The demo's annual report page printed from the browser: the title in two
// lines (unit and year, then the report's name), 「— N —」 on every page on
// its outer side (odd pages right, even pages left, as in the PDF), no
// letter-spaced line, and tables 二, 三 and 四 each whole on one page.
func TestAnnualPagePrinted(t *testing.T) {
	ctx := browsertest.New(t)
	abs, err := filepath.Abs(filepath.Join(sampleOutput, "示例县教育局-2025年-政府信息公开工作年度报告.html"))
	if err != nil {
		t.Fatal(err)
	}
	if err := browsertest.Open(ctx, (&url.URL{Scheme: "file", Path: abs}).String()); err != nil {
		t.Fatal(err)
	}
	pages, tables := printPage(t, ctx, "annual-page-print", "table")
	if len(pages) < 3 {
		t.Fatalf("printed %d pages", len(pages))
	}
	var title []string
	for _, l := range pages[0][:2] {
		title = append(title, strings.Join(strings.Fields(l.Text), ""))
	}
	if strings.Join(title, "|") != "示例县教育局2025年|政府信息公开工作年度报告" {
		t.Errorf("title printed as %q", title)
	}
	if len(tables) != 3 {
		t.Errorf("tables read: %v", tables)
	}
	checkPrinted(t, pages, tables)
	for _, b := range misplacedPageNumbers(pages) {
		t.Error(b)
	}
}

// The workbench's 年度报告 page printed from the browser: 「— N —」 on every
// page, each national table whole on one page, and 「三、本年度办理结果」 set
// vertically (one character a line) as in the national format.
func TestWorkbenchAnnualPrinted(t *testing.T) {
	_, db := annualDB(t)
	ctx := browsertest.New(t)
	sctx, stop := context.WithCancel(context.Background())
	defer stop()
	base, _, _ := startServeAt(t, sctx, db, fixedNow)
	if err := browsertest.Open(ctx, base+"annual?year=2025"); err != nil {
		t.Fatal(err)
	}
	if err := browsertest.WaitH1(ctx, "年度报告"); err != nil {
		t.Fatal(err)
	}
	pages, tables := printPage(t, ctx, "workbench-annual-print", "table.national")
	checkPrinted(t, pages, tables)
	mode, err := chromedp.Run(ctx, chromedp.Evaluate[string](
		`[...document.querySelectorAll("table.national th.stack")].map(c => c.innerText.replace(/\s+/g, "") + ":" + getComputedStyle(c).writingMode).join(",")`))
	if err != nil {
		t.Fatal(err)
	}
	if mode != "三、本年度办理结果:vertical-rl" {
		t.Errorf("stacked labels %q, want 三、本年度办理结果 set vertical-rl", mode)
	}
}
