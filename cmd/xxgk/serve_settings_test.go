package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/samples"
)

// readUnit reads the unit and its 主动公开目录 back with a store of its
// own, as the next command would.
func readUnit(t *testing.T, db string) (report.Unit, []string) {
	t.Helper()
	st, err := openReader(context.Background(), &env{stderr: newRec().Body}, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	u, err := st.Unit(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	cats, err := st.Categories(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return u, cats
}

// byCategory is what xxgk report annual counts per category for 2025.
func byCategory(t *testing.T, db string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for k, v := range annualJSON(t, db, "2025")["publications"].(map[string]any)["by_category"].(map[string]any) {
		out[k] = fmt.Sprint(v)
	}
	return out
}

// The page shows the unit, the 主动公开目录 with the items of each as the
// annual report counts them, the categories in use outside it, the years
// xxgk calendar list lists, the database file and the version.
func TestSettingsPageMatchesCommands(t *testing.T) {
	db := importedSampleDB(t)
	counts := byCategory(t, db)
	xxgk(t, "init", "--db", db, "--unit", samples.UnitName, "--code", samples.UnitCode, "--categories", "机构概况、政策文件、新类别").must(t)
	dir := t.TempDir()
	xxgk(t, "calendar", "add", "--db", db, writeFile(t, dir, "2027.txt", "年份 2027\n通知 国办发明电〔2026〕99号 2026-11-01\n元旦 放假 2027-01-01\n")).must(t)
	rec := newBench(t, db).get("/settings")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d\n%s", rec.Code, rec.Body)
	}
	page := unescapedBody(rec)
	for _, want := range []string{"<h1>设置</h1>", `value="` + samples.UnitName + `"`, `value="` + samples.UnitCode + `"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	names, use := categoryRows(page)
	if !slices.Equal(names, []string{"机构概况", "政策文件", "新类别"}) || use["机构概况"] != counts["机构概况"] || use["政策文件"] != counts["政策文件"] || use["新类别"] != "0" {
		t.Errorf("categories %v %v, report counts 机构概况 %s 政策文件 %s", names, use, counts["机构概况"], counts["政策文件"])
	}
	for name, n := range counts {
		if name != "机构概况" && name != "政策文件" && !strings.Contains(page, "<li>"+name+"（"+n+" 条）</li>") {
			t.Errorf("unknown category %s (%s items) not listed", name, n)
		}
	}
	list := xxgk(t, "calendar", "list", "--db", db).must(t)
	for _, line := range strings.Split(strings.TrimSpace(list.stdout), "\n") {
		f := strings.Split(line, "\t")
		from := "程序内置"
		if strings.HasSuffix(f[2], "（数据库）") {
			from = "本单位添加"
		}
		row := `<tr><td>` + f[0] + `</td><td>` + strings.ReplaceAll(f[1], "；", "；<br>") + `</td><td class="file">` + f[2] + `</td><td>` + from + `</td></tr>`
		if !strings.Contains(page, row) {
			t.Errorf("page lacks the calendar row %s", row)
		}
	}
	if !strings.Contains(page, "<td>本单位添加</td>") {
		t.Error("the added year is not marked")
	}
	abs, _ := filepath.Abs(db)
	fi, _ := os.Stat(abs)
	size := fmt.Sprintf("%d KB", (fi.Size()+1023)>>10)
	if fi.Size() >= 1<<20 {
		size = fmt.Sprintf("%.1f MB", float64(fi.Size())/(1<<20))
	}
	v := strings.Fields(xxgk(t, "--version").must(t).stdout)
	for _, want := range []string{`<td id="database-path">` + abs + `</td>`, `<td id="database-size">` + size + `</td>`,
		`<td id="backup-dir">` + filepath.Join(filepath.Dir(abs), "备份") + `</td>`, `<td id="version">` + v[len(v)-1] + `</td>`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
}

// 「保存」 of 单位 records what xxgk init --unit --code records for the
// same input; the list stays; a flash made elsewhere is not shown.
func TestSettingsSaveUnit(t *testing.T) {
	_, db := newDB(t)
	_, before := readUnit(t, db)
	b := newBench(t, db)
	rec := b.post("/settings/unit", url.Values{"unit": {" 另一县教育局 "}, "code": {strings.ToLower(samples.UnitCode)}})
	if rec.Code != http.StatusSeeOther || !strings.HasSuffix(rec.Header().Get("Location"), "#unit") {
		t.Fatalf("status %d, location %q\n%s", rec.Code, rec.Header().Get("Location"), rec.Body)
	}
	page := unescapedBody(b.followPRG(rec))
	if !strings.Contains(page, `<p class="flash" role="status">已保存单位名称和统一社会信用代码。</p>`) || !strings.Contains(page, `value="另一县教育局"`) {
		t.Errorf("page after saving:\n%s", page)
	}
	cliDB := filepath.Join(t.TempDir(), "cli.db")
	xxgk(t, "init", "--db", cliDB, "--unit", " 另一县教育局 ", "--code", strings.ToLower(samples.UnitCode)).must(t)
	want, _ := readUnit(t, cliDB)
	got, cats := readUnit(t, db)
	if got != want || got.Code != samples.UnitCode {
		t.Errorf("unit %+v, xxgk init records %+v", got, want)
	}
	if !slices.Equal(cats, before) {
		t.Errorf("categories changed: %v", cats)
	}
	forged := unescapedBody(b.get("/settings?flash=" + url.QueryEscape("已备份到 别处") + "&sig=00"))
	if strings.Contains(forged, "已备份到 别处") {
		t.Error("a flash without the run's signature is shown")
	}
}

// A bad code, an empty name and a post without the token are refused,
// the command's message beside the field, and nothing is written.
func TestSettingsUnitRefusals(t *testing.T) {
	_, db := newDB(t)
	before, _ := readUnit(t, db)
	b := newBench(t, db)
	bad := "11330000MB0000001X"
	rec := b.post("/settings/unit", url.Values{"unit": {"另一县教育局"}, "code": {bad}})
	want := cliMessage(t, xxgk(t, "init", "--db", filepath.Join(t.TempDir(), "x.db"), "--unit", "另一县教育局", "--code", bad))
	page := unescapedBody(rec)
	if rec.Code != http.StatusBadRequest || besideField(page, "code") != want || !strings.Contains(page, `value="`+bad+`"`) {
		t.Errorf("bad code: %d, beside the field %q, want %q", rec.Code, besideField(page, "code"), want)
	}
	rec = b.post("/settings/unit", url.Values{"unit": {"  "}, "code": {""}})
	if msg := besideField(unescapedBody(rec), "unit"); rec.Code != http.StatusBadRequest || !strings.Contains(msg, "请填写单位名称") {
		t.Errorf("empty name: %d %q", rec.Code, msg)
	}
	rec = b.post("/settings/unit", url.Values{"token": {""}, "unit": {"第三县教育局"}})
	if rec.Code != http.StatusForbidden {
		t.Errorf("without the token: %d", rec.Code)
	}
	if got, _ := readUnit(t, db); got != before {
		t.Errorf("a refused post wrote %+v", got)
	}
}

// The list typed in the box is saved as xxgk init --categories saves the
// same text (repeats and blanks left out); an empty one is refused.
func TestSettingsSaveCategories(t *testing.T) {
	_, db := newDB(t)
	b := newBench(t, db)
	text := "机构概况\r\n政策文件、政策解读\r\n\r\n机构概况\r\n 其他 "
	rec := b.post("/settings/categories", url.Values{"categories": {text}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("status %d\n%s", rec.Code, rec.Body)
	}
	if page := unescapedBody(b.followPRG(rec)); !strings.Contains(page, "已保存主动公开目录，共 4 类。") {
		t.Errorf("no flash:\n%s", page)
	}
	cliDB := filepath.Join(t.TempDir(), "cli.db")
	xxgk(t, "init", "--db", cliDB, "--unit", "某某县教育局", "--categories", text).must(t)
	_, want := readUnit(t, cliDB)
	u, got := readUnit(t, db)
	if !slices.Equal(got, want) || len(got) != 4 || u.Name != "某某县教育局" {
		t.Errorf("categories %v, xxgk init saves %v; unit %+v", got, want, u)
	}
	rec = b.post("/settings/categories", url.Values{"categories": {" \n、，"}})
	cli := cliMessage(t, xxgk(t, "init", "--db", cliDB, "--unit", "某某县教育局", "--categories", " \n、，"))
	msg := besideField(unescapedBody(rec), "categories")
	if rec.Code != http.StatusBadRequest || !strings.Contains(msg, "没有给出任何类别") || !strings.Contains(cli, "没有给出任何类别") {
		t.Errorf("empty list: %d, beside the field %q (the command: %q)", rec.Code, msg, cli)
	}
	if _, after := readUnit(t, db); !slices.Equal(after, got) {
		t.Errorf("the refused list was written: %v", after)
	}
}

// Taking out categories that items use asks first, with how many items
// use each (as the annual report counts them); confirmed, it is saved.
func TestSettingsCategoriesInUseAskFirst(t *testing.T) {
	db := importedSampleDB(t)
	counts := byCategory(t, db)
	b := newBench(t, db)
	_, before := readUnit(t, db)
	var kept []string
	for _, c := range before {
		if c != "工作动态" && c != "其他" {
			kept = append(kept, c)
		}
	}
	text := strings.Join(kept, "\n")
	rec := b.post("/settings/categories", url.Values{"categories": {text}})
	page := unescapedBody(rec)
	if rec.Code != http.StatusOK || !strings.Contains(page, "<h1>确认修改主动公开目录</h1>") {
		t.Fatalf("status %d\n%s", rec.Code, page)
	}
	for _, c := range []string{"工作动态", "其他"} {
		if !strings.Contains(page, "<li>"+c+"（"+counts[c]+" 条）</li>") {
			t.Errorf("the confirmation lacks %s（%s 条）", c, counts[c])
		}
	}
	if _, now := readUnit(t, db); !slices.Equal(now, before) {
		t.Fatalf("saved before the confirmation: %v", now)
	}
	rec = b.post("/settings/categories", url.Values{"categories": {text}, "confirm": {"1"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("confirmed: %d\n%s", rec.Code, rec.Body)
	}
	if _, now := readUnit(t, db); !slices.Equal(now, kept) {
		t.Errorf("categories %v, want %v", now, kept)
	}
	if page := unescapedBody(b.followPRG(rec)); !strings.Contains(page, "<li>工作动态（"+counts["工作动态"]+" 条）</li>") {
		t.Error("the page does not list 工作动态 as in use outside the list")
	}
}

// A year's notice file uploaded is added as xxgk calendar add adds it,
// with its message; a file with a bad line is refused with the command's
// message naming the file and line; the uploads are removed.
func TestSettingsCalendarAdd(t *testing.T) {
	_, db := newDB(t)
	b, tmp := uploadBench(t, db, 0)
	notice := "年份 2027\n通知 国办发明电〔2026〕99号 2026-11-01 测试用\n元旦 放假 2027-01-01\n"
	rec := b.calendarUpload(testToken, upFile{"2027.txt", []byte(notice)})
	emptyDir(t, tmp)
	if rec.Code != http.StatusSeeOther || !strings.HasSuffix(rec.Header().Get("Location"), "#calendar") {
		t.Fatalf("status %d\n%s", rec.Code, rec.Body)
	}
	_, cliDB := newDB(t)
	cli := xxgk(t, "calendar", "add", "--db", cliDB, writeFile(t, t.TempDir(), "2027.txt", notice)).must(t)
	if page := unescapedBody(b.followPRG(rec)); !strings.Contains(page, `<p class="flash" role="status">`+strings.TrimSpace(cli.stderr)+`</p>`) {
		t.Errorf("no flash %q:\n%s", cli.stderr, page)
	}
	list := xxgk(t, "calendar", "list", "--db", db).must(t).stdout
	if !strings.Contains(list, "2027年\t国办发明电〔2026〕99号\t2027.txt（数据库）") {
		t.Errorf("calendar list:\n%s", list)
	}
	bad := "年份 2028\n通知 2027-11-01\n春节 上班 2028-02-07\n"
	rec = b.calendarUpload(testToken, upFile{"bad.txt", []byte(bad)})
	emptyDir(t, tmp)
	want := cliMessage(t, xxgk(t, "calendar", "add", "--db", cliDB, writeFile(t, t.TempDir(), "bad.txt", bad)))
	if msg := besideField(unescapedBody(rec), "calendar"); rec.Code != http.StatusBadRequest || msg != want || !strings.Contains(msg, "bad.txt 第3行") {
		t.Errorf("bad file: %d, beside the field %q, want %q", rec.Code, msg, want)
	}
	if rec := b.calendarUpload(testToken); rec.Code != http.StatusBadRequest || !strings.Contains(besideField(unescapedBody(rec), "calendar"), "请选择一个节假日安排文件") {
		t.Errorf("no file: %d", rec.Code)
	}
	if rec := b.calendarUpload("", upFile{"2028.txt", []byte(strings.ReplaceAll(notice, "2027", "2028"))}); rec.Code != http.StatusForbidden {
		t.Errorf("without the token: %d", rec.Code)
	}
	emptyDir(t, tmp)
	if after := xxgk(t, "calendar", "list", "--db", db).must(t).stdout; after != list {
		t.Errorf("a refused upload changed the calendar:\n%s", after)
	}
}

// 「备份」 writes into 备份 beside the database the copy xxgk backup
// writes: dated, mode 0600, the same rows and report; a second one in the
// same second is refused with the command's message.
func TestSettingsBackup(t *testing.T) {
	db := importedSampleDB(t)
	xxgk(t, "request", "add", "--db", db, "--id", "SQ2026-001", "--received", "2026-01-05", "--applicant-type", "自然人", "--name", "张某").must(t)
	b := newBench(t, db)
	rec := b.post("/settings/backup", url.Values{})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("status %d\n%s", rec.Code, rec.Body)
	}
	abs, _ := filepath.Abs(db)
	folder := filepath.Join(filepath.Dir(abs), "备份")
	copyPath := filepath.Join(folder, "unit-备份-20260110-093000.db")
	if page := unescapedBody(b.followPRG(rec)); !strings.Contains(page, "已备份到 "+copyPath+"（已通过完整性检查）。") {
		t.Errorf("no flash naming %s:\n%s", copyPath, page)
	}
	fi, err := os.Stat(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	for _, table := range []string{"publications", "requests", "documents", "categories"} {
		if got, want := countRows(t, copyPath, table), countRows(t, db, table); got != want {
			t.Errorf("%s: %d rows in the copy, %d in the database", table, got, want)
		}
	}
	orig, cp := annualJSON(t, db, "2025"), annualJSON(t, copyPath, "2025")
	delete(orig, "produced_at")
	delete(cp, "produced_at")
	if jsonNum(orig) != jsonNum(cp) {
		t.Error("the copy's report differs from the database's")
	}
	rec = b.post("/settings/backup", url.Values{})
	want := cliMessage(t, xxgk(t, "backup", "--db", db, "--out", folder))
	if msg := backupError(unescapedBody(rec)); rec.Code != http.StatusConflict || msg != want {
		t.Errorf("second backup: %d %q, want %q", rec.Code, msg, want)
	}
	if left, _ := filepath.Glob(filepath.Join(folder, "*")); len(left) != 1 {
		t.Errorf("backup folder holds %v", left)
	}
}

// backupError is the refusal shown in the 数据库 section.
func backupError(page string) string {
	_, rest, ok := strings.Cut(page, `<p class="problem" role="alert" id="backup-error">`)
	msg, _, _ := strings.Cut(rest, "</p>")
	if !ok {
		return ""
	}
	return msg
}

// While another program writes, every save answers 503 「请稍后再试」 and
// writes nothing; a backup, which only reads, still works.
func TestSettingsBusyDatabase(t *testing.T) {
	_, db := newDB(t)
	unit, cats := readUnit(t, db)
	b, tmp := uploadBench(t, db, 0)
	im := holdWriter(t, db)
	recs := map[string]int{
		"unit":       b.post("/settings/unit", url.Values{"unit": {"另一县教育局"}}).Code,
		"categories": b.post("/settings/categories", url.Values{"categories": {"机构概况"}}).Code,
		"calendar":   b.calendarUpload(testToken, upFile{"2027.txt", []byte("年份 2027\n通知 国办发明电〔2026〕99号 2026-11-01\n元旦 放假 2027-01-01\n")}).Code,
		"backup":     b.post("/settings/backup", url.Values{}).Code,
	}
	im.Rollback()
	for form, want := range map[string]int{"unit": 503, "categories": 503, "calendar": 503, "backup": 303} {
		if recs[form] != want {
			t.Errorf("%s while busy: %d, want %d", form, recs[form], want)
		}
	}
	emptyDir(t, tmp)
	if u, c := readUnit(t, db); u != unit || !slices.Equal(c, cats) {
		t.Errorf("written while busy: %+v %v", u, c)
	}
	if list := xxgk(t, "calendar", "list", "--db", db).must(t).stdout; strings.Contains(list, "（数据库）") {
		t.Errorf("calendar written while busy:\n%s", list)
	}
}
