// Package hostile builds damaged and hostile workbooks for tests: parts cut
// short or left out, and parts that unzip to a gigabyte while the file
// stays about a megabyte — built in milliseconds, never held unzipped.
package hostile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
)

// Entry is a zip entry made of Head, then Body Times times, then Tail.
type Entry struct {
	Name       string
	Head, Tail []byte
	Body       []byte
	Times      int
	// Declared is the unzipped size the zip directory states; 0 means the
	// true size. A header may lie either way.
	Declared uint64
}

// Size is the entry's true unzipped size.
func (e Entry) Size() uint64 {
	return uint64(len(e.Head)) + uint64(len(e.Body))*uint64(e.Times) + uint64(len(e.Tail))
}

// Rewrite copies the zip archive data, passing every entry through edit
// (nil keeps all), which returns the new content or false to leave the
// entry out, and then adds entries (replacing those of the same name).
func Rewrite(data []byte, edit func(name string, body []byte) ([]byte, bool), add ...Entry) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	replaced := map[string]bool{}
	for _, e := range add {
		replaced[e.Name] = true
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if replaced[f.Name] {
			continue
		}
		body, err := readEntry(f)
		if err != nil {
			return nil, err
		}
		keep := true
		if edit != nil {
			body, keep = edit(f.Name, body)
		}
		if !keep {
			continue
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(body); err != nil {
			return nil, err
		}
	}
	for _, e := range add {
		if err := e.write(zw); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func readEntry(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// write adds the entry, compressed without ever holding it unzipped: the
// deflate blocks of one Body, once they repeat, are copied Times times.
func (e Entry) write(zw *zip.Writer) error {
	packed, err := e.deflate()
	if err != nil {
		return err
	}
	crc := crc32.Update(0, crc32.IEEETable, e.Head)
	for range e.Times {
		crc = crc32.Update(crc, crc32.IEEETable, e.Body)
	}
	crc = crc32.Update(crc, crc32.IEEETable, e.Tail)
	h := &zip.FileHeader{Name: e.Name, Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(len(packed)), UncompressedSize64: e.Size()}
	if e.Declared != 0 {
		h.UncompressedSize64 = e.Declared
	}
	w, err := zw.CreateRaw(h)
	if err != nil {
		return err
	}
	_, err = w.Write(packed)
	return err
}

// deflate compresses the entry. Once a flushed Body compresses to the same
// bytes twice running it does so for good (the window holds only Body
// repeats), so those bytes stand for every later repeat.
func (e Entry) deflate() ([]byte, error) {
	var out, blk bytes.Buffer
	w, err := flate.NewWriter(&blk, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	flush := func(p []byte) ([]byte, error) {
		blk.Reset()
		if _, err := w.Write(p); err != nil {
			return nil, err
		}
		if err := w.Flush(); err != nil {
			return nil, err
		}
		return bytes.Clone(blk.Bytes()), nil
	}
	b, err := flush(e.Head)
	if err != nil {
		return nil, err
	}
	out.Write(b)
	var prev []byte
	for i := 0; i < e.Times; i++ {
		b, err := flush(e.Body)
		if err != nil {
			return nil, err
		}
		if i >= 4 && bytes.Equal(b, prev) {
			for ; i < e.Times; i++ {
				out.Write(b)
			}
			break
		}
		out.Write(b)
		prev = b
	}
	blk.Reset()
	if _, err := w.Write(e.Tail); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	out.Write(blk.Bytes())
	if out.Len() == 0 {
		return nil, errors.New("hostile: empty deflate stream")
	}
	return out.Bytes(), nil
}

// OLE is a minimal OLE compound file as Excel writes a password-protected
// workbook (encrypted: its directory names EncryptionInfo) or an old .xls
// (a Workbook stream): the magic, a header, and the directory entry names.
func OLE(encrypted bool) []byte {
	names := []string{"Root Entry", "Workbook"}
	if encrypted {
		names = []string{"Root Entry", "EncryptionInfo", "EncryptedPackage"}
	}
	b := []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	b = append(b, make([]byte, 504)...)
	for _, n := range names {
		for _, r := range n {
			b = append(b, byte(r), 0)
		}
		b = append(b, make([]byte, 128-2*len(n))...)
	}
	return b
}
