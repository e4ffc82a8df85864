package rollup

import (
	"reflect"
	"testing"
)

// TestSumLeavesOutOwnOutput leaves out what a roll-up under the summing
// unit's name wrote (名称 compared as NameKey does), and counts the roll-up
// of a unit below it, as a city counts its counties' 汇总上报.
func TestSumLeavesOutOwnOutput(t *testing.T) {
	a := unitReport("某某县第一中学", "", 2025, 1)
	own := unitReport("某某县教育局 ", "", 2025, 2)
	county := unitReport("某某县教育局", "", 2025, 3)
	inputs := []Input{
		{File: "in/一中.xlsx", Report: a, Kind: KindExport},
		{File: "in/汇总上报.xlsx", Report: own, Kind: KindExport, Rollup: true},
	}
	res := Sum("某某县教育局", 2025, inputs, nil)
	want := []Problem{{Unit: "某某县教育局", File: "in/汇总上报.xlsx", Rule: RuleOwnOutput, Message: "是本单位（某某县教育局）此前汇总生成的文件，不再计入"}}
	if !reflect.DeepEqual(res.Excluded, want) || len(res.Units) != 1 {
		t.Errorf("Excluded = %+v, units %d", res.Excluded, len(res.Units))
	}
	assertSum(t, res.Sum, a)

	city := Sum("某某市教育局", 2025, []Input{{File: "县.xlsx", Report: county, Kind: KindExport, Rollup: true}}, nil)
	if len(city.Units) != 1 || len(city.Excluded) != 0 {
		t.Errorf("city: units %d, excluded %+v", len(city.Units), city.Excluded)
	}
}
