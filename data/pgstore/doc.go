// Package pgstore is xxgk's store on PostgreSQL (issue 17): one database
// for many units (a province's department, cities, counties and schools),
// beside the SQLite store of package data that stays the embedded default.
//
// The schema is data/migrations in PostgreSQL's dialect, numbered the same
// (migrations/0001…0008, embedded), with a unit_id in every unit's row and
// a units table that records the tree of units by their 统一社会信用代码.
// Its version is kept in the table schema_version; Migrate applies what a
// database lacks in one transaction and, like data's, refuses a database
// newer than the binary (data.TooNewError). Open never migrates: a read
// does not change the schema.
//
// The publication tallies of migration 0006 are kept by PL/pgSQL triggers,
// as SQLite's are by its triggers: whoever writes the publications, the
// tallies follow in the same transaction.
//
// A Store is the database; a Unit, which Store.Unit returns for a
// 统一社会信用代码, reads and writes that unit's rows only, and satisfies
// the commands' store (cmd/xxgk/unitdb.Store). docs/postgres.md is the
// administrator's guide; docs/postgres.md §5 gives the rules for changing
// this package (u.read/u.write, xxgk_secure_table, xxgk_watch_changes) and
// the known limits.
package pgstore
