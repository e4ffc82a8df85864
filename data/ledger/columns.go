package ledger

import (
	"slices"

	"github.com/xxgk/xxgk/report"
)

// Type is the kind of value a column holds.
type Type int

// Column value types.
const (
	TypeText     Type = iota // free text, kept as written (trimmed)
	TypeDate                 // a date, see ParseDate
	TypeChoice               // one of Values
	TypeList                 // several values separated by 、,; or / (kept as written)
	TypeBool                 // 是 / 否
	TypeAmount               // money in 元, at most two decimals
	TypeCount                // a non-negative whole number
	TypeMonth                // a month: 2025-06, 2025年6月, 202506
	TypeDeadline             // a date, or 全年 / 长期
	TypeLimit                // a 公开时限: 每月 / 每季度 / 每年N月底前 / 随时 (report.ParseDisclosureLimit)
)

var typeNames = map[Type]string{
	TypeText: "文本", TypeDate: "日期", TypeChoice: "选项", TypeList: "可填多个",
	TypeBool: "是/否", TypeAmount: "金额", TypeCount: "整数", TypeMonth: "月份",
	TypeDeadline: "日期或“全年”", TypeLimit: "公开时限",
}

// String returns the type's Chinese name, e.g. 「日期」.
func (t Type) String() string { return typeNames[t] }

// Column describes one column of a ledger.
type Column struct {
	Key      string   // stable identifier within the ledger, e.g. "received"
	Label    string   // header as the template writes it (without the ＊ mark)
	Synonyms []string // other headers accepted for the column
	Required bool     // marked * : the cell may not be empty
	Type     Type
	// Values are the values offered in the template's drop-down list. For a
	// TypeChoice column they are the valid values (a few written variants
	// are accepted too); when Open is set they are only suggestions.
	Values []string
	Open   bool
	Help   string // guidance for the template's 填写说明 sheet
	// Present marks a column whose header the sheet must have to be
	// recognised as the ledger, though its cells may be empty (the 目录's
	// 公开时限). RequiredHeaders lists it with the required columns.
	Present bool

	choices  chooser // parses a TypeChoice value to its code
	indexNos bool    // a TypeList of 索引号, which contain slashes
	// standsFor is the key of the column this one's header is read as
	// when that column is absent: 「登记日期」 alone is the date received
	// (docs/ledgers.md); beside 「收到日期」 it is the date registered.
	standsFor string
}

// Header returns the column's header as the template writes it: the label,
// with a trailing * when the column is required.
func (c Column) Header() string {
	if c.Required {
		return c.Label + "*"
	}
	return c.Label
}

// Expected describes in Chinese what the column accepts, as CellError
// messages say it after 「应为」.
func (c Column) Expected() string {
	switch c.Type {
	case TypeDate:
		return dateExpected
	case TypeChoice:
		return "以下之一：" + quoteAll(c.Values)
	case TypeBool:
		return "“是”或“否”"
	case TypeAmount:
		return amountExpected
	case TypeCount:
		return countExpected
	case TypeMonth:
		return monthExpected
	case TypeDeadline:
		return deadlineExpected
	case TypeLimit:
		return report.DisclosureLimitForms
	}
	return "文本"
}

// Columns returns the column definitions of ledger k in template order, or
// nil for an unknown Kind. The slice is a copy the caller may change.
func Columns(k Kind) []Column {
	return slices.Clone(ledgerColumns[k])
}

// RequiredHeaders returns the labels of ledger k's required columns.
func RequiredHeaders(k Kind) []string {
	var out []string
	for _, c := range ledgerColumns[k] {
		if c.Required || c.Present {
			out = append(out, c.Label)
		}
	}
	return out
}

// colIndex maps each ledger's column keys to their index in ledgerColumns.
var colIndex = func() map[Kind]map[string]int {
	m := make(map[Kind]map[string]int, len(ledgerColumns))
	for k, cols := range ledgerColumns {
		m[k] = make(map[string]int, len(cols))
		for i, c := range cols {
			m[k][c.Key] = i
		}
	}
	return m
}()
