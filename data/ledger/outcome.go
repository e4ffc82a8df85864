package ledger

import (
	"regexp"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// outcomeChooser reads 办理结果: the result row labels of table 3 (docs/counting.md)
// without their numbers, with or without a number (「1.属于国家秘密」) or a
// group (「不予公开-属于国家秘密」, 「其他处理：其他」) before them, and a few
// words clerks use (「撤回」). Codes are report.Outcome values.
type outcomeChooser struct {
	labels  []string                            // dropdown values, in table order
	byLabel map[string][]report.Table3Row       // normValue(label) → rows with it
	aliases map[string]report.Outcome           // normValue(word) → outcome
	groups  map[string]string                   // normValue(group label) → group code
	numbers *regexp.Regexp                      // a leading 「（一）」「一、」「1.」
	rows    map[report.Outcome]report.Table3Row // code → row
}

var outcomes = newOutcomeChooser()

// partialShort is how clerks write 「部分公开（区分处理的，只计这一情形，不计其他情形）」.
const partialShort = "部分公开"

// outcomeWords are the written variants beyond the statutory labels.
var outcomeWords = map[string]report.Outcome{
	partialShort: "partial",
	"撤回":         "other.other", "申请人撤回": "other.other", "撤回申请": "other.other",
	"申请人撤回申请": "other.other", "主动撤回": "other.other", "申请人主动撤回": "other.other",
	"全部公开": "granted", "同意公开": "granted",
	"逾期不补正": "other.no_correction", "无正当理由逾期不补正": "other.no_correction",
	"申请人逾期不补正": "other.no_correction", "申请人无正当理由逾期不补正": "other.no_correction",
	"逾期未缴费": "other.fee_unpaid", "逾期未缴纳费用": "other.fee_unpaid", "逾期不缴费": "other.fee_unpaid",
	"申请人逾期未缴纳费用": "other.fee_unpaid",
}

func newOutcomeChooser() *outcomeChooser {
	c := &outcomeChooser{
		byLabel: make(map[string][]report.Table3Row),
		aliases: make(map[string]report.Outcome),
		groups:  make(map[string]string),
		numbers: regexp.MustCompile(`^(\([一二三四五六七八九]\)|[一二三四五六七八九][、.]|[0-9]{1,2}[.、)])`),
		rows:    make(map[report.Outcome]report.Table3Row),
	}
	for _, r := range report.Table3Rows {
		if !r.IsOutcome {
			continue
		}
		label := r.Label
		if r.Code == "partial" {
			label = partialShort
		}
		c.labels = append(c.labels, label)
		c.rows[report.Outcome(r.Code)] = r
		c.add(r.Label, r)
		c.aliases[normValue(r.Code)] = report.Outcome(r.Code)
		if short, ok := strings.CutPrefix(r.Label, "属于"); ok {
			c.add(short, r) // 「国家秘密」「四类过程性信息」
		}
	}
	for w, o := range outcomeWords {
		c.aliases[normValue(w)] = o
	}
	for _, g := range report.Table3Groups {
		c.groups[normValue(g.Label)] = g.Code
	}
	return c
}

func (c *outcomeChooser) add(label string, r report.Table3Row) {
	k := normValue(label)
	c.byLabel[k] = append(c.byLabel[k], r)
}

func (c *outcomeChooser) values() []string { return c.labels }

func (c *outcomeChooser) parse(s string) (string, bool) {
	v := c.stripNumber(normValue(s))
	if o, ok := c.lookup(v, ""); ok {
		return string(o), true
	}
	for label, group := range c.groups {
		rest, ok := cutGroup(v, label)
		if !ok {
			continue
		}
		if o, ok := c.lookup(c.stripNumber(rest), group); ok {
			return string(o), true
		}
	}
	return "", false
}

// lookup finds the outcome written v within group (any group when "").
func (c *outcomeChooser) lookup(v, group string) (report.Outcome, bool) {
	if o, ok := c.aliases[v]; ok {
		return o, group == "" || c.rows[o].Group == group
	}
	for _, r := range c.byLabel[v] {
		if group == "" || r.Group == group {
			return report.Outcome(r.Code), true
		}
	}
	return "", false
}

// stripNumber removes a leading statutory number such as 「（三）」「1.」.
func (c *outcomeChooser) stripNumber(v string) string {
	if loc := c.numbers.FindStringIndex(v); loc != nil && loc[1] < len(v) {
		return v[loc[1]:]
	}
	return v
}
