package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// deadPID returns the id of a process that has run and been reaped.
func deadPID(t *testing.T) int {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.ProcessState.Pid()
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// Each xxgk has its own temporary folder (excelize's files go there); the
// folders of processes that no longer run are removed at the next start.
func TestProcessTempDir(t *testing.T) {
	root := t.TempDir()
	dead, live := deadPID(t), os.Getpid()
	first, err := processTempDir(root, dead)
	if err != nil {
		t.Fatal(err)
	}
	base := filepath.Dir(first)
	if filepath.Dir(base) != root {
		t.Fatalf("temp folder %s is not under %s", first, root)
	}
	if err := os.WriteFile(filepath.Join(first, "excelize-123"), make([]byte, 1024), 0o600); err != nil {
		t.Fatal(err)
	}
	liveDir := filepath.Join(base, fmt.Sprintf("%d-999", live))
	if err := os.Mkdir(liveDir, 0o700); err != nil {
		t.Fatal(err)
	}
	stray := filepath.Join(base, "notes")
	if err := os.Mkdir(stray, 0o700); err != nil {
		t.Fatal(err)
	}
	second, err := processTempDir(root, live)
	if err != nil {
		t.Fatal(err)
	}
	if exists(first) {
		t.Errorf("the dead process's folder %s was kept", first)
	}
	if !exists(liveDir) || !exists(stray) || !exists(second) {
		t.Errorf("a live process's folder was removed: %v %v %v", exists(liveDir), exists(stray), exists(second))
	}
	if fi, err := os.Stat(second); err != nil || !fi.IsDir() || filepath.Dir(second) != base {
		t.Errorf("new folder %s: %v", second, err)
	}
}
