package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// ActionTimeout bounds each helper, so that a missing element fails the
// test with its name instead of hanging until the test binary times out.
const ActionTimeout = 15 * time.Second

// do runs steps with ActionTimeout and names what was attempted in the
// error.
func do(ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) error {
	ctx, cancel := context.WithTimeout(ctx, ActionTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// Open navigates the tab to url and waits for the page to load.
func Open(ctx context.Context, url string) error {
	return do(ctx, "open "+url, chromedp.Navigate(url))
}

// Click clicks the first element that the CSS selector sel matches. It does
// not wait for a navigation the click may start; see Follow and Submit.
func Click(ctx context.Context, sel string) error {
	return do(ctx, "click "+sel, chromedp.Click(chromedp.CSS(sel)))
}

// ClickLoad clicks the first element that the CSS selector sel matches
// (a link, a button) and waits for the page it opens to load.
func ClickLoad(ctx context.Context, sel string) error {
	return do(ctx, "click "+sel, loaded(chromedp.Click(chromedp.CSS(sel))))
}

// Follow clicks the link or button whose visible text is text (spaces
// trimmed) and waits for the page it leads to to load.
func Follow(ctx context.Context, text string) error {
	return do(ctx, "follow "+text, loaded(chromedp.Click(chromedp.Search(byText(text)))))
}

// Submit clicks the submit button of the form that the CSS selector form
// matches, as a person would (the button's name and value are sent), and
// waits for the answer page to load, after any redirect.
func Submit(ctx context.Context, form string) error {
	button := form + ` :is(button:not([type]), button[type=submit], input[type=submit])`
	return do(ctx, "submit "+form, loaded(chromedp.Click(chromedp.CSS(button))))
}

// loaded runs trigger and waits for the load event of the page it opens.
func loaded(trigger chromedp.Action[chromedp.Void]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.WaitEvent(page.LoadEventFired, nil, trigger)(ctx, t)
		return chromedp.Void{}, err
	}
}

// byText is an XPath query for a link or button showing text.
func byText(text string) string {
	s := xpathString(text)
	return fmt.Sprintf(`//a[normalize-space()=%[1]s] | //button[normalize-space()=%[1]s] | //input[@type='submit' and @value=%[1]s]`, s)
}

// xpathString quotes s as an XPath 1.0 string literal, which has no escapes.
func xpathString(s string) string {
	if !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	if !strings.Contains(s, `'`) {
		return `'` + s + `'`
	}
	parts := strings.Split(s, `"`)
	return `concat("` + strings.Join(parts, `", '"', "`) + `")`
}

// Fill sets the value of the first form field (input, textarea or select)
// named name.
func Fill(ctx context.Context, name, value string) error {
	return FillIn(ctx, "", name, value)
}

// FillIn sets the value of the first field named name inside the element
// that the CSS selector scope matches (the whole page when scope is empty),
// for pages with one form per row.
func FillIn(ctx context.Context, scope, name, value string) error {
	sel := strings.TrimSpace(scope + " " + field(name))
	return do(ctx, "fill "+sel, chromedp.SetValue(chromedp.CSS(sel), value, chromedp.NodeReady))
}

// Upload chooses files in the file input named name.
func Upload(ctx context.Context, name string, files ...string) error {
	return do(ctx, "upload to "+name, chromedp.SetUploadFiles(chromedp.CSS(field(name)), files, chromedp.NodeReady))
}

// field is a CSS selector for the fields named name.
func field(name string) string {
	q, _ := json.Marshal(name)
	return "[name=" + string(q) + "]"
}

// Text returns the visible text of the first element that the CSS selector
// sel matches, spaces at both ends trimmed.
func Text(ctx context.Context, sel string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, ActionTimeout)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel), chromedp.NodeReady))
	if err != nil {
		return "", fmt.Errorf("text of %s: %w", sel, err)
	}
	return strings.TrimSpace(s), nil
}

// WaitH1 waits until the page's first <h1> reads text. On timeout the error
// says what the <h1> reads instead.
func WaitH1(ctx context.Context, text string) error {
	want, _ := json.Marshal(text)
	cond := `(document.querySelector("h1")?.innerText ?? "").trim() === ` + string(want)
	deadline := time.Now().Add(ActionTimeout)
	var err error
	for {
		_, err = chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(time.Until(deadline))))
		// A click that navigates (Click does not wait) can replace the
		// page under the poll: poll the new page.
		if err == nil || !navigatedAway(err) || time.Now().After(deadline) {
			break
		}
	}
	if err == nil {
		return nil
	}
	// ctx may be what ran out: read the heading on a context of its own.
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), ActionTimeout)
	defer cancel()
	got, herr := chromedp.Run(rctx, chromedp.Evaluate[string](`(document.querySelector("h1")?.innerText ?? "(no h1)").trim()`))
	if herr != nil {
		return fmt.Errorf("wait for h1 %q: %w", text, err)
	}
	return fmt.Errorf("wait for h1 %q: the page's h1 is %q: %w", text, got, err)
}

// navigatedAway tells whether err is the page's script context being
// replaced by the next page's while a script ran on it.
func navigatedAway(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "Cannot find context with specified id") || strings.Contains(msg, "Execution context was destroyed")
}
