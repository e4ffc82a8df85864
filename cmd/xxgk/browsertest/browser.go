package browsertest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// WindowWidth and WindowHeight are the fixed size of the browser window, in
// CSS pixels at scale 1, until a test sets another width (SetWidth,
// Screenshot).
const (
	WindowWidth  = 1280
	WindowHeight = 900
)

// InstallHint is the command that installs the browser these tests drive.
const InstallHint = "apt-get install -y --no-install-recommends chromium"

// executables are the names Debian and Ubuntu give the browser.
var executables = []string{"chromium", "chromium-browser"}

// errNoBrowser reports that no chromium executable was found.
var errNoBrowser = errors.New("chromium not found")

// findChromium returns the path of the chromium executable, looked up with
// lookPath (exec.LookPath outside tests).
func findChromium(lookPath func(string) (string, error)) (string, error) {
	for _, name := range executables {
		if p, err := lookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w (looked for %v in PATH)", errNoBrowser, executables)
}

// missingBrowser skips t because err says chromium is absent, or fails it
// when getenv("CI") is "true": CI must run the browser tests.
func missingBrowser(t testing.TB, getenv func(string) string, err error) {
	t.Helper()
	if getenv("CI") == "true" {
		t.Fatalf("browser test: %v; CI=true, so a missing browser is a failure: install it with %q", err, InstallHint)
		return
	}
	t.Skipf("browser test skipped: %v; install it with %q", err, InstallHint)
}

// allocatorOptions are exactly the flags the browser runs with: headless,
// no sandbox (CI runs as root), no GPU, no network of its own, a fresh
// profile in dir, a fixed window and Chinese as the language.
// --hide-scrollbars keeps the layout width equal to the viewport width, as
// on a phone, whose scrollbars take no room. Headless chromium ignores
// --lang for pages; --accept-lang is what makes navigator.language and the
// Accept-Language header zh-CN.
func allocatorOptions(execPath, dir string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(execPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("lang", "zh-CN"),
		chromedp.Flag("accept-lang", "zh-CN"),
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(WindowWidth, WindowHeight),
		chromedp.Env("TMPDIR=" + filepath.Join(dir, "tmp")),
	}
}

// browserProc is one running chromium.
type browserProc struct {
	ctx    context.Context // the browser's first tab; parent of every tab
	cancel func()
}

// start launches chromium with its profile in dir and waits until it
// answers. Its temporary files (shared memory, which Debian's launcher
// keeps out of a small /dev/shm) go to dir/tmp, so they go with dir.
func start(execPath, dir string) (*browserProc, error) {
	if err := os.MkdirAll(filepath.Join(dir, "tmp"), 0o700); err != nil {
		return nil, err
	}
	actx, acancel := chromedp.NewExecAllocator(context.Background(), allocatorOptions(execPath, dir)...)
	bctx, bcancel := chromedp.NewContext(actx)
	if err := chromedp.Do(bctx); err != nil {
		bcancel()
		acancel()
		return nil, fmt.Errorf("start %s: %w", execPath, err)
	}
	return &browserProc{ctx: bctx, cancel: func() { bcancel(); acancel() }}, nil
}

// New starts a browser for t alone (profile under t.TempDir()) and returns
// the context of a tab in it; the browser stops at t.Cleanup. Without
// chromium it skips t, or fails it when CI=true.
func New(t testing.TB) context.Context {
	t.Helper()
	path, err := findChromium(exec.LookPath)
	if err != nil {
		missingBrowser(t, os.Getenv, err)
		return nil
	}
	b, err := start(path, t.TempDir())
	if err != nil {
		t.Fatalf("browser test: %v", err)
	}
	t.Cleanup(b.cancel)
	return newTab(t, b)
}

// Shared is one browser for a whole test binary, started by the first New
// and stopped by Close. The zero value is ready to use; declare it as a
// package variable of the test and call Close in TestMain after m.Run.
type Shared struct {
	once sync.Once
	proc *browserProc
	dir  string
	err  error
}

// New returns the context of a new tab, in a browser context of its own,
// closed at t.Cleanup. The first call starts the browser. Without chromium
// it skips t, or fails it when CI=true.
func (s *Shared) New(t testing.TB) context.Context {
	t.Helper()
	s.once.Do(s.start)
	if errors.Is(s.err, errNoBrowser) {
		missingBrowser(t, os.Getenv, s.err)
		return nil
	}
	if s.err != nil {
		t.Fatalf("browser test: %v", s.err)
	}
	return newTab(t, s.proc)
}

func (s *Shared) start() {
	path, err := findChromium(exec.LookPath)
	if err != nil {
		s.err = err
		return
	}
	if s.dir, err = os.MkdirTemp("", "xxgk-chromium-"); err != nil {
		s.err = err
		return
	}
	s.proc, s.err = start(path, s.dir)
}

// Close stops the browser, if one was started, and removes its profile.
func (s *Shared) Close() {
	if s.proc != nil {
		s.proc.cancel()
	}
	if s.dir != "" {
		os.RemoveAll(s.dir)
	}
}
