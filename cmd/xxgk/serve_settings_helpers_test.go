package main

import (
	"bytes"
	"html"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/samples"
)

// importedSampleDB is the sample unit's database with the sample
// workbook imported by xxgk import.
func importedSampleDB(t *testing.T) string {
	t.Helper()
	db := sampleDB(t)
	wb := filepath.Join(t.TempDir(), samples.LedgerFileName)
	if err := os.WriteFile(wb, samples.LedgerWorkbook, 0o644); err != nil {
		t.Fatal(err)
	}
	xxgk(t, "import", "--db", db, wb).must(t)
	return db
}

// calendarUpload posts the 设置 page's calendar form as a browser does:
// the token first (unless empty), then the files.
func (b *bench) calendarUpload(token string, files ...upFile) *httptest.ResponseRecorder {
	b.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if token != "" {
		mw.WriteField("token", token)
	}
	for _, f := range files {
		w, err := mw.CreateFormFile("files", f.name)
		if err != nil {
			b.t.Fatal(err)
		}
		w.Write(f.body)
	}
	return b.sendMultipart("/settings/calendar", &buf, mw)
}

// unescapedBody is the page's HTML with the entities decoded.
func unescapedBody(rec *httptest.ResponseRecorder) string {
	return html.UnescapeString(rec.Body.String())
}

// besideField is the message shown beside the field with the id name,
// or "" when there is none.
func besideField(page, name string) string {
	m := regexp.MustCompile(`<p class="error" id="` + regexp.QuoteMeta(name) + `-error">([^<]*)</p>`).FindStringSubmatch(page)
	if m == nil {
		return ""
	}
	return m[1]
}

// categoryRows are the rows of the page's 主动公开目录 table: name → items.
func categoryRows(page string) (names []string, use map[string]string) {
	i := strings.Index(page, `id="category-table"`)
	j := strings.Index(page[max(i, 0):], "</table>")
	if i < 0 || j < 0 {
		return nil, nil
	}
	use = map[string]string{}
	row := regexp.MustCompile(`<tr><td class="num">\d+</td><td>([^<]+)</td><td class="num">(\d+)</td></tr>`)
	for _, m := range row.FindAllStringSubmatch(page[i:i+j], -1) {
		names = append(names, m[1])
		use[m[1]] = m[2]
	}
	return names, use
}

// cliMessage is a refused command's message: its stderr without 「错误：」.
func cliMessage(t *testing.T, r result) string {
	t.Helper()
	if r.code == 0 {
		t.Fatalf("the command was not refused: %s", r.stderr)
	}
	return strings.TrimPrefix(strings.TrimSpace(r.stderr), "错误：")
}

// followPRG GETs where rec redirects to (303) as a browser does: without
// the address's #fragment.
func (b *bench) followPRG(rec *httptest.ResponseRecorder) *httptest.ResponseRecorder {
	b.t.Helper()
	if rec.Code != http.StatusSeeOther {
		b.t.Fatalf("status %d, want 303\n%s", rec.Code, rec.Body)
	}
	loc, _, _ := strings.Cut(rec.Header().Get("Location"), "#")
	return b.get(loc)
}
