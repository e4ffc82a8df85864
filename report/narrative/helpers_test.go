package narrative

import (
	"os"
	"path/filepath"
	"testing"
	"text/template"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
	"github.com/xxgk/xxgk/templates"
)

// sampleJSON is the demo unit's 2025 report as `xxgk demo` writes it.
var sampleJSON = filepath.Join("..", "..", "samples", "output", "示例县教育局-2025年-政府信息公开工作年度报告.json")

func sampleReport(t *testing.T) *report.AnnualReport {
	t.Helper()
	f, err := os.Open(sampleJSON)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep, err := jsonout.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func texts(t *testing.T) *template.Template {
	t.Helper()
	tpl, err := templates.Text()
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

// fixture is a report whose figures are all different, so that a sentence
// taking the wrong figure shows.
func fixture() *report.AnnualReport {
	r := &report.AnnualReport{Unit: report.Unit{Name: "某某县教育局"}, Year: 2025}
	r.Publications = report.PublicationStats{Total: 257, KeyArea: 66, FromRequests: 2,
		ByCategory: []report.NamedCount{{Name: "政策文件", Count: 21}, {Name: "招生考试", Count: 48},
			{Name: "工作动态", Count: 95}, {Name: "学生资助", Count: 30}, {Name: "其他", Count: 0}},
		ByChannel: []report.NamedCount{{Name: "政府网站", Count: 251}, {Name: "政务新媒体", Count: 143},
			{Name: "政务公开栏", Count: 17}, {Name: "新闻发布会", Count: 0}}}
	set := func(code string, n int) { r.Table3.Rows[report.RowIndex(code)][report.TotalCol] = n }
	set("new", 41)
	set("carried_in", 7)
	set("granted", 18)
	set("partial", 9)
	set("withheld.third_party", 2)
	set("withheld.process", 3)
	set("unavailable.not_held", 4)
	set("rejected.duplicate", 1)
	set("other.other", 8)
	set("result_total", 45)
	set("carried_out", 3)
	r.Table2 = report.Table2{NormativeDocs: report.DocCounts{Issued: 5, Repealed: 11, InForce: 13},
		Licensing: 37, Penalty: 6, FeesWan: "0.27"}
	r.Table4.Review = report.AppealCounts{Upheld: 1, Pending: 1, Total: 2}
	r.Table4.LitigationDirect = report.AppealCounts{Corrected: 1, Total: 1}
	r.ProcessingFees = report.FeeSummary{Count: 2, AmountFen: 170050}
	return r
}

// previous is last year's report for fixture: some figures up, some down,
// some the same.
func previous() *report.AnnualReport {
	r := fixture()
	r.Year = 2024
	r.Publications.Total = 245                                 // +12
	r.Publications.KeyArea = 66                                // =
	r.Table3.Rows[report.RowNew][report.TotalCol] = 44         // −3
	r.Table3.Rows[report.RowResultTotal][report.TotalCol] = 45 // =
	r.Table2.Licensing = 30                                    // +7
	return r
}
