package ledger

import (
	"unicode/utf8"

	"golang.org/x/text/width"
)

// foldWidth is width.Fold.String: full-width letters, digits and signs
// made half-width. ASCII is its own fold, and most cells are ASCII (serial
// dates, numbers, codes), so those skip the transformer and its copies.
func foldWidth(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return width.Fold.String(s)
		}
	}
	return s
}
