package pdf

import (
	"strings"
	"time"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// testCreated is the fixed creation date of test documents.
var testCreated = time.Date(2026, 1, 20, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

// testReport returns a published report with a different number in every
// table cell: table 2 in the tens, table 3 from 1000 (row*10+column), table
// 4 from 501.
func testReport() *report.PublishedReport {
	r := reporttest.Annual(reporttest.Numbering{Table2: 11, Table3: 1000, Table3Row: 10, Table4: 501, Table4Block: 5})
	long := strings.Repeat("我局坚持以公开为常态、不公开为例外，围绕教育领域群众关切，持续推进决策、执行、管理、服务、结果公开。", 3)
	return reporttest.Published(r, reporttest.Text{
		Opening: []string{
			"本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。",
			"本报告所列数据的统计期限自2025年1月1日至12月31日止。本报告电子版可在某某县人民政府门户网站（https://www.example.gov.cn）查阅或下载。如对本报告有疑问，请与某某县教育局办公室联系（电话：0591-12345678）。",
		},
		Overview: func(i int) []string {
			return []string{"本年度主动公开政府信息" + itoa(120+i) + "条，其中政策文件18条、招生考试17条。" + long}
		},
		Problems: []string{
			"一是信息公开的及时性有待提高；二是政策解读形式较为单一。",
			"下一步，我局将进一步健全工作机制，丰富图表、音视频等解读形式。" + long,
		},
		Other: []string{"本年度未收取信息处理费。", "其他需要报告的事项：无。"},
	})
}

// narrative returns every paragraph and heading of doc's text, in order.
func narrative(doc *report.PublishedReport) []string {
	out := append([]string{doc.Title}, doc.Opening...)
	for _, s := range doc.Sections {
		out = append(out, s.Heading)
		for _, b := range s.Blocks {
			if b.Subhead != "" {
				out = append(out, b.Subhead)
			}
			out = append(out, b.Paragraphs...)
		}
	}
	return out
}

// tableLabels returns every statutory label the tables print.
func tableLabels() []string {
	l := []string{report.Table3Note, report.Table3Applicant, report.Table3LegalPerson, report.Table3Results,
		report.Table2Content, report.Table2Issued, report.Table2Repealed, report.Table2InForce,
		report.Table2Decisions, report.Table2FeeAmount, report.Table2FeeLabel, report.Table2Item1,
		report.Table2Item5, report.Table2Item6, report.Table2Item8, report.Table4Review,
		report.Table4Litigation, report.Table4Direct, report.Table4After}
	for _, v := range report.DocKindLabels {
		l = append(l, v)
	}
	for _, v := range report.DecisionKindLabels {
		l = append(l, v)
	}
	for _, c := range report.Table3Columns {
		l = append(l, c.Label)
	}
	for _, r := range report.Table3Rows {
		l = append(l, r.Number+r.Label)
	}
	for _, g := range report.Table3Groups {
		l = append(l, g.Number+g.Label)
	}
	for _, c := range report.Table4Columns {
		l = append(l, c.Label)
	}
	return l
}

// tableFigures returns every number the tables print.
func tableFigures(r *report.AnnualReport) []string {
	t2 := r.Table2
	f := []string{t2.FeesWan}
	for _, n := range []int{t2.Rules.Issued, t2.Rules.Repealed, t2.Rules.InForce, t2.NormativeDocs.Issued,
		t2.NormativeDocs.Repealed, t2.NormativeDocs.InForce, t2.Licensing, t2.Penalty, t2.Enforcement} {
		f = append(f, itoa(n))
	}
	for _, row := range r.Table3.Rows {
		for _, n := range row {
			f = append(f, itoa(n))
		}
	}
	for _, b := range report.Table4Blocks {
		for _, n := range r.Table4.Block(report.AppealKind(b.Code)).Values() {
			f = append(f, itoa(n))
		}
	}
	return f
}
