package fonts

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Supplement is a TrueType face found beside the role faces that has
// characters above U+FFFF (CJK extension B and later, emoji): the PDF sets
// such a character from the role's own face when it has it, else from the
// first supplement that has it (PUAFont).
type Supplement struct {
	Path   string // the file it came from
	Index  int    // face index inside a .ttc collection, 0 for .ttf
	Family string // a family name for fpdf, unique among the Set's faces and supplements, ASCII
	ranges []runeRange
	face   face
}

// supplementKeys recognise the faces made for rare characters, best first
// (lower case, in the file or family name): Windows' SimSun-ExtB and
// MingLiU-ExtB, then Debian's 花園明朝 B and A. Other faces follow them.
var supplementKeys = []string{"simsunb", "simsun-extb", "mingliub", "mingliu-extb", "hanaminb", "hanamina"}

// slanted mark the bold, italic and light faces of a family (lower case,
// in the file name): a supplement of regular weight is tried first.
var slanted = []string{"bold", "italic", "oblique", "light", "black", "heavy", "thin"}

// supplementRank is the position of the first key in path or names, or
// len(supplementKeys), plus len(supplementKeys)+1 for a face of another
// weight or slant than regular.
func supplementRank(path string, names []string) int {
	all := strings.ToLower(path + "\n" + strings.Join(names, "\n"))
	rank := len(supplementKeys)
	for i, k := range supplementKeys {
		if strings.Contains(all, k) {
			rank = i
			break
		}
	}
	base := strings.ToLower(filepath.Base(path))
	for _, w := range slanted {
		if strings.Contains(base, w) {
			return rank + len(supplementKeys) + 1
		}
	}
	return rank
}

// Has reports whether the face has a glyph for r, a character above U+FFFF.
func (s Supplement) Has(r rune) bool { return inRanges(s.ranges, r) }

// PUAFont reads the face from its file and returns it as PUAFont does.
func (s Supplement) PUAFont(chars []rune) ([]byte, error) {
	fh, err := os.Open(s.Path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return puaFont(fh, s.face, chars)
}

// PUAFont returns a copy of the standalone TrueType font ttf whose only
// cmap maps U+E000+i to the glyph ttf has for chars[i]: fpdf, which reads
// only 16-bit code points, sets chars[i] when given U+E000+i in that font.
// It fails when ttf lacks one of chars or there are more than MaxPUA.
func PUAFont(ttf []byte, chars []rune) ([]byte, error) {
	r := bytes.NewReader(ttf)
	faces, err := readFaces(r)
	if err != nil {
		return nil, err
	}
	if len(faces) != 1 {
		return nil, errors.New("a collection, not a standalone font")
	}
	return puaFont(r, faces[0], chars)
}

// puaFont makes the copy: the new cmap, the outlines of chars' glyphs
// (and of their components) alone in glyf with a long loca, head saying
// so, and the other tables fpdf reads as they are (sparse.go).
func puaFont(r io.ReaderAt, f face, chars []rune) ([]byte, error) {
	var tables [3][]byte
	for i, tag := range []string{"cmap", "maxp", "head"} {
		t, ok := f.find(tag)
		if !ok {
			return nil, fmt.Errorf("no %q table", tag)
		}
		b, err := readTable(r, t)
		if err != nil {
			return nil, err
		}
		tables[i] = b
	}
	cmapT, maxp, head := tables[0], tables[1], tables[2]
	gids, err := puaGlyphs(cmapT, maxp, chars)
	if err != nil {
		return nil, err
	}
	o, err := readOutlines(r, f, head, int(binary.BigEndian.Uint16(maxp[4:])))
	if err != nil {
		return nil, err
	}
	for _, g := range append([]uint16{0}, gids...) {
		if err := o.add(g, 0); err != nil {
			return nil, err
		}
	}
	cmap, err := puaCmap(gids)
	if err != nil {
		return nil, err
	}
	glyf, loca := o.tables()
	binary.BigEndian.PutUint16(head[50:], 1) // indexToLocFormat: long
	kept := face{index: f.index, version: f.version}
	for _, t := range f.tables {
		if puaTables[t.tag] {
			kept.tables = append(kept.tables, t)
		}
	}
	return rebuild(r, kept, map[string][]byte{"cmap": cmap, "glyf": glyf, "loca": loca, "head": head})
}
