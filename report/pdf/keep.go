package pdf

// Keeping text together across page breaks (GB/T 9704 and the clerks'
// rules for 公文): no paragraph leaves a single line at the foot or the head
// of a page, a heading stays with the start of what follows it, and the
// sign-off stays with at least two lines of text.

// widowLines is how many lines of a paragraph broken across pages stay
// on each side of the break.
const widowLines = 2

// splitAt decides where the paragraph about to be set, n lines followed by
// keep of what must stay with its last line, meets the end of the page:
// move starts it on a new page; cut > 0 sets its first cut lines on this
// page and the rest on the next. Both zero: it goes on here as it fits.
func (f *flow) splitAt(n int, keep float64) (move bool, cut int) {
	if float64(n)*linePitch+keep <= f.room()+eps {
		return false, 0
	}
	r := int((f.room() + eps) / linePitch)
	if f.atTop() {
		// Nothing to move: break where the page is full, leaving two
		// lines for the next page.
		if n <= r {
			return false, 0
		}
		return false, max(r-max(widowLines-(n-r), 0), 1)
	}
	cut = min(n, r)
	if n <= r {
		// The lines fit but what follows them does not: its last two
		// lines go to the next page with it.
		cut = n - widowLines
	}
	if n-cut < widowLines {
		cut = n - widowLines
	}
	if cut < widowLines {
		return true, 0
	}
	return false, cut
}

// leadHeight is the height of the start of a paragraph that must stand on
// the page under a heading: the whole paragraph when it has three lines or
// fewer (it cannot break without leaving one line alone), else two lines.
func (f *flow) leadHeight(st style, text string) float64 {
	n := f.lines(st, text)
	if n > 2*widowLines-1 {
		n = widowLines
	}
	return float64(n) * linePitch
}
