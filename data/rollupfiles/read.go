// Package rollupfiles reads the files an upper-level bureau receives for
// its roll-up (汇总, SPEC §6): xxgk export files and statutory tables filled
// in by hand, and the list of units expected to send one.
package rollupfiles

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/xxgk/xxgk/data/exportfile"
	"github.com/xxgk/xxgk/data/statfile"
	"github.com/xxgk/xxgk/report/rollup"
)

// ReadAll reads every .xlsx in paths (files, or folders walked for *.xlsx,
// sorted), up to workers at once (runtime.NumCPU() when workers < 1), each
// as an xxgk export (exportfile.Read) or else a hand-filled statutory
// table (statfile.Read); a file neither can read becomes an Input with
// Err. Order of the result: sorted by path. The error is for a path that
// does not exist or a folder that cannot be walked, and for ctx ending.
func ReadAll(ctx context.Context, paths []string, workers int) ([]rollup.Input, error) {
	files, err := listFiles(paths)
	if err != nil {
		return nil, err
	}
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	out := make([]rollup.Input, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = readFile(files[i])
			}
		}()
	}
	err = feed(ctx, next, len(files))
	wg.Wait()
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

// listFiles expands paths into files, sorted and without repeats: a file
// is taken whatever its extension, a folder gives its *.xlsx at any depth
// except Excel's lock files (~$*.xlsx).
func listFiles(paths []string) ([]string, error) {
	seen := map[string]bool{}
	var files []string
	add := func(p string) {
		if key, err := filepath.Abs(p); err == nil && !seen[key] {
			seen[key] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("找不到要汇总的文件或文件夹「%s」，请检查路径（%w）", p, err)
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		err = filepath.WalkDir(p, func(f string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if !d.IsDir() && strings.EqualFold(filepath.Ext(name), ".xlsx") && !strings.HasPrefix(name, "~$") {
				add(f)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("无法读取文件夹「%s」（%w）", p, err)
		}
	}
	sort.Strings(files)
	return files, nil
}

// zipMagic opens every .xlsx file.
var zipMagic = []byte("PK\x03\x04")

// readFile reads one unit's file: an export if it is one, else a table
// filled in by hand. Messages name the file by its base name.
func readFile(path string) rollup.Input {
	in := rollup.Input{File: path, Kind: rollup.KindHand}
	raw, err := os.ReadFile(path)
	if err != nil {
		in.Err = fmt.Errorf("%s 无法打开（%w）", filepath.Base(path), err)
		return in
	}
	name := filepath.Base(path)
	if bytes.HasPrefix(raw, zipMagic) { // else statfile says what to do
		ex, err := exportfile.Read(bytes.NewReader(raw), name)
		switch {
		case err == nil:
			in.Kind, in.Report = rollup.KindExport, ex.Report
			return in
		case !errors.Is(err, exportfile.ErrNotExport):
			in.Kind, in.Err = rollup.KindExport, err
			return in
		}
	}
	st, err := statfile.Read(bytes.NewReader(raw), name)
	if err != nil {
		in.Err = err
		return in
	}
	in.Report, in.Where = st.Report, st.Where
	for _, t := range []string{statfile.Table2, statfile.Table3, statfile.Table4} {
		if !slices.Contains(st.Found, t) {
			in.Absent = append(in.Absent, t)
		}
	}
	return in
}
