package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// tempEnv are the variables through which Go's os.TempDir (and so
// excelize, which puts its large temporary files there) and SQLite find the
// temporary folder.
var tempEnv = []string{"TMPDIR", "TMP", "TEMP"}

// processTempDir makes this process's own temporary folder,
// root/xxgk-<uid>/<pid>-<random>, after removing the folders there of xxgk
// processes that no longer run (a killed xxgk cannot remove its own).
// main points the temporary folder of the whole process at it and removes
// it at exit.
func processTempDir(root string, pid int) (string, error) {
	base := filepath.Join(root, "xxgk")
	if uid := os.Getuid(); uid >= 0 {
		base += "-" + strconv.Itoa(uid)
	}
	if err := os.Mkdir(base, 0o700); err != nil && !os.IsExist(err) {
		return "", err
	}
	fi, err := os.Lstat(base)
	if err != nil {
		return "", err
	}
	if !fi.IsDir() || !ownedByUs(fi) {
		return "", fmt.Errorf("temp folder %s is not a folder of this user", base)
	}
	removeStaleTempDirs(base)
	return os.MkdirTemp(base, strconv.Itoa(pid)+"-*")
}

// removeStaleTempDirs removes the folders <pid>-… under base whose process
// no longer runs; anything else is left alone.
func removeStaleTempDirs(base string) {
	entries, err := os.ReadDir(base)
	if err != nil {
		return
	}
	for _, en := range entries {
		pid, ok := leadingPID(en.Name())
		if en.IsDir() && ok && !processAlive(pid) {
			os.RemoveAll(filepath.Join(base, en.Name()))
		}
	}
}

// leadingPID reads the process id at the start of name, before a 「-」.
func leadingPID(name string) (int, bool) {
	digits, _, ok := strings.Cut(name, "-")
	if !ok {
		return 0, false
	}
	pid, err := strconv.Atoi(digits)
	return pid, err == nil && pid > 0
}
