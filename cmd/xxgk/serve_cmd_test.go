package main

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lineWriter passes what serve writes to stderr on, line by line.
type lineWriter struct {
	mu    sync.Mutex
	all   strings.Builder
	lines chan string
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.all.Write(p)
	for _, l := range strings.SplitAfter(string(p), "\n") {
		if l != "" {
			select {
			case w.lines <- l:
			default:
			}
		}
	}
	return len(p), nil
}

func (w *lineWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.all.String()
}

// startServe runs xxgk serve on db in the background and returns its
// address (from the line it prints), its stderr and its exit code channel.
func startServe(t *testing.T, ctx context.Context, db string) (string, *lineWriter, chan int) {
	t.Helper()
	return startServeAt(t, ctx, db, fixedNow)
}

// startServeAt is startServe with the clock fixed at now.
func startServeAt(t *testing.T, ctx context.Context, db string, now time.Time) (string, *lineWriter, chan int) {
	t.Helper()
	stderr := &lineWriter{lines: make(chan string, 16)}
	e := &env{stdout: io.Discard, stderr: stderr, now: func() time.Time { return now }, getenv: func(string) string { return "" }, countWait: time.Minute,
		openURL: func(string) error { t.Error("a browser was opened despite --no-browser"); return nil }}
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"xxgk", "serve", "--db", db, "--addr", "127.0.0.1:0", "--no-browser"}, e)
	}()
	started := regexp.MustCompile(`^工作台已启动：(http://127\.0\.0\.1:\d+/) （按 Ctrl\+C 退出）\n$`)
	select {
	case l := <-stderr.lines:
		m := started.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("first line: %q", l)
		}
		return m[1], stderr, code
	case c := <-code:
		t.Fatalf("serve ended with %d: %s", c, stderr.String())
	}
	return "", nil, nil
}

// xxgk serve answers on the address it prints and ends with exit 0 on
// Ctrl+C (the context's end).
func TestServeCommand(t *testing.T) {
	db := requestsDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, stderr, code := startServe(t, ctx, db)
	resp, err := http.Get(addr)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "<h1>概览</h1>") || !strings.Contains(string(body), "SQ2025-101") {
		t.Errorf("GET /: %d\n%s", resp.StatusCode, body)
	}
	cancel()
	if c := <-code; c != 0 {
		t.Errorf("exit %d: %s", c, stderr.String())
	}
}

// The page's 「退出」 stops the server: exit 0.
func TestServeQuitButton(t *testing.T) {
	_, db := newDB(t)
	addr, stderr, code := startServe(t, context.Background(), db)
	resp, err := http.Get(addr)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := regexp.MustCompile(`name="token" value="([0-9a-f]{64})"`).FindSubmatch(body)
	if m == nil {
		t.Fatalf("no token in the page:\n%s", body)
	}
	resp, err = http.PostForm(addr+"quit", url.Values{"token": {string(m[1])}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if c := <-code; c != 0 || !strings.Contains(stderr.String(), "工作台已退出。") {
		t.Errorf("exit %d: %s", c, stderr.String())
	}
}

// Any address that is not this computer's is refused: exit 2.
func TestServeRefusesOtherAddresses(t *testing.T) {
	_, db := newDB(t)
	for _, addr := range []string{"0.0.0.0:8080", "192.168.1.10:8080", ":8080", "example.com:80", "127.0.0.1", "127.0.0.1:99999"} {
		r := xxgk(t, "serve", "--db", db, "--addr", addr, "--no-browser")
		want := "错误：--addr「" + addr + "」不是本机地址：工作台只在本机上提供，应为如 127.0.0.1:8080 的地址（端口 0 表示自动选择）。\n"
		if r.code != exitUsage || r.stderr != want {
			t.Errorf("--addr %s: exit %d, %q", addr, r.code, r.stderr)
		}
	}
}
