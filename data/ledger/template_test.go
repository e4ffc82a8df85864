package ledger

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

var templateTime = time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)

func template(t testing.TB, categories []string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteTemplate(&b, categories, templateTime); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestTemplateBlankReadsBack(t *testing.T) {
	rec, n, err := readXLSXBytes(t, template(t, nil), "模板.xlsx")
	if err != nil || rec.total() != 0 || len(n) != 0 {
		t.Errorf("blank template: err %v, %d rows, notices %q", err, rec.total(), n)
	}
}

func TestTemplateDeterministic(t *testing.T) {
	if !bytes.Equal(template(t, nil), template(t, nil)) {
		t.Error("two templates with the same arguments differ")
	}
}

func TestTemplateLayout(t *testing.T) {
	cats := []string{"政策文件", "招生考试", "工作动态"}
	f, err := excelize.OpenReader(bytes.NewReader(template(t, cats)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	wantSheets := append(append([]string{helpSheet}, allLabels()...), optionsSheet)
	if got := f.GetSheetList(); !slices.Equal(got, wantSheets) {
		t.Errorf("sheets %q, want %q", got, wantSheets)
	}
	if v, _ := f.GetSheetVisible(optionsSheet); v {
		t.Error("选项 sheet is visible")
	}
	props, _ := f.GetDocProps()
	if props.Created != "2025-01-02T03:04:05Z" || props.Modified != props.Created || props.Creator != "xxgk" {
		t.Errorf("doc props %+v", props)
	}
	for _, k := range Kinds {
		checkLedgerSheet(t, f, k, cats)
	}
}

func checkLedgerSheet(t *testing.T, f *excelize.File, k Kind, cats []string) {
	sheet := k.Label()
	cols := Columns(k)
	rows, _ := f.GetRows(sheet)
	if len(rows) != 1 || len(rows[0]) != len(cols) {
		t.Fatalf("%s: rows %q", sheet, rows)
	}
	panes, _ := f.GetPanes(sheet)
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("%s: panes %+v", sheet, panes)
	}
	dvs, _ := f.GetDataValidations(sheet)
	lists := map[string]string{} // column letter → formula
	for _, dv := range dvs {
		if dv.Type == "list" {
			from, _, _ := strings.Cut(dv.Sqref, ":")
			lists[strings.TrimRight(from, "0123456789")] = dv.Formula1
		}
	}
	for i, c := range cols {
		letter := columnLetter(i)
		if rows[0][i] != c.Header() || c.Required != strings.HasSuffix(rows[0][i], "*") {
			t.Errorf("%s: header %s = %q", sheet, letter, rows[0][i])
		}
		formula, has := lists[letter]
		wantList := len(c.Values) > 0
		if wantList != has {
			t.Errorf("%s %s: drop-down %v (%q), want %v", sheet, c.Label, has, formula, wantList)
		}
		if wantList {
			values := c.Values
			if (k == KindPublications || k == KindCatalog) && c.Key == "category" {
				values = cats
			}
			if got := listValues(t, f, formula); !slices.Equal(got, values) {
				t.Errorf("%s %s: list %q, want %q", sheet, c.Label, got, values)
			}
		}
		if c.Type == TypeDate {
			style, _ := f.GetColStyle(sheet, letter)
			st, _ := f.GetStyle(style)
			if st == nil || st.CustomNumFmt == nil || *st.CustomNumFmt != "yyyy-mm-dd" {
				t.Errorf("%s %s: date column style %+v", sheet, c.Label, st)
			}
		}
	}
}

// listValues reads the values a drop-down's defined name refers to.
func listValues(t *testing.T, f *excelize.File, name string) []string {
	for _, dn := range f.GetDefinedName() {
		if dn.Name != name {
			continue
		}
		ref := strings.TrimPrefix(dn.RefersTo, "'"+optionsSheet+"'!")
		parts := strings.Split(strings.ReplaceAll(ref, "$", ""), ":")
		var out []string
		c0, r0, _ := excelize.CellNameToCoordinates(parts[0])
		_, r1, _ := excelize.CellNameToCoordinates(parts[1])
		for r := r0; r <= r1; r++ {
			cell, _ := excelize.CoordinatesToCellName(c0, r)
			v, _ := f.GetCellValue(optionsSheet, cell)
			out = append(out, v)
		}
		return out
	}
	t.Errorf("no defined name %q", name)
	return nil
}

func TestTemplateHelpSheet(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(template(t, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(helpSheet)
	var text strings.Builder
	for _, r := range rows {
		text.WriteString(strings.Join(r, "|") + "\n")
	}
	for _, k := range Kinds {
		if !strings.Contains(text.String(), "工作表「"+k.Label()+"」") || !strings.Contains(text.String(), k.Description()) {
			t.Errorf("填写说明 lacks %s", k.Label())
		}
		for _, c := range Columns(k) {
			if !strings.Contains(text.String(), "\n"+c.Label+"|") {
				t.Errorf("填写说明 lacks column %s of %s", c.Label, k.Label())
			}
		}
	}
}

func TestTemplateRoundTrip(t *testing.T) {
	filled := fillTemplate(t, template(t, nil), roundTripRows)
	rec, n, err := readXLSXBytes(t, filled, "台账.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(n) != 0 {
		t.Errorf("notices %q", n)
	}
	got := map[Kind]any{
		KindRequests: rec.reqs, KindPublications: rec.pubs, KindDocuments: rec.docs,
		KindDecisions: rec.decs, KindFees: rec.fees, KindAppeals: rec.apps,
		KindTasks: rec.tasks, KindProgress: rec.progs, KindQuotas: rec.quotas, KindCatalog: rec.cats,
	}
	for _, k := range Kinds {
		want := roundTripWant[k]
		if !reflect.DeepEqual(got[k], want) {
			t.Errorf("%s\n got %+v\nwant %+v", k.Label(), got[k], want)
		}
	}
}

// fillTemplate writes rows (column key → value) into each ledger sheet of a
// template, from row 2, and checks that every column of every ledger gets a
// value somewhere.
func fillTemplate(t testing.TB, tpl []byte, data map[Kind][]map[string]any) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(tpl))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, k := range Kinds {
		used := map[string]bool{}
		for r, row := range data[k] {
			for i, c := range Columns(k) {
				v, ok := row[c.Key]
				if !ok {
					continue
				}
				used[c.Key] = true
				cell, _ := excelize.CoordinatesToCellName(i+1, r+2)
				if err := f.SetCellValue(k.Label(), cell, v); err != nil {
					t.Fatal(err)
				}
			}
		}
		for _, c := range Columns(k) {
			if !used[c.Key] {
				t.Errorf("%s: column %s never filled", k.Label(), c.Label)
			}
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestTemplateHelpSaysEachThingOnce reads every column's 填写要求 back from
// 填写说明: no sentence or clause is said twice, and every list column says
// 「可填多个」 exactly once.
func TestTemplateHelpSaysEachThingOnce(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(template(t, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(helpSheet)
	help := map[string]string{} // "ledger/column" → 填写要求
	var sheet string
	for _, r := range rows {
		if len(r) > 0 && strings.HasPrefix(r[0], "工作表「") {
			sheet = r[0]
		} else if len(r) == 3 && sheet != "" {
			help[sheet+"/"+r[0]] = r[2]
		}
	}
	lists := 0
	for _, k := range Kinds {
		for _, c := range Columns(k) {
			text, ok := help["工作表「"+k.Label()+"」/"+c.Label]
			if !ok {
				t.Errorf("填写说明 lacks %s / %s", k.Label(), c.Label)
				continue
			}
			seen := map[string]bool{}
			for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return r == '。' || r == '，' }) {
				if seen[clause] {
					t.Errorf("%s / %s says 「%s」 twice: %s", k.Label(), c.Label, clause, text)
				}
				seen[clause] = true
			}
			if c.Type == TypeList {
				lists++
				if n := strings.Count(text, "可填多个"); n != 1 {
					t.Errorf("%s / %s says 可填多个 %d times: %s", k.Label(), c.Label, n, text)
				}
			}
		}
	}
	if lists == 0 {
		t.Error("no list column in 填写说明")
	}
	if got, want := help["工作表「"+KindPublications.Label()+"」/发布渠道"], "可填多个，用顿号、逗号、分号或斜杠分隔，如「政府网站、政务新媒体」"; !strings.HasPrefix(got, want) {
		t.Errorf("发布渠道: %q, want it to start with %q", got, want)
	}
}

// Every sheet a clerk prints is set for A4 landscape with margins: without
// a paper size, Excel and WPS print on the machine's default, often Letter.
func TestTemplatePrintsOnA4(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(template(t, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sheet := range append([]string{helpSheet}, allLabels()...) {
		pl, err := f.GetPageLayout(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if pl.Size == nil || *pl.Size != 9 || pl.Orientation == nil || *pl.Orientation != "landscape" {
			t.Errorf("%s: paper %v, orientation %v; want A4 (9) landscape", sheet, pl.Size, pl.Orientation)
		}
		m, err := f.GetPageMargins(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if m.Left == nil || *m.Left != 0.5 || m.Top == nil || *m.Top != 0.6 {
			t.Errorf("%s: margins left %v top %v", sheet, m.Left, m.Top)
		}
	}
}

// Every wrapped row of 填写说明 stores a height that shows all its lines:
// LibreOffice and WPS do not fit rows themselves, so a longer 填写要求
// overprinted the rows below it.
func TestTemplateHelpRowsShowAllTheirText(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(template(t, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(helpSheet)
	if err != nil {
		t.Fatal(err)
	}
	tall := 0
	for i, cells := range rows {
		if len(cells) < 3 || cells[0] == "列名" {
			continue
		}
		// Display width of 填写要求, at two widths per Chinese character,
		// in a column of 100 with 2 of padding.
		width := 0
		for _, r := range cells[2] {
			width++
			if r > 0x2E7F {
				width++
			}
		}
		lines := (width + 97) / 98
		if strings.HasPrefix(cells[0], "工作表「") { // the ledger's title, 14 points
			lines = (width + 72) / 74
		}
		h, err := f.GetRowHeight(helpSheet, i+1)
		if err != nil {
			t.Fatal(err)
		}
		if h < float64(14*lines) {
			t.Errorf("row %d (%s): height %.0f pt for %d lines of 填写要求", i+1, cells[0], h, lines)
		}
		if lines > 1 {
			tall++
		}
	}
	if tall == 0 {
		t.Fatal("no 填写要求 needs more than one line: the test shows nothing")
	}
}
