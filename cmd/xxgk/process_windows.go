//go:build windows

package main

import (
	"errors"
	"os"
	"syscall"
)

// Windows process access right and exit code (winnt.h, minwinbase.h).
const (
	processQueryLimitedInformation = 0x1000
	stillActive                    = 259
)

// processAlive reports whether process pid still runs (or may: a process
// that cannot be opened for lack of rights counts as running).
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	h, err := syscall.OpenProcess(processQueryLimitedInformation, false, uint32(pid))
	if err != nil {
		return errors.Is(err, syscall.ERROR_ACCESS_DENIED)
	}
	defer syscall.CloseHandle(h)
	var code uint32
	if err := syscall.GetExitCodeProcess(h, &code); err != nil {
		return true
	}
	return code == stillActive
}

// ownedByUs reports whether fi, a folder, belongs to this process's user;
// the temporary folder on Windows is the user's own.
func ownedByUs(os.FileInfo) bool { return true }
