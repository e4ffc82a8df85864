package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/report"
)

var benchRows = flag.String("rows", "10000,100000", "ledger sizes for the import and report benchmarks (comma-separated)")

// writeBigRequests writes a request ledger of n rows spread over 2024–2025.
func writeBigRequests(b *testing.B, path string, n int) {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "申请编号,收到日期,申请人类型,申请人,联系方式,申请内容,申请方式,办结日期,办理结果")
	types := []string{"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"}
	outcomes := []string{"予以公开", "部分公开", "属于国家秘密", "本机关不掌握相关政府信息", "重复申请", "其他"}
	for i := 0; i < n; i++ {
		recv := report.YearStart(2024).AddDays(i % 700)
		concluded, outcome := "", ""
		if i%5 != 0 {
			concluded, outcome = recv.AddDays(10+i%30).String(), outcomes[i%len(outcomes)]
		}
		fmt.Fprintf(w, "SQ%08d,%s,%s,申请人%d,138%08d,关于某事项的信息,网络,%s,%s\n",
			i, recv, types[i%len(types)], i, i, concluded, outcome)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
}

func sizes(b *testing.B) []int { return splitSizes(b, *benchRows) }

// splitSizes parses a comma-separated list of row counts.
func splitSizes(b *testing.B, list string) []int {
	var out []int
	for _, s := range strings.Split(list, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			b.Fatalf("row counts %q: %v", list, err)
		}
		out = append(out, n)
	}
	return out
}

// importInto imports path into a new database at db.
func importInto(b *testing.B, ctx context.Context, db, path string) *data.Store {
	st, err := data.Open(ctx, db, data.OpenOptions{Create: true})
	if err != nil {
		b.Fatal(err)
	}
	if err := st.SetUnit(ctx, report.Unit{Name: "基准测试单位"}, fixedNow); err != nil {
		b.Fatal(err)
	}
	im, err := st.BeginImport(ctx, []string{path}, fixedNow)
	if err != nil {
		b.Fatal(err)
	}
	if err := ledger.ReadFile(ctx, path, im, ledger.Options{}); err != nil {
		b.Fatal(err)
	}
	if err := im.Commit(); err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkImportCSV imports a request ledger of each size into a new
// database in one transaction.
func BenchmarkImportCSV(b *testing.B) {
	ctx := context.Background()
	for _, n := range sizes(b) {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			csv := filepath.Join(dir, "requests.csv")
			writeBigRequests(b, csv, n)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				db := filepath.Join(dir, fmt.Sprintf("b%d.db", i))
				importInto(b, ctx, db, csv).Close()
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
		})
	}
}

// BenchmarkAnnualReport counts one year over a request ledger of each size.
func BenchmarkAnnualReport(b *testing.B) {
	ctx := context.Background()
	for _, n := range sizes(b) {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			csv := filepath.Join(dir, "requests.csv")
			writeBigRequests(b, csv, n)
			st := importInto(b, ctx, filepath.Join(dir, "r.db"), csv)
			defer st.Close()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, _, err := report.Annual(ctx, st, 2025, report.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
