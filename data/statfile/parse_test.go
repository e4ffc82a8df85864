package statfile

import "testing"

func TestLabelKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"（一）予以公开", "予以公开"},
		{"(一)予以 公开", "予以公开"},
		{" 1.属于国家秘密\n", "属于国家秘密"},
		{"１．属于国家秘密", "属于国家秘密"},
		{"2、重复申请", "重复申请"},
		{"3.危及“三安全一稳定”", "危及三安全一稳定"},
		{"危及\"三安全一稳定\"", "危及三安全一稳定"},
		{"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"},
		{"部分公开(区分处理的,只计这一情形", "部分公开"},
		{"一、本年新收政府信息公开申请数量", "本年新收政府信息公开申请数量"},
		{"三、本年度办理结果", "本年度办理结果"},
		{"本年收费金额（单位：万元）", "本年收费金额"},
		{"①其他", "其他"},
		{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", ""},
		{"12", "12"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := labelKey(tt.in); got != tt.want {
			t.Errorf("labelKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseCount(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		problem string
	}{
		{"12", 12, ""},
		{" 3 ", 3, ""},
		{"１２", 12, ""},
		{"", 0, ""},
		{"/", 0, ""},
		{"—", 0, ""},
		{"无", 0, ""},
		{"1,234", 1234, ""},
		{"12.0", 12, ""},
		{"1E1", 10, ""},
		{"+7", 7, ""},
		{"-0", 0, ""},
		{"2.5", 0, "「2.5」不是整数，应为非负整数（空白按0计）"},
		{"-3", 0, "「-3」是负数，应为非负整数（空白按0计）"},
		{"-0.5", 0, "「-0.5」是负数，应为非负整数（空白按0计）"},
		{"十二", 0, "「十二」不是数字，应为非负整数（空白按0计）"},
		{"NaN", 0, "「NaN」不是数字，应为非负整数（空白按0计）"},
		{"Inf", 0, "「Inf」不是数字，应为非负整数（空白按0计）"},
		{"1,2", 0, "「1,2」不是数字，应为非负整数（空白按0计）"},
		{"99999999999999999999", 0, "「99999999999999999999」太大，应为非负整数（空白按0计）"},
		{"1e300", 0, "「1e300」太大，应为非负整数（空白按0计）"},
	}
	for _, tt := range tests {
		got, problem := parseCount(tt.in)
		if got != tt.want || problem != tt.problem {
			t.Errorf("parseCount(%q) = %d, %q; want %d, %q", tt.in, got, problem, tt.want, tt.problem)
		}
	}
}

func TestParseAmount(t *testing.T) {
	tests := []struct{ in, want, problem string }{
		{"4166.241619", "4166.241619", ""},
		{" ４１６６．２４ ", "4166.24", ""},
		{"0.50", "0.50", ""},
		{"12", "12", ""},
		{"", "0", ""},
		{"/", "0", ""},
		{"1,234.5", "1234.5", ""},
		{"3.5万元", "3.5", ""},
		{".5", "0.5", ""},
		{"1.2E-2", "0.012", ""},
		{"-0.00", "0.00", ""},
		{"-1", "", "「-1」是负数，应为非负金额，单位万元（空白按0计）"},
		{"五万", "", "「五万」不是数字，应为非负金额，单位万元（空白按0计）"},
		{"1e99", "", "「1e99」太大，应为非负金额，单位万元（空白按0计）"},
	}
	for _, tt := range tests {
		got, problem := parseAmount(tt.in)
		if got != tt.want || problem != tt.problem {
			t.Errorf("parseAmount(%q) = %q, %q; want %q, %q", tt.in, got, problem, tt.want, tt.problem)
		}
	}
}

func TestParseTitle(t *testing.T) {
	tests := []struct {
		in   string
		unit string
		year int
		ok   bool
	}{
		{"某某县教育局2025年政府信息公开工作年度报告", "某某县教育局", 2025, true},
		{"某某县教育局 2024 年政府信息公开工作年度报告\n二、主动公开政府信息情况", "某某县教育局", 2024, true},
		{"附件：某某市教育局２０２５年度政府信息公开工作年度报告", "某某市教育局", 2025, true},
		{"《某某县教育局2025年政府信息公开工作年度报告》", "某某县教育局", 2025, true},
		{"政府信息公开工作年度报告", "", 0, false},
		{"三、收到和处理政府信息公开申请情况", "", 0, false},
	}
	for _, tt := range tests {
		unit, year, ok := parseTitle(tt.in)
		if unit != tt.unit || year != tt.year || ok != tt.ok {
			t.Errorf("parseTitle(%q) = %q, %d, %v", tt.in, unit, year, ok)
		}
	}
}
