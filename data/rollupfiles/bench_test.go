package rollupfiles

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/xxgk/xxgk/data/xlsxguard/hostile"
	"github.com/xxgk/xxgk/report/rollup"
)

// BenchmarkReadAll3000 reads and sums 3,000 units' export files with one
// worker per CPU (docs/figures.md §2–3: a city of 3,000 schools must roll up in under
// 10 s). Run with -benchtime=3x -count=3; it reports units/s and the peak
// of the live Go heap (hostile.Measure) as peak-MB.
func BenchmarkReadAll3000(b *testing.B) {
	benchmarkReadAll(b, 3000, 0)
}

// BenchmarkReadAll3000Mixed is the same with one file in two filled in by
// hand, as most schools send them: each is opened twice, as an export
// first.
func BenchmarkReadAll3000Mixed(b *testing.B) {
	benchmarkReadAll(b, 3000, 2)
}

// benchmarkReadAll writes n files, every handEvery-th one filled in by
// hand (none when 0), then times ReadAll and Sum.
func benchmarkReadAll(b *testing.B, n, handEvery int) {
	dir := b.TempDir()
	writeUnits(b, dir, n, handEvery)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	peak, _ := hostile.Measure(func() {
		for range b.N {
			inputs, err := ReadAll(ctx, []string{dir}, Options{Workers: runtime.NumCPU()})
			if err != nil {
				b.Fatal(err)
			}
			res := rollup.Sum("某某市教育局", 2025, inputs, nil)
			if len(res.Units) != n {
				b.Fatalf("%d units summed, want %d; excluded %+v", len(res.Units), n, res.Excluded[:min(3, len(res.Excluded))])
			}
		}
	})
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(b.N), "cpu-ms/rollup")
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/rollup")
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "units/s")
	b.ReportMetric(float64(peak>>20), "peak-MB")
}

// writeUnits writes n distinct units' files to dir, in parallel.
func writeUnits(b *testing.B, dir string, n, handEvery int) {
	b.Helper()
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				name := fmt.Sprintf("第%04d号学校", i)
				r := school(name, "", 2025, i%97)
				var data []byte
				if handEvery > 0 && i%handEvery == 0 {
					data = handTable(b, r, name+"2025年政府信息公开工作年度报告")
				} else {
					data = exportFile(b, withStats(r, i%97))
				}
				writeFile(b, dir, fmt.Sprintf("%02d/%s.xlsx", i%50, name), data)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
