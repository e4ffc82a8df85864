package statfile

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// sample returns figures that differ cell by cell, so that a figure read
// from the wrong cell is caught, with a few zeros for the blank cells of
// the hand-filled variant.
func sample() *report.AnnualReport {
	rep := reporttest.Annual(reporttest.Numbering{Table2: 1, Table3: 100, Table3Row: 10, Table4: 500, Table4Block: 10})
	rep.Table2.NormativeDocs.InForce, rep.Table2.Licensing, rep.Table2.Enforcement = 16, 57, 0
	for i := range rep.Table3.Rows {
		for j := range rep.Table3.Rows[i] {
			if (i*7+j)%11 == 0 {
				rep.Table3.Rows[i][j] = 0
			}
		}
	}
	rep.Table4.Review.Other = 0
	return rep
}

const title = "某某县教育局2025年政府信息公开工作年度报告"

// assertFigures compares every figure of tables 2, 3 and 4.
func assertFigures(t *testing.T, got, want *report.AnnualReport) {
	t.Helper()
	g, w := got.Figures(), want.Figures()
	for i := range w {
		if g[i] != w[i] {
			t.Errorf("%s = %q, want %q", w[i].Path, g[i].Value, w[i].Value)
		}
	}
}

// assertWhere checks some Where entries and that every figure has one.
func assertWhere(t *testing.T, got *File, want map[string]string) {
	t.Helper()
	for path, place := range want {
		if got.Where[path] != place {
			t.Errorf("Where[%s] = %q, want %q", path, got.Where[path], place)
		}
	}
	if n := 10 + 25*7 + 15; len(got.Where) != n {
		t.Errorf("len(Where) = %d, want %d", len(got.Where), n)
	}
}

// nationalBook writes the three tables on three sheets in the national
// layout, each under a title row, the fee as a number shown with two
// decimals.
func nationalBook(t testing.TB) *book {
	b := newBook(t, "表二", "表三", "表四")
	rep, lay := sample(), reporttest.National()
	reporttest.WriteTable2(b.sheet("表二"), lay, 1, 1, rep.Table2)
	reporttest.WriteTable3(b.sheet("表三"), lay, 1, 1, rep.Table3)
	reporttest.WriteTable4(b.sheet("表四"), lay, 1, 1, rep.Table4)
	b.set("表二", 1, 1, title+"\n"+report.Table2Title)
	style, err := b.f.NewStyle(&excelize.Style{NumFmt: 2}) // 0.00
	if err != nil {
		t.Fatal(err)
	}
	if err := b.f.SetCellStyle("表二", "B15", "B15", style); err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadNational(t *testing.T) {
	got := nationalBook(t).read("报表.xlsx")
	want := sample()
	assertFigures(t, got.Report, want)
	if got.Report.Unit.Name != want.Unit.Name || got.Report.Year != want.Year {
		t.Errorf("unit, year = %q, %d, want %q, %d", got.Report.Unit.Name, got.Report.Year, want.Unit.Name, want.Year)
	}
	if !reflect.DeepEqual(got.Found, []string{Table2, Table3, Table4}) {
		t.Errorf("Found = %v", got.Found)
	}
	assertWhere(t, got, map[string]string{
		"table2.rules.issued":                    "工作表「表二」B4",
		"table2.normative_docs.in_force":         "工作表「表二」D5",
		"table2.licensing.decisions":             "工作表「表二」B8",
		"table2.enforcement.decisions":           "工作表「表二」B12",
		"table2.fees.amount_wan":                 "工作表「表二」B15",
		"table3.new.natural":                     "工作表「表三」D5",
		"table3.granted.natural":                 "工作表「表三」D7",
		"table3.withheld.state_secret.natural":   "工作表「表三」D9",
		"table3.other.other.other_org":           "工作表「表三」I27",
		"table3.carried_out.total":               "工作表「表三」J29",
		"table4.review.upheld":                   "工作表「表四」A5",
		"table4.litigation_direct.pending":       "工作表「表四」I5",
		"table4.litigation_after_review.total":   "工作表「表四」O5",
		"table3.unavailable.still_unclear.legal": "工作表「表三」H19",
	})
}

// variant writes labels as clerks do: unnumbered, half-width, with stray
// spaces and line breaks, full-width numbers; figures as text, full-width
// digits or numbers, and 0 as a blank cell; no merged cells.
func variant() reporttest.Layout {
	n := 0
	half := strings.NewReplacer("（", "(", "）", ")", "，", ",", "：", ":", "“", "\"", "”", "\"")
	full := strings.NewReplacer("1", "１", "2", "２", "3", "３", ".", "．")
	return reporttest.Layout{
		Label: func(number, text string) string {
			n++
			switch n % 4 {
			case 0:
				return text
			case 1:
				r := []rune(half.Replace(number + text))
				if len(r) > 4 {
					return string(r[:4]) + " " + string(r[4:])
				}
				return string(r)
			case 2:
				return number + "\n" + text + " "
			}
			return " " + full.Replace(number) + half.Replace(text)
		},
		Value: func(v int) any {
			switch {
			case v == 0:
				return nil
			case v%3 == 0:
				return fmt.Sprintf(" %d ", v)
			case v%3 == 1:
				return fullDigits(fmt.Sprint(v))
			}
			return v
		},
		Fee: " 4166.241619 ",
	}
}

func TestReadVariant(t *testing.T) {
	b := newBook(t, "附表1", "附表2", "附表3")
	rep, lay := sample(), variant()
	b.set("附表1", 2, 1, "附件："+title)
	reporttest.WriteTable2(b.sheet("附表1"), lay, 2, 3, rep.Table2)
	lay.Gap = true
	reporttest.WriteTable3(b.sheet("附表2"), lay, 2, 3, rep.Table3)
	lay.Gap = false
	reporttest.WriteTable4(b.sheet("附表3"), lay, 2, 3, rep.Table4)
	got := b.read("区县报表.xlsx")
	assertFigures(t, got.Report, rep)
	if got.Report.Unit.Name != "某某县教育局" || got.Report.Year != 2025 {
		t.Errorf("unit, year = %q, %d", got.Report.Unit.Name, got.Report.Year)
	}
	assertWhere(t, got, map[string]string{
		"table2.rules.issued":                  "工作表「附表1」C6",
		"table2.enforcement.decisions":         "工作表「附表1」C14",
		"table2.fees.amount_wan":               "工作表「附表1」C17",
		"table3.new.natural":                   "工作表「附表2」F8",
		"table3.withheld.state_secret.natural": "工作表「附表2」F12",
		"table3.other.other.natural":           "工作表「附表2」F30",
		"table3.carried_out.total":             "工作表「附表2」L32",
		"table4.review.upheld":                 "工作表「附表3」B7",
		"table4.litigation_after_review.total": "工作表「附表3」P7",
	})
}

func TestReadOneSheet(t *testing.T) {
	b := newBook(t, "汇总表")
	rep, lay := sample(), reporttest.National()
	lay.Fee = "4166.241619"
	b.set("汇总表", 1, 1, title)
	reporttest.WriteTable2(b.sheet("汇总表"), lay, 1, 3, rep.Table2)
	reporttest.WriteTable3(b.sheet("汇总表"), lay, 1, 20, rep.Table3)
	reporttest.WriteTable4(b.sheet("汇总表"), lay, 1, 52, rep.Table4)
	got := b.read("")
	assertFigures(t, got.Report, rep)
	if !reflect.DeepEqual(got.Found, []string{Table2, Table3, Table4}) {
		t.Errorf("Found = %v", got.Found)
	}
	assertWhere(t, got, map[string]string{
		"table2.fees.amount_wan":         "工作表「汇总表」B17",
		"table3.new.natural":             "工作表「汇总表」D24",
		"table3.carried_out.total":       "工作表「汇总表」J48",
		"table4.review.upheld":           "工作表「汇总表」A56",
		"table4.litigation_direct.total": "工作表「汇总表」J56",
	})
}

func TestReadTable3Only(t *testing.T) {
	b := newBook(t, "Sheet1")
	rep := sample()
	reporttest.WriteTable3(b.sheet("Sheet1"), reporttest.National(), 3, 2, rep.Table3)
	got := b.read("表三.xlsx")
	if !reflect.DeepEqual(got.Found, []string{Table3}) {
		t.Errorf("Found = %v", got.Found)
	}
	if got.Report.Table3 != rep.Table3 {
		t.Errorf("Table3 = %v, want %v", got.Report.Table3, rep.Table3)
	}
	if got.Report.Table2 != (report.Table2{}) || got.Report.Table4 != (report.Table4{}) {
		t.Errorf("tables 2 and 4 should be empty: %+v %+v", got.Report.Table2, got.Report.Table4)
	}
	if got.Report.Unit.Name != "" || got.Report.Year != 0 {
		t.Errorf("unit, year = %q, %d, want none", got.Report.Unit.Name, got.Report.Year)
	}
	if len(got.Where) != 25*7 || got.Where["table3.granted.natural"] != "工作表「Sheet1」F8" {
		t.Errorf("Where: %d entries, granted.natural at %q", len(got.Where), got.Where["table3.granted.natural"])
	}
}

// fullDigits writes the digits of s full-width: 「１２」.
func fullDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '０'
		}
		return r
	}, s)
}
