package province

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"
)

// Options say how much of the year to generate and from which seed.
type Options struct {
	Seed         uint64
	Year         int
	Publications int // rows of the 主动公开 CSV
	Requests     int // rows of the 依申请公开 ledger (written as XLSX and as CSV)
	Exports      int // export files, one per unit
}

// Defaults returns the sizes of issue 15: 1,000,000 publications,
// 100,000 applications and 3,000 export files of 2025, seed 1.
func Defaults() Options {
	return Options{Seed: 1, Year: 2025, Publications: 1_000_000, Requests: 100_000, Exports: 3_000}
}

// The names of the files Generate writes in its folder.
const (
	PublicationsCSV = "publications.csv"
	RequestsCSV     = "requests.csv"
	RequestsXLSX    = "requests.xlsx"
	ExportsDir      = "exports"
	UnitsCSV        = "units.csv" // the units that must report: 单位名称,统一社会信用代码
)

// Manifest is what Generate wrote: the row and file counts.
type Manifest struct {
	Publications int
	Requests     int
	Exports      int
}

// Stamp is the fixed time every generated file carries
// (2026-01-05T09:00:00+08:00).
var Stamp = time.Date(2026, 1, 5, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

// The streams of the generator, one per file, so that changing the size
// of one file leaves the others as they were.
const (
	streamPublications = iota + 1
	streamRequests
	streamExports
)

// rng returns the generator of one stream.
func rng(seed uint64, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, stream))
}

// Generate writes the year into dir (created when missing): the
// publications CSV, the request ledger as XLSX and CSV, the export files
// under exports/ and the list of units that must report.
func Generate(ctx context.Context, dir string, opt Options) (Manifest, error) {
	var m Manifest
	if opt.Year < 2000 || opt.Year > 2100 {
		return m, fmt.Errorf("generate: year %d out of range", opt.Year)
	}
	if err := os.MkdirAll(filepath.Join(dir, ExportsDir), 0o755); err != nil {
		return m, fmt.Errorf("generate: %w", err)
	}
	steps := []func() error{
		func() (err error) {
			m.Publications, err = writeFile(filepath.Join(dir, PublicationsCSV), func(f *os.File) (int, error) { return WritePublications(ctx, f, opt) })
			return err
		},
		func() (err error) {
			m.Requests, err = writeFile(filepath.Join(dir, RequestsCSV), func(f *os.File) (int, error) { return WriteRequestsCSV(ctx, f, opt) })
			return err
		},
		func() (err error) {
			_, err = writeFile(filepath.Join(dir, RequestsXLSX), func(f *os.File) (int, error) { return WriteRequestsXLSX(ctx, f, opt) })
			return err
		},
		func() (err error) {
			_, err = writeFile(filepath.Join(dir, UnitsCSV), func(f *os.File) (int, error) { return WriteUnits(f, opt) })
			return err
		},
		func() (err error) {
			m.Exports, err = WriteExports(ctx, filepath.Join(dir, ExportsDir), opt)
			return err
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return m, err
		}
	}
	return m, nil
}

// writeFile creates path and fills it with write, returning its count.
func writeFile(path string, write func(*os.File) (int, error)) (int, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, fmt.Errorf("generate: %w", err)
	}
	n, err := write(f)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return n, fmt.Errorf("generate %s: %w", filepath.Base(path), err)
	}
	return n, nil
}
