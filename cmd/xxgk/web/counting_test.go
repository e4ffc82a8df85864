package web

import (
	"testing"
	"time"
)

// The wait for a count leaves a page at least 50 ms of its half second
// for its own work, and is long enough for the 1M year's count after a
// change (about 0.3 s, BenchmarkWorkbenchYearChecked) to show at once.
func TestDefaultCountWaitFitsThePageBudget(t *testing.T) {
	if DefaultCountWait > pageBudget-50*time.Millisecond {
		t.Errorf("DefaultCountWait %v leaves less than 50 ms of the page's %v", DefaultCountWait, pageBudget)
	}
	if DefaultCountWait < 400*time.Millisecond {
		t.Errorf("DefaultCountWait %v: the 1M year's count after a change no longer shows at once", DefaultCountWait)
	}
}
