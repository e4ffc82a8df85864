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
