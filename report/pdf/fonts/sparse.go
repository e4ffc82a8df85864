package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// A copy made by PUAFont keeps only what fpdf reads and only the outlines
// of the glyphs asked for: 花園明朝 B is a 30 MB file, of which a report
// needs a few glyphs. Glyph ids stay as they are (the other glyphs are
// empty), so composite glyphs keep pointing at their components.

// puaTables are the tables a copy keeps: fpdf's, and the hinting programs.
var puaTables = map[string]bool{"cmap": true, "glyf": true, "head": true, "hhea": true, "hmtx": true,
	"loca": true, "maxp": true, "name": true, "post": true, "OS/2": true,
	"cvt ": true, "fpgm": true, "prep": true, "gasp": true}

// maxComponentDepth bounds the nesting of composite glyphs followed.
const maxComponentDepth = 16

// outlines reads the glyph table entries of a face.
type outlines struct {
	r      io.ReaderAt
	glyf   table
	loca   []uint32 // numGlyphs+1 offsets into glyf
	glyphs map[uint16][]byte
}

// readOutlines reads loca (short or long, as head says) for n glyphs.
func readOutlines(r io.ReaderAt, f face, head []byte, n int) (*outlines, error) {
	glyf, ok1 := f.find("glyf")
	locaT, ok2 := f.find("loca")
	if !ok1 || !ok2 || len(head) < 54 {
		return nil, errors.New("no glyf, loca or head table")
	}
	raw, err := readTable(r, locaT)
	if err != nil {
		return nil, err
	}
	long := binary.BigEndian.Uint16(head[50:]) == 1
	size := 2
	if long {
		size = 4
	}
	if len(raw) < size*(n+1) {
		return nil, fmt.Errorf("loca of %d bytes for %d glyphs", len(raw), n)
	}
	o := &outlines{r: r, glyf: glyf, loca: make([]uint32, n+1), glyphs: map[uint16][]byte{}}
	for i := range o.loca {
		if long {
			o.loca[i] = binary.BigEndian.Uint32(raw[4*i:])
		} else {
			o.loca[i] = 2 * uint32(binary.BigEndian.Uint16(raw[2*i:]))
		}
	}
	return o, nil
}

// add reads glyph gid and, for a composite glyph, its components.
func (o *outlines) add(gid uint16, depth int) error {
	if _, ok := o.glyphs[gid]; ok {
		return nil
	}
	if int(gid)+1 >= len(o.loca) || depth > maxComponentDepth {
		return fmt.Errorf("glyph %d out of range", gid)
	}
	start, end := o.loca[gid], o.loca[gid+1]
	if start > end || end > o.glyf.length {
		return fmt.Errorf("glyph %d at %d…%d of a glyf table of %d bytes", gid, start, end, o.glyf.length)
	}
	g := make([]byte, end-start)
	if _, err := o.r.ReadAt(g, int64(o.glyf.offset)+int64(start)); err != nil {
		return fmt.Errorf("read glyph %d: %w", gid, err)
	}
	o.glyphs[gid] = g
	comps, err := components(g)
	if err != nil {
		return fmt.Errorf("glyph %d: %w", gid, err)
	}
	for _, c := range comps {
		if err := o.add(c, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// Flags of a composite glyph's component records (OpenType, glyf table).
const (
	argsAreWords = 0x0001
	haveScale    = 0x0008
	moreComps    = 0x0020
	haveXYScale  = 0x0040
	haveTwoByTwo = 0x0080
)

// components returns the glyphs a composite glyph is made of; none for a
// simple or empty glyph.
func components(g []byte) ([]uint16, error) {
	if len(g) < 10 || int16(binary.BigEndian.Uint16(g)) >= 0 {
		return nil, nil
	}
	var out []uint16
	for pos := 10; ; {
		if pos+4 > len(g) {
			return nil, errors.New("composite glyph cut short")
		}
		flags := binary.BigEndian.Uint16(g[pos:])
		out = append(out, binary.BigEndian.Uint16(g[pos+2:]))
		pos += 6
		if flags&argsAreWords != 0 {
			pos += 2
		}
		switch {
		case flags&haveScale != 0:
			pos += 2
		case flags&haveXYScale != 0:
			pos += 4
		case flags&haveTwoByTwo != 0:
			pos += 8
		}
		if flags&moreComps == 0 {
			return out, nil
		}
	}
}

// tables returns the new glyf and long loca tables: the glyphs read, each
// 4-byte aligned, every other glyph empty.
func (o *outlines) tables() (glyf, loca []byte) {
	n := len(o.loca) - 1
	loca = make([]byte, 4*(n+1))
	for gid := range n {
		glyf = append(glyf, o.glyphs[uint16(gid)]...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		binary.BigEndian.PutUint32(loca[4*(gid+1):], uint32(len(glyf)))
	}
	return glyf, loca
}
