package textfile

import (
	"bytes"
	"io"
)

// bom is the UTF-8 byte order mark, by which Notepad knows UTF-8.
var bom = []byte{0xEF, 0xBB, 0xBF}

// NewWriter returns the writer of a text file a clerk opens in Notepad.
// On every system it writes a UTF-8 BOM first and ends every line with
// CRLF, which Windows 7's Notepad needs to show lines at all and to know
// the file is UTF-8 — a file written on a 信创 Linux PC is opened on a
// Windows PC too. Read takes this form and plain LF files alike.
func NewWriter(w io.Writer) io.Writer {
	return &crlfWriter{w: w}
}

// crlfWriter writes a BOM before the first byte and turns each LF not
// already preceded by CR into CRLF.
type crlfWriter struct {
	w       io.Writer
	started bool
	lastCR  bool // the last byte written was CR
}

func (c *crlfWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	out := make([]byte, 0, len(p)+len(p)/32+len(bom))
	if !c.started {
		if !bytes.HasPrefix(p, bom) {
			out = append(out, bom...)
		}
		c.started = true
	}
	for _, b := range p {
		if b == '\n' && !c.lastCR {
			out = append(out, '\r')
		}
		out = append(out, b)
		c.lastCR = b == '\r'
	}
	if _, err := c.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// ForNotepad returns text as NewWriter would write it.
func ForNotepad(text []byte) []byte {
	var b bytes.Buffer
	NewWriter(&b).Write(text) // a bytes.Buffer does not fail
	return b.Bytes()
}
