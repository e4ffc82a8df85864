package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/samples"
)

// sampleImported is the sample unit's database with its ledgers imported.
func sampleImported(t *testing.T) string {
	t.Helper()
	db := sampleDB(t)
	book := writeFile(t, t.TempDir(), samples.LedgerFileName, string(samples.LedgerWorkbook))
	xxgk(t, "import", "--db", db, book).must(t)
	return db
}

func TestSelfCheckFlags(t *testing.T) {
	_, db := newDB(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--year", "2025"}, "缺少 --out"},
		{[]string{"--year", "2025", "--out", "x", "--format", "html"}, "--format 的值「html」无效，可选：xlsx、json、pdf。"},
		{[]string{"--year", "2025", "--out", "x", "--register-days", "0"}, "--register-days 的值 0 无效"},
		{[]string{"--year", "2025", "--out", "x", "--date", "2024-12-31"}, "早于 2025 年"},
	} {
		r := xxgk(t, append([]string{"report", "selfcheck", "--db", db}, c.args...)...)
		if r.code == 0 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %q", c.args, r.code, r.stderr, c.want)
		}
	}
}

func TestSelfCheckNames(t *testing.T) {
	if got := selfCheckFileName("示例县教育局", 2025, "pdf"); got != "示例县教育局-2025年-政府信息公开工作自查报告.pdf" {
		t.Errorf("file name %q", got)
	}
	if got := selfCheckTextPath(filepath.Join("d", "u.db"), "示例县教育局", 2025); got != filepath.Join("d", "示例县教育局-2025年自查文字.txt") {
		t.Errorf("text path %q", got)
	}
}

func TestReadMeasuresFile(t *testing.T) {
	dir := t.TempDir()
	if m, err := readMeasures(filepath.Join(dir, "none.txt")); m != nil || err != nil {
		t.Errorf("no file: %v, %v", m, err)
	}
	p := writeFile(t, dir, "自查.txt", "五、整改措施\n一是按时发布。\n")
	if m, err := readMeasures(p); err != nil || len(m) != 1 || m[0] != "一是按时发布。" {
		t.Errorf("got %q, %v", m, err)
	}
	bad := writeFile(t, dir, "bad.txt", "\x00\x01\x02binary")
	if _, err := readMeasures(bad); err == nil || !strings.Contains(err.Error(), "bad.txt") {
		t.Errorf("binary file: %v", err)
	}
}

// The whole command on the sample unit: the three files, the JSON's
// figures, the refusal without 整改措施, and the text file read.
func TestReportSelfCheck(t *testing.T) {
	db := sampleImported(t)
	out := t.TempDir()
	r := xxgk(t, "report", "selfcheck", "--db", db, "--year", "2025", "--out", out, "--format", "xlsx,json")
	r.must(t)
	for _, ext := range []string{"xlsx", "json"} {
		if !strings.Contains(r.stderr, "已写入 "+filepath.Join(out, "示例县教育局-2025年-政府信息公开工作自查报告."+ext)) {
			t.Errorf("stderr lacks the %s file: %s", ext, r.stderr)
		}
	}
	b, err := os.ReadFile(filepath.Join(out, "示例县教育局-2025年-政府信息公开工作自查报告.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc["unit"] != samples.UnitName || doc["selfcheck"] == nil {
		t.Errorf("json %v", doc)
	}
	// a file of the same name that xxgk did not write is kept
	foreign := filepath.Join(t.TempDir(), "示例县教育局-2025年-政府信息公开工作自查报告.json")
	writeFile(t, filepath.Dir(foreign), filepath.Base(foreign), "{}")
	r = xxgk(t, "report", "selfcheck", "--db", db, "--year", "2025", "--out", filepath.Dir(foreign), "--format", "json")
	if r.code == 0 || !strings.Contains(r.stderr, "不是 xxgk 生成的自查报告数据文件") {
		t.Errorf("foreign file: exit %d, %s", r.code, r.stderr)
	}
	// its own earlier output is replaced
	xxgk(t, "report", "selfcheck", "--db", db, "--year", "2025", "--out", out, "--format", "xlsx,json").must(t)
	needPDF(t)
	r = xxgk(t, "report", "selfcheck", "--db", db, "--year", "2025", "--out", out, "--format", "pdf")
	if r.code == 0 || !strings.Contains(r.stderr, "五、整改措施") || !strings.Contains(r.stderr, "--draft") {
		t.Errorf("without 整改措施: exit %d, %s", r.code, r.stderr)
	}
	text := writeFile(t, t.TempDir(), "自查.txt", "五、整改措施\n建立发布时限台账，每周核对。\n")
	xxgk(t, "report", "selfcheck", "--db", db, "--year", "2025", "--out", out, "--format", "pdf", "--narrative", text, "--date", "2025-12-31").must(t)
	pdf := pdfText(t, filepath.Join(out, "示例县教育局-2025年-政府信息公开工作自查报告.pdf"))
	for _, want := range []string{"示例县教育局2025年政府信息公开工作自查报告", "二、逐项自查", "建立发布时限台账", "2025年12月31日"} {
		if !strings.Contains(pdf, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
}
