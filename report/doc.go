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
//
// layers_test.go keeps the layers. Nothing under report/ imports data.
// Each renderer (report/html, report/jsonout, report/pdf, report/xlsx)
// draws the finished report on its own and imports no other, except
// report/xlsx → report/jsonout: an export's 「数据」 sheet holds the JSON
// codes. data imports a renderer only where a roll-up reads the workbooks
// xxgk writes through the reader beside their writer (data/rollupfiles →
// report/xlsx). The clock and the environment are read in cmd/xxgk alone
// and passed in.
package report
