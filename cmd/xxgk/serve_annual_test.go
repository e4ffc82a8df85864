package main

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	xhtml "golang.org/x/net/html"
)

// Every figure of tables 二, 三 and 四 on 年度报告 is a link to its records
// and reads what report annual --format json writes for the database.
func TestWorkbenchAnnualFiguresEqualReport(t *testing.T) {
	_, db := importSamples(t)
	b := newBench(t, db)
	rec := b.get("/annual?year=2025")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d\n%s", rec.Code, rec.Body)
	}
	links := figureLinks(t, rec.Body.String())
	printed := 0
	figures := jsonFigures(t, annualJSON(t, db, "2025"))
	for _, name := range annualSortedKeys(figures) {
		want := figures[name]
		if isGroupSum(name) {
			// a group's sum is in the JSON, not a row of the printed table
			if _, ok := links[name]; ok {
				t.Errorf("%s: a group sum printed as a figure", name)
			}
			continue
		}
		printed++
		got, ok := links[name]
		if !ok {
			t.Errorf("%s: not on the page", name)
			continue
		}
		if name == "table2.fees.amount_wan" && want == "" {
			want = "0.00"
		}
		if got.text != want {
			t.Errorf("%s = %q on the page, %q in the JSON", name, got.text, want)
		}
		if h := "/annual/figure?" + (url.Values{"year": {"2025"}, "cell": {name}}).Encode(); got.href != h {
			t.Errorf("%s links to %q, want %q", name, got.href, h)
		}
	}
	if printed < 10+25*7+15 || len(links) != printed {
		t.Errorf("%d figures linked, %d printed figures in the JSON", len(links), printed)
	}
}

// The tables read as the national format: the statutory wording, the row
// numbers and the merged headers.
func TestWorkbenchAnnualWording(t *testing.T) {
	_, db := importSamples(t)
	body := newBench(t, db).get("/annual?year=2025").Body.String()
	for _, want := range []string{
		"<h1>年度报告</h1>", `<option value="2025" selected>`, `<h2 id="files">生成和下载</h2>`,
		"<caption>二、主动公开政府信息情况</caption>", `<th scope="rowgroup" colspan="4" class="block">第二十条第（一）项</th>`,
		`<th scope="row">行政规范性文件</th>`, `<th scope="col" colspan="3">本年处理决定数量</th>`, "本年收费金额（单位：万元）",
		"<caption>三、收到和处理政府信息公开申请情况</caption>", `<td rowspan="3" colspan="3" class="note">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>`,
		`<th scope="colgroup" colspan="5">法人或其他组织</th>`, `<th scope="rowgroup" rowspan="22" class="stack">三、本年度办理结果</th>`,
		`<th scope="rowgroup" rowspan="8" class="group">（三）不予公开</th>`, `<th scope="row">3.危及“三安全一稳定”</th>`,
		`<th scope="row" colspan="3">一、本年新收政府信息公开申请数量</th>`, `<th scope="row" colspan="2">（七）总计</th>`,
		`<th scope="row" colspan="3">四、结转下年度继续办理</th>`,
		"<caption>四、政府信息公开行政复议、行政诉讼情况</caption>", `<th scope="colgroup" colspan="10">行政诉讼</th>`,
		`<th scope="colgroup" colspan="5">未经复议直接起诉</th>`, `<th scope="colgroup" colspan="5">复议后起诉</th>`, `<th scope="col" rowspan="2">结果维持</th>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("年度报告 lacks %s", want)
		}
	}
	// the downloads section sits above the tables
	if i, j := strings.Index(body, "生成和下载"), strings.Index(body, `id="table2"`); i < 0 || j < i {
		t.Error("生成和下载 is not above the tables")
	}
}

// A figure's page lists exactly the records xxgk explain lists, in its
// order, with the figure's value; an application links to its page.
func TestWorkbenchFigureRecords(t *testing.T) {
	_, db := importHandMade(t)
	b := newBench(t, db)
	for _, cell := range []string{"table3.granted.natural", "table3.carried_out.total", "table2.normative_docs.in_force",
		"table2.fees.amount_wan", "table4.review.total", "table3.withheld.state_secret.research"} {
		value, want := explainIDs(t, db, "2025", cell)
		rec := b.get("/annual/figure?" + url.Values{"year": {"2025"}, "cell": {cell}}.Encode())
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d", cell, rec.Code)
		}
		body := rec.Body.String()
		doc := annualParse(t, body)
		if h1 := annualText(annualFindAll(doc, annualByTag("h1", ""))[0], nil); h1 != report.FigureName(cell) {
			t.Errorf("%s: h1 %q", cell, h1)
		}
		if v := annualText(annualFindAll(doc, func(n *xhtml.Node) bool { return annualAttr(n, "id") == "value" })[0], nil); v != value {
			t.Errorf("%s: value %q, explain says %q", cell, v, value)
		}
		var got []string
		for _, tr := range annualFindAll(doc, annualByTag("tr", "")) {
			tds := annualFindAll(tr, annualByTag("td", ""))
			if len(tds) == 5 {
				got = append(got, annualText(tds[1], nil)+" "+annualText(tds[2], nil)+"（"+annualText(tds[3], nil)+"）")
				if annualText(tds[1], nil) == report.LedgerRequests && !strings.Contains(body, `<a href="/requests/`+annualText(tds[2], nil)+`">`) {
					t.Errorf("%s: application %s is not a link to its page", cell, annualText(tds[2], nil))
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: page lists\n%q\nexplain lists\n%q", cell, got, want)
		}
		if len(want) == 0 && !strings.Contains(body, "没有台账记录计入此单元格。") {
			t.Errorf("%s: no records, and the page does not say so", cell)
		}
		if !strings.Contains(body, `<a href="/annual?year=2025" id="back">`) {
			t.Errorf("%s: no link back to the tables", cell)
		}
	}
}

// The cells above cover a figure with records of each ledger and one
// with none.
func TestWorkbenchFigureCellsCoverLedgers(t *testing.T) {
	_, db := importHandMade(t)
	for cell, n := range map[string]int{"table3.granted.natural": 1, "table4.review.total": 1, "table3.withheld.state_secret.research": 0} {
		if _, rows := explainIDs(t, db, "2025", cell); (len(rows) > 0) != (n > 0) {
			t.Errorf("%s: %d records; the figure test wants %d", cell, len(rows), n)
		}
	}
}

// An unknown figure is 404 with the command's message and a way back.
func TestWorkbenchFigureUnknownCell(t *testing.T) {
	_, db := importHandMade(t)
	b := newBench(t, db)
	r := xxgk(t, "explain", "--db", db, "--year", "2025", "table3.nonsense.natural")
	msg := strings.TrimPrefix(strings.SplitN(r.stderr, "\n", 2)[0], "错误：")
	rec := b.get("/annual/figure?year=2025&cell=table3.nonsense.natural")
	body := rec.Body.String()
	if rec.Code != http.StatusNotFound || !strings.Contains(body, "「table3.nonsense.natural」不是统计表中的单元格") ||
		!strings.Contains(r.stderr, "「table3.nonsense.natural」不是统计表中的单元格") || !strings.Contains(body, msg) {
		t.Errorf("unknown cell: %d\n%s\ncommand: %s", rec.Code, body, r.stderr)
	}
	if !strings.Contains(body, `<a href="/annual?year=2025">返回年度报告</a>`) {
		t.Error("no way back to the tables")
	}
	if rec := b.get("/annual/figure?year=2025"); rec.Code != http.StatusNotFound {
		t.Errorf("no cell: %d", rec.Code)
	}
}

// The check on 年度报告 lists the problems xxgk check lists, errors first
// and in red with 错误, notes with 提示, and a problem in an application
// links to it.
func TestWorkbenchAnnualCheck(t *testing.T) {
	dir, db := importHandMade(t)
	bad := writeFile(t, dir, "依申请公开.csv", handRequests+"R10,2025-10-01,自然人,辛,,网络,2025-10-20,,\n")
	xxgk(t, "import", "--db", db, bad).must(t)
	want := checkLines(t, db, "2025")
	rec := newBench(t, db).get("/annual?year=2025")
	body := rec.Body.String()
	doc := annualParse(t, body)
	var got []string
	var errs int
	for _, li := range annualFindAll(doc, annualByTag("li", "")) {
		cls := annualAttr(li, "class")
		if cls != "is-error" && cls != "is-note" {
			continue
		}
		text := annualText(li, annualByTag("a", "record-link"))
		got = append(got, text)
		if cls == "is-error" {
			errs++
			if !strings.HasPrefix(text, "错误［") {
				t.Errorf("an error without the word 错误: %q", text)
			}
		} else if !strings.HasPrefix(text, "提示［") {
			t.Errorf("a note without 提示: %q", text)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("page lists\n%q\nxxgk check lists\n%q", got, want)
	}
	if errs == 0 || !strings.Contains(body, `<strong id="check-errors">`+strconv.Itoa(errs)+`</strong>`) {
		t.Errorf("%d errors; the count reads wrong", errs)
	}
	if !strings.Contains(body, "申请 R10 已填办结日期 2025-10-20，但办理结果为空") ||
		!strings.Contains(body, `<a href="/requests/R10" class="record-link">查看申请 R10</a>`) {
		t.Error("the error in R10 does not link to its application")
	}
	// errors first: the check comes before the tables
	if i, j := strings.Index(body, `id="check"`), strings.Index(body, `id="table2"`); i < 0 || j < i {
		t.Error("with errors, the check is not above the tables")
	}
}

// A hostile unit name, application id and cell name are shown as text on
// 年度报告, a figure's page and the 404 page.
func TestWorkbenchAnnualEscapes(t *testing.T) {
	dir := t.TempDir()
	db := dir + "/u.db"
	xxgk(t, "init", "--db", db, "--unit", `<script>alert("x")</script>局`).must(t)
	// received in 2025, still open on the clock's day: an overdue note in it
	xxgk(t, "request", "add", "--db", db, "--id", `<b>1</b>`, "--received", "2025-11-03", "--applicant-type", "自然人").must(t)
	b := newBench(t, db)
	for _, path := range []string{"/annual?year=2025", "/annual/figure?year=2025&cell=table3.new.natural",
		"/annual/figure?year=2025&cell=" + url.QueryEscape(`<i>x</i>`)} {
		body := b.get(path).Body.String()
		if strings.Contains(body, "<script") || strings.Contains(body, "<b>1") || strings.Contains(body, "<i>x") {
			t.Errorf("%s: unescaped markup\n%s", path, body)
		}
		if !strings.Contains(body, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;局") {
			t.Errorf("%s: the unit's name is not shown as text", path)
		}
	}
	body := b.get("/annual?year=2025").Body.String()
	if !strings.Contains(body, `<a href="/requests/%3Cb%3E1%3C%2Fb%3E" class="record-link">查看申请 &lt;b&gt;1&lt;/b&gt;</a>`) {
		t.Errorf("the note in the application does not link to it as text\n%s", body)
	}
	body = b.get("/annual/figure?year=2025&cell=table3.new.natural").Body.String()
	if !strings.Contains(body, `<a href="/requests/%3Cb%3E1%3C%2Fb%3E">&lt;b&gt;1&lt;/b&gt;</a>`) {
		t.Errorf("the record is not a link shown as text\n%s", body)
	}
}

// The year selector of a figure's page keeps the figure; the tables of a
// year without records read 0 and still link.
func TestWorkbenchAnnualYears(t *testing.T) {
	_, db := newDB(t)
	b := newBench(t, db)
	body := b.get("/annual/figure?year=2024&cell=table4.review.total").Body.String()
	for _, want := range []string{`<option value="2024" selected>`, `<input type="hidden" name="cell" value="table4.review.total">`,
		`<h1>表四 行政复议 / 总计</h1>`, "没有台账记录计入此单元格。", `<td class="num" id="value">0</td>`} {
		if !strings.Contains(body, want) {
			t.Errorf("figure page lacks %s", want)
		}
	}
	links := figureLinks(t, b.get("/annual?year=2024").Body.String())
	if l := links["table3.new.total"]; l.text != "0" || len(links) != 10+25*7+15 {
		t.Errorf("empty year: %d figures, new.total %+v", len(links), l)
	}
}

// While another program holds the database for writing, the pages, which
// only read, still answer (SQLite's WAL lets readers through): nothing
// waits on the writer and nothing is written.
func TestWorkbenchAnnualWhileBusy(t *testing.T) {
	_, db := importHandMade(t)
	b := newBench(t, db)
	im := holdWriter(t, db)
	defer im.Rollback()
	for _, path := range []string{"/annual?year=2025", "/annual/figure?year=2025&cell=table3.granted.natural"} {
		if rec := b.get(path); rec.Code != http.StatusOK {
			t.Errorf("%s while busy: %d\n%s", path, rec.Code, rec.Body)
		}
	}
}
