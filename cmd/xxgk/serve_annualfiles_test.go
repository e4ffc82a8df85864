package main

import (
	"bytes"
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"text/template"

	"github.com/xuri/excelize/v2"
	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/fonts"
	"github.com/xxgk/xxgk/report/xlsx"
	"github.com/xxgk/xxgk/samples"
	"github.com/xxgk/xxgk/templates"
)

// download posts 「下载」 of format for 2025 and fails unless a file comes.
func (b *bench) download(format string) *httptest.ResponseRecorder {
	b.t.Helper()
	rec := b.post("/annual/files", url.Values{"year": {"2025"}, "format": {format}})
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Disposition"), "attachment;") {
		b.t.Fatalf("%s: %d %s\n%s", format, rec.Code, rec.Header().Get("Content-Disposition"), rec.Body)
	}
	return rec
}

// cliAnnual writes `xxgk report annual` of 2025 with args and returns the
// folder.
func cliAnnual(t *testing.T, db string, args ...string) string {
	t.Helper()
	out := t.TempDir()
	xxgk(t, append([]string{"report", "annual", "--db", db, "--year", "2025", "--out", out}, args...)...).must(t)
	return out
}

// wantName checks rec's file name (RFC 5987) against the command's.
func wantName(t *testing.T, rec *httptest.ResponseRecorder, name string) {
	t.Helper()
	cd := rec.Header().Get("Content-Disposition")
	_, enc, _ := strings.Cut(cd, "filename*=UTF-8''")
	got, err := url.PathUnescape(enc)
	if err != nil || got != name || !strings.Contains(cd, `filename="2025-`) {
		t.Errorf("Content-Disposition %q: name %q, want %q", cd, got, name)
	}
}

// xlsxCells is every cell value of every sheet of an XLSX, by sheet.
func xlsxCells(t *testing.T, body []byte) map[string][][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][][]string{}
	for _, s := range f.GetSheetList() {
		if out[s], err = f.GetRows(s); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func annualName(ext string) string {
	return samples.UnitName + "-2025年-政府信息公开工作年度报告." + ext
}

// Each of the annual report's files downloads under the command's name
// with the command's content; the figures are recorded, so 概览 no longer
// says the report is missing.
func TestAnnualFilesDownloads(t *testing.T) {
	_, db := annualDB(t)
	b := newBench(t, db)
	if !strings.Contains(b.get("/?year=2025").Body.String(), "尚未生成 2025 年的年度报告") {
		t.Fatal("概览 should miss the report before any download")
	}
	cli := cliAnnual(t, db, "--format", "xlsx,json")
	for _, f := range []string{"xlsx", "json"} {
		rec := b.download(f)
		wantName(t, rec, annualName(f))
		want, err := os.ReadFile(filepath.Join(cli, annualName(f)))
		if err != nil {
			t.Fatal(err)
		}
		switch f {
		case "json":
			if !bytes.Equal(rec.Body.Bytes(), want) || !json.Valid(want) {
				t.Error("JSON differs from report annual's")
			}
		case "xlsx":
			got, cells := xlsxCells(t, rec.Body.Bytes()), xlsxCells(t, want)
			if !reflect.DeepEqual(got, cells) || len(cells) < 3 {
				t.Errorf("XLSX cells differ from report annual's (%d sheets)", len(cells))
			}
		}
	}
	if strings.Contains(b.get("/?year=2025").Body.String(), "尚未生成 2025 年的年度报告") {
		t.Error("概览 still misses the report after a download")
	}
}

// The web page and the PDF are drafts while narrative parts are missing
// (as report annual --draft makes them), the final version once the page
// has saved them (as report annual makes it).
func TestAnnualFilesDraftUntilComplete(t *testing.T) {
	dir, db := annualDB(t)
	b := newBench(t, db)
	draft := cliAnnual(t, db, "--format", "html", "--draft")
	rec := b.download("html")
	wantName(t, rec, annualName("html"))
	want, _ := os.ReadFile(filepath.Join(draft, annualName("html")))
	if !bytes.Equal(rec.Body.Bytes(), want) || !strings.Contains(string(want), "草稿") {
		t.Error("the page's draft differs from report annual --draft's")
	}
	var pdfDraft []byte
	if hasPDF(t) {
		rec := b.download("pdf")
		wantName(t, rec, annualName("pdf"))
		pdfDraft = rec.Body.Bytes()
		if !strings.Contains(pdfOf(t, pdfDraft), "草稿") {
			t.Error("the PDF while parts are missing is not a draft")
		}
	}
	// the page's own save completes the narrative
	form := url.Values{"year": {"2025"}, "hash": {""}}
	for _, h := range []string{report.OverviewSubheads[2], report.OverviewSubheads[3], report.OverviewSubheads[4], report.SectionTitles[4]} {
		form.Set(partKeyOf(t, h), "本单位关于"+h+"的文字。")
	}
	if rec := b.post("/annual/text", form); rec.Code != http.StatusSeeOther {
		t.Fatalf("save: %d", rec.Code)
	}
	if _, err := os.Stat(textPath(dir)); err != nil {
		t.Fatal(err)
	}
	final := cliAnnual(t, db, "--format", "html")
	want, _ = os.ReadFile(filepath.Join(final, annualName("html")))
	if got := b.download("html").Body.Bytes(); !bytes.Equal(got, want) || strings.Contains(string(got), "草稿") {
		t.Error("the final web page differs from report annual's")
	}
	if pdfDraft != nil {
		text := pdfOf(t, b.download("pdf").Body.Bytes())
		if strings.Contains(text, "草稿") || !strings.Contains(text, "本单位关于（五）监督保障的文字。") {
			t.Errorf("final PDF: %s", text)
		}
	}
}

// hasPDF tells, as needPDF does, whether PDFs can be made and read here
// (.ci/run installs a Chinese font and poppler-utils, so CI always can).
func hasPDF(t *testing.T) bool {
	if _, err := fonts.Find(fonts.Options{}); err != nil {
		t.Logf("PDF not checked: no Chinese font: %v", err)
		return false
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Log("PDF not checked: no pdftotext")
		return false
	}
	return true
}

// mustText is the embedded text templates.
func mustText(t *testing.T) *template.Template {
	t.Helper()
	tpl, err := templates.Text()
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

// pdfOf is pdfText of a PDF's bytes.
func pdfOf(t *testing.T, body []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(p, body, 0o644); err != nil {
		t.Fatal(err)
	}
	return pdfText(t, p)
}

// The export file reads back with the export reader, with the figures of
// `xxgk export`, and holds no applicant's name, contact or request.
func TestAnnualFilesExport(t *testing.T) {
	_, db := annualDB(t)
	b := newBench(t, db)
	rec := b.download("export")
	wantName(t, rec, samples.UnitName+"-2025年上报.xlsx")
	cli := filepath.Join(t.TempDir(), "上报.xlsx")
	xxgk(t, "export", "--db", db, "--year", "2025", "--out", cli).must(t)
	want, _ := os.ReadFile(cli)
	read := func(body []byte) *xlsx.ExportFile {
		f, err := excelize.OpenReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		ef, err := xlsx.ReadExport(f, "上报.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		return ef
	}
	got, exp := read(rec.Body.Bytes()), read(want)
	if !reflect.DeepEqual(got, exp) || got.Report.Table3.Rows[report.RowNew][report.TotalCol] == 0 {
		t.Error("the export differs from xxgk export's")
	}
	var personal []string
	b.st.EachRequest(t.Context(), 2025, func(q report.Request) error {
		for _, s := range []string{q.ApplicantName, q.Contact, q.Content} {
			if len([]rune(s)) >= 3 {
				personal = append(personal, s)
			}
		}
		return nil
	})
	if len(personal) == 0 {
		t.Fatal("no personal data in the sample to look for")
	}
	for sheet, rows := range xlsxCells(t, rec.Body.Bytes()) {
		for _, row := range rows {
			for _, c := range row {
				for _, p := range personal {
					if strings.Contains(c, p) {
						t.Fatalf("%s holds %q", sheet, p)
					}
				}
			}
		}
	}
}

// A download without the token, of an unknown kind, or while another
// program holds the database is refused, and no figures are recorded; a
// PDF without Chinese fonts says what the command says.
func TestAnnualFilesRefusals(t *testing.T) {
	_, db := annualDB(t)
	b := newBench(t, db)
	recorded := func() bool {
		_, ok, err := b.st.LatestSnapshot(t.Context(), "annual", "2025")
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if rec := b.post("/annual/files", url.Values{"token": {""}, "year": {"2025"}, "format": {"xlsx"}}); rec.Code != http.StatusForbidden {
		t.Errorf("without the token: %d", rec.Code)
	}
	if rec := b.post("/annual/files", url.Values{"year": {"2025"}, "format": {"docx"}}); rec.Code != http.StatusBadRequest {
		t.Errorf("unknown format: %d", rec.Code)
	}
	im := holdWriter(t, db)
	rec := b.post("/annual/files", url.Values{"year": {"2025"}, "format": {"xlsx"}})
	im.Rollback()
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), html.EscapeString(web.BusyMessage)) ||
		rec.Header().Get("Content-Disposition") != "" {
		t.Errorf("busy: %d\n%s", rec.Code, rec.Body)
	}
	if recorded() {
		t.Error("figures recorded by a refused download")
	}
	// no fonts: the command's message
	cmd := xxgkEnv(t, nil, "report", "annual", "--db", db, "--year", "2025", "--out", t.TempDir(), "--format", "pdf", "--draft")
	msg, ok := strings.CutPrefix(strings.TrimSpace(cmd.stderr), "错误：")
	if cmd.code != 1 || !ok {
		t.Fatalf("command: %d %s", cmd.code, cmd.stderr)
	}
	nofonts := newBenchWith(t, db, func(c *web.Config) {
		e := &env{stdout: newRec().Body, stderr: newRec().Body, now: c.Now, getenv: func(string) string { return "" }, fontSystem: []string{}, text: mustText(t)}
		c.Ops = newWebOps(c.Store, db, e)
	})
	rec = nofonts.post("/annual/files", url.Values{"year": {"2025"}, "format": {"pdf"}})
	if rec.Code != http.StatusInternalServerError || !strings.Contains(rec.Body.String(), html.EscapeString(strings.SplitN(msg, "\n", 2)[0])) {
		t.Errorf("no fonts: %d\n%s\nwant %s", rec.Code, rec.Body, msg)
	}
	if recorded() {
		t.Error("figures recorded by a failed download")
	}
}
