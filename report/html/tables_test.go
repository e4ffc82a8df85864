package html

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
)

// Every figure the tables print is found in its cell, located by the
// statutory labels of its row and column after resolving the merges, and
// equals the figure of the report's JSON (docs/figures.md §1). Table 3's group sums
// are not printed and are skipped.
func TestEveryFigureIsInItsCell(t *testing.T) {
	doc := parsePage(t, samplePublished(false))
	rep := sampleReport()
	fromJSON := jsonFigures(t, rep)
	t2 := tableGrid(t, byID(t, doc, "table2"))
	t3 := tableGrid(t, byID(t, doc, "table3"))
	t4 := tableGrid(t, byID(t, doc, "table4"))
	checked := 0
	for _, f := range rep.Figures() {
		parts := strings.Split(f.Path, ".")
		mid, last := strings.Join(parts[1:len(parts)-1], "."), parts[len(parts)-1]
		var got *gridCell
		switch parts[0] {
		case "table2":
			got = table2Cell(t, t2, f.Path)
		case "table3":
			i := report.RowIndex(mid)
			if i < 0 {
				continue // a group sum: the statutory table has no such cell
			}
			got = pathCell(t, t3, 3, 3, table3RowPath(i), table3ColPath(last))
		case "table4":
			got = pathCell(t, t4, 3, 0, nil, table4ColPath(mid, last))
		}
		if got == nil {
			t.Errorf("%s: no cell", f.Path)
			continue
		}
		want, ok := fromJSON[f.Path]
		if !ok {
			t.Fatalf("%s: not in the JSON", f.Path)
		}
		if got.tag != "td" || got.text != want {
			t.Errorf("%s: cell <%s> %q, want <td> %q", f.Path, got.tag, got.text, want)
		}
		checked++
	}
	if want := 10 + 25*7 + 15; checked != want {
		t.Errorf("checked %d figures, want %d", checked, want)
	}
}

// jsonFigures writes rep as the JSON of docs/figures.md §1 and reads every table
// figure back from it under its path (table3 row codes hold dots).
func jsonFigures(t *testing.T, rep *report.AnnualReport) map[string]string {
	t.Helper()
	var buf bytes.Buffer
	if err := jsonout.Write(&buf, rep); err != nil {
		t.Fatal(err)
	}
	var doc map[string]map[string]map[string]any
	dec := json.NewDecoder(&buf)
	dec.UseNumber()
	var raw map[string]json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		t.Fatal(err)
	}
	doc = map[string]map[string]map[string]any{}
	for _, table := range []string{"table2", "table3", "table4"} {
		var m map[string]map[string]any
		d := json.NewDecoder(bytes.NewReader(raw[table]))
		d.UseNumber()
		if err := d.Decode(&m); err != nil {
			t.Fatal(err)
		}
		doc[table] = m
	}
	out := map[string]string{}
	for table, rows := range doc {
		for row, cols := range rows {
			for col, v := range cols {
				out[table+"."+row+"."+col] = fmt.Sprint(v)
			}
		}
	}
	return out
}

// table2Cell finds a table 2 figure: the row whose header is the row's
// label, under the column whose head (in the same block) is the field's.
func table2Cell(t *testing.T, g grid, path string) *gridCell {
	t.Helper()
	name := strings.TrimPrefix(report.FigureName(path), "表二 ")
	rowLabel, colLabel, ok := strings.Cut(name, " / ")
	if !ok {
		t.Fatalf("%s: no printed name", path)
	}
	head := -1
	for r := range g {
		first := g.at(t, r, 0)
		if first.text == report.Table2Content {
			head = r
		}
		if first.text != rowLabel || first.tag != "th" || head < 0 {
			continue
		}
		for c := 1; c < len(g[r]); c++ {
			if g.at(t, head, c).text == colLabel {
				return g.at(t, r, c)
			}
		}
	}
	return nil
}

// pathCell returns the data cell whose row headers (the first labelCols
// columns) and column headers (the first headRows rows), read through the
// merges, are rowPath and colPath.
func pathCell(t *testing.T, g grid, headRows, labelCols int, rowPath, colPath []string) *gridCell {
	t.Helper()
	for r := headRows; r < len(g); r++ {
		if !slices.Equal(spanPath(g, r, 0, 0, 1, labelCols), rowPath) {
			continue
		}
		for c := labelCols; c < len(g[r]); c++ {
			if slices.Equal(spanPath(g, 0, c, 1, 0, headRows), colPath) {
				return g.at(t, r, c)
			}
		}
	}
	return nil
}

// spanPath reads n cells from (r, c) in steps of (dr, dc) and returns the
// texts of the distinct elements met, in order.
func spanPath(g grid, r, c, dr, dc, n int) []string {
	var out []string
	var last *gridCell
	for k := 0; k < n; k++ {
		cell := g[r+k*dr][c+k*dc]
		if cell != last {
			out = append(out, cell.text)
			last = cell
		}
	}
	return out
}

// table3RowPath is the label path of table 3's row i as docs/counting.md draws it.
func table3RowPath(i int) []string {
	r := report.Table3Rows[i]
	label := r.Number + r.Label
	switch {
	case r.Group != "":
		for _, gr := range report.Table3Groups {
			if gr.Code == r.Group {
				return []string{report.Table3Results, gr.Number + gr.Label, label}
			}
		}
	case r.IsOutcome || r.Code == "result_total":
		return []string{report.Table3Results, label}
	}
	return []string{label}
}

// table3ColPath is the header path of table 3's column code.
func table3ColPath(code string) []string {
	for j, col := range report.Table3Columns {
		if col.Code != code {
			continue
		}
		if j == 0 || j == report.TotalCol {
			return []string{report.Table3Applicant, col.Label}
		}
		return []string{report.Table3Applicant, report.Table3LegalPerson, col.Label}
	}
	return nil
}

// table4ColPath is the header path of table 4's block and column codes.
func table4ColPath(block, code string) []string {
	var label string
	for _, col := range report.Table4Columns {
		if col.Code == code {
			label = col.Label
		}
	}
	if block == string(report.AppealReview) {
		return []string{report.Table4Review, label}
	}
	for _, b := range report.Table4Blocks {
		if b.Code == block {
			return []string{report.Table4Litigation, b.Label, label}
		}
	}
	return nil
}

// The merged headers have the spans of the national layout.
func TestMergedHeaders(t *testing.T) {
	doc := parsePage(t, samplePublished(false))
	t3 := tableGrid(t, byID(t, doc, "table3"))
	groups := map[string]int{"（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}
	spans := map[string][2]int{ // text → rowspan, colspan
		report.Table3Note:        {3, 3},
		report.Table3Applicant:   {1, 7},
		report.Table3LegalPerson: {1, 5},
		"自然人":                    {2, 1},
		"总计":                     {2, 1},
		report.Table3Results:     {22, 1},
	}
	for text, n := range groups {
		spans[text] = [2]int{n, 1}
	}
	t4 := tableGrid(t, byID(t, doc, "table4"))
	t4spans := map[string][2]int{report.Table4Review: {1, 5}, report.Table4Litigation: {1, 10},
		report.Table4Direct: {1, 5}, report.Table4After: {1, 5}}
	for _, c := range t4[1][:5] {
		if c.rowspan != 2 {
			t.Errorf("table4 %s: rowspan %d, want 2", c.text, c.rowspan)
		}
	}
	t2 := tableGrid(t, byID(t, doc, "table2"))
	t2spans := map[string][2]int{report.Table2Item1: {1, 4}, report.Table2Item5: {1, 4},
		report.Table2Item6: {1, 4}, report.Table2Item8: {1, 4}, report.Table2Decisions: {1, 3},
		report.Table2FeeAmount: {1, 3}}
	for name, tc := range map[string]struct {
		g     grid
		spans map[string][2]int
	}{"table2": {t2, t2spans}, "table3": {t3, spans}, "table4": {t4, t4spans}} {
		seen := map[*gridCell]bool{}
		for _, row := range tc.g {
			for _, c := range row {
				want, ok := tc.spans[c.text]
				if !ok || seen[c] {
					continue
				}
				seen[c] = true
				if c.rowspan != want[0] || c.colspan != want[1] {
					t.Errorf("%s %s: rowspan %d colspan %d, want %v", name, c.text, c.rowspan, c.colspan, want)
				}
			}
		}
		for text := range tc.spans {
			if !slices.ContainsFunc(tc.g, func(r []*gridCell) bool {
				return slices.ContainsFunc(r, func(c *gridCell) bool { return c.text == text })
			}) {
				t.Errorf("%s: no cell %q", name, text)
			}
		}
	}
	if len(t3) != 3+25 || len(t3[0]) != 3+7 {
		t.Errorf("table3 is %d×%d, want 28×10", len(t3), len(t3[0]))
	}
	if len(t4) != 4 || len(t4[0]) != 15 {
		t.Errorf("table4 is %d×%d, want 4×15", len(t4), len(t4[0]))
	}
	if len(t2) != 4*2+6 || len(t2[0]) != 4 {
		t.Errorf("table2 is %d×%d, want 14×4", len(t2), len(t2[0]))
	}
	// Header rows repeat on printed pages: tables 3 and 4 keep theirs in thead.
	for _, id := range []string{"table3", "table4"} {
		heads := elements(byID(t, doc, id), "thead")
		if len(heads) != 1 || len(elements(heads[0], "tr")) != 3 {
			t.Errorf("%s: want one thead of 3 rows", id)
		}
	}
}
