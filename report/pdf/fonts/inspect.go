package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
)

// info is what discovery learns about a face from its tables, without
// reading outlines: its names, whether it covers simplified Chinese, and,
// when fpdf could not use it, why.
type info struct {
	names   []string    // family names in every language, in table order
	chinese bool        // OS/2 code page range includes GB 2312 (cp936)
	unfit   error       // nil when fpdf can load the face
	wide    []runeRange // characters above U+FFFF it has, from its format 12 cmap
}

// errNoUnicodeCmap and the others explain why fpdf cannot use a face; each
// matches a case where fpdf would misread the font or print to stdout.
var (
	errNoUnicodeCmap = errors.New("no Unicode cmap of format 4")
	errNameFormat    = errors.New("name table format other than 0")
	errRestricted    = errors.New("licence forbids embedding")
)

// required are the tables fpdf reads from a TrueType font.
var required = []string{"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}

// inspect reads the names and checks the face against what fpdf needs.
func inspect(r io.ReaderAt, f face) info {
	var in info
	if t, ok := f.find("name"); ok {
		if b, err := readTable(r, t); err == nil {
			in.names = familyNames(b)
			if len(b) >= 2 && binary.BigEndian.Uint16(b) != 0 {
				in.unfit = errNameFormat
			}
		}
	}
	fsType := uint16(0)
	if t, ok := f.find("OS/2"); ok {
		if b, err := readTable(r, t); err == nil && len(b) >= 10 {
			fsType = binary.BigEndian.Uint16(b[8:])
			// ulCodePageRange1 at 78 (version 1 and later); bit 18 is cp936.
			in.chinese = len(b) >= 82 && binary.BigEndian.Uint32(b[78:])&(1<<18) != 0
		}
	}
	_, cff := f.find("CFF ")
	_, cff2 := f.find("CFF2")
	switch {
	case f.version == tagCFF || cff || cff2:
		in.unfit = errCFF
	case missingTable(f) != "":
		in.unfit = fmt.Errorf("no %q table", missingTable(f))
	case fsType == 0x0002 || fsType&0x0300 != 0:
		in.unfit = errRestricted // fpdf refuses these (and prints to stdout)
	case !hasUnicodeCmap(r, f):
		in.unfit = errNoUnicodeCmap
	}
	if in.unfit == nil || errors.Is(in.unfit, errNoUnicodeCmap) {
		// A copy made by PUAFont has a cmap of its own: a face without a
		// format 4 cmap can still serve characters above U+FFFF.
		if t, ok := f.find("cmap"); ok {
			if b, err := readTable(r, t); err == nil {
				in.wide = wideRanges(format12(b))
			}
		}
	}
	return in
}

// missingTable returns the first required table f lacks, or "".
func missingTable(f face) string {
	for _, tag := range required {
		if _, ok := f.find(tag); !ok {
			return tag
		}
	}
	return ""
}

// hasUnicodeCmap reports whether the cmap has a format 4 subtable for
// Windows Unicode BMP (3,1) or any Unicode platform (0,*), the one fpdf uses.
func hasUnicodeCmap(r io.ReaderAt, f face) bool {
	t, _ := f.find("cmap")
	var hdr [4]byte
	if t.length < 4 || readAt(r, hdr[:], int64(t.offset)) != nil {
		return false
	}
	n := int(binary.BigEndian.Uint16(hdr[2:]))
	for i := range n {
		var rec [8]byte
		if readAt(r, rec[:], int64(t.offset)+4+8*int64(i)) != nil {
			return false
		}
		platform, encoding := binary.BigEndian.Uint16(rec[0:]), binary.BigEndian.Uint16(rec[2:])
		if platform != 0 && (platform != 3 || encoding != 1) {
			continue
		}
		var format [2]byte
		off := int64(t.offset) + int64(binary.BigEndian.Uint32(rec[4:]))
		if readAt(r, format[:], off) == nil && binary.BigEndian.Uint16(format[:]) == 4 {
			return true
		}
	}
	return false
}

func readAt(r io.ReaderAt, b []byte, off int64) error {
	_, err := r.ReadAt(b, off)
	return err
}

// familyNames returns the family (nameID 1) and typographic family (16)
// names of a name table, in Unicode and Mac Roman records; Mac records in
// other encodings are skipped.
func familyNames(b []byte) []string {
	if len(b) < 6 {
		return nil
	}
	count := int(binary.BigEndian.Uint16(b[2:]))
	strs := int(binary.BigEndian.Uint16(b[4:]))
	var names []string
	for i := range count {
		rec := b[min(len(b), 6+12*i):]
		if len(rec) < 12 {
			break
		}
		platform, encoding := binary.BigEndian.Uint16(rec[0:]), binary.BigEndian.Uint16(rec[2:])
		id := binary.BigEndian.Uint16(rec[6:])
		n, off := int(binary.BigEndian.Uint16(rec[8:])), strs+int(binary.BigEndian.Uint16(rec[10:]))
		if id != 1 && id != 16 || off+n > len(b) {
			continue
		}
		s := b[off : off+n]
		var name string
		switch {
		case platform == 0 || platform == 3:
			name = decodeUTF16(s)
		case platform == 1 && encoding == 0:
			name = string(s) // Mac Roman: ASCII names are all we need
		}
		if name = strings.TrimSpace(name); name != "" && !contains(names, name) {
			names = append(names, name)
		}
	}
	return names
}

func decodeUTF16(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.BigEndian.Uint16(b[2*i:])
	}
	return string(utf16.Decode(u))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
