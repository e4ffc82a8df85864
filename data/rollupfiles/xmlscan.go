package rollupfiles

import (
	"bytes"
	"encoding/binary"
	"strconv"
	"strings"
	"unicode/utf8"
)

// xmlScan is a strict, allocation-light pass over an XML part, for the
// parts of an export read without excelize (sheetscan.go). It checks what
// encoding/xml checks of a well-formed document — balanced tags, quoted
// attributes, known entities, valid UTF-8, no control characters — and
// gives up (ok false) on anything it does not expect: a DOCTYPE, CDATA,
// a comment or processing instruction after the declaration. Giving up is
// never a refusal: the workbook is then read through excelize.
//
// The root element must declare ns as its default namespace, and no other
// element may declare one; with prefixed set, no element may have a
// namespace prefix either (names are given with their prefix, so that
// x:row is never taken for row).
type xmlScan struct {
	ns       string
	prefixed bool // elements may have a namespace prefix
	b        []byte
	i        int
	stack    [][]byte // open elements' names
	shut     []byte   // the local name of a self-closing tag just read
	ok       bool
	root     bool     // the root element was seen
	words    *scratch // keeps short texts seen before; may be nil
}

// Token kinds.
const (
	tokEnd   = iota // the document ended (or ok went false)
	tokStart        // a start tag; empty set when it closes itself
	tokClose        // an end tag, or the end of a self-closing tag
	tokText
)

// xmlToken is one token: a start tag's local name and raw attributes, or
// a run of text (raw, entities not yet decoded).
type xmlToken struct {
	kind  int
	name  []byte // the element's name, with its prefix if it has one
	attrs []byte // raw attribute text of a start tag
	text  []byte
	empty bool // a start tag that closes itself
}

// newXMLScan starts a scan of b; a document that is not valid UTF-8 or
// holds a control character is given up at once, as is one whose XML
// declaration names a version other than 1.0 or an encoding other than
// UTF-8 (encoding/xml refuses those). words, when not nil, keeps the
// short texts the scan gives (str).
func newXMLScan(b []byte, ns string, prefixed bool, words *scratch) *xmlScan {
	s := &xmlScan{b: b, ns: ns, prefixed: prefixed, ok: utf8.Valid(b) && !hasControl(b), words: words}
	if s.ok && bytes.HasPrefix(b, []byte("<?xml")) {
		end := bytes.Index(b, []byte("?>"))
		if end < 0 || !declarationOK(b[len("<?xml"):end]) {
			s.ok = false
		} else {
			s.i = end + 2
		}
	}
	return s
}

// hasControl says whether b holds a control character other than tab,
// line feed and carriage return. It looks at eight bytes at a time: a
// word with no byte below 0x20 (nearly every word of XML) is passed at
// once.
func hasControl(b []byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		if (w-0x20*ones)&^w&highs == 0 {
			continue // no byte below 0x20
		}
		if controlIn(b[i : i+8]) {
			return true
		}
	}
	return controlIn(b[i:])
}

// controlIn is hasControl a byte at a time.
func controlIn(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return true
		}
	}
	return false
}

// declarationOK says whether the text of an XML declaration after <?xml
// declares version 1.0 and UTF-8, or nothing of them.
func declarationOK(d []byte) bool {
	if len(d) == 0 || !isSpace(d[0]) {
		return false // <?xml-stylesheet …?> or the like
	}
	for k := 0; ; {
		for k < len(d) && isSpace(d[k]) {
			k++
		}
		if k == len(d) {
			break
		}
		var ok bool
		if k, ok = scanAttr(d, k); !ok {
			return false
		}
	}
	if v, ok := attrRaw(d, "version"); ok && string(v) != "1.0" {
		return false
	}
	if v, ok := attrRaw(d, "encoding"); ok && !strings.EqualFold(string(v), "utf-8") {
		return false
	}
	return true
}

// str is decodeText(t), a short text seen before given as the same string.
func (s *xmlScan) str(t []byte) string {
	if bytes.IndexByte(t, '&') < 0 && bytes.IndexByte(t, '\r') < 0 {
		return s.words.str(t)
	}
	return decodeText(t)
}

// next returns the next token; tokEnd at the end of a well-formed
// document, and when it gives up (then s.ok is false).
func (s *xmlScan) next() xmlToken {
	if !s.ok {
		return xmlToken{}
	}
	if s.shut != nil { // a self-closing tag's end
		t := xmlToken{kind: tokClose, name: s.shut}
		s.shut = nil
		return t
	}
	if s.i >= len(s.b) {
		s.ok = len(s.stack) == 0 && s.root
		return xmlToken{}
	}
	if s.b[s.i] != '<' {
		return s.text()
	}
	if s.i+1 < len(s.b) && s.b[s.i+1] == '/' {
		return s.endTag()
	}
	return s.startTag()
}

func (s *xmlScan) fail() xmlToken {
	s.ok = false
	return xmlToken{}
}

// text reads character data up to the next tag.
func (s *xmlScan) text() xmlToken {
	j := bytes.IndexByte(s.b[s.i:], '<')
	if j < 0 {
		j = len(s.b) - s.i
	}
	t := s.b[s.i : s.i+j]
	s.i += j
	if len(s.stack) == 0 && len(bytes.TrimSpace(t)) > 0 || !entitiesOK(t) || bytes.Contains(t, []byte("]]>")) {
		return s.fail()
	}
	return xmlToken{kind: tokText, text: t}
}

// startTag reads <name attr="v" …> or <name …/>.
func (s *xmlScan) startTag() xmlToken {
	if len(s.stack) == 0 && s.root {
		return s.fail() // a second root element
	}
	j := s.i + 1
	name, j := scanName(s.b, j)
	if name == nil || !s.prefixed && bytes.IndexByte(name, ':') >= 0 {
		return s.fail() // <!…>, <?…?>, garbage or a prefix
	}
	k := j
	var ns []byte // the xmlns attribute's raw value, when there is one
	hasNS := false
	for {
		for k < len(s.b) && isSpace(s.b[k]) {
			k++
		}
		if k >= len(s.b) {
			return s.fail()
		}
		switch s.b[k] {
		case '>', '/':
			attrs := s.b[j:k]
			empty := s.b[k] == '/'
			if empty {
				if k+1 >= len(s.b) || s.b[k+1] != '>' {
					return s.fail()
				}
				k++
			}
			if s.root && hasNS || !s.root && (!hasNS || decodeText(ns) != s.ns) {
				return s.fail() // the default namespace is other or changes
			}
			s.i = k + 1
			s.root = true
			if empty {
				s.shut = name
			} else {
				s.stack = append(s.stack, name)
			}
			return xmlToken{kind: tokStart, name: name, attrs: attrs, empty: empty}
		}
		if k == j || !isSpace(s.b[k-1]) {
			return s.fail() // attributes must be apart
		}
		start := k
		var ok bool
		if k, ok = scanAttr(s.b, k); !ok {
			return s.fail()
		}
		if !hasNS && bytes.HasPrefix(s.b[start:k], []byte("xmlns")) {
			if n, _ := scanName(s.b, start); string(n) == "xmlns" {
				// the first xmlns counts, as attrValue finds it
				hasNS = true
				q := bytes.IndexAny(s.b[start:k], `"'`)
				ns = s.b[start+q+1 : k-1]
			}
		}
	}
}

// endTag reads </name>, which must close the open element.
func (s *xmlScan) endTag() xmlToken {
	name, j := scanName(s.b, s.i+2)
	for j < len(s.b) && isSpace(s.b[j]) {
		j++
	}
	n := len(s.stack)
	if name == nil || j >= len(s.b) || s.b[j] != '>' || n == 0 || !bytes.Equal(s.stack[n-1], name) {
		return s.fail()
	}
	s.stack = s.stack[:n-1]
	s.i = j + 1
	return xmlToken{kind: tokClose, name: name}
}

// scanAttr reads name = "value" from k, returning the index after it.
func scanAttr(b []byte, k int) (int, bool) {
	name, k := scanName(b, k)
	if name == nil {
		return k, false
	}
	for k < len(b) && isSpace(b[k]) {
		k++
	}
	if k >= len(b) || b[k] != '=' {
		return k, false
	}
	k++
	for k < len(b) && isSpace(b[k]) {
		k++
	}
	if k >= len(b) || b[k] != '"' && b[k] != '\'' {
		return k, false
	}
	end := bytes.IndexByte(b[k+1:], b[k])
	if end < 0 {
		return k, false
	}
	v := b[k+1 : k+1+end]
	if bytes.IndexByte(v, '<') >= 0 || !entitiesOK(v) {
		return k, false
	}
	return k + 2 + end, true
}

// scanName reads an XML name at j (ASCII names only: anything else gives
// up); nil when there is none.
func scanName(b []byte, j int) ([]byte, int) {
	start := j
	for j < len(b) {
		c := b[j]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || j > start && (c >= '0' && c <= '9' || c == '-' || c == '.') {
			j++
			continue
		}
		break
	}
	if j == start {
		return nil, j
	}
	return b[start:j], j
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// attrValue returns the decoded value of the attribute name (no prefix)
// in raw attribute text, and whether it is there.
func attrValue(attrs []byte, name string) (string, bool) {
	v, ok := attrRaw(attrs, name)
	if !ok {
		return "", false
	}
	return decodeText(v), true
}

// attrRaw returns the attribute's value as written, entities and all: no
// copy is made.
func attrRaw(attrs []byte, name string) ([]byte, bool) {
	for k := 0; ; {
		n, v, next, _ := nextAttr(attrs, k)
		if n == nil {
			return nil, false
		}
		if string(n) == name {
			return v, true
		}
		k = next
	}
}

// nextAttr reads the attribute that starts at or after k in a start tag's
// raw attribute text: its name, its value as written (no copy) and where
// the next one may start. n is nil when none is left; end then says
// whether the text ended there (only spaces after the last attribute)
// rather than holding something that is no attribute.
func nextAttr(attrs []byte, k int) (n, v []byte, next int, end bool) {
	for k < len(attrs) && isSpace(attrs[k]) {
		k++
	}
	n, j := scanName(attrs, k)
	if n == nil {
		return nil, nil, k, k >= len(attrs)
	}
	for j < len(attrs) && attrs[j] != '"' && attrs[j] != '\'' {
		j++
	}
	if j >= len(attrs) {
		return nil, nil, j, false
	}
	q := bytes.IndexByte(attrs[j+1:], attrs[j])
	if q < 0 {
		return nil, nil, len(attrs), false
	}
	return n, attrs[j+1 : j+1+q], j + 2 + q, false
}

// entitiesOK says whether every & in t starts a known entity or a valid
// character reference.
func entitiesOK(t []byte) bool {
	for {
		i := bytes.IndexByte(t, '&')
		if i < 0 {
			return true
		}
		t = t[i+1:]
		end := bytes.IndexByte(t, ';')
		if end < 0 {
			return false
		}
		if _, ok := entity(t[:end]); !ok {
			return false
		}
		t = t[end+1:]
	}
}

// entity decodes the entity name between & and ;.
func entity(e []byte) (string, bool) {
	switch string(e) {
	case "amp":
		return "&", true
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "quot":
		return `"`, true
	case "apos":
		return "'", true
	}
	if len(e) < 2 || e[0] != '#' {
		return "", false
	}
	var n uint64
	var err error
	if e[1] == 'x' {
		n, err = strconv.ParseUint(string(e[2:]), 16, 32)
	} else {
		n, err = strconv.ParseUint(string(e[1:]), 10, 32)
	}
	r := rune(n)
	if err != nil || !utf8.ValidRune(r) || r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
		return "", false
	}
	return string(r), true
}

// decodeText decodes the entities of checked text (entitiesOK) and turns
// \r\n and \r into \n, as encoding/xml does.
func decodeText(t []byte) string {
	if bytes.IndexByte(t, '&') < 0 && bytes.IndexByte(t, '\r') < 0 {
		return string(t)
	}
	var sb strings.Builder
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case '&':
			end := bytes.IndexByte(t[i:], ';')
			v, _ := entity(t[i+1 : i+end])
			sb.WriteString(v)
			i += end
		case '\r':
			sb.WriteByte('\n')
			if i+1 < len(t) && t[i+1] == '\n' {
				i++
			}
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}
