package fonts

import (
	"encoding/binary"
	"fmt"
	"io"
	"math/bits"
	"sort"
)

// standalone builds a single TrueType font from face f of r: a new offset
// table and table directory, then each table copied, 4-byte aligned, with
// its checksum recomputed and head.checkSumAdjustment set, so the result is
// a valid .ttf whether f came from a .ttf or from a .ttc collection (whose
// faces share tables and address them from the start of the collection).
func standalone(r io.ReaderAt, f face) ([]byte, error) { return rebuild(r, f, nil) }

// rebuild is standalone with the tables in replace (by tag) written in
// place of the face's own.
func rebuild(r io.ReaderAt, f face, replace map[string][]byte) ([]byte, error) {
	tables := append([]table(nil), f.tables...)
	sort.Slice(tables, func(i, j int) bool { return tables[i].tag < tables[j].tag })
	data := make([][]byte, len(tables))
	size := 12 + 16*len(tables)
	for i, t := range tables {
		b, ok := replace[t.tag]
		var err error
		if !ok {
			b, err = readTable(r, t)
		}
		if err != nil {
			return nil, err
		}
		if t.tag == "head" {
			if len(b) < 12 {
				return nil, fmt.Errorf("head table of %d bytes", len(b))
			}
			binary.BigEndian.PutUint32(b[8:], 0) // checkSumAdjustment, set below
		}
		data[i] = b
		size += pad4(len(b))
	}
	out := make([]byte, size)
	putOffsetTable(out, f.version, len(tables))
	off := 12 + 16*len(tables)
	headAt := -1
	for i, t := range tables {
		rec := out[12+16*i:]
		copy(rec[0:4], t.tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(data[i]))
		binary.BigEndian.PutUint32(rec[8:], uint32(off))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(data[i])))
		copy(out[off:], data[i])
		if t.tag == "head" {
			headAt = off
		}
		off += pad4(len(data[i]))
	}
	if headAt >= 0 {
		binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	}
	return out, nil
}

// putOffsetTable writes the sfnt header for n tables: searchRange is the
// largest power of two not above n, times 16; entrySelector its log2;
// rangeShift n*16 - searchRange.
func putOffsetTable(out []byte, version uint32, n int) {
	pow := bits.Len(uint(n)) - 1 // log2 of the largest power of two <= n
	binary.BigEndian.PutUint32(out[0:], version)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(16<<pow))
	binary.BigEndian.PutUint16(out[8:], uint16(pow))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-16<<pow))
}

// checksum is the sfnt table checksum: the sum of big-endian uint32 words,
// the last one padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var last [4]byte
		copy(last[:], b)
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}

// pad4 rounds n up to a multiple of 4.
func pad4(n int) int { return (n + 3) &^ 3 }
