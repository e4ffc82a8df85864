package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// The characters above U+FFFF of a face: fpdf reads only a font's format 4
// cmap (16-bit code points), so a character of CJK extension B or an emoji
// is found in the format 12 subtable here, and PUAFont gives fpdf a copy of
// the face in which the Private Use Area points at those glyphs.

// Bounds of the Private Use Area of the BMP, where PUAFont puts the
// characters a document needs.
const (
	puaFirst = 0xE000
	puaLast  = 0xF8FF
	// MaxPUA is how many characters one PUAFont copy can hold.
	MaxPUA = puaLast - puaFirst + 1
)

// maxGroups bounds the format 12 groups read from one face (a damaged
// count must not make us allocate gigabytes); real faces have a few
// thousand.
const maxGroups = 1 << 20

// group is a format 12 group: characters lo…hi map to glyphs gid, gid+1, ….
type group struct {
	lo, hi rune
	gid    uint32
}

// format12 returns the groups of the cmap's Unicode full-repertoire
// subtable ((3,10), else (0,4) or (0,6)), sorted, or nil when it has none.
func format12(cmap []byte) []group {
	if len(cmap) < 4 {
		return nil
	}
	var sub []byte
	for i := range int(binary.BigEndian.Uint16(cmap[2:])) {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		platform, enc := binary.BigEndian.Uint16(cmap[rec:]), binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if off+16 > len(cmap) || binary.BigEndian.Uint16(cmap[off:]) != 12 {
			continue
		}
		if platform == 3 && enc == 10 || platform == 0 && (enc == 4 || enc == 6) && sub == nil {
			sub = cmap[off:]
		}
	}
	if sub == nil {
		return nil
	}
	n := int(binary.BigEndian.Uint32(sub[12:]))
	if n > maxGroups || 16+12*n > len(sub) {
		return nil
	}
	gs := make([]group, 0, n)
	for i := range n {
		g := sub[16+12*i:]
		lo, hi := rune(binary.BigEndian.Uint32(g)), rune(binary.BigEndian.Uint32(g[4:]))
		if lo <= hi && hi <= 0x10FFFF {
			gs = append(gs, group{lo, hi, binary.BigEndian.Uint32(g[8:])})
		}
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i].lo < gs[j].lo })
	return gs
}

// wideRanges returns the parts of gs above U+FFFF as ranges of characters.
func wideRanges(gs []group) []runeRange {
	var out []runeRange
	for _, g := range gs {
		if g.hi > 0xFFFF && g.gid != 0 {
			out = append(out, runeRange{max(g.lo, 0x10000), g.hi})
		}
	}
	return out
}

// glyph returns the glyph of r in gs, 0 when it has none.
func glyph(gs []group, r rune) uint32 {
	i := sort.Search(len(gs), func(i int) bool { return gs[i].hi >= r })
	if i < len(gs) && gs[i].lo <= r {
		return gs[i].gid + uint32(r-gs[i].lo)
	}
	return 0
}

// runeRange is the characters lo…hi.
type runeRange struct{ lo, hi rune }

// inRanges reports whether r is in one of the sorted ranges rs.
func inRanges(rs []runeRange, r rune) bool {
	i := sort.Search(len(rs), func(i int) bool { return rs[i].hi >= r })
	return i < len(rs) && rs[i].lo <= r
}

var errTooMany = errors.New("too many characters for the Private Use Area")

// puaCmap builds a cmap holding one (3,1) format 4 subtable that maps
// U+E000+i to gids[i]: one segment a character, each with its idDelta, and
// the closing 0xFFFF segment, which fpdf reads like any other.
func puaCmap(gids []uint16) ([]byte, error) {
	if len(gids) > MaxPUA {
		return nil, errTooMany
	}
	segs := len(gids) + 1
	pow := 1
	for pow*2 <= segs {
		pow *= 2
	}
	length := 16 + 8*segs
	b := make([]byte, 0, 12+length)
	b = append(b, 0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12) // version 0, 1 subtable (3,1) at 12
	for _, v := range []int{4, length, 0, 2 * segs, 2 * pow, log2(pow), 2*segs - 2*pow} {
		b = binary.BigEndian.AppendUint16(b, uint16(v))
	}
	ends, starts, deltas := make([]uint16, segs), make([]uint16, segs), make([]uint16, segs)
	for i, gid := range gids {
		code := uint16(puaFirst + i)
		ends[i], starts[i], deltas[i] = code, code, gid-code
	}
	ends[segs-1], starts[segs-1], deltas[segs-1] = 0xFFFF, 0xFFFF, 1
	b = appendU16s(b, ends)
	b = append(b, 0, 0) // reservedPad
	b = appendU16s(b, starts)
	b = appendU16s(b, deltas)
	return appendU16s(b, make([]uint16, segs)), nil // idRangeOffsets, all 0
}

func appendU16s(b []byte, vs []uint16) []byte {
	for _, v := range vs {
		b = binary.BigEndian.AppendUint16(b, v)
	}
	return b
}

func log2(n int) int {
	l := 0
	for n > 1 {
		n /= 2
		l++
	}
	return l
}

// puaGlyphs returns the glyph of each of chars in the face whose cmap and
// maxp tables are given, or an error naming a character it lacks.
func puaGlyphs(cmap, maxp []byte, chars []rune) ([]uint16, error) {
	if len(chars) > MaxPUA {
		return nil, errTooMany
	}
	if len(maxp) < 6 {
		return nil, errors.New("maxp table too short")
	}
	glyphs := uint32(binary.BigEndian.Uint16(maxp[4:]))
	gs := format12(cmap)
	out := make([]uint16, len(chars))
	for i, r := range chars {
		g := glyph(gs, r)
		if g == 0 || g >= glyphs {
			return nil, fmt.Errorf("no glyph for U+%04X", r)
		}
		out[i] = uint16(g)
	}
	return out, nil
}
