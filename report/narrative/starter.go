package narrative

import (
	"fmt"
	"io"
	"slices"
	"text/template"

	"github.com/xxgk/xxgk/report"
)

const starterTemplate = "narrative.starter"

// StarterPart is one heading of the starting file as the template sees it.
type StarterPart struct {
	Heading     string
	Auto        []string // generated sentences, shown as comment lines
	Placeholder string   // where the unit's words go
	Opening     bool     // the 【前言】 part with its 「网站：」… lines
	Table       bool     // a section whose body is a statutory table
	Text        string   // the unit's own text, written instead of the placeholder
}

// Starter writes the starting narrative file for rep's unit and year: a
// header explaining how to edit it, every heading, the generated sentences
// as 「#〔自动〕」 comment lines (Parse ignores them; Build always writes
// them afresh from the figures), and 「（请在此填写…）」 placeholders where the
// unit's own words go. The file parses, and builds with draft set; prev
// (may be nil) adds the change on last year to the sentences shown.
func Starter(w io.Writer, rep *report.AnnualReport, prev *report.AnnualReport, tpl *template.Template) error {
	return Write(w, rep, prev, nil, tpl)
}

// Write is Starter with the unit's own text filled in: texts maps a
// heading (of Headings) to its text, paragraphs separated by blank lines,
// written under the heading in place of the placeholder. The file reads
// back (Parse) with those texts, provided each passed CheckText.
func Write(w io.Writer, rep *report.AnnualReport, prev *report.AnnualReport, texts map[string]string, tpl *template.Template) error {
	tpl, err := orDefault(tpl)
	if err != nil {
		return err
	}
	sentences, err := Sentences(rep, prev, tpl)
	if err != nil {
		return err
	}
	fee, err := FeeSentence(rep, tpl)
	if err != nil {
		return err
	}
	tables := report.SectionTitles[1:4]
	var parts []StarterPart
	for _, h := range Headings() {
		p := StarterPart{Heading: h, Auto: sentences[h], Opening: h == OpeningPart,
			Table: slices.Contains(tables, h), Text: texts[h]}
		if h != OpeningPart {
			p.Placeholder = placeholder(h)
		}
		if h == report.SectionTitles[5] {
			p.Auto = []string{fee}
		}
		parts = append(parts, p)
	}
	data := map[string]any{"Unit": rep.Unit.Name, "Year": rep.Year, "Parts": parts}
	if err := tpl.ExecuteTemplate(w, starterTemplate, data); err != nil {
		return fmt.Errorf("write narrative starter: %w", err)
	}
	return nil
}

// placeholders are what the starter file and a draft show where the unit's
// own words go.
var placeholders = map[string]string{
	report.SectionTitles[0]:    "（请在此填写总体情况的总述，可不写）",
	report.OverviewSubheads[0]: "（请在此填写主动公开工作的主要做法和成效，可不写）",
	report.OverviewSubheads[1]: "（请在此填写依申请公开工作的做法，如受理、办理、答复的流程和时限，可不写）",
	report.OverviewSubheads[2]: "（请在此填写政府信息管理情况：公开属性源头认定、发布前保密审查、规范性文件清理、政策解读等）",
	report.OverviewSubheads[3]: "（请在此填写政府信息公开平台建设情况：政府网站、政务新媒体、政务公开专区等）",
	report.OverviewSubheads[4]: "（请在此填写监督保障情况：组织领导、制度建设、业务培训、考核评议、责任追究等）",
	report.SectionTitles[1]:    "（请在此填写对表格的说明，可不写）",
	report.SectionTitles[2]:    "（请在此填写对表格的说明，可不写）",
	report.SectionTitles[3]:    "（请在此填写对表格的说明，可不写）",
	report.SectionTitles[4]:    "（请在此填写存在的主要问题及改进情况，可对照上年报告所列问题逐项说明整改情况）",
	report.SectionTitles[5]:    "（请在此填写其他需要报告的事项，如人大代表建议和政协提案办理、年度政务公开工作要点落实情况，可不写）",
}

func placeholder(h string) string {
	if p, ok := placeholders[h]; ok {
		return p
	}
	return PlaceholderPrefix + "）"
}
