package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// writeAtOnce writes outs, out i by writers[i](note), all at once (the
// 汇总情况 workbook of thousands of units takes longest; the others are
// written beside it on the other core), each into a temporary file
// beside it. Then, in order, as writing them one after another would:
// the notes each writing gave, and the file renamed into place with
// 「已写入」; the first that failed, or an interruption, stops there, and
// no file after it is put in place. No temporary file is left behind.
func writeAtOnce(ctx context.Context, g outputGuard, e *env, outs []output, writers []func(note func(string)) func(io.Writer) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var now time.Time
	if g.now != nil {
		now = g.now()
	}
	dirs := map[string]bool{}
	for _, o := range outs {
		if d := filepath.Dir(o.path); !dirs[d] {
			dirs[d] = true
			removeLeftovers(d, now)
		}
	}
	type written struct {
		tmp   string
		notes []string
		err   error
	}
	done := make([]written, len(outs))
	var wg sync.WaitGroup
	for i, o := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &done[i]
			write := writers[i](func(n string) { w.notes = append(w.notes, n) })
			w.tmp, w.err = filledTemp(o.path, 0o644, writeInto(o, write))
		}()
	}
	wg.Wait()
	defer func() {
		for _, w := range done {
			if w.tmp != "" {
				os.Remove(w.tmp)
			}
		}
	}()
	note := noteTo(e)
	for i, o := range outs {
		w := &done[i]
		for _, n := range w.notes {
			note(n)
		}
		if w.err != nil {
			return w.err
		}
		if err := ctx.Err(); err != nil { // interrupted while writing
			return err
		}
		if err := g.check(o); err != nil {
			return err
		}
		if err := renameTemp(w.tmp, o.path); err != nil {
			return err
		}
		w.tmp = ""
		fmt.Fprintln(e.stderr, "已写入 "+o.path)
	}
	return nil
}
