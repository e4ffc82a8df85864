// Package reporttest builds the reports and workbooks that the tests of
// report, its renderers and the data readers share, as net/http/httptest
// does for HTTP handlers. It is for tests only: no command imports it.
//
// It holds one annual report with a distinct number in every cell
// (Annual, numbered as a Numbering says), one monthly summary with every
// case of docs/counting.md §5 (Monthly) and an empty one (EmptyMonthly),
// the layout of the statutory tables as clerks fill them in by hand
// (WriteTable2, WriteTable3, WriteTable4 onto any Sheet), and the golden-file helper Golden with the
// -update flag, registered once for every test binary that imports the
// package: go test -update rewrites the golden files.
//
// It imports only report and the standard library, so that tests of any
// package of the module, data/ included, may use it.
package reporttest
