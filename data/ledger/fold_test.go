package ledger

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// TestFoldWidthIsFold compares foldWidth with width.Fold on every rune
// alone, between other text, and on invalid UTF-8.
func TestFoldWidthIsFold(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r == 0xD800 {
			r = 0xE000 // no surrogates
		}
		for _, s := range []string{string(r), "a" + string(r) + "是"} {
			if got, want := foldWidth(s), width.Fold.String(s); got != want {
				t.Fatalf("foldWidth(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "\xff", "是\xe6", "２０２５－０３－０１", "ｶﾀｶﾅ", "政府网站、政务新媒体", "GK-2025-1"} {
		if got, want := foldWidth(s), width.Fold.String(s); got != want {
			t.Errorf("foldWidth(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzFoldWidth compares foldWidth with width.Fold on any string.
func FuzzFoldWidth(f *testing.F) {
	f.Add("２０２５年３月１日")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldWidth(s), width.Fold.String(s); got != want {
			t.Fatalf("foldWidth(%q) = %q, want %q", s, got, want)
		}
	})
}
