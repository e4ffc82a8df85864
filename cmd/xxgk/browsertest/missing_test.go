package browsertest

import (
	"errors"
	"fmt"
	"os/exec"
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

func TestMissingBrowserSkipsOutsideCI(t *testing.T) {
	for _, ci := range []string{"", "false", "1"} {
		r := &recordTB{}
		missingBrowser(r, func(string) string { return ci }, errNoBrowser)
		if r.failed != "" || !strings.Contains(r.skipped, InstallHint) {
			t.Errorf("CI=%q: skipped %q, failed %q; want a skip naming %q", ci, r.skipped, r.failed, InstallHint)
		}
	}
}

func TestMissingBrowserFailsInCI(t *testing.T) {
	r := &recordTB{}
	missingBrowser(r, func(k string) string {
		if k == "CI" {
			return "true"
		}
		return ""
	}, errNoBrowser)
	if r.skipped != "" || !strings.Contains(r.failed, "CI=true") || !strings.Contains(r.failed, InstallHint) {
		t.Errorf("CI=true: skipped %q, failed %q; want a failure naming CI=true and %q", r.skipped, r.failed, InstallHint)
	}
}

func TestFindChromium(t *testing.T) {
	only := func(name, path string) func(string) (string, error) {
		return func(n string) (string, error) {
			if n == name {
				return path, nil
			}
			return "", exec.ErrNotFound
		}
	}
	if p, err := findChromium(only("chromium", "/usr/bin/chromium")); err != nil || p != "/usr/bin/chromium" {
		t.Errorf("chromium: %q, %v", p, err)
	}
	if p, err := findChromium(only("chromium-browser", "/snap/bin/chromium-browser")); err != nil || p != "/snap/bin/chromium-browser" {
		t.Errorf("chromium-browser: %q, %v", p, err)
	}
	if _, err := findChromium(only("firefox", "/usr/bin/firefox")); !errors.Is(err, errNoBrowser) {
		t.Errorf("no chromium: err %v, want errNoBrowser", err)
	}
}
