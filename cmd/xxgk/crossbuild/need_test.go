package crossbuild

import (
	"errors"
	"fmt"
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
