package narrative

import (
	"fmt"
	"strings"
	"text/template"

	"github.com/xxgk/xxgk/report"
)

// MissingError lists the parts that need the unit's text and have none.
type MissingError struct {
	Headings []string // in report order
}

// Error names the missing parts in Chinese.
func (e *MissingError) Error() string {
	return fmt.Sprintf("年报文字缺少以下部分的内容：%s；请在年报文字文件相应的【标题】下补写，或先生成草稿",
		strings.Join(e.Headings, "、"))
}

// required lists the parts that must hold the unit's own text: the ones
// with no generated sentences to stand on.
var required = map[string]bool{
	report.OverviewSubheads[2]: true, // （三）政府信息管理
	report.OverviewSubheads[3]: true, // （四）政府信息公开平台建设
	report.OverviewSubheads[4]: true, // （五）监督保障
	report.SectionTitles[4]:    true, // 五、存在的主要问题及改进情况
}

// Required reports whether heading must hold the unit's own text.
func Required(heading string) bool { return required[heading] }

// Build assembles the published report from the figures (rep; prev, may be
// nil, for the change on last year) and the unit's narrative file f (may be
// nil). A part that needs the unit's text and has none makes a
// *MissingError naming every such part, unless draft is true: then the
// report is marked Draft and placeholders stand in. tpl holds the
// templates (nil: the embedded ones).
func Build(rep *report.AnnualReport, prev *report.AnnualReport, f *File, draft bool, tpl *template.Template) (*report.PublishedReport, error) {
	tpl, err := orDefault(tpl)
	if err != nil {
		return nil, err
	}
	var missing []string
	own := func(h string) []string {
		p := f.Paragraphs(h)
		if len(p) == 0 && required[h] {
			missing = append(missing, h)
			if draft {
				return []string{placeholder(h)}
			}
		}
		return p
	}
	sentences, err := Sentences(rep, prev, tpl)
	if err != nil {
		return nil, err
	}
	fee, err := FeeSentence(rep, tpl)
	if err != nil {
		return nil, err
	}
	opening, err := buildOpening(rep, f, tpl)
	if err != nil {
		return nil, err
	}
	doc := &report.PublishedReport{
		Title:   report.DocumentTitle(rep.Unit.Name, rep.Year),
		Opening: opening,
		Report:  rep,
		Draft:   draft,
		SignOff: signOff(rep),
	}
	// 一、总体情况: an optional lead, then the five sub-heads.
	overview := report.Section{Heading: report.SectionTitles[0]}
	if lead := f.Paragraphs(report.SectionTitles[0]); len(lead) > 0 {
		overview.Blocks = append(overview.Blocks, report.Block{Paragraphs: lead})
	}
	for _, h := range report.OverviewSubheads {
		var paras []string
		if s := sentences[h]; len(s) > 0 {
			paras = append(paras, strings.Join(s, ""))
		}
		overview.Blocks = append(overview.Blocks, report.Block{Subhead: h, Paragraphs: append(paras, own(h)...)})
	}
	doc.Sections = append(doc.Sections, overview)
	// 二 to 四: the tables, then any note of the unit's.
	for i, id := range []report.TableID{report.Table2ID, report.Table3ID, report.Table4ID} {
		h := report.SectionTitles[i+1]
		s := report.Section{Heading: h, Blocks: []report.Block{{Table: id}}}
		if p := own(h); len(p) > 0 {
			s.Blocks = append(s.Blocks, report.Block{Paragraphs: p})
		}
		doc.Sections = append(doc.Sections, s)
	}
	five := report.SectionTitles[4]
	doc.Sections = append(doc.Sections, report.Section{Heading: five,
		Blocks: []report.Block{{Paragraphs: own(five)}}})
	six := report.SectionTitles[5]
	doc.Sections = append(doc.Sections, report.Section{Heading: six,
		Blocks: []report.Block{{Paragraphs: append([]string{fee}, own(six)...)}}})
	if len(missing) > 0 && !draft {
		return nil, &MissingError{Headings: missing}
	}
	return doc, nil
}

// signOff is the report's closing: the unit's name and, when the figures
// carry one, the date they were produced (the 成文日期 unless the caller
// sets another with SignOff).
func signOff(rep *report.AnnualReport) []string {
	if rep.Produced.IsZero() {
		return []string{rep.Unit.Name}
	}
	return SignOff(rep.Unit.Name, report.DateOf(rep.Produced))
}

// SignOff is a closing of unit's name over the 成文日期 d, written in
// Arabic numerals as GB/T 9704 has it (「2026年1月10日」).
func SignOff(unit string, d report.Date) []string {
	return []string{unit, fmt.Sprintf("%d年%d月%d日", d.Year(), int(d.Month()), d.Day())}
}
