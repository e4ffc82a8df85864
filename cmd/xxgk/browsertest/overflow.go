package browsertest

import (
	"context"
	"fmt"
	"strings"

	"github.com/chromedp/chromedp"
)

// overflowJS lists what sticks out of the viewport sideways: the document
// when it is wider than the viewport, and every visible element of the
// body that reaches past the left or right edge, unless an ancestor of it
// scrolls sideways (overflow-x auto or scroll: a wrapper meant to scroll,
// such as the one around a wide table). Content clipped by overflow hidden
// counts: a person cannot reach it. At most 20 entries.
const overflowJS = `(() => {
  const vw = document.documentElement.clientWidth;
  const out = [];
  const sw = document.documentElement.scrollWidth;
  if (sw > vw) out.push("document: " + sw + " px wide, viewport " + vw + " px");
  const scrolls = el => {
    for (let a = el.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if (o === "auto" || o === "scroll") return true;
    }
    return false;
  };
  const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (el.classList.length ? "." + [...el.classList].join(".") : "");
  for (const el of [document.body, ...document.body.querySelectorAll("*")]) {
    if (out.length >= 20) break;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const left = r.left + window.scrollX, right = r.right + window.scrollX;
    if (left >= -0.5 && right <= vw + 0.5) continue;
    if (scrolls(el)) continue;
    out.push(name(el) + ": " + Math.round(left) + ".." + Math.round(right) + " px, viewport " + vw + " px");
  }
  return out;
})()`

// Overflowing describes what sticks out of the viewport sideways on the
// current page (see HorizontalOverflow); empty when nothing does.
func Overflowing(ctx context.Context) ([]string, error) {
	ctx, cancel := context.WithTimeout(ctx, ActionTimeout)
	defer cancel()
	out, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](overflowJS))
	if err != nil {
		return nil, fmt.Errorf("overflow check: %w", err)
	}
	return out, nil
}

// HorizontalOverflow reports whether the current page is wider than the
// viewport or has an element cut at its left or right edge, apart from
// elements inside a wrapper that scrolls sideways (overflow-x: auto or
// scroll). Call it after SetWidth or Screenshot at the width to check.
func HorizontalOverflow(ctx context.Context) (bool, error) {
	out, err := Overflowing(ctx)
	return len(out) > 0, err
}

// OverflowError is nil when nothing sticks out of the viewport, and
// otherwise an error listing what does, for a test to report.
func OverflowError(ctx context.Context) error {
	out, err := Overflowing(ctx)
	if err != nil || len(out) == 0 {
		return err
	}
	return fmt.Errorf("page wider than the viewport:\n%s", strings.Join(out, "\n"))
}
