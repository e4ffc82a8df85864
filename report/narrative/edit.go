package narrative

import (
	"fmt"
	"strings"
)

// TextError is a part's text, typed in a form, that would not read back
// as that part's text: a line at fault, counted from 1.
type TextError struct {
	Line int
	Text string
	Msg  string
}

// Error says which line and why, in Chinese.
func (e *TextError) Error() string {
	return fmt.Sprintf("第%d行「%s」%s", e.Line, clip(e.Text, 20), e.Msg)
}

// CheckText refuses a part's text (as typed on the workbench's form) that
// the file could not hold under its heading: a line that is a heading of
// the file, a line in 【】 that the parser would refuse, or a line starting
// with # or // (a comment, left out of the report).
func CheckText(text string) error {
	for i, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if isComment(line) {
			return &TextError{i + 1, line, "以 # 或 // 开头，会被当作说明而不写进报告；请改写这一行的开头"}
		}
		if inner, rest, ok := bracketed(line); ok {
			if h, known := lookupHeading(inner, true); known {
				return &TextError{i + 1, line, fmt.Sprintf("会被当作标题「%s」；请去掉【】或改写这一行", h)}
			}
			if rest == "" {
				return &TextError{i + 1, line, "单独一行写在【】中，会被当作标题；请去掉【】或改写这一行"}
			}
			continue
		}
		if h, ok := lookupHeading(line, false); ok {
			return &TextError{i + 1, line, fmt.Sprintf("与标题「%s」相同，会被当作标题；请改写这一行或与上下文合成一句", h)}
		}
	}
	return nil
}

// Normalize returns a part's text as the file reads it back: lines
// trimmed, placeholders 「（请在此填写…）」 removed, paragraphs separated by
// one blank line, none before or after. The text should pass CheckText.
func Normalize(text string) string {
	const h = "text"
	p := parser{f: &File{Parts: map[string]string{}}, seen: map[string]int{}}
	_ = p.heading(0, h)
	for i, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if line = strings.TrimSpace(line); line == "" {
			p.endParagraph()
			continue
		}
		_ = p.text(i+1, line) // current is set: text never fails
	}
	p.flush()
	return p.f.Parts[h]
}
