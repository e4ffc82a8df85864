package xlsxrows

// richText reads an inline string, "<is>" taken, up to and with its end
// tag: the text of its <t> elements, plain or in runs, as xlsxguard's
// reader reads it. Phonetic guides (<rPh>) are not understood here.
func (p *parser) richText() string {
	p.scratch = p.scratch[:0]
	var open [maxDepth][]byte
	open[0] = []byte("is")
	depth, inT := 1, 0
	for p.ok && depth > 0 {
		if p.i >= len(p.b) {
			p.ok = false
			break
		}
		if p.b[p.i] != '<' {
			raw := p.rawText()
			if inT > 0 && p.ok {
				p.scratch = p.appendDecoded(p.scratch, raw)
			}
			continue
		}
		if p.lit("</") {
			name := p.name()
			if !p.ok || string(name) != string(open[depth-1]) || !p.lit(">") {
				p.ok = false
				break
			}
			depth--
			if string(name) == "t" {
				inT--
			}
			continue
		}
		p.i++
		name := p.name()
		if !p.ok || string(name) == "rPh" || !p.tagEnds() {
			p.ok = false
			break
		}
		if _, _, end := p.skipAttrs(); end == '>' {
			if depth == maxDepth {
				p.ok = false
				break
			}
			open[depth] = name
			depth++
			if string(name) == "t" {
				inT++
			}
		}
	}
	if !p.ok {
		return ""
	}
	return p.cfg.Unescape(string(p.scratch))
}

// name takes an unprefixed element name.
func (p *parser) name() []byte {
	start := p.i
	for p.i < len(p.b) && isNameByte(p.b[p.i]) {
		if p.b[p.i] == ':' {
			p.ok = false
			return nil
		}
		p.i++
	}
	name := p.b[start:p.i]
	if len(name) == 0 || !(isLetter(name[0]) || name[0] == '_') {
		p.ok = false
	}
	return name
}
