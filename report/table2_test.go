package report

import (
	"slices"
	"strings"
	"testing"
)

// TestTable2Blocks checks the description of table 2 against
// docs/counting.md §1 and docs/figures.md §1: blocks, heads, rows and paths.
func TestTable2Blocks(t *testing.T) {
	var got []string
	for _, b := range Table2Blocks {
		var rows []string
		for _, r := range b.Rows {
			rows = append(rows, r.Label)
		}
		got = append(got, b.Caption+" | "+strings.Join(rows, "、")+" | "+strings.Join(b.HeadLabels(), "、"))
	}
	want := []string{
		"第二十条第（一）项 | 规章、行政规范性文件 | 本年制发件数、本年废止件数、现行有效件数",
		"第二十条第（五）项 | 行政许可 | 本年处理决定数量",
		"第二十条第（六）项 | 行政处罚、行政强制 | 本年处理决定数量",
		"第二十条第（八）项 | 行政事业性收费 | 本年收费金额（单位：万元）",
	}
	if !slices.Equal(got, want) {
		t.Errorf("table 2 =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTable2RowFields sets every count through Counts and reads it back
// through Values and Figures, so that each row addresses its own fields.
func TestTable2RowFields(t *testing.T) {
	rep := &AnnualReport{}
	n := 0
	for _, b := range Table2Blocks {
		for _, r := range b.Rows {
			if r.IsAmount() {
				rep.Table2.FeesWan = "4166.241619"
				continue
			}
			if len(r.Counts(&rep.Table2)) != len(b.Heads) {
				t.Errorf("%s: %d counts for %d heads", r.Code, len(r.Counts(&rep.Table2)), len(b.Heads))
			}
			for _, p := range r.Counts(&rep.Table2) {
				n++
				*p = n
			}
		}
	}
	want := Table2{DocCounts{1, 2, 3}, DocCounts{4, 5, 6}, 7, 8, 9, "4166.241619"}
	if rep.Table2 != want {
		t.Errorf("Table2 = %+v, want %+v", rep.Table2, want)
	}
	var paths, values []string
	for _, f := range rep.Figures()[:10] {
		paths, values = append(paths, f.Path), append(values, f.Value)
	}
	wantPaths := []string{
		"table2.rules.issued", "table2.rules.repealed", "table2.rules.in_force",
		"table2.normative_docs.issued", "table2.normative_docs.repealed", "table2.normative_docs.in_force",
		"table2.licensing.decisions", "table2.penalty.decisions", "table2.enforcement.decisions",
		"table2.fees.amount_wan",
	}
	if !slices.Equal(paths, wantPaths) {
		t.Errorf("paths = %q, want %q", paths, wantPaths)
	}
	if wantValues := strings.Fields("1 2 3 4 5 6 7 8 9 4166.241619"); !slices.Equal(values, wantValues) {
		t.Errorf("values = %q, want %q", values, wantValues)
	}
	if Table2Label("licensing") != "行政许可" || Table2Label("table3") != "" {
		t.Errorf("Table2Label: %q, %q", Table2Label("licensing"), Table2Label("table3"))
	}
}
