package browsertest

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// tabKey is the context key of a tab's download folder.
type tabKey struct{}

// newTab opens a tab of b in a new browser context, with downloads going
// to a folder under t.TempDir(); it is closed at t.Cleanup.
func newTab(t testing.TB, b *browserProc) context.Context {
	t.Helper()
	dir := t.TempDir()
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
			Behavior:         browser.SetDownloadBehaviorBehaviorAllowAndName,
			BrowserContextID: chromedp.FromContext(ctx).BrowserContextID,
			DownloadPath:     dir,
			EventsEnabled:    new(true),
		})
		return err
	})); err != nil {
		t.Fatalf("browser test: open tab: %v", err)
	}
	if err := SetWidth(ctx, WindowWidth); err != nil {
		t.Fatalf("browser test: %v", err)
	}
	return context.WithValue(ctx, tabKey{}, dir)
}

// DownloadDir is the folder the tab of ctx saves downloads in.
func DownloadDir(ctx context.Context) string {
	dir, _ := ctx.Value(tabKey{}).(string)
	return dir
}

// SetWidth sets the tab's viewport to width CSS pixels (height
// WindowHeight, scale 1, not a touch device); it stays until the next
// SetWidth or Screenshot.
func SetWidth(ctx context.Context, width int) error {
	return chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), WindowHeight, chromedp.EmulateScale(1)))
}
