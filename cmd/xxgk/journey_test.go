package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/xxgk/xxgk/cmd/xxgk/browsertest"
)

// journeyNow is the clock of the journey: a Thursday on which, in the
// sample ledgers, SQ2025-033 is 已超期 and SQ2025-034/035 are 即将到期.
var journeyNow = time.Date(2026, 1, 15, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))

// journey is a clerk's tab on a running xxgk serve.
type journey struct {
	t    *testing.T
	ctx  context.Context
	base string // http://127.0.0.1:port/
	db   string
	shot int // screenshots taken, to number the files in order
}

// The clerk's day on the pages that exist: 导入台账 (a refused file, then
// the sample workbook) → 概览 → 依申请公开 (filter) →
// register an application → record its steps → a refused date → back on
// 概览 → 退出, in headless chromium, each page photographed at 1280 and
// 390 px and checked for sideways overflow; every figure is compared with
// what the commands give for the same database and day.
func TestJourneyInBrowser(t *testing.T) {
	db := sampleDB(t)
	ctx := browsertest.New(t)
	sctx, stop := context.WithCancel(context.Background())
	defer stop()
	base, stderr, code := startServeAt(t, sctx, db, journeyNow)
	j := &journey{t: t, ctx: ctx, base: base, db: db}

	j.uploadRefusedThenSamples()
	j.overviewMatchesCommands()
	j.tableThenFigure()
	j.filterRequests()
	j.registerRefusesBadDate()
	id := j.register()
	j.overviewListsDueSoon(id)
	j.extendThenConclude(id)
	j.overviewCountsMoved()
	j.fillNarrative()
	j.downloadsEqualCommand()
	j.otherPages()

	j.must(browsertest.Click(ctx, "#quit"))
	select {
	case c := <-code:
		if c != 0 || !strings.Contains(stderr.String(), "工作台已退出。") {
			t.Fatalf("after 「退出」: exit %d, stderr %q", c, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("「退出」 did not stop the server; stderr %q", stderr.String())
	}
}

// before is 概览's year-2026 counts before the clerk's entries.
var before = map[string]string{"publications": "0", "received": "0", "concluded": "0", "open": "4"}

// overviewMatchesCommands opens 概览 and compares its due list with
// `xxgk due --format json` and its check line with `xxgk check`.
func (j *journey) overviewMatchesCommands() {
	j.open("", "概览")
	j.screens("overview")
	j.figures(before)
	due := j.dueJSON()
	var want [][]string
	for _, e := range due {
		if e.State == "已超期" || e.State == "即将到期" {
			want = append(want, []string{e.ID, e.State, e.Due, strconv.Itoa(e.Left), e.Received})
		}
	}
	if len(want) != 3 {
		j.t.Fatalf("the sample on %s should have 3 applications due soon or overdue, xxgk due gives %v", journeyNow.Format(time.DateOnly), want)
	}
	if got := j.rows("#due-list"); !slices.EqualFunc(got, want, slices.Equal) {
		j.t.Errorf("概览's due list:\n%q\nxxgk due --format json:\n%q", got, want)
	}
	errs, notes := j.check(2026)
	wantCheck := fmt.Sprintf("核对发现 %d 个错误、%d 条提示（与命令 xxgk check 相同）。", errs, notes)
	if got := j.text("#check-result"); got != wantCheck {
		j.t.Errorf("概览's check line %q, xxgk check gives %q", got, wantCheck)
	}
}

// filterRequests follows 「依申请公开」 in the top bar and filters by
// 即将到期.
func (j *journey) filterRequests() {
	j.must(browsertest.Follow(j.ctx, "依申请公开"))
	j.must(browsertest.WaitH1(j.ctx, "依申请公开"))
	j.screens("requests")
	j.must(browsertest.Fill(j.ctx, "state", "即将到期"))
	j.must(browsertest.Submit(j.ctx, "form.filter"))
	j.must(browsertest.WaitH1(j.ctx, "依申请公开"))
	j.screens("requests-due-soon")
	var want []string
	for _, e := range j.dueJSON() {
		if e.State == "即将到期" {
			want = append(want, e.ID)
		}
	}
	if got := j.column("#requests", 0); !slices.Equal(got, want) || len(want) != 2 {
		j.t.Errorf("filter 即将到期 lists %q, xxgk due gives %q", got, want)
	}
	if got, w := j.text("#count"), "2026 年的申请中「即将到期」的共 2 件（状态按 2026-01-15 计算）。"; got != w {
		j.t.Errorf("count line %q, want %q", got, w)
	}
}

// journeyID is the application the clerk registers: received on a Monday
// in December, so that on journeyNow it is 即将到期.
const journeyID, journeyReceived = "SQ2025-901", "2025-12-22"

// registerRefusesBadDate: a browser's date picker cannot hold a date that
// is no date (chromedp cannot even type one into it), so a half-typed date
// is sent as nothing: 收到日期 missing. A browser without a date picker
// (an old one, or IE mode) sends the text as typed. Either way the message
// is beside 收到日期 and nothing is saved.
func (j *journey) registerRefusesBadDate() {
	j.open("requests", "依申请公开")
	j.must(browsertest.Fill(j.ctx, "id", journeyID))
	j.must(browsertest.Fill(j.ctx, "applicant-type", "自然人"))
	j.must(browsertest.Submit(j.ctx, "#add-form"))
	j.must(browsertest.WaitH1(j.ctx, "依申请公开"))
	j.screens("add-no-date")
	if got := j.text("#received-error"); !strings.HasPrefix(got, "收到日期：") {
		j.t.Errorf("no date: beside 收到日期 %q", got)
	}
	// As a browser without a date picker would post it.
	eval[bool](j, `document.querySelector("#received").type = "text"; true`)
	j.must(browsertest.Fill(j.ctx, "received", "2025-12-32"))
	j.must(browsertest.Submit(j.ctx, "#add-form"))
	j.must(browsertest.WaitH1(j.ctx, "依申请公开"))
	j.screens("add-bad-date")
	got := j.text("#received-error")
	if !strings.HasPrefix(got, "收到日期：「2025-12-32」不是有效日期") {
		j.t.Errorf("a bad date: beside 收到日期 %q", got)
	}
	if v := j.value("#id"); v != journeyID {
		j.t.Errorf("the typed 申请编号 was not kept: %q", v)
	}
	if slices.ContainsFunc(j.dueJSON(), func(d dueJSONEntry) bool { return d.ID == journeyID }) {
		j.t.Errorf("a refused form saved %s: xxgk due lists it", journeyID)
	}
}

// register fills the add form, lands on the application's page and
// checks its 答复期限 line against xxgk due.
func (j *journey) register() string {
	j.open("requests", "依申请公开")
	for _, f := range [][2]string{{"id", journeyID}, {"received", journeyReceived}, {"applicant-type", "社会公益组织"},
		{"name", "某某公益协会"}, {"contact", "0571-88888888"}, {"content", "2025 年学前教育补助资金的分配结果"}, {"method", "网络"}} {
		j.must(browsertest.Fill(j.ctx, f[0], f[1]))
	}
	j.must(browsertest.Submit(j.ctx, "#add-form"))
	j.must(browsertest.WaitH1(j.ctx, "申请 "+journeyID))
	j.screens("request-registered")
	e := j.dueEntry(journeyID)
	if e.State != "即将到期" {
		j.t.Fatalf("%s received %s should be 即将到期 on %s, xxgk due says %+v", journeyID, journeyReceived, journeyNow.Format(time.DateOnly), e)
	}
	want := fmt.Sprintf("即将到期 答复期限：%s（剩余 %d 个工作日）", e.Due, e.Left)
	if got := j.text("#due-line"); got != want {
		j.t.Errorf("due line %q, xxgk due gives %q", got, want)
	}
	return journeyID
}

// overviewListsDueSoon: back on 概览, the new application is in the list
// of those to answer soon, with the due date xxgk due gives.
func (j *journey) overviewListsDueSoon(id string) {
	j.must(browsertest.Follow(j.ctx, "概览"))
	j.must(browsertest.WaitH1(j.ctx, "概览"))
	j.screens("overview-registered")
	e := j.dueEntry(id)
	want := []string{id, "即将到期", e.Due, strconv.Itoa(e.Left), journeyReceived}
	if !slices.ContainsFunc(j.rows("#due-list"), func(r []string) bool { return slices.Equal(r, want) }) {
		j.t.Errorf("概览's due list %q lacks %q", j.rows("#due-list"), want)
	}
	j.figures(map[string]string{"publications": "0", "received": "0", "concluded": "0", "open": "5"})
	// On a phone the whole due list is seen without scrolling sideways.
	j.must(browsertest.SetWidth(j.ctx, 390))
	if hidden := eval[float64](j, `(w => w.scrollWidth - w.clientWidth)(document.querySelector("#due-list").parentElement)`); hidden > 0 {
		j.t.Errorf("at 390 px, %v px of 概览's due list are hidden to the right", hidden)
	}
	j.must(browsertest.SetWidth(j.ctx, browsertest.WindowWidth))
}

// extendThenConclude records 延期 (the page shows the new due date) and
// then 办结 with a result chosen from the national list.
func (j *journey) extendThenConclude(id string) {
	j.must(browsertest.Follow(j.ctx, id))
	j.must(browsertest.WaitH1(j.ctx, "申请 "+id))
	j.must(browsertest.Fill(j.ctx, "extension", "2026-01-15"))
	j.must(browsertest.Submit(j.ctx, "#extension-form"))
	j.must(browsertest.WaitH1(j.ctx, "申请 "+id))
	j.screens("request-extended")
	e := j.dueEntry(id)
	want := fmt.Sprintf("正常 答复期限：%s（剩余 %d 个工作日）", e.Due, e.Left)
	if got := j.text("#due-line"); got != want || e.State != "正常" {
		j.t.Errorf("after 延期: due line %q, xxgk due gives %q (%s)", got, want, e.State)
	}
	j.must(browsertest.Fill(j.ctx, "concluded", "2026-01-15"))
	outcome := j.optionValue("outcome", "（一）予以公开")
	j.must(browsertest.Fill(j.ctx, "outcome", outcome))
	j.must(browsertest.Submit(j.ctx, "#conclude-form"))
	j.must(browsertest.WaitH1(j.ctx, "申请 "+id))
	j.screens("request-concluded")
	want = fmt.Sprintf("已办结 已办结（办结日期 2026-01-15，答复期限 %s，按时）。", e.Due)
	if got := j.text("#due-line"); got != want {
		j.t.Errorf("after 办结: due line %q, want %q", got, want)
	}
	if slices.ContainsFunc(j.dueJSON(), func(d dueJSONEntry) bool { return d.ID == id }) {
		j.t.Errorf("xxgk due still lists %s after 办结", id)
	}
}

// overviewCountsMoved: the concluded application moved 已办结 up by one
// and left the due list.
func (j *journey) overviewCountsMoved() {
	j.must(browsertest.Follow(j.ctx, "概览"))
	j.must(browsertest.WaitH1(j.ctx, "概览"))
	j.screens("overview-concluded")
	j.figures(map[string]string{"publications": "0", "received": "0", "concluded": "1", "open": "4"})
	if got := j.column("#due-list", 0); slices.Contains(got, journeyID) {
		j.t.Errorf("概览 still lists %s as due: %q", journeyID, got)
	}
}

// dueJSONEntry is one application of `xxgk due --format json`.
type dueJSONEntry struct {
	ID       string `json:"id"`
	Received string `json:"received"`
	Due      string `json:"due"`
	Left     int    `json:"working_days_left"`
	State    string `json:"state"`
}

// dueJSON runs xxgk due --format json on the database at journeyNow.
func (j *journey) dueJSON() []dueJSONEntry {
	r := xxgkAt(j.t, journeyNow, "due", "--db", j.db, "--format", "json").must(j.t)
	var out struct{ Open []dueJSONEntry }
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		j.t.Fatalf("xxgk due --format json: %v\n%s", err, r.stdout)
	}
	return out.Open
}

func (j *journey) dueEntry(id string) dueJSONEntry {
	for _, e := range j.dueJSON() {
		if e.ID == id {
			return e
		}
	}
	j.t.Fatalf("xxgk due does not list %s", id)
	return dueJSONEntry{}
}

// check counts the errors and notes xxgk check lists for year y.
func (j *journey) check(y int) (errs, notes int) {
	r := xxgkAt(j.t, journeyNow, "check", "--db", j.db, "--year", strconv.Itoa(y))
	for _, l := range strings.Split(r.stdout, "\n") {
		switch {
		case strings.HasPrefix(l, "错误［"):
			errs++
		case strings.HasPrefix(l, "提示［"):
			notes++
		}
	}
	return errs, notes
}

// figures checks 概览's counts by id.
func (j *journey) figures(want map[string]string) {
	j.t.Helper()
	for id, w := range want {
		if got := j.text("#" + id); got != w {
			j.t.Errorf("概览 #%s = %q, want %q", id, got, w)
		}
	}
}

// open loads base+path and waits for its h1.
func (j *journey) open(path, h1 string) {
	j.t.Helper()
	j.must(browsertest.Open(j.ctx, j.base+path))
	j.must(browsertest.WaitH1(j.ctx, h1))
}

// screens photographs the current page at 1280 and 390 px and fails the
// test when something sticks out sideways at either width.
func (j *journey) screens(name string) {
	j.t.Helper()
	j.shot++
	browsertest.Photograph(j.t, j.ctx, fmt.Sprintf("journey-%02d-%s", j.shot, name))
}

func (j *journey) text(sel string) string {
	j.t.Helper()
	s, err := browsertest.Text(j.ctx, sel)
	j.must(err)
	return s
}

// eval runs a script in the page and returns its result.
func eval[T any](j *journey, script string) T {
	j.t.Helper()
	ctx, cancel := context.WithTimeout(j.ctx, browsertest.ActionTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](script))
	j.must(err)
	return v
}

// rows is the text of the cells of the body rows of table sel.
func (j *journey) rows(sel string) [][]string {
	j.t.Helper()
	q, _ := json.Marshal(sel + " tbody tr")
	return eval[[][]string](j, `Array.from(document.querySelectorAll(`+string(q)+`),
		tr => Array.from(tr.cells, td => td.innerText.trim()))`)
}

// column is the text of column i of table sel's body rows.
func (j *journey) column(sel string, i int) []string {
	j.t.Helper()
	var out []string
	for _, r := range j.rows(sel) {
		out = append(out, r[i])
	}
	return out
}

// value is the current value of the form field sel.
func (j *journey) value(sel string) string {
	j.t.Helper()
	q, _ := json.Marshal(sel)
	return eval[string](j, `document.querySelector(`+string(q)+`).value`)
}

// optionValue is the value of the option of select name showing label.
func (j *journey) optionValue(name, label string) string {
	j.t.Helper()
	n, _ := json.Marshal(name)
	l, _ := json.Marshal(label)
	return eval[string](j, `(Array.from(document.getElementsByName(`+string(n)+`)[0].options)
		.find(o => o.text.trim() === `+string(l)+`) || {value: "(no such option)"}).value`)
}

func (j *journey) must(err error) {
	j.t.Helper()
	if err != nil {
		j.t.Fatal(err)
	}
}
