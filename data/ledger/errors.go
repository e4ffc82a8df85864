package ledger

import (
	"fmt"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// CellError is the error for one bad cell of a ledger.
type CellError struct {
	File     string // base name of the file
	Sheet    string // empty for CSV
	Row      int    // 1-based, as Excel shows it
	Col      string // column letter, e.g. "C"
	Header   string // the column's header as written in the file
	Value    string // the cell as written; empty for a missing required value
	Problem  string // what is wrong, e.g. 「不是有效日期」; empty: 「无法识别」
	Expected string // what the column accepts, e.g. 「日期，如 2025-03-05…」
}

// Error says in Chinese where the cell is, what it holds and what it should
// hold, e.g. 「台账.xlsx 工作表「依申请」第12行 C列「收到日期」：「2025-13-01」不是
// 有效日期，应为日期，如 2025-03-05、2025/3/5、2025年3月5日」.
func (e *CellError) Error() string {
	where := report.Origin{File: e.File, Sheet: e.Sheet, Row: e.Row}.String()
	return fmt.Sprintf("%s %s列「%s」：%s", where, e.Col, e.Header, e.Detail())
}

// Detail says what the cell holds and what it should hold, without where
// it is, e.g. 「「2025-13-01」不是有效日期，应为日期，如 2025-03-05…」.
func (e *CellError) Detail() string {
	if e.Value == "" {
		return e.Expected
	}
	problem := e.Problem
	if problem == "" {
		problem = "无法识别"
	}
	return fmt.Sprintf("「%s」%s，应为%s", shorten(e.Value, 40), problem, e.Expected)
}

// shorten cuts s to n runes, marking the cut with 「…」.
func shorten(s string, n int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// MaxCellErrors is how many bad cells a read reports before it gives up.
const MaxCellErrors = 20

// Errors lists the bad cells of one read, in file order. A read with a
// single bad cell returns that *CellError itself.
type Errors struct {
	Cells     []*CellError
	Truncated bool // more bad cells followed; the read stopped
}

// Error lists the cells one per line.
func (e *Errors) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "台账中有 %d 处错误", len(e.Cells))
	if e.Truncated {
		fmt.Fprintf(&b, "（只列出前 %d 处，其余未检查）", len(e.Cells))
	}
	b.WriteString("：")
	for _, c := range e.Cells {
		b.WriteString("\n  ")
		b.WriteString(c.Error())
	}
	return b.String()
}

// Unwrap gives the cell errors to errors.As and errors.Is.
func (e *Errors) Unwrap() []error {
	out := make([]error, len(e.Cells))
	for i, c := range e.Cells {
		out[i] = c
	}
	return out
}

// FileError is a problem with a ledger file as a whole: it cannot be opened
// or read, is of a kind the readers do not take, or is damaged.
type FileError struct {
	File string // base name of the file
	Msg  string // what is wrong and what to do, in Chinese
	Err  error  // the cause, for --debug; may be nil
}

// Error returns the file name and the message, e.g. 「台账.xls 是旧版 Excel…」.
func (e *FileError) Error() string { return e.File + " " + e.Msg }

// Unwrap returns the cause.
func (e *FileError) Unwrap() error { return e.Err }

// NoLedgerError says that a file holds no sheet recognised as a ledger.
type NoLedgerError struct {
	File  string
	Hints []string // near misses: 「工作表「Sheet1」像是「依申请公开」台账，但缺少列「申请人类型」」
}

// Error names the file and lists the headers each ledger needs.
func (e *NoLedgerError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s 中没有可识别的台账。", e.File)
	for _, h := range e.Hints {
		b.WriteString(h)
		b.WriteString("。")
	}
	b.WriteString("台账的表头行须包含所列台账的全部必填列：")
	for i, k := range Kinds {
		if i > 0 {
			b.WriteString("；")
		}
		fmt.Fprintf(&b, "%s（%s）", k.Label(), strings.Join(RequiredHeaders(k), "、"))
	}
	b.WriteString("。可运行 xxgk template 生成空白台账模板")
	return b.String()
}

// errorList collects the bad cells of a read.
type errorList struct {
	cells     []*CellError
	truncated bool
}

// add records e and reports whether the read should stop.
func (l *errorList) add(e *CellError) (stop bool) {
	if len(l.cells) >= MaxCellErrors {
		l.truncated = true
		return true
	}
	l.cells = append(l.cells, e)
	return false
}

// err returns nil, the single *CellError, or *Errors.
func (l *errorList) err() error {
	switch len(l.cells) {
	case 0:
		return nil
	case 1:
		if !l.truncated {
			return l.cells[0]
		}
	}
	return &Errors{Cells: l.cells, Truncated: l.truncated}
}

// UserMessage is the message itself, already written for the user.
func (e *CellError) UserMessage() string { return e.Error() }

// UserMessage is the message itself, already written for the user.
func (e *Errors) UserMessage() string { return e.Error() }

// UserMessage is the message itself, already written for the user.
func (e *FileError) UserMessage() string { return e.Error() }

// UserMessage is the message itself, already written for the user.
func (e *NoLedgerError) UserMessage() string { return e.Error() }
