package main

import (
	"bytes"
	"mime/multipart"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"github.com/xxgk/xxgk/report/xlsx"
)

// rollupPost is a posted 汇总 form: its text fields, the units' files
// and the list of expected units (nil: none).
type rollupPost struct {
	token  string // "": no token
	values map[string]string
	files  []upFile
	units  *upFile
}

// postRollup posts the 汇总 form as a browser does: the token first.
func (b *bench) postRollup(f rollupPost) *httptest.ResponseRecorder {
	b.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if f.token != "" {
		mw.WriteField("token", f.token)
	}
	for _, k := range []string{"year", "name", "code"} {
		if v, ok := f.values[k]; ok {
			mw.WriteField(k, v)
		}
	}
	add := func(field string, u upFile) {
		w, err := mw.CreateFormFile(field, u.name)
		if err != nil {
			b.t.Fatal(err)
		}
		w.Write(u.body)
	}
	for _, u := range f.files {
		add("files", u)
	}
	if f.units != nil {
		add("units", *f.units)
	}
	return b.sendMultipart("/rollup", &buf, mw)
}

// rollupInputs is a folder of what a county bureau receives for 2025:
// the exports of 甲学校 and 乙学校, 乙's export of 2024, a file that is
// not a workbook, and 戊学校's table filled in by hand breaking the 勾稽
// rule; and a list of expected units naming 己学校 too, who sent nothing.
func rollupInputs(t *testing.T) (in, units string) {
	t.Helper()
	in = t.TempDir()
	a, b := unitDB(t, "甲学校", true), unitDB(t, "乙学校", false)
	exportOf(t, a, "2025", filepath.Join(in, "甲.xlsx"))
	exportOf(t, b, "2025", filepath.Join(in, "乙.xlsx"))
	exportOf(t, b, "2024", filepath.Join(in, "乙-2024.xlsx"))
	if err := os.WriteFile(filepath.Join(in, "坏文件.xlsx"), []byte("not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(annualFile(t, a, "2025", "xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sh := range f.GetSheetList() {
		f.SetCellValue(sh, "A1", "戊学校2025年政府信息公开工作年度报告\n"+sh)
	}
	sheet, ref, _ := xlsx.CellRef("table3.carried_out.natural")
	f.SetCellValue(sheet, ref, 9)
	if err := f.SaveAs(filepath.Join(in, "戊-手填.xlsx")); err != nil {
		t.Fatal(err)
	}
	units = writeFile(t, t.TempDir(), "应报单位.csv", "单位名称\n甲学校\n乙学校\n戊学校\n己学校\n")
	return in, units
}

// rollupFolderFiles are the files of dir as uploads, sorted by name as the
// command reads a folder.
func rollupFolderFiles(t *testing.T, dir string) []upFile {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	var out []upFile
	for _, n := range names {
		out = append(out, rollupFileUpload(t, n))
	}
	return out
}

// rollupFileUpload is the file at path as an upload under its own name.
func rollupFileUpload(t *testing.T, path string) upFile {
	t.Helper()
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return upFile{name: filepath.Base(path), body: body}
}

// rollupPageFigures reads the sums the 汇总情况 page shows, by JSON path.
func rollupPageFigures(body string) map[string]string {
	out := map[string]string{}
	for _, m := range regexp.MustCompile(`data-cell="([^"]+)">([^<]*)<`).FindAllStringSubmatch(body, -1) {
		out[m[1]] = m[2]
	}
	return out
}

// rollupSection is the HTML of the table with id in body, "" when none.
func rollupSection(body, id string) string {
	i := strings.Index(body, `id="`+id+`"`)
	if i < 0 {
		return ""
	}
	j := strings.Index(body[i:], "</table>")
	if j < 0 {
		return body[i:]
	}
	return body[i : i+j]
}

// rollupBookCells is the cells of every sheet of an XLSX in memory, with
// replace applied to each.
func rollupBookCells(t *testing.T, raw []byte, replace *strings.Replacer) map[string][][]string {
	t.Helper()
	out := xlsxCells(t, raw)
	for _, rows := range out {
		for _, r := range rows {
			for i := range r {
				r[i] = replace.Replace(r[i])
			}
		}
	}
	return out
}
