package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/samples/province"
)

// benchStores makes n small unit databases (the hand-made ledgers, each
// under its own unit) and opens them as roll-up sources.
func benchStores(b *testing.B, n int) []rollupSource {
	b.Helper()
	dir := b.TempDir()
	tmpl := filepath.Join(dir, "template.db")
	e := &env{stdout: io.Discard, stderr: io.Discard, now: func() time.Time { return fixedNow }, getenv: func(string) string { return "" }}
	imp := []string{"import", "--db", tmpl}
	for name, text := range map[string]string{"依申请公开.csv": handRequests, "规范性文件.csv": handDocuments,
		"行政决定.csv": handRegisters, "收费.csv": handFees, "复议诉讼.csv": handAppeals} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		imp = append(imp, p)
	}
	for _, args := range [][]string{{"init", "--db", tmpl, "--unit", "模板"}, imp} {
		if code := run(context.Background(), append([]string{"xxgk"}, args...), e); code != 0 {
			b.Fatalf("xxgk %v: exit %d", args, code)
		}
	}
	ctx := context.Background()
	out := make([]rollupSource, n)
	for i := range out {
		db := filepath.Join(dir, fmt.Sprintf("u%04d.db", i))
		raw, err := os.ReadFile(tmpl)
		if err == nil {
			err = os.WriteFile(db, raw, 0o644)
		}
		if err != nil {
			b.Fatal(err)
		}
		st, err := openStore(ctx, e, db)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { st.Close() })
		name, code := province.Unit(i)
		u := report.Unit{Name: name, Code: code}
		if _, err := st.Init(ctx, u, nil, nil, fixedNow); err != nil {
			b.Fatal(err)
		}
		out[i] = rollupSource{unit: u, store: st}
	}
	return out
}

// BenchmarkRollupFromStores200 sums 200 small SQLite stores standing for
// the units of a shared database, with 1, 2, 4 and 8 units counted at
// once, and reports the cost of a unit (µs/unit). The stores are opened
// once, as a connection pool is.
func BenchmarkRollupFromStores200(b *testing.B) {
	const n = 200
	sources := benchStores(b, n)
	for _, jobs := range []int{1, 2, 4, 8} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			b.ReportAllocs()
			start := time.Now()
			for range b.N {
				res, _, err := sumStores(context.Background(), "某某市教育局", 2025, sources, jobs)
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Units) != n {
					b.Fatalf("%d units summed, want %d", len(res.Units), n)
				}
			}
			b.ReportMetric(float64(time.Since(start).Microseconds())/float64(b.N*n), "µs/unit")
		})
	}
}
