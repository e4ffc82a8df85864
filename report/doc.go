// Package report is the domain of xxgk: the ledger rows a unit keeps
// (Publication, Request, Document, Decision, Fee, Appeal, Task, Progress,
// Quota), the statutory tables of the annual report with their codes and
// labels (statutory.go, once for every renderer and reader), the counting
// that turns ledgers into an AnnualReport, and the checks of docs/counting.md.
//
// Data flows one way:
//
//	ledger files ─► data (import, SQLite store) ─► report (count, check) ─► report/<format> ─► files
//
// The counting reads the ledgers through the small Ledgers interface, row by
// row, so that memory stays flat for provincial ledgers; the same pass
// records, when asked, why each row landed in each cell (Contribution),
// which is what `xxgk explain` prints. Package report imports no adapter:
// SQLite lives in data, file formats in report/xlsx, report/jsonout and
// data/ledger.
package report
