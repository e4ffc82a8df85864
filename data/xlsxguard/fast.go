package xlsxguard

import (
	"bufio"

	"github.com/xxgk/xxgk/data/xlsxrows"
)

// fastBuffer is the read buffer of a worksheet: a row longer than this is
// read by encoding/xml.
const fastBuffer = 256 << 10

// byteReader is the worksheet's buffered reader as the XML decoder sees
// it: the decoder reads byte by byte from it, never ahead, so that rows
// can also be taken straight from the buffer. It remembers the last two
// bytes the decoder read, to tell a self-closed start tag.
type byteReader struct {
	br         *bufio.Reader
	prev, last byte
}

func (t *byteReader) Read(p []byte) (int, error) { return t.br.Read(p) }

func (t *byteReader) ReadByte() (byte, error) {
	c, err := t.br.ReadByte()
	if err == nil {
		t.prev, t.last = t.last, c
	}
	return c, err
}

// selfClosed reports whether the decoder's last start tag ended in "/>".
func (t *byteReader) selfClosed() bool { return t.prev == '/' && t.last == '>' }

// fastRow tries to take the next row straight from the buffer with
// xlsxrows. It reports false, having taken nothing, when xlsxrows does
// not understand what comes next; the decoder then reads it.
func (r *Rows) fastRow() bool {
	buf, _ := r.br.Peek(r.br.Buffered())
	n, res := xlsxrows.Parse(buf, r.row.Num, &r.cfg, &r.row)
	if res != xlsxrows.OK && len(buf) < r.br.Size() {
		buf, _ = r.br.Peek(r.br.Size())
		n, res = xlsxrows.Parse(buf, r.row.Num, &r.cfg, &r.row)
	}
	if res != xlsxrows.OK {
		return false
	}
	_, _ = r.br.Discard(n)
	r.taken++
	return true
}
