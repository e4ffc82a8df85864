//go:build !windows

package main

import "testing"

// Only XXGK_DESKTOP=1 (the .desktop launcher's) counts as a start from the
// desktop; a missing TERM or terminal does not.
func TestStartedFromDesktop(t *testing.T) {
	for v, want := range map[string]bool{"1": true, "": false, "0": false, "yes": false} {
		got := startedFromExplorer(func(k string) string {
			if k == "XXGK_DESKTOP" {
				return v
			}
			return ""
		})
		if got != want {
			t.Errorf("XXGK_DESKTOP=%q: %v", v, got)
		}
	}
}
