package rollup

import (
	"reflect"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// This file tests the small parts of Sum: the exact fee sum and how units
// are matched.

func TestFeeSum(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{nil, "0.00"},
		{[]string{"4166.241619", "0.5"}, "4166.741619"},
		{[]string{"0.5", "4166.241619"}, "4166.741619"},
		{[]string{"1.25", "2", ""}, "3.25"},
		{[]string{"0.01", "0.02"}, "0.03"},
		{[]string{"0.1", "0.2"}, "0.30"},
		{[]string{"0.000001", "0.000002"}, "0.000003"},
		{[]string{"-1.5", "1"}, "-0.50"},
		{[]string{"99999999999999999999.99", "0.01"}, "100000000000000000000.00"},
		{[]string{" 3.10 ", "+2", ".5"}, "5.60"},
	}
	for _, tt := range tests {
		var f fee
		for _, s := range tt.in {
			if err := f.add(s); err != nil {
				t.Fatalf("add(%q): %v", s, err)
			}
		}
		if got := f.String(); got != tt.want {
			t.Errorf("sum of %q = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestFeeRefused(t *testing.T) {
	for _, s := range []string{"约3万", "1,000.00", "1.2.3", ".", "-", "1e3", "３"} {
		var f fee
		if err := f.add(s); err == nil {
			t.Errorf("add(%q) accepted", s)
		}
		if f.String() != "0.00" {
			t.Errorf("after refusing %q the sum is %s", s, f.String())
		}
	}
}

func TestNameKey(t *testing.T) {
	if NameKey(" 某某县第１中学（初中部）\u3000") != NameKey("某某县第1中学(初中部)") {
		t.Error("full- and half-width names differ")
	}
	if CodeKey(" 91350100m000100y43") != CodeKey("９1350100M000100Y43") {
		t.Error("codes differ")
	}
}

func TestMissing(t *testing.T) {
	units := []Input{
		{Report: &report.AnnualReport{Unit: report.Unit{Name: "甲中学", Code: "91350100M000100Y43"}}},
		{Report: &report.AnnualReport{Unit: report.Unit{Name: "乙中学"}}},
		{Report: &report.AnnualReport{Unit: report.Unit{Name: "丙中学", Code: "91350100M000300Y23"}}},
	}
	expected := []Expected{
		{Name: "甲校（改名）", Code: "91350100m000100y43"}, // by code
		{Name: "乙中学", Code: "91350100M000200Y33"},    // by name: the table has no code
		{Name: "丙中学"},                             // by name: the list has no code
		{Name: "甲中学", Code: "91350100M000400Y13"}, // codes differ: another unit
		{Name: "丁中学"},
	}
	got := missing(expected, units)
	if want := expected[3:]; !reflect.DeepEqual(got, want) {
		t.Errorf("missing = %+v, want %+v", got, want)
	}
}

func TestSumAbsentTable(t *testing.T) {
	r := &report.AnnualReport{Unit: report.Unit{Name: "甲"}, Year: 2025}
	res := Sum("县", 2025, []Input{{File: "a.xlsx", Report: r, Kind: KindHand, Where: map[string]string{}, Absent: []string{"table2", "table4"}}}, nil)
	want := []Problem{
		{Unit: "甲", File: "a.xlsx", Rule: RuleAbsent, Message: "文件中没有找到表二，其数字按0计入"},
		{Unit: "甲", File: "a.xlsx", Rule: RuleAbsent, Message: "文件中没有找到表四，其数字按0计入"},
	}
	if !reflect.DeepEqual(res.Problems, want) {
		t.Errorf("Problems = %+v", res.Problems)
	}
}
