package pdf

// minPitchScale bounds how much the sign-off's page may be tightened to
// keep the sign-off with the text it closes (GB/T 9704 7.3.5: 「可以采取调整行
// 距、字距的措施解决」): the page's line pitch shrinks to at most 22/24 of the
// grid's, two more lines on the page (10.23 mm → 9.38 mm, 8.3 %).
const minPitchScale = float64(blockLines) / (blockLines + 2)

// signOff sets the closing lines under the text after one blank line, on
// a portrait page: the last line (the date) ends four characters in from
// the right edge, and the lines above it are centred over it (GB/T 9704
// 7.3.5: 成文日期右空四字，署名以成文日期为准居中).
//
// The sign-off stays on the page of the text it closes: when the blank
// line above it does not fit, it is left out; when the lines do not fit
// either, the page is tightened (tighten). Only when that would take more
// than minPitchScale, or when the text ends with a landscape table, does it
// go on a new page marked 「（此页无正文）」.
func (f *flow) signOff(lines []string) {
	if len(lines) == 0 {
		return
	}
	if f.fr.Landscape {
		// After a landscape table there is no text to keep it with: a
		// portrait page of its own, marked.
		f.newPage(portrait)
		f.paragraph(bodyStyle, noTextMark, indent, 0)
		f.skip(linePitch)
	}
	h := float64(len(lines)) * linePitch
	pitch := linePitch
	switch {
	case f.room() >= h+linePitch-eps:
		f.skip(linePitch)
	case f.room() >= h-eps:
	default:
		if s, blank := f.tighten(h); s > 0 {
			pitch *= s
			if blank {
				f.y += pitch
			}
			break
		}
		f.newPage(portrait)
		f.paragraph(bodyStyle, noTextMark, indent, 0)
		f.skip(linePitch)
	}
	m := func(s string) float64 { return f.measure(bodyStyle.Role, bodyStyle.Size, s) }
	last := lines[len(lines)-1]
	right := f.fr.Right() - 4*charPitch
	centre := right - m(last)/2
	for _, ln := range lines {
		x := centre - m(ln)/2
		if x+m(ln) > f.fr.Right() {
			x = f.fr.Right() - m(ln)
		}
		f.add(Item{Kind: kindText, X: x, Y: baseline(f.y, pitch, bodyStyle),
			Role: bodyStyle.Role, Size: bodyStyle.Size, Text: ln})
		f.y += pitch
	}
}

// tighten shrinks the current page's vertical spacing so that h more of
// it (the sign-off's lines) fit under what is on it, with the blank line
// above them when that also fits within minPitchScale. It returns the
// scale applied and whether the blank line fits, or 0 when the page
// would have to shrink more than minPitchScale and is left as it was.
//
// Every item's distance from the top of the text block is scaled: text
// lines move closer (their glyphs keep their size and stay centred in
// their line), table rows get lower by the same fraction.
func (f *flow) tighten(h float64) (scale float64, blank bool) {
	used := f.y - f.fr.Top
	scale, blank = f.fr.Height/(used+h+linePitch), true
	if scale < minPitchScale-1e-9 {
		scale, blank = f.fr.Height/(used+h), false
	}
	if scale < minPitchScale-1e-9 {
		return 0, false
	}
	top := f.fr.Top
	for i := range f.page.Items {
		it := &f.page.Items[i]
		switch it.Kind {
		case kindText:
			lift := 0.36 * em(it.Size) // baseline below the middle of the line
			it.Y = top + (it.Y-lift-top)*scale + lift
		case kindRect:
			it.Y = top + (it.Y-top)*scale
			it.H *= scale
		}
	}
	f.y = top + used*scale
	return scale, blank
}
