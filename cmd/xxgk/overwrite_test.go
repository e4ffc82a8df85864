package main

import (
	"archive/zip"
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// sqliteHeader starts every SQLite database file.
const sqliteHeader = "SQLite format 3\x00"

// stillDatabase fails t unless path is still a working xxgk database.
func stillDatabase(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(b, []byte(sqliteHeader)) {
		t.Fatalf("%s is no longer a database (%v)", path, err)
	}
	xxgk(t, "due", "--db", path, "--format", "json").must(t)
}

// No command writes over its own database, its -wal/-shm/-journal, or any
// other SQLite file, not even with --force.
func TestOutputNeverOverwritesADatabase(t *testing.T) {
	dir, db := newDB(t)
	other := filepath.Join(t.TempDir(), "other.db")
	xxgk(t, "init", "--db", other, "--unit", "另一单位").must(t)
	out := t.TempDir()
	disguised := filepath.Join(out, "某某县教育局-2025年-政府信息公开工作年度报告.xlsx")
	raw, err := os.ReadFile(other)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(disguised, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		file string // the file named in the message
	}{
		{"export over its db", []string{"export", "--db", db, "--year", "2025", "--out", db}, db},
		{"export with --force", []string{"export", "--db", db, "--year", "2025", "--out", db, "--force"}, db},
		{"export over the db's -wal", []string{"export", "--db", db, "--year", "2025", "--out", db + "-wal"}, db + "-wal"},
		{"export over the db's -journal", []string{"export", "--db", db, "--month", "2025-11", "--out", db + "-journal"}, db + "-journal"},
		{"due over its db", []string{"due", "--db", db, "--format", "xlsx", "--out", db}, db},
		{"template over a db", []string{"template", "--out", db}, db},
		{"template over its db", []string{"template", "--db", db, "--out", db}, db},
		{"template over another db", []string{"template", "--out", other, "--force"}, other},
		{"narrative over its db", []string{"narrative", "--db", db, "--year", "2025", "--out", db, "--force"}, db},
		{"report into a db as its folder", []string{"report", "annual", "--db", db, "--year", "2025", "--out", db, "--format", "json"}, db},
		{"report over a db named like its output", []string{"report", "annual", "--db", db, "--year", "2025", "--out", out, "--format", "json,xlsx", "--force"}, disguised},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := xxgk(t, c.args...)
			if r.code != 1 || !strings.Contains(r.stderr, c.file) || !strings.Contains(r.stderr, "数据库") || strings.Contains(r.stderr, "内部错误") {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			stillDatabase(t, db)
			stillDatabase(t, other)
			if b, _ := os.ReadFile(disguised); !bytes.Equal(b, raw) {
				t.Fatal("the disguised database was changed")
			}
		})
	}
	// The report refused before writing anything: not even the JSON.
	if files, _ := filepath.Glob(filepath.Join(out, "*.json")); len(files) != 0 {
		t.Errorf("a refused report wrote %v", files)
	}
	if _, err := os.Stat(db + "-journal"); err == nil {
		t.Error("a refused export created the -journal file")
	}
	_ = dir
}

// foreign is a file a clerk made: not xxgk's output of any kind.
const foreign = "本单位自己整理的文件，不是 xxgk 生成的。\n"

// refusesForeign checks that args refuse to replace the foreign file at
// path, then replace it with --force, then run again over their own output
// without --force.
func refusesForeign(t *testing.T, path string, args ...string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(foreign), 0o644); err != nil {
		t.Fatal(err)
	}
	r := xxgk(t, args...)
	if r.code != 1 || !strings.Contains(r.stderr, path+" 已存在") || !strings.Contains(r.stderr, "--force") || strings.Contains(r.stderr, "内部错误") {
		t.Fatalf("%v over a foreign file: exit %d: %s", args, r.code, r.stderr)
	}
	if b, _ := os.ReadFile(path); string(b) != foreign {
		t.Fatalf("%v changed the foreign file", args)
	}
	xxgk(t, withForce(args)...).must(t)
	if b, _ := os.ReadFile(path); string(b) == foreign {
		t.Fatalf("%v --force left the foreign file", args)
	}
	xxgk(t, args...).must(t) // its own earlier output is replaced
}

// withForce adds --force before the first flag of args (after the
// command's name), where urfave reads it.
func withForce(args []string) []string {
	for i, a := range args {
		if strings.HasPrefix(a, "--") {
			return append(append(append([]string{}, args[:i]...), "--force"), args[i:]...)
		}
	}
	return append(args, "--force")
}

func TestOutputsRefuseForeignFiles(t *testing.T) {
	_, db := importSamples(t)
	dir := t.TempDir()
	unit := "示例县教育局"
	report := func(name string) string { return filepath.Join(dir, unit+"-2025年-"+name) }
	cases := []struct {
		name string
		path string
		args []string
	}{
		{"export", filepath.Join(dir, "上报.xlsx"), []string{"export", "--db", db, "--year", "2025", "--out", filepath.Join(dir, "上报.xlsx")}},
		{"export month", filepath.Join(dir, "月报.xlsx"), []string{"export", "--db", db, "--month", "2025-11", "--out", filepath.Join(dir, "月报.xlsx")}},
		{"due", filepath.Join(dir, "待办.xlsx"), []string{"due", "--db", db, "--format", "xlsx", "--out", filepath.Join(dir, "待办.xlsx")}},
		{"template", filepath.Join(dir, "模板.xlsx"), []string{"template", "--out", filepath.Join(dir, "模板.xlsx")}},
		{"annual xlsx", report("政府信息公开工作年度报告.xlsx"), []string{"report", "annual", "--db", db, "--year", "2025", "--out", dir, "--format", "xlsx"}},
		{"annual json", report("政府信息公开工作年度报告.json"), []string{"report", "annual", "--db", db, "--year", "2025", "--out", dir, "--format", "json"}},
		{"annual html", report("政府信息公开工作年度报告.html"), []string{"report", "annual", "--db", db, "--year", "2025", "--out", dir, "--format", "html", "--draft"}},
		{"monthly xlsx", filepath.Join(dir, unit+"-2025年11月-政务公开工作进展和完成情况.xlsx"), []string{"report", "monthly", "--db", db, "--month", "2025-11", "--out", dir, "--format", "xlsx"}},
		{"monthly json", filepath.Join(dir, unit+"-2025年11月-政务公开工作进展和完成情况.json"), []string{"report", "monthly", "--db", db, "--month", "2025-11", "--out", dir, "--format", "json"}},
		{"year view xlsx", report("政务公开工作逐月情况.xlsx"), []string{"report", "monthly", "--db", db, "--month", "2025", "--out", dir, "--format", "xlsx"}},
		{"year view json", report("政务公开工作逐月情况.json"), []string{"report", "monthly", "--db", db, "--month", "2025", "--out", dir, "--format", "json"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { refusesForeign(t, c.path, c.args...) })
	}
}

func TestRollupRefusesForeignFiles(t *testing.T) {
	in := t.TempDir()
	exportOf(t, unitDB(t, "甲学校", true), "2025", filepath.Join(in, "甲.xlsx"))
	out := t.TempDir()
	args := []string{"rollup", "--year", "2025", "--name", "某某市教育局", "--out", out, "--format", "xlsx,json", in}
	for _, name := range []string{"政府信息公开工作年度报告汇总.xlsx", "政府信息公开工作年度报告汇总.json", "汇总情况.xlsx", "汇总上报.xlsx"} {
		t.Run(name, func(t *testing.T) {
			refusesForeign(t, filepath.Join(out, "某某市教育局-2025年-"+name), args...)
		})
	}
}

// A report names what it would have replaced before writing any file.
func TestReportChecksEveryOutputFirst(t *testing.T) {
	_, db := newDB(t)
	out := t.TempDir()
	json := filepath.Join(out, "某某县教育局-2025年-政府信息公开工作年度报告.json")
	if err := os.WriteFile(json, []byte(foreign), 0o644); err != nil {
		t.Fatal(err)
	}
	r := xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--format", "xlsx,json")
	if r.code != 1 || !strings.Contains(r.stderr, json) {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "某某县教育局-2025年-政府信息公开工作年度报告.xlsx")); err == nil {
		t.Error("the xlsx was written before the json was refused")
	}
}

// xxgk's output of another kind is not replaced either: a monthly export
// does not go over an annual one.
func TestOutputOfAnotherKindIsRefused(t *testing.T) {
	dir, db := newDB(t)
	path := filepath.Join(dir, "上报.xlsx")
	xxgk(t, "export", "--db", db, "--year", "2025", "--out", path).must(t)
	r := xxgk(t, "export", "--db", db, "--month", "2025-11", "--out", path)
	if r.code != 1 || !strings.Contains(r.stderr, "不是 xxgk 生成的月度") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	xxgk(t, "template", "--out", filepath.Join(dir, "t.xlsx")).must(t)
	if r := xxgk(t, "export", "--db", db, "--year", "2025", "--out", filepath.Join(dir, "t.xlsx")); r.code != 1 {
		t.Errorf("an export replaced a template: exit %d %s", r.code, r.stderr)
	}
}

// A template the clerk has filled in is a ledger: template does not
// replace it without --force, but replaces a blank one.
func TestTemplateRefusesAFilledLedger(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "2026年台账.xlsx")
	xxgk(t, "template", "--out", path).must(t)
	xxgk(t, "template", "--out", path).must(t) // still blank: replaced
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sheet := f.GetSheetList()[1]
	if err := f.SetCellStr(sheet, "A2", "GK2026-001"); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	filled, _ := os.ReadFile(path)
	r := xxgk(t, "template", "--out", path)
	want := path + " 已存在，且已填写了台账数据（工作表「" + sheet + "」第 2 行）"
	if r.code != 1 || !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "--force") {
		t.Fatalf("exit %d: %s\nwant %s", r.code, r.stderr, want)
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, filled) {
		t.Fatal("the filled ledger was changed")
	}
	xxgk(t, "template", "--out", path, "--force").must(t)
	if got := cells(t, path)[sheet]; len(got) != 1 {
		t.Errorf("--force did not write a blank template: %d rows", len(got))
	}
}

// The narrative file the clerk edits is never replaced without --force.
func TestNarrativeIsNeverReplacedWithoutForce(t *testing.T) {
	dir, db := newDB(t)
	path := filepath.Join(dir, "文字.txt")
	xxgk(t, "narrative", "--db", db, "--year", "2025", "--out", path).must(t)
	r := xxgk(t, "narrative", "--db", db, "--year", "2025", "--out", path)
	if r.code != 1 || !strings.Contains(r.stderr, path+" 已存在，为免覆盖已写的文字未作改动") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	xxgk(t, "narrative", "--db", db, "--year", "2025", "--out", path, "--force").must(t)
}

// demo can be run again in its folder, but does not replace a sample
// narrative or ledger the clerk has edited.
func TestDemoRerunKeepsEditedFiles(t *testing.T) {
	out := t.TempDir()
	xxgkNoFonts(t, "demo", "--out", out)
	if r := xxgkNoFonts(t, "demo", "--out", out); r.code != 0 {
		t.Fatalf("demo again: exit %d: %s", r.code, r.stderr)
	}
	narr := filepath.Join(out, "示例县教育局-2025年年报文字.txt")
	if err := os.WriteFile(narr, []byte("【前言】\n我改过的文字\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := xxgkNoFonts(t, "demo", "--out", out)
	if r.code != 1 || !strings.Contains(r.stderr, narr+" 已存在") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(narr); string(b) != "【前言】\n我改过的文字\n" {
		t.Error("demo replaced the edited narrative")
	}

	// The 自查文字 too: an edited one is kept, and the demo writes nothing.
	xxgkNoFonts(t, "demo", "--out", out, "--force")
	measures := filepath.Join(out, "示例县教育局-2025年自查文字.txt")
	if err := os.WriteFile(measures, []byte("五、整改措施\n\n我改过的措施\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = xxgkNoFonts(t, "demo", "--out", out)
	if r.code != 1 || !strings.Contains(r.stderr, measures+" 已存在") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(measures); string(b) != "五、整改措施\n\n我改过的措施\n" {
		t.Error("demo replaced the edited 自查文字")
	}
}

// PDFs are recognised by xxgk's Creator and Producer.
func TestPDFOutputsRefuseForeignFiles(t *testing.T) {
	needPDF(t)
	_, db := importSamples(t)
	dir := t.TempDir()
	refusesForeign(t, filepath.Join(dir, "示例县教育局-2025年-政府信息公开工作年度报告.pdf"),
		"report", "annual", "--db", db, "--year", "2025", "--out", dir, "--format", "pdf", "--draft")
	refusesForeign(t, filepath.Join(dir, "示例县教育局-2025年11月-政务公开工作进展和完成情况.pdf"),
		"report", "monthly", "--db", db, "--month", "2025-11", "--out", dir, "--format", "pdf")
}

// A template too large to be blank is taken for a filled ledger without
// reading its sheets.
func TestTemplateRefusesALargeLedger(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "台账.xlsx")
	xxgk(t, "template", "--out", path).must(t)
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, f := range z.File {
		if err := w.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	z.Close()
	pad, err := w.CreateHeader(&zip.FileHeader{Name: "xl/media/image1.bin", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	noise := rand.NewChaCha8([32]byte{1})
	if _, err := io.CopyN(pad, noise, maxTemplate); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	r := xxgk(t, "template", "--out", path)
	if r.code != 1 || !strings.Contains(r.stderr, path+" 已存在，且已填写了台账数据，不是空白模板") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
}
