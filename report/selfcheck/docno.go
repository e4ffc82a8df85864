package selfcheck

import (
	"strings"
	"unicode"
)

// docNoSeparators split a 文号 cell that names several documents.
const docNoSeparators = "、，,；;"

// normalizeDocNo makes two spellings of one 文号 equal: spaces dropped,
// full-width letters and digits made half-width, and every kind of
// bracket (〔〕［］[]（）()【】) made [ ].
func normalizeDocNo(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			continue
		case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
			r -= 0xFEE0
		}
		switch r {
		case '〔', '(', '【', '（':
			r = '['
		case '〕', ')', '】', '）':
			r = ']'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// docNos returns the normalized 文号 a cell names, one per document.
func docNos(cell string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(cell, func(r rune) bool { return strings.ContainsRune(docNoSeparators, r) }) {
		if n := normalizeDocNo(f); n != "" {
			out = append(out, n)
		}
	}
	return out
}
