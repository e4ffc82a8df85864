package cjk

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Widths used by the tests, in points. A CJK character at 3号 (16 pt) is
// 16 pt wide; an ASCII character is taken as half that, as in a monospaced
// Chinese font.
const (
	cjkPt   = 16.0
	asciiPt = 8.0
)

// fixed measures like a monospaced Chinese font at 16 pt, in points.
func fixed(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case isAttached(r):
		case r < 0x80:
			w += asciiPt
		default:
			w += cjkPt
		}
	}
	return w
}

// checkLines verifies the contract of Break for text and its lines: no
// character lost or duplicated, only whole runs of U+0020 dropped and only
// between lines,
// one hard break per newline, no empty line inside a paragraph, and every
// line within width except a single character or one hanging closing mark.
func checkLines(text string, width float64, measure func(string) float64, lines []string) error {
	for i, line := range lines {
		if strings.ContainsAny(line, "\n") {
			return fmt.Errorf("line %d %q holds a newline", i, line)
		}
		if err := checkWidth(line, width, measure); err != nil {
			return fmt.Errorf("line %d: %w", i, err)
		}
	}
	m := matcher{text: text, lines: lines, failed: map[[2]int]bool{}}
	if !m.match(0, 0) {
		return fmt.Errorf("lines do not give the text back")
	}
	return nil
}

// matcher searches for a way to read text as lines, with spaces dropped and
// hard newlines between them. Spaces make the reading ambiguous (a line of
// one space, or a dropped space?), hence the search.
type matcher struct {
	text   string
	lines  []string
	failed map[[2]int]bool // (line, position) pairs known not to match
}

func (m *matcher) match(i, pos int) bool {
	if i == len(m.lines) {
		rest := m.text[pos:]
		return rest == "" || strings.Trim(rest, " ") == "" && (pos == 0 || m.text[pos-1] != ' ')
	}
	key := [2]int{i, pos}
	if m.failed[key] {
		return false
	}
	rest := m.text[pos:]
	line := m.lines[i]
	if i > 0 {
		skips := []int{0}
		if run := len(rest) - len(strings.TrimLeft(rest, " ")); run > 0 && (pos == 0 || m.text[pos-1] != ' ') {
			skips = append(skips, run) // a whole run of spaces dropped
		}
		for _, skip := range skips {
			r := rest[skip:]
			if nl := newline(r); nl > 0 && m.matchLine(i, pos+skip+nl, line) {
				return true
			}
			if newline(r) == 0 && line != "" && m.matchLine(i, pos+skip, line) {
				return true
			}
		}
	} else if m.matchLine(i, pos, line) {
		return true
	}
	m.failed[key] = true
	return false
}

// matchLine matches line i at pos and the lines after it.
func (m *matcher) matchLine(i, pos int, line string) bool {
	rest := m.text[pos:]
	if !strings.HasPrefix(rest, line) {
		return false
	}
	if line == "" && rest != "" && newline(rest) == 0 {
		return false // an empty line must be an empty paragraph
	}
	return m.match(i+1, pos+len(line))
}

// newline returns the length of the hard newline rest starts with, or 0.
func newline(rest string) int {
	switch {
	case strings.HasPrefix(rest, "\r\n"):
		return 2
	case strings.HasPrefix(rest, "\n"):
		return 1
	}
	return 0
}

// checkWidth reports a line wider than width that is neither a single
// character nor a line whose only overflow is one closing mark.
func checkWidth(line string, width float64, measure func(string) float64) error {
	limit := width + 1e-6
	if measure(line) <= limit || len(clusters(line)) <= 1 {
		return nil
	}
	r, size := utf8.DecodeLastRuneInString(line)
	if isClosing(r) && measure(line[:len(line)-size]) <= limit {
		return nil
	}
	return fmt.Errorf("%q is %.2f wide, more than %.2f", line, measure(line), width)
}
