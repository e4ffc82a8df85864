package narrative

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

func allSentences(t *testing.T, rep, prev *report.AnnualReport) string {
	t.Helper()
	s, err := Sentences(rep, prev, texts(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != len(report.OverviewSubheads) {
		t.Fatalf("got %d sub-heads, want %d", len(s), len(report.OverviewSubheads))
	}
	var b strings.Builder
	for _, h := range report.OverviewSubheads {
		b.WriteString(strings.Join(s[h], "") + "\n")
	}
	return b.String()
}

// Every figure sits in its phrase, and no number appears that the report
// does not hold.
func TestSentencesCarryTheTableFigures(t *testing.T) {
	rep := fixture()
	rep.Timeliness = &report.Timeliness{Concluded: 45, OnTime: 44, Late: 1, LateIDs: []string{"SQ-7"}}
	text := allSentences(t, rep, nil)
	for _, want := range []string{
		"2025年，某某县教育局主动公开政府信息257条。",
		"其中重点领域信息66条，占25.7%。",
		"发布较多的是工作动态95条、招生考试48条、学生资助30条。",
		"依申请公开转为主动公开的信息2条。",
		"全年新收政府信息公开申请41件，另有上年结转的申请7件。",
		"本年度办结45件，其中予以公开18件、部分公开9件、不予公开5件、无法提供4件、不予处理1件、其他处理8件。",
		"结转下年度继续办理3件。",
		"办结的申请中，在法定期限内答复44件，逾期答复1件，按时办结率97.8%。",
		"被申请行政复议2件（结果维持1件、尚未审结1件）；被提起行政诉讼1件（结果纠正1件）。",
		"全年制发行政规范性文件5件，废止11件，截至年底现行有效13件。",
		"全年作出行政许可决定37件。", "作出行政处罚决定6件。",
		"全年通过政府网站发布信息251条，通过政务新媒体发布143条，通过政务公开栏发布17条（",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("sentences lack %q:\n%s", want, text)
		}
	}
	allowed := figuresOf(rep)
	for _, n := range regexp.MustCompile(`\d+(?:\.\d+)?`).FindAllString(text, -1) {
		if !slices.Contains(allowed, n) {
			t.Errorf("number %s in the sentences is no figure of the report:\n%s", n, text)
		}
	}
	// The phrases check reads in the clerk's text find the same figures.
	f := &File{Parts: map[string]string{"（一）主动公开": text}, Order: []string{"（一）主动公开"}}
	if w := Mismatches(f, rep); len(w) > 0 {
		t.Errorf("generated sentences disagree with the tables: %q", w)
	}
}

// figuresOf lists every number the report holds, as text.
func figuresOf(r *report.AnnualReport) []string {
	out := []string{strconv.Itoa(r.Year), percent(r.Publications.KeyArea, r.Publications.Total)}
	add := func(n ...int) {
		for _, v := range n {
			out = append(out, strconv.Itoa(v))
		}
	}
	p := r.Publications
	add(p.Total, p.KeyArea, p.FromRequests)
	for _, c := range append(slices.Clone(p.ByCategory), p.ByChannel...) {
		add(c.Count)
	}
	for _, row := range r.Table3.Rows {
		add(row[:]...)
	}
	for _, g := range report.Table3Groups {
		c, _ := r.Table3.Row(g.Code)
		add(c[report.TotalCol])
	}
	t2 := r.Table2
	add(t2.Rules.Issued, t2.Rules.Repealed, t2.Rules.InForce, t2.NormativeDocs.Issued,
		t2.NormativeDocs.Repealed, t2.NormativeDocs.InForce, t2.Licensing, t2.Penalty, t2.Enforcement)
	for _, a := range []report.AppealCounts{r.Table4.Review, r.Table4.LitigationDirect, r.Table4.LitigationAfterReview} {
		v := a.Values()
		add(v[:]...)
	}
	add(r.Table4.LitigationDirect.Total + r.Table4.LitigationAfterReview.Total)
	if t := r.Timeliness; t != nil {
		add(t.Concluded, t.OnTime, t.Late)
		out = append(out, percent(t.OnTime, t.Concluded))
	}
	return out
}

func TestSentencesCompareWithLastYear(t *testing.T) {
	text := allSentences(t, fixture(), previous())
	for _, want := range []string{
		"主动公开政府信息257条，较上年增加12条。", // +
		"新收政府信息公开申请41件，较上年减少3件",  // −
		"重点领域信息66条，与上年持平",        // =
		"本年度办结45件，与上年持平",
		"行政许可决定37件，较上年增加7件",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("sentences lack %q:\n%s", want, text)
		}
	}
	// Without last year's report there is no comparison at all.
	for _, w := range []string{"较上年", "与上年"} {
		if s := allSentences(t, fixture(), nil); strings.Contains(s, w) {
			t.Errorf("no previous year, yet %q:\n%s", w, s)
		}
	}
}

func TestSentencesForAQuietYear(t *testing.T) {
	r := &report.AnnualReport{Unit: report.Unit{Name: "某某学校"}, Year: 2025}
	text := allSentences(t, r, nil)
	for _, want := range []string{
		"主动公开政府信息0条。", "全年新收政府信息公开申请0件。", "本年度没有办结的政府信息公开申请。",
		"没有结转下年度继续办理的申请。", "全年未发生因政府信息公开引起的行政复议、行政诉讼。",
		"全年未作出行政许可、行政处罚和行政强制决定。",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("sentences lack %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "占") {
		t.Errorf("a share of nothing:\n%s", text)
	}
}

func TestFeeSentence(t *testing.T) {
	for _, tc := range []struct {
		fees report.FeeSummary
		want string
	}{
		{report.FeeSummary{}, "本年度未收取信息处理费。"},
		{report.FeeSummary{Count: 2, AmountFen: 170050}, "本年度共发出收费通知2件，收取信息处理费1700.50元。"},
		{report.FeeSummary{Count: 1, AmountFen: 7}, "本年度共发出收费通知1件，收取信息处理费0.07元。"},
		{report.FeeSummary{Count: 1}, "本年度共发出收费通知1件，收取信息处理费0.00元。"},
	} {
		r := fixture()
		r.ProcessingFees = tc.fees
		got, err := FeeSentence(r, texts(t))
		if err != nil || got != tc.want {
			t.Errorf("FeeSentence(%+v) = %q, %v; want %q", tc.fees, got, err, tc.want)
		}
	}
}

func TestPercent(t *testing.T) {
	for _, tc := range []struct {
		part, whole int
		want        string
	}{{66, 257, "25.7"}, {77, 300, "25.7"}, {1, 8, "12.5"}, {1, 3, "33.3"}, {2, 3, "66.7"}, {5, 5, "100.0"}, {0, 0, "0.0"}} {
		if got := percent(tc.part, tc.whole); got != tc.want {
			t.Errorf("percent(%d, %d) = %s, want %s", tc.part, tc.whole, got, tc.want)
		}
	}
}
