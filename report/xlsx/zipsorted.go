package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"sort"

	"github.com/xuri/excelize/v2"
)

// sortedZip is an excelize.ZipWriter that stores a workbook's parts in
// reverse name order, whatever order excelize creates them in: excelize
// writes the sheets of its StreamWriters first, in the random order of a
// map, so a workbook with several streamed sheets would differ from run
// to run byte for byte. Each part is compressed as it comes into a buffer
// of its own and copied, still compressed, on Close. A sheet part named
// in rows gets those rows between its <sheetData> tags, which excelize
// wrote empty.
type sortedZip struct {
	w     io.Writer
	parts []*zipPart
	rows  map[string]*rawRows // by part name
}

// zipPart is one compressed part waiting to be stored, or for a part with
// raw rows its XML without them.
type zipPart struct {
	name  string
	buf   bytes.Buffer
	zw    *zip.Writer
	rows  *rawRows
	plain bytes.Buffer
}

// Create starts a part.
func (z *sortedZip) Create(name string) (io.Writer, error) {
	p := &zipPart{name: name, rows: z.rows[name]}
	z.parts = append(z.parts, p)
	if p.rows != nil {
		return &p.plain, nil
	}
	p.zw = zip.NewWriter(&p.buf)
	return p.zw.Create(name)
}

// AddFS is not used by the workbooks written here.
func (z *sortedZip) AddFS(fs.FS) error { return errors.New("sorted zip: AddFS not supported") }

// Close stores the parts, last name first, and ends the archive.
func (z *sortedZip) Close() error {
	sort.Slice(z.parts, func(i, j int) bool { return z.parts[i].name > z.parts[j].name })
	out := zip.NewWriter(z.w)
	for _, p := range z.parts {
		if p.rows != nil {
			if err := p.storeRows(out); err != nil {
				return err
			}
			continue
		}
		if err := p.zw.Close(); err != nil {
			return err
		}
		r, err := zip.NewReader(bytes.NewReader(p.buf.Bytes()), int64(p.buf.Len()))
		if err != nil {
			return err
		}
		if err := out.Copy(r.File[0]); err != nil {
			return err
		}
	}
	z.parts = nil
	return out.Close()
}

// emptySheetData is how excelize's StreamWriter writes a sheet without rows.
var emptySheetData = []byte("<sheetData></sheetData>")

// storeRows stores a sheet part with its raw rows put between its
// <sheetData> tags: the XML before them and after them compressed apart,
// the rows as they were compressed, one deflate stream end to end.
func (p *zipPart) storeRows(out *zip.Writer) error {
	xml := p.plain.Bytes()
	i := bytes.Index(xml, emptySheetData)
	if i < 0 {
		return fmt.Errorf("sorted zip: %s has no empty sheetData", p.name)
	}
	i += len("<sheetData>")
	head, tail := xml[:i], xml[i:]
	var h, t bytes.Buffer
	fw, _ := flate.NewWriter(&h, flate.DefaultCompression)
	if _, err := fw.Write(head); err != nil {
		return err
	}
	if err := fw.Flush(); err != nil {
		return err
	}
	fw.Reset(&t)
	if _, err := fw.Write(tail); err != nil {
		return err
	}
	if err := fw.Close(); err != nil {
		return err
	}
	r := p.rows
	crc := crc32.ChecksumIEEE(head)
	crc = crc32Concat(crc, r.crc, r.size)
	crc = crc32.Update(crc, crc32.IEEETable, tail)
	body := [][]byte{h.Bytes(), r.z.Bytes(), t.Bytes()}
	w, err := out.CreateRaw(&zip.FileHeader{Name: p.name, Method: zip.Deflate, CRC32: crc,
		CompressedSize64:   uint64(len(body[0]) + len(body[1]) + len(body[2])),
		UncompressedSize64: uint64(int64(len(head)+len(tail)) + r.size)})
	if err != nil {
		return err
	}
	for _, b := range body {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// crc32Concat is the IEEE CRC-32 of a followed by b, given a's CRC, b's
// CRC and b's length: the CRC of a run of n zero bytes from a's CRC,
// less that from zero, plus b's (CRC-32 is affine in its start and data).
func crc32Concat(crcA, crcB uint32, n int64) uint32 {
	var zeros [32 << 10]byte
	fromA, from0 := crcA, uint32(0)
	for n > 0 {
		k := min(n, int64(len(zeros)))
		fromA = crc32.Update(fromA, crc32.IEEETable, zeros[:k])
		from0 = crc32.Update(from0, crc32.IEEETable, zeros[:k])
		n -= k
	}
	return fromA ^ from0 ^ crcB
}

// addRows has the part of f's sheet name get rows between its <sheetData>
// tags. A sheet excelize adds is the part xl/worksheets/sheet{ID}.xml.
func (z *sortedZip) addRows(f *excelize.File, name string, rows *rawRows) error {
	for id, n := range f.GetSheetMap() {
		if n == name {
			if z.rows == nil {
				z.rows = map[string]*rawRows{}
			}
			z.rows[fmt.Sprintf("xl/worksheets/sheet%d.xml", id)] = rows
			return nil
		}
	}
	return fmt.Errorf("sorted zip: no sheet %s", name)
}
