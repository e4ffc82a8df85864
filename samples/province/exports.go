package province

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/xlsx"
)

// ExportVersion is the version the generated exports say wrote them.
const ExportVersion = "xxgk-gen"

// ExportName returns the file name of unit i's export.
func ExportName(i int, y int) string {
	name, _ := Unit(i)
	return fmt.Sprintf("%04d-%s-%d年年报上报文件.xlsx", i+1, name, y)
}

// UnitReport counts the year of export unit i: a few hundred publications,
// some applications and decisions drawn from the unit's own stream, so
// that every unit's figures differ and satisfy the counting rules.
func UnitReport(opt Options, i int) (*report.AnnualReport, error) {
	r := rand.New(rand.NewPCG(opt.Seed, streamExports<<32|uint64(i)))
	name, code := Unit(i)
	c := report.NewCounter(report.Unit{Name: name, Code: code}, opt.Year, report.DefaultCategories, report.Options{})
	dates := yearDates(opt.Year)
	for k, n := 0, 5+r.IntN(300); k < n; k++ {
		row := publicationRow(r, opt.Year, dates, k)
		p := report.Publication{IndexNo: row[0], Title: row[1], Published: report.YearStart(opt.Year).AddDays(r.IntN(365)),
			Category: row[3], Channels: strings.Split(row[4], "、"), Department: row[5], KeyArea: row[7] == "是"}
		if err := c.AddPublication(p); err != nil {
			return nil, err
		}
	}
	for k, n := 0, r.IntN(40); k < n; k++ {
		if err := c.AddRequest(drawRequest(r, opt.Year, k).domain()); err != nil {
			return nil, err
		}
	}
	decisionKinds := []report.DecisionKind{report.DecisionLicensing, report.DecisionPenalty, report.DecisionEnforcement}
	for k, n := 0, r.IntN(12); k < n; k++ {
		d := report.Decision{ID: fmt.Sprintf("JD%d-%04d", opt.Year, k+1), Kind: decisionKinds[r.IntN(len(decisionKinds))],
			Date: report.YearStart(opt.Year).AddDays(r.IntN(365))}
		if err := c.AddDecision(d); err != nil {
			return nil, err
		}
	}
	rep := c.Report()
	rep.Produced = Stamp
	return rep, nil
}

// WriteExports writes the export files of opt.Exports units into dir,
// through report/xlsx.WriteExport, on all cores, and returns how many it
// wrote. Each file depends only on the seed, the year and its index.
func WriteExports(ctx context.Context, dir string, opt Options) (int, error) {
	jobs := make(chan int)
	errs := make([]error, opt.Exports)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				errs[i] = writeExport(dir, opt, i)
			}
		}()
	}
	for i := 0; i < opt.Exports && ctx.Err() == nil; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	for i, err := range errs {
		if err != nil {
			return i, fmt.Errorf("export %d: %w", i+1, err)
		}
	}
	return opt.Exports, nil
}

// writeExport writes unit i's export file.
func writeExport(dir string, opt Options, i int) error {
	rep, err := UnitReport(opt, i)
	if err != nil {
		return err
	}
	_, err = writeFile(filepath.Join(dir, ExportName(i, opt.Year)), func(f *os.File) (int, error) {
		return 1, xlsx.WriteExport(f, rep, xlsx.ExportMeta{Version: ExportVersion, Produced: Stamp})
	})
	return err
}
