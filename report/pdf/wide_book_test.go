package pdf

import (
	"encoding/binary"
	"slices"
	"testing"

	"github.com/go-pdf/fpdf"

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

// A face whose cmap names a glyph it does not have (a damaged font) is
// dropped: its character goes to the next face that has it, or, with none,
// is left to the guard, and the document is still written.
func TestLoadWideDamagedFace(t *testing.T) {
	bad := sfntOf(map[string][]byte{"cmap": cmap12(0x20000, 7), "maxp": {0, 0, 0x50, 0, 0, 2}})
	newBook := func() *fontBook {
		return &fontBook{pdf: fpdf.New("P", "mm", "A4", ""), fam: map[fonts.Role]string{fonts.Body: "bad"},
			cover: map[string]coverage{"bad": {{0x20000, 0x20000}}}, order: []string{"bad"},
			data: map[string][]byte{"bad": bad}, pua: map[string]map[rune]rune{}, broken: map[string]bool{}, mark: '〓'}
	}
	b := newBook()
	if !b.anyWide(0x20000) {
		t.Fatal("the damaged face does not claim 𠀀")
	}
	if err := b.loadWide([]rune{0x20000}); err != nil {
		t.Fatal(err)
	}
	if !b.broken["bad"] || b.wideDrawable(0x20000) {
		t.Errorf("broken %v, drawable %v", b.broken, b.wideDrawable(0x20000))
	}
	if runs := b.runs(fonts.Body, "𠀀"); len(runs) != 1 || runs[0].text != "〓" {
		t.Errorf("runs %+v", runs)
	}

	// With HanaMinB as a supplement, 𠀀 comes from it.
	set := extBFonts(t)
	b = newBook()
	b.supps = set.Supplements
	if err := b.loadWide([]rune{0x20000}); err != nil {
		t.Fatal(err)
	}
	if f, code, ok := b.puaOf(fonts.Body, 0x20000); !ok || f != "xxgk-hanaminb-pua" || code != 0xE000 {
		t.Errorf("puaOf = %q, %U, %v", f, code, ok)
	}
}

// sfntOf lays tables out as a TrueType font (checksums left 0).
func sfntOf(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for tag := range tables {
		tags = append(tags, tag)
	}
	slices.Sort(tags)
	out := binary.BigEndian.AppendUint32(nil, 0x00010000)
	out = binary.BigEndian.AppendUint16(out, uint16(len(tags)))
	out = append(out, make([]byte, 6)...)
	off := 12 + 16*len(tags)
	for _, tag := range tags {
		out = append(out, tag...)
		out = binary.BigEndian.AppendUint32(out, 0)
		out = binary.BigEndian.AppendUint32(out, uint32(off))
		out = binary.BigEndian.AppendUint32(out, uint32(len(tables[tag])))
		off += len(tables[tag])
	}
	for _, tag := range tags {
		out = append(out, tables[tag]...)
	}
	return out
}

// cmap12 is a cmap whose one (3,10) format 12 subtable maps r to gid.
func cmap12(r rune, gid uint32) []byte {
	b := []byte{0, 0, 0, 1, 0, 3, 0, 10, 0, 0, 0, 12, 0, 12, 0, 0}
	for _, v := range []uint32{28, 0, 1, uint32(r), uint32(r), gid} {
		b = binary.BigEndian.AppendUint32(b, v)
	}
	return b
}
