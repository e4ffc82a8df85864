package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/samples"
)

// The sample unit's year on the shared database gives the clerk what the
// unit's SQLite file gives: the same import summary, annual tables,
// check, monthly summaries of the year, self-inspection and due list,
// byte for byte but for where the files went and when they were made;
// a second import of the unchanged workbook changes nothing.
func TestSharedJourneySameAsSQLite(t *testing.T) {
	dsn := sharedTestDB(t, true)
	dir := t.TempDir()
	wb := filepath.Join(dir, samples.LedgerFileName)
	if err := os.WriteFile(wb, samples.LedgerWorkbook, 0o600); err != nil {
		t.Fatal(err)
	}
	lite := filepath.Join(dir, "unit.db")
	pg := []string{"--db", dsn, "--unit-code", samples.UnitCode}
	sq := []string{"--db", lite}
	xxgk(t, "init", "--db", lite, "--unit", samples.UnitName, "--code", samples.UnitCode).must(t)
	xxgk(t, "init", "--db", dsn, "--unit", samples.UnitName, "--code", samples.UnitCode).must(t)

	type step struct {
		name string
		args func(db []string, out string) []string
	}
	steps := []step{
		{"import", func(db []string, _ string) []string { return append(append([]string{"import"}, db...), wb) }},
		{"import again", func(db []string, _ string) []string { return append(append([]string{"import"}, db...), wb) }},
		{"annual", func(db []string, out string) []string {
			return append(append([]string{"report", "annual"}, db...), "--year", "2025", "--format", "json", "--out", out)
		}},
		{"check", func(db []string, _ string) []string {
			return append(append([]string{"check"}, db...), "--year", "2025")
		}},
		{"monthly", func(db []string, out string) []string {
			return append(append([]string{"report", "monthly"}, db...), "--month", "2025", "--format", "json", "--out", out)
		}},
		{"selfcheck", func(db []string, out string) []string {
			return append(append([]string{"report", "selfcheck"}, db...), "--year", "2025", "--format", "json", "--draft", "--out", out)
		}},
		{"due", func(db []string, _ string) []string { return append([]string{"due"}, db...) }},
	}
	produced := regexp.MustCompile(`"produced": *"[^"]*"`)
	for _, s := range steps {
		outPG, outSQ := filepath.Join(dir, "pg-"+s.name), filepath.Join(dir, "sq-"+s.name)
		rp := xxgk(t, s.args(pg, outPG)...)
		rs := xxgk(t, s.args(sq, outSQ)...)
		norm := func(r result, out, db string) string {
			text := strings.ReplaceAll(r.stdout+"\n"+r.stderr, out, "OUT")
			text = strings.ReplaceAll(text, db, "DB")
			return text
		}
		if rp.code != rs.code || norm(rp, outPG, redactDSN(dsn)) != norm(rs, outSQ, lite) {
			t.Errorf("%s: PostgreSQL exit %d\n%s\nSQLite exit %d\n%s", s.name, rp.code, norm(rp, outPG, redactDSN(dsn)), rs.code, norm(rs, outSQ, lite))
		}
		if s.name == "import again" && !strings.Contains(rp.stderr, "新增 0 条，更新 0 条") {
			t.Errorf("second import on PostgreSQL: %q, want nothing new or changed", rp.stderr)
		}
		files, _ := filepath.Glob(filepath.Join(outSQ, "*.json"))
		for _, f := range files {
			want, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(outPG, filepath.Base(f)))
			if err != nil {
				t.Errorf("%s: %v", s.name, err)
				continue
			}
			if g, w := produced.ReplaceAll(got, nil), produced.ReplaceAll(want, nil); string(g) != string(w) {
				t.Errorf("%s: %s differs between the stores", s.name, filepath.Base(f))
			}
		}
		if (s.name == "annual" || s.name == "monthly" || s.name == "selfcheck") && len(files) == 0 {
			t.Errorf("%s wrote no JSON in %s", s.name, outSQ)
		}
	}
}
