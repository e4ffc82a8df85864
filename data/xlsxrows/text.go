package xlsxrows

import (
	"strconv"
	"unicode/utf8"
)

// rawText takes character data up to the next '<', checking it as
// encoding/xml would; entities are checked but left undecoded. A carriage
// return (which encoding/xml rewrites), "]]>", or an entity other than the
// five predefined ones and character references is not understood.
func (p *parser) rawText() []byte {
	start := p.i
	for p.ok && p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '<':
			return p.b[start:p.i]
		case c == '&':
			_, n := entity(p.b[p.i:])
			if n == 0 {
				p.ok = false
			}
			p.i += n
		case c == ']':
			if len(p.b)-p.i < 3 || string(p.b[p.i:p.i+3]) == "]]>" {
				p.ok = false
			}
			p.i++
		case c < 0x20:
			p.ok = c == '\t' || c == '\n'
			p.i++
		case c >= 0x80:
			r, n := utf8.DecodeRune(p.b[p.i:])
			p.ok = n > 1 && inCharRange(r)
			p.i += n
		default:
			p.i++
		}
	}
	p.ok = false
	return nil
}

// decode returns raw text checked by rawText with its entities decoded.
func (p *parser) decode(raw []byte) string {
	if !hasAmp(raw) {
		return string(raw)
	}
	return string(p.appendDecoded(nil, raw))
}

func hasAmp(b []byte) bool {
	for _, c := range b {
		if c == '&' {
			return true
		}
	}
	return false
}

// appendDecoded appends raw text checked by rawText, entities decoded.
func (p *parser) appendDecoded(dst, raw []byte) []byte {
	for i := 0; i < len(raw); {
		if raw[i] != '&' {
			dst = append(dst, raw[i])
			i++
			continue
		}
		r, n := entity(raw[i:])
		dst = utf8.AppendRune(dst, r)
		i += n
	}
	return dst
}

// entity decodes the entity b starts with, giving its length, 0 when it
// is not one this package understands.
func entity(b []byte) (rune, int) {
	end := 0
	for end < len(b) && end < 12 && b[end] != ';' {
		end++
	}
	if end >= len(b) || b[end] != ';' {
		return 0, 0
	}
	name := string(b[1:end])
	switch name {
	case "lt":
		return '<', end + 1
	case "gt":
		return '>', end + 1
	case "amp":
		return '&', end + 1
	case "apos":
		return '\'', end + 1
	case "quot":
		return '"', end + 1
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, 0
	}
	digits, base := name[1:], 10
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if digits == "" || digits[0] == '+' || digits[0] == '-' {
		return 0, 0
	}
	n, err := strconv.ParseUint(digits, base, 32)
	if err != nil || !inCharRange(rune(n)) {
		return 0, 0
	}
	return rune(n), end + 1
}

// inCharRange is XML's Char production, as encoding/xml checks it.
func inCharRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
