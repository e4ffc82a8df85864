package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data/xlsxguard/hostile"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/xlsx"
)

// BenchmarkRollupCommand3000 runs the whole `xxgk rollup` on the export
// files of 3,000 units, in 50 folders: reading them, summing, and writing
// the summed tables (xlsx, json), the 汇总情况 workbook of 3,000 units and
// the 汇总上报 file. The target: under 1 s on 2 cores. Run with
// -benchtime=3x -count=3; it reports rows/s as units/s and the peak of the
// live Go heap (hostile.Measure) as peak-MB.
func BenchmarkRollupCommand3000(b *testing.B) {
	const n = 3000
	dir := b.TempDir()
	writeExports(b, filepath.Join(dir, "in"), n)
	e := &env{stdout: io.Discard, stderr: io.Discard, now: func() time.Time { return fixedNow }, getenv: func(string) string { return "" }}
	opt := rollupOptions{year: 2025, name: "某某市教育局", out: filepath.Join(dir, "out"),
		formats: []string{"xlsx", "json"}, files: []string{filepath.Join(dir, "in")}, force: true}
	b.ReportAllocs()
	b.ResetTimer()
	peak, _ := hostile.Measure(func() {
		for range b.N {
			if err := runRollup(context.Background(), opt, e); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "units/s")
	b.ReportMetric(float64(peak>>20), "peak-MB")
}

// writeExports writes n units' export files under dir, on every core.
func writeExports(b testing.TB, dir string, n int) {
	b.Helper()
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r := reporttest.Annual(reporttest.Sequential(1 + i%97))
				r.Year, r.Unit = 2025, report.Unit{Name: fmt.Sprintf("第%04d号学校", i)}
				var buf bytes.Buffer
				if err := xlsx.WriteExport(&buf, r, xlsx.ExportMeta{Version: "bench"}); err != nil {
					b.Error(err)
					return
				}
				path := filepath.Join(dir, fmt.Sprintf("%02d", i%50), r.Unit.Name+".xlsx")
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					b.Error(err)
					return
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					b.Error(err)
					return
				}
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
