package xlsxguard

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xxgk/xxgk/data/xlsxrows"
)

// maxRow is Excel's last row.
const maxRow = 1 << 20

// Row is one row of a worksheet as stored (see xlsxrows.Row).
type Row = xlsxrows.Row

// Rows streams the rows of one worksheet.
type Rows struct {
	b     *Book
	sheet string
	rc    io.ReadCloser
	d     *xml.Decoder
	sst   *stringTable
	row   Row
	err   error
	done  bool
	// The fast path: br is the part's buffer, which the decoder reads
	// through tr; fast says that the decoder stands between elements inside
	// sheetData, holding no byte back, so xlsxrows may take rows from br.
	br     *bufio.Reader
	tr     *byteReader
	cfg    xlsxrows.Config
	fast   bool
	inData bool // sheetData has begun
	slow   bool // the decoder only (tests compare the two)
	taken  int  // rows the fast path read
}

// Rows opens a worksheet for reading. A sheet the workbook lists but the
// file lacks is an *Error.
func (b *Book) Rows(sh Sheet) (*Rows, error) {
	if sh.part == "" {
		return nil, &Error{File: b.name, Msg: "工作表「" + sh.Name + "」在文件中缺失，文件不完整或已损坏：请在 Excel/WPS 中打开、检查内容后另存为 .xlsx 再试"}
	}
	sst, err := b.strings()
	if err != nil {
		return nil, err
	}
	rc, _, err := b.openPart(sh.part)
	if err != nil {
		return nil, damaged(b.name, sh.Name, err)
	}
	br := bufio.NewReaderSize(rc, fastBuffer)
	tr := &byteReader{br: br}
	return &Rows{b: b, sheet: sh.Name, rc: rc, d: xml.NewDecoder(tr), sst: sst, br: br, tr: tr,
		cfg: xlsxrows.Config{Strings: sst.get, Unescape: UnescapeX, Columns: b.lim.Columns, MaxRow: maxRow}}, nil
}

// Close releases the sheet.
func (r *Rows) Close() error { return r.rc.Close() }

// Err returns the error that ended the rows, an *Error, or nil when the
// sheet was read to its end.
func (r *Rows) Err() error { return r.err }

// Row returns the current row; its slices are reused by the next call.
func (r *Rows) Row() *Row { return &r.row }

// Next moves to the next stored row. It returns false at the end of the
// sheet or on an error (see Err); a part cut short or not well-formed is
// an error, never an early end.
func (r *Rows) Next() bool {
	if r.done || r.err != nil {
		return false
	}
	for {
		if r.fast && !r.slow && r.fastRow() {
			return true
		}
		tok, err := r.d.Token()
		r.fast = false
		if err == io.EOF { // a whole document without sheetData
			r.done = true
			return false
		}
		if err != nil {
			r.fail(err)
			return false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "row" {
				if err := r.readRow(t); err != nil {
					r.fail(err)
					return false
				}
				r.fast = r.inData
				return true
			}
			if t.Name.Local == "sheetData" {
				r.inData = true
			}
			r.fast = r.inData && !r.tr.selfClosed()
		case xml.EndElement:
			if t.Name.Local == "sheetData" {
				r.finish()
				return false
			}
			r.fast = r.inData
		}
	}
}

// finish reads the rest of the part, so that its checksum is verified.
func (r *Rows) finish() {
	r.done = true
	if _, err := io.Copy(io.Discard, r.rc); err != nil {
		r.fail(err)
	}
}

func (r *Rows) fail(err error) {
	r.done = true
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF // the part ended inside a row
	}
	var ge *Error
	if errors.As(err, &ge) {
		r.err = ge
		return
	}
	r.err = damaged(r.b.name, r.sheet, err)
}

func (r *Rows) readRow(start xml.StartElement) error {
	prev := r.row.Num
	r.row.Cells, r.row.Uncached, r.row.Beyond = r.row.Cells[:0], r.row.Uncached[:0], 0
	r.row.Num = prev + 1
	if v := attr(start, "r"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return fmt.Errorf("row number %q", v)
		}
		r.row.Num = n
	}
	if r.row.Num > maxRow {
		return fmt.Errorf("row %d beyond the last row", r.row.Num)
	}
	h := attr(start, "hidden")
	r.row.Hidden = h == "1" || h == "true"
	col := 0
	for {
		tok, err := r.d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "c" {
				if err := r.d.Skip(); err != nil {
					return err
				}
				continue
			}
			if col, err = r.readCell(t, col+1); err != nil {
				return err
			}
		case xml.EndElement:
			return nil // </row>: Token checks it matches
		}
	}
}

// cell is what a <c> element holds.
type cell struct {
	typ       string
	v         string
	hasV      bool
	formula   bool
	inline    string
	hasInline bool
}

// readCell reads a <c> element; col is its column when it names none. It
// returns the cell's column.
func (r *Rows) readCell(start xml.StartElement, col int) (int, error) {
	if ref := attr(start, "r"); ref != "" {
		c, ok := refColumn(ref)
		if !ok {
			return 0, fmt.Errorf("cell reference %q", ref)
		}
		col = c
	}
	c := cell{typ: attr(start, "t")}
	if err := c.read(r.d); err != nil {
		return 0, err
	}
	val, err := r.value(&c)
	if err != nil {
		return 0, err
	}
	if val == "" && !c.formula {
		return col, nil
	}
	if col > r.b.lim.Columns {
		if r.row.Beyond == 0 && (val != "" || c.formula) {
			r.row.Beyond = col
		}
		return col, nil
	}
	for len(r.row.Cells) < col {
		r.row.Cells = append(r.row.Cells, "")
	}
	r.row.Cells[col-1] = val
	if c.formula && !c.hasV {
		r.row.Uncached = append(r.row.Uncached, col-1)
	}
	return col, nil
}

// read reads the content of a <c> element up to its end.
func (c *cell) read(d *xml.Decoder) error {
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "v":
				if c.v, err = text(d); err != nil {
					return err
				}
				c.hasV = true
			case "f":
				c.formula = true
				err = d.Skip()
			case "is":
				c.hasInline = true
				c.inline, err = richText(d)
			default:
				err = d.Skip()
			}
			if err != nil {
				return err
			}
		case xml.EndElement:
			return nil // </c>
		}
	}
}

// value is the cell's raw value: shared and inline strings looked up,
// everything else as stored (numbers and serial dates unformatted).
func (r *Rows) value(c *cell) (string, error) {
	switch c.typ {
	case "s":
		if strings.TrimSpace(c.v) == "" {
			return "", nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(c.v))
		if err != nil {
			return "", fmt.Errorf("shared string index %q", c.v)
		}
		s, ok := r.sst.get(i)
		if !ok {
			return "", fmt.Errorf("shared string index %d out of %d", i, len(r.sst.ends))
		}
		return s, nil
	case "inlineStr":
		if c.hasInline {
			return c.inline, nil
		}
	}
	return c.v, nil
}

// text reads the character data of an element up to its end.
func text(d *xml.Decoder) (string, error) {
	var sb strings.Builder
	for {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			sb.Write(t)
		case xml.StartElement:
			if err := d.Skip(); err != nil {
				return "", err
			}
		case xml.EndElement:
			return sb.String(), nil
		}
	}
}

// refColumn returns the 1-based column of a cell reference such as "AB12".
func refColumn(ref string) (int, bool) {
	col, i := 0, 0
	for ; i < len(ref); i++ {
		ch := ref[i] | 0x20 // lower case
		if ch < 'a' || ch > 'z' {
			break
		}
		col = col*26 + int(ch-'a'+1)
		if col > 16384 {
			return 0, false
		}
	}
	return col, i > 0
}

// BeyondError is the error for a value in a column beyond the limit.
func (r *Rows) BeyondError() error {
	return &Error{File: r.b.name, Msg: fmt.Sprintf("工作表「%s」第%d行 %s列有内容，超出了可读取的范围（最多 %d 列，到 %s 列）：请删除该处内容（或整列）后再试",
		r.sheet, r.row.Num, ColumnName(r.row.Beyond), r.b.lim.Columns, ColumnName(r.b.lim.Columns))}
}

// ColumnName returns the letters of a 1-based column: 1 → A, 27 → AA.
func ColumnName(col int) string {
	var b []byte
	for ; col > 0; col = (col - 1) / 26 {
		b = append([]byte{byte('A' + (col-1)%26)}, b...)
	}
	return string(b)
}
