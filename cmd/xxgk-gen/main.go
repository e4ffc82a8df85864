// Command xxgk-gen writes the provincial year of issue 15 — a publications
// CSV, a request ledger as XLSX and CSV, export files of distinct units and
// the list of those units — deterministically from a seed, for the
// benchmarks and the comparison script .ci/compare.
//
// It is a developer's tool, kept apart from xxgk so that the clerk's
// binary and its help carry no generator:
//
//	go run ./cmd/xxgk-gen --out /tmp/year --publications 1000000 --requests 100000 --exports 3000
//	go run ./cmd/xxgk-gen --out /tmp/tree --tree --cities 10 --counties 20 --schools 10
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/xxgk/xxgk/samples/province"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run parses args, generates the year and prints what it wrote; it
// returns the exit code (0 ok, 1 failed, 2 usage).
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	def := province.Defaults()
	fs := flag.NewFlagSet("xxgk-gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "输出目录（不存在则创建）")
	seed := fs.Uint64("seed", def.Seed, "随机种子：相同的种子和规模生成逐字节相同的文件")
	year := fs.Int("year", def.Year, "年度")
	pubs := fs.Int("publications", def.Publications, "主动公开台账（CSV）的行数")
	reqs := fs.Int("requests", def.Requests, "依申请公开台账（XLSX 和 CSV）的行数")
	exports := fs.Int("exports", def.Exports, "上报文件（各单位一个）的个数")
	tree := fs.Bool("tree", false, "改为生成一个省的单位树：省、--cities 个市、每市 --counties 个县、每县 --schools 个学校，每个学校有自己的小台账")
	cities := fs.Int("cities", 10, "单位树的市数（--tree）")
	counties := fs.Int("counties", 20, "单位树每市的县数（--tree）")
	schools := fs.Int("schools", 10, "单位树每县的学校数（--tree）")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 || *pubs < 0 || *reqs < 0 || *exports < 0 {
		fmt.Fprintln(stderr, "用法：xxgk-gen --out 目录 [--seed N] [--year 2025] [--publications N] [--requests N] [--exports N]")
		return 2
	}
	if *tree {
		return runTree(ctx, *out, province.TreeOptions{Seed: *seed, Year: *year, Cities: *cities,
			CountiesPerCity: *counties, SchoolsPerCounty: *schools}, stdout, stderr)
	}
	opt := province.Options{Seed: *seed, Year: *year, Publications: *pubs, Requests: *reqs, Exports: *exports}
	m, err := province.Generate(ctx, *out, opt)
	if err != nil {
		fmt.Fprintf(stderr, "生成失败：%v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "主动公开 %d 行：%s\n依申请公开 %d 行：%s、%s\n上报文件 %d 个：%s/（名单 %s）\n",
		m.Publications, province.PublicationsCSV, m.Requests, province.RequestsXLSX, province.RequestsCSV,
		m.Exports, province.ExportsDir, province.UnitsCSV)
	return 0
}

// runTree writes a province's tree of units (province.WriteTree) into out
// and prints what it wrote; it returns the exit code.
func runTree(ctx context.Context, out string, opt province.TreeOptions, stdout, stderr io.Writer) int {
	if opt.Cities < 0 || opt.CountiesPerCity < 0 || opt.SchoolsPerCounty < 0 {
		fmt.Fprintln(stderr, "用法：xxgk-gen --out 目录 --tree [--cities 10] [--counties 20] [--schools 10]")
		return 2
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		fmt.Fprintf(stderr, "生成失败：%v\n", err)
		return 1
	}
	units, err := province.WriteTree(ctx, out, opt)
	if err != nil {
		fmt.Fprintf(stderr, "生成失败：%v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "单位树 %d 个单位：%s，学校的台账在 %s/<代码>/\n", len(units), province.TreeCSV, province.UnitsDir)
	return 0
}
