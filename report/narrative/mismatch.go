package narrative

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// gap is what may stand between a phrase and its number: a few characters,
// no digit and no clause break.
const gap = `[^0-9。；，,;！？]`

// phrase is a way of writing a figure in prose that check compares with the
// tables.
type phrase struct {
	re      *regexp.Regexp // the number is the last group
	skip    *regexp.Regexp // the match is not this figure if it holds one of these
	skipPre *regexp.Regexp // … or if the text just before it does
	figure  string         // what the figure is called on the tables
	get     func(*report.AnnualReport) int
}

func t3total(row int) func(*report.AnnualReport) int {
	return func(r *report.AnnualReport) int { return r.Table3.Rows[row][report.TotalCol] }
}

func rowName(row int) string {
	r := report.Table3Rows[row]
	return "表三「" + r.Number + r.Label + "」总计"
}

var phrases = []phrase{
	{re: regexp.MustCompile(`(?:收到|新收|受理)` + gap + `{0,20}?申请` + gap + `{0,6}?(\d+)\s*件`),
		skip: regexp.MustCompile(`复议|诉讼|结转`), figure: rowName(report.RowNew), get: t3total(report.RowNew)},
	{re: regexp.MustCompile(`上一?年度?结转` + gap + `{0,14}?(\d+)\s*件`),
		figure: rowName(report.RowCarriedIn), get: t3total(report.RowCarriedIn)},
	{re: regexp.MustCompile(`办结` + gap + `{0,10}?(\d+)\s*件`),
		skip: regexp.MustCompile(`率|上年`), figure: rowName(report.RowResultTotal), get: t3total(report.RowResultTotal)},
	{re: regexp.MustCompile(`(?:结转下一?年度?|转入下一?年度?)` + gap + `{0,10}?(\d+)\s*件`),
		figure: rowName(report.RowCarriedOut), get: t3total(report.RowCarriedOut)},
	{re: regexp.MustCompile(`主动公开` + gap + `{0,15}?(\d+)\s*[条件]`),
		skip: regexp.MustCompile(`重点|规范性|文件|许可|处罚|类|栏目`), skipPre: regexp.MustCompile(`转为|转`),
		figure: "主动公开信息总数", get: func(r *report.AnnualReport) int { return r.Publications.Total }},
	{re: regexp.MustCompile(`重点领域` + gap + `{0,10}?(\d+)\s*[条件]`),
		figure: "重点领域信息数", get: func(r *report.AnnualReport) int { return r.Publications.KeyArea }},
	{re: regexp.MustCompile(`(?:制发|印发|出台)` + gap + `{0,10}?规范性文件` + gap + `{0,4}?(\d+)\s*件`),
		figure: report.FigureName("table2.normative_docs.issued"),
		get:    func(r *report.AnnualReport) int { return r.Table2.NormativeDocs.Issued }},
	{re: regexp.MustCompile(`行政许可` + gap + `{0,8}?(\d+)\s*件`),
		figure: report.FigureName("table2.licensing.decisions"),
		get:    func(r *report.AnnualReport) int { return r.Table2.Licensing }},
	{re: regexp.MustCompile(`行政复议` + gap + `{0,6}?(\d+)\s*件`), skip: regexp.MustCompile(`诉讼`),
		figure: "表四 " + report.Table4Review + " / 总计",
		get:    func(r *report.AnnualReport) int { return r.Table4.Review.Total }},
	{re: regexp.MustCompile(`行政诉讼` + gap + `{0,6}?(\d+)\s*件`), skip: regexp.MustCompile(`复议`),
		figure: "表四 " + report.Table4Litigation + " / 总计（未经复议直接起诉与复议后起诉之和）",
		get: func(r *report.AnnualReport) int {
			return r.Table4.LitigationDirect.Total + r.Table4.LitigationAfterReview.Total
		}},
}

// Mismatches compares the numbers the clerk wrote next to known phrases in
// the narrative (「收到…申请N件」「主动公开…N条」「办结…N件」「结转…N件」
// 「制发…规范性文件N件」「行政复议N件」 …) with the tables of rep, and returns
// a Chinese warning, naming the heading and the sentence, for each that
// differs. Numbers the clerk did not tie to a known phrase are not checked.
func Mismatches(f *File, rep *report.AnnualReport) []string {
	if f == nil || rep == nil {
		return nil
	}
	var out []string
	for _, h := range f.Order {
		for _, para := range f.Paragraphs(h) {
			for _, s := range splitSentences(foldDigits(para)) {
				out = append(out, sentenceMismatches(h, s, rep)...)
			}
		}
	}
	return out
}

func sentenceMismatches(heading, s string, rep *report.AnnualReport) []string {
	var out []string
	for _, p := range phrases {
		for _, m := range p.re.FindAllStringSubmatchIndex(s, -1) {
			text := s[m[0]:m[1]]
			if p.skip != nil && p.skip.MatchString(text) {
				continue
			}
			if p.skipPre != nil && p.skipPre.MatchString(tail(s[:m[0]], 4)) {
				continue
			}
			n, err := strconv.Atoi(s[m[len(m)-2]:m[len(m)-1]])
			if err != nil {
				continue
			}
			if want := p.get(rep); n != want {
				out = append(out, fmt.Sprintf("年报文字【%s】“%s”：写的是%d，%s为%d，请核对",
					heading, clip(s, 60), n, p.figure, want))
			}
		}
	}
	return out
}

// splitSentences splits a paragraph after 。！？； keeping the marks.
func splitSentences(p string) []string {
	var out []string
	start := 0
	for i, r := range p {
		if strings.ContainsRune("。！？；!?;", r) {
			end := i + len(string(r))
			out = append(out, p[start:end])
			start = end
		}
	}
	if start < len(p) {
		out = append(out, p[start:])
	}
	return out
}

// tail returns the last n runes of s.
func tail(s string, n int) string {
	r := []rune(s)
	return string(r[max(0, len(r)-n):])
}

// foldDigits turns full-width digits into ASCII ones.
func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}
