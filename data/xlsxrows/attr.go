package xlsxrows

// attr reads the next attribute of a start tag: its name and raw value, or
// end '>' or '/' when the tag ends there (">" or "/>" taken). Only plain
// values are understood: no entity, no '<', no control character, ASCII
// only; a prefixed name whose local part Parse looks at is not understood
// either, since encoding/xml would then read it as that name.
func (p *parser) attr() (name, val []byte, end byte) {
	p.skipSpace()
	if p.i >= len(p.b) {
		p.ok = false
		return nil, nil, 0
	}
	switch p.b[p.i] {
	case '>':
		p.i++
		return nil, nil, '>'
	case '/':
		if !p.lit("/>") {
			p.ok = false
		}
		return nil, nil, '/'
	}
	start := p.i
	for p.i < len(p.b) && isNameByte(p.b[p.i]) {
		p.i++
	}
	name = p.b[start:p.i]
	if !p.plainName(name) || p.i+1 >= len(p.b) || p.b[p.i] != '=' {
		p.ok = false
		return nil, nil, 0
	}
	q := p.b[p.i+1]
	if q != '"' && q != '\'' {
		p.ok = false
		return nil, nil, 0
	}
	p.i += 2
	start = p.i
	for ; p.i < len(p.b) && p.b[p.i] != q; p.i++ {
		if c := p.b[p.i]; c == '<' || c == '&' || c < 0x20 || c >= 0x80 {
			p.ok = false
			return nil, nil, 0
		}
	}
	if p.i >= len(p.b) {
		p.ok = false
		return nil, nil, 0
	}
	val = p.b[start:p.i]
	p.i++
	// encoding/xml wants no more than whitespace or the tag's end next.
	if p.i >= len(p.b) || !isSpaceOrEnd(p.b[p.i]) {
		p.ok = false
	}
	return name, val, 0
}

// plainName accepts a name starting with a letter or '_'; one with a
// prefix only when its local part is none Parse reads.
func (p *parser) plainName(name []byte) bool {
	if len(name) == 0 || !(isLetter(name[0]) || name[0] == '_') {
		return false
	}
	for i, c := range name {
		if c != ':' {
			continue
		}
		switch string(name[i+1:]) {
		case "", "r", "t", "hidden":
			return false
		}
		for _, c2 := range name[i+1:] {
			if c2 == ':' {
				return false
			}
		}
		return isLetter(name[i+1]) || name[i+1] == '_'
	}
	return true
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isNameByte(c byte) bool {
	return isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == ':'
}

func isSpaceOrEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '>', '/':
		return true
	}
	return false
}
