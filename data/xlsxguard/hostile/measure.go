package hostile

import (
	"runtime"
	"runtime/metrics"
	"time"
)

// Measure runs f and returns the largest live heap seen meanwhile (sampled
// every millisecond) and the bytes f allocated in all.
func Measure(f func()) (peak, total uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	stop := make(chan struct{})
	peaks := sample(stop)
	f()
	close(stop)
	runtime.ReadMemStats(&after)
	return <-peaks, after.TotalAlloc - before.TotalAlloc
}

// sample reads the live heap until stop is closed, then sends the largest
// value seen.
func sample(stop <-chan struct{}) <-chan uint64 {
	out := make(chan uint64, 1)
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
	return out
}

// GiBOfZeros is an entry named name that unzips to 1 GiB of zero bytes
// and zips to about 1.3 MB, e.g. an image part of a workbook.
func GiBOfZeros(name string) Entry {
	return Entry{Name: name, Body: make([]byte, 1<<20), Times: 1024}
}

// Rise runs f and returns how far the live heap rose, at its highest
// (sampled every millisecond), above what it held before f: the memory f
// itself needed, whatever its input already took.
func Rise(f func()) uint64 {
	runtime.GC()
	base := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(base)
	stop := make(chan struct{})
	peaks := sample(stop)
	f()
	close(stop)
	return max(<-peaks, base[0].Value.Uint64()) - base[0].Value.Uint64()
}
