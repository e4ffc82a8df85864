package crossbuild

import (
	"debug/elf"
	"testing"
)

// The linux-arm64 build (cgo through Debian's gcc-aarch64-linux-gnu) runs
// the demo under qemu-user and writes the same files with the same
// figures as the native build.
func TestARM64DemoMatchesNative(t *testing.T) {
	need(t, realHost, arm64)
	t.Parallel() // each build compiles SQLite on one core: two at once use both
	demoMatchesNative(t, emulated{
		target:  target{goos: "linux", goarch: "arm64", cc: "aarch64-linux-gnu-gcc", static: true},
		machine: elf.EM_AARCH64,
		qemu:    "qemu-aarch64-static",
		env:     []string{"QEMU_LD_PREFIX=" + qemuLDPrefix},
	})
}
