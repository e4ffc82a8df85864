package fonts

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
)

// Files of the Debian package fonts-hanazono (.ci/run installs it): 花園明朝
// A and B, TrueType, with CJK extension B and later.
const (
	hanaMinA = "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"
	hanaMinB = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"
)

// Faces with characters above U+FFFF are listed as supplements, whatever
// their language, when fpdf can use them; a CFF face and faces without
// such characters are not. The role faces never are. 花園明朝 comes first,
// a bold face last.
func TestFindSupplements(t *testing.T) {
	dir := t.TempDir()
	writeFonts(t, dir, map[string]fakeFont{
		"simsun.ttf":       {family: "SimSun", chinese: true},
		"ExtB.ttf":         {family: "Ext B", wide: []rune{0x20000, 0x2A6A5}},
		"Ext-Bold.ttf":     {family: "Ext", wide: []rune{0x20000}},
		"Emoji.ttf":        {family: "Emoji", wide: []rune{0x1F600}},
		"Latin.ttf":        {family: "Latin"},
		"ExtBCFF.otf":      {family: "Ext B CFF", cff: true, wide: []rune{0x20001}},
		"kai/simkai.ttf":   {family: "KaiTi", chinese: true, wide: []rune{0x2F800}},
		"Restricted.ttf":   {family: "Restricted", fsType: 0x0002, wide: []rune{0x20002}},
		"sub/HanaMinB.ttf": {family: "HanaMinB", wide: []rune{0x20000}},
	})
	s, err := Find(Options{System: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sp := range s.Supplements {
		got = append(got, filepath.Base(sp.Path)+" "+sp.Family)
	}
	want := "HanaMinB.ttf xxgk-hanaminb|Emoji.ttf xxgk-emoji|ExtB.ttf xxgk-extb|Ext-Bold.ttf xxgk-ext-bold"
	if strings.Join(got, "|") != want {
		t.Errorf("supplements %q, want %q", strings.Join(got, "|"), want)
	}
	ext := s.Supplements[2]
	for r, has := range map[rune]bool{0x20000: true, 0x2A6A5: true, 0x20001: false, 0x1F600: false, '中': false} {
		if ext.Has(r) != has {
			t.Errorf("ExtB.ttf Has(%U) = %v", r, !has)
		}
	}
	if kai := s.Faces[Heading2]; !strings.HasSuffix(kai.Path, "simkai.ttf") {
		t.Errorf("heading2 from %s", kai.Path)
	}
}

// PUAFont gives a copy of a face whose only cmap maps U+E000, U+E001, …
// to the glyphs the face has for the characters asked, in that order.
func TestPUAFont(t *testing.T) {
	data := fakeFont{family: "Ext B", wide: []rune{0x20000, 0x2003E, 0x2A6A5}}.bytes(t)
	out, err := PUAFont(data, []rune{0x2A6A5, 0x20000})
	if err != nil {
		t.Fatal(err)
	}
	faces, err := readFaces(bytes.NewReader(out))
	if err != nil || len(faces) != 1 {
		t.Fatalf("reread: %d faces, %v", len(faces), err)
	}
	cm, _ := faces[0].find("cmap")
	b := out[cm.offset : cm.offset+cm.length]
	if n := binary.BigEndian.Uint16(b[2:]); n != 1 || binary.BigEndian.Uint16(b[4:]) != 3 || binary.BigEndian.Uint16(b[6:]) != 1 {
		t.Fatalf("cmap has %d subtables, first (%d,%d)", n, binary.BigEndian.Uint16(b[4:]), binary.BigEndian.Uint16(b[6:]))
	}
	for code, gid := range map[rune]int{0xE000: 3, 0xE001: 1, 0xE002: 0, 'A': 0} {
		if got := format4Glyph(b[binary.BigEndian.Uint32(b[8:]):], code); got != gid {
			t.Errorf("%U maps to glyph %d, want %d", code, got, gid)
		}
	}
	if sum := checksum(out); sum != 0xB1B0AFBA {
		t.Errorf("font sums to %#x", sum)
	}
	if _, err := PUAFont(data, []rune{0x20001}); err == nil || !strings.Contains(err.Error(), "U+20001") {
		t.Errorf("a character the face lacks: %v", err)
	}
	if _, err := PUAFont(data, make([]rune, MaxPUA+1)); err == nil {
		t.Error("more characters than the Private Use Area holds: no error")
	}
}

// format4Glyph looks code up in a format 4 subtable the way fpdf does:
// segments with idDelta, no glyph arrays.
func format4Glyph(t []byte, code rune) int {
	segs := int(binary.BigEndian.Uint16(t[6:])) / 2
	for i := range segs {
		end := rune(binary.BigEndian.Uint16(t[14+2*i:]))
		start := rune(binary.BigEndian.Uint16(t[16+2*segs+2*i:]))
		delta := binary.BigEndian.Uint16(t[16+4*segs+2*i:])
		if rng := binary.BigEndian.Uint16(t[16+6*segs+2*i:]); rng != 0 {
			return -1
		}
		if start <= code && code <= end {
			if code == 0xFFFF {
				return 0
			}
			return int(uint16(code) + delta)
		}
	}
	return 0
}

// HanaMinB's 𠀀 and 𪚥, at U+E000 and U+E001 of the copy, load in fpdf and
// are as wide as any CJK character.
func TestPUAFontHanaMinB(t *testing.T) {
	if _, err := os.Stat(hanaMinB); err != nil {
		t.Skipf("%s absent (apt-get install fonts-hanazono): %v", hanaMinB, err)
	}
	s, err := Find(Options{System: []string{filepath.Dir(hanaMinB), filepath.Dir(zenhei)}})
	if err != nil {
		t.Skipf("no Chinese font: %v", err)
	}
	var b *Supplement
	for i := range s.Supplements {
		if s.Supplements[i].Path == hanaMinB {
			b = &s.Supplements[i]
		}
	}
	if b == nil || !b.Has(0x20000) || !b.Has(0x2A6A5) || b.Has(0x1F600) {
		t.Fatalf("HanaMinB not a supplement with extension B: %+v", s.Supplements)
	}
	data, err := b.PUAFont([]rune{0x20000, 0x2A6A5})
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > 1<<20 {
		t.Errorf("copy of %d bytes: the other glyphs' outlines kept", len(data))
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(b.Family+"-pua", "", data)
	pdf.AddPage()
	pdf.SetFont(b.Family+"-pua", "", 16)
	if w := pdf.GetStringWidth("\ue000\ue001"); w < 11.2 || w > 11.4 {
		t.Errorf("width of two characters at 16 pt: %.3f mm, want 11.29", w)
	}
	pdf.Text(20, 30, "\ue000\ue001")
	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		t.Fatal(err)
	}
	if out.Len() > 100<<10 {
		t.Errorf("PDF of %d bytes: font not subset", out.Len())
	}
}

// The copy keeps the outlines of the glyphs asked for, of their
// components and of glyph 0, at their own glyph ids; every other glyph is
// empty. A component out of range is an error, a cycle is not followed.
func TestPUAFontOutlines(t *testing.T) {
	simple := func(b byte) []byte { return []byte{0, 1, 0, 0, 0, 0, 0, b, 0, b, 0, 0} }
	// Glyph 2 is a composite of glyph 4 (word arguments, a scale) and of
	// itself; glyph 5 points at glyph 9, which does not exist.
	composite := []byte{0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0,
		0, argsAreWords | haveScale | moreComps, 0, 4, 0, 1, 0, 2, 0x40, 0,
		0, 0, 0, 2, 1, 2}
	bad := []byte{0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 1, 2}
	glyphs := [][]byte{simple(0xA0), simple(0xA1), composite, simple(0xA3), simple(0xA4), bad}
	var glyf, loca []byte
	for _, g := range glyphs {
		loca = binary.BigEndian.AppendUint16(loca, uint16(len(glyf)/2))
		glyf = append(glyf, g...)
		if len(glyf)%2 != 0 {
			glyf = append(glyf, 0)
		}
	}
	loca = binary.BigEndian.AppendUint16(loca, uint16(len(glyf)/2))
	cmap := fakeCmap(0x20000, 0x20001, 0x20002, 0x20003, 0x20004) // glyphs 1…5
	data := buildFont(t, tagTrueType, map[string][]byte{"cmap": cmap, "head": fakeHead(), "hhea": make([]byte, 36),
		"maxp": fakeMaxp(len(glyphs)), "name": fakeName("Outlines"), "post": make([]byte, 32),
		"glyf": glyf, "loca": loca, "hmtx": make([]byte, 4*len(glyphs)), "GSUB": make([]byte, 64)})
	out, err := PUAFont(data, []rune{0x20001})
	if err != nil {
		t.Fatal(err)
	}
	faces, err := readFaces(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	f := faces[0]
	if _, ok := f.find("GSUB"); ok {
		t.Error("GSUB kept")
	}
	head, _ := f.find("head")
	if format := binary.BigEndian.Uint16(out[head.offset+50:]); format != 1 {
		t.Errorf("indexToLocFormat %d, want 1 (long)", format)
	}
	gt, _ := f.find("glyf")
	lt, _ := f.find("loca")
	newGlyf, newLoca := out[gt.offset:gt.offset+gt.length], out[lt.offset:lt.offset+lt.length]
	for gid, want := range [][]byte{glyphs[0], nil, composite, nil, glyphs[4], nil} {
		a, b := binary.BigEndian.Uint32(newLoca[4*gid:]), binary.BigEndian.Uint32(newLoca[4*gid+4:])
		got := newGlyf[a:b]
		if !bytes.Equal(bytes.TrimRight(got, "\x00"), bytes.TrimRight(want, "\x00")) {
			t.Errorf("glyph %d = % x, want % x", gid, got, want)
		}
	}
	if _, err := PUAFont(data, []rune{0x20004}); err == nil || !strings.Contains(err.Error(), "glyph 9") {
		t.Errorf("a component out of range: %v", err)
	}
}
