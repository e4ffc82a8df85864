package pdf

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf16"

	"github.com/xxgk/xxgk/report/pdf/fonts"
)

// Characters above U+FFFF (CJK extension B and later, emoji). fpdf reads
// only a font's 16-bit cmap and writes text as UCS-2, so it cannot set them
// itself. For each face that sets some of a document's such characters,
// the book loads a copy whose cmap maps U+E000, U+E001, … to their glyphs
// (fonts.PUAFont) and draws each character as its code point in that copy,
// inside a marked-content span whose /ActualText is the real character, so
// that copying, searching and pdftotext give the character back. A
// character is set from the role's own face when it has it, else from the
// first of the document's faces that has it, else from the first
// supplement face on the machine (fonts.Set.Supplements); one that no face
// has is left to the guard (missing.go).

// puaSuffix ends the fpdf family name of a face's copy.
const puaSuffix = "-pua"

// wideRoles are the roles a character may be set in: every role of the
// set, and "" for a role it lacks (set in the first face).
var wideRoles = append([]fonts.Role{""}, fonts.Roles...)

// isWide reports whether r is above the Basic Multilingual Plane.
func isWide(r rune) bool { return r > 0xFFFF }

// own is the family of role: its face, or the first face for a role the
// set lacks.
func (b *fontBook) own(role fonts.Role) string {
	if f, ok := b.fam[role]; ok || len(b.order) == 0 {
		return f
	}
	return b.order[0]
}

// wideSource returns the family of the face that sets r, a character above
// U+FFFF, in role, or "" when no usable face has it. A face whose cmap
// could not be read (nil coverage) is not trusted with such characters.
func (b *fontBook) wideSource(role fonts.Role, r rune) string {
	has := func(f string) bool { return b.cover[f] != nil && b.cover[f].has(r) && !b.broken[f] }
	if own := b.own(role); has(own) {
		return own
	}
	for _, f := range b.order {
		if has(f) {
			return f
		}
	}
	for _, s := range b.supps {
		if s.Has(r) && !b.broken[s.Family] {
			return s.Family
		}
	}
	return ""
}

// anyWide reports whether some face could set r, before loadWide.
func (b *fontBook) anyWide(r rune) bool { return !invisible(r) && b.wideSource("", r) != "" }

// wideDrawable reports whether r is set in every role after loadWide.
func (b *fontBook) wideDrawable(r rune) bool {
	if invisible(r) {
		return false
	}
	for _, role := range wideRoles {
		if src := b.wideSource(role, r); src == "" || b.pua[src][r] == 0 {
			return false
		}
	}
	return true
}

// puaOf returns the family of the copy that sets r in role and r's code
// point there, or false.
func (b *fontBook) puaOf(role fonts.Role, r rune) (string, rune, bool) {
	src := b.wideSource(role, r)
	code, ok := b.pua[src][r]
	return src + puaSuffix, code, ok && src != ""
}

// loadWide loads the copies of the faces that set chars (characters above
// U+FFFF, sorted) in any role. A face whose copy cannot be made (a glyph
// out of range in a damaged font) is dropped, and its characters go to the
// next face that has them; at most fonts.MaxPUA characters go to one face,
// the others are left to the guard.
func (b *fontBook) loadWide(chars []rune) error {
	for {
		plan := b.planWide(chars)
		data, failed := map[string][]byte{}, false
		for src, rs := range plan {
			d, err := b.puaFont(src, rs)
			if err != nil {
				b.broken[src], failed = true, true
				continue
			}
			data[src] = d
		}
		if !failed {
			return b.addWide(plan, data)
		}
	}
}

// planWide lists, by face, the characters it sets.
func (b *fontBook) planWide(chars []rune) map[string][]rune {
	plan := map[string][]rune{}
	for _, r := range chars {
		for _, role := range wideRoles {
			src := b.wideSource(role, r)
			if rs := plan[src]; src != "" && !slices.Contains(rs, r) && len(rs) < fonts.MaxPUA {
				plan[src] = append(rs, r)
			}
		}
	}
	return plan
}

// puaFont makes the copy of face src for chars.
func (b *fontBook) puaFont(src string, chars []rune) ([]byte, error) {
	if d, ok := b.data[src]; ok {
		return fonts.PUAFont(d, chars)
	}
	for _, s := range b.supps {
		if s.Family == src {
			return s.PUAFont(chars)
		}
	}
	return nil, fmt.Errorf("no face %q", src)
}

// addWide loads the copies into fpdf, the document's faces first then the
// supplements, so that the same text gives the same PDF.
func (b *fontBook) addWide(plan map[string][]rune, data map[string][]byte) error {
	srcs := append([]string(nil), b.order...)
	for _, s := range b.supps {
		srcs = append(srcs, s.Family)
	}
	for _, src := range srcs {
		rs, ok := plan[src]
		if !ok {
			continue
		}
		b.pdf.AddUTF8FontFromBytes(src+puaSuffix, "", data[src])
		b.pdf.SetFont(src+puaSuffix, "", sizeBody)
		if b.pdf.Err() {
			return fmt.Errorf("load a copy of font %s for characters above U+FFFF: %w", src, b.pdf.Error())
		}
		b.pua[src] = map[rune]rune{}
		for i, r := range rs {
			b.pua[src][r] = rune(0xE000 + i)
		}
	}
	return nil
}

// actualText is the operator that opens a marked-content span whose text,
// for copying and extraction, is s.
func actualText(s string) string {
	var h strings.Builder
	h.WriteString("/Span <</ActualText <FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&h, "%04X", u)
	}
	h.WriteString(">>> BDC")
	return h.String()
}

// utf16BOM is s as a PDF text string in UTF-16BE with its byte order mark,
// surrogate pairs included (fpdf's own encoder drops them), for fpdf's
// metadata setters with isUTF8 false.
func utf16BOM(s string) string {
	b := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return string(b)
}
