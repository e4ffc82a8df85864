package browsertest

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// printTimeout bounds printing a page to PDF, which lays out every page.
const printTimeout = 60 * time.Second

// PrintPDF prints the tab's current page to a PDF at path as a person's
// 「打印 → 另存为 PDF」 would with the browser's own header and footer
// (URL, date) turned off: the page's @page rules give the paper size,
// margins and page numbers.
func PrintPDF(ctx context.Context, path string) error {
	ctx, cancel := context.WithTimeout(ctx, printTimeout)
	defer cancel()
	r, err := chromedp.Run(ctx, func(ctx context.Context, _ *chromedp.Target) (page.PrintToPDFResult, error) {
		return chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{
			DisplayHeaderFooter: new(false),
			PreferCSSPageSize:   new(true),
		})
	})
	if err != nil {
		return fmt.Errorf("print to pdf: %w", err)
	}
	return os.WriteFile(path, r.Data, 0o644)
}
