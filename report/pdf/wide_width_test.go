package pdf

import (
	"testing"

	"github.com/xxgk/xxgk/report/pdf/fonts"
)

// A character above U+FFFF is one full-width character in every role, as
// wide as any other CJK character, so the body keeps its 28-character grid.
func TestWideWidth(t *testing.T) {
	book := newBook(t, extBFonts(t), "𠀀𪚥")
	for _, role := range fonts.Roles {
		for _, size := range []float64{sizeTitle, sizeBody, sizeTable} {
			if w, cjk := book.measure(role, size, "𠀀𪚥"), book.measure(role, size, "中国"); w < cjk-0.01 || w > cjk+0.01 {
				t.Errorf("%s at %.1f pt: 𠀀𪚥 %.3f mm, 中国 %.3f mm", role, size, w, cjk)
			}
		}
	}
}

// newBook loads set for a document whose text is text.
func newBook(t *testing.T, set *fonts.Set, text string) *fontBook {
	t.Helper()
	book, _, err := newDocument("", "", Options{Fonts: set, Created: testCreated}, func(g *charGuard) { g.text(text, "正文") })
	if err != nil {
		t.Fatal(err)
	}
	return book
}
