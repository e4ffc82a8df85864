package cjk

import (
	"strings"
	"unicode"
)

// closing lists the characters that must never start a line (行首禁则):
// full-width closing brackets and quotes, sentence and clause punctuation,
// the ellipsis and dash (each half of 「……」 and 「——」), and their half-width
// or ASCII forms. Units and signs that belong to the preceding number
// (％ ‰ ℃ °) are included so that 「12.5 %」 or 「30℃」 never splits before them.
const closing = "）》」』】〕〉］｝〗〙’”，。、；：？！…—～％‰℃°" +
	"),.;:?!%]}" + // ASCII
	"｡｣､" // half-width katakana-block forms of 。」、

// opening lists the characters that must never end a line (行尾禁则).
const opening = "（《「『【〔〈［｛〖〘“‘" +
	"([{" + // ASCII
	"｢" // half-width 「

// isClosing reports whether r may not start a line.
func isClosing(r rune) bool { return strings.ContainsRune(closing, r) }

// isOpening reports whether r may not end a line.
func isOpening(r rune) bool { return strings.ContainsRune(opening, r) }

// isWordRune reports whether r belongs to an ASCII run that is kept whole:
// every printable ASCII character except the space, so that numbers such as
// 2025, 12.5%, 1,234 and Latin words or addresses (www.gov.cn) stay together.
func isWordRune(r rune) bool { return r > ' ' && r < 0x7f }

// isSpace reports whether r is a breakable space. Only U+0020 is: the
// ideographic space U+3000 is used for paragraph indents in Chinese text and
// is treated as an ordinary character.
func isSpace(r rune) bool { return r == ' ' }

// isAttached reports whether r must stay with the rune before it: combining
// marks, variation selectors and joiners.
func isAttached(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Variation_Selector) ||
		r == '\u200d' || r == '\u200c'
}

// unitKind classifies a unit of text, the smallest piece Break never splits
// unless the piece alone is wider than a line.
type unitKind int

const (
	unitChar  unitKind = iota // one character (with its combining marks)
	unitWord                  // a run of printable ASCII
	unitSpace                 // a run of U+0020
)

// unit is one unbreakable piece of a paragraph.
type unit struct {
	text  string
	kind  unitKind
	width float64
}

// first and last return the first and last rune of the unit.
func (u unit) first() rune {
	for _, r := range u.text {
		return r
	}
	return 0
}

func (u unit) last() rune {
	rs := []rune(u.text)
	if len(rs) == 0 {
		return 0
	}
	return rs[len(rs)-1]
}

// kindOf returns the kind of unit r starts.
func kindOf(r rune) unitKind {
	switch {
	case isSpace(r):
		return unitSpace
	case isWordRune(r):
		return unitWord
	}
	return unitChar
}

// split cuts one paragraph (no newlines) into units and measures each.
func split(par string, measure func(string) float64) []unit {
	var units []unit
	start, kind := -1, unitChar
	flush := func(end int) {
		if start >= 0 && end > start {
			s := par[start:end]
			units = append(units, unit{text: s, kind: kind, width: measure(s)})
		}
	}
	for i, r := range par {
		k := kindOf(r)
		switch {
		case start >= 0 && kind != unitSpace && isAttached(r):
			continue // stays with the unit before it
		case start >= 0 && k == kind && k != unitChar:
			continue // extends a word or space run
		}
		flush(i)
		start, kind = i, k
	}
	flush(len(par))
	return units
}
