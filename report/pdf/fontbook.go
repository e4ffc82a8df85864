package pdf

import (
	"fmt"
	"slices"
	"sort"

	"github.com/go-pdf/fpdf"

	"github.com/xxgk/xxgk/report/pdf/fonts"
)

// fontBook holds the document's fonts: the fpdf family serving each role,
// and what each family covers, so that a character a role's font lacks
// (Latin digits in Droid Sans Fallback) is set in another of the fonts;
// and the copies that set characters above U+FFFF (wide.go).
type fontBook struct {
	pdf    *fpdf.Fpdf
	fam    map[fonts.Role]string
	cover  map[string]coverage
	order  []string // families in load order, the fallbacks
	mark   rune     // set for a character fpdf cannot set (see missing.go)
	data   map[string][]byte
	supps  []fonts.Supplement
	pua    map[string]map[rune]rune // by face: character above U+FFFF → its code point in the face's copy
	broken map[string]bool          // faces whose copy could not be made
}

// run is a piece of text set in one family. For a copy that sets
// characters above U+FFFF, text holds their Private Use code points and
// actual the characters.
type run struct {
	family string
	text   string
	actual string
}

// loadFonts loads each distinct face of set once, in role order so that
// every run gives the same document.
func loadFonts(pdf *fpdf.Fpdf, set *fonts.Set) (*fontBook, error) {
	if set == nil || len(set.Faces) == 0 {
		return nil, fmt.Errorf("no fonts given")
	}
	roles := make([]string, 0, len(set.Faces))
	for r := range set.Faces {
		roles = append(roles, string(r))
	}
	sort.Strings(roles)
	b := &fontBook{pdf: pdf, fam: map[fonts.Role]string{}, cover: map[string]coverage{},
		data: map[string][]byte{}, supps: set.Supplements, pua: map[string]map[rune]rune{}, broken: map[string]bool{}}
	loaded := map[string]string{} // path#index → family
	for _, r := range roles {
		face := set.Faces[fonts.Role(r)]
		key := fmt.Sprintf("%s#%d", face.Path, face.Index)
		if f, ok := loaded[key]; ok {
			b.fam[fonts.Role(r)] = f
			continue
		}
		if len(face.Data) == 0 {
			return nil, fmt.Errorf("font %s for %s: no data", face.Path, r)
		}
		f := face.Family
		if f == "" || b.cover[f] != nil || slices.Contains(b.order, f) {
			f = fmt.Sprintf("f%d", len(loaded)+1)
		}
		pdf.AddUTF8FontFromBytes(f, "", face.Data)
		pdf.SetFont(f, "", sizeBody) // fails when fpdf could not read the font
		if pdf.Err() {
			return nil, fmt.Errorf("load font %s for %s: %w", face.Path, r, pdf.Error())
		}
		loaded[key], b.fam[fonts.Role(r)] = f, f
		b.cover[f], b.data[f] = readCoverage(face.Data), face.Data
		b.order = append(b.order, f)
	}
	b.mark = b.placeholder()
	return b, nil
}

// family returns the family for r in role: the role's own font when it has
// the glyph, else the first font that has.
func (b *fontBook) family(role fonts.Role, r rune) string {
	own := b.own(role)
	if b.cover[own].has(r) {
		return own
	}
	for _, f := range b.order {
		if b.cover[f].has(r) {
			return f
		}
	}
	return own
}

// runs splits s into runs of one family each. A character above U+FFFF
// is set in the copy of its face (wide.go); one that has none, which the
// guard has replaced with a note (charGuard), becomes the placeholder here
// so that a text that escaped the guard cannot crash the writer.
func (b *fontBook) runs(role fonts.Role, s string) []run {
	var out []run
	for _, r := range s {
		one := run{text: string(r)}
		if isWide(r) {
			if f, code, ok := b.puaOf(role, r); ok {
				one = run{family: f, text: string(code), actual: string(r)}
			} else {
				r, one.text = b.mark, string(b.mark)
			}
		}
		if one.family == "" {
			one.family = b.family(role, r)
		}
		if n := len(out); n > 0 && out[n-1].family == one.family {
			out[n-1].text += one.text
			out[n-1].actual += one.actual
			continue
		}
		out = append(out, one)
	}
	return out
}

// measure is the width in millimetres of s in role at size points.
func (b *fontBook) measure(role fonts.Role, size float64, s string) float64 {
	w := 0.0
	for _, r := range b.runs(role, s) {
		b.pdf.SetFont(r.family, "", size)
		w += b.pdf.GetStringWidth(r.text)
	}
	return w
}

// text sets s in role at size with its baseline starting at (x, y) and
// spacing millimetres after each character.
func (b *fontBook) text(role fonts.Role, size, x, y, spacing float64, s string) {
	if spacing != 0 {
		b.pdf.RawWriteStr(fmt.Sprintf("%.4f Tc", spacing/mmPerPt))
	}
	for _, r := range b.runs(role, s) {
		if r.actual != "" {
			b.pdf.RawWriteStr(actualText(r.actual))
		}
		b.pdf.SetFont(r.family, "", size)
		b.pdf.Text(x, y, r.text)
		if r.actual != "" {
			b.pdf.RawWriteStr("EMC")
		}
		x += b.pdf.GetStringWidth(r.text) + spacing*float64(len([]rune(r.text)))
	}
	if spacing != 0 {
		b.pdf.RawWriteStr("0 Tc")
	}
}
