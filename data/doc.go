// Package data owns the unit's SQLite database: the schema (numbered
// migrations embedded in the binary, version in PRAGMA user_version), the
// import transaction that ledger rows are written through, the streaming
// queries that the counting reads (Store implements report.Ledgers), and
// the report snapshots.
//
// One file per entity holds its SQL next to the Go that uses it. Every
// import is one transaction: rows are upserted by their ledger key, so a
// ledger imported twice changes nothing, and a failed import leaves the
// database exactly as it was. The file readers live in data/ledger, the
// reader of hand-filled statutory tables in data/statfile; every .xlsx any
// of them opens goes through data/xlsxguard first, so that a sheet read
// only in part is an error and never lets import --replace delete rows.
// Store implements report.Catalog too: the 主动公开目录 with each
// category's 公开时限, which init and the 目录 sheet of an import set
// (catalog.go); columns added to a ledger table after rows were hashed
// are left out of the row hash while empty (table.late), so that an
// upgrade never turns a re-import of unchanged ledgers into updates.
//
// The file itself is guarded too. Open checks a -wal file beside the
// database before SQLite can replay it (walcheck.go): every write
// transaction stamps page 1 with the database's identity and a write
// count (identity.go), so a log from another file, or from a later state
// of this one, is refused instead of merged. Reading commands open with
// OpenOptions.ReadOnly and cannot change the file. Writes take the write
// lock when they begin and wait for one another (write.go); migrations
// and init are one transaction each. Failures of the file (busy, full,
// damaged, not a database, read-only, foreign -wal) are DBErrors
// (dberror.go). Backup writes a consistent, checked copy (backup.go).
package data
