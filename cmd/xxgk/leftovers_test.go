package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func touch(t *testing.T, path string, mtime time.Time) {
	t.Helper()
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		t.Fatal(err)
	}
}

// A write into a folder removes the temporary files a killed xxgk left
// there, and keeps those of an xxgk that still runs.
func TestWriteRemovesLeftoversOfDeadProcesses(t *testing.T) {
	dir, db := newDB(t)
	dead, live := deadPID(t), os.Getpid()
	deadTmp := filepath.Join(dir, fmt.Sprintf(".xxgk-%d-123456.tmp", dead))
	liveTmp := filepath.Join(dir, fmt.Sprintf(".xxgk-%d-654321.tmp", live))
	oldStyle := filepath.Join(dir, ".xxgk-2712094632") // before temporary files carried the pid
	recent := filepath.Join(dir, ".xxgk-1234567890")
	other := filepath.Join(dir, ".xxgk-notes.txt")
	touch(t, deadTmp, fixedNow)
	touch(t, liveTmp, fixedNow)
	touch(t, oldStyle, fixedNow.Add(-48*time.Hour))
	touch(t, recent, fixedNow.Add(-time.Minute))
	touch(t, other, fixedNow.Add(-48*time.Hour))
	xxgk(t, "export", "--db", db, "--year", "2025", "--out", filepath.Join(dir, "上报.xlsx")).must(t)
	for path, want := range map[string]bool{deadTmp: false, liveTmp: true, oldStyle: false, recent: true, other: true} {
		if exists(path) != want {
			t.Errorf("%s: exists %v, want %v", filepath.Base(path), !want, want)
		}
	}
}
