package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/cmd/xxgk/web/public"
	"github.com/xxgk/xxgk/report/rollup"
)

// publicAddr checks the address of the shared server: any host (":8080"
// listens on every interface), a port from 0 to 65535.
func publicAddr(addr string) (string, error) {
	_, port, err := net.SplitHostPort(addr)
	if p, perr := strconv.Atoi(port); err != nil || perr != nil || p < 0 || p > 65535 {
		return "", usageErrorf("--addr「%s」不是有效的监听地址，应为如 :8080 或 127.0.0.1:8080 的地址。", addr)
	}
	return addr, nil
}

// runServePublic serves the workbench as a shared server: the clerks of
// every unit of the shared database sign in with their accounts.
func runServePublic(ctx context.Context, opt serveOptions, e *env) error {
	if !isPostgres(opt.db) {
		return usageErrorf("--public 需要共享数据库：请用 --db postgres://… 指定（单位自己的数据库文件只能在本机使用，不加 --public）。")
	}
	if opt.files == "" {
		return usageErrorf("--public 需要 --files 文件夹：各单位的年报文字等文件存放在其中以统一社会信用代码命名的子文件夹。")
	}
	addr, err := publicAddr(opt.addr)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(opt.files, 0o750); err != nil {
		return inputErrorf(err, "无法使用文件夹 %s：%v", opt.files, err)
	}
	acc, closeAcc, err := accountsOf(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer closeAcc()
	h, err := public.New(publicConfig(acc, opt, e))
	if err != nil {
		return err
	}
	defer h.Close()
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return inputErrorf(err, "无法在 %s 上启动工作台：%v。端口可能已被其他程序占用，请换一个端口。", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return ctx }}
	how := "（直接以 HTTP 访问；正式使用请放在提供 HTTPS 的反向代理之后，见 docs/server.md）"
	if opt.behindProxy {
		how = "（位于反向代理之后，由代理提供 HTTPS）"
	}
	fmt.Fprintf(e.stderr, "共享工作台已启动：%s %s，按 Ctrl+C 退出\n", ln.Addr(), how)
	if err := serveUntilDone(ctx, srv, ln); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "共享工作台已退出。")
	return nil
}

// publicConfig is the shared server's configuration: each unit's pages
// act through the commands' operations on the unit's store, its files in
// its own folder under --files.
func publicConfig(acc unitdb.Accounts, opt serveOptions, e *env) public.Config {
	return public.Config{
		Accounts:    acc,
		Now:         e.now,
		BehindProxy: opt.behindProxy,
		Bench:       web.Config{CountWait: e.countWait},
		Ops: func(st unitdb.Store, code string) web.Ops {
			ops := newWebOps(st, unitFilesDB(opt.files, code), e)
			ops.shared = true
			return ops
		},
		Rollup: func(ctx context.Context, sess unitdb.Session, y int) (*rollup.Result, error) {
			return liveRollup(ctx, acc, sess, y, e.now())
		},
	}
}

// unitFilesDB is the path webOps takes for a unit's database on the
// shared server: its folder (filepath.Dir) is the unit's own under files,
// named by its 统一社会信用代码, where the narrative and the outputs go.
func unitFilesDB(files, code string) string {
	safe := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			return r
		}
		return '_'
	}, code)
	if safe == "" {
		safe = "_"
	}
	dir := filepath.Join(files, safe)
	os.MkdirAll(dir, 0o750) // a failure shows when a file is written there
	return filepath.Join(dir, "xxgk.db")
}
