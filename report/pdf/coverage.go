package pdf

import (
	"encoding/binary"
	"sort"
)

// coverage is the set of characters a font has glyphs for, read from its
// cmap table, as sorted ranges. Droid Sans Fallback, for one, has no Latin
// letters or digits: text in its role falls back to another font for them.
type coverage []runeRange

type runeRange struct{ lo, hi rune }

// has reports whether r has a glyph; an unreadable cmap covers everything.
func (c coverage) has(r rune) bool {
	if c == nil {
		return true
	}
	i := sort.Search(len(c), func(i int) bool { return c[i].hi >= r })
	return i < len(c) && c[i].lo <= r
}

// readCoverage reads the Unicode cmap subtable (format 12 or 4) of a
// standalone TrueType font; nil when it finds none.
func readCoverage(ttf []byte) coverage {
	cmap := sfntTable(ttf, "cmap")
	if len(cmap) < 4 {
		return nil
	}
	var best []byte
	n := int(u16(cmap, 2))
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return nil
		}
		platform, enc := u16(cmap, rec), u16(cmap, rec+2)
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if off+2 > len(cmap) || !(platform == 0 || platform == 3 && (enc == 1 || enc == 10)) {
			continue
		}
		sub := cmap[off:]
		if u16(sub, 0) == 12 || (best == nil && u16(sub, 0) == 4) {
			best = sub
		}
	}
	switch {
	case best == nil:
		return nil
	case u16(best, 0) == 12:
		return format12(best)
	}
	return format4(best)
}

func format4(t []byte) coverage {
	if len(t) < 14 {
		return nil
	}
	segs := int(u16(t, 6)) / 2
	if len(t) < 16+8*segs {
		return nil
	}
	var c coverage
	for i := 0; i < segs; i++ {
		end, start := rune(u16(t, 14+2*i)), rune(u16(t, 16+2*segs+2*i))
		if start <= end && start != 0xFFFF {
			c = append(c, runeRange{start, end})
		}
	}
	return sorted(c)
}

func format12(t []byte) coverage {
	if len(t) < 16 {
		return nil
	}
	n := int(binary.BigEndian.Uint32(t[12:]))
	if len(t) < 16+12*n {
		return nil
	}
	var c coverage
	for i := 0; i < n; i++ {
		g := t[16+12*i:]
		c = append(c, runeRange{rune(binary.BigEndian.Uint32(g)), rune(binary.BigEndian.Uint32(g[4:]))})
	}
	return sorted(c)
}

func sorted(c coverage) coverage {
	sort.Slice(c, func(i, j int) bool { return c[i].lo < c[j].lo })
	return c
}

// sfntTable returns the named table of a standalone sfnt font, or nil.
func sfntTable(ttf []byte, tag string) []byte {
	if len(ttf) < 12 {
		return nil
	}
	n := int(u16(ttf, 4))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil
		}
		if string(ttf[rec:rec+4]) == tag {
			off, length := binary.BigEndian.Uint32(ttf[rec+8:]), binary.BigEndian.Uint32(ttf[rec+12:])
			if uint64(off)+uint64(length) > uint64(len(ttf)) {
				return nil
			}
			return ttf[off : off+length]
		}
	}
	return nil
}

func u16(b []byte, at int) uint16 {
	if at+2 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint16(b[at:])
}
