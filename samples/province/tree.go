package province

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
)

// TreeOptions say how big a province's tree of units to generate: a
// province above Cities cities, each above CountiesPerCity counties, each
// above SchoolsPerCounty schools. Every school has its own small ledgers.
type TreeOptions struct {
	Seed             uint64
	Year             int
	Cities           int
	CountiesPerCity  int
	SchoolsPerCounty int
}

// The names of what WriteTree writes in its folder.
const (
	TreeCSV  = "tree.csv" // 统一社会信用代码,单位名称,上级代码,层级 — the parent before its children
	UnitsDir = "units"    // units/<code>/publications.csv and requests.csv, one folder per school
)

// TreeUnit is a unit of the tree: its code, name, parent's code ("" for
// the province) and level (0 province, 1 city, 2 county, 3 school).
type TreeUnit struct {
	Code, Name, Parent string
	Level              int
}

// treeCode is the 统一社会信用代码 of the tree's unit at level with the
// running number n: distinct for distinct (level, n).
func treeCode(level, n int) string {
	return creditCode(fmt.Sprintf("1133%04dMB%07d", 2000+level, n))
}

// Tree lists the units of the tree, every parent before its children.
func Tree(opt TreeOptions) []TreeUnit {
	prov := TreeUnit{Code: treeCode(0, 0), Name: "测试省教育厅"}
	units := []TreeUnit{prov}
	county, school := 0, 0
	for c := range opt.Cities {
		city := TreeUnit{Code: treeCode(1, c), Name: fmt.Sprintf("第%d市教育局", c+1), Parent: prov.Code, Level: 1}
		units = append(units, city)
		for k := range opt.CountiesPerCity {
			cn := TreeUnit{Code: treeCode(2, county), Name: fmt.Sprintf("第%d市第%d县教育局", c+1, k+1), Parent: city.Code, Level: 2}
			county++
			units = append(units, cn)
			for s := range opt.SchoolsPerCounty {
				units = append(units, TreeUnit{Code: treeCode(3, school),
					Name: fmt.Sprintf("第%d市第%d县第%d学校", c+1, k+1, s+1), Parent: cn.Code, Level: 3})
				school++
			}
		}
	}
	return units
}

// SchoolSize is how many publications (200–500) and applications (10–30)
// school number i of the tree has, drawn from the seed.
func SchoolSize(seed uint64, i int) (pubs, reqs int) {
	r := rng(seed^uint64(i+1)<<20, 99)
	return 200 + r.IntN(301), 10 + r.IntN(21)
}

// WriteTree writes the tree's list (TreeCSV) and every school's
// publications and applications (CSV, the formats of docs/ledgers.md, each
// school from its own seed) into dir, and returns the units.
func WriteTree(ctx context.Context, dir string, opt TreeOptions) ([]TreeUnit, error) {
	units := Tree(opt)
	f, err := os.Create(filepath.Join(dir, TreeCSV))
	if err != nil {
		return nil, fmt.Errorf("generate tree: %w", err)
	}
	cw := csv.NewWriter(f)
	_ = cw.Write([]string{"统一社会信用代码", "单位名称", "上级代码", "层级"})
	for _, u := range units {
		_ = cw.Write([]string{u.Code, u.Name, u.Parent, fmt.Sprint(u.Level)})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		f.Close()
		return nil, fmt.Errorf("generate tree: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("generate tree: %w", err)
	}
	i := 0
	for _, u := range units {
		if u.Level != 3 {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pubs, reqs := SchoolSize(opt.Seed, i)
		o := Options{Seed: opt.Seed*1_000_003 + uint64(i), Year: opt.Year, Publications: pubs, Requests: reqs}
		i++
		ud := filepath.Join(dir, UnitsDir, u.Code)
		if err := os.MkdirAll(ud, 0o755); err != nil {
			return nil, fmt.Errorf("generate tree: %w", err)
		}
		if _, err := writeFile(filepath.Join(ud, PublicationsCSV), func(f *os.File) (int, error) { return WritePublications(ctx, f, o) }); err != nil {
			return nil, err
		}
		if _, err := writeFile(filepath.Join(ud, RequestsCSV), func(f *os.File) (int, error) { return WriteRequestsCSV(ctx, f, o) }); err != nil {
			return nil, err
		}
	}
	return units, nil
}
