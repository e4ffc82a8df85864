package main

import (
	"bytes"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/report/pdf/fonts"
)

// junkFile is a file that is no workbook, under name.
func junkFile(name string) upFile { return upFile{name: name, body: []byte("not a workbook")} }

// TestServeRollupForm: 汇总 offers the form with the token first, last
// year chosen and the database's unit as the summing unit.
func TestServeRollupForm(t *testing.T) {
	b := newBench(t, sampleDB(t))
	rec := b.get("/rollup")
	body := rec.Body.String()
	for _, want := range []string{
		"<h1>汇总</h1>",
		`<form method="post" action="/rollup" enctype="multipart/form-data" class="form" id="rollup-form">` + "\n" +
			`<input type="hidden" name="token" value="` + testToken + `">`,
		`<option value="2025" selected>2025 年</option>`,
		`<input type="file" name="files" id="files" multiple accept=".xlsx">`,
		`<input type="file" name="units" id="units" accept=".xlsx,.csv">`,
		`<button type="submit" id="rollup-submit">汇总</button>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("form lacks %q", want)
		}
	}
	u, err := b.st.Unit(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if rec.Code != http.StatusOK || !strings.Contains(body, `id="name" value="`+u.Name+`"`) || !strings.Contains(body, `id="code" value="`+u.Code+`"`) {
		t.Errorf("%d: the summing unit is not the database's %s %s", rec.Code, u.Name, u.Code)
	}
}

// TestServeRollupRefusals: a post without the token, without a file, for
// a year out of range, with a list of units the command refuses, or over
// the cap is refused with the message beside its field; the uploaded
// files are removed each time.
func TestServeRollupRefusals(t *testing.T) {
	db := sampleDB(t)
	b, tmp := uploadBench(t, db, 0)
	year := map[string]string{"year": "2025"}
	files := []upFile{junkFile("甲.xlsx")}

	for _, token := range []string{"", "wrong"} {
		rec := b.postRollup(rollupPost{token: token, values: year, files: files})
		if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), "校验码") {
			t.Errorf("token %q: %d", token, rec.Code)
		}
		emptyDir(t, tmp)
	}
	rec := b.postRollup(rollupPost{token: testToken, values: year, files: []upFile{{name: "", body: nil}}})
	if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), `<p class="error" id="files-error">请先选择要汇总的文件`) {
		t.Errorf("no file: %d\n%s", rec.Code, rec.Body)
	}
	emptyDir(t, tmp)
	rec = b.postRollup(rollupPost{token: testToken, values: map[string]string{"year": "1990", "name": "某县教育局"}, files: files})
	if body := rec.Body.String(); rec.Code != http.StatusBadRequest || !strings.Contains(body, `<p class="error" id="year-error">年度：`) ||
		!strings.Contains(body, `id="name" value="某县教育局"`) {
		t.Errorf("year 1990: %d\n%s", rec.Code, body)
	}
	emptyDir(t, tmp)

	// a list of units without its header: the command's own message
	dir := t.TempDir()
	list := writeFile(t, dir, "名单.csv", "甲学校\n乙学校\n")
	cmd := xxgk(t, "rollup", "--year", "2025", "--out", filepath.Join(dir, "out"), "--units", list, writeFile(t, dir, "甲.xlsx", "x"))
	msg := strings.TrimPrefix(strings.TrimSpace(cmd.stderr), "错误：")
	if cmd.code != 1 || !strings.Contains(msg, "名单.csv") {
		t.Fatalf("the command: exit %d: %s", cmd.code, msg)
	}
	units := upFile{name: "名单.csv", body: []byte("甲学校\n乙学校\n")}
	rec = b.postRollup(rollupPost{token: testToken, values: year, files: files, units: &units})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), `<p class="error" id="units-error">`+msg+`</p>`) {
		t.Errorf("bad list: %d, want the command's %q\n%s", rec.Code, msg, rec.Body)
	}
	emptyDir(t, tmp)

	small, smallTmp := uploadBench(t, db, 4<<10)
	rec = small.postRollup(rollupPost{token: testToken, values: year, files: []upFile{{name: "大.xlsx", body: bytes.Repeat([]byte("x"), 8<<10)}}})
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "合计超过 4 KB，已拒绝，没有汇总") {
		t.Errorf("too large: %d\n%s", rec.Code, rec.Body)
	}
	emptyDir(t, smallTmp)

	for _, path := range []string{"/rollup/result/0123", "/rollup/result/0123/xlsx"} {
		if rec := b.get(path); rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), "重新上传文件汇总") {
			t.Errorf("%s: %d", path, rec.Code)
		}
	}
}

// TestServeRollupHostileNames: a hostile name of the summing unit and of
// a file is shown as text, the file listed with the command's reason;
// an unknown download is 404.
func TestServeRollupHostileNames(t *testing.T) {
	b, tmp := uploadBench(t, sampleDB(t), 0)
	rec := b.postRollup(rollupPost{token: testToken, values: map[string]string{"year": "2025", "name": `<script>alert(1)</script>局`},
		files: []upFile{junkFile(`C:\收到\a&b<img src=x>.xlsx`)}})
	emptyDir(t, tmp)
	page := b.follow(rec)
	body := page.Body.String()
	if strings.Contains(body, "<script>alert") || strings.Contains(body, "<img") {
		t.Errorf("unescaped markup:\n%s", body)
	}
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;局2025年：汇总 0 个单位") {
		t.Errorf("the unit's name is not shown as text:\n%s", body)
	}
	rows := rollupRows(body, "rollup-excluded")
	if len(rows) != 1 || rows[0][1] != "a&b_img src=x_.xlsx" || rows[0][2] != "无法读取" || !strings.HasPrefix(rows[0][4], "无法读取：") {
		t.Errorf("excluded: %q", rows)
	}
	id := strings.TrimPrefix(rec.Header().Get("Location"), "/rollup/result/")
	if rec := b.get("/rollup/result/" + id + "/json"); rec.Code != http.StatusNotFound {
		t.Errorf("unknown file: %d", rec.Code)
	}
	// the file names of the downloads keep to what a folder can hold
	dl := b.get("/rollup/result/" + id + "/" + web.RollupExport)
	if cd := dl.Header().Get("Content-Disposition"); dl.Code != http.StatusOK ||
		!strings.HasSuffix(cd, "filename*=UTF-8''"+url.PathEscape("_script_alert(1)__script_局-2025年-汇总上报.xlsx")) {
		t.Errorf("export: %d %q", dl.Code, cd)
	}
}

// TestServeRollupBusyDatabase: the roll-up neither reads nor writes the
// ledgers, so another program writing the database does not stop it.
func TestServeRollupBusyDatabase(t *testing.T) {
	db := sampleDB(t)
	b, tmp := uploadBench(t, db, 0)
	im := holdWriter(t, db)
	defer im.Rollback()
	rec := b.postRollup(rollupPost{token: testToken, values: map[string]string{"year": "2025"}, files: []upFile{junkFile("甲.xlsx")}})
	emptyDir(t, tmp)
	if page := b.follow(rec); page.Code != http.StatusOK || !strings.Contains(page.Body.String(), "汇总2025年：汇总 0 个单位；未提供应报单位名单；有问题 0 处；未计入的文件 1 个。") ||
		!strings.Contains(page.Body.String(), "<p>未提供应报单位名单。</p>") {
		t.Errorf("while another program writes: %d\n%s", page.Code, page.Body)
	}
}

// TestServeRollupPDF: 「下载汇总表（PDF）」 is the command's PDF of the
// summed tables, or, without a Chinese font, the command's message.
func TestServeRollupPDF(t *testing.T) {
	in, _ := rollupInputs(t)
	b, _ := uploadBench(t, sampleDB(t), 0)
	rec := b.postRollup(rollupPost{token: testToken, values: map[string]string{"year": "2025", "name": "某某县教育局"},
		files: rollupFolderFiles(t, in)})
	id := strings.TrimPrefix(rec.Header().Get("Location"), "/rollup/result/")
	dl := b.get("/rollup/result/" + id + "/" + web.RollupSumPDF)
	if _, err := fonts.Find(fonts.Options{}); err != nil {
		if dl.Code != http.StatusInternalServerError || !strings.Contains(dl.Body.String(), "未找到可用的中文字体") {
			t.Errorf("without a font: %d\n%s", dl.Code, dl.Body)
		}
		return
	}
	name := "某某县教育局-2025年-政府信息公开工作年度报告汇总.pdf"
	if dl.Code != http.StatusOK || dl.Header().Get("Content-Type") != "application/pdf" ||
		!strings.Contains(dl.Header().Get("Content-Disposition"), url.PathEscape(name)) || !bytes.HasPrefix(dl.Body.Bytes(), []byte("%PDF")) {
		t.Fatalf("pdf: %d %v", dl.Code, dl.Header())
	}
	needPDF(t)
	out := t.TempDir()
	xxgk(t, "rollup", "--year", "2025", "--name", "某某县教育局", "--out", out, "--format", "pdf", in).must(t)
	got := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(got, dl.Body.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if a, b := pdfText(t, got), pdfText(t, filepath.Join(out, name)); a != b || !strings.Contains(a, "某某县教育局2025年政府信息公开工作年度报告汇总本表") {
		t.Errorf("the page's PDF reads differently from the command's:\n%s\n%s", a, b)
	}
}
