package narrative

import (
	"fmt"
	"io"
	"strings"

	"github.com/xxgk/xxgk/report/textfile"
)

// ParseError is a narrative file the parser refuses, with the line at fault.
type ParseError = textfile.Error

// maxFileSize bounds a narrative file; a real one is a few kilobytes.
const maxFileSize = 4 << 20

// Parse reads a narrative file (see the package comment for the format).
// It takes UTF-8 with or without BOM and CRLF line ends; a file Notepad saved
// as 「Unicode」 (UTF-16 with BOM) or 「ANSI」 (GBK on a Chinese Windows) is
// converted. Errors are *ParseError in Chinese with the line number: text
// before the first heading, an unknown heading in 【】, a heading given twice.
func Parse(r io.Reader, name string) (*File, error) {
	text, err := textfile.Read(r, name, "年报文字", maxFileSize)
	if err != nil {
		return nil, err
	}
	p := parser{name: name, f: &File{Parts: map[string]string{}}, seen: map[string]int{}}
	for i, line := range strings.Split(text, "\n") {
		if err := p.line(i+1, strings.TrimSpace(strings.TrimSuffix(line, "\r"))); err != nil {
			return nil, err
		}
	}
	p.flush()
	return p.f, nil
}

type parser struct {
	name    string
	f       *File
	seen    map[string]int // heading → line
	current string         // heading being read, "" before the first
	paras   []string       // finished paragraphs of current
	lines   []string       // lines of the paragraph being read
}

func (p *parser) line(n int, line string) error {
	switch {
	case line == "":
		p.endParagraph()
		return nil
	case isComment(line):
		return nil
	}
	if inner, rest, ok := bracketed(line); ok {
		h, known := lookupHeading(inner, true)
		switch {
		case known:
			if err := p.heading(n, h); err != nil || rest == "" {
				return err
			}
			line = rest // 【（一）主动公开】我局…: the heading, then text
		case rest == "":
			return &ParseError{Name: p.name, Line: n, Msg: fmt.Sprintf(
				"不认识的标题「%s」；标题应为以下之一（放在【】中，单独占一行）：%s",
				line, strings.Join(Headings(), "、"))}
		}
		return p.text(n, line)
	}
	if h, ok := lookupHeading(line, false); ok {
		return p.heading(n, h)
	}
	return p.text(n, line)
}

// text adds a line of the unit's text to the current part.
func (p *parser) text(n int, line string) error {
	line = stripPlaceholders(line)
	if line == "" {
		return nil
	}
	if p.current == "" {
		return &ParseError{Name: p.name, Line: n, Msg: fmt.Sprintf(
			"正文「%s」写在了第一个标题之前；请把它移到相应的标题（如【一、总体情况】）下面，或在行首加 # 作为说明",
			clip(line, 20))}
	}
	p.lines = append(p.lines, line)
	return nil
}

func (p *parser) heading(n int, h string) error {
	if first, dup := p.seen[h]; dup {
		return &ParseError{Name: p.name, Line: n, Msg: fmt.Sprintf(
			"标题「%s」重复出现（第%d行已有）；请把两处文字合并到一处", h, first)}
	}
	p.flush()
	p.seen[h] = n
	p.current = h
	p.f.Order = append(p.f.Order, h)
	p.f.Parts[h] = ""
	return nil
}

func (p *parser) endParagraph() {
	if len(p.lines) > 0 {
		p.paras = append(p.paras, strings.Join(p.lines, "\n"))
		p.lines = nil
	}
}

// flush stores the paragraphs read under the current heading.
func (p *parser) flush() {
	p.endParagraph()
	if p.current != "" {
		p.f.Parts[p.current] = strings.Join(p.paras, "\n\n")
	}
	p.paras = nil
}

// clip shortens s to n runes for a message.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
