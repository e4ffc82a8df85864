// Package cjk breaks Chinese text into lines for the PDF renderer.
//
// fpdf's MultiCell only breaks at spaces and, in Chinese text that has none,
// drops the character at each forced break (「本年新收政府信息」 came out as
// 「本年新收政」 / 「信息」). Break replaces it: the renderer asks for the lines
// and draws each one itself.
package cjk

import "strings"

// Break splits text into lines no wider than width, measured by measure
// (fpdf's GetStringWidth: width and measure must use the same unit, the
// document's user unit, millimetres in report/pdf).
//
// Lines:
//   - Every "\n" in text starts a new line; "\r\n" counts as one "\n". Each
//     paragraph between hard newlines gives at least one line, so text with k
//     newlines gives at least k+1 lines; an empty paragraph gives "".
//   - Within a paragraph the lines, concatenated, give the paragraph back
//     exactly, except that a run of ASCII spaces (U+0020) at which Break ends a
//     line is dropped whole: it neither ends that line nor starts the next.
//     Spaces anywhere else, leading indents and ideographic spaces (U+3000)
//     are always kept.
//   - Closing punctuation （，。、；：？！）》」』】〕… — and the others in
//     class.go, full- and half-width) never starts a line. When it falls at
//     the start of a line, it hangs past width instead, as Chinese Word does
//     by default (「允许标点溢出边界」, the usual setting for 公文 typeset to
//     GB/T 9704's 28 characters a line): the line keeps its full count of
//     characters and the mark sits in the right margin. Only one mark hangs,
//     and only a mark that is a unit by itself; when two closing marks meet
//     at the break (「。」」, 「……」) the character before them is pulled down
//     to the next line with them instead. So a line is at most one closing
//     mark wider than width.
//   - Opening punctuation （《「『【〔“‘ and the others) never ends a line: it
//     moves to the next line with the character it opens.
//   - A run of printable ASCII (2025, 12.5%, a Latin word, a web address) is
//     never split, unless the run alone is wider than a line.
//
// When the rules cannot be met (a line's worth of text with no allowed break,
// or a single character wider than width) Break breaks anyway, so that every
// line holds at least one character and no character is lost.
//
// Break assumes measure is additive (the width of a string is the sum of
// the widths of its parts), as fpdf's GetStringWidth is.
func Break(text string, width float64, measure func(string) float64) []string {
	return breakText(text, width, measure, true)
}

// BreakInside is Break without the hanging mark: every line is at most
// width wide (a single character wider than width aside). Where Break would
// hang a closing mark past the end, BreakInside carries the character before
// it to the next line with it (行首禁则 by 「推出」), so the line is one
// character short and the caller justifies it to the full measure. The
// published PDF's body text uses it: GB/T 9704's 156 mm measure holds every
// glyph.
//
// Only where a line holds no allowed break at all (a run of closing marks
// longer than the line) does a line still start with a closing mark.
func BreakInside(text string, width float64, measure func(string) float64) []string {
	return breakText(text, width, measure, false)
}

// breakText is Break, hanging one closing mark past width when hang is set.
func breakText(text string, width float64, measure func(string) float64, hang bool) []string {
	var lines []string
	pars := strings.Split(text, "\n")
	for i, par := range pars {
		if i < len(pars)-1 {
			par = strings.TrimSuffix(par, "\r")
		}
		lines = append(lines, breakParagraph(par, width, measure, hang)...)
	}
	return lines
}

// slack absorbs rounding in sums of widths, so that 28 characters of width
// w/28 fit a line of width w.
const slack = 1e-9

// breakParagraph breaks one paragraph without newlines.
func breakParagraph(par string, width float64, measure func(string) float64, hang bool) []string {
	units := split(par, measure)
	if len(units) == 0 {
		return []string{""}
	}
	limit := width + slack*(1+abs(width))
	var lines []string
	for s := 0; s < len(units); {
		if units[s].width > limit && len(clusters(units[s].text)) > 1 {
			units = explode(units, s, measure)
		}
		end, next := fit(units, s, limit, hang)
		lines = append(lines, join(units[s:end]))
		s = next
	}
	return lines
}

// fit finds the line that starts at units[s]: it ends before units[end]
// and the next line starts at units[next] (next > end when a space run at
// the break is dropped). The line holds at least units[s]. A closing mark
// that does not fit hangs past limit only when hang is set.
func fit(units []unit, s int, limit float64, hang bool) (end, next int) {
	w := 0.0
	k := s
	for ; k < len(units); k++ {
		if w+units[k].width > limit {
			break
		}
		w += units[k].width
	}
	if k == len(units) {
		return trimSpace(units, s, k), k
	}
	if units[k].kind == unitSpace && k > s {
		return trimSpace(units, s, k), skipSpace(units, k)
	}
	if k == s {
		return s + 1, skipSpace(units, s+1) // one unit wider than the line
	}
	if hang && hangs(units, k) {
		return k + 1, skipSpace(units, k+1)
	}
	for b := k; b > s; b-- {
		if breakable(units, b) {
			return trimSpace(units, s, b), skipSpace(units, b)
		}
	}
	// No allowed break on the whole line: break where it is full.
	return k, k
}

// breakable reports whether a line may end between units[b-1] and units[b].
func breakable(units []unit, b int) bool {
	if units[b].kind == unitSpace || units[b-1].kind == unitSpace {
		return true
	}
	return !isClosing(units[b].first()) && !isOpening(units[b-1].last())
}

// hangs reports whether units[k], which does not fit, may hang past the
// line's end: a single closing mark after which a break is allowed.
func hangs(units []unit, k int) bool {
	u := units[k]
	if u.kind == unitSpace || !isClosing(u.first()) || len([]rune(u.text)) != 1 {
		return false
	}
	return k+1 == len(units) || breakable(units, k+1)
}

// trimSpace returns end, moved back over a space run that would end the line.
func trimSpace(units []unit, s, end int) int {
	if end < len(units) && end-1 > s && units[end-1].kind == unitSpace {
		return end - 1
	}
	return end
}

// skipSpace returns b, moved past a space run that would start the next line.
func skipSpace(units []unit, b int) int {
	if b < len(units) && units[b].kind == unitSpace {
		return b + 1
	}
	return b
}

// explode replaces units[s], wider than a line on its own, by one unit per
// character (with its combining marks). The pieces are ordinary characters,
// spaces included, so a split indent or word loses nothing.
func explode(units []unit, s int, measure func(string) float64) []unit {
	var pieces []unit
	for _, c := range clusters(units[s].text) {
		pieces = append(pieces, unit{text: c, kind: unitChar, width: measure(c)})
	}
	out := make([]unit, 0, len(units)+len(pieces)-1)
	out = append(out, units[:s]...)
	out = append(out, pieces...)
	return append(out, units[s+1:]...)
}

// clusters cuts s into characters, each with the combining marks after it.
func clusters(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if i > start && !isAttached(r) {
			out = append(out, s[start:i])
			start = i
		}
	}
	return append(out, s[start:])
}

func join(us []unit) string {
	var b strings.Builder
	for _, u := range us {
		b.WriteString(u.text)
	}
	return b.String()
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
