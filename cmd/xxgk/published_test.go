package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// xxgkNoFonts runs the command line as on a machine without Chinese fonts.
func xxgkNoFonts(t *testing.T, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, now: func() time.Time { return fixedNow },
		getenv: func(string) string { return "" }, fontSystem: []string{}}
	code := run(context.Background(), append([]string{"xxgk"}, args...), e)
	return result{code, out.String(), errb.String()}
}

func TestNarrativeWorkflow(t *testing.T) {
	needPDF(t)
	dir, db := importHandMade(t)
	out := t.TempDir()

	// Without a narrative file the PDF and HTML cannot be made.
	r := xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", out)
	if r.code != 1 || !strings.Contains(r.stderr, "找不到 2025 年的年报文字文件") || !strings.Contains(r.stderr, "xxgk narrative --db") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if files, _ := filepath.Glob(filepath.Join(out, "*")); len(files) != 0 {
		t.Fatalf("a refused report wrote %v", files)
	}

	// The starter file holds every heading and the generated sentences.
	r = xxgk(t, "narrative", "--db", db, "--year", "2025").must(t)
	path := filepath.Join(dir, "某某县教育局-2025年年报文字.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (stderr %s)", err, r.stderr)
	}
	for _, want := range []string{"一、总体情况", "（一）主动公开", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "新收政府信息公开申请6件"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("starter lacks %q", want)
		}
	}
	if r := xxgk(t, "narrative", "--db", db, "--year", "2025"); r.code != 1 || !strings.Contains(r.stderr, "已存在") {
		t.Errorf("overwrote the narrative: exit %d %s", r.code, r.stderr)
	}

	// An untouched starter lacks the unit's own words: the error names them.
	r = xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--format", "html")
	if r.code != 1 || !strings.Contains(r.stderr, "（三）政府信息管理") || !strings.Contains(r.stderr, "五、存在的主要问题及改进情况") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	// --draft makes it anyway, marked as a draft.
	xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--format", "html,pdf", "--draft").must(t)
	html, _ := os.ReadFile(filepath.Join(out, "某某县教育局-2025年-政府信息公开工作年度报告.html"))
	if !strings.Contains(string(html), "草稿") {
		t.Error("draft HTML is not marked 草稿")
	}
	if text := pdfText(t, filepath.Join(out, "某某县教育局-2025年-政府信息公开工作年度报告.pdf")); !strings.Contains(text, "草稿") {
		t.Error("draft PDF is not marked 草稿")
	}

	// Filled in, the report builds and the PDF carries the clerk's words
	// and the generated sentences.
	filled := strings.ReplaceAll(string(b), "（请在此填写", "我局认真落实各项要求。（原占位")
	if err := os.WriteFile(path, []byte(filled), 0o644); err != nil {
		t.Fatal(err)
	}
	out2 := t.TempDir()
	r = xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", out2, "--verbose").must(t)
	if !strings.Contains(r.stderr, "正文：") || !strings.Contains(r.stderr, "已写入") {
		t.Errorf("--verbose does not say which font serves the body: %s", r.stderr)
	}
	text := pdfText(t, filepath.Join(out2, "某某县教育局-2025年-政府信息公开工作年度报告.pdf"))
	for _, want := range []string{"某某县教育局2025年政府信息公开工作年度报告", "我局认真落实各项要求", "本年度共发出收费通知1件，收取信息处理费100.00元"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	if strings.Contains(text, "草稿") {
		t.Error("final PDF is marked 草稿")
	}
}

func TestCheckWarnsOnNarrativeNumbers(t *testing.T) {
	dir, db := importHandMade(t)
	path := filepath.Join(dir, "某某县教育局-2025年年报文字.txt")
	text := "【（二）依申请公开】\n2025年，我局共收到政府信息公开申请9件。\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	r := xxgk(t, "check", "--db", db, "--year", "2025")
	if r.code != 0 || !strings.Contains(r.stdout, "提示［年报文字］某某县教育局-2025年年报文字.txt") || !strings.Contains(r.stdout, "9") {
		t.Fatalf("exit %d\n%s", r.code, r.stdout)
	}
	os.WriteFile(path, []byte(strings.Replace(text, "9件", "6件", 1)), 0o644)
	if r := xxgk(t, "check", "--db", db, "--year", "2025"); strings.Contains(r.stdout, "年报文字") {
		t.Errorf("a right number warned:\n%s", r.stdout)
	}
}

func TestNoChineseFont(t *testing.T) {
	_, db := importHandMade(t)
	r := xxgkNoFonts(t, "report", "annual", "--db", db, "--year", "2025", "--out", t.TempDir(), "--format", "pdf", "--draft")
	if r.code != 1 || !strings.Contains(r.stderr, "apt-get install") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	out := t.TempDir()
	r = xxgkNoFonts(t, "demo", "--out", out)
	if r.code != 0 || !strings.Contains(r.stderr, "未生成 PDF") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf")); len(pdfs) != 0 {
		t.Errorf("demo wrote a PDF without fonts: %v", pdfs)
	}
	if htmls, _ := filepath.Glob(filepath.Join(out, "*.html")); len(htmls) != 1 {
		t.Errorf("demo without fonts must still write the HTML: %v", htmls)
	}
}

// With last year's report recorded, the generated sentences give the
// change (hand-made ledger: 3 applications received in 2024, 6 in 2025).
func TestSentencesCompareWithLastYear(t *testing.T) {
	dir, db := importHandMade(t)
	xxgk(t, "report", "annual", "--db", db, "--year", "2024", "--out", t.TempDir(), "--format", "json").must(t)
	out := filepath.Join(dir, "n.txt")
	xxgk(t, "narrative", "--db", db, "--year", "2025", "--out", out).must(t)
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "新收政府信息公开申请6件，较上年增加3件") {
		t.Errorf("starter lacks the change on last year:\n%s", b)
	}
}
