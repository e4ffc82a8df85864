package narrative

import (
	"strings"
	"testing"
)

func TestMismatches(t *testing.T) {
	rep := fixture() // new 41, carried_in 7, result_total 45, carried_out 3, published 257 …
	for _, tc := range []struct {
		text string
		want string // "" when the text agrees with the tables
	}{
		{"全年共收到政府信息公开申请41件。", ""},
		{"全年共收到政府信息公开申请40件。", "写的是40，表三「一、本年新收政府信息公开申请数量」总计为41"},
		{"全年新收各类申请４２件。", "写的是42"},
		{"全年主动公开政府信息257条。", ""},
		{"全年主动公开信息250条，其中重点领域信息66条。", "写的是250，主动公开信息总数为257"},
		{"依申请公开转为主动公开的信息2条。", ""},
		{"主动公开政策文件21件。", ""},
		{"重点领域信息60条。", "写的是60，重点领域信息数为66"},
		{"全年共办结45件，按时办结率100%。", ""},
		{"全年共办结44件。", "写的是44，表三「（七）总计」总计为45"},
		{"上年结转申请7件；结转下年度继续办理3件。", ""},
		{"上年结转申请6件。", "写的是6，表三「二、上年结转政府信息公开申请数量」总计为7"},
		{"结转下年度办理4件。", "写的是4，表三「四、结转下年度继续办理」总计为3"},
		{"全年制发行政规范性文件5件。", ""},
		{"全年印发规范性文件4件。", "写的是4，表二 行政规范性文件 / 本年制发件数为5"},
		{"被申请行政复议2件，被提起行政诉讼1件。", ""},
		{"被申请行政复议3件。", "写的是3，表四 行政复议 / 总计为2"},
		{"被提起行政诉讼0件。", "写的是0，表四 行政诉讼"},
		{"收到行政复议申请2件。", ""},
		{"全年作出行政许可决定36件。", "写的是36，表二 行政许可 / 本年处理决定数量为37"},
		{"承办建议提案12件，均已按期办结。", ""},
	} {
		f := &File{Parts: map[string]string{"（二）依申请公开": tc.text}, Order: []string{"（二）依申请公开"}}
		got := Mismatches(f, rep)
		switch {
		case tc.want == "" && len(got) > 0:
			t.Errorf("%s: unexpected warnings %q", tc.text, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: warnings %q, want one with %q", tc.text, got, tc.want)
		case tc.want != "" && !strings.Contains(got[0], "【（二）依申请公开】"):
			t.Errorf("%s: warning %q does not name the heading", tc.text, got[0])
		}
	}
}

// Warnings come in file order, one per wrong figure, each naming its part
// and quoting its sentence.
func TestMismatchesAcrossParts(t *testing.T) {
	text := "【（一）主动公开】\n全年主动公开政府信息257条。\n\n" +
		"【（二）依申请公开】\n全年收到申请40件，办结44件。按时答复。\n" +
		"【五、存在的主要问题及改进情况】\n被申请行政复议9件。\n"
	got := Mismatches(mustParse(t, text), fixture())
	want := []string{
		"年报文字【（二）依申请公开】“全年收到申请40件，办结44件。”：写的是40",
		"年报文字【（二）依申请公开】“全年收到申请40件，办结44件。”：写的是44",
		"年报文字【五、存在的主要问题及改进情况】“被申请行政复议9件。”：写的是9",
	}
	if len(got) != len(want) {
		t.Fatalf("warnings %q, want %d", got, len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("warning %d = %q, want prefix %q", i, got[i], want[i])
		}
	}
	if w := Mismatches(nil, fixture()); w != nil {
		t.Errorf("no narrative file: %q", w)
	}
}

func TestSplitSentences(t *testing.T) {
	got := splitSentences("甲。乙；丙！丁")
	if strings.Join(got, "|") != "甲。|乙；|丙！|丁" {
		t.Errorf("splitSentences = %q", got)
	}
}
