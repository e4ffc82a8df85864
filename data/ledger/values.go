package ledger

import (
	"strings"
	"unicode"

	"github.com/xxgk/xxgk/report"
)

// chooser turns a written value of a choice column into its code.
type chooser interface {
	// parse is given a trimmed, non-empty value.
	parse(s string) (code string, ok bool)
	// values lists the canonical values, as the template offers them.
	values() []string
}

// enum is a chooser over a fixed list of labels with written variants.
type enum struct {
	labels   []string
	aliases  map[string]string // normValue(written form) → code
	prefixes []string          // normalised group words that may precede a value
}

// newEnum builds an enum whose label i has code codes[i]; extra adds written
// variants, and prefixes are group words a clerk may write before a value
// (「法人或其他组织-商业企业」).
func newEnum(labels, codes []string, extra map[string]string, prefixes ...string) *enum {
	e := &enum{labels: labels, aliases: make(map[string]string)}
	for i, l := range labels {
		e.aliases[normValue(l)] = codes[i]
		e.aliases[normValue(codes[i])] = codes[i]
	}
	for k, v := range extra {
		e.aliases[normValue(k)] = v
	}
	for _, p := range prefixes {
		e.prefixes = append(e.prefixes, normValue(p))
	}
	return e
}

// newColumnEnum builds an enum over the labels and codes of statutory
// columns or rows (package report), as newEnum.
func newColumnEnum(cols []report.CodeLabel, extra map[string]string, prefixes ...string) *enum {
	labels, codes := make([]string, len(cols)), make([]string, len(cols))
	for i, c := range cols {
		labels[i], codes[i] = c.Label, c.Code
	}
	return newEnum(labels, codes, extra, prefixes...)
}

// table2Rows returns the codes and labels of the rows of table 2 with the
// given codes, in that order.
func table2Rows(codes ...string) []report.CodeLabel {
	out := make([]report.CodeLabel, len(codes))
	for i, c := range codes {
		out[i] = report.CodeLabel{Code: c, Label: report.Table2Label(c)}
	}
	return out
}

func (e *enum) values() []string { return e.labels }

func (e *enum) parse(s string) (string, bool) {
	v := normValue(s)
	if code, ok := e.aliases[v]; ok {
		return code, true
	}
	for _, p := range e.prefixes {
		if rest, ok := cutGroup(v, p); ok {
			if code, ok := e.aliases[rest]; ok {
				return code, true
			}
		}
	}
	return "", false
}

// cutGroup removes the group word p and a separator from the start of v:
// 「p-x」「p：x」「p/x」「p(x)」 and 「px」 all give x.
func cutGroup(v, p string) (string, bool) {
	rest, ok := strings.CutPrefix(v, p)
	if !ok || rest == "" {
		return "", false
	}
	if strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") {
		rest = rest[1 : len(rest)-1]
	} else if r := []rune(rest); strings.ContainsRune(groupSeparators, r[0]) {
		rest = string(r[1:])
	}
	return rest, rest != ""
}

const groupSeparators = "-—–―:/、|·_"

// normValue prepares a written value for comparison: half-width, no spaces,
// no quotes, 其它 read as 其他, lower case.
func normValue(s string) string {
	s = foldWidth(s)
	s = strings.Map(func(r rune) rune {
		if isBlank(r) || strings.ContainsRune(`"'“”‘’「」『』`, r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
	return strings.ReplaceAll(s, "其它", "其他")
}

// isBlank reports spaces of every width, and the invisible characters
// spreadsheets leave behind (zero-width space, BOM).
func isBlank(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u00a0' || r == '\u3000'
}

// trimCell removes surrounding blanks from a cell value.
func trimCell(s string) string { return strings.TrimFunc(s, isBlank) }

// Separators of multi-value cells. 佐证索引号 does not split on slashes:
// index numbers contain them (「000014349/2025-00001」).
const (
	listSeparators    = "、,，;；/／\n\r"
	indexNoSeparators = "、,，;；\n\r"
)

// splitList splits a multi-value cell on any rune of seps, keeping each part
// as written (trimmed) and dropping empty ones.
func splitList(s, seps string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
	out := parts[:0]
	for _, p := range parts {
		if p = trimCell(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

var yesNo = []string{"是", "否"}

var boolWords = map[string]bool{
	"是": true, "y": true, "yes": true, "√": true, "✓": true, "✔": true, "1": true, "true": true, "对": true,
	"否": false, "n": false, "no": false, "×": false, "✗": false, "✘": false, "0": false, "false": false,
	"空": false, "无": false, "不是": false, "": false,
}

// parseBool reads a 是/否 cell; empty means 否.
func parseBool(s string) (v, ok bool) {
	v, ok = boolWords[normValue(s)]
	return v, ok
}

// applicantTypes are table 3's applicant columns (总计 excluded).
var applicantTypes = newColumnEnum(report.Table3Columns[:report.NumApplicantTypes],
	map[string]string{
		"公民": "natural", "个人": "natural", "群众": "natural",
		"企业": "commercial", "公司": "commercial",
		"公益组织": "nonprofit", "律师事务所": "legal", "律师": "legal", "其他组织": "other_org",
	},
	"法人或其他组织", "法人或者其他组织", "法人", "法人及其他组织")

var methods = newEnum(
	[]string{"当面", "邮寄", "网络", "传真", "其他"}, []string{"当面", "邮寄", "网络", "传真", "其他"},
	map[string]string{
		"现场": "当面", "当面提交": "当面", "窗口": "当面", "信函": "邮寄", "邮政": "邮寄", "快递": "邮寄",
		"网上": "网络", "在线": "网络", "互联网": "网络", "网站": "网络", "网上申请": "网络",
		"电子邮件": "网络", "邮箱": "网络", "email": "网络",
	})

// docKinds and decisionKinds are rows of table 2.
var docKinds = newColumnEnum(table2Rows(string(report.DocRule), string(report.DocNormative)),
	map[string]string{"规范性文件": string(report.DocNormative)})

var decisionKinds = newColumnEnum(
	table2Rows(string(report.DecisionLicensing), string(report.DecisionPenalty), string(report.DecisionEnforcement)),
	map[string]string{"许可": "licensing", "处罚": "penalty", "强制": "enforcement",
		"行政强制措施": "enforcement", "行政强制执行": "enforcement"})

var feeKinds = newEnum(
	[]string{report.Table2FeeLabel, "信息处理费"},
	[]string{string(report.FeeAdministrative), string(report.FeeProcessing)},
	map[string]string{"事业性收费": "admin", "行政性收费": "admin", "处理费": "processing",
		"政府信息公开信息处理费": "processing"})

// appealKinds are the blocks of table 4.
var appealKinds = newColumnEnum(report.Table4Blocks,
	map[string]string{"复议": "review", "直接起诉": "litigation_direct", "经复议后起诉": "litigation_after_review"},
	"行政诉讼", "诉讼")

var appealResults = newEnum(
	[]string{"维持", "纠正", "其他"},
	[]string{string(report.AppealUpheld), string(report.AppealCorrected), string(report.AppealOtherResult)},
	map[string]string{"结果维持": "upheld", "结果纠正": "corrected", "其他结果": "other",
		"尚未审结": "", "未审结": "", "审理中": ""})

var appealRoles = newEnum(
	[]string{"被申请人/被告", "复议机关共同被告"},
	[]string{string(report.RoleRespondent), string(report.RoleReviewOrgan)},
	map[string]string{"被申请人": "respondent", "被告": "respondent", "被申请人(被告)": "respondent",
		"被申请人或被告": "respondent", "复议机关": "review_organ", "共同被告": "review_organ",
		"复议机关(共同被告)": "review_organ", "复议机关作为共同被告": "review_organ"})

var statuses = newEnum(
	[]string{"未开始", "推进中", "已完成"},
	[]string{string(report.TaskNotStarted), string(report.TaskInProgress), string(report.TaskDone)},
	map[string]string{"未启动": "未开始", "进行中": "推进中", "正在推进": "推进中", "正在进行": "推进中",
		"完成": "已完成", "已办结": "已完成"})
