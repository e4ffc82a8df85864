package main

import (
	"runtime/debug"
	"testing"
)

// TestImportGCRestores sets the collector for an import and back.
func TestImportGCRestores(t *testing.T) {
	gc := debug.SetGCPercent(100)
	defer debug.SetGCPercent(gc)
	limit := debug.SetMemoryLimit(-1)
	restore := importGC()
	if got := debug.SetGCPercent(importGCPercent); got != importGCPercent {
		t.Errorf("GOGC during the import: %d, want %d", got, importGCPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != importHeapLimitB {
		t.Errorf("memory limit during the import: %d, want %d", got, importHeapLimitB)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC after the import: %d, want 100", got)
	}
	if got := debug.SetMemoryLimit(-1); got != limit {
		t.Errorf("memory limit after the import: %d, want %d", got, limit)
	}
}
