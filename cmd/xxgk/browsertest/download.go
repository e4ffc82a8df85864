package browsertest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// Download clicks the link or button whose visible text is text (e.g.
// 「下载 Excel」), waits until the browser has saved the file in the tab's
// DownloadDir, and returns its path, named as the server suggested
// (Content-Disposition); a file of that name from an earlier download is
// replaced.
func Download(ctx context.Context, text string) (string, error) {
	dir := DownloadDir(ctx)
	if dir == "" {
		return "", errors.New("download: ctx is not a tab of browsertest.New")
	}
	ctx, cancel := context.WithTimeout(ctx, ActionTimeout)
	defer cancel()
	begun := chromedp.Events(ctx, browser.DownloadWillBegin)
	progress := chromedp.Events(ctx, browser.DownloadProgress)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.Search(byText(text)))); err != nil {
		return "", fmt.Errorf("download %s: %w", text, err)
	}
	var start browser.EventDownloadWillBegin
	for ev, err := range begun {
		if err != nil {
			return "", fmt.Errorf("download %s: no download began: %w", text, err)
		}
		start = ev
		break
	}
	if err := finished(progress, start.GUID); err != nil {
		return "", fmt.Errorf("download %s: %w", text, err)
	}
	name := filepath.Base(start.SuggestedFilename)
	path := filepath.Join(dir, name)
	if err := os.Rename(filepath.Join(dir, start.GUID), path); err != nil {
		return "", fmt.Errorf("download %s: %w", text, err)
	}
	return path, nil
}

// finished waits for the download guid to complete.
func finished(progress func(func(browser.EventDownloadProgress, error) bool), guid string) error {
	for ev, err := range progress {
		if err != nil {
			return err
		}
		if ev.GUID != guid {
			continue
		}
		switch ev.State {
		case browser.DownloadProgressStateCompleted:
			return nil
		case browser.DownloadProgressStateCanceled:
			return errors.New("the browser cancelled the download")
		}
	}
	return errors.New("no end of download")
}
