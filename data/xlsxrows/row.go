package xlsxrows

// Row is one row of a worksheet as stored. Rows the sheet does not store
// (blank ones) are not returned.
type Row struct {
	Num    int      // 1-based, as Excel shows it
	Hidden bool     // hidden by the clerk (or its height set to 0)
	Cells  []string // raw values by column, A first; a trailing blank is not padded
	// Uncached lists the 0-based columns holding a formula whose result
	// was never saved (the file was written by a program that does not
	// calculate): their value reads as blank.
	Uncached []int
	// Beyond is the 1-based column of the first cell beyond
	// Limits.Columns that holds a value, 0 when none does. Such cells are
	// not in Cells.
	Beyond int
}

// Config is what Parse needs from the workbook.
type Config struct {
	// Strings returns shared string i, false when there is none.
	Strings func(i int) (string, bool)
	// Unescape decodes the _xHHHH_ escapes of an inline string.
	Unescape func(string) string
	// Columns is the rightmost column that may hold a value.
	Columns int
	// MaxRow is the last row number allowed.
	MaxRow int
}

// Result says what Parse made of the bytes.
type Result int

const (
	// OK: one whole row was parsed into the Row.
	OK Result = iota
	// Unknown: the bytes hold something Parse does not understand, or a
	// row longer than the bytes given; nothing was taken.
	Unknown
)
