package xlsxguard

import "fmt"

// Limits bound what a workbook may make xxgk do. Sizes are of parts once
// unzipped, as the zip directory declares them.
type Limits struct {
	File    int64 // the .xlsx file itself, when it is read into memory
	Sheet   int64 // one worksheet part
	Strings int64 // the shared-strings part
	Count   int   // entries in the shared-strings table
	Part    int64 // any other part (styles, images, …)
	Parts   int64 // all other parts together
	Total   int64 // all parts together
	Columns int   // the rightmost column that may hold a value
}

// Ledger are the limits for ledgers, which Book streams: a worksheet may
// hold about a million rows of a ledger, the shared strings two million
// distinct texts; images and other parts are never unzipped.
var Ledger = Limits{
	File:    1 << 30,
	Sheet:   1 << 30,
	Strings: 128 << 20,
	Count:   2_000_000,
	Part:    64 << 20,
	Parts:   256 << 20,
	Total:   2 << 30,
	Columns: 256,
}

// Small are the limits for the workbooks the roll-up reads with excelize
// (statutory tables, exports, unit lists), which excelize holds in memory
// whole: tens of kilobytes in practice.
var Small = Limits{
	File:    32 << 20,
	Sheet:   4 << 20,
	Strings: 4 << 20,
	Count:   200_000,
	Part:    32 << 20,
	Parts:   48 << 20,
	Total:   64 << 20,
	Columns: 256,
}

// Error is a workbook refused: Msg says in Chinese what is wrong and what
// to do, naming the sheet, row and column where there is one.
type Error struct {
	File string // base name of the file
	Msg  string
	Err  error // the cause, for --debug; may be nil
}

// Error returns the file name and the message, e.g. 「台账.xlsx 受密码保护，…」.
func (e *Error) Error() string {
	if e.File == "" {
		return e.Msg
	}
	return e.File + " " + e.Msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// UserMessage is the message itself, already written for the user.
func (e *Error) UserMessage() string { return e.Error() }

// mb writes a size in whole megabytes (or gigabytes) for messages.
func mb(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GB", n>>30)
	case n < 1<<20:
		return fmt.Sprintf("%d KB", (n+1023)>>10)
	}
	return fmt.Sprintf("%d MB", n>>20)
}
