package rollup

import (
	"testing"

	"github.com/xxgk/xxgk/report"
)

// A reader's note keeps its level: listed as 提示, not counted as an error.
func TestSumKeepsNoteLevel(t *testing.T) {
	r := unitReport("甲", "", 2025, 1)
	in := Input{File: "甲.xlsx", Report: r, Kind: KindHand, Where: map[string]string{},
		Notes: []report.Problem{{Level: report.LevelNote, Rule: "标签近似", Where: "B7", Message: "标签「规范性文件」与国家格式不完全一致"}}}
	res := Sum("县", 2025, []Input{in}, nil)
	if len(res.Problems) != 1 || res.Problems[0].Level != report.LevelNote || res.Errors() != 0 {
		t.Fatalf("Problems = %+v, Errors() = %d", res.Problems, res.Errors())
	}
	if got := res.Problems[0].RuleLabel(); got != "标签近似（提示）" {
		t.Errorf("RuleLabel() = %q", got)
	}
	r.Table2.FeesWan = "约3万"
	if res := Sum("县", 2025, []Input{in}, nil); res.Errors() != 1 || res.Problems[1].RuleLabel() != RuleFee {
		t.Errorf("Problems = %+v, Errors() = %d", res.Problems, res.Errors())
	}
}
