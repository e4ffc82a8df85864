package main

import (
	"context"
	"fmt"
	"io"
	"time"
)

// interruptGrace is how long a command has, after Ctrl+C, to stop on its
// own (every command checks its context between files, rows and outputs)
// before the process ends regardless: a step that cannot be interrupted —
// a system call stuck on a pipe, a library busy with one large workbook —
// must not keep it alive.
const interruptGrace = time.Second

// exitAfterInterrupt waits for ctx to end, then restores the default
// handling of Ctrl+C (stop: a second one ends the process at once) and,
// unless the process has ended by then, after grace writes the message of
// an interrupt to stderr and calls exit with exitInterrupted. SQLite rolls
// back a transaction the process did not commit; an output file is only
// renamed into place once complete.
func exitAfterInterrupt(ctx context.Context, stop func(), grace time.Duration, stderr io.Writer, exit func(int)) {
	<-ctx.Done()
	stop()
	time.Sleep(grace)
	code, msg := describe(context.Canceled)
	fmt.Fprintln(stderr, "错误："+msg)
	exit(code)
}
