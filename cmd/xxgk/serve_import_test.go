package main

import (
	"html"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/samples"
)

// statLine is one ledger's line of xxgk import's summary.
var statLine = regexp.MustCompile(`(?m)^(\S+)：读取 (\d+) 条，新增 (\d+) 条，更新 (\d+) 条，未变 (\d+) 条`)

// statRow is the same line as the result page's table row.
func statRow(m []string) string {
	return `<tr><td>` + m[1] + `</td><td class="num">` + m[2] + `</td><td class="num">` + m[3] +
		`</td><td class="num">` + m[4] + `</td><td class="num">` + m[5] + `</td></tr>`
}

// The sample workbook uploaded on a fresh database gives, per ledger, the
// counts xxgk import prints for it; uploaded again, everything is 未变.
func TestImportPageSampleMatchesCommand(t *testing.T) {
	db := sampleDB(t)
	b, tmp := uploadBench(t, db, 0)
	page := b.follow(b.upload(testToken, false, sampleFile()))
	emptyDir(t, tmp)
	if page.Code != http.StatusOK {
		t.Fatalf("status %d\n%s", page.Code, page.Body)
	}
	cliDB := sampleDB(t)
	wb := filepath.Join(t.TempDir(), samples.LedgerFileName)
	os.WriteFile(wb, samples.LedgerWorkbook, 0o644)
	cli := xxgk(t, "import", "--db", cliDB, wb).must(t)
	lines := statLine.FindAllStringSubmatch(cli.stderr, -1)
	if len(lines) < 3 {
		t.Fatalf("xxgk import printed %q", cli.stderr)
	}
	body := page.Body.String()
	for _, m := range lines {
		if !strings.Contains(body, statRow(m)) {
			t.Errorf("result page lacks %s\n%s", statRow(m), body)
		}
	}
	again := b.follow(b.upload(testToken, false, sampleFile())).Body.String()
	emptyDir(t, tmp)
	for _, m := range lines {
		same := []string{"", m[1], m[2], "0", "0", m[2]}
		if !strings.Contains(again, statRow(same)) {
			t.Errorf("second upload: no %s\n%s", statRow(same), again)
		}
	}
}

// A bad cell refuses the whole upload: the error table names the file,
// row, column, value and what is expected, and nothing is written.
func TestImportPageBadCellWritesNothing(t *testing.T) {
	db := sampleDB(t)
	b, tmp := uploadBench(t, db, 0)
	good := upFile{"ok.csv", []byte("申请编号,收到日期,申请人类型\nG1,2025-05-01,自然人\n")}
	bad := upFile{"坏日期.csv", []byte("申请编号,收到日期,申请人类型\nN1,2025-05-01,自然人\nN2,2025-13-01,自然人\n")}
	page := b.follow(b.upload(testToken, false, good, bad))
	emptyDir(t, tmp)
	if page.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d", page.Code)
	}
	body := html.UnescapeString(page.Body.String())
	row := `<tr><td>坏日期.csv</td><td>—</td><td class="num">3</td><td>B 列<br>收到日期</td><td>2025-13-01</td><td>不是有效日期；应为日期，如`
	for _, want := range []string{"<th>文件</th><th>工作表</th><th>行</th><th>列</th><th>原值</th><th>应填</th>", row, "本次导入没有写入任何内容，数据库保持原样。"} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q\n%s", want, body)
		}
	}
	if n := countRows(t, db, "requests"); n != 0 {
		t.Errorf("%d requests written", n)
	}
}

// A file that is not a ledger is refused with a message naming it.
func TestImportPageRefusesBadFiles(t *testing.T) {
	for _, c := range []struct {
		file upFile
		want string
	}{
		{upFile{"说明.docx", []byte("PK")}, "说明.docx：不支持的文件类型「.docx」，请另存为 .xlsx 或 .csv 后导入。"},
		{upFile{"台账.xlsx", []byte("这不是 Excel 文件")}, "台账.xlsx "},
	} {
		t.Run(c.file.name, func(t *testing.T) {
			db := sampleDB(t)
			b, tmp := uploadBench(t, db, 0)
			page := b.follow(b.upload(testToken, false, c.file))
			emptyDir(t, tmp)
			body := html.UnescapeString(page.Body.String())
			if page.Code != http.StatusUnprocessableEntity || !strings.Contains(body, `<p class="problem" role="alert" id="import-refused">`+c.want) ||
				!strings.Contains(body, "本次导入没有写入任何内容，数据库保持原样。") || strings.Contains(body, "内部错误") {
				t.Errorf("status %d\n%s", page.Code, body)
			}
		})
	}
}

// An upload over the cap is refused before anything is imported.
func TestImportPageRefusesTooLarge(t *testing.T) {
	db := sampleDB(t)
	b, tmp := uploadBench(t, db, 64<<10)
	big := upFile{"大台账.csv", []byte("申请编号,收到日期,申请人类型\n" + strings.Repeat("A1,2025-05-01,自然人\n", 5000))}
	rec := b.upload(testToken, false, big)
	emptyDir(t, tmp)
	body := html.UnescapeString(rec.Body.String())
	want := "上传的文件（读到「大台账.csv」时）合计超过 64 KB，已拒绝，没有导入任何内容。"
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(body, want) {
		t.Errorf("status %d\n%s", rec.Code, body)
	}
	if n := countRows(t, db, "requests"); n != 0 {
		t.Errorf("%d requests written", n)
	}
}

// An upload without the run's token, or with another, is refused.
func TestImportPageNeedsToken(t *testing.T) {
	db := sampleDB(t)
	b, tmp := uploadBench(t, db, 0)
	for _, token := range []string{"", "forged"} {
		rec := b.upload(token, false, sampleFile())
		if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), "没有带上本次启动工作台时生成的校验码") {
			t.Errorf("token %q: status %d", token, rec.Code)
		}
		emptyDir(t, tmp)
	}
	if n := countRows(t, db, "publications"); n != 0 {
		t.Errorf("%d publications written", n)
	}
}

// absentLine is xxgk import's note on the rows the files no longer hold.
var absentLine = regexp.MustCompile(`另有 (\d+) 条(\S+?)记录不在本次导入的文件中（(.*?)）`)

// With the box ticked, the page first lists the records xxgk import
// --replace would delete; 取消 deletes nothing, 确认导入并删除 deletes them.
func TestImportPageReplaceAsksFirst(t *testing.T) {
	dir, db := newDB(t)
	all := "索引号,标题,发布日期,类别\nP1,通知一,2025-03-01,招生考试\nP2,通知二,2025-03-02,招生考试\nP3,通知三,2025-03-03,招生考试\n"
	xxgk(t, "import", "--db", db, writeFile(t, dir, "pub.csv", all)).must(t)
	fewer := "索引号,标题,发布日期,类别\nP1,通知一,2025-03-01,招生考试\n"
	// what the command says the files no longer hold
	cliDB := filepath.Join(t.TempDir(), "copy.db")
	raw, _ := os.ReadFile(db)
	os.WriteFile(cliDB, raw, 0o600)
	cli := xxgk(t, "import", "--db", cliDB, writeFile(t, t.TempDir(), "pub.csv", fewer)).must(t)
	m := absentLine.FindStringSubmatch(cli.stderr)
	if m == nil {
		t.Fatalf("xxgk import: %s", cli.stderr)
	}
	b, tmp := uploadBench(t, db, 0)
	file := upFile{"pub.csv", []byte(fewer)}
	confirmAt := func() string {
		rec := b.upload(testToken, true, file)
		loc := rec.Header().Get("Location")
		if rec.Code != http.StatusSeeOther || !strings.HasPrefix(loc, "/import/confirm/") {
			t.Fatalf("status %d, location %q", rec.Code, loc)
		}
		page := html.UnescapeString(b.get(loc).Body.String())
		for _, want := range []string{"将删除以下 " + m[1] + " 条记录：", "<li>" + m[2] + " " + m[1] + " 条：" + m[3] + "</li>", "确认导入并删除", "取消"} {
			if !strings.Contains(page, want) {
				t.Errorf("confirm page lacks %q\n%s", want, page)
			}
		}
		if n := countRows(t, db, "publications"); n != 3 {
			t.Fatalf("before confirming: %d publications", n)
		}
		return loc
	}
	loc := confirmAt()
	if rec := b.post(loc, url.Values{"do": {"cancel"}}); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/import" {
		t.Fatalf("cancel: status %d", rec.Code)
	}
	emptyDir(t, tmp)
	if n := countRows(t, db, "publications"); n != 3 {
		t.Fatalf("after cancel: %d publications", n)
	}
	loc = confirmAt()
	if rec := b.post(loc, url.Values{"do": {"confirm"}, "token": {"forged"}}); rec.Code != http.StatusForbidden {
		t.Fatalf("confirm without token: status %d", rec.Code)
	}
	page := b.follow(b.post(loc, url.Values{"do": {"confirm"}}))
	emptyDir(t, tmp)
	if n := countRows(t, db, "publications"); n != 1 {
		t.Errorf("after confirming: %d publications", n)
	}
	if want := `<td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">2</td></tr>`; !strings.Contains(page.Body.String(), want) {
		t.Errorf("result lacks %s\n%s", want, page.Body)
	}
}

// 导入台账 is open in the top bar and shows the upload form with its cap.
func TestImportPageForm(t *testing.T) {
	b, _ := uploadBench(t, sampleDB(t), 0)
	overview := b.get("/").Body.String()
	if !strings.Contains(overview, `<a href="/import">导入台账</a>`) {
		t.Errorf("top bar: no link to 导入台账")
	}
	page := b.get("/import").Body.String()
	for _, want := range []string{`enctype="multipart/form-data"`, `<input type="file" name="files" id="files" multiple accept=".xlsx,.csv">`,
		`<label for="replace">以本次文件为准删除台账中已删去的记录</label>`, "合计不超过 200 MB", `>导入</button>`,
		`<a href="/import" class="current" aria-current="page">导入台账</a>`} {
		if !strings.Contains(page, want) {
			t.Errorf("form lacks %s", want)
		}
	}
	rec := b.upload(testToken, false)
	if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "请先选择要导入的台账文件") {
		t.Errorf("no file: status %d", rec.Code)
	}
}
