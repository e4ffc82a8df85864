package province

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// TestTreeIsAProvinceOfDistinctUnitsParentsFirst: the default tree has
// 1 + 10 + 200 units above 2,000 schools, distinct valid codes and names,
// every parent listed before its children one level up.
func TestTreeIsAProvinceOfDistinctUnitsParentsFirst(t *testing.T) {
	units := Tree(TreeOptions{Seed: 1, Year: 2025, Cities: 10, CountiesPerCity: 20, SchoolsPerCounty: 10})
	levels := map[int]int{}
	seen := map[string]int{} // code → level
	names := map[string]bool{}
	for i, u := range units {
		if err := report.CheckCreditCode(u.Code); err != nil {
			t.Fatalf("unit %d: %v", i, err)
		}
		if _, dup := seen[u.Code]; dup || names[u.Name] {
			t.Fatalf("unit %d %s %s repeats an earlier unit", i, u.Code, u.Name)
		}
		if pl, ok := seen[u.Parent]; u.Level > 0 && (!ok || pl != u.Level-1) {
			t.Fatalf("unit %d %s: parent %q not listed before it one level up", i, u.Name, u.Parent)
		}
		seen[u.Code], names[u.Name] = u.Level, true
		levels[u.Level]++
	}
	if levels[0] != 1 || levels[1] != 10 || levels[2] != 200 || levels[3] != 2000 {
		t.Errorf("levels %v", levels)
	}
}

// TestWriteTreeWritesEachSchoolsLedgers: the list has every unit and each
// school's folder holds its publications and applications, as many as
// SchoolSize says.
func TestWriteTreeWritesEachSchoolsLedgers(t *testing.T) {
	dir := t.TempDir()
	opt := TreeOptions{Seed: 3, Year: 2025, Cities: 1, CountiesPerCity: 2, SchoolsPerCounty: 2}
	units, err := WriteTree(t.Context(), dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(readCSV(t, filepath.Join(dir, TreeCSV))); got != len(units)+1 || len(units) != 1+1+2+4 {
		t.Fatalf("tree.csv has %d lines for %d units", got, len(units))
	}
	i := 0
	for _, u := range units {
		if u.Level != 3 {
			continue
		}
		pubs, reqs := SchoolSize(opt.Seed, i)
		i++
		if pubs < 200 || pubs > 500 || reqs < 10 || reqs > 30 {
			t.Errorf("school %s: %d publications, %d applications", u.Code, pubs, reqs)
		}
		for file, want := range map[string]int{PublicationsCSV: pubs, RequestsCSV: reqs} {
			f, err := os.Open(filepath.Join(dir, UnitsDir, u.Code, file))
			if err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(f).ReadAll()
			f.Close()
			if err != nil || len(rows) != want+1 {
				t.Errorf("school %s %s: %d lines, want %d (%v)", u.Code, file, len(rows), want+1, err)
			}
		}
	}
}
