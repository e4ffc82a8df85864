package xlsx

import (
	"runtime"
	"runtime/metrics"
	"time"
)

// peakHeap runs f and returns how far the live heap rose above what it
// was before f (the input, say), sampled every millisecond, for
// benchmarks to report as peak-MB.
func peakHeap(f func()) uint64 {
	runtime.GC()
	base := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(base)
	stop, out := make(chan struct{}), make(chan uint64, 1)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var peak uint64
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-stop:
				out <- peak
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(stop)
	return max(<-out, base[0].Value.Uint64()) - base[0].Value.Uint64()
}
