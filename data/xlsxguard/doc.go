// Package xlsxguard opens the .xlsx workbooks xxgk reads — ledgers, hand-
// filled statutory tables, exports, unit lists — so that a hostile or
// broken file is refused quickly, in Chinese, naming the file, instead of
// taking the machine's memory or silently losing rows.
//
// Before anything is unzipped it tells apart a password-protected workbook
// and an old .xls (both OLE compound files) and checks every zip entry's
// declared size against Limits (archive/zip itself refuses an entry that
// holds more than its header declares). Book then streams worksheets with
// its own reader: an XML error or a cut-off part is an error, never an
// early end; shared strings are counted against a cap while read; a value
// beyond Limits.Columns costs nothing (no padding) and is reported; formulas
// without a cached value and hidden rows are reported to the caller.
// Rows in the plain form Excel, WPS and excelize write are taken straight
// from the bytes by xlsxrows, about ten times faster; anything else is read
// with encoding/xml, and FuzzFastRows checks that both read alike.
//
// OpenExcelize runs the same checks, and reads every sheet once with Book,
// before it hands a small workbook to excelize for callers that need
// excelize's richer model (merged cells, formulas).
package xlsxguard
