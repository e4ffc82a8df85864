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
}

// bytes builds the font with the sfnt writer under test.
func (ff fakeFont) bytes(t *testing.T) []byte {
	t.Helper()
	tables := map[string][]byte{
		"cmap": fakeCmap(), "head": fakeHead(), "hhea": make([]byte, 36), "maxp": make([]byte, 6),
		"name": fakeName(ff.family), "post": make([]byte, 32), "OS/2": fakeOS2(ff.chinese, ff.fsType),
	}
	version := uint32(tagTrueType)
	if ff.cff {
		version, tables["CFF "] = tagCFF, make([]byte, 8)
	} else {
		tables["glyf"], tables["loca"], tables["hmtx"] = make([]byte, 4), make([]byte, 4), make([]byte, 4)
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

func fakeHead() []byte {
	b := make([]byte, 54)
	binary.BigEndian.PutUint32(b[0:], 0x00010000)
	binary.BigEndian.PutUint32(b[12:], 0x5F0F3CF5) // magicNumber
	binary.BigEndian.PutUint16(b[18:], 1000)       // unitsPerEm
	return b
}

// fakeCmap is a cmap with one (3,1) format 4 subtable mapping nothing.
func fakeCmap() []byte {
	sub := []uint16{4, 24, 0, 2, 2, 0, 0, 0xFFFF, 0, 0xFFFF, 1, 0}
	b := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	for _, v := range sub {
		b = binary.BigEndian.AppendUint16(b, v)
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
