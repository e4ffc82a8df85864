package xlsxrows

// maxDepth bounds the nesting inside an inline string.
const maxDepth = 8

// parser walks one row's bytes; ok turns false at the first thing it does
// not understand, after which every step is a no-op.
type parser struct {
	b       []byte
	i       int
	ok      bool
	cfg     *Config
	row     *Row
	scratch []byte
}

// Parse reads the <row> element that buf starts with (after optional
// whitespace) into row, prev being the number of the row before it (0 for
// none). It returns the bytes the row took. On Unknown row.Num is prev and
// the rest of row is to be reset by whoever reads the row instead.
func Parse(buf []byte, prev int, cfg *Config, row *Row) (int, Result) {
	p := parser{b: buf, ok: true, cfg: cfg, row: row}
	p.skipSpace()
	if !p.lit("<row") || !p.tagEnds() {
		return 0, Unknown
	}
	row.Cells, row.Uncached, row.Beyond, row.Hidden = row.Cells[:0], row.Uncached[:0], 0, false
	row.Num = prev + 1
	empty := p.rowAttrs()
	if !empty {
		p.cells()
	}
	if !p.ok || row.Num < 1 || row.Num > cfg.MaxRow {
		row.Num = prev
		return 0, Unknown
	}
	return p.i, OK
}

// rowAttrs reads the row's attributes; it reports a self-closed row.
func (p *parser) rowAttrs() (empty bool) {
	gotR, gotH := false, false
	for p.ok {
		name, val, end := p.attr()
		if end != 0 {
			return end == '/'
		}
		switch string(name) {
		case "r":
			if !gotR {
				gotR = true
				p.row.Num = p.number(val)
			}
		case "hidden":
			if !gotH {
				gotH = true
				p.row.Hidden = string(val) == "1" || string(val) == "true"
			}
		}
	}
	return false
}

// cells reads the row's content up to and with </row>.
func (p *parser) cells() {
	col := 0
	for p.ok {
		p.skipSpace()
		switch {
		case p.lit("</row>"):
			return
		case p.lit("<c") && p.tagEnds():
			col = p.cell(col + 1)
		default:
			p.ok = false
		}
	}
}

// number is the decimal value of digits, at most 9 of them.
func (p *parser) number(digits []byte) int {
	if len(digits) == 0 || len(digits) > 9 {
		p.ok = false
		return 0
	}
	n := 0
	for _, d := range digits {
		if d < '0' || d > '9' {
			p.ok = false
			return 0
		}
		n = n*10 + int(d-'0')
	}
	return n
}

// lit takes s if the bytes continue with it.
func (p *parser) lit(s string) bool {
	if p.ok && len(p.b)-p.i >= len(s) && string(p.b[p.i:p.i+len(s)]) == s {
		p.i += len(s)
		return true
	}
	return false
}

// tagEnds checks that the name just taken ends there.
func (p *parser) tagEnds() bool {
	if p.i >= len(p.b) {
		p.ok = false
		return false
	}
	switch p.b[p.i] {
	case ' ', '\t', '\n', '\r', '>', '/':
		return true
	}
	p.ok = false
	return false
}

// skipSpace skips XML whitespace between elements, where encoding/xml's
// reader ignores character data.
func (p *parser) skipSpace() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}
