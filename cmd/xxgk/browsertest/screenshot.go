package browsertest

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// ScreenshotsEnv names the folder that ScreenshotDir returns when set.
const ScreenshotsEnv = "XXGK_SCREENSHOTS"

// maxScreenshotHeight bounds a full-page screenshot (CSS pixels), so a
// runaway page cannot make an image of unbounded size.
const maxScreenshotHeight = 16000

// ScreenshotDir is the folder tests write screenshots to: the folder named
// by XXGK_SCREENSHOTS (created when missing) so a person can look at them,
// or else a temporary folder of t.
func ScreenshotDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv(ScreenshotsEnv)
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("browser test: screenshot folder: %v", err)
	}
	return dir
}

// Screenshot sets the tab's viewport to width, opens url (or keeps the
// current page when url is empty, e.g. the answer to a POST) and writes a
// PNG of the whole page, width pixels wide and as tall as the page, to
// path. The tab stays at that width, so HorizontalOverflow afterwards
// checks the same layout.
func Screenshot(ctx context.Context, url string, width int, path string) error {
	if err := SetWidth(ctx, width); err != nil {
		return fmt.Errorf("screenshot at %d px: %w", width, err)
	}
	if url != "" {
		if err := Open(ctx, url); err != nil {
			return fmt.Errorf("screenshot: %w", err)
		}
	}
	ctx, cancel := context.WithTimeout(ctx, ActionTimeout)
	defer cancel()
	png, err := chromedp.Run(ctx, fullPage(width))
	if err != nil {
		return fmt.Errorf("screenshot of %s at %d px: %w", url, width, err)
	}
	return os.WriteFile(path, png, 0o644)
}

// fullPage captures the page from its top-left corner, width CSS pixels
// wide and as tall as its content, at scale 1.
func fullPage(width int) chromedp.Action[[]byte] {
	return func(ctx context.Context, t *chromedp.Target) ([]byte, error) {
		m, err := chromedp.Call(ctx, page.GetLayoutMetrics, cdp.Empty{})
		if err != nil {
			return nil, err
		}
		height := float64(WindowHeight)
		if m.CSSContentSize != nil {
			height = math.Ceil(m.CSSContentSize.Height)
		}
		height = min(max(height, 1), maxScreenshotHeight)
		r, err := chromedp.Call(ctx, page.CaptureScreenshot, page.CaptureScreenshotParams{
			Format:                page.CaptureScreenshotFormatPng,
			Clip:                  &page.Viewport{Width: float64(width), Height: height, Scale: 1},
			CaptureBeyondViewport: new(true),
			FromSurface:           new(true),
		})
		if err != nil {
			return nil, err
		}
		return r.Data, nil
	}
}

// Photograph takes screenshots of the tab's page at 1280 and 390 px into
// ScreenshotDir(t), as name-1280.png and name-390.png, and fails the test
// (without stopping it) when something sticks out sideways at either
// width. The tab is left at WindowWidth.
func Photograph(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	dir := ScreenshotDir(t)
	for _, w := range []int{1280, 390} {
		if err := Screenshot(ctx, "", w, filepath.Join(dir, fmt.Sprintf("%s-%d.png", name, w))); err != nil {
			t.Fatal(err)
		}
		if err := OverflowError(ctx); err != nil {
			t.Errorf("%s at %d px: %v", name, w, err)
		}
	}
	if err := SetWidth(ctx, WindowWidth); err != nil {
		t.Fatal(err)
	}
}
