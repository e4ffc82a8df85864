package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/samples"
)

// startLaunched starts xxgk in the background as Explorer does, with the
// variables vars and the console input stdin, and returns the page it
// sent the browser to, its stderr and its exit code. A start that ends
// before opening the browser returns "" and its code already sent.
func startLaunched(t *testing.T, ctx context.Context, vars map[string]string, stdin string, args ...string) (string, *lineWriter, chan int) {
	t.Helper()
	stderr := &lineWriter{lines: make(chan string, 64)}
	opened := make(chan string, 1)
	e := &env{stdin: strings.NewReader(stdin), stdout: io.Discard, stderr: stderr, now: func() time.Time { return fixedNow },
		getenv: func(k string) string { return vars[k] }, goos: "linux", fromExplorer: true, countWait: time.Minute,
		openURL: func(u string) error { opened <- u; return nil }}
	code := make(chan int, 1)
	go func() { code <- run(ctx, append([]string{"xxgk"}, args...), e) }()
	select {
	case u := <-opened:
		return u, stderr, code
	case c := <-code:
		code <- c
		return "", stderr, code
	}
}

// page GETs u and returns its body.
func page(t *testing.T, u string) string {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d\n%s", u, resp.StatusCode, b)
	}
	return string(b)
}

// stop ends a launched workbench (as Ctrl+C does) and checks exit 0.
func stop(t *testing.T, cancel func(), code chan int, stderr *lineWriter) {
	t.Helper()
	cancel()
	if c := <-code; c != exitOK {
		t.Errorf("exit %d: %s", c, stderr.String())
	}
}

// A double-click on a machine without a database asks the unit's name
// (again after an empty line), creates the profile database and opens the
// workbench on it.
func TestDoubleClickFirstStart(t *testing.T) {
	vars, db := homeEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	u, stderr, code := startLaunched(t, ctx, vars, "\n  示例县教育局 \r\n")
	if u == "" {
		t.Fatalf("no workbench: exit %d: %s", <-code, stderr.String())
	}
	if body := page(t, u); !strings.Contains(body, "<h1>概览</h1>") || !strings.Contains(body, "示例县教育局") {
		t.Errorf("GET /:\n%s", body)
	}
	prompt := "首次使用：请输入单位名称（如 某某县教育局），按回车确认："
	want := prompt + prompt + "已创建数据库 " + db + "：单位「示例县教育局」，主动公开目录 21 类。\n工作台已启动：" + u + " （按 Ctrl+C 退出）\n"
	if got := stderr.String(); got != want {
		t.Errorf("stderr %q\nwant %q", got, want)
	}
	stop(t, cancel, code, stderr)
	// The second double-click asks nothing.
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	u, stderr, code = startLaunched(t, ctx, vars, "")
	if u == "" || strings.Contains(stderr.String(), "首次使用") {
		t.Fatalf("second start: %q", stderr.String())
	}
	stop(t, cancel, code, stderr)
}

// A first start whose console gives no name creates nothing, says so and
// waits for Enter: exit 2.
func TestDoubleClickWithoutName(t *testing.T) {
	vars, _ := homeEnv(t)
	u, stderr, code := startLaunched(t, context.Background(), vars, "\n")
	if u != "" {
		t.Fatal("the workbench was opened")
	}
	want := "首次使用：请输入单位名称（如 某某县教育局），按回车确认：首次使用：请输入单位名称（如 某某县教育局），按回车确认：\n" +
		"错误：没有输入单位名称，未创建数据库。下次双击 xxgk 时会再次询问。\n按回车键关闭窗口。"
	if c := <-code; c != exitUsage || stderr.String() != want {
		t.Errorf("exit %d: %q", c, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(vars["HOME"], ".local")); !os.IsNotExist(err) {
		t.Errorf("something was created: %v", err)
	}
}

// xxgk serve without --db opens the profile database.
func TestServeUsesProfileDB(t *testing.T) {
	vars, _ := homeEnv(t)
	xxgkIn(t, vars, "", false, "init", "--unit", "某某县教育局").must(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stderr := &lineWriter{lines: make(chan string, 16)}
	opened := make(chan string, 1)
	e := &env{stdout: io.Discard, stderr: stderr, now: func() time.Time { return fixedNow }, goos: "linux",
		getenv: func(k string) string { return vars[k] }, countWait: time.Minute,
		openURL: func(u string) error { opened <- u; return nil }}
	code := make(chan int, 1)
	go func() { code <- run(ctx, []string{"xxgk", "serve"}, e) }()
	select {
	case u := <-opened:
		if body := page(t, u); !strings.Contains(body, "某某县教育局") {
			t.Errorf("GET /:\n%s", body)
		}
	case c := <-code:
		t.Fatalf("exit %d: %s", c, stderr.String())
	}
	stop(t, cancel, code, stderr)
}

// A ledger dropped on xxgk (from a folder with a space) on the first start
// is imported into the new profile database with xxgk import's output,
// then the workbench opens on it.
func TestDroppedLedger(t *testing.T) {
	vars, db := homeEnv(t)
	dir := filepath.Join(t.TempDir(), "桌面 文件")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, samples.LedgerFileName)
	if err := os.WriteFile(file, samples.LedgerWorkbook, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	u, stderr, code := startLaunched(t, ctx, vars, samples.UnitName+"\n", file)
	if u == "" {
		t.Fatalf("no workbench: exit %d: %s", <-code, stderr.String())
	}
	stop(t, cancel, code, stderr)
	out := stderr.String()
	if !strings.Contains(out, "已创建数据库 "+db) || !strings.Contains(out, "\n导入完成：新增 ") || strings.Contains(out, "导入完成：新增 0 条") {
		t.Errorf("stderr:\n%s", out)
	}
	// The same file through xxgk import finds every row already there.
	r := xxgkIn(t, vars, "", false, "import", file).must(t)
	if !strings.Contains(r.stderr, "导入完成：新增 0 条，更新 0 条") {
		t.Errorf("again: %s", r.stderr)
	}
}

// A bad ledger dropped on xxgk: the import's message, no workbench, Enter
// awaited, exit 1, the database unchanged.
func TestDroppedBadLedger(t *testing.T) {
	vars, _ := homeEnv(t)
	xxgkIn(t, vars, "", false, "init", "--unit", "某某县教育局").must(t)
	bad := writeFile(t, t.TempDir(), "公开.csv", "索引号,标题,发布日期,类别\nIDX-1,招生通知,2025-13-40,招生考试\n")
	u, stderr, code := startLaunched(t, context.Background(), vars, "\n", bad)
	if u != "" {
		t.Fatal("the workbench was opened")
	}
	out := stderr.String()
	if c := <-code; c != exitRule || !strings.Contains(out, "公开.csv") || !strings.Contains(out, "本次导入已全部撤销，数据库未作任何修改。") ||
		!strings.HasSuffix(out, "\n按回车键关闭窗口。") {
		t.Errorf("exit %d: %q", c, out)
	}
}

// A file of another kind dropped on xxgk is named with what is accepted:
// exit 2 after Enter, nothing created.
func TestDroppedOtherFile(t *testing.T) {
	vars, _ := homeEnv(t)
	doc := filepath.Join(t.TempDir(), "工作总结.docx")
	u, stderr, code := startLaunched(t, context.Background(), vars, "\n", doc)
	want := "错误：无法导入「" + doc + "」：拖到 xxgk 上的文件应是台账（.xlsx 或 .csv）。要打开工作台，请直接双击 xxgk。\n按回车键关闭窗口。"
	if c := <-code; u != "" || c != exitUsage || stderr.String() != want {
		t.Errorf("exit %d: %q", c, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(vars["HOME"], ".local")); !os.IsNotExist(err) {
		t.Errorf("something was created: %v", err)
	}
}
