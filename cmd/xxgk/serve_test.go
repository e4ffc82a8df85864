package main

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
)

// 概览 shows the year's counts, the applications due soon or overdue as
// xxgk due lists them, the number of problems xxgk check finds, and what
// the annual report still lacks.
func TestWorkbenchOverview(t *testing.T) {
	db := requestsDB(t)
	b := newBench(t, db)
	rec := b.get("/")
	body := rec.Body.String()
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d\n%s", rec.Code, body)
	}
	for _, want := range []string{"<h1>概览</h1>", "某某县教育局", `<option value="2026" selected>`,
		`id="received" href="/requests?state=%E6%9C%AC%E5%B9%B4%E6%94%B6%E5%88%B0&amp;year=2026">2</a>`,
		`id="concluded" href="/requests?state=%E5%B7%B2%E5%8A%9E%E7%BB%93&amp;year=2026">1</a>`,
		`id="open" href="/requests?state=%E6%9C%AA%E5%8A%9E%E7%BB%93&amp;year=2026">3</a>`,
		"尚未撰写 2026 年的年报文字", "尚未生成 2026 年的年度报告", "没有记录 2025 年年报的数字"} {
		if !strings.Contains(body, want) {
			t.Errorf("概览 lacks %q\n%s", want, body)
		}
	}
	// the due list: the overdue and due-soon entries of xxgk due, in its order
	var want []string
	for _, en := range dueJSON(t, db).Open {
		if en.State == "已超期" || en.State == "即将到期" {
			want = append(want, fmt.Sprintf(`<a href="/requests/%s">%s</a></td><td><span class="state %s">%s</span></td><td>%s</td><td class="num">%d</td>`,
				en.ID, en.ID, map[string]string{"已超期": "overdue", "即将到期": "soon"}[en.State], en.State, en.Due, en.Left))
		}
	}
	if len(want) != 2 {
		t.Fatalf("the test database should have one overdue and one due-soon application: %v", want)
	}
	last := -1
	for _, w := range want {
		i := strings.Index(body, w)
		if i < 0 || i < last {
			t.Errorf("due list: %q missing or out of order", w)
		}
		last = i
	}
	if strings.Contains(body, "SQ2026-001</a></td><td><span") {
		t.Error("a normal application is listed as urgent")
	}
	// the check figures: those of xxgk check --year 2026
	r := xxgk(t, "check", "--db", db, "--year", "2026")
	m := regexp.MustCompile(`核对通过，没有发现错误（提示 (\d+) 条）`).FindStringSubmatch(r.stderr)
	if m == nil {
		t.Fatalf("check: %s", r.stderr)
	}
	if w := "核对发现 <strong>0</strong> 个错误、<strong>" + m[1] + "</strong> 条提示"; !strings.Contains(body, w) {
		t.Errorf("概览 lacks %q", w)
	}
}

// The list shows a year's applications with state, due date and working
// days left, filtered by state.
func TestWorkbenchRequestList(t *testing.T) {
	db := requestsDB(t)
	b := newBench(t, db)
	due := dueJSON(t, db)
	body := b.get("/requests?year=2026").Body.String()
	for _, en := range due.Open {
		if en.ID == "SQ2026-001" {
			w := fmt.Sprintf(`<span class="state normal">正常</span></td><td>%s</td><td class="num">%d</td><td>2026-01-06</td><td>自然人</td>`, en.Due, en.Left)
			if !strings.Contains(body, w) {
				t.Errorf("list lacks %q\n%s", w, body)
			}
		}
	}
	if !strings.Contains(body, "2026 年的申请共 4 件") {
		t.Errorf("2026 lists the two received in it and the two carried over:\n%s", body)
	}
	over := b.get("/requests?year=2026&state=" + url.QueryEscape("已超期")).Body.String()
	if !strings.Contains(over, ">SQ2025-101<") || strings.Contains(over, ">SQ2025-102<") || !strings.Contains(over, "共 1 件") {
		t.Errorf("the 已超期 filter:\n%s", over)
	}
	done := b.get("/requests?year=2026&state=" + url.QueryEscape("已办结")).Body.String()
	if !strings.Contains(done, ">SQ2026-002<") || !strings.Contains(done, "共 1 件") {
		t.Errorf("the 已办结 filter:\n%s", done)
	}
}

// Registering an application saves it in one go and redirects to its page,
// which shows the due date xxgk due computes.
func TestWorkbenchRegister(t *testing.T) {
	_, db := newDB(t)
	b := newBench(t, db)
	rec := b.post("/requests", url.Values{"id": {"SQ2026-010"}, "received": {"2026-01-07"}, "applicant-type": {"商业企业"},
		"name": {"某公司"}, "contact": {"0571-1234"}, "content": {"申请公开某文件"}, "method": {"网络"}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/requests/SQ2026-010?saved=1" {
		t.Fatalf("status %d, Location %q\n%s", rec.Code, rec.Header().Get("Location"), rec.Body)
	}
	page := b.get("/requests/SQ2026-010?saved=1").Body.String()
	en := dueJSON(t, db).Open[0]
	for _, want := range []string{"<h1>申请 SQ2026-010</h1>", "已保存申请 SQ2026-010。",
		fmt.Sprintf("答复期限：%s（剩余 %d 个工作日）", en.Due, en.Left), "某公司", "0571-1234", "商业企业"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q\n%s", want, page)
		}
	}
	// the same number again is refused beside the field
	again := b.post("/requests", url.Values{"id": {"SQ2026-010"}, "received": {"2026-01-07"}, "applicant-type": {"自然人"}})
	if again.Code != http.StatusBadRequest || !strings.Contains(again.Body.String(), "编号为「SQ2026-010」的申请已存在") {
		t.Errorf("duplicate: %d\n%s", again.Code, again.Body)
	}
}

// A bad date is shown beside its field, in the command line's words with
// the field's label, and nothing is written.
func TestWorkbenchBadDate(t *testing.T) {
	_, db := newDB(t)
	b := newBench(t, db)
	rec := b.post("/requests", url.Values{"id": {"SQ2026-011"}, "received": {"2025-13-01"}, "applicant-type": {"自然人"}})
	body := rec.Body.String()
	cli := xxgk(t, "request", "add", "--db", db, "--id", "SQ2026-011", "--received", "2025-13-01", "--applicant-type", "自然人")
	detail := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(cli.stderr, "错误："), "--received（收到日期）："))
	if !strings.HasPrefix(detail, "「2025-13-01」不是有效日期") {
		t.Fatalf("the command line's message changed: %s", cli.stderr)
	}
	want := `<p class="error" id="received-error">收到日期：` + strings.ReplaceAll(detail, "，", "，") + "</p>"
	if rec.Code != http.StatusBadRequest || !strings.Contains(body, want) {
		t.Errorf("status %d, want %q in\n%s", rec.Code, want, body)
	}
	if !strings.Contains(body, `name="id" id="id" value="SQ2026-011"`) {
		t.Error("the form lost the values typed")
	}
	if _, ok, err := b.st.Request(t.Context(), "SQ2026-011"); ok || err != nil {
		t.Errorf("a refused application was written (%v)", err)
	}
}

// Each step form saves its dates and redirects to the page, which shows
// the new due date.
func TestWorkbenchSteps(t *testing.T) {
	db := requestsDB(t)
	b := newBench(t, db)
	steps := []struct {
		form  url.Values
		check func(t *testing.T, page string)
	}{
		{url.Values{"step": {"correction"}, "correction-asked": {"2026-01-07"}}, func(t *testing.T, page string) {
			if !strings.Contains(page, "等待申请人补正") {
				t.Errorf("补正告知: %s", page)
			}
		}},
		{url.Values{"step": {"correction"}, "correction-received": {"2026-01-09"}}, nil},
		{url.Values{"step": {"extension"}, "extension": {"2026-01-09"}}, nil},
		{url.Values{"step": {"consult"}, "consult-start": {"2026-01-09"}, "consult-end": {"2026-01-09"}}, nil},
		{url.Values{"step": {"conclude"}, "concluded": {"2026-01-10"}, "outcome": {"不予公开-属于国家秘密"}}, func(t *testing.T, page string) {
			if !strings.Contains(page, "已办结（办结日期 2026-01-10") || !strings.Contains(page, `<option value="不予公开-属于国家秘密" selected>`) {
				t.Errorf("办结: %s", page)
			}
		}},
	}
	for i, s := range steps {
		rec := b.post("/requests/SQ2026-001", s.form)
		if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/requests/SQ2026-001?saved=1" {
			t.Fatalf("step %d: status %d\n%s", i, rec.Code, rec.Body)
		}
		page := b.get("/requests/SQ2026-001?saved=1").Body.String()
		if s.check != nil {
			s.check(t, page)
		} else {
			var en *struct {
				ID    string `json:"id"`
				Due   string `json:"due"`
				Left  int    `json:"working_days_left"`
				State string `json:"state"`
			}
			d := dueJSON(t, db)
			for j := range d.Open {
				if d.Open[j].ID == "SQ2026-001" {
					en = &d.Open[j]
				}
			}
			if en == nil || !strings.Contains(page, fmt.Sprintf("答复期限：%s（剩余 %d 个工作日）", en.Due, en.Left)) {
				t.Errorf("step %d: due line not %v\n%s", i, en, page)
			}
		}
	}
	r, _, err := b.st.Request(t.Context(), "SQ2026-001")
	if err != nil || r.CorrectionAsked.String() != "2026-01-07" || r.ExtensionNotified.String() != "2026-01-09" ||
		r.ConsultEnd.String() != "2026-01-09" || r.Outcome != "withheld.state_secret" || r.ApplicantName != "张某" {
		t.Errorf("saved: %+v, %v", r, err)
	}
	// a bad outcome is refused beside the select
	bad := b.post("/requests/SQ2026-002", url.Values{"step": {"conclude"}, "outcome": {"随便"}})
	if bad.Code != http.StatusBadRequest || !strings.Contains(bad.Body.String(), `id="outcome-error">办理结果：「随便」`) {
		t.Errorf("bad outcome: %d\n%s", bad.Code, bad.Body)
	}
	empty := b.post("/requests/SQ2026-002", url.Values{"step": {"extension"}})
	if empty.Code != http.StatusBadRequest || !strings.Contains(empty.Body.String(), "延期告知日期：请填写后再保存。") {
		t.Errorf("empty step: %d\n%s", empty.Code, empty.Body)
	}
	if nf := b.get("/requests/NOPE"); nf.Code != http.StatusNotFound || !strings.Contains(nf.Body.String(), "没有这条记录") {
		t.Errorf("unknown application: %d", nf.Code)
	}
}

// Requests for another Host (DNS rebinding) and posts without the run's
// token are refused, and nothing is written.
func TestWorkbenchRefusals(t *testing.T) {
	_, db := newDB(t)
	b := newBench(t, db)
	for _, host := range []string{"evil.example:8080", "127.0.0.1:9999", "192.168.1.5:8080", ""} {
		req, rec := newReq(http.MethodGet, "/"), newRec()
		req.Host = host
		b.srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusMisdirectedRequest || !strings.Contains(rec.Body.String(), "工作台只接受本机地址") {
			t.Errorf("Host %q: %d %s", host, rec.Code, rec.Body)
		}
	}
	for _, host := range []string{"localhost:8080", "[::1]:8080"} {
		req, rec := newReq(http.MethodGet, "/"), newRec()
		req.Host = host
		b.srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Errorf("Host %q: %d", host, rec.Code)
		}
	}
	form := url.Values{"id": {"SQ2026-020"}, "received": {"2026-01-07"}, "applicant-type": {"自然人"}}
	for _, token := range []string{"", "wrong", testToken + "x"} {
		f := url.Values{}
		for k, v := range form {
			f[k] = v
		}
		f.Set("token", token)
		rec := b.post("/requests", f)
		if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), "没有带上本次启动工作台时生成的校验码") {
			t.Errorf("token %q: %d\n%s", token, rec.Code, rec.Body)
		}
	}
	if _, ok, _ := b.st.Request(t.Context(), "SQ2026-020"); ok {
		t.Error("a post without the token was saved")
	}
	rec := b.get("/")
	for h, want := range map[string]string{"Content-Security-Policy": "default-src 'self'", "X-Frame-Options": "DENY",
		"Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff"} {
		if got := rec.Header().Get(h); !strings.Contains(got, want) {
			t.Errorf("%s = %q", h, got)
		}
	}
}

// A save while another program holds the database answers 503 with
// 「请稍后再试」, and nothing is lost or half written.
func TestWorkbenchBusyDatabase(t *testing.T) {
	_, db := newDB(t)
	b := newBench(t, db)
	im := holdWriter(t, db)
	rec := b.post("/requests", url.Values{"id": {"SQ2026-030"}, "received": {"2026-01-07"}, "applicant-type": {"自然人"}})
	im.Rollback()
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "数据库正被其他程序或窗口使用，请稍后再试") {
		t.Errorf("busy: %d\n%s", rec.Code, rec.Body)
	}
	if _, ok, _ := b.st.Request(t.Context(), "SQ2026-030"); ok {
		t.Error("saved while busy")
	}
	// once free, the same post saves
	if rec := b.post("/requests", url.Values{"id": {"SQ2026-030"}, "received": {"2026-01-07"}, "applicant-type": {"自然人"}}); rec.Code != http.StatusSeeOther {
		t.Errorf("after the other write: %d", rec.Code)
	}
}

// A hostile unit name is shown as text; the pages load nothing from
// outside and their stylesheet is served.
func TestWorkbenchEscapesAndLoadsNothingExternal(t *testing.T) {
	dir := t.TempDir()
	db := dir + "/u.db"
	xxgk(t, "init", "--db", db, "--unit", `<script>alert("x")</script>局`).must(t)
	xxgk(t, "request", "add", "--db", db, "--id", `<b>1</b>`, "--received", "2026-01-05", "--applicant-type", "自然人").must(t)
	b := newBench(t, db)
	attr := regexp.MustCompile(`(?i)\s(?:src|href|action)\s*=\s*"([^"]*)"`)
	for _, path := range []string{"/", "/requests", "/requests/" + url.PathEscape("<b>1</b>")} {
		rec := b.get(path)
		body := rec.Body.String()
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d", path, rec.Code)
		}
		if strings.Contains(body, "<script") || strings.Contains(body, "<b>1") {
			t.Errorf("%s: unescaped markup\n%s", path, body)
		}
		if !strings.Contains(body, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;局") {
			t.Errorf("%s: the unit's name is not shown as text", path)
		}
		for _, m := range attr.FindAllStringSubmatch(body, -1) {
			if !strings.HasPrefix(m[1], "/") || strings.HasPrefix(m[1], "//") {
				t.Errorf("%s: reference outside the workbench: %q", path, m[1])
			}
		}
		if !strings.Contains(body, `<link rel="stylesheet" href="/static/style.css">`) {
			t.Errorf("%s: no stylesheet", path)
		}
	}
	css := b.get("/static/style.css")
	if css.Code != http.StatusOK || !strings.HasPrefix(css.Header().Get("Content-Type"), "text/css") ||
		!strings.Contains(css.Body.String(), `"Microsoft YaHei"`) || strings.Contains(css.Body.String(), "url(") {
		t.Errorf("stylesheet: %d %s", css.Code, css.Header().Get("Content-Type"))
	}
}

var _ = web.BusyMessage
