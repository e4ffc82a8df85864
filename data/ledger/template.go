package ledger

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// The template's own sheets.
const (
	helpSheet    = "填写说明"
	optionsSheet = "选项" // hidden: the values of the drop-down lists
)

// lastRow bounds the data validations of the template.
const lastRow = excelize.TotalRows

// WriteTemplate writes the blank ledger workbook a clerk fills in all year:
// a 「填写说明」 sheet, then one sheet per ledger named by Kind.Label() with
// its header row (required columns marked *), a frozen header, column widths,
// date and text formats, and drop-down lists for the enumerated columns,
// whose values sit on the hidden sheet 「选项」. categories is the unit's
// 主动公开目录 (report.DefaultCategories when empty). now sets the document
// properties, so the same arguments give the same workbook.
func WriteTemplate(w io.Writer, categories []string, now time.Time) error {
	if len(categories) == 0 {
		categories = report.DefaultCategories
	}
	f := excelize.NewFile()
	defer f.Close()
	t := &templateWriter{f: f, categories: categories, lists: make(map[string]string)}
	steps := []func() error{t.sheets, t.styles, t.help}
	for _, k := range Kinds {
		steps = append(steps, func() error { return t.ledger(k) })
	}
	steps = append(steps, func() error { return t.finish(now) })
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("write template: %w", err)
		}
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write template: %w", err)
	}
	return nil
}

type templateWriter struct {
	f          *excelize.File
	categories []string
	lists      map[string]string // joined values → defined name of their range
	header     int               // style ids
	required   int
	date       int
	text       int
	title      int
	titleWrap  int // a title in a cell that wraps (a ledger's description in 填写说明)
	wrap       int
	bold       int
}

// sheets creates the sheets in order: 填写说明, the ledgers, 选项.
func (t *templateWriter) sheets() error {
	if err := t.f.SetSheetName("Sheet1", helpSheet); err != nil {
		return err
	}
	for _, k := range Kinds {
		if _, err := t.f.NewSheet(k.Label()); err != nil {
			return err
		}
	}
	if _, err := t.f.NewSheet(optionsSheet); err != nil {
		return err
	}
	return t.f.SetSheetVisible(optionsSheet, false)
}

func (t *templateWriter) styles() error {
	border := []excelize.Border{
		{Type: "left", Color: "A6A6A6", Style: 1}, {Type: "right", Color: "A6A6A6", Style: 1},
		{Type: "top", Color: "A6A6A6", Style: 1}, {Type: "bottom", Color: "A6A6A6", Style: 1},
	}
	center := &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	fill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}
	dateFmt := "yyyy-mm-dd"
	specs := []struct {
		id    *int
		style excelize.Style
	}{
		{&t.header, excelize.Style{Border: border, Fill: fill, Alignment: center, Font: &excelize.Font{Bold: true}}},
		{&t.required, excelize.Style{Border: border, Fill: fill, Alignment: center, Font: &excelize.Font{Bold: true, Color: "C00000"}}},
		{&t.date, excelize.Style{CustomNumFmt: &dateFmt}},
		{&t.text, excelize.Style{NumFmt: 49}}, // 「@」: typed as text, keeps leading zeros
		{&t.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&t.titleWrap, excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&t.wrap, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&t.bold, excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill, Border: border}},
	}
	for _, s := range specs {
		id, err := t.f.NewStyle(&s.style)
		if err != nil {
			return err
		}
		*s.id = id
	}
	return nil
}

// ledger writes the sheet of ledger k.
func (t *templateWriter) ledger(k Kind) error {
	sheet := k.Label()
	cols := Columns(k)
	for i, c := range cols {
		letter := columnLetter(i)
		if err := t.f.SetColWidth(sheet, letter, letter, columnWidth(c)); err != nil {
			return err
		}
		if style := t.columnStyle(c); style != 0 {
			if err := t.f.SetColStyle(sheet, letter, style); err != nil {
				return err
			}
		}
		cell := letter + "1"
		if err := t.f.SetCellStr(sheet, cell, c.Header()); err != nil {
			return err
		}
		style := t.header
		if c.Required {
			style = t.required
		}
		if err := t.f.SetCellStyle(sheet, cell, cell, style); err != nil {
			return err
		}
		if err := t.validate(sheet, letter, k, c); err != nil {
			return err
		}
	}
	if err := t.printSetup(sheet); err != nil {
		return err
	}
	if err := t.f.SetRowHeight(sheet, 1, 30); err != nil {
		return err
	}
	titles := &excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$1", sheet), Scope: sheet}
	if err := t.f.SetDefinedName(titles); err != nil {
		return err
	}
	return t.f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	})
}

func (t *templateWriter) columnStyle(c Column) int {
	switch {
	case c.Type == TypeDate:
		return t.date
	case c.Type == TypeText && (c.Key == "id" || strings.HasSuffix(c.Key, "_no") || c.Key == "contact" ||
		c.Key == "task_id" || c.Key == "request_id"):
		return t.text
	}
	return 0
}

// columnWidth gives a column room for its header and typical content.
func columnWidth(c Column) float64 {
	switch c.Key {
	case "content", "title", "requirement", "area", "note":
		return 36
	case "outcome":
		return 30
	}
	w := float64(2*len([]rune(c.Header())) + 4)
	if c.Type == TypeDate || c.Type == TypeChoice || c.Type == TypeList {
		w = max(w, 14)
	}
	return max(w, 12)
}

// validate adds column c's drop-down list or number check.
func (t *templateWriter) validate(sheet, letter string, k Kind, c Column) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("%s2:%s%d", letter, letter, lastRow)
	values := c.Values
	if (k == KindPublications || k == KindCatalog) && c.Key == "category" {
		values = t.categories
	}
	switch {
	case len(values) > 0:
		name, err := t.list(values, k.Label()+"·"+c.Label)
		if err != nil {
			return err
		}
		dv.SetSqrefDropList(name)
		if !c.Open {
			dv.SetError(excelize.DataValidationErrorStyleStop, "输入有误", "请从下拉列表中选择。")
		}
	case c.Type == TypeCount:
		if err := dv.SetRange(0, maxCount, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "输入有误", "请填写不小于 0 的整数。")
	case c.Type == TypeAmount:
		if err := dv.SetRange(0, 1e12, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "输入有误", "请填写金额（元），不小于 0，最多两位小数。")
	default:
		return nil
	}
	return t.f.AddDataValidation(sheet, dv)
}

// list puts values in a column of the 选项 sheet, once per distinct list,
// and returns the defined name of their range.
func (t *templateWriter) list(values []string, title string) (string, error) {
	key := strings.Join(values, "\x00")
	if name, ok := t.lists[key]; ok {
		return name, nil
	}
	letter := columnLetter(len(t.lists))
	if err := t.f.SetCellStr(optionsSheet, letter+"1", title); err != nil {
		return "", err
	}
	for i, v := range values {
		if err := t.f.SetCellStr(optionsSheet, fmt.Sprintf("%s%d", letter, i+2), v); err != nil {
			return "", err
		}
	}
	name := "选项_" + letter
	ref := fmt.Sprintf("'%s'!$%s$2:$%s$%d", optionsSheet, letter, letter, len(values)+1)
	if err := t.f.SetDefinedName(&excelize.DefinedName{Name: name, RefersTo: ref}); err != nil {
		return "", err
	}
	t.lists[key] = name
	return name, nil
}

// printSetup prints the sheet on A4 landscape with margins, as wide as
// one page. Without a paper size, Excel and WPS print on the machine's
// default paper, which is US Letter on many installations.
func (t *templateWriter) printSetup(sheet string) error {
	fit, landscape, a4, wide, tall := true, "landscape", 9, 1, 0
	if err := t.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := t.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	side, edge, band, centre := 0.5, 0.6, 0.3, true
	return t.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &side, Right: &side, Top: &edge, Bottom: &edge, Header: &band, Footer: &band, Horizontally: &centre,
	})
}

// finish makes 填写说明 the active sheet and sets the document properties.
func (t *templateWriter) finish(now time.Time) error {
	t.f.SetActiveSheet(0)
	stamp := now.UTC().Format(time.RFC3339)
	return t.f.SetDocProps(&excelize.DocProperties{
		Title:          "政府信息公开工作台账",
		Subject:        "台账模板：" + strings.Join(allLabels(), "、"),
		Creator:        "xxgk",
		LastModifiedBy: "xxgk",
		Created:        stamp,
		Modified:       stamp,
		Language:       "zh-CN",
	})
}
