package main

import "strings"

// startKind is what xxgk does when it starts.
type startKind int

const (
	// startCommand runs the command line as typed; with no arguments it
	// prints the short help (started from a console).
	startCommand startKind = iota
	// startWorkbench opens the workbench on the profile database
	// (a double-click: no arguments, started from Explorer).
	startWorkbench
	// startDropped imports the files dropped on the exe, then opens the
	// workbench.
	startDropped
	// startDroppedOther refuses files dropped on the exe that are not
	// ledgers (.xlsx or .csv).
	startDroppedOther
)

// start is the decision of startMode: what to do, and with which files
// (the dropped ones; for startDroppedOther, the first refused one).
type start struct {
	kind  startKind
	files []string
}

// startMode decides what xxgk does with args (without the program name)
// and whether it was started from Explorer (or a desktop launcher) rather
// than a console. Only a start from Explorer differs from the command
// line: no arguments open the workbench, and arguments that are all
// absolute paths are files dropped on the exe (Explorer passes each as
// its full path; no subcommand or option looks like one).
func startMode(args []string, fromExplorer bool) start {
	if !fromExplorer {
		return start{kind: startCommand}
	}
	if len(args) == 0 {
		return start{kind: startWorkbench}
	}
	for _, a := range args {
		if !absolutePath(a) {
			return start{kind: startCommand}
		}
	}
	for _, a := range args {
		if !ledgerFile(a) {
			return start{kind: startDroppedOther, files: []string{a}}
		}
	}
	return start{kind: startDropped, files: args}
}

// absolutePath reports whether p is an absolute path on Windows (C:\…,
// C:/…, \\server\…) or Unix (/…), whatever the system running.
func absolutePath(p string) bool {
	if strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\\`) {
		return true
	}
	if len(p) >= 3 && p[1] == ':' && (p[2] == '\\' || p[2] == '/') {
		c := p[0] | 0x20
		return c >= 'a' && c <= 'z'
	}
	return false
}

// ledgerFile reports whether p names a file xxgk import reads (.xlsx or
// .csv, in lower or upper case).
func ledgerFile(p string) bool {
	i := strings.LastIndexByte(p, '.')
	if i < 0 || strings.ContainsAny(p[i:], `/\`) {
		return false
	}
	switch p[i:] {
	case ".xlsx", ".XLSX", ".csv", ".CSV": // as checkImportTypes
		return true
	}
	return false
}
