package xlsxrows

// cell is what a <c> element holds.
type cell struct {
	typ       []byte
	v         []byte // raw text of the last <v>, entities undecoded
	hasV      bool
	formula   bool
	inline    string
	hasInline bool
}

// cell reads a <c> element, "<c" taken; col is its column when it names
// none. It returns the cell's column.
func (p *parser) cell(col int) int {
	var c cell
	empty := p.cellAttrs(&col, &c)
	if !empty {
		p.cellContent(&c)
	}
	if !p.ok {
		return col
	}
	val := p.value(&c)
	if !p.ok || val == "" && !c.formula {
		return col
	}
	row := p.row
	if col > p.cfg.Columns {
		if row.Beyond == 0 {
			row.Beyond = col
		}
		return col
	}
	for len(row.Cells) < col {
		row.Cells = append(row.Cells, "")
	}
	row.Cells[col-1] = val
	if c.formula && !c.hasV {
		row.Uncached = append(row.Uncached, col-1)
	}
	return col
}

// cellAttrs reads the attributes r and t; it reports a self-closed cell.
func (p *parser) cellAttrs(col *int, c *cell) (empty bool) {
	gotR, gotT := false, false
	for p.ok {
		name, val, end := p.attr()
		if end != 0 {
			return end == '/'
		}
		switch string(name) {
		case "r":
			if !gotR {
				gotR = true
				if n, ok := refColumn(val); ok {
					*col = n
				} else {
					p.ok = false
				}
			}
		case "t":
			if !gotT {
				gotT = true
				c.typ = val
			}
		}
	}
	return false
}

// cellContent reads <v>, <f> and <is> up to and with </c>.
func (p *parser) cellContent(c *cell) {
	for p.ok {
		p.skipSpace()
		switch {
		case p.lit("</c>"):
			return
		case p.lit("<v>"):
			c.v, c.hasV = p.rawText(), true
			p.ok = p.ok && p.lit("</v>")
		case p.lit("<v/>"):
			c.v, c.hasV = nil, true
		case p.lit("<f") && p.tagEnds():
			c.formula = true
			if _, _, end := p.skipAttrs(); end == '>' {
				p.rawText()
				p.ok = p.ok && p.lit("</f>")
			}
		case p.lit("<is>"):
			c.inline, c.hasInline = p.richText(), true
		default:
			p.ok = false
		}
	}
}

// skipAttrs reads a start tag's attributes to its end, '>' or '/'.
func (p *parser) skipAttrs() (name, val []byte, end byte) {
	for p.ok {
		if _, _, end = p.attr(); end != 0 {
			return nil, nil, end
		}
	}
	return nil, nil, 0
}

// value is the cell's raw value: shared and inline strings looked up,
// everything else as stored.
func (p *parser) value(c *cell) string {
	switch string(c.typ) {
	case "s":
		idx := trimSpace(c.v)
		if len(idx) == 0 {
			return ""
		}
		i := p.number(idx)
		if !p.ok {
			return ""
		}
		s, ok := p.cfg.Strings(i)
		p.ok = ok
		return s
	case "inlineStr":
		if c.hasInline {
			return c.inline
		}
	}
	return p.decode(c.v)
}

// trimSpace trims ASCII whitespace; rawText let no other kind through
// unescaped, and an entity in an index leaves '&' for number to refuse.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}

// refColumn returns the 1-based column of a cell reference such as "AB12",
// as xlsxguard's reader reads it (letters first, the rest unchecked).
func refColumn(ref []byte) (int, bool) {
	col, i := 0, 0
	for ; i < len(ref); i++ {
		if !isLetter(ref[i]) {
			break
		}
		col = col*26 + int(ref[i]|0x20-'a'+1)
		if col > 16384 {
			return 0, false
		}
	}
	return col, i > 0
}
