package main

import (
	"net/http"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// Each download of 月度进展 is the command's file for the same database
// and clock: the same name and the same cells (the PDF: the same text),
// with no applicant's personal data.
func TestWorkbenchMonthlyDownloads(t *testing.T) {
	dir, db := importSamples(t)
	out := monthlyOut(t, db, "2025-11", "xlsx")
	exp := filepath.Join(dir, "示例县教育局-2025年11月上报.xlsx")
	xxgk(t, "export", "--db", db, "--month", "2025-11", "--out", exp).must(t)
	year := monthlyOut(t, db, "2025", "xlsx")
	b := newBench(t, db)
	personal := personalData(t, b)
	cases := []struct {
		form  []string
		want  string // the command's file
		ctype string
	}{
		{[]string{"month", "2025-11", "format", "xlsx"}, filepath.Join(out, "示例县教育局-2025年11月-政务公开工作进展和完成情况.xlsx"), "spreadsheetml"},
		{[]string{"month", "2025-11", "format", "export"}, exp, "spreadsheetml"},
		{[]string{"year", "2025", "format", "xlsx"}, filepath.Join(year, "示例县教育局-2025年-政务公开工作逐月情况.xlsx"), "spreadsheetml"},
	}
	for _, c := range cases {
		rec := b.post("/monthly/files", formOf(c.form...))
		got := savedDownload(t, rec)
		if filepath.Base(got) != filepath.Base(c.want) {
			t.Errorf("%v: named %q, the command writes %q", c.form, filepath.Base(got), filepath.Base(c.want))
		}
		if !strings.Contains(rec.Header().Get("Content-Type"), c.ctype) {
			t.Errorf("%v: Content-Type %q", c.form, rec.Header().Get("Content-Type"))
		}
		if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, `filename="monthly-`) || !strings.Contains(cd, "filename*=UTF-8''") {
			t.Errorf("%v: Content-Disposition %q", c.form, cd)
		}
		page, cmd := cells(t, got), cells(t, c.want)
		if !reflect.DeepEqual(page, cmd) {
			t.Errorf("%v: the download's cells differ from the command's file", c.form)
		}
		noPersonalData(t, c.form, page, personal)
	}
}

// The PDF download is the command's PDF: same name, same text.
func TestWorkbenchMonthlyPDF(t *testing.T) {
	needPDF(t)
	_, db := importSamples(t)
	out := monthlyOut(t, db, "2025-11", "pdf")
	want := filepath.Join(out, "示例县教育局-2025年11月-政务公开工作进展和完成情况.pdf")
	b := newBench(t, db)
	rec := b.post("/monthly/files", formOf("month", "2025-11", "format", "pdf"))
	got := savedDownload(t, rec)
	if filepath.Base(got) != filepath.Base(want) || rec.Header().Get("Content-Type") != "application/pdf" {
		t.Errorf("named %q (%s), the command writes %q", filepath.Base(got), rec.Header().Get("Content-Type"), filepath.Base(want))
	}
	text := pdfText(t, got)
	if text != pdfText(t, want) {
		t.Error("the PDF's text differs from the command's")
	}
	if !strings.Contains(text, "四、依申请公开办理情况") {
		t.Errorf("PDF text: %.200s", text)
	}
	noPersonalData(t, "pdf", map[string][][]string{"": {{text}}}, personalData(t, b))
}

// personalData are the applicants' names, contacts and requests of the
// database: none may leave the unit in a file.
func personalData(t *testing.T, b *bench) []string {
	t.Helper()
	var out []string
	err := b.st.EachRequest(t.Context(), 2025, func(r report.Request) error {
		for _, v := range []string{r.ApplicantName, r.Contact, r.Content} {
			if len([]rune(v)) >= 2 {
				out = append(out, v)
			}
		}
		return nil
	})
	if err != nil || len(out) == 0 {
		t.Fatalf("the sample's applicants: %v (%d)", err, len(out))
	}
	return out
}

func noPersonalData(t *testing.T, what any, book map[string][][]string, personal []string) {
	t.Helper()
	for sheet, rows := range book {
		for _, r := range rows {
			for _, c := range r {
				for _, p := range personal {
					if strings.Contains(c, p) {
						t.Errorf("%v: %s holds the applicant's %q", what, sheet, p)
					}
				}
			}
		}
	}
}

// Refusals: a month that is none gives the page with a message (400),
// a download without the token 403, a format the period has not 400.
func TestWorkbenchMonthlyRefusals(t *testing.T) {
	_, db := newDB(t)
	b := newBench(t, db)
	for path, want := range map[string]string{
		"/monthly?month=2026-13": "月份「2026-13」不是有效月份",
		"/monthly?month=abc":     "月份「abc」不是有效月份",
		"/monthly?year=20x6":     "年度「20x6」不是有效年度",
	} {
		rec := b.get(path)
		if rec.Code != http.StatusBadRequest || !strings.Contains(pageText(t, rec.Body.String(), "period-error"), want) {
			t.Errorf("%s: %d %q", path, rec.Code, pageText(t, rec.Body.String(), "period-error"))
		}
		if strings.Contains(rec.Body.String(), `aria-current="page">`+"1月") {
			t.Errorf("%s: a month is marked as chosen", path)
		}
	}
	for _, f := range [][]string{{"month", "2025-11", "format", "xlsx", "token", ""}, {"month", "2025-11", "format", "xlsx", "token", "wrong"}} {
		rec := b.post("/monthly/files", formOf(f...))
		if rec.Code != http.StatusForbidden || rec.Header().Get("Content-Disposition") != "" {
			t.Errorf("token %q: %d", f[5], rec.Code)
		}
	}
	for _, c := range []struct {
		form []string
		want string
	}{
		{[]string{"year", "2025", "format", "pdf"}, "全年逐月情况只生成 Excel 文件"},
		{[]string{"year", "2025", "format", "export"}, "全年逐月情况只生成 Excel 文件"},
		{[]string{"month", "2025-11", "format", "docx"}, "不能生成「docx」格式的文件"},
		{[]string{"month", "2025-13", "format", "xlsx"}, "不是有效月份"},
		{[]string{"format", "xlsx"}, "缺少月份"},
	} {
		rec := b.post("/monthly/files", formOf(c.form...))
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), c.want) || rec.Header().Get("Content-Disposition") != "" {
			t.Errorf("%v: %d\n%s", c.form, rec.Code, rec.Body)
		}
	}
}

// While another program holds the write lock (an import under way), the
// page and its downloads still answer, with the same figures: they only
// read, and SQLite's WAL never blocks a reader, so a clerk can look at a
// month while an import runs; nothing is written by them.
func TestWorkbenchMonthlyWhileAnotherWrites(t *testing.T) {
	_, db := importSamples(t)
	b := newBench(t, db)
	quiet := b.get("/monthly?month=2025-11").Body.String()
	file := cells(t, savedDownload(t, b.post("/monthly/files", formOf("month", "2025-11", "format", "export"))))
	im := holdWriter(t, db)
	defer im.Rollback()
	rec := b.get("/monthly?month=2025-11")
	if rec.Code != http.StatusOK || rec.Body.String() != quiet {
		t.Errorf("page during another's write: %d, same page %v", rec.Code, rec.Body.String() == quiet)
	}
	down := b.post("/monthly/files", formOf("month", "2025-11", "format", "export"))
	if !reflect.DeepEqual(cells(t, savedDownload(t, down)), file) {
		t.Error("download during another's write differs")
	}
}
