package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/samples/province"
)

// TestProvincialYearImportsAndRollsUp runs a small provincial year of
// samples/province through xxgk: the ledgers import with the counts the
// generator reports, a second import of the same rows changes nothing,
// and the exports roll up with every unit counted and none missing.
func TestProvincialYearImportsAndRollsUp(t *testing.T) {
	dir := t.TempDir()
	opt := province.Options{Seed: 5, Year: 2025, Publications: 1500, Requests: 300, Exports: 8}
	m, err := province.Generate(context.Background(), dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	in := func(name string) string { return filepath.Join(dir, name) }
	db := in("p.db")
	xxgk(t, "init", "--db", db, "--unit", province.OwnName, "--code", province.OwnCode).must(t)
	steps := []struct{ file, want string }{
		{province.PublicationsCSV, fmt.Sprintf("主动公开：读取 %d 条，新增 %d 条，更新 0 条，未变 0 条", m.Publications, m.Publications)},
		{province.RequestsXLSX, fmt.Sprintf("依申请公开：读取 %d 条，新增 %d 条，更新 0 条，未变 0 条", m.Requests, m.Requests)},
		{province.RequestsCSV, fmt.Sprintf("依申请公开：读取 %d 条，新增 0 条，更新 0 条，未变 %d 条", m.Requests, m.Requests)},
		{province.PublicationsCSV, fmt.Sprintf("主动公开：读取 %d 条，新增 0 条，更新 0 条，未变 %d 条", m.Publications, m.Publications)},
	}
	for _, s := range steps {
		r := xxgk(t, "import", "--db", db, in(s.file)).must(t)
		if !strings.Contains(r.stderr, s.want) {
			t.Errorf("import %s: %s\nwant %s", s.file, r.stderr, s.want)
		}
	}
	xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--format", "json", "--out", in("annual")).must(t)
	got := figures(t, filepath.Join(in("annual"), province.OwnName+"-2025年-政府信息公开工作年度报告.json"))
	if got["table3.new.total"] != fmt.Sprint(m.Requests) {
		t.Errorf("table3 new total %s, want the %d applications generated", got["table3.new.total"], m.Requests)
	}
	r := xxgk(t, "rollup", "--year", "2025", "--name", "示例市教育局", "--units", in(province.UnitsCSV),
		"--format", "json", "--out", in("rollup"), in(province.ExportsDir)).must(t)
	if want := fmt.Sprintf("汇总 %d 个单位；未报送 0 个；有问题 0 处；未计入的文件 0 个。", m.Exports); !strings.Contains(r.stderr, want) {
		t.Errorf("rollup: %s\nwant %s", r.stderr, want)
	}
}
