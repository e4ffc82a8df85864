package data

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"strconv"
)

// rowHasher computes a row's hash of its data columns: the first 16 bytes
// of SHA-256 over each value as fmt's %v prints it, each followed by 0x1F,
// in hex. The bytes are those the databases already hold, so a re-import
// after an upgrade still tells unchanged rows from updated ones; the
// hasher only avoids fmt and reuses its buffers from row to row.
type rowHasher struct {
	h   hash.Hash
	buf []byte
	sum [sha256.Size]byte
	hex [32]byte
}

func newRowHasher() *rowHasher { return &rowHasher{h: sha256.New()} }

// hash returns the hash of vals.
func (r *rowHasher) hash(vals []any) string {
	b := r.buf[:0]
	for _, v := range vals {
		b = appendValue(b, v)
		b = append(b, 0x1f)
	}
	r.buf = b
	r.h.Reset()
	r.h.Write(b)
	sum := r.h.Sum(r.sum[:0])
	hex.Encode(r.hex[:], sum[:16])
	return string(r.hex[:])
}

// appendValue appends v as fmt's %v prints it, for the types the ledger
// tables bind, and through fmt for any other.
func appendValue(b []byte, v any) []byte {
	switch v := v.(type) {
	case string:
		return append(b, v...)
	case nil:
		return append(b, "<nil>"...)
	case int64:
		return strconv.AppendInt(b, v, 10)
	case int:
		return strconv.AppendInt(b, int64(v), 10)
	case bool:
		return strconv.AppendBool(b, v)
	}
	return fmt.Appendf(b, "%v", v)
}
