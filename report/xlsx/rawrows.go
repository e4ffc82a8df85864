package xlsx

import (
	"bytes"
	"compress/flate"
	"hash/crc32"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// rawRows writes the rows of one worksheet as sheet XML (<row> and <c>
// elements) straight into a deflate stream, in place of excelize's
// StreamWriter.SetRow: the 汇总情况 workbook of thousands of units has
// hundreds of thousands of cells, and SetRow cost a cell name, an xlsxC
// and an escaped copy of the text for each, and a temporary file once a
// sheet passed 16 MB. The cells are those SetRow writes (the same values,
// types and styles as excelize reads them back); sortedZip puts the rows
// into the sheet's part, between the <sheetData> tags excelize wrote.
type rawRows struct {
	z    bytes.Buffer // the compressed rows, flushed but not final
	fw   *flate.Writer
	crc  uint32 // of the uncompressed rows
	size int64  // of the uncompressed rows
	b    []byte // rows not yet compressed
	cols []string
	row  string // the number of the row being written
}

// rawRowsLevel is how hard the rows are compressed: deflate took half the
// time of writing the workbook at the default level, and its fastest
// level leaves the file about a third larger.
const rawRowsLevel = flate.BestSpeed

// rawRowsChunk is how many bytes of XML are gathered before they are
// compressed.
const rawRowsChunk = 64 << 10

func newRawRows() *rawRows {
	r := &rawRows{b: make([]byte, 0, rawRowsChunk+4096)}
	r.fw, _ = flate.NewWriter(&r.z, rawRowsLevel) // the level is valid
	return r
}

// startRow begins row n, height points tall (excelize's RowOpts.Height:
// none when 0).
func (r *rawRows) startRow(n int, height float64) {
	r.row = strconv.Itoa(n)
	r.b = append(r.b, `<row r="`...)
	r.b = append(r.b, r.row...)
	r.b = append(r.b, '"')
	if height > 0 {
		r.b = append(r.b, ` ht="`...)
		r.b = strconv.AppendFloat(r.b, height, 'f', -1, 64)
		r.b = append(r.b, `" customHeight="1"`...)
	}
	r.b = append(r.b, '>')
}

// endRow ends the row, compressing what has gathered.
func (r *rawRows) endRow() error {
	r.b = append(r.b, `</row>`...)
	if len(r.b) >= rawRowsChunk {
		return r.compress()
	}
	return nil
}

func (r *rawRows) compress() error {
	r.crc = crc32.Update(r.crc, crc32.IEEETable, r.b)
	r.size += int64(len(r.b))
	_, err := r.fw.Write(r.b)
	r.b = r.b[:0]
	return err
}

// close compresses the last rows; the stream is flushed, not ended, so
// that the rest of the part can follow it.
func (r *rawRows) close() error {
	if err := r.compress(); err != nil {
		return err
	}
	return r.fw.Flush()
}

// open writes <c r="{ref}" s="{style}" and, when given, t="{t}">.
func (r *rawRows) open(col, style int, t string) {
	for len(r.cols) < col {
		name, _ := excelize.ColumnNumberToName(len(r.cols) + 1) // a column of a sheet's layout
		r.cols = append(r.cols, name)
	}
	r.b = append(r.b, `<c r="`...)
	r.b = append(r.b, r.cols[col-1]...)
	r.b = append(r.b, r.row...)
	r.b = append(r.b, '"')
	if style != 0 {
		r.b = append(r.b, ` s="`...)
		r.b = strconv.AppendInt(r.b, int64(style), 10)
		r.b = append(r.b, '"')
	}
	if t != "" {
		r.b = append(r.b, ` t="`...)
		r.b = append(r.b, t...)
		r.b = append(r.b, '"')
	}
	r.b = append(r.b, '>')
}

// empty writes a cell with a style and no value.
func (r *rawRows) empty(col, style int) {
	r.open(col, style, "")
	r.b = append(r.b, `</c>`...)
}

// integer writes a number cell holding n.
func (r *rawRows) integer(col, style, n int) {
	r.open(col, style, "")
	r.b = append(r.b, `<v>`...)
	r.b = strconv.AppendInt(r.b, int64(n), 10)
	r.b = append(r.b, `</v></c>`...)
}

// float writes a number cell holding x as excelize writes a float64: at
// most 15 significant digits.
func (r *rawRows) float(col, style int, x float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		r.text(col, style, strconv.FormatFloat(x, 'g', -1, 64))
		return
	}
	r.open(col, style, "")
	r.b = append(r.b, `<v>`...)
	r.b = append(r.b, cellFloat(x)...)
	r.b = append(r.b, `</v></c>`...)
}

// text writes an inline string cell holding s.
func (r *rawRows) text(col, style int, s string) {
	if len(s) > excelize.TotalCellChars { // in bytes; cut as excelize cuts
		s = cutUTF16(s, excelize.TotalCellChars)
	}
	r.open(col, style, "inlineStr")
	r.b = append(r.b, `<is><t`...)
	if s != "" && (isSpaceByte(s[0]) || isSpaceByte(s[len(s)-1])) {
		r.b = append(r.b, ` xml:space="preserve"`...)
	}
	r.b = append(r.b, '>')
	r.b = appendCellText(r.b, s)
	r.b = append(r.b, `</t></is></c>`...)
}

// value writes v, an int, a float64, a string or nil (a styled empty
// cell), as StreamWriter.SetRow writes it.
func (r *rawRows) value(col, style int, v any) {
	switch v := v.(type) {
	case nil:
		r.empty(col, style)
	case int:
		r.integer(col, style, v)
	case float64:
		r.float(col, style, v)
	case string:
		r.text(col, style, v)
	default:
		panic("xlsx: raw cell of unexpected type") // the writers here put no other
	}
}

// isSpaceByte is the whitespace that makes excelize mark a text's
// spaces as preserved when it begins or ends one.
func isSpaceByte(b byte) bool { return b == '\t' || b == '\n' || b == '\r' || b == ' ' }

// appendCellText appends s escaped for the <t> of a cell: XML's markup
// characters as entities, a carriage return as &#xD; (XML would read it
// as a line feed), the other control characters XML cannot hold as
// Excel's _xHHHH_ escapes, and an underscore that would begin such an
// escape as _x005F_, so that Excel and excelize read s back unchanged.
// Bytes that are not UTF-8 become U+FFFD, as encoding/xml makes them.
func appendCellText(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && n == 1, r == 0xFFFE, r == 0xFFFF:
				b = append(b, "\uFFFD"...)
			default:
				b = append(b, s[i:i+n]...)
			}
			i += n
			continue
		}
		switch {
		case c == '&':
			b = append(b, "&amp;"...)
		case c == '<':
			b = append(b, "&lt;"...)
		case c == '>':
			b = append(b, "&gt;"...)
		case c == '\r':
			b = append(b, "&#xD;"...)
		case c == '\t' || c == '\n':
			b = append(b, c)
		case c < 0x20:
			b = append(b, "_x00"...)
			b = append(b, hexDigits[c>>4], hexDigits[c&0xF], '_')
		case c == '_' && isXEscape(s[i:]):
			b = append(b, "_x005F_"...)
		default:
			b = append(b, c)
		}
		i++
	}
	return b
}

const hexDigits = "0123456789ABCDEF"

// isXEscape tells whether s begins with _xHHHH_, which Excel would read
// as an escaped character.
func isXEscape(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// cutUTF16 cuts s to its first n UTF-16 units, as excelize cuts a text
// longer than a cell holds.
func cutUTF16(s string, n int) string {
	used := 0
	for i, r := range s {
		used += utf16.RuneLen(r)
		if used > n {
			return s[:i]
		}
	}
	return s
}

// cellFloat formats x as excelize does for a float64 cell: the shortest
// decimal, at most 15 significant digits (Excel's limit).
func cellFloat(x float64) string {
	str := strconv.FormatFloat(x, 'f', -1, 64)
	if math.Abs(x) == math.MaxFloat64 {
		return str
	}
	const maxPrec = 15
	decimal := strings.IndexByte(str, '.')
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		significant++
		if significant <= maxPrec {
			continue
		}
		if decimal >= 0 && idx > decimal {
			return strings.TrimSuffix(str[:idx], ".")
		}
		if decimal < 0 {
			decimal = len(str)
		}
		truncated := []byte(str[:decimal])
		for ; idx < len(truncated); idx++ {
			truncated[idx] = '0'
		}
		return string(truncated)
	}
	return str
}
