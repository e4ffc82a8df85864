package main

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/samples"
)

// uploadBench is a workbench whose uploads go to tmp (checked empty
// after each case) and are capped at limit bytes (0: the default).
func uploadBench(t *testing.T, db string, limit int64) (*bench, string) {
	t.Helper()
	tmp := t.TempDir()
	b := newBenchWith(t, db, func(c *web.Config) { c.MaxUpload, c.TempDir = limit, tmp })
	return b, tmp
}

// upFile is one file of an upload: the name the browser sends and its bytes.
type upFile struct {
	name string
	body []byte
}

// upload posts the 导入台账 form as a browser does: the token first
// (unless token is empty), the box when replace, then the files.
func (b *bench) upload(token string, replace bool, files ...upFile) *httptest.ResponseRecorder {
	b.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if token != "" {
		mw.WriteField("token", token)
	}
	if replace {
		mw.WriteField("replace", "1")
	}
	for _, f := range files {
		w, err := mw.CreateFormFile("files", f.name)
		if err != nil {
			b.t.Fatal(err)
		}
		w.Write(f.body)
	}
	return b.sendMultipart("/import", &buf, mw)
}

// sendMultipart closes mw and posts what it wrote to buf to path, with
// the loopback Host.
func (b *bench) sendMultipart(path string, buf *bytes.Buffer, mw *multipart.Writer) *httptest.ResponseRecorder {
	b.t.Helper()
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, path, buf)
	req.Host = "127.0.0.1:8080"
	req.Header.Set("Content-Type", mw.FormDataContentType())
	rec := httptest.NewRecorder()
	b.srv.ServeHTTP(rec, req)
	return rec
}

// follow GETs where rec redirects to (303), failing otherwise.
func (b *bench) follow(rec *httptest.ResponseRecorder) *httptest.ResponseRecorder {
	b.t.Helper()
	if rec.Code != http.StatusSeeOther {
		b.t.Fatalf("status %d, want 303\n%s", rec.Code, rec.Body)
	}
	return b.get(rec.Header().Get("Location"))
}

// emptyDir fails unless dir holds nothing.
func emptyDir(t *testing.T, dir string) {
	t.Helper()
	left, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 0 {
		t.Fatalf("temporary folder not empty: %v", left)
	}
}

// sampleDB is a fresh database of the sample unit, nothing imported.
func sampleDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "unit.db")
	xxgk(t, "init", "--db", db, "--unit", samples.UnitName, "--code", samples.UnitCode).must(t)
	return db
}

// sampleFile is the sample workbook as an upload.
func sampleFile() upFile {
	return upFile{name: samples.LedgerFileName, body: samples.LedgerWorkbook}
}
