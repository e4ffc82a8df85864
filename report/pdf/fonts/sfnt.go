package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Tags of the sfnt containers this package reads (OpenType spec, "Font
// file" and "Font collections").
const (
	tagTrueType   = 0x00010000 // sfnt version of TrueType outlines
	tagTrueApple  = 0x74727565 // 'true', Apple TrueType
	tagCFF        = 0x4F54544F // 'OTTO', CFF outlines
	tagCollection = 0x74746366 // 'ttcf', a TrueType collection
)

// errCFF marks a face with CFF (PostScript) outlines, which fpdf cannot read.
var errCFF = errors.New("CFF outlines")

// table is one record of a face's table directory.
type table struct {
	tag      string
	checksum uint32
	offset   uint32 // from the start of the file
	length   uint32
}

// face is the table directory of one face of a font file.
type face struct {
	index   int // in its collection, 0 for a single font
	version uint32
	tables  []table
}

// find returns the record of tag, or false.
func (f face) find(tag string) (table, bool) {
	for _, t := range f.tables {
		if t.tag == tag {
			return t, true
		}
	}
	return table{}, false
}

// maxFaces and maxTables bound what a damaged file can make us allocate.
const (
	maxFaces  = 64
	maxTables = 256
)

// readFaces reads the table directories of every face in r: one for a
// .ttf/.otf, one per font for a .ttc collection.
func readFaces(r io.ReaderAt) ([]face, error) {
	var hdr [12]byte
	if _, err := r.ReadAt(hdr[:], 0); err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	if binary.BigEndian.Uint32(hdr[0:]) != tagCollection {
		f, err := readDirectory(r, 0)
		if err != nil {
			return nil, err
		}
		return []face{f}, nil
	}
	n := binary.BigEndian.Uint32(hdr[8:])
	if n == 0 || n > maxFaces {
		return nil, fmt.Errorf("collection of %d faces", n)
	}
	offsets := make([]byte, 4*n)
	if _, err := r.ReadAt(offsets, 12); err != nil {
		return nil, fmt.Errorf("read collection offsets: %w", err)
	}
	faces := make([]face, 0, n)
	for i := range int(n) {
		f, err := readDirectory(r, int64(binary.BigEndian.Uint32(offsets[4*i:])))
		if err != nil {
			return nil, fmt.Errorf("face %d: %w", i, err)
		}
		f.index = i
		faces = append(faces, f)
	}
	return faces, nil
}

// readDirectory reads the offset table and table records at off.
func readDirectory(r io.ReaderAt, off int64) (face, error) {
	var hdr [12]byte
	if _, err := r.ReadAt(hdr[:], off); err != nil {
		return face{}, fmt.Errorf("read offset table: %w", err)
	}
	f := face{version: binary.BigEndian.Uint32(hdr[0:])}
	switch f.version {
	case tagTrueType, tagTrueApple, tagCFF:
	default:
		return face{}, fmt.Errorf("not an sfnt font (version %#08x)", f.version)
	}
	n := int(binary.BigEndian.Uint16(hdr[4:]))
	if n == 0 || n > maxTables {
		return face{}, fmt.Errorf("%d tables", n)
	}
	recs := make([]byte, 16*n)
	if _, err := r.ReadAt(recs, off+12); err != nil {
		return face{}, fmt.Errorf("read table records: %w", err)
	}
	for i := range n {
		b := recs[16*i:]
		f.tables = append(f.tables, table{
			tag:      string(b[0:4]),
			checksum: binary.BigEndian.Uint32(b[4:]),
			offset:   binary.BigEndian.Uint32(b[8:]),
			length:   binary.BigEndian.Uint32(b[12:]),
		})
	}
	return f, nil
}

// readTable returns the bytes of t.
func readTable(r io.ReaderAt, t table) ([]byte, error) {
	const maxTable = 64 << 20
	if t.length > maxTable {
		return nil, fmt.Errorf("table %q of %d bytes", t.tag, t.length)
	}
	b := make([]byte, t.length)
	if _, err := r.ReadAt(b, int64(t.offset)); err != nil {
		return nil, fmt.Errorf("read table %q: %w", t.tag, err)
	}
	return b, nil
}
