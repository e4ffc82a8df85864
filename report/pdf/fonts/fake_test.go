package fonts

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"
)

// fakeFont describes a font file for discovery tests: only the tables
// discovery reads carry content.
type fakeFont struct {
	family  string // name table family, "" for none
	chinese bool   // OS/2 code page range claims GB 2312
	cff     bool   // CFF outlines
	fsType  uint16
	wide    []rune // characters above U+FFFF its cmap maps, to glyphs 1, 2, …
}

// bytes builds the font with the sfnt writer under test.
func (ff fakeFont) bytes(t *testing.T) []byte {
	t.Helper()
	tables := map[string][]byte{
		"cmap": fakeCmap(ff.wide...), "head": fakeHead(), "hhea": make([]byte, 36), "maxp": fakeMaxp(len(ff.wide) + 1),
		"name": fakeName(ff.family), "post": make([]byte, 32), "OS/2": fakeOS2(ff.chinese, ff.fsType),
	}
	version := uint32(tagTrueType)
	if ff.cff {
		version, tables["CFF "] = tagCFF, make([]byte, 8)
	} else {
		tables["glyf"], tables["loca"], tables["hmtx"] = make([]byte, 4), make([]byte, 2*(len(ff.wide)+2)), make([]byte, 4)
	}
	return buildFont(t, version, tables)
}

// buildFont lays the tables out one after another and lets standalone
// write the directory and checksums.
func buildFont(t *testing.T, version uint32, tables map[string][]byte) []byte {
	t.Helper()
	var blob []byte
	f := face{version: version}
	for tag, b := range tables {
		f.tables = append(f.tables, table{tag: tag, offset: uint32(len(blob)), length: uint32(len(b))})
		blob = append(blob, b...)
	}
	out, err := standalone(bytes.NewReader(blob), f)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// fakeMaxp is a maxp table of version 0.5 counting n glyphs.
func fakeMaxp(n int) []byte {
	b := []byte{0, 0, 0x50, 0, 0, 0}
	binary.BigEndian.PutUint16(b[4:], uint16(n))
	return b
}

func fakeHead() []byte {
	b := make([]byte, 54)
	binary.BigEndian.PutUint32(b[0:], 0x00010000)
	binary.BigEndian.PutUint32(b[12:], 0x5F0F3CF5) // magicNumber
	binary.BigEndian.PutUint16(b[18:], 1000)       // unitsPerEm
	return b
}

// fakeCmap is a cmap with one (3,1) format 4 subtable mapping nothing
// and, when wide is given, a (3,10) format 12 subtable mapping wide[i] to
// glyph i+1.
func fakeCmap(wide ...rune) []byte {
	sub := []uint16{4, 24, 0, 2, 2, 0, 0, 0xFFFF, 0, 0xFFFF, 1, 0}
	n := uint16(1)
	if len(wide) > 0 {
		n = 2
	}
	b := []byte{0, 0, 0, byte(n), 0, 3, 0, 1, 0, 0, 0, byte(4 + 8*n)}
	if len(wide) > 0 {
		b = append(b, 0, 3, 0, 10, 0, 0, 0, byte(4+8*n+24))
	}
	for _, v := range sub {
		b = binary.BigEndian.AppendUint16(b, v)
	}
	if len(wide) > 0 {
		b = append(b, fakeFormat12(wide)...)
	}
	return b
}

// fakeFormat12 is a format 12 subtable mapping wide[i] to glyph i+1, one
// group a character.
func fakeFormat12(wide []rune) []byte {
	b := binary.BigEndian.AppendUint16(nil, 12)
	b = binary.BigEndian.AppendUint16(b, 0)
	b = binary.BigEndian.AppendUint32(b, uint32(16+12*len(wide)))
	b = binary.BigEndian.AppendUint32(b, 0)
	b = binary.BigEndian.AppendUint32(b, uint32(len(wide)))
	for i, r := range wide {
		b = binary.BigEndian.AppendUint32(b, uint32(r))
		b = binary.BigEndian.AppendUint32(b, uint32(r))
		b = binary.BigEndian.AppendUint32(b, uint32(i+1))
	}
	return b
}

// fakeName is a name table with one Windows English family name.
func fakeName(family string) []byte {
	if family == "" {
		return []byte{0, 0, 0, 0, 0, 6}
	}
	var s []byte
	for _, u := range utf16.Encode([]rune(family)) {
		s = binary.BigEndian.AppendUint16(s, u)
	}
	b := []byte{0, 0, 0, 1, 0, 18}
	for _, v := range []uint16{3, 1, 0x409, 1, uint16(len(s)), 0} {
		b = binary.BigEndian.AppendUint16(b, v)
	}
	return append(b, s...)
}

func fakeOS2(chinese bool, fsType uint16) []byte {
	b := make([]byte, 86)
	binary.BigEndian.PutUint16(b[0:], 1) // version
	binary.BigEndian.PutUint16(b[8:], fsType)
	if chinese {
		binary.BigEndian.PutUint32(b[78:], 1<<18) // cp936
	}
	return b
}

// writeFonts writes fonts into dir under the given file names.
func writeFonts(t *testing.T, dir string, fonts map[string]fakeFont) {
	t.Helper()
	for name, ff := range fonts {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, ff.bytes(t), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
