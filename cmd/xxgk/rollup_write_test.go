package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWriteAtOnce: files written at once are put in place in order, each
// after the notes its writing gave; the first failure in order is the
// error, no file after it is put in place, and no temporary file is left.
func TestWriteAtOnce(t *testing.T) {
	boom := errors.New("boom")
	for _, failAt := range []int{-1, 0, 2, 4} {
		dir := t.TempDir()
		var stderr bytes.Buffer
		e := &env{stdout: io.Discard, stderr: &stderr, now: func() time.Time { return fixedNow }, getenv: func(string) string { return "" }}
		var outs []output
		var writers []func(func(string)) func(io.Writer) error
		for i := range 5 {
			name := string(rune('a'+i)) + ".json"
			outs = append(outs, output{filepath.Join(dir, name), annualKind("json")})
			writers = append(writers, func(note func(string)) func(io.Writer) error {
				return func(w io.Writer) error {
					if i%2 == 0 {
						time.Sleep(time.Duration(5-i) * time.Millisecond) // the first finish last
					}
					note("第一条" + name)
					note("第二条" + name)
					if i == failAt {
						return boom
					}
					_, err := io.WriteString(w, `{"n":`+string(rune('0'+i))+`}`)
					return err
				}
			})
		}
		err := writeAtOnce(context.Background(), newGuard(e, "", false), e, outs, writers)
		if failAt < 0 && err != nil || failAt >= 0 && !errors.Is(err, boom) {
			t.Fatalf("fail at %d: error %v", failAt, err)
		}
		var want strings.Builder
		for i, o := range outs {
			name := filepath.Base(o.path)
			if failAt < 0 || i <= failAt {
				want.WriteString("注意：第一条" + name + "\n注意：第二条" + name + "\n")
			}
			if failAt < 0 || i < failAt {
				want.WriteString("已写入 " + o.path + "\n")
			}
			_, statErr := os.Stat(o.path)
			if placed := statErr == nil; placed != (failAt < 0 || i < failAt) {
				t.Errorf("fail at %d: %s in place: %v", failAt, name, placed)
			}
		}
		if stderr.String() != want.String() {
			t.Errorf("fail at %d: stderr\n%s\nwant\n%s", failAt, stderr.String(), want.String())
		}
		entries, _ := os.ReadDir(dir)
		for _, en := range entries {
			if strings.HasPrefix(en.Name(), tempPrefix) {
				t.Errorf("fail at %d: temporary file %s left", failAt, en.Name())
			}
		}
	}
}

// TestWriteAtOnceInterrupted: an interruption before writing writes nothing.
func TestWriteAtOnceInterrupted(t *testing.T) {
	dir := t.TempDir()
	e := &env{stdout: io.Discard, stderr: io.Discard, now: func() time.Time { return fixedNow }, getenv: func(string) string { return "" }}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	outs := []output{{filepath.Join(dir, "a.json"), annualKind("json")}}
	writers := []func(func(string)) func(io.Writer) error{func(func(string)) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, "{}"); return err }
	}}
	if err := writeAtOnce(ctx, newGuard(e, "", false), e, outs, writers); !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("%d files written", len(entries))
	}
}
