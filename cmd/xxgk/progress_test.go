package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// The progress line is rewritten with a carriage return and spaces over
// the rest of a longer line, never with an escape sequence.
func TestProgressBytes(t *testing.T) {
	var b bytes.Buffer
	now := fixedNow
	p := &progress{w: &b, terminal: true, now: func() time.Time { now = now.Add(time.Second); return now }}
	p.update("a.xlsx", 1000)
	p.update("b.xlsx", 5)
	p.done()
	want := "\r正在读取 a.xlsx：1000 行…" + "\r正在读取 b.xlsx：5 行…   " + "\r" + strings.Repeat(" ", 23) + "\r"
	if b.String() != want {
		t.Errorf("\n got %q\nwant %q", b.String(), want)
	}
	if strings.Contains(b.String(), "\x1b") {
		t.Error("escape sequence")
	}
}
