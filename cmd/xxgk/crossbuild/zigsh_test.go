package crossbuild

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// sourceZigSh runs `. .ci/zig.sh` in bash with the cache folder cache and
// only the given programs on PATH, and returns both streams and its exit
// error.
func sourceZigSh(t *testing.T, cache string, programs ...string) (string, error) {
	t.Helper()
	bin := t.TempDir()
	for _, p := range append([]string{"bash", "sha256sum", "cut", "dirname", "mkdir", "mktemp", "rm", "mv"}, programs...) {
		path, err := exec.LookPath(p)
		if err != nil {
			t.Skipf("no %s: %v", p, err)
		}
		if err := os.Symlink(path, filepath.Join(bin, p)); err != nil {
			t.Fatal(err)
		}
	}
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(bin, "bash"), "-c", `. .ci/zig.sh && echo "XXGK_ZIG=$XXGK_ZIG"`)
	cmd.Dir = root
	cmd.Env = []string{"PATH=" + bin, "HOME=" + t.TempDir(), "XDG_CACHE_HOME=" + cache}
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// zigInCache is where .ci/zig.sh puts zig under the cache folder cache.
func zigInCache(cache string) string {
	return filepath.Join(cache, "xxgk-release", "zig-"+zigVersion, "node_modules", zigPackage, "zig")
}

// A zig in the cache folder whose SHA-256 is not the pinned one is
// refused, and no XXGK_ZIG is exported.
func TestZigShRefusesAChangedZig(t *testing.T) {
	cache := t.TempDir()
	fake := zigInCache(cache)
	if err := os.MkdirAll(filepath.Dir(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(fake, []byte("#!/bin/sh\necho 0.14.0\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := sourceZigSh(t, cache)
	if err == nil || !strings.Contains(out, "zig: "+fake+" has SHA-256 ") || !strings.Contains(out, "refusing it") || strings.Contains(out, "XXGK_ZIG=") {
		t.Errorf("changed zig: %v\n%s", err, out)
	}
}

// Without zig in the cache and without npm, .ci/zig.sh says npm is
// missing and fails.
func TestZigShNeedsNPM(t *testing.T) {
	out, err := sourceZigSh(t, t.TempDir())
	want := "zig: npm is missing; the linux-loong64 build needs Zig " + zigVersion + " from the npm registry (apt-get install -y npm)\n"
	if err == nil || out != want {
		t.Errorf("no npm: %v\n%q; want %q", err, out, want)
	}
}
