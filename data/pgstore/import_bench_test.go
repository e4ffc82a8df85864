package pgstore

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/xxgk/xxgk/data"
	sheets "github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/data/pgstore/pgtest"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/samples/province"
)

// benchRows is the size of the benchmarks' publication ledger.
const benchRows = 100_000

// BenchmarkImportPG imports a generated ledger of 100,000 publications
// (samples/province, every column filled in) with the ledger reader into
// a new unit and again into a unit that holds it (every row unchanged), on
// PostgreSQL and, for comparison, on SQLite. Without XXGK_TEST_PG the
// PostgreSQL halves skip.
func BenchmarkImportPG(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	csv := filepath.Join(dir, "publications.csv")
	f, err := os.Create(csv)
	if err != nil {
		b.Fatal(err)
	}
	opt := province.Defaults()
	opt.Publications = benchRows
	if _, err := province.WritePublications(ctx, f, opt); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	once := func(b *testing.B, st importer, want data.Stats) {
		im, err := st.BeginImport(ctx, []string{csv}, importNow)
		if err != nil {
			b.Fatal(err)
		}
		defer im.Rollback()
		if err := sheets.ReadFile(ctx, csv, im, sheets.Options{}); err != nil {
			b.Fatal(err)
		}
		if _, err := im.Absent(); err != nil {
			b.Fatal(err)
		}
		if got := im.Stats(); len(got) != 1 || got[0].Stats != want {
			b.Fatalf("import: %+v, want %+v", got, want)
		}
		if err := im.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	added, unchanged := data.Stats{Added: benchRows}, data.Stats{Unchanged: benchRows}
	rate := func(b *testing.B) {
		b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	}
	sqlite := func(b *testing.B, i int) *data.Store {
		st, err := data.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)), data.OpenOptions{Create: true})
		if err != nil {
			b.Fatal(err)
		}
		return st
	}
	b.Run("store=sqlite/new", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			st := sqlite(b, i)
			b.StartTimer()
			once(b, st, added)
			b.StopTimer()
			st.Close()
			b.StartTimer()
		}
		rate(b)
	})
	b.Run("store=sqlite/again", func(b *testing.B) {
		st := sqlite(b, 0)
		defer st.Close()
		once(b, st, added)
		for b.Loop() {
			once(b, st, unchanged)
		}
		rate(b)
	})
	// The database lives as long as the whole benchmark: parent is the
	// top-level b, which a sub-benchmark must not skip.
	parent := b
	var s *Store
	open := func(b *testing.B) *Store {
		if _, ok := os.LookupEnv("XXGK_TEST_PG"); !ok {
			b.Skip("XXGK_TEST_PG is not set: no PostgreSQL to benchmark against")
		}
		if s == nil {
			var err error
			if s, err = Open(ctx, pgtest.DB(parent)); err != nil {
				b.Fatal(err)
			}
			if err := s.Migrate(ctx); err != nil {
				b.Fatal(err)
			}
		}
		return s
	}
	defer func() {
		if s != nil {
			s.Close()
		}
	}()
	units := 0
	unit := func(b *testing.B) *Unit {
		units++
		u, err := open(b).AddUnit(ctx, report.Unit{Name: "基准单位", Code: fmt.Sprintf("BENCH-%d", units)}, "", importNow)
		if err != nil {
			b.Fatal(err)
		}
		return u
	}
	b.Run("store=pg/new", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			u := unit(b)
			b.StartTimer()
			once(b, u, added)
		}
		rate(b)
	})
	b.Run("store=pg/again", func(b *testing.B) {
		u := unit(b)
		once(b, u, added)
		for b.Loop() {
			once(b, u, unchanged)
		}
		rate(b)
	})
}
