package crossbuild

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// toolchain is what a test needs beyond Go: programs on PATH, files (a
// sysroot's dynamic loader) and the Debian packages that bring them.
type toolchain struct {
	programs []string
	files    []string
	packages []string
}

var (
	// arm64 builds with cgo for linux-arm64 and runs the result.
	arm64 = toolchain{
		programs: []string{"aarch64-linux-gnu-gcc", "qemu-aarch64-static"},
		files:    []string{qemuLDPrefix + "/lib/libc.a"},
		packages: []string{"gcc-aarch64-linux-gnu", "libc6-dev-arm64-cross", "qemu-user-static"},
	}
	// mingw builds with cgo for windows-amd64, with the icon and version
	// resource compiled by windres (binutils-mingw-w64-x86-64, which
	// gcc-mingw-w64-x86-64 brings).
	mingw = toolchain{
		programs: []string{"x86_64-w64-mingw32-gcc", "x86_64-w64-mingw32-windres"},
		packages: []string{"gcc-mingw-w64-x86-64"},
	}
	// wine runs the windows-amd64 build: Wine, mingw for the exe and the
	// stand-in DLL the prefix needs, and a Chinese font for its PDF.
	wine = toolchain{
		programs: []string{"wine", "wineboot", "wineserver", "x86_64-w64-mingw32-gcc", "x86_64-w64-mingw32-windres"},
		files:    []string{prefixFont},
		packages: []string{"wine", "wine64", "gcc-mingw-w64-x86-64", "fonts-arphic-gbsn00lp"},
	}
)

// qemuLDPrefix is the arm64 sysroot of libc6-dev-arm64-cross: the C
// library a static build links, and the dynamic loader qemu-user would
// look for there if the build were dynamic.
const qemuLDPrefix = "/usr/aarch64-linux-gnu"

// host is how a test looks at the machine; tests of need replace it.
type host struct {
	getenv   func(string) string
	lookPath func(string) (string, error)
	exists   func(string) bool
}

var realHost = host{
	getenv:   os.Getenv,
	lookPath: exec.LookPath,
	exists:   func(p string) bool { _, err := os.Stat(p); return err == nil },
}

// need skips t when tc is not installed, naming what is missing and the
// apt-get line that installs it, or fails t when h.getenv("CI") is
// "true": .ci/run installs the toolchains, so CI never skips these tests.
func need(t testing.TB, h host, tc toolchain) {
	t.Helper()
	var missing []string
	for _, p := range tc.programs {
		if _, err := h.lookPath(p); err != nil {
			missing = append(missing, p)
		}
	}
	for _, f := range tc.files {
		if !h.exists(f) {
			missing = append(missing, f)
		}
	}
	if len(missing) == 0 {
		return
	}
	hint := "apt-get install -y " + strings.Join(tc.packages, " ")
	if h.getenv("CI") == "true" {
		t.Fatalf("missing %s; CI=true, so a missing toolchain is a failure: install it with %q (.ci/run does)", strings.Join(missing, ", "), hint)
		return
	}
	t.Skipf("missing %s: install it with %q", strings.Join(missing, ", "), hint)
}
