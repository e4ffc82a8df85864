package rollup

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// schools returns the schools of n counties, with fees of different
// precision, categories and channels that appear in different units, and
// one hand-filled table without a year.
func schools(counties, each int) [][]Input {
	fees := []string{"4166.241619", "0.5", "", "12.34", "0.001"}
	out := make([][]Input, counties)
	seed := 0
	for c := range out {
		for s := 0; s < each; s++ {
			seed++
			r := unitReport(fmt.Sprintf("第%d县第%d中学", c+1, s+1), "", 2025, seed)
			r.Table2.FeesWan = fees[seed%len(fees)]
			if seed%4 == 0 {
				r.Publications.ByChannel = append(r.Publications.ByChannel, report.NamedCount{Name: fmt.Sprintf("渠道%d", seed%3), Count: seed})
			}
			kind, year := KindExport, 2025
			if seed%3 == 0 {
				kind, year = KindHand, 0
			}
			r.Year = year
			out[c] = append(out[c], Input{File: fmt.Sprintf("%d/%d.xlsx", c, s), Report: r, Kind: kind})
		}
	}
	return out
}

func TestRollupOfRollups(t *testing.T) {
	for _, timed := range []bool{true, false} {
		groups := schools(3, 4)
		if !timed {
			groups[1][2].Report.Timeliness = nil
		}
		var flat, counties []Input
		for c, g := range groups {
			flat = append(flat, g...)
			county := Sum(fmt.Sprintf("第%d县教育局", c+1), 2025, g, nil)
			counties = append(counties, Input{File: fmt.Sprintf("county%d.xlsx", c), Report: county.Sum, Kind: KindExport})
		}
		once := Sum("某某市教育局", 2025, flat, nil)
		twice := Sum("某某市教育局", 2025, counties, nil)
		if !reflect.DeepEqual(withoutUnits(once.Sum), withoutUnits(twice.Sum)) {
			t.Errorf("timed=%v: roll-up of roll-ups differs from the flat roll-up:\n%+v\n%+v", timed, once.Sum, twice.Sum)
		}
		if (once.Sum.Timeliness != nil) != timed {
			t.Errorf("timed=%v: Timeliness = %+v", timed, once.Sum.Timeliness)
		}
		if once.Sum.Table2.FeesWan != "8358.665238" {
			t.Errorf("FeesWan = %s", once.Sum.Table2.FeesWan)
		}
		var reps []*report.AnnualReport
		for _, in := range flat {
			reps = append(reps, in.Report)
		}
		assertSum(t, twice.Sum, reps...)
		if len(twice.Problems) != 0 || len(twice.Excluded) != 0 {
			t.Errorf("city: Problems %+v Excluded %+v", twice.Problems, twice.Excluded)
		}
	}
}

// withoutUnits is a copy of sum without what names the units summed, which
// differs between a roll-up of schools and one of counties.
func withoutUnits(sum *report.AnnualReport) report.AnnualReport {
	r := *sum
	r.Rollup = nil
	return r
}

// A roll-up of roll-ups keeps the category × month grid when every unit
// has it, and it adds up both ways.
func TestRollupOfRollupsKeepsMonths(t *testing.T) {
	groups := schools(2, 3)
	var flat, counties []Input
	for c, g := range groups {
		for i := range g {
			g[i].Kind, g[i].Report.Year = KindExport, 2025
		}
		flat = append(flat, g...)
		county := Sum(fmt.Sprintf("第%d县教育局", c+1), 2025, g, nil)
		counties = append(counties, Input{File: fmt.Sprintf("county%d.xlsx", c), Report: county.Sum, Kind: KindExport})
	}
	once, twice := Sum("市", 2025, flat, nil), Sum("市", 2025, counties, nil)
	if !reflect.DeepEqual(withoutUnits(once.Sum), withoutUnits(twice.Sum)) {
		t.Errorf("roll-up of roll-ups differs from the flat roll-up:\n%+v\n%+v", once.Sum.Publications, twice.Sum.Publications)
	}
	p := twice.Sum.Publications
	if len(p.CategoryMonth) != len(p.ByCategory) || twice.Sum.Rollup.NoMonths != 0 {
		t.Fatalf("CategoryMonth = %v, NoMonths = %d", p.CategoryMonth, twice.Sum.Rollup.NoMonths)
	}
	var cols [12]int
	grand := 0
	for i, c := range p.ByCategory {
		row := 0
		for m, n := range p.CategoryMonth[i] {
			row += n
			cols[m] += n
		}
		if row != c.Count {
			t.Errorf("%s: months add up to %d, 合计 %d", c.Name, row, c.Count)
		}
		grand += row
	}
	// The helper's units do not make 月合计 match their grids; the
	// command's test checks that on real exports.
	if grand != p.Total || cols[0] != 291 {
		t.Errorf("columns %v (total %d), want total %d", cols, grand, p.Total)
	}
	wantUnits := []report.NamedCount{{Name: "第1县教育局", Count: once.Sum.Publications.Total - twice.Sum.Rollup.ByUnit[1].Count}, twice.Sum.Rollup.ByUnit[1]}
	if !reflect.DeepEqual(twice.Sum.Rollup.ByUnit, wantUnits) || twice.Sum.Rollup.Units != 2 || once.Sum.Rollup.Units != 6 {
		t.Errorf("Rollup = %+v", twice.Sum.Rollup)
	}
}

// BenchmarkSum3000 sums 3,000 units, the in-memory part of a roll-up.
func BenchmarkSum3000(b *testing.B) {
	var inputs []Input
	for i := range 3000 {
		r := unitReport(fmt.Sprintf("第%04d号学校", i), "", 2025, i%97)
		r.Table2.FeesWan = "12.345"
		inputs = append(inputs, Input{File: fmt.Sprintf("%d.xlsx", i), Report: r, Kind: KindExport})
	}
	b.ResetTimer()
	for range b.N {
		if res := Sum("市", 2025, inputs, nil); len(res.Units) != 3000 {
			b.Fatal(len(res.Units))
		}
	}
}

// BenchmarkSum3000Problems sums 3,000 units whose tables do not add up,
// as the command's benchmark does (reporttest.Sequential): 42 rule
// breaks each, 126,000 problems.
func BenchmarkSum3000Problems(b *testing.B) {
	var inputs []Input
	for i := range 3000 {
		r := reporttest.Annual(reporttest.Sequential(1 + i%97))
		r.Year, r.Unit = 2025, report.Unit{Name: fmt.Sprintf("第%04d号学校", i)}
		inputs = append(inputs, Input{File: fmt.Sprintf("%d.xlsx", i), Report: r, Kind: KindExport})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if res := Sum("市", 2025, inputs, nil); len(res.Problems) == 0 {
			b.Fatal("no problems")
		}
	}
}
