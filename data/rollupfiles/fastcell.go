package rollupfiles

import (
	"bytes"

	"github.com/xxgk/xxgk/data/xlsxguard"
)

// fastCell reads a <c> element at the scan's position in one pass when it
// is written exactly as xxgk (excelize) writes one — attributes r, s and t
// only, in double quotes, plain ASCII values; no content, a <v> of plain
// text, or an <is><t> of plain text — and returns its column and raw
// value, having moved the scan past it. Plain text holds no '<', '>', '&'
// or '\r', so it is its own decoded value. For anything else it returns
// ok false without moving, and scanRow reads the cell token by token:
// every cell the shortcut takes, the token scan reads to the same value
// (TestFastCellIsTokenScan). prev is the column of the cell before.
//
// before holds, by column, what the same row of the sheet room held for
// the file read before (nil: nothing): a text equal to the one there is
// given as that string, with neither a copy nor a lookup — the 数据
// sheets of 3,000 exports hold the same codes row by row.
func fastCell(sc *xmlScan, sst []string, prev int, before []string) (col int, val string, ok bool) {
	if sc.words != nil && sc.words.tokensOnly {
		return 0, "", false
	}
	b := sc.b[sc.i:]
	if !sc.ok || sc.shut != nil || len(b) < 4 || b[0] != '<' || b[1] != 'c' {
		return 0, "", false
	}
	var ref, typ []byte
	hasRef, seen := false, [3]bool{}
	k := 2
	for {
		if k >= len(b) {
			return 0, "", false
		}
		if b[k] == '>' || b[k] == '/' {
			break
		}
		if b[k] != ' ' || k+4 > len(b) || b[k+2] != '=' || b[k+3] != '"' {
			return 0, "", false
		}
		name := b[k+1]
		end := k + 4
		for end < len(b) && plainAttrByte(b[end]) {
			end++
		}
		if end >= len(b) || b[end] != '"' {
			return 0, "", false
		}
		v := b[k+4 : end]
		var i int
		switch name {
		case 'r':
			i, ref, hasRef = 0, v, true
		case 's':
			if _, ok := number(v); !ok {
				return 0, "", false
			}
			i = 1
		case 't':
			i, typ = 2, v
		default:
			return 0, "", false
		}
		if seen[i] {
			return 0, "", false
		}
		seen[i] = true
		k = end + 1
	}
	col, ok = cellColumn(ref, hasRef, prev)
	if !ok {
		return 0, "", false
	}
	t := cellType(typ)
	if b[k] == '/' { // <c …/>
		if k+1 >= len(b) || b[k+1] != '>' || t == "?" {
			return 0, "", false
		}
		sc.i += k + 2
		return col, "", true
	}
	rest := b[k+1:]
	var v, inline string
	var hasV, hasInline bool
	n := 0 // bytes of rest read, up to </c>
	switch {
	case bytes.HasPrefix(rest, []byte("</c>")):
	case bytes.HasPrefix(rest, []byte("<v>")):
		text, m, ok := plainText(rest[3:], "</v>")
		if !ok {
			return 0, "", false
		}
		v, hasV, n = sameText(sc, text, before, col), true, 3+m
	case bytes.HasPrefix(rest, []byte("<is><t>")):
		text, m, ok := plainText(rest[7:], "</t></is>")
		if !ok {
			return 0, "", false
		}
		inline, hasInline, n = xlsxguard.UnescapeX(sameText(sc, text, before, col)), true, 7+m
	default:
		return 0, "", false
	}
	if !bytes.HasPrefix(rest[n:], []byte("</c>")) {
		return 0, "", false
	}
	val, ok = cellValue(t, v, hasV, inline, hasInline, sst)
	if !ok {
		return 0, "", false
	}
	sc.i += k + 1 + n + len("</c>")
	return col, val, true
}

// sameText is text as a string: before[col-1] when it holds the same
// bytes (any string of the same bytes is the same value), else sc.str's.
func sameText(sc *xmlScan, text []byte, before []string, col int) string {
	if col <= len(before) && string(text) == before[col-1] {
		return before[col-1]
	}
	return sc.str(text)
}

// plainAttrByte says whether c may stand in an attribute value fastCell
// reads: ASCII letters and digits.
func plainAttrByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// plainText reads text up to the next '<', which must start close: the
// text, and how many bytes were read to the end of close. ok is false for
// text holding '>', '&' or '\r' (which the token scan checks or decodes)
// or not followed by close.
func plainText(b []byte, close string) ([]byte, int, bool) {
	j := bytes.IndexByte(b, '<')
	if j < 0 {
		return nil, 0, false
	}
	text := b[:j]
	if bytes.IndexByte(text, '>') >= 0 || bytes.IndexByte(text, '&') >= 0 || bytes.IndexByte(text, '\r') >= 0 {
		return nil, 0, false
	}
	if !bytes.HasPrefix(b[j:], []byte(close)) {
		return nil, 0, false
	}
	return text, j + len(close), true
}

// fastItem reads a shared string <si><t>text</t></si> of plain text (see
// plainText) at the scan's position in one pass, as stringItem reads it,
// and moves the scan past it; ok is false, the scan unmoved, for any
// other.
func fastItem(sc *xmlScan) (string, bool) {
	if sc.words != nil && sc.words.tokensOnly || !sc.ok || sc.shut != nil || len(sc.stack) != 1 {
		return "", false
	}
	b := sc.b[sc.i:]
	if !bytes.HasPrefix(b, []byte("<si><t>")) {
		return "", false
	}
	text, n, ok := plainText(b[len("<si><t>"):], "</t></si>")
	if !ok {
		return "", false
	}
	sc.i += len("<si><t>") + n
	return xlsxguard.UnescapeX(sc.str(text)), true
}

// nextRow is next, reading a start tag written <row r="N"> (N digits, as
// xxgk writes it) in one pass: the token next gives for it, the row open.
func (s *xmlScan) nextRow() xmlToken {
	if s.words == nil || !s.words.tokensOnly {
		if t, ok := s.fastRowStart(); ok {
			return t
		}
	}
	return s.next()
}

// rowTag is the start tag fastRowStart reads, up to the row's number.
const rowTag = `<row r="`

// fastRowStart reads <row r="N"> inside an element (the root seen, so
// that startTag would check nothing more of it).
func (s *xmlScan) fastRowStart() (xmlToken, bool) {
	b := s.b[s.i:]
	if !s.ok || s.shut != nil || len(s.stack) == 0 || !bytes.HasPrefix(b, []byte(rowTag)) {
		return xmlToken{}, false
	}
	k := len(rowTag)
	for k < len(b) && b[k] >= '0' && b[k] <= '9' {
		k++
	}
	if k == len(rowTag) || k+1 >= len(b) || b[k] != '"' || b[k+1] != '>' {
		return xmlToken{}, false
	}
	name := b[1:4]
	s.stack = append(s.stack, name)
	s.i += k + 2
	return xmlToken{kind: tokStart, name: name, attrs: b[4 : k+1]}, true
}

// fastClose reads the end tag </name> written so, closing the open
// element name, in one pass; false, the scan unmoved, for anything else.
func (s *xmlScan) fastClose(name string) bool {
	if s.words != nil && s.words.tokensOnly || !s.ok || s.shut != nil {
		return false
	}
	b, n := s.b[s.i:], len(s.stack)
	if len(b) < len(name)+3 || b[0] != '<' || b[1] != '/' || string(b[2:2+len(name)]) != name || b[2+len(name)] != '>' ||
		n == 0 || string(s.stack[n-1]) != name {
		return false
	}
	s.stack = s.stack[:n-1]
	s.i += len(name) + 3
	return true
}
