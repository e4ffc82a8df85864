// Package rollupfiles reads the files an upper-level bureau receives for
// its roll-up (汇总, docs/figures.md §2–3): xxgk export files and statutory tables filled
// in by hand, and the list of units expected to send one.
package rollupfiles

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"github.com/xxgk/xxgk/data/statfile"
	"github.com/xxgk/xxgk/data/xlsxguard"
	"github.com/xxgk/xxgk/report/rollup"
	"github.com/xxgk/xxgk/report/xlsx"
)

// DefaultMaxSize is the largest file ReadAll reads: an export or a table
// filled in by hand is tens of KB to a few MB.
const DefaultMaxSize = 50 << 20

// Options says how ReadAll reads.
type Options struct {
	// Workers is how many files are read at once; runtime.GOMAXPROCS(0)
	// (the cores Go may use, within a container's CPU limit) when
	// less than 1.
	Workers int
	// Out is the roll-up's output folder: when a folder being walked
	// holds it, it is left out with its files and listed. Empty: none.
	Out string
	// MaxSize is the largest file read, in bytes; DefaultMaxSize when 0.
	MaxSize int64
}

// ReadAll reads every .xlsx in paths (files, or folders walked for *.xlsx,
// sorted), each as an xxgk export (ReadExport) or else a hand-filled
// statutory table (statfile.Read); a file neither can read becomes an
// Input with Err. Only regular files up to opt.MaxSize are read: a named
// pipe, a device, a link to a folder, a link to nothing, a larger file and
// the output folder opt.Out become Inputs with Rule and Err, as does a
// roll-up's 汇总情况 workbook; the summed tables and 汇总上报 a roll-up
// wrote are read, marked Rollup. Order of the result: sorted by path. The
// error is for a path that does not exist or a folder that cannot be
// walked, and for ctx ending: ReadAll then returns at once, even while a
// worker is stuck opening a file.
func ReadAll(ctx context.Context, paths []string, opt Options) ([]rollup.Input, error) {
	r := &reader{max: opt.MaxSize, open: openFile}
	if r.max <= 0 {
		r.max = DefaultMaxSize
	}
	return r.readAll(ctx, paths, opt)
}

// reader reads the files of a roll-up.
type reader struct {
	max  int64                          // the size cap in bytes
	open func(string) (*os.File, error) // openFile; a test stands in for it
}

func (r *reader) readAll(ctx context.Context, paths []string, opt Options) ([]rollup.Input, error) {
	entries, err := listFiles(paths, opt.Out)
	if err != nil {
		return nil, err
	}
	workers := opt.Workers
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make([]rollup.Input, len(entries))
	next, done := make(chan int), make(chan struct{})
	var wg sync.WaitGroup
	for range min(workers, len(entries)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := &scratch{}
			for i := range next {
				out[i] = r.read(ctx, entries[i], sc)
				sc.trim()
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()
	if err = feed(ctx, next, len(entries)); err == nil {
		// A worker stuck in a system call must not hold up an interrupt:
		// out is then dropped, whatever it still writes.
		select {
		case <-done:
			err = ctx.Err()
		case <-ctx.Done():
			err = ctx.Err()
		}
	}
	if err != nil {
		return nil, fmt.Errorf("读取汇总文件时中断：%w", err)
	}
	return out, nil
}

// feed sends 0 … n-1 on next, then closes it; it stops early when ctx ends.
func feed(ctx context.Context, next chan<- int, n int) error {
	defer close(next)
	for i := range n {
		select {
		case next <- i:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return ctx.Err()
}

// read turns one entry of the walk into an Input. The file is read into
// sc's memory, which nothing in the Input keeps, and its zip directory is
// read once for the stamp and the export.
func (r *reader) read(ctx context.Context, e entry, sc *scratch) rollup.Input {
	in := rollup.Input{File: e.path}
	if e.rule != "" {
		in.Rule, in.Err = e.rule, errors.New(e.why)
		return in
	}
	raw, rule, err := r.load(ctx, e.path, sc.file)
	if err != nil {
		in.Rule, in.Err = rule, err
		return in
	}
	sc.file = raw
	zr := guardedZip(raw, filepath.Base(e.path))
	st := readStamp(raw, zr, sc)
	if st.details() {
		in.Rule = rollup.RuleOwnOutput
		in.Err = fmt.Errorf("%s 是汇总生成的汇总情况工作簿，不是单位上报的年度报告，不计入", filepath.Base(e.path))
		return in
	}
	in = parse(raw, e.path, zr, sc)
	in.Rollup = st.rollup()
	return in
}

// guardedZip is raw's zip once xlsxguard has checked it as it checks an
// export (xlsxguard.OpenZip with xlsxguard.Small); nil for a file it
// refuses or too large for an export, which is then read as before.
func guardedZip(raw []byte, name string) *zip.Reader {
	if !bytes.HasPrefix(raw, zipMagic) || int64(len(raw)) > xlsxguard.Small.File {
		return nil
	}
	zr, err := xlsxguard.OpenZip(raw, name, xlsxguard.Small)
	if err != nil {
		return nil
	}
	return zr
}

// parse reads one unit's file: an export if it is one, else a table
// filled in by hand. Messages name the file by its base name. zr is raw's
// zip as guardedZip gives it (nil: none), sc the worker's memory.
func parse(raw []byte, path string, zr *zip.Reader, sc *scratch) rollup.Input {
	in := rollup.Input{File: path, Kind: rollup.KindHand}
	name := filepath.Base(path)
	if bytes.HasPrefix(raw, zipMagic) { // else statfile says what to do
		ex, err := readExportBytes(raw, name, zr, sc)
		switch {
		case err == nil:
			in.Kind, in.Report = rollup.KindExport, ex.Report
			return in
		case !errors.Is(err, xlsx.ErrNotExport):
			in.Kind, in.Err = rollup.KindExport, err
			if errors.Is(err, xlsx.ErrChecksum) || errors.Is(err, xlsx.ErrEdited) {
				in.Rule = rollup.RuleEdited
			}
			return in
		}
	}
	st, err := statfile.Read(bytes.NewReader(raw), name)
	if err != nil {
		in.Err = err
		return in
	}
	in.Report, in.Where, in.Notes = st.Report, st.Where, st.Notes
	for _, t := range []string{statfile.Table2, statfile.Table3, statfile.Table4} {
		if !slices.Contains(st.Found, t) {
			in.Absent = append(in.Absent, t)
		}
	}
	return in
}

// zipMagic opens every .xlsx file.
var zipMagic = []byte("PK\x03\x04")
