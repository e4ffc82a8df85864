package main

import (
	"fmt"
	"io"
	"time"
)

// progress shows a running count on stderr: on a console one line
// rewritten at most ten times a second; elsewhere nothing until the final
// summary, which is always written by the caller.
type progress struct {
	w        io.Writer
	terminal bool
	now      func() time.Time
	last     time.Time
	shown    bool
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
		fmt.Fprintf(p.w, "\r正在读取 %s：%d 行…\033[K", file, n)
		p.shown = true
	}
}

// done clears the progress line before the summary.
func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}
