//go:build windows

package main

import "testing"

// The console count answers (0 without a console, 1 for a console of our
// own, more under cmd.exe or go test) and decides a start from Explorer.
func TestStartedFromExplorer(t *testing.T) {
	n := consoleProcessCount()
	if n < 0 {
		t.Fatalf("console processes: %d", n)
	}
	if got := startedFromExplorer(nil); got != (n == 1) {
		t.Errorf("startedFromExplorer = %v with %d console processes", got, n)
	}
}
