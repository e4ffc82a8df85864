//go:build unix

package main

import (
	"errors"
	"os"
	"syscall"
)

// processAlive reports whether process pid still runs (or may: a process
// of another user that cannot be signalled counts as running).
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// ownedByUs reports whether fi, a folder, belongs to this process's user,
// so that a folder planted in the shared temporary folder is not used.
func ownedByUs(fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Getuid()
}
