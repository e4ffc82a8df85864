package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report/reporttest"
)

// sampleOutput is where the demo's outputs are kept in the repository.
const sampleOutput = "../../samples/output"

// TestDemoOutputsMatchSamples runs the demo with the fixed clock and
// compares every output with the copy under samples/output, so that the
// committed sample outputs never drift from the code (-update rewrites
// them). XLSX files are compared by their cells, not their bytes.
func TestDemoOutputsMatchSamples(t *testing.T) {
	needPDF(t)
	out := t.TempDir()
	r := xxgk(t, "demo", "--out", out).must(t)
	for _, want := range []string{"导入完成：新增 564 条", "年度报告.xlsx", "年度报告.json", "年度报告.pdf", "年度报告.html", "核对结果.txt", "台账模板.xlsx", "演示完成"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("demo output lacks %q:\n%s", want, r.stderr)
		}
	}
	names := []string{
		"示例县教育局-2025年-政府信息公开工作年度报告.xlsx",
		"示例县教育局-2025年-政府信息公开工作年度报告.json",
		"示例县教育局-2025年-政府信息公开工作年度报告.html",
		"示例县教育局-2025年-政府信息公开工作年度报告.pdf",
		"示例县教育局-2025年-核对结果.txt",
		"示例县教育局-2025年11月-政务公开工作进展和完成情况.xlsx",
		"示例县教育局-2025年11月-政务公开工作进展和完成情况.json",
		"示例县教育局-2025年11月-政务公开工作进展和完成情况.pdf",
		"台账模板.xlsx",
	}
	for _, ext := range []string{"xlsx", "json", "pdf"} {
		names = append(names, "示例县教育局-2025年-政府信息公开工作自查报告."+ext)
	}
	if reporttest.Update() {
		if err := os.MkdirAll(sampleOutput, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			b, err := os.ReadFile(filepath.Join(out, n))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(sampleOutput, n), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	for _, n := range names {
		got, want := filepath.Join(out, n), filepath.Join(sampleOutput, n)
		if strings.HasSuffix(n, ".pdf") {
			// The PDF's layout depends on the fonts a machine has, so it is
			// checked by its text, not against the committed copy.
			text := pdfText(t, got)
			wants := []string{"示例县教育局2025年政府信息公开工作年度报告", "一、总体情况", "六、其他需要报告的事项", "收取信息处理费1700.00元"}
			if strings.Contains(n, "自查报告") {
				wants = []string{"示例县教育局2025年政府信息公开工作自查报告", "二、逐项自查", "（一）发布时限", "五、整改措施"}
			}
			if strings.Contains(n, "11月") {
				wants = []string{"示例县教育局2025年11月政务公开工作进展和完成情况", "一、工作任务推进情况", "RW2025-14"}
			}
			for _, want := range wants {
				if !strings.Contains(text, want) {
					t.Errorf("demo PDF lacks %q", want)
				}
			}
			continue
		}
		if strings.HasSuffix(n, ".xlsx") {
			if g, w := cells(t, got), cells(t, want); !reflect.DeepEqual(g, w) {
				t.Errorf("%s differs from samples/output (run go test ./cmd/xxgk/ -update and review the diff)", n)
			}
			continue
		}
		g, _ := os.ReadFile(got)
		w, err := os.ReadFile(want)
		if err != nil {
			t.Fatalf("%v (run go test ./cmd/xxgk/ -update)", err)
		}
		if !bytes.Equal(g, w) {
			t.Errorf("%s differs from samples/output (run go test ./cmd/xxgk/ -update and review the diff)", n)
		}
	}
}

// cells reads every sheet's cell values of the workbook at path.
func cells(t *testing.T, path string) map[string][][]string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return xlsxCells(t, raw)
}
