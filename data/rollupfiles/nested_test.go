package rollupfiles

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/xxgk/xxgk/report/rollup"
)

// TestRollupOfExportedRollups has three counties sum their schools (exports
// and hand-filled tables), export the sums and send them to the city: the
// city's sum equals the sum of all the schools at once.
func TestRollupOfExportedRollups(t *testing.T) {
	schools, cities := t.TempDir(), t.TempDir()
	fees := []string{"4166.241619", "0.5", "12.3", "0.00"}
	var countyDirs []string
	for c := 1; c <= 3; c++ {
		dir := filepath.Join(schools, fmt.Sprintf("县%d", c))
		countyDirs = append(countyDirs, dir)
		for s := 1; s <= 4; s++ {
			seed := c*10 + s
			name := fmt.Sprintf("第%d县第%d中学", c, s)
			r := school(name, "", 2025, seed)
			r.Table2.FeesWan = fees[s-1]
			if s%2 == 1 {
				writeFile(t, dir, name+".xlsx", exportFile(t, withStats(r, seed)))
			} else {
				writeFile(t, dir, name+".xlsx", handTable(t, r, name+"2025年政府信息公开工作年度报告"))
			}
		}
	}
	for i, dir := range countyDirs {
		res := sumDir(t, fmt.Sprintf("第%d县教育局", i+1), dir)
		writeFile(t, cities, fmt.Sprintf("县%d汇总.xlsx", i+1), exportFile(t, res.Sum))
	}
	twice := sumDir(t, "某某市教育局", cities)
	once := sumDir(t, "某某市教育局", schools)
	// Rollup names the units summed: schools once, counties twice.
	onceSum, twiceSum := *once.Sum, *twice.Sum
	onceSum.Rollup, twiceSum.Rollup = nil, nil
	if !reflect.DeepEqual(onceSum, twiceSum) {
		t.Errorf("roll-up of roll-ups differs from the flat roll-up:\n%+v\n%+v", once.Sum, twice.Sum)
	}
	if len(once.Units) != 12 || len(twice.Units) != 3 || len(twice.Problems)+len(twice.Excluded) != 0 {
		t.Errorf("units %d, %d; city problems %+v, excluded %+v", len(once.Units), len(twice.Units), twice.Problems, twice.Excluded)
	}
	if got := once.Sum.Table2.FeesWan; got != "12537.124857" {
		t.Errorf("FeesWan = %s", got)
	}
	if once.Sum.Publications.Total == 0 || once.Sum.Timeliness != nil {
		t.Errorf("Publications %+v, Timeliness %+v", once.Sum.Publications, once.Sum.Timeliness)
	}
}

func sumDir(t *testing.T, name, dir string) *rollup.Result {
	t.Helper()
	inputs, err := ReadAll(context.Background(), []string{dir}, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	res := rollup.Sum(name, 2025, inputs, nil)
	for _, p := range append(res.Problems, res.Excluded...) {
		t.Errorf("%s: %+v", name, p)
	}
	return res
}

// TestExportRoundTripOfSum checks that a sum read back from its export is
// the sum: what the county sends is what the county computed.
func TestExportRoundTripOfSum(t *testing.T) {
	a, b := withStats(school("甲", "", 2025, 1), 1), withStats(school("乙", "", 2025, 2), 2)
	a.Table2.FeesWan = "4166.241619"
	sum := rollup.Sum("县", 2025, []rollup.Input{{File: "a", Report: a}, {File: "b", Report: b}}, nil).Sum
	dir := t.TempDir()
	writeFile(t, dir, "sum.xlsx", exportFile(t, sum))
	in, err := ReadAll(context.Background(), []string{dir}, Options{Workers: 1})
	if err != nil || in[0].Err != nil {
		t.Fatal(err, in[0].Err)
	}
	got := in[0].Report
	got.Timeliness.LateIDs = nil
	sum.Rollup = nil // the level above makes its own
	if !reflect.DeepEqual(got, sum) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, sum)
	}
}
