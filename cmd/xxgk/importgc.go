package main

import "runtime/debug"

// Collector settings while an import runs (see importGC).
const (
	importGCPercent  = 400
	importHeapLimitB = 48 << 20
)

// importGC sets the garbage collector for an import and returns the
// function that sets it back. An import makes a few short-lived values
// per cell and keeps almost nothing: at the default GOGC the collector
// runs two dozen times over a 100,000-row workbook, on the cores the
// sheet reader and SQLite need. Letting the heap grow to five times what
// is live between collections runs it a fifth as often; the soft limit
// keeps the Go heap within the import's memory budget (< 100 MB with
// SQLite's page cache, which lives outside it) whatever the ledger's size.
func importGC() (restore func()) {
	gc := debug.SetGCPercent(importGCPercent)
	limit := debug.SetMemoryLimit(importHeapLimitB)
	return func() {
		debug.SetGCPercent(gc)
		debug.SetMemoryLimit(limit)
	}
}
