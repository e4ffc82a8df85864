// Package province generates the ledgers of a provincial year, the size
// issue 15 measures xxgk against: a publications CSV of a million rows, a
// request ledger of a hundred thousand rows (XLSX and CSV) and thousands of
// export files sent up by distinct units.
//
// Everything is drawn from a seeded PCG generator, one stream per file,
// and every file carries fixed timestamps, so the same Options always give
// byte-identical files. The ledgers are in the format docs/ledgers.md
// describes and the exports are written by report/xlsx.WriteExport, so
// `xxgk import` and `xxgk rollup` read them as they read a clerk's files.
package province
