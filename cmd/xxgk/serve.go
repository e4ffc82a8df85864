package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/data"
)

type serveOptions struct {
	db        string
	addr      string
	noBrowser bool

	public      bool   // the shared server (serve_public.go)
	behindProxy bool   // --behind-proxy: TLS ends at a reverse proxy
	files       string // --files: the units' files, one folder per 统一社会信用代码
}

// serveBusyWait is how long a page's save waits for another program's
// write before it says 「请稍后再试」.
const serveBusyWait = 5 * time.Second

// shutdownGrace is how long the requests under way have to finish.
const shutdownGrace = 5 * time.Second

func serveCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "serve",
		Usage:     "启动工作台：在本机浏览器中完成台账、申请登记和年报工作",
		UsageText: "xxgk serve [--db 文件] [--addr 127.0.0.1:端口] [--no-browser]\n   xxgk serve --public --db postgres://… --addr :8080 --files 文件夹 [--behind-proxy]",
		Description: "在本机（127.0.0.1）启动工作台网页并打开默认浏览器；只有本机能访问，网页上的每个操作都带本次启动的校验码。" +
			"按 Ctrl+C 或网页上的「退出」结束。退出码：0 正常结束，1 数据库无法打开或端口被占用，2 用法错误（如 --addr 不是本机地址）。\n\n" +
			"加 --public 时作为多个单位共用的服务器运行（见 docs/server.md）：各单位的账号用 xxgk user add 开设，登录后只能使用本单位的数据；上级单位还能查看下级单位（只读）。\n\n" +
			"示例：\n   xxgk serve --db 示例县教育局.db\n   xxgk serve --db 示例县教育局.db --addr 127.0.0.1:8080 --no-browser\n" +
			"   xxgk serve --public --db postgres://xxgk@localhost/xxgk --addr 127.0.0.1:8080 --behind-proxy --files /srv/xxgk/files",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "addr", Usage: "监听地址，只能是本机地址（端口 0 表示自动选择空闲端口）", Value: "127.0.0.1:0"},
			&cli.BoolFlag{Name: "no-browser", Usage: "不自动打开浏览器"},
			&cli.BoolFlag{Name: "public", Usage: "以共享服务器方式运行：允许非本机地址，各单位用账号登录（需要共享数据库 --db postgres://…，见 docs/server.md）"},
			&cli.BoolFlag{Name: "behind-proxy", Usage: "（--public）服务器位于反向代理（nginx、Caddy）之后，由代理提供 HTTPS"},
			&cli.StringFlag{Name: "files", Usage: "（--public）各单位文件（年报文字等）的存放文件夹，每个单位一个以统一社会信用代码命名的子文件夹"},
		},
		Action: func(c *cli.Context) error {
			opt := serveOptions{addr: c.String("addr"), noBrowser: c.Bool("no-browser"),
				public: c.Bool("public"), behindProxy: c.Bool("behind-proxy"), files: c.String("files")}
			var err error
			if opt.public {
				opt.db = sharedArg(c, e, flagOrEnv(c, e, "db"))
				return runServePublic(c.Context, opt, e)
			}
			if opt.behindProxy || opt.files != "" {
				return usageErrorf("--behind-proxy 和 --files 只用于共享服务器（--public）。")
			}
			if opt.db, err = needDB(c, e); err != nil {
				return err
			}
			return runServe(c.Context, opt, e)
		},
	}
}

// loopbackAddr checks that addr is a loopback address and returns the
// address to listen on (localhost as 127.0.0.1).
func loopbackAddr(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	refused := usageErrorf("--addr「%s」不是本机地址：工作台只在本机上提供，应为如 127.0.0.1:8080 的地址（端口 0 表示自动选择）。", addr)
	if err != nil {
		return "", refused
	}
	if p, err := strconv.Atoi(port); err != nil || p < 0 || p > 65535 {
		return "", refused
	}
	if host == "localhost" {
		host = "127.0.0.1"
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return "", refused
	}
	return net.JoinHostPort(host, port), nil
}

func runServe(ctx context.Context, opt serveOptions, e *env) error {
	addr, err := loopbackAddr(opt.addr)
	if err != nil {
		return err
	}
	st, err := openExistingAs(ctx, e, opt.db, data.OpenOptions{BusyWait: serveBusy(e)})
	if err != nil {
		return err
	}
	defer st.Close()
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return inputErrorf(err, "无法在 %s 上启动工作台：%v。端口可能已被其他程序占用，请换一个端口，或用 --addr 127.0.0.1:0 自动选择。", addr, err)
	}
	tcp := ln.Addr().(*net.TCPAddr)
	ctx, quit := context.WithCancel(ctx)
	defer quit()
	ops := newWebOps(st, opt.db, e)
	h, err := web.New(web.Config{Store: st, Ops: ops, Now: e.now, Port: tcp.Port, Quit: quit, CountWait: e.countWait})
	if err != nil {
		ln.Close()
		return err
	}
	defer h.Close()
	stopWarm := startWarm(ctx, ops, e)
	defer stopWarm()
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return ctx }}
	url := "http://" + net.JoinHostPort(tcp.IP.String(), strconv.Itoa(tcp.Port)) + "/"
	fmt.Fprintf(e.stderr, "工作台已启动：%s （按 Ctrl+C 退出）\n", url)
	if !opt.noBrowser && e.openURL != nil {
		if err := e.openURL(url); err != nil {
			fmt.Fprintf(e.stderr, "提示：无法自动打开浏览器（%v），请在浏览器中打开 %s\n", err, url)
		}
	}
	if err := serveUntilDone(ctx, srv, ln); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "工作台已退出。")
	return nil
}

// serveUntilDone serves ln until ctx ends, then lets the requests under
// way finish (shutdownGrace) and returns; an error of the server before
// that is returned as it is.
func serveUntilDone(ctx context.Context, srv *http.Server, ln net.Listener) error {
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// startWarm computes the current year's figures in the background while
// serving (webOps.warm), every computation of the cache bound to ctx. The
// function it returns ends them and waits, so that the store can close.
func startWarm(ctx context.Context, ops webOps, e *env) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	ops.years.life, ops.due.life = ctx, ctx
	interval := e.warmEvery
	if interval <= 0 {
		interval = warmEvery
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		ops.warm(ctx, interval)
	}()
	return func() {
		cancel()
		<-done
	}
}

// serveBusy is the busy wait of the workbench's saves (tests shorten it).
func serveBusy(e *env) time.Duration {
	if e.busyWait > 0 {
		return e.busyWait
	}
	return serveBusyWait
}
