package main

import (
	"html"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/narrative"
	"github.com/xxgk/xxgk/samples"
)

// annualDB is the sample unit's database with the sample ledgers of 2025
// imported; dir is the database's folder, where its narrative file goes.
func annualDB(t *testing.T) (dir, db string) {
	t.Helper()
	db = sampleDB(t)
	dir = filepath.Dir(db)
	book := writeFile(t, t.TempDir(), samples.LedgerFileName, string(samples.LedgerWorkbook))
	xxgk(t, "import", "--db", db, book).must(t)
	return dir, db
}

// textPath is the narrative file report annual reads for the sample unit.
func textPath(dir string) string {
	return filepath.Join(dir, narrative.FileName(samples.UnitName, 2025))
}

var (
	hiddenHash = regexp.MustCompile(`name="hash" value="([0-9a-f]*)"`)
	missingLi  = regexp.MustCompile(`(?s)<div class="problem" id="missing-parts">.*?</div>`)
	liText     = regexp.MustCompile(`<li>([^<]*)</li>`)
)

// pageHash is the file hash the page carries in its form.
func pageHash(t *testing.T, body string) string {
	t.Helper()
	m := hiddenHash.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no hash field\n%s", body)
	}
	return m[1]
}

// pageMissing lists the parts the page says are missing.
func pageMissing(body string) []string {
	var out []string
	for _, m := range liText.FindAllStringSubmatch(missingLi.FindString(body), -1) {
		out = append(out, html.UnescapeString(m[1]))
	}
	return out
}

// partKeyOf is the form field of heading h.
func partKeyOf(t *testing.T, h string) string {
	t.Helper()
	for i, x := range narrative.Headings() {
		if x == h {
			return "part-" + strconv.Itoa(i)
		}
	}
	t.Fatalf("no heading %s", h)
	return ""
}

// The page shows, for every heading, the sentences the command generates
// from the figures beside a text box; without a file it starts from what
// `xxgk narrative` writes and lists every required part as missing.
func TestAnnualTextPage(t *testing.T) {
	dir, db := annualDB(t)
	b := newBench(t, db)
	rec := b.get("/annual/text?year=2025")
	body := rec.Body.String()
	if rec.Code != http.StatusOK || !strings.Contains(body, "<h1>年报文字</h1>") {
		t.Fatalf("%d\n%s", rec.Code, body)
	}
	if pageHash(t, body) != "" || !strings.Contains(body, html.EscapeString(textPath(dir))) {
		t.Error("a page without a file: hash or path wrong")
	}
	for i, h := range narrative.Headings() {
		if !strings.Contains(body, `<textarea name="part-`+strconv.Itoa(i)+`"`) || !strings.Contains(body, html.EscapeString(h)) {
			t.Errorf("part %d %s missing", i, h)
		}
	}
	// the generated sentences are the ones `xxgk narrative` writes
	starter := filepath.Join(t.TempDir(), "starter.txt")
	xxgk(t, "narrative", "--db", db, "--year", "2025", "--out", starter).must(t)
	raw, err := os.ReadFile(starter)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(raw), "\n") { // the file ends lines in CRLF, for Notepad
		if s, ok := strings.CutPrefix(strings.TrimSuffix(line, "\r"), "#〔自动〕"); ok {
			n++
			if !strings.Contains(body, html.EscapeString(s)) {
				t.Errorf("sentence not on the page: %s", s)
			}
		}
	}
	if n < 5 {
		t.Fatalf("only %d generated sentences in the starter", n)
	}
	var want []string
	for _, h := range narrative.Headings() {
		if narrative.Required(h) {
			want = append(want, h)
		}
	}
	if got := pageMissing(body); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("missing %v, want %v", got, want)
	}
	if _, err := os.Stat(textPath(dir)); !os.IsNotExist(err) {
		t.Error("looking at the page wrote the file")
	}
}

// The missing parts the page lists are the ones `report annual` refuses.
func TestAnnualTextMissingEqualsCommand(t *testing.T) {
	dir, db := annualDB(t)
	xxgk(t, "narrative", "--db", db, "--year", "2025").must(t)
	file := textPath(dir)
	raw, _ := os.ReadFile(file)
	filled := strings.Replace(string(raw), "【（三）政府信息管理】", "【（三）政府信息管理】\n我局落实公开属性源头认定。", 1)
	if err := os.WriteFile(file, []byte(filled), 0o644); err != nil {
		t.Fatal(err)
	}
	r := xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", t.TempDir(), "--format", "html")
	_, list, ok := strings.Cut(r.stderr, "年报文字缺少以下部分的内容：")
	list, _, _ = strings.Cut(list, "；")
	if r.code != 1 || !ok {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	got := pageMissing(newBench(t, db).get("/annual/text?year=2025").Body.String())
	if strings.Join(got, "、") != list || len(got) != 3 {
		t.Errorf("page %v, command %s", got, list)
	}
}

// Saving writes every part to the file the command line reads: it parses,
// `report annual` (no --draft) takes it and prints the typed text, and the
// page comes back with 「已保存」 and the file's path.
func TestAnnualTextSave(t *testing.T) {
	dir, db := annualDB(t)
	b := newBench(t, db)
	form := url.Values{"year": {"2025"}, "hash": {pageHash(t, b.get("/annual/text?year=2025").Body.String())}}
	typed := map[string]string{
		report.OverviewSubheads[2]: "我局落实公开属性源头认定机制。\r\n\r\n第二段：开展政策解读12次。",
		report.OverviewSubheads[3]: "门户网站专栏更新及时。",
		report.OverviewSubheads[4]: "将政务公开纳入年度考核。",
		report.SectionTitles[4]:    "存在的问题是解读形式单一，明年改进。",
		narrative.OpeningPart:      "网站：示例县人民政府门户网站\r\n联系电话：0000-1234567",
	}
	for h, v := range typed {
		form.Set(partKeyOf(t, h), v)
	}
	rec := b.post("/annual/text", form)
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/annual/text?saved=1&year=2025" {
		t.Fatalf("%d %s\n%s", rec.Code, rec.Header().Get("Location"), rec.Body)
	}
	page := b.follow(rec).Body.String()
	if !strings.Contains(page, "已保存到 "+html.EscapeString(textPath(dir))) || len(pageMissing(page)) != 0 {
		t.Errorf("after the save:\n%s", page)
	}
	nf, err := readNarrative(textPath(dir))
	if err != nil || nf == nil {
		t.Fatalf("the file: %v", err)
	}
	for h, v := range typed {
		if got, want := nf.Parts[h], narrative.Normalize(v); got != want {
			t.Errorf("%s: %q, want %q", h, got, want)
		}
	}
	out := t.TempDir()
	xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--format", "html").must(t)
	htm, _ := os.ReadFile(filepath.Join(out, samples.UnitName+"-2025年-政府信息公开工作年度报告.html"))
	for _, s := range []string{"我局落实公开属性源头认定机制。", "第二段：开展政策解读12次。", "存在的问题是解读形式单一，明年改进。", "0000-1234567"} {
		if !strings.Contains(string(htm), s) {
			t.Errorf("report annual's page lacks %q", s)
		}
	}
	if r := xxgk(t, "check", "--db", db, "--year", "2025"); strings.Contains(r.stderr, "年报文字文件") || strings.Contains(r.stdout, "［年报文字］") {
		t.Errorf("check on the saved file: %s%s", r.stdout, r.stderr)
	}
}

// An edit of the file in Notepad (or by the command line) between loading
// the page and saving it is refused: the file keeps the edit, the page
// keeps the typed text and shows the file's; a second save, knowing, goes.
func TestAnnualTextSaveRefusesChangedFile(t *testing.T) {
	dir, db := annualDB(t)
	xxgk(t, "narrative", "--db", db, "--year", "2025").must(t)
	b := newBench(t, db)
	hash := pageHash(t, b.get("/annual/text?year=2025").Body.String())
	raw, _ := os.ReadFile(textPath(dir))
	notepad := strings.Replace(string(raw), "【五、存在的主要问题及改进情况】", "【五、存在的主要问题及改进情况】\n记事本里写的问题。", 1)
	if err := os.WriteFile(textPath(dir), []byte(notepad), 0o644); err != nil {
		t.Fatal(err)
	}
	key := partKeyOf(t, report.SectionTitles[4])
	form := url.Values{"year": {"2025"}, "hash": {hash}, key: {"页面上写的问题。"}}
	rec := b.post("/annual/text", form)
	body := rec.Body.String()
	if rec.Code != http.StatusConflict || !strings.Contains(body, "在本页打开之后被改动过") {
		t.Fatalf("%d\n%s", rec.Code, body)
	}
	if !strings.Contains(body, ">\n页面上写的问题。</textarea>") || !strings.Contains(body, `id="`+key+`-ondisk"`) || !strings.Contains(body, "记事本里写的问题。") {
		t.Errorf("typed text or the file's text not shown:\n%s", body)
	}
	if now, _ := os.ReadFile(textPath(dir)); string(now) != notepad {
		t.Error("the Notepad edit was overwritten")
	}
	form.Set("hash", pageHash(t, body))
	if rec := b.post("/annual/text", form); rec.Code != http.StatusSeeOther {
		t.Fatalf("second save: %d", rec.Code)
	}
	nf, _ := readNarrative(textPath(dir))
	if nf.Parts[report.SectionTitles[4]] != "页面上写的问题。" {
		t.Errorf("after the second save: %q", nf.Parts[report.SectionTitles[4]])
	}
}

// A line the file would read as a heading or a comment is refused beside
// its box, nothing written; a post without the token is refused.
func TestAnnualTextSaveRefusals(t *testing.T) {
	dir, db := annualDB(t)
	b := newBench(t, db)
	key := partKeyOf(t, report.OverviewSubheads[2])
	form := url.Values{"year": {"2025"}, "hash": {""}, key: {"第一行\r\n【一、总体情况】"}}
	rec := b.post("/annual/text", form)
	body := rec.Body.String()
	if rec.Code != http.StatusBadRequest || !strings.Contains(body, `<p class="error" id="`+key+`-error">第2行「【一、总体情况】」会被当作标题「一、总体情况」`) ||
		!strings.Contains(body, "第一行\r\n【一、总体情况】</textarea>") {
		t.Errorf("%d\n%s", rec.Code, body)
	}
	form.Set(key, "正常文字")
	form.Set("token", "wrong")
	if rec := b.post("/annual/text", form); rec.Code != http.StatusForbidden {
		t.Errorf("without the token: %d", rec.Code)
	}
	if rec := b.post("/annual/text", url.Values{"year": {"1999"}}); rec.Code != http.StatusBadRequest {
		t.Errorf("bad year: %d", rec.Code)
	}
	if _, err := os.Stat(textPath(dir)); !os.IsNotExist(err) {
		t.Error("a refused save wrote the file")
	}
}
