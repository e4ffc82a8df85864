package jsonout

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// writeJSON returns Write's bytes for rep.
func writeJSON(t *testing.T, rep *report.AnnualReport) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, rep); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestPairsRoundTrip(t *testing.T) {
	noTimeliness := sample()
	noTimeliness.Timeliness = nil
	noLate := sample()
	noLate.Timeliness.LateIDs = nil
	bare := &report.AnnualReport{Unit: report.Unit{Name: "某某小学"}, Year: 2024, Table2: report.Table2{FeesWan: "0.00"}}
	for name, rep := range map[string]*report.AnnualReport{
		"full": sample(), "no timeliness": noTimeliness, "no late ids": noLate, "bare": bare,
	} {
		t.Run(name, func(t *testing.T) {
			back, err := FromPairs(Pairs(rep))
			if err != nil {
				t.Fatal(err)
			}
			if got, want := writeJSON(t, back), writeJSON(t, rep); got != want {
				t.Fatalf("JSON after the round trip differs:\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestPairsCodes(t *testing.T) {
	rep := sample()
	rep.Publications.ByCategory = []report.NamedCount{{Name: "招生考试", Count: 4}, {Name: "政策文件", Count: 5}, {Name: "1.其他", Count: 0}}
	pairs := Pairs(rep)
	got := map[string]string{}
	var order []string
	for _, p := range pairs {
		got[p.Code] = p.Value
		order = append(order, p.Code)
	}
	for code, want := range map[string]string{
		"unit": "某某县教育局", "year": "2025", "table2.rules.issued": "2", "table2.fees.amount_wan": "4166.241619",
		"table3.withheld.state_secret.natural": "39", "publications.by_category.招生考试": "4",
		"publications.by_month.1": "1", "publications.by_month.12": "1", "processing_fees.amount_yuan": "1700.50",
		"timeliness.late_ids": "SQ-3、SQ-9", "produced_at": "2026-01-10T09:30:00+08:00",
	} {
		if got[code] != want {
			t.Errorf("%s = %q, want %q", code, got[code], want)
		}
	}
	if order[0] != "unit" || order[len(order)-1] != "produced_at" {
		t.Errorf("order starts %s, ends %s", order[0], order[len(order)-1])
	}
	cats := strings.Join(order, " ")
	if strings.Index(cats, "by_category.招生考试") > strings.Index(cats, "by_category.政策文件") {
		t.Errorf("categories out of order")
	}
	back, err := FromPairs(pairs)
	if err != nil {
		t.Fatal(err)
	}
	if back.Publications.ByCategory[2].Name != "1.其他" || writeJSON(t, back) != writeJSON(t, rep) {
		t.Errorf("categories in a non-alphabetical order or with a dot do not survive: %v", back.Publications.ByCategory)
	}
}

func TestFromPairsErrors(t *testing.T) {
	edit := func(f func([]Pair) []Pair) []Pair { return f(Pairs(sample())) }
	set := func(code, value string) []Pair {
		return edit(func(ps []Pair) []Pair {
			for i := range ps {
				if ps[i].Code == code {
					ps[i].Value = value
				}
			}
			return ps
		})
	}
	cases := map[string]struct {
		pairs []Pair
		want  string
	}{
		"unknown":      {edit(func(ps []Pair) []Pair { return append(ps, Pair{"table9.x", "1"}) }), "未知的代码「table9.x」"},
		"repeated":     {edit(func(ps []Pair) []Pair { return append(ps, ps[3]) }), "代码「table2.rules.issued」出现了不止一次"},
		"missing":      {edit(func(ps []Pair) []Pair { return ps[1:] }), "缺少代码「unit」"},
		"not a number": {set("table3.new.natural", "三"), "代码「table3.new.natural」的值「三」无法识别"},
		"group sum":    {set("table3.withheld.natural", "1"), "代码「table3.withheld.natural」的值 1 与其各项之和"},
	}
	for name, c := range cases {
		_, err := FromPairs(c.pairs)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want it to contain %q", name, err, c.want)
		}
	}
}

func TestMonthlyPairs(t *testing.T) {
	s := &report.MonthlySummary{Unit: report.Unit{Name: "某某县教育局"}, Year: 2025, Month: 3, Empty: true}
	pairs := MonthlyPairs(s)
	if len(pairs) == 0 || pairs[0] != (Pair{"unit", "某某县教育局"}) {
		t.Fatalf("pairs = %v", pairs)
	}
	found := false
	for _, p := range pairs {
		found = found || p == Pair{"empty", "true"}
	}
	if !found {
		t.Errorf("no empty=true pair in %v", pairs)
	}
}

func TestChecksum(t *testing.T) {
	// printf 'a\t1\nb\t\n' | sha256sum
	got := Checksum([]Pair{{"a", "1"}, {"b", ""}})
	if want := "d88117985f8ad00f546faf19b48bea16d4dc0a8f92e142b234b513a2c3ea4134"; got != want {
		t.Fatalf("checksum = %q", got)
	}
}

// The checksum hashed in chunks is the SHA-256 of all the pairs joined,
// whatever their lengths (pairs longer than a chunk, chunk edges inside a
// pair).
func TestChecksumChunks(t *testing.T) {
	for _, sizes := range [][]int{{0}, {checksumChunk}, {checksumChunk - 3, 1}, {10, 3 * checksumChunk, 7}, {2047, 2047, 2047, 1}} {
		var pairs []Pair
		var all strings.Builder
		for i, n := range sizes {
			p := Pair{Code: fmt.Sprintf("c%d", i), Value: strings.Repeat("值", n/3+1)[:n/3*3]}
			pairs = append(pairs, p)
			all.WriteString(p.Code + "\t" + p.Value + "\n")
		}
		sum := sha256.Sum256([]byte(all.String()))
		if got, want := Checksum(pairs), hex.EncodeToString(sum[:]); got != want {
			t.Errorf("sizes %v: %s, want %s", sizes, got, want)
		}
	}
}

// A category's months must add up to its count, and name a category listed.
func TestFromPairsCategoryMonthErrors(t *testing.T) {
	rep := reporttest.Annual(reporttest.Sequential(1))
	rep.Publications.Total = 3
	rep.Publications.ByCategory = []report.NamedCount{{Name: "招生.考试", Count: 3}}
	rep.Publications.CategoryMonth = [][12]int{{1, 2}}
	pairs := append(Pairs(rep), CategoryMonthPairs(rep)...)
	got, err := FromPairs(pairs)
	if err != nil || !reflect.DeepEqual(got.Publications.CategoryMonth, rep.Publications.CategoryMonth) {
		t.Fatalf("FromPairs = %v, %v", got, err)
	}
	bad := append([]Pair(nil), pairs...)
	bad[len(bad)-1].Value = "5"
	if _, err := FromPairs(bad); err == nil || err.Error() != "类别「招生.考试」各月之和 8 与代码「publications.by_category.招生.考试」的值 3 不符" {
		t.Errorf("months not adding up: %v", err)
	}
	extra := append(append([]Pair(nil), pairs...), Pair{CategoryMonthPrefix + "其他.1", "0"})
	if _, err := FromPairs(extra); err == nil || err.Error() != "分月代码中的类别「其他」不在 publications.by_category 中" {
		t.Errorf("unknown category: %v", err)
	}
}

// FromPairs shares its list of codes between calls, read only: reports
// rebuilt at once on several goroutines (as a roll-up reads files) each
// come back whole, none touching another (run with -race).
func TestFromPairsConcurrent(t *testing.T) {
	reps := []*report.AnnualReport{sample(), reporttest.Annual(reporttest.Sequential(40)),
		{Unit: report.Unit{Name: "某某小学"}, Year: 2024, Table2: report.Table2{FeesWan: "0.00"}}}
	want := make([]string, len(reps))
	for i, rep := range reps {
		want[i] = writeJSON(t, rep)
	}
	done := make(chan string, 4*len(reps))
	for g := range 4 {
		go func() {
			for k := range reps {
				i := (g + k) % len(reps)
				back, err := FromPairs(Pairs(reps[i]))
				switch {
				case err != nil:
					done <- err.Error()
				case !bytes.Equal([]byte(writeJSONNoT(back)), []byte(want[i])):
					done <- "report " + reps[i].Unit.Name + " differs"
				default:
					done <- ""
				}
			}
		}()
	}
	for range 4 * len(reps) {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

// writeJSONNoT is writeJSON for a goroutine other than the test's.
func writeJSONNoT(rep *report.AnnualReport) string {
	var b bytes.Buffer
	if err := Write(&b, rep); err != nil {
		return err.Error()
	}
	return b.String()
}
