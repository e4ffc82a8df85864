package report

// Level says how serious a Problem is.
type Level int

// Levels: an Error makes `check` exit 1; a Note is shown but passes.
const (
	LevelError Level = iota
	LevelNote
)

// String returns the level's Chinese word.
func (l Level) String() string {
	if l == LevelNote {
		return "提示"
	}
	return "错误"
}

// Problem is one broken rule, found in a ledger row or in a table.
type Problem struct {
	Level   Level
	Rule    string // short name of the rule, e.g. 「勾稽关系」
	Where   string // ledger row (Origin) or table cell
	Message string // what is wrong, in Chinese
}

// Contribution records that one ledger row added to one cell, and why.
type Contribution struct {
	Cell   string // JSON path, e.g. "table3.granted.natural"
	Ledger string // 「依申请公开」, 「规范性文件」, …
	Key    string // the row's unique key
	Origin Origin
	Rule   string // the rule that put it there, in Chinese
}
