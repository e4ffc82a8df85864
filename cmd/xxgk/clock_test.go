package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestClock(t *testing.T) {
	env := func(v string) func(string) string {
		return func(k string) string { return map[string]string{"SOURCE_DATE_EPOCH": v}[k] }
	}
	if got := clock(env("1767225600"))(); !got.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("SOURCE_DATE_EPOCH=1767225600: %v", got)
	}
	for _, v := range []string{"", "soon"} {
		if got := clock(env(v))(); time.Since(got) > time.Minute || time.Since(got) < 0 {
			t.Errorf("SOURCE_DATE_EPOCH=%q: %v, want the time now", v, got)
		}
	}
}

// With the clock fixed, the blank template is the same bytes every time:
// what .ci/release ships can be rebuilt exactly.
func TestTemplateIsReproducible(t *testing.T) {
	fixed := clock(func(string) string { return "1767225600" })()
	dir := t.TempDir()
	var files [2][]byte
	for i := range files {
		if i > 0 {
			time.Sleep(1100 * time.Millisecond) // a clock that ticked would now differ
		}
		out := filepath.Join(dir, []string{"a.xlsx", "b.xlsx"}[i])
		xxgkAt(t, fixed, "template", "--out", out).must(t)
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = b
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("two templates made at the same fixed time differ")
	}
}
