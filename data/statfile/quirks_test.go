package statfile

import (
	"strconv"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// TestReadQuirks covers smaller habits: a ledger sheet before the tables
// naming last year's report, 「其它」 for 「其他」, 「/」 for 0, a figure
// typed into the middle of what the national format merges.
func TestReadQuirks(t *testing.T) {
	b := nationalBook(t)
	if _, err := b.f.NewSheet("主动公开台账"); err != nil {
		t.Fatal(err)
	}
	if err := b.f.MoveSheet("主动公开台账", "表二"); err != nil {
		t.Fatal(err)
	}
	b.set("主动公开台账", 2, 2, "某某县教育局2024年政府信息公开工作年度报告")
	b.set("表三", 9, 4, "其它")
	b.set("表三", 4, 10, "/")
	if err := b.f.UnmergeCell("表二", "B8", "D8"); err != nil {
		t.Fatal(err)
	}
	b.set("表二", 2, 8, "")
	b.set("表二", 3, 8, "57")
	got := b.read("报表.xlsx")
	want := sample()
	want.Table3.Rows[report.RowIndex("withheld.law_prohibited")][0] = 0
	assertFigures(t, got.Report, want)
	if got.Report.Year != 2025 {
		t.Errorf("Year = %d, want 2025 from the tables' sheet", got.Report.Year)
	}
	if p := got.Where["table2.licensing.decisions"]; p != "工作表「表二」C8" {
		t.Errorf("licensing at %q", p)
	}
}

// TestReadTable4Centred reads a table 4 whose block cells are not merged
// but typed over the middle of their five columns.
func TestReadTable4Centred(t *testing.T) {
	labels := []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}
	row := func(cells ...string) []string { return cells }
	var head, sub, data []string
	head = row("", "", "行政复议", "", "", "", "", "", "", "行政诉讼")
	sub = make([]string, 15)
	sub[7], sub[12] = "未经复议直接起诉", "复议后起诉"
	var lab []string
	for k := 0; k < 3; k++ {
		lab = append(lab, labels...)
		for j := range labels {
			data = append(data, string(rune('1'+k))+string(rune('0'+j)))
		}
	}
	g := newGrid("表四", [][]string{head, sub, lab, data}, nil)
	rd := &reader{out: &File{Report: &report.AnnualReport{}, Where: map[string]string{}}}
	if !readTable4(rd, g) || len(rd.problems) > 0 {
		t.Fatalf("not read: %v", rd.problems)
	}
	want := report.Table4{
		Review:                report.AppealCounts{Upheld: 10, Corrected: 11, Other: 12, Pending: 13, Total: 14},
		LitigationDirect:      report.AppealCounts{Upheld: 20, Corrected: 21, Other: 22, Pending: 23, Total: 24},
		LitigationAfterReview: report.AppealCounts{Upheld: 30, Corrected: 31, Other: 32, Pending: 33, Total: 34},
	}
	if rd.out.Report.Table4 != want {
		t.Errorf("Table4 = %+v", rd.out.Report.Table4)
	}
	if p := rd.out.Where["table4.litigation_after_review.upheld"]; p != "工作表「表四」K4" {
		t.Errorf("after review upheld at %q", p)
	}
}

// TestReadZeroMarksNotedOnce: 「/」「-」「—」「无」 in figures' cells are read
// as 0 with one note for the file that names every such cell.
func TestReadZeroMarksNotedOnce(t *testing.T) {
	b := nationalBook(t)
	b.set("表三", 4, 10, "/")
	b.set("表三", 5, 10, "-")
	b.set("表三", 6, 12, "—")
	b.set("表四", 2, 5, "无")
	got := b.read("报表.xlsx")
	if len(got.Notes) != 1 {
		t.Fatalf("notes = %+v, want one", got.Notes)
	}
	want := report.Problem{Level: report.LevelNote, Rule: RuleZeroMark, Where: "工作表「表三」D10",
		Message: "共4个数字单元格填的是「/」「-」「—」「无」等符号，已按0读取：工作表「表三」D10、E10、F12；工作表「表四」B5；如应有数字，请改填"}
	if got.Notes[0] != want {
		t.Errorf("note\n got %+v\nwant %+v", got.Notes[0], want)
	}
	if n := got.Report.Table4.Review.Corrected; n != 0 {
		t.Errorf("表四 B5 = %d, want 0", n)
	}
}

// TestZeroNoteListsTwenty: a file with many placeholders names the first
// twenty cells and the count.
func TestZeroNoteListsTwenty(t *testing.T) {
	var cells []zeroCell
	for i := range 25 {
		cells = append(cells, zeroCell{"表三", cell(i)})
	}
	n := zeroNote(cells)
	if !strings.HasPrefix(n.Message, "共25个") || !strings.Contains(n.Message, "D20等；") || strings.Contains(n.Message, "D21") {
		t.Errorf("message = %s", n.Message)
	}
}

func cell(i int) string { return "D" + strconv.Itoa(i+1) }
