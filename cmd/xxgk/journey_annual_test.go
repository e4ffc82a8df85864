package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"github.com/xxgk/xxgk/cmd/xxgk/browsertest"
	"github.com/xxgk/xxgk/report"
)

// journeyYear is the year of the sample ledgers: the annual report the
// clerk prepares in January.
const journeyYear = 2025

// journeyFigure is the figure of table 三 the clerk clicks.
const journeyFigure = "table3.granted.total"

// annualJSON is what `xxgk report annual --format json` gives for the
// journey's year on the database as it is now.
func (j *journey) annualJSON() map[string]any {
	j.t.Helper()
	dir := j.t.TempDir()
	xxgkAt(j.t, journeyNow, "report", "annual", "--db", j.db, "--year", strconv.Itoa(journeyYear), "--out", dir, "--format", "json").must(j.t)
	matches, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(matches) != 1 {
		j.t.Fatalf("report annual --format json wrote %v", matches)
	}
	raw, err := os.ReadFile(matches[0])
	j.must(err)
	var out map[string]any
	j.must(json.Unmarshal(raw, &out))
	return out
}

// jsonFigure is the value at a dotted path of the annual JSON.
func jsonFigure(doc map[string]any, path string) string {
	var v any = doc
	for _, k := range strings.Split(path, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return "(no " + path + ")"
		}
		v = m[k]
	}
	return fmt.Sprint(v)
}

// tableThenFigure opens 年度报告 of the sample year from the top bar,
// checks table 三's figure against report annual, clicks it and sees the
// records behind it: as many as the figure says.
func (j *journey) tableThenFigure() {
	j.must(browsertest.Follow(j.ctx, "年度报告"))
	j.must(browsertest.WaitH1(j.ctx, "年度报告"))
	j.must(browsertest.Fill(j.ctx, "year", strconv.Itoa(journeyYear)))
	j.must(browsertest.Submit(j.ctx, "form.year"))
	j.must(browsertest.WaitH1(j.ctx, "年度报告"))
	j.screens("annual")
	want := jsonFigure(j.annualJSON(), journeyFigure)
	sel := `a[data-cell="` + journeyFigure + `"]`
	if got := j.text(sel); got != want {
		j.t.Fatalf("table 三 %s on the page %q, report annual gives %q", journeyFigure, got, want)
	}
	j.must(browsertest.ClickLoad(j.ctx, sel))
	j.must(browsertest.WaitH1(j.ctx, report.FigureName(journeyFigure)))
	j.screens("annual-figure")
	if got := j.text("#value"); got != want {
		j.t.Errorf("the figure's page says %q, the table %q", got, want)
	}
	n, _ := strconv.Atoi(want)
	if rows := j.rows("#records"); len(rows) != n || n == 0 {
		j.t.Errorf("the figure %s = %s lists %d records", journeyFigure, want, len(rows))
	}
	if got := j.column("#records", 2); len(got) > 0 && !strings.HasPrefix(got[0], "SQ") {
		j.t.Errorf("records of %s: %q, want applications", journeyFigure, got)
	}
}

// fillNarrative writes the unit's text into every part 年报文字 says is
// missing and saves; the page then says the report is complete.
func (j *journey) fillNarrative() {
	j.open("annual/text?year="+strconv.Itoa(journeyYear), "年报文字")
	j.screens("annual-text")
	missing := eval[[]string](j, `Array.from(document.querySelectorAll("#text-form section.part"))
		.filter(s => s.querySelector("h2 .state")).map(s => s.querySelector("textarea").name)`)
	if len(missing) == 0 {
		j.t.Fatal("年报文字 of a fresh database lists no missing part")
	}
	for i, name := range missing {
		j.must(browsertest.Fill(j.ctx, name, fmt.Sprintf("本单位%d年按照要求做好此项工作（第%d部分）。", journeyYear, i+1)))
	}
	j.must(browsertest.ClickLoad(j.ctx, "#text-save"))
	j.must(browsertest.WaitH1(j.ctx, "年报文字"))
	j.screens("annual-text-saved")
	if got := j.text("#missing-parts"); got != "各部分必需的文字都已填写，PDF 和网页为正式版。" {
		j.t.Errorf("after filling %d parts, 年报文字 says %q", len(missing), got)
	}
}

// downloadsEqualCommand downloads the Excel and the PDF from 年度报告 and
// compares them with what `xxgk report annual` writes for the same
// database at the same time: every cell, and the PDF's text (final, not
// 草稿, with the clerk's text).
func (j *journey) downloadsEqualCommand() {
	j.open("annual?year="+strconv.Itoa(journeyYear), "年度报告")
	xlsxPath, err := browsertest.Download(j.ctx, "下载 Excel")
	j.must(err)
	pdfPath, err := browsertest.Download(j.ctx, "下载 PDF")
	j.must(err)
	dir := j.t.TempDir()
	xxgkAt(j.t, journeyNow, "report", "annual", "--db", j.db, "--year", strconv.Itoa(journeyYear), "--out", dir, "--format", "xlsx,pdf").must(j.t)
	for _, p := range []string{xlsxPath, pdfPath} {
		if !isFile(filepath.Join(dir, filepath.Base(p))) {
			j.t.Errorf("the download is named %s; report annual wrote no file of that name", filepath.Base(p))
			return
		}
	}
	if got, want := cells(j.t, xlsxPath), cells(j.t, filepath.Join(dir, filepath.Base(xlsxPath))); !reflect.DeepEqual(got, want) {
		j.t.Errorf("the downloaded Excel differs from report annual's")
	}
	got, want := pdfText(j.t, pdfPath), pdfText(j.t, filepath.Join(dir, filepath.Base(pdfPath)))
	if got != want {
		j.t.Errorf("the downloaded PDF's text differs from report annual's:\n%s\n----\n%s", got, want)
	}
	if strings.Contains(got, "草稿") || !strings.Contains(got, fmt.Sprintf("本单位%d年按照要求做好此项工作", journeyYear)) {
		j.t.Errorf("the PDF is a draft or lacks the clerk's text:\n%s", got)
	}
}

// otherPages visits 月度进展 (a month and the year), 汇总 and 设置 from the
// top bar and photographs them.
func (j *journey) otherPages() {
	j.must(browsertest.Follow(j.ctx, "月度进展"))
	j.must(browsertest.WaitH1(j.ctx, "月度进展"))
	j.open("monthly?month=2025-11", "月度进展")
	j.screens("monthly")
	j.open("monthly?year=2025", "月度进展")
	j.screens("monthly-year")
	j.must(browsertest.Follow(j.ctx, "汇总"))
	j.must(browsertest.WaitH1(j.ctx, "汇总"))
	j.screens("rollup")
	j.must(browsertest.Follow(j.ctx, "设置"))
	j.must(browsertest.WaitH1(j.ctx, "设置"))
	j.screens("settings")
}
