package crossbuild

import (
	"debug/pe"
	"encoding/binary"
	"fmt"
	"unicode/utf16"
)

// Resource types (winuser.h).
const (
	rtIcon      = 3
	rtGroupIcon = 14
	rtVersion   = 16
)

// resource is one leaf of a PE's resource tree: type, name and language
// IDs (named entries are not used by xxgk and read as ID 0) and the data.
type resource struct {
	typ, name, lang uint32
	data            []byte
}

// readResources reads the .rsrc section of a PE image or a COFF object:
// the three levels of IMAGE_RESOURCE_DIRECTORY (type, name, language)
// and their IMAGE_RESOURCE_DATA_ENTRY leaves. A leaf's data address is
// an RVA in an image and an offset into the section in an object (whose
// relocation adds the section's address at link time).
func readResources(f *pe.File) ([]resource, error) {
	sec := f.Section(".rsrc")
	if sec == nil {
		return nil, fmt.Errorf("no .rsrc section")
	}
	b, err := sec.Data()
	if err != nil {
		return nil, err
	}
	base := sec.VirtualAddress
	if f.OptionalHeader == nil {
		base = 0
	}
	le := binary.LittleEndian
	u32 := func(off uint32) uint32 {
		if int(off)+4 > len(b) {
			return 0
		}
		return le.Uint32(b[off:])
	}
	var out []resource
	var walk func(off uint32, ids []uint32) error
	walk = func(off uint32, ids []uint32) error {
		if int(off)+16 > len(b) {
			return fmt.Errorf("resource directory at %#x beyond the section", off)
		}
		n := uint32(le.Uint16(b[off+12:])) + uint32(le.Uint16(b[off+14:]))
		for i := range n {
			e := off + 16 + 8*i
			id, to := u32(e), u32(e+4)
			if id&0x80000000 != 0 {
				id = 0
			}
			path := append(append([]uint32{}, ids...), id)
			if to&0x80000000 != 0 {
				if err := walk(to&0x7fffffff, path); err != nil {
					return err
				}
				continue
			}
			if len(path) != 3 {
				return fmt.Errorf("resource leaf at depth %d", len(path))
			}
			start, size := u32(to)-base, u32(to+4)
			if uint64(start)+uint64(size) > uint64(len(b)) {
				return fmt.Errorf("resource %v: data %#x+%d beyond the section", path, start, size)
			}
			out = append(out, resource{path[0], path[1], path[2], b[start : start+size]})
		}
		return nil
	}
	return out, walk(0, nil)
}

// iconEntry is one size in an RT_GROUP_ICON (GRPICONDIRENTRY).
type iconEntry struct {
	size  int // 256 is stored as 0
	bytes uint32
	id    uint16
}

// groupIcon reads an RT_GROUP_ICON's entries.
func groupIcon(b []byte) ([]iconEntry, error) {
	le := binary.LittleEndian
	if len(b) < 6 || le.Uint16(b[2:]) != 1 {
		return nil, fmt.Errorf("not a group icon: % x", b[:min(len(b), 6)])
	}
	n := int(le.Uint16(b[4:]))
	if len(b) < 6+14*n {
		return nil, fmt.Errorf("group icon of %d entries in %d bytes", n, len(b))
	}
	var out []iconEntry
	for i := range n {
		e := b[6+14*i:]
		size := int(e[0])
		if size == 0 {
			size = 256
		}
		out = append(out, iconEntry{size, le.Uint32(e[8:]), le.Uint16(e[12:])})
	}
	return out, nil
}

// versionInfo is what an RT_VERSION says: the four numbers of the file
// and product versions (VS_FIXEDFILEINFO) and the strings of each
// StringFileInfo table, by table ("080404b0") and key.
type versionInfo struct {
	file, product [4]uint16
	tables        map[string]map[string]string
}

// readVersion parses a VS_VERSIONINFO: a tree of blocks, each wLength,
// wValueLength, wType, a NUL-terminated UTF-16 key, padding to 32 bits,
// the value, padding, and the children.
func readVersion(b []byte) (versionInfo, error) {
	v := versionInfo{tables: map[string]map[string]string{}}
	root, err := versionBlock(b)
	if err != nil {
		return v, err
	}
	if root.key != "VS_VERSION_INFO" || len(root.value) < 52 || binary.LittleEndian.Uint32(root.value) != 0xfeef04bd {
		return v, fmt.Errorf("not a VS_VERSIONINFO: key %q, %d value bytes", root.key, len(root.value))
	}
	words := func(off int) [4]uint16 {
		ms, ls := binary.LittleEndian.Uint32(root.value[off:]), binary.LittleEndian.Uint32(root.value[off+4:])
		return [4]uint16{uint16(ms >> 16), uint16(ms), uint16(ls >> 16), uint16(ls)}
	}
	v.file, v.product = words(8), words(16)
	for _, c := range root.children {
		if c.key != "StringFileInfo" {
			continue
		}
		for _, table := range c.children {
			m := map[string]string{}
			for _, s := range table.children {
				m[s.key] = utf16String(s.value)
			}
			v.tables[table.key] = m
		}
	}
	return v, nil
}

// block is one node of a VS_VERSIONINFO tree.
type block struct {
	key      string
	value    []byte
	children []block
}

func versionBlock(b []byte) (block, error) {
	le := binary.LittleEndian
	if len(b) < 6 {
		return block{}, fmt.Errorf("version block of %d bytes", len(b))
	}
	length, valueLength, typ := int(le.Uint16(b)), int(le.Uint16(b[2:])), le.Uint16(b[4:])
	if length < 6 || length > len(b) {
		return block{}, fmt.Errorf("version block length %d of %d bytes", length, len(b))
	}
	b = b[:length]
	off := 6
	var key []uint16
	for ; off+2 <= len(b) && le.Uint16(b[off:]) != 0; off += 2 {
		key = append(key, le.Uint16(b[off:]))
	}
	off = align4(off + 2)
	if typ == 1 {
		valueLength *= 2 // text: a count of UTF-16 words
	}
	if off+valueLength > len(b) {
		return block{}, fmt.Errorf("version block %q: value beyond it", string(utf16.Decode(key)))
	}
	blk := block{key: string(utf16.Decode(key)), value: b[off : off+valueLength]}
	for off = align4(off + valueLength); off < len(b); {
		c, err := versionBlock(b[off:])
		if err != nil {
			return block{}, err
		}
		blk.children = append(blk.children, c)
		off = align4(off + int(le.Uint16(b[off:])))
	}
	return blk, nil
}

func align4(n int) int { return (n + 3) &^ 3 }

// utf16String decodes UTF-16LE up to its NUL.
func utf16String(b []byte) string {
	var w []uint16
	for i := 0; i+2 <= len(b); i += 2 {
		c := binary.LittleEndian.Uint16(b[i:])
		if c == 0 {
			break
		}
		w = append(w, c)
	}
	return string(utf16.Decode(w))
}
