package crossbuild

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The stamp the tests build with, as .ci/release passes it.
const (
	testVersion = "v0.0.0-crossbuild"
	testCommit  = "0123456789ab"
	testDate    = "2026-01-10"
	// versionLine is what the stamped build's --version prints.
	versionLine = "xxgk version " + testVersion + "（提交 " + testCommit + "，日期 " + testDate + "）\n"
)

// ldflags stamps version, commit and date the way .ci/release does.
var ldflags = "-X main.version=" + testVersion + " -X main.commit=" + testCommit + " -X main.date=" + testDate

// target is a platform to build xxgk for; cc is its C compiler ("" for the
// host's), a command line as go's CC takes it (ccLine makes one). static links it as .ci/release links the Linux builds: with
// the C library inside, so that it runs on 信创 systems whose glibc is
// older than the build machine's (统信 UOS 20 and 银河麒麟 V10 have 2.28).
type target struct {
	goos, goarch, cc string
	static           bool
}

// ccLine joins a C compiler's program and arguments into a CC value:
// go splits CC at spaces, and reads a word in single or double quotes
// whole, so a word with a space (a path under "My Documents") is quoted.
func ccLine(words ...string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		switch {
		case !strings.ContainsAny(w, " \t\n'\""):
			quoted[i] = w
		case !strings.Contains(w, "'"):
			quoted[i] = "'" + w + "'"
		default:
			quoted[i] = `"` + w + `"`
		}
	}
	return strings.Join(quoted, " ")
}

// staticTags and staticLDFlags are .ci/release's for a static Linux
// build: Go's DNS resolver and user lookup instead of glibc's, and no
// SQLite extension loading (dlopen).
const (
	staticTags    = "netgo osusergo sqlite_omit_load_extension"
	staticLDFlags = ` -linkmode external -extldflags "-static"`
)

// build builds xxgk for tg with cgo and the test stamp into dir and
// returns the binary's path; an exe gets the icon and version resource,
// as the release's does.
func build(tg target, dir string) (string, error) {
	name := "xxgk"
	if tg.goos == "windows" {
		name += ".exe"
	}
	out := filepath.Join(dir, name)
	args := []string{"build", "-ldflags", ldflags}
	if tg.static {
		args = []string{"build", "-tags", staticTags, "-ldflags", ldflags + staticLDFlags}
	}
	if tg.goos == "windows" {
		rsrc, err := winres(dir, testVersion)
		if err != nil {
			return "", err
		}
		args[len(args)-1] += windowsLDFlags(rsrc)
	}
	cmd := exec.Command("go", append(args, "-o", out, "github.com/xxgk/xxgk/cmd/xxgk")...)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
	if tg.goos != "" {
		cmd.Env = append(cmd.Env, "GOOS="+tg.goos, "GOARCH="+tg.goarch)
	}
	if tg.cc != "" {
		cmd.Env = append(cmd.Env, "CC="+tg.cc)
	}
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("GOOS=%s GOARCH=%s CC=%s go build: %v\n%s", tg.goos, tg.goarch, tg.cc, err, b)
	}
	return out, nil
}

// mustBuild is build that fails t.
func mustBuild(t *testing.T, tg target, dir string) string {
	t.Helper()
	out, err := build(tg, dir)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// runBinary runs a built xxgk (prefix: the binary, after qemu for
// another architecture) with args and extra environment env, and returns
// its stdout; a non-zero exit is an error with both streams.
func runBinary(env []string, prefix []string, args ...string) (string, error) {
	all := append(append([]string{}, prefix...), args...)
	cmd := exec.Command(all[0], all[1:]...)
	cmd.Env = append(os.Environ(), env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("%s: %v\nstdout: %s\nstderr: %s", strings.Join(all, " "), err, out, stderr.String())
	}
	return string(out), nil
}

// parallel runs fs at once, waits for them all and fails t with their
// errors.
func parallel(t *testing.T, fs ...func() error) {
	t.Helper()
	errs := make([]error, len(fs))
	var wg sync.WaitGroup
	for i, f := range fs {
		wg.Go(func() { errs[i] = f() })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
}
