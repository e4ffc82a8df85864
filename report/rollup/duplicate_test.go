package rollup

import (
	"reflect"
	"testing"
)

// TestSumDuplicates: only the same code makes two units one when both
// have a code; two units of the same name with different codes are both
// counted. The same name with a code missing on either side is taken as
// one unit, with a message saying how to count both.
func TestSumDuplicates(t *testing.T) {
	const codeB = "91350100M000200Y33"
	inputs := []Input{
		{File: "城关小学-甲.xlsx", Report: unitReport("城关小学", codeA, 2025, 1)},
		{File: "城关小学-乙.xlsx", Report: unitReport("城关小学", codeB, 2025, 2)},
		{File: "城关小学-重发.xlsx", Report: unitReport("城关小学", codeB, 2025, 3)},
		{File: "城关小学-手填.xlsx", Report: unitReport("城关小学", "", 2025, 4)},
		{File: "实验小学.xlsx", Report: unitReport("实验小学", "", 2025, 5)},
		{File: "实验小学-重发.xlsx", Report: unitReport("实验小学", "", 2025, 6)},
		{File: "实验小学-有代码.xlsx", Report: unitReport("实验小学", codeB[:17]+"0", 2025, 7)},
	}
	res := Sum("县", 2025, inputs, nil)
	var files []string
	for _, u := range res.Units {
		files = append(files, u.File)
	}
	if want := []string{"城关小学-甲.xlsx", "城关小学-乙.xlsx", "实验小学.xlsx"}; !reflect.DeepEqual(files, want) {
		t.Errorf("Units = %q, want %q", files, want)
	}
	var got []string
	for _, p := range res.Excluded {
		got = append(got, p.File+"｜"+p.Message)
	}
	want := []string{
		"城关小学-重发.xlsx｜与 城关小学-乙.xlsx 是同一单位（统一社会信用代码同为 " + codeB + "），只计入先读到的 城关小学-乙.xlsx",
		"城关小学-手填.xlsx｜与 城关小学-甲.xlsx 是同一单位（单位名称同为「城关小学」，本文件没有统一社会信用代码），只计入先读到的 城关小学-甲.xlsx；如果是两个单位，请在两个文件中都填写统一社会信用代码",
		"实验小学-重发.xlsx｜与 实验小学.xlsx 是同一单位（单位名称同为「实验小学」，两个文件都没有统一社会信用代码），只计入先读到的 实验小学.xlsx；如果是两个单位，请在两个文件中都填写统一社会信用代码",
		"实验小学-有代码.xlsx｜与 实验小学.xlsx 是同一单位（单位名称同为「实验小学」，实验小学.xlsx 没有统一社会信用代码），只计入先读到的 实验小学.xlsx；如果是两个单位，请在两个文件中都填写统一社会信用代码",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Excluded =\n%q\nwant\n%q", got, want)
	}
	assertSum(t, res.Sum, inputs[0].Report, inputs[1].Report, inputs[4].Report)
}
