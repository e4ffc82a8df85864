package ledger

import (
	"slices"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

func TestEnums(t *testing.T) {
	tests := []struct {
		name string
		c    chooser
		in   string
		want string
	}{
		{"applicant", applicantTypes, "自然人", "natural"},
		{"applicant", applicantTypes, "公民", "natural"},
		{"applicant", applicantTypes, "个人", "natural"},
		{"applicant", applicantTypes, " 自 然 人 ", "natural"},
		{"applicant", applicantTypes, "商业企业", "commercial"},
		{"applicant", applicantTypes, "法人或其他组织-商业企业", "commercial"},
		{"applicant", applicantTypes, "法人或其他组织—科研机构", "research"},
		{"applicant", applicantTypes, "法人或其他组织：社会公益组织", "nonprofit"},
		{"applicant", applicantTypes, "法人或其他组织（法律服务机构）", "legal"},
		{"applicant", applicantTypes, "法人或其他组织/其他", "other_org"},
		{"applicant", applicantTypes, "法人或其他组织商业企业", "commercial"},
		{"applicant", applicantTypes, "科研机构", "research"},
		{"applicant", applicantTypes, "社会公益组织", "nonprofit"},
		{"applicant", applicantTypes, "法律服务机构", "legal"},
		{"applicant", applicantTypes, "其他", "other_org"},
		{"applicant", applicantTypes, "其它", "other_org"},
		{"applicant", applicantTypes, "commercial", "commercial"},
		{"method", methods, "当面", "当面"},
		{"method", methods, "现场", "当面"},
		{"method", methods, "邮寄", "邮寄"},
		{"method", methods, "信函", "邮寄"},
		{"method", methods, "网络", "网络"},
		{"method", methods, "网上申请", "网络"},
		{"method", methods, "电子邮件", "网络"},
		{"method", methods, "传真", "传真"},
		{"method", methods, "其他", "其他"},
		{"doc", docKinds, "规章", "rules"},
		{"doc", docKinds, "行政规范性文件", "normative_docs"},
		{"doc", docKinds, "规范性文件", "normative_docs"},
		{"decision", decisionKinds, "行政许可", "licensing"},
		{"decision", decisionKinds, "许可", "licensing"},
		{"decision", decisionKinds, "行政处罚", "penalty"},
		{"decision", decisionKinds, "行政强制", "enforcement"},
		{"decision", decisionKinds, "行政强制措施", "enforcement"},
		{"fee", feeKinds, "行政事业性收费", "admin"},
		{"fee", feeKinds, "信息处理费", "processing"},
		{"appeal", appealKinds, "行政复议", "review"},
		{"appeal", appealKinds, "未经复议直接起诉", "litigation_direct"},
		{"appeal", appealKinds, "行政诉讼-未经复议直接起诉", "litigation_direct"},
		{"appeal", appealKinds, "复议后起诉", "litigation_after_review"},
		{"appeal", appealKinds, "行政诉讼（复议后起诉）", "litigation_after_review"},
		{"result", appealResults, "维持", "upheld"},
		{"result", appealResults, "结果维持", "upheld"},
		{"result", appealResults, "纠正", "corrected"},
		{"result", appealResults, "结果纠正", "corrected"},
		{"result", appealResults, "其他", "other"},
		{"result", appealResults, "其他结果", "other"},
		{"result", appealResults, "尚未审结", ""},
		{"role", appealRoles, "被申请人", "respondent"},
		{"role", appealRoles, "被告", "respondent"},
		{"role", appealRoles, "被申请人/被告", "respondent"},
		{"role", appealRoles, "被申请人／被告", "respondent"},
		{"role", appealRoles, "复议机关", "review_organ"},
		{"role", appealRoles, "复议机关共同被告", "review_organ"},
		{"role", appealRoles, "共同被告", "review_organ"},
		{"role", appealRoles, "复议机关（共同被告）", "review_organ"},
		{"status", statuses, "未开始", "未开始"},
		{"status", statuses, "推进中", "推进中"},
		{"status", statuses, "进行中", "推进中"},
		{"status", statuses, "已完成", "已完成"},
		{"status", statuses, "完成", "已完成"},
	}
	for _, tt := range tests {
		got, ok := tt.c.parse(tt.in)
		if !ok || got != tt.want {
			t.Errorf("%s.parse(%q) = %q, %v; want %q", tt.name, tt.in, got, ok, tt.want)
		}
	}
}

func TestEnumErrors(t *testing.T) {
	bad := map[string]chooser{
		"法人或其他组织": applicantTypes, "法人": applicantTypes, "单位": applicantTypes, "自然人x": applicantTypes,
		"电话": methods, "规范": docKinds, "行政检查": decisionKinds, "罚款": feeKinds,
		"行政诉讼": appealKinds, "驳回": appealResults, "第三人": appealRoles, "暂停": statuses,
	}
	for in, c := range bad {
		if got, ok := c.parse(in); ok {
			t.Errorf("parse(%q) = %q, want failure", in, got)
		}
	}
}

func TestEveryChoiceValueParses(t *testing.T) {
	for _, k := range Kinds {
		for _, c := range Columns(k) {
			if c.choices == nil {
				continue
			}
			for _, v := range c.Values {
				if _, ok := c.choices.parse(v); !ok {
					t.Errorf("%s %s: offered value %q does not parse", k.Label(), c.Label, v)
				}
			}
		}
	}
}

func TestOutcomes(t *testing.T) {
	n := 0
	for _, r := range report.Table3Rows {
		if !r.IsOutcome {
			continue
		}
		n++
		forms := []string{r.Label, r.Number + r.Label, " " + r.Label + " ", r.Code}
		if g := report.GroupLabel(r.Group); g != "" {
			for _, sep := range []string{"-", "—", "－", "：", ":", "/", "、"} {
				forms = append(forms, g+sep+r.Label, g+sep+r.Number+r.Label)
			}
			num := report.Table3Groups[slices.IndexFunc(report.Table3Groups, func(x report.Table3Group) bool { return x.Code == r.Group })].Number
			forms = append(forms, num+g+"-"+r.Number+r.Label, g+"（"+r.Label+"）")
		}
		for _, in := range forms {
			got, ok := outcomes.parse(in)
			if !ok || got != r.Code {
				t.Errorf("outcome %q = %q, %v; want %q", in, got, ok, r.Code)
			}
		}
	}
	if n != 21 {
		t.Fatalf("%d outcome rows, want 21", n)
	}
	extra := map[string]string{
		"部分公开":    "partial",
		"（二）部分公开": "partial",
		"部分公开（区分处理的，只计这一情形，不计其他情形）": "partial",
		"部分公开(区分处理的,只计这一情形,不计其他情形)": "partial",
		"其他":           "other.other",
		"其它":           "other.other",
		"其他处理-其他":      "other.other",
		"其他处理：3.其他":    "other.other",
		"撤回":           "other.other",
		"申请人撤回":        "other.other",
		"危及三安全一稳定":     "withheld.three_safeties",
		"危及\"三安全一稳定\"": "withheld.three_safeties",
		"国家秘密":         "withheld.state_secret",
		"不予公开-国家秘密":    "withheld.state_secret",
		"逾期不补正":        "other.no_correction",
		"逾期未缴纳费用":      "other.fee_unpaid",
		"１．属于国家秘密":     "withheld.state_secret",
	}
	for in, want := range extra {
		if got, ok := outcomes.parse(in); !ok || got != want {
			t.Errorf("outcome %q = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"不予公开", "其他处理", "无法提供", "不予公开-其他", "无法提供-重复申请", "公开", "同意", "（三）", "1.", "予以公开x"} {
		if got, ok := outcomes.parse(in); ok {
			t.Errorf("outcome %q = %q, want failure", in, got)
		}
	}
}

func TestBool(t *testing.T) {
	for in, want := range map[string]bool{
		"是": true, "否": false, "Y": true, "N": false, "y": true, "yes": true, "No": false, "√": true,
		"×": false, "": false, "空": false, "1": true, "0": false, "TRUE": true, "FALSE": false, " 是 ": true, "Ｙ": true,
	} {
		if got, ok := parseBool(in); !ok || got != want {
			t.Errorf("parseBool(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"可能", "是的吧", "2"} {
		if _, ok := parseBool(in); ok {
			t.Errorf("parseBool(%q) succeeded, want failure", in)
		}
	}
}

func TestSplitList(t *testing.T) {
	tests := map[string][]string{
		"":           nil,
		" ":          nil,
		"政府网站":       {"政府网站"},
		"政府网站、政务新媒体": {"政府网站", "政务新媒体"},
		"政府网站,微信公众号，政务公开栏":    {"政府网站", "微信公众号", "政务公开栏"},
		"政府网站; 微博；新闻发布会/其他":   {"政府网站", "微博", "新闻发布会", "其他"},
		"政府网站／ 微信公众号 、、":      {"政府网站", "微信公众号"},
		"办公室\n政策法规股":          {"办公室", "政策法规股"},
		"  办公室 （牵头） 、 基础教育股 ": {"办公室 （牵头）", "基础教育股"},
	}
	for in, want := range tests {
		if got := splitList(in, listSeparators); !slices.Equal(got, want) {
			t.Errorf("splitList(%q) = %q, want %q", in, got, want)
		}
	}
	got := splitList("000014349/2025-00001；000014349/2025-00002, X/1", indexNoSeparators)
	if want := []string{"000014349/2025-00001", "000014349/2025-00002", "X/1"}; !slices.Equal(got, want) {
		t.Errorf("index numbers split as %q", got)
	}
}

func TestExpectedListsValues(t *testing.T) {
	c := Columns(KindRequests)[3]
	want := "以下之一：「自然人」「商业企业」「科研机构」「社会公益组织」「法律服务机构」「其他」"
	if got := c.Expected(); got != want {
		t.Errorf("Expected() = %q, want %q", got, want)
	}
	outcome := Columns(KindRequests)[14]
	if got := outcome.Expected(); !strings.Contains(got, "「部分公开」「属于国家秘密」") || strings.Count(got, "「") != 21 {
		t.Errorf("outcome Expected() = %q", got)
	}
}
