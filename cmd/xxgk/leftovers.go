package main

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// xxgk's temporary files in an output folder are named
// .xxgk-<pid>-<random>.tmp, so that the process that owns one can be told.
const (
	tempPrefix = ".xxgk-"
	tempSuffix = ".tmp"
)

// oldTempAge is how old a temporary file of an older xxgk (.xxgk-<random>,
// which does not say its process) must be before it is taken for a
// leftover: no write takes that long.
const oldTempAge = 24 * time.Hour

// removeLeftovers removes from dir the temporary files of xxgk processes
// that no longer run (a killed xxgk cannot remove its own), never those of
// a running one; files of older versions go once a day old. now is the
// current time (zero: old-style files are kept).
func removeLeftovers(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, en := range entries {
		name := en.Name()
		rest, ok := strings.CutPrefix(name, tempPrefix)
		if !ok || !en.Type().IsRegular() {
			continue
		}
		if isLeftover(rest, en, now) {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// isLeftover tells from rest, the name after 「.xxgk-」, whether a temporary
// file is a leftover.
func isLeftover(rest string, en os.DirEntry, now time.Time) bool {
	if body, ok := strings.CutSuffix(rest, tempSuffix); ok {
		pid, ok := leadingPID(body)
		return ok && !processAlive(pid)
	}
	if rest == "" || strings.Trim(rest, "0123456789") != "" || now.IsZero() {
		return false
	}
	info, err := en.Info()
	return err == nil && now.Sub(info.ModTime()) > oldTempAge
}
