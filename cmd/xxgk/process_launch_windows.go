//go:build windows

package main

import (
	"syscall"
	"unsafe"
)

// procGetConsoleProcessList is kernel32's GetConsoleProcessList (a
// KnownDLL, so loading it by name cannot pick up a planted copy).
var procGetConsoleProcessList = syscall.NewLazyDLL("kernel32.dll").NewProc("GetConsoleProcessList")

// consoleProcessCount is the number of processes attached to this
// process's console: 1 when Windows created the console for xxgk alone
// (a double-click in Explorer, or a file dropped on xxgk.exe), more when
// xxgk runs in a console window (cmd.exe, PowerShell), 0 without a
// console or when the call fails.
func consoleProcessCount() int {
	if procGetConsoleProcessList.Find() != nil {
		return 0
	}
	var ids [4]uint32
	n, _, _ := procGetConsoleProcessList.Call(uintptr(unsafe.Pointer(&ids[0])), uintptr(len(ids)))
	return int(n)
}

// startedFromExplorer reports whether xxgk was started from Explorer
// rather than a console: its console is its own.
func startedFromExplorer(func(string) string) bool {
	return consoleProcessCount() == 1
}
