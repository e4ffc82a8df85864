package main

import (
	"bytes"
	"context"
	"testing"
)

// TestExitAfterInterrupt: once the context ends, Ctrl+C's default handling
// comes back and the process ends with 130 and the interrupt's message,
// whatever the command is doing.
func TestExitAfterInterrupt(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stderr bytes.Buffer
	stopped, code := false, -1
	exitAfterInterrupt(ctx, func() { stopped = true }, 0, &stderr, func(c int) { code = c })
	if !stopped || code != exitInterrupted || stderr.String() != "错误：已中断，未完成的操作已撤销。\n" {
		t.Errorf("stopped %v, exit %d, stderr %q", stopped, code, stderr.String())
	}
}
