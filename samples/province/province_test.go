package province

import (
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// small is a year small enough for a test.
func small(seed uint64) Options {
	return Options{Seed: seed, Year: 2025, Publications: 3000, Requests: 400, Exports: 6}
}

// generate writes o into a new folder and returns it with its manifest.
func generate(t *testing.T, o Options) (string, Manifest) {
	t.Helper()
	dir := t.TempDir()
	m, err := Generate(context.Background(), dir, o)
	if err != nil {
		t.Fatal(err)
	}
	return dir, m
}

// hashes returns the SHA-256 of every file under dir, by relative path.
func hashes(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		sum := sha256.Sum256(b)
		out[rel] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, _ := generate(t, small(7))
	b, _ := generate(t, small(7))
	ha, hb := hashes(t, a), hashes(t, b)
	if len(ha) != 4+small(7).Exports {
		t.Fatalf("%d files, want %d", len(ha), 4+small(7).Exports)
	}
	for name, h := range ha {
		if hb[name] != h {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
	}
	c, _ := generate(t, small(8))
	if hashes(t, c)[PublicationsCSV] == ha[PublicationsCSV] {
		t.Error("another seed gave the same publications")
	}
}

// readCSV reads a generated CSV file.
func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestGenerateWritesWhatItSays(t *testing.T) {
	o := small(1)
	dir, m := generate(t, o)
	if m != (Manifest{Publications: o.Publications, Requests: o.Requests, Exports: o.Exports}) {
		t.Errorf("manifest %+v for %+v", m, o)
	}
	pubs := readCSV(t, filepath.Join(dir, PublicationsCSV))
	if !slices.Equal(pubs[0], PublicationHeader) || len(pubs)-1 != m.Publications {
		t.Fatalf("publications: header %v, %d rows, want %d", pubs[0], len(pubs)-1, m.Publications)
	}
	seen := map[string]bool{}
	for _, row := range pubs[1:] {
		if seen[row[0]] {
			t.Errorf("索引号 %s twice", row[0])
		}
		seen[row[0]] = true
		if d, err := time.Parse(time.DateOnly, row[2]); err != nil || d.Year() != o.Year {
			t.Errorf("%s: 发布日期 %q outside %d", row[0], row[2], o.Year)
		}
		if !slices.Contains(report.DefaultCategories, row[3]) {
			t.Errorf("%s: 类别 %q not in the default 目录", row[0], row[3])
		}
	}
	reqs := readCSV(t, filepath.Join(dir, RequestsCSV))
	if len(reqs)-1 != m.Requests {
		t.Errorf("requests.csv: %d rows, want %d", len(reqs)-1, m.Requests)
	}
	entries, err := os.ReadDir(filepath.Join(dir, ExportsDir))
	if err != nil || len(entries) != m.Exports {
		t.Errorf("exports: %d files (%v), want %d", len(entries), err, m.Exports)
	}
	if units := readCSV(t, filepath.Join(dir, UnitsCSV)); len(units)-1 != m.Exports {
		t.Errorf("units.csv: %d units, want %d", len(units)-1, m.Exports)
	}
}

func TestRequestsXLSXHoldsTheCSVRows(t *testing.T) {
	dir, _ := generate(t, small(3))
	f, err := excelize.OpenFile(filepath.Join(dir, RequestsXLSX))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := f.GetRows(requestSheet)
	if err != nil {
		t.Fatal(err)
	}
	want := readCSV(t, filepath.Join(dir, RequestsCSV))
	if len(got) != len(want) {
		t.Fatalf("xlsx %d rows, csv %d", len(got), len(want))
	}
	for i := range want {
		// excelize leaves out trailing empty cells of open applications.
		w := want[i]
		for len(w) > 0 && w[len(w)-1] == "" {
			w = w[:len(w)-1]
		}
		if !slices.Equal(got[i], w) {
			t.Fatalf("row %d: xlsx %q, csv %q", i+1, got[i], w)
		}
	}
}

func TestUnitsAreDistinctWithValidCodes(t *testing.T) {
	names, codes := map[string]bool{}, map[string]bool{}
	for i := 0; i < Defaults().Exports; i++ {
		name, code := Unit(i)
		if names[name] || codes[code] {
			t.Fatalf("unit %d: %s %s repeats an earlier unit", i, name, code)
		}
		names[name], codes[code] = true, true
		if err := report.CheckCreditCode(code); err != nil {
			t.Fatalf("unit %d: %v", i, err)
		}
	}
	if err := report.CheckCreditCode(OwnCode); err != nil {
		t.Error(err)
	}
}
