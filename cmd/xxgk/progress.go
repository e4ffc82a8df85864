package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/text/width"
)

// progress shows a running count on stderr: on a console one line
// rewritten at most ten times a second; elsewhere nothing until the final
// summary, which is always written by the caller. The line is rewritten
// with a carriage return and spaces over what is left of the longer line
// before it, never with escape sequences, which an old Windows console
// shows as 「←[K」.
type progress struct {
	w        io.Writer
	terminal bool
	now      func() time.Time
	last     time.Time
	shown    int // the width, in console columns, of the line shown; 0: none
}

func newProgress(e *env) *progress {
	return &progress{w: e.stderr, terminal: e.terminal, now: e.now}
}

// update shows that n rows of file have been read.
func (p *progress) update(file string, n int) {
	if !p.terminal {
		return
	}
	if t := p.now(); t.Sub(p.last) >= 100*time.Millisecond {
		p.last = t
		p.show(fmt.Sprintf("正在读取 %s：%d 行…", file, n))
	}
}

// show writes line over the line shown before.
func (p *progress) show(line string) {
	w := columns(line)
	fmt.Fprint(p.w, "\r"+line+strings.Repeat(" ", max(p.shown-w, 0)))
	p.shown = w
}

// done clears the progress line before the summary.
func (p *progress) done() {
	if p.shown > 0 {
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.shown)+"\r")
		p.shown = 0
	}
}

// columns is the width of s on a console: two columns for Chinese
// (East Asian wide and full-width) characters, one for the others.
func columns(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
			n += 2
		default:
			n++
		}
	}
	return n
}
