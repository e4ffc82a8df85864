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
	// Ledger and Key name the ledger row the problem is in, when it is
	// one: the ledger (「依申请公开」, …) and the row's unique key.
	Ledger, Key string
}

// LedgerRequests is the ledger of applications (依申请公开), as a
// Problem or a Contribution names it.
const LedgerRequests = "依申请公开"

// RequestID returns the id of the application the problem is in, or "".
func (p Problem) RequestID() string {
	if p.Ledger == LedgerRequests {
		return p.Key
	}
	return ""
}

// Contribution records that one ledger row added to one cell, and why.
type Contribution struct {
	Cell   string // JSON path, e.g. "table3.granted.natural"
	Ledger string // 「依申请公开」, 「规范性文件」, …
	Key    string // the row's unique key
	Origin Origin
	Rule   string // the rule that put it there, in Chinese
}
