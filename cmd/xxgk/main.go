// Command xxgk keeps a unit's 政府信息公开 ledgers in SQLite and turns them
// into the statutory annual report. main only turns run into an exit code.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"
)

func main() {
	// SIGTERM too: systemd stops xxgk serve --public with it.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go exitAfterInterrupt(ctx, stop, interruptGrace, os.Stderr, os.Exit)
	cli.HelpFlag = &cli.BoolFlag{Name: "help", Aliases: []string{"h"}, Usage: "显示帮助"}
	cli.VersionFlag = &cli.BoolFlag{Name: "version", Aliases: []string{"v"}, Usage: "显示版本"}
	e := &env{
		stdin:    os.Stdin,
		stdout:   os.Stdout,
		stderr:   os.Stderr,
		now:      clock(os.Getenv),
		getenv:   os.Getenv,
		terminal: isTerminal(os.Stderr),
		openURL:  openBrowser,
	}
	e.fromExplorer = startedFromExplorer(os.Getenv)
	cleanup := useOwnTempDir()
	code := run(ctx, os.Args, e)
	cleanup()
	os.Exit(code)
}

// useOwnTempDir points the temporary folder of the whole process (Go's
// os.TempDir, and so excelize's large temporary files, and SQLite's) at a
// folder of this process's own, removing those of xxgk processes that were
// killed, and returns the function that removes it at exit. Without one,
// the system's folder is used as before.
func useOwnTempDir() func() {
	dir, err := processTempDir(os.TempDir(), os.Getpid())
	if err != nil {
		return func() {}
	}
	for _, k := range tempEnv {
		os.Setenv(k, dir)
	}
	return func() { os.RemoveAll(dir) }
}

// isTerminal reports whether f is a character device (a console).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
