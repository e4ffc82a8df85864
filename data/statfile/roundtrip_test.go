package statfile

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/xlsx"
)

// TestRoundTrip reads back what report/xlsx writes: the same figures,
// unit and year. The workbook's statistics sheet lists the categories
// 「行政许可」「行政处罚」 too, which must not be taken for table 2.
func TestRoundTrip(t *testing.T) {
	zero := &report.AnnualReport{Unit: report.Unit{Name: "某某市第2中学"}, Year: 2024}
	zero.Table2.FeesWan = "0.00"
	full := sample()
	for i, c := range report.DefaultCategories {
		full.Publications.ByCategory = append(full.Publications.ByCategory, report.NamedCount{Name: c, Count: i})
		full.Publications.CategoryMonth = append(full.Publications.CategoryMonth, [12]int{i})
	}
	for _, rep := range []*report.AnnualReport{full, zero} {
		var buf bytes.Buffer
		if err := xlsx.Write(&buf, rep); err != nil {
			t.Fatal(err)
		}
		got, err := Read(&buf, "年度报告.xlsx")
		if err != nil {
			t.Fatalf("%s: %v", rep.Unit.Name, err)
		}
		if got.Report.Table2 != rep.Table2 || got.Report.Table3 != rep.Table3 || got.Report.Table4 != rep.Table4 {
			assertFigures(t, got.Report, rep)
		}
		if got.Report.Unit.Name != rep.Unit.Name || got.Report.Year != rep.Year {
			t.Errorf("unit, year = %q, %d, want %q, %d", got.Report.Unit.Name, got.Report.Year, rep.Unit.Name, rep.Year)
		}
		if !reflect.DeepEqual(got.Found, []string{Table2, Table3, Table4}) || len(got.Where) != 200 {
			t.Errorf("Found = %v with %d places", got.Found, len(got.Where))
		}
		// Column D: three label columns; the row is report/xlsx's to choose.
		if p := got.Where["table3.withheld.state_secret.natural"]; !strings.HasPrefix(p, "工作表「"+report.Table3Title+"」D") {
			t.Errorf("state_secret.natural at %q", p)
		}
	}
}
