package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report/pdf/fonts"
)

// fixedNow is the clock of every CLI test.
var fixedNow = time.Date(2026, 1, 10, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))

type result struct {
	code           int
	stdout, stderr string
}

// xxgk runs the command line in-process with the fixed clock.
func xxgk(t *testing.T, args ...string) result {
	t.Helper()
	return xxgkAt(t, fixedNow, args...)
}

func xxgkAt(t *testing.T, now time.Time, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, now: func() time.Time { return now }, getenv: func(string) string { return "" }}
	code := run(context.Background(), append([]string{"xxgk"}, args...), e)
	return result{code, out.String(), errb.String()}
}

func (r result) must(t *testing.T) result {
	t.Helper()
	if r.code != 0 {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	return r
}

// writeFile writes text (UTF-8) to dir/name and returns the path.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// newDB initialises a database in a temp dir and returns its path.
func newDB(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "unit.db")
	xxgk(t, "init", "--db", db, "--unit", "某某县教育局", "--code", "11330000MB0000001L").must(t)
	return dir, db
}

// annualJSON runs report annual --format json for year y and decodes it.
func annualJSON(t *testing.T, db string, y string) map[string]any {
	t.Helper()
	out := t.TempDir()
	xxgk(t, "report", "annual", "--db", db, "--year", y, "--out", out, "--format", "json").must(t)
	files, _ := filepath.Glob(filepath.Join(out, "*.json"))
	if len(files) != 1 {
		t.Fatalf("json files: %v", files)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// at walks a decoded JSON object by dotted keys; a key may itself hold a
// dot (table 3 rows), so the last segment is the column.
func at(t *testing.T, m map[string]any, path ...string) any {
	t.Helper()
	var cur any = m
	for _, k := range path {
		obj, ok := cur.(map[string]any)
		if !ok {
			t.Fatalf("%v: %q is not under an object", path, k)
		}
		if cur, ok = obj[k]; !ok {
			t.Fatalf("%v: no key %q", path, k)
		}
	}
	return cur
}

func row(t *testing.T, m map[string]any, code string) string {
	t.Helper()
	obj := at(t, m, "table3", code).(map[string]any)
	var parts []string
	for _, c := range []string{"natural", "commercial", "research", "nonprofit", "legal", "other_org", "total"} {
		parts = append(parts, strings.TrimSuffix(strings.TrimSuffix(jsonNum(obj[c]), ".0"), ".00"))
	}
	return strings.Join(parts, " ")
}

func jsonNum(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestInitRefusesBadCreditCode(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	r := xxgk(t, "init", "--db", db, "--unit", "某某县教育局", "--code", "11330000MB0000001X")
	if r.code != 1 || !strings.Contains(r.stderr, "校验位应为「L」") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
}

// needPDF skips a test that writes and reads PDFs on a machine without a
// Chinese font or poppler-utils (.ci/run installs both, so CI runs it).
func needPDF(t *testing.T) {
	t.Helper()
	if _, err := fonts.Find(fonts.Options{}); err != nil {
		t.Skipf("no Chinese font: %v", err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
}

// pdfText extracts a PDF's text with pdftotext (poppler-utils; .ci/run
// installs it), whitespace removed.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-raw", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), "")
}
