package main

import (
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// xxgk serve --public refuses what it cannot serve: a unit's SQLite file,
// no --files, a bad address; and, until the shared database is wired,
// says so.
func TestServePublicRefusals(t *testing.T) {
	_, db := newDB(t)
	files := t.TempDir()
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--db", db, "--files", files}, exitUsage, "--public 需要共享数据库"},
		{[]string{"--db", "postgres://x/y"}, exitUsage, "--public 需要 --files"},
		{[]string{"--db", "postgres://x/y", "--files", files, "--addr", "8080"}, exitUsage, "不是有效的监听地址"},
		{[]string{"--db", "postgres://x/y", "--files", files, "--addr", "127.0.0.1:0"}, exitRule, "共享数据库尚未接入"},
	} {
		res := xxgk(t, append([]string{"serve", "--public"}, c.args...)...)
		if res.code != c.code || !strings.Contains(res.stderr, c.want) {
			t.Errorf("serve --public %q: exit %d %q, want %d saying %s", c.args, res.code, res.stderr, c.code, c.want)
		}
	}
	if res := xxgk(t, "serve", "--db", db, "--behind-proxy"); res.code != exitUsage || !strings.Contains(res.stderr, "只用于共享服务器") {
		t.Errorf("--behind-proxy without --public: exit %d %q", res.code, res.stderr)
	}
	if res := xxgk(t, "user", "add", "--db", "postgres://x/y", "--unit-code", unitA, "--name", "王五"); res.code != exitRule || !strings.Contains(res.stderr, "共享数据库尚未接入") {
		t.Errorf("user add on the unwired database: exit %d %q", res.code, res.stderr)
	}
	acc := cityAccounts(t)
	with := func(e *env) { e.accounts = fakeOpener(acc) }
	if res := xxgkWith(t, with, "user", "add", "--db", "postgres://x/y", "--unit-code", unitA); res.code != exitUsage || !strings.Contains(res.stderr, "--name") {
		t.Errorf("user add without --name: exit %d %q", res.code, res.stderr)
	}
	if res := xxgkWith(t, with, "user", "add", "--db", "postgres://x/y", "--unit-code", unitA, "--name", "a"); res.code != exitRule || !strings.Contains(res.stderr, "已被使用") || res.stdout != "" {
		t.Errorf("user add of a name in use: exit %d %q %q", res.code, res.stdout, res.stderr)
	}
}

// xxgk serve --public listens on a non-loopback address form (":0", every
// interface), answers with the sign-in page, keeps each unit's files in
// its own folder under --files, and ends with exit 0 on Ctrl+C.
func TestServePublicCommand(t *testing.T) {
	acc := cityAccounts(t)
	files := filepath.Join(t.TempDir(), "files")
	stderr := &lineWriter{lines: make(chan string, 16)}
	e := &env{stdout: io.Discard, stderr: stderr, now: func() time.Time { return fixedNow }, getenv: func(string) string { return "" },
		countWait: time.Minute, accounts: fakeOpener(acc),
		openURL: func(string) error { t.Error("the shared server opened a browser"); return nil }}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"xxgk", "serve", "--public", "--db", "postgres://fake/xxgk", "--addr", ":0", "--files", files, "--behind-proxy"}, e)
	}()
	var port string
	select {
	case l := <-stderr.lines:
		m := regexp.MustCompile(`^共享工作台已启动：\[::\]:(\d+) （位于反向代理之后`).FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("first line: %q", l)
		}
		port = m[1]
	case c := <-code:
		t.Fatalf("serve --public ended with %d: %s", c, stderr.String())
	}
	res, err := http.Get("http://127.0.0.1:" + port + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Request.URL.Path != "/login" || !strings.Contains(string(body), "<h1>登录</h1>") {
		t.Errorf("GET /: %d at %s\n%s", res.StatusCode, res.Request.URL, body)
	}
	if got := unitFilesDB(files, unitA); filepath.Dir(got) != filepath.Join(files, unitA) {
		t.Errorf("unit A's files in %s", filepath.Dir(got))
	}
	if got := unitFilesDB(files, "../x"); filepath.Dir(got) != filepath.Join(files, "___x") {
		t.Errorf("a code with path characters gives the folder %s", filepath.Dir(got))
	}
	cancel()
	if c := <-code; c != 0 {
		t.Errorf("exit %d: %s", c, stderr.String())
	}
}
