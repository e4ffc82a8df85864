package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/samples/province"
)

var pubRows = flag.String("pubrows", "100000", "publication ledger sizes for the import benchmarks (comma-separated, e.g. 100000,1000000)")

// writeFullPublications writes the provincial year's publication ledger
// (samples/province, as .ci/compare imports it) cut to n rows: every
// column filled in, dates over 2025.
func writeFullPublications(b *testing.B, path string, n int) {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	opt := province.Defaults()
	opt.Publications = n
	if _, err := province.WritePublications(context.Background(), f, opt); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
}

// pubSizes is the -pubrows list.
func pubSizes(b *testing.B) []int { return splitSizes(b, *pubRows) }

// importOnce imports path into st in one transaction and returns the stats.
func importOnce(b *testing.B, ctx context.Context, st *data.Store, path string) []data.LedgerStats {
	im, err := st.BeginImport(ctx, []string{path}, fixedNow)
	if err != nil {
		b.Fatal(err)
	}
	if err := ledger.ReadFile(ctx, path, im, ledger.Options{}); err != nil {
		b.Fatal(err)
	}
	stats := im.Stats()
	if err := im.Commit(); err != nil {
		b.Fatal(err)
	}
	return stats
}

// reportPeak reports the memory the Go heap took from the system by the
// end of the benchmark, as heapsys-MB (SQLite's page cache is outside it:
// /usr/bin/time -v on xxgk import counts both).
func reportPeak(b *testing.B) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heapsys-MB")
}

// BenchmarkImportPublications imports a publication ledger of each
// -pubrows size into a new database.
func BenchmarkImportPublications(b *testing.B) {
	ctx := context.Background()
	for _, n := range pubSizes(b) {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			csv := filepath.Join(dir, "publications.csv")
			writeFullPublications(b, csv, n)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				db := filepath.Join(dir, fmt.Sprintf("b%d.db", i))
				importInto(b, ctx, db, csv).Close()
				b.StopTimer()
				os.Remove(db)
				os.Remove(db + "-wal")
				os.Remove(db + "-shm")
				b.StartTimer()
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
			reportPeak(b)
		})
	}
}

// BenchmarkReimportPublications imports the same publication ledger again
// into a database that holds it already: every row is unchanged.
func BenchmarkReimportPublications(b *testing.B) {
	ctx := context.Background()
	for _, n := range pubSizes(b) {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			csv := filepath.Join(dir, "publications.csv")
			writeFullPublications(b, csv, n)
			st := importInto(b, ctx, filepath.Join(dir, "p.db"), csv)
			defer st.Close()
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				stats := importOnce(b, ctx, st, csv)
				if len(stats) != 1 || stats[0].Unchanged != n || stats[0].Total() != n {
					b.Fatalf("re-import: %+v, want %d unchanged", stats, n)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
			reportPeak(b)
		})
	}
}
