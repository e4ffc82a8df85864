package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
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
// of its own and copied, still compressed, on Close.
type sortedZip struct {
	w     io.Writer
	parts []*zipPart
}

// zipPart is one compressed part waiting to be stored.
type zipPart struct {
	name string
	buf  bytes.Buffer
	zw   *zip.Writer
}

// newSortedZip is the excelize.File.ZipWriter of a workbook with several
// streamed sheets.
func newSortedZip(w io.Writer) excelize.ZipWriter { return &sortedZip{w: w} }

// Create starts a part.
func (z *sortedZip) Create(name string) (io.Writer, error) {
	p := &zipPart{name: name}
	p.zw = zip.NewWriter(&p.buf)
	fw, err := p.zw.Create(name)
	if err != nil {
		return nil, err
	}
	z.parts = append(z.parts, p)
	return fw, nil
}

// AddFS is not used by the workbooks written here.
func (z *sortedZip) AddFS(fs.FS) error { return errors.New("sorted zip: AddFS not supported") }

// Close stores the parts, last name first, and ends the archive.
func (z *sortedZip) Close() error {
	sort.Slice(z.parts, func(i, j int) bool { return z.parts[i].name > z.parts[j].name })
	out := zip.NewWriter(z.w)
	for _, p := range z.parts {
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
