package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/samples/province"
)

func TestRunWritesTheYear(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "year")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"--out", dir, "--publications", "50", "--requests", "20", "--exports", "2"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "主动公开 50 行") || !strings.Contains(out.String(), "上报文件 2 个") {
		t.Errorf("stdout: %s", out.String())
	}
	for _, name := range []string{province.PublicationsCSV, province.RequestsCSV, province.RequestsXLSX, province.UnitsCSV} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
}

func TestRunRefusesBadUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"--out", t.TempDir(), "extra"}, {"--out", t.TempDir(), "--exports", "-1"}, {"--nonsense"}} {
		var out, errb bytes.Buffer
		if code := run(context.Background(), args, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

// TestRunWritesTheTree: --tree writes the list of a 1 × 2 × 3 province and
// a folder of ledgers per school, and refuses a negative size.
func TestRunWritesTheTree(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "tree")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"--out", dir, "--tree", "--cities", "1", "--counties", "2", "--schools", "3"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "单位树 10 个单位") {
		t.Errorf("stdout: %s", out.String())
	}
	schools, err := os.ReadDir(filepath.Join(dir, province.UnitsDir))
	if err != nil || len(schools) != 6 {
		t.Fatalf("%d school folders (%v), want 6", len(schools), err)
	}
	if code := run(context.Background(), []string{"--out", dir, "--tree", "--schools", "-1"}, &out, &errb); code != 2 {
		t.Errorf("--schools -1: exit %d, want 2", code)
	}
}
