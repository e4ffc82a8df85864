package browsertest

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chrome is the one browser of this test binary.
var chrome Shared

func TestMain(m *testing.M) {
	code := m.Run()
	chrome.Close()
	os.Exit(code)
}

func TestNavigateFollowFillSubmit(t *testing.T) {
	s := newSite(t)
	ctx := chrome.New(t)
	must(t, Open(ctx, s.URL+"/"))
	must(t, WaitH1(ctx, "概览"))
	if got, err := Text(ctx, "#unit"); err != nil || got != "某某县教育局 2025 年" {
		t.Fatalf("Text(#unit) = %q, %v", got, err)
	}
	must(t, Follow(ctx, "依申请公开"))
	must(t, WaitH1(ctx, "依申请公开"))
	must(t, Fill(ctx, "applicant", "张三"))
	must(t, FillIn(ctx, "#add", "note", "请公开 2025 年\n招生计划"))
	must(t, Fill(ctx, "kind", "法人"))
	must(t, Submit(ctx, "#add"))
	if got, err := Text(ctx, "#saved"); err != nil || got != "已登记：张三" {
		t.Fatalf("after submit, Text(#saved) = %q, %v", got, err)
	}
	// A browser sends a textarea's line breaks as CRLF.
	want := []string{"张三|请公开 2025 年\r\n招生计划|法人|add"}
	if got := s.postedForms(); !slices.Equal(got, want) {
		t.Fatalf("posted %q, want %q", got, want)
	}
}

func TestWaitH1NamesTheActualHeading(t *testing.T) {
	s := newSite(t)
	ctx := chrome.New(t)
	must(t, Open(ctx, s.URL+"/"))
	short, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel()
	err := WaitH1(short, "年度报告")
	if err == nil || !strings.Contains(err.Error(), `the page's h1 is "概览"`) {
		t.Fatalf("WaitH1 on the wrong page: %v", err)
	}
}

func TestScreenshotWidths(t *testing.T) {
	s := newSite(t)
	ctx := chrome.New(t)
	dir := ScreenshotDir(t)
	for _, width := range []int{1280, 390} {
		path := filepath.Join(dir, "harness-overview-"+strconv.Itoa(width)+".png")
		must(t, Screenshot(ctx, s.URL+"/", width, path))
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if b := img.Bounds(); b.Dx() != width || b.Dy() < 100 {
			t.Fatalf("%s is %dx%d, want %d wide and at least 100 tall", path, b.Dx(), b.Dy(), width)
		}
	}
}

func TestScreenshotIsTheWholePage(t *testing.T) {
	s := newSite(t)
	ctx := chrome.New(t)
	path := filepath.Join(ScreenshotDir(t), "harness-long-390.png")
	must(t, Screenshot(ctx, s.URL+"/long", 390, path))
	f, err := os.Open(path)
	must(t, err)
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	must(t, err)
	if cfg.Width != 390 || cfg.Height <= 2*WindowHeight {
		t.Fatalf("%s is %dx%d, want 390 wide and taller than two windows (%d)", path, cfg.Width, cfg.Height, 2*WindowHeight)
	}
}

func TestOverflow(t *testing.T) {
	s := newSite(t)
	ctx := chrome.New(t)
	for _, width := range []int{1280, 390} {
		must(t, SetWidth(ctx, width))
		must(t, Open(ctx, s.URL+"/"))
		if err := OverflowError(ctx); err != nil {
			t.Errorf("at %d px, the table in its scroll wrapper: %v", width, err)
		}
		must(t, Open(ctx, s.URL+"/wide"))
		out, err := Overflowing(ctx)
		must(t, err)
		if !slices.ContainsFunc(out, func(s string) bool { return strings.HasPrefix(s, "div#toowide: 8..1608 px") }) {
			t.Errorf("at %d px, /wide: Overflowing = %q, want div#toowide listed", width, out)
		}
		if over, err := HorizontalOverflow(ctx); err != nil || !over {
			t.Errorf("at %d px, /wide: HorizontalOverflow = %v, %v", width, over, err)
		}
	}
}

func TestDownload(t *testing.T) {
	s := newSite(t)
	ctx := chrome.New(t)
	must(t, Open(ctx, s.URL+"/"))
	path, err := Download(ctx, "下载 Excel")
	must(t, err)
	if want := filepath.Join(DownloadDir(ctx), "年度报告.xlsx"); path != want {
		t.Fatalf("Download path %q, want %q", path, want)
	}
	got, err := os.ReadFile(path)
	must(t, err)
	if !bytes.Equal(got, downloadBytes) {
		t.Fatalf("downloaded %q, want %q", got, downloadBytes)
	}
	// The page did not change: a download is not a navigation.
	must(t, WaitH1(ctx, "概览"))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestUpload(t *testing.T) {
	s := newSite(t)
	ctx := chrome.New(t)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "公开台账.csv"), filepath.Join(dir, "申请台账.xlsx")
	must(t, os.WriteFile(a, []byte("标题,日期\n"), 0o644))
	must(t, os.WriteFile(b, []byte("PK"), 0o644))
	must(t, Open(ctx, s.URL+"/upload"))
	must(t, Upload(ctx, "ledger", a, b))
	must(t, Submit(ctx, "#imp"))
	must(t, WaitH1(ctx, "导入结果"))
	if got, err := Text(ctx, "#files"); err != nil || got != "公开台账.csv:14;申请台账.xlsx:2;" {
		t.Fatalf("uploaded %q, %v", got, err)
	}
}

func TestNewStartsABrowserOfItsOwn(t *testing.T) {
	s := newSite(t)
	ctx := New(t)
	must(t, Open(ctx, s.URL+"/requests"))
	must(t, WaitH1(ctx, "依申请公开"))
	lang, err := chromedp.Run(ctx, chromedp.Evaluate[string](`navigator.language`))
	if err != nil || lang != "zh-CN" {
		t.Fatalf("navigator.language = %q, %v; want zh-CN", lang, err)
	}
}
