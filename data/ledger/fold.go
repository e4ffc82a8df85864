package ledger

import (
	"unicode/utf8"

	"golang.org/x/text/width"
)

// foldWidth returns width.Fold.String(s): full-width letters, digits and
// punctuation as their half-width forms, half-width katakana as
// full-width. Most cells have nothing to fold, and for them it returns s
// itself without the transformer's buffers (one less allocation per cell
// of every row).
func foldWidth(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || width.LookupRune(r).Folded() != 0 {
			return width.Fold.String(s)
		}
		i += n
	}
	return s
}
