package xlsx

import (
	"time"

	"github.com/xxgk/xxgk/report"
)

// fmtDate shows a date cell as 2025-03-01: a real date a clerk can sort
// and filter in Excel and WPS, read the same way as the ledger's dates.
const fmtDate = "yyyy-mm-dd"

// excelEpoch is day 0 of Excel's 1900 date system as it counts from
// 1900-03-01 on (its phantom 1900-02-29 makes 1899-12-30 the origin).
var excelEpoch = time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)

// serial returns d as Excel's date serial number (2025-01-01 is 45658).
func serial(d report.Date) int {
	return int(d.Time().Sub(excelEpoch).Hours() / 24)
}

// date writes d into one cell as a date serial in a date style; the zero
// Date leaves the cell empty but styled, or writes empty (e.g. 「—」) in
// the plain style when it is not "".
func (s *sheet) date(col, row int, d report.Date, style int, empty string, plain int) {
	switch {
	case !d.IsZero():
		s.set(col, row, serial(d), style)
	case empty != "":
		s.set(col, row, empty, plain)
	default:
		s.set(col, row, nil, plain)
	}
}
