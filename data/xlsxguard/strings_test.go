package xlsxguard

import (
	"strconv"
	"testing"
)

// TestStringTableCache looks every entry up twice, past the cached ones:
// the same text each time, and nothing out of range.
func TestStringTableCache(t *testing.T) {
	var st stringTable
	n := maxCached + 3
	for i := range n {
		st.blob = append(st.blob, "文本"+strconv.Itoa(i)...)
		st.ends = append(st.ends, uint32(len(st.blob)))
	}
	for range 2 {
		for i := range n {
			if s, ok := st.get(i); !ok || s != "文本"+strconv.Itoa(i) {
				t.Fatalf("get(%d) = %q, %v", i, s, ok)
			}
		}
	}
	if len(st.cached) != maxCached {
		t.Errorf("%d cached", len(st.cached))
	}
	for _, i := range []int{-1, n} {
		if _, ok := st.get(i); ok {
			t.Errorf("get(%d) found", i)
		}
	}
}
