package crossbuild

import (
	"debug/elf"
	"testing"
)

// The linux-loong64 build (cgo through zig cc, linked static with musl)
// runs the demo under qemu-user and writes the same files with the same
// figures as the native build.
func TestLoong64DemoMatchesNative(t *testing.T) {
	need(t, realHost, loong64)
	t.Parallel() // each build compiles SQLite on one core: two at once use both
	zig, err := realHost.locate(zigProgram)
	if err != nil {
		t.Fatal(err)
	}
	demoMatchesNative(t, emulated{
		target:  target{goos: "linux", goarch: "loong64", cc: ccLine(zig, "cc", "-target", loong64Target), static: true},
		machine: elf.EM_LOONGARCH,
		qemu:    "qemu-loongarch64-static",
	})
}
