package narrative

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"text/template"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/templates"
)

// Template names defined in templates/text/narrative_sentences.tmpl, one per
// sub-head of section 一 (in the order of report.OverviewSubheads), and the
// 信息处理费 sentence of section 六.
var subheadTemplates = []string{
	"narrative.publish",
	"narrative.apply",
	"narrative.manage",
	"narrative.platform",
	"narrative.supervise",
}

const feeTemplate = "narrative.fees"

// topCategories is how many categories the 主动公开 sentence names.
const topCategories = 3

// Figure is one number of the sentences with its change on the previous
// year; HasPrev is false when there is no previous year to compare with.
type Figure struct {
	N       int
	Diff    int // N − previous
	Abs     int // |Diff|
	HasPrev bool
}

func figure(n int, prev *int) Figure {
	if prev == nil {
		return Figure{N: n}
	}
	d := n - *prev
	return Figure{N: n, Diff: d, Abs: max(d, -d), HasPrev: true}
}

// Outcome is a labelled count in a list (「予以公开16件」).
type Outcome struct {
	Label string
	N     int
}

// DocFigures are table 2's figures for one kind of document.
type DocFigures struct{ Issued, Repealed, InForce Figure }

// SentenceData is what the sentence templates see. Every number in it comes
// from the AnnualReport that fills the tables.
type SentenceData struct {
	Year    int
	Unit    string
	HasPrev bool

	Published, KeyArea Figure
	KeyShare           string // KeyArea / Published in %, one decimal
	TopCategories      []report.NamedCount
	FromRequests       int
	Channels           []report.NamedCount

	New, CarriedIn, Concluded, CarriedOut Figure
	Outcomes                              []Outcome // non-zero, statutory order
	Review, Litigation                    Figure
	ReviewDetail, LitigationDetail        []Outcome

	Rules, Normative                DocFigures
	Licensing, Penalty, Enforcement Figure
	FeeCount                        int
	FeeFen                          int64
	FeeYuan                         string
	// Timely is set when the report carries Timeliness: the applications
	// concluded in the year that were answered within their deadline.
	Timely      *report.Timeliness
	TimelyShare string // OnTime / Concluded in %, one decimal
}

// Sentences returns the generated sentences per sub-head of section 一 (keys
// = report.OverviewSubheads), worded by the templates and filled from rep;
// prev, when not nil, adds the change on the previous year.
func Sentences(rep, prev *report.AnnualReport, tpl *template.Template) (map[string][]string, error) {
	tpl, err := orDefault(tpl)
	if err != nil {
		return nil, err
	}
	d := sentenceData(rep, prev)
	out := make(map[string][]string, len(report.OverviewSubheads))
	for i, h := range report.OverviewSubheads {
		s, err := execLines(tpl, subheadTemplates[i], d)
		if err != nil {
			return nil, err
		}
		out[h] = s
	}
	return out, nil
}

// FeeSentence returns the 信息处理费 sentence of section 六.
func FeeSentence(rep *report.AnnualReport, tpl *template.Template) (string, error) {
	tpl, err := orDefault(tpl)
	if err != nil {
		return "", err
	}
	s, err := execLines(tpl, feeTemplate, sentenceData(rep, nil))
	return strings.Join(s, ""), err
}

func orDefault(tpl *template.Template) (*template.Template, error) {
	if tpl != nil {
		return tpl, nil
	}
	return templates.Text()
}

// execLines runs a template and returns its non-empty lines, trimmed: one
// sentence (or sentence group) per line.
func execLines(tpl *template.Template, name string, data any) ([]string, error) {
	var b strings.Builder
	if err := tpl.ExecuteTemplate(&b, name, data); err != nil {
		return nil, fmt.Errorf("narrative template %s: %w", name, err)
	}
	out := []string{}
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out, nil
}

func sentenceData(rep, prev *report.AnnualReport) SentenceData {
	// pv returns a pointer to the previous year's figure, or nil.
	pv := func(get func(*report.AnnualReport) int) *int {
		if prev == nil {
			return nil
		}
		v := get(prev)
		return &v
	}
	fig := func(get func(*report.AnnualReport) int) Figure { return figure(get(rep), pv(get)) }
	t3 := func(row int) func(*report.AnnualReport) int {
		return func(r *report.AnnualReport) int { return r.Table3.Rows[row][report.TotalCol] }
	}
	d := SentenceData{
		Year: rep.Year, Unit: rep.Unit.Name, HasPrev: prev != nil,
		Published:     fig(func(r *report.AnnualReport) int { return r.Publications.Total }),
		KeyArea:       fig(func(r *report.AnnualReport) int { return r.Publications.KeyArea }),
		KeyShare:      percent(rep.Publications.KeyArea, rep.Publications.Total),
		TopCategories: top(rep.Publications.ByCategory, topCategories),
		FromRequests:  rep.Publications.FromRequests,
		Channels:      top(rep.Publications.ByChannel, len(rep.Publications.ByChannel)),
		New:           fig(t3(report.RowNew)),
		CarriedIn:     fig(t3(report.RowCarriedIn)),
		Concluded:     fig(t3(report.RowResultTotal)),
		CarriedOut:    fig(t3(report.RowCarriedOut)),
		Outcomes:      outcomes(&rep.Table3),
		Review:        fig(func(r *report.AnnualReport) int { return r.Table4.Review.Total }),
		Litigation: fig(func(r *report.AnnualReport) int {
			return r.Table4.LitigationDirect.Total + r.Table4.LitigationAfterReview.Total
		}),
		Timely:           rep.Timeliness,
		ReviewDetail:     appealDetail(rep.Table4.Review),
		LitigationDetail: appealDetail(sumAppeals(rep.Table4.LitigationDirect, rep.Table4.LitigationAfterReview)),
		Licensing:        fig(func(r *report.AnnualReport) int { return r.Table2.Licensing }),
		Penalty:          fig(func(r *report.AnnualReport) int { return r.Table2.Penalty }),
		Enforcement:      fig(func(r *report.AnnualReport) int { return r.Table2.Enforcement }),
		FeeCount:         rep.ProcessingFees.Count,
		FeeFen:           rep.ProcessingFees.AmountFen,
		FeeYuan:          report.FenToYuan(rep.ProcessingFees.AmountFen),
	}
	d.Rules = docFigures(fig, func(r *report.AnnualReport) report.DocCounts { return r.Table2.Rules })
	d.Normative = docFigures(fig, func(r *report.AnnualReport) report.DocCounts { return r.Table2.NormativeDocs })
	if t := rep.Timeliness; t != nil {
		d.TimelyShare = percent(t.OnTime, t.Concluded)
	}
	return d
}

func docFigures(fig func(func(*report.AnnualReport) int) Figure, get func(*report.AnnualReport) report.DocCounts) DocFigures {
	return DocFigures{
		Issued:   fig(func(r *report.AnnualReport) int { return get(r).Issued }),
		Repealed: fig(func(r *report.AnnualReport) int { return get(r).Repealed }),
		InForce:  fig(func(r *report.AnnualReport) int { return get(r).InForce }),
	}
}

// percent returns part/whole in per cent with one decimal, rounded half up,
// computed in integers; "0.0" when whole is 0.
func percent(part, whole int) string {
	if whole <= 0 {
		return "0.0"
	}
	tenths := (int64(part)*2000 + int64(whole)) / (2 * int64(whole))
	return fmt.Sprintf("%d.%d", tenths/10, tenths%10)
}

// top returns the n largest non-zero counts, largest first, ties in the
// given order.
func top(list []report.NamedCount, n int) []report.NamedCount {
	var out []report.NamedCount
	for _, c := range list {
		if c.Count > 0 {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b report.NamedCount) int { return cmp.Compare(b.Count, a.Count) })
	return out[:min(n, len(out))]
}

// outcomes lists the non-zero results of table 3 by the headings a reader
// knows: 予以公开, 部分公开, then the four groups, with the statutory labels.
func outcomes(t *report.Table3) []Outcome {
	var out []Outcome
	for _, code := range []string{"granted", "partial"} {
		row := report.Table3Rows[report.RowIndex(code)]
		label, _, _ := strings.Cut(row.Label, "（")
		out = append(out, Outcome{label, t.Rows[report.RowIndex(code)][report.TotalCol]})
	}
	for _, g := range report.Table3Groups {
		c, _ := t.Row(g.Code)
		out = append(out, Outcome{g.Label, c[report.TotalCol]})
	}
	return slices.DeleteFunc(out, func(o Outcome) bool { return o.N == 0 })
}

func sumAppeals(a, b report.AppealCounts) report.AppealCounts {
	return report.AppealCounts{Upheld: a.Upheld + b.Upheld, Corrected: a.Corrected + b.Corrected,
		Other: a.Other + b.Other, Pending: a.Pending + b.Pending, Total: a.Total + b.Total}
}

// appealDetail lists the non-zero results of an appeal block (总计 left out).
func appealDetail(a report.AppealCounts) []Outcome {
	var out []Outcome
	v := a.Values()
	for i, col := range report.Table4Columns[:4] {
		if v[i] != 0 {
			out = append(out, Outcome{col.Label, v[i]})
		}
	}
	return out
}
