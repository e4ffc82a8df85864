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
package data
