//go:build measure

package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/xxgk/xxgk/samples/province"
)

// TestMeasureLoadTree loads the province tree that `xxgk-gen --tree` wrote
// into XXGK_MEASURE_TREE for .ci/compare-pg: every unit into the
// PostgreSQL database XXGK_MEASURE_PG (init --parent, then the school's
// import), and every school into a SQLite file of its own under
// XXGK_MEASURE_LITE (init, import, export of the year to …/exports).
// Each step is the real command, run in this process so that 2,000 units
// do not pay 10,000 process starts. It is no test of the suite: the build
// tag measure keeps it out of `go test ./...`.
func TestMeasureLoadTree(t *testing.T) {
	dir, pg, lite := os.Getenv("XXGK_MEASURE_TREE"), os.Getenv("XXGK_MEASURE_PG"), os.Getenv("XXGK_MEASURE_LITE")
	if dir == "" || (pg == "" && lite == "") {
		t.Skip("XXGK_MEASURE_TREE and XXGK_MEASURE_PG or XXGK_MEASURE_LITE are not set")
	}
	f, err := os.Open(filepath.Join(dir, province.TreeCSV))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	cmd := func(args ...string) error {
		var stderr bytes.Buffer
		e := &env{stdout: io.Discard, stderr: &stderr, now: func() time.Time { return fixedNow }, getenv: func(string) string { return "" }}
		if code := run(ctx, append([]string{"xxgk"}, args...), e); code != 0 {
			return fmt.Errorf("xxgk %v: exit %d: %s", args, code, stderr.String())
		}
		return nil
	}
	// The units above the schools, parents first, one by one.
	var schools [][]string
	for _, r := range rows[1:] {
		code, name, parent, level := r[0], r[1], r[2], r[3]
		if level == "3" {
			schools = append(schools, r)
			continue
		}
		if pg != "" {
			args := []string{"init", "--db", pg, "--unit", name, "--code", code}
			if parent != "" {
				args = append(args, "--parent", parent)
			}
			if err := cmd(args...); err != nil {
				t.Fatal(err)
			}
		}
	}
	if lite != "" {
		if err := os.MkdirAll(filepath.Join(lite, "exports"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	var (
		mu   sync.Mutex
		errs []error
		wg   sync.WaitGroup
		next = make(chan []string)
	)
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range next {
				code, name, parent := r[0], r[1], r[2]
				ud := filepath.Join(dir, province.UnitsDir, code)
				files := []string{filepath.Join(ud, province.PublicationsCSV), filepath.Join(ud, province.RequestsCSV)}
				var steps [][]string
				if pg != "" {
					steps = append(steps, []string{"init", "--db", pg, "--unit", name, "--code", code, "--parent", parent},
						append([]string{"import", "--db", pg, "--unit-code", code}, files...))
				}
				if lite != "" {
					db := filepath.Join(lite, code+".db")
					steps = append(steps, []string{"init", "--db", db, "--unit", name, "--code", code},
						append([]string{"import", "--db", db}, files...),
						[]string{"export", "--db", db, "--year", "2025", "--out", filepath.Join(lite, "exports", code+".xlsx")})
				}
				for _, s := range steps {
					if err := cmd(s...); err != nil {
						mu.Lock()
						errs = append(errs, err)
						mu.Unlock()
						break
					}
				}
			}
		}()
	}
	for i, r := range schools {
		next <- r
		if (i+1)%200 == 0 {
			t.Logf("%d schools loaded, %s", i+1, time.Since(start).Round(time.Second))
		}
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		t.Error(err)
	}
	t.Logf("%d units above, %d schools loaded in %s", len(rows)-1-len(schools), len(schools), time.Since(start).Round(time.Second))
}
