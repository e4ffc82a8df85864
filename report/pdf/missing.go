package pdf

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Characters the PDF cannot set: a character none of the document's fonts
// has would print as an empty box, and one above U+FFFF (an emoji, a name
// in CJK extension B or later) that no face on the machine has (wide.go)
// cannot be set at all. Either is set as a placeholder and named in a
// note, with where it is. The
// placeholder is 〓 (U+3013), the mark Chinese typesetting uses for a
// character it has no type for: a reader sees at once that a character is
// missing there, where □ looks like a font's own empty box or a real
// character (□ is in the text of many documents).

// placeholders are the marks tried in order: the first any font has.
var placeholders = []rune{'〓', '□', '?'}

// Limits of a note, so that a text full of such characters gives a
// readable sentence.
const (
	maxNotedChars  = 12 // characters listed
	maxNotedPlaces = 4  // places listed per character
)

// charGuard replaces the characters the fonts cannot set and records
// where each was.
type charGuard struct {
	can    func(rune) bool // the fonts can set r
	mark   rune
	places map[rune][]string
	order  []rune // characters in the order met
}

// newGuard makes a guard for the fonts of b.
func newGuard(b *fontBook) *charGuard {
	return &charGuard{can: b.drawable, mark: b.mark, places: map[rune][]string{}}
}

// placeholder is the first of placeholders that one of the fonts has.
func (b *fontBook) placeholder() rune {
	for _, r := range placeholders {
		if b.drawable(r) {
			return r
		}
	}
	return placeholders[len(placeholders)-1]
}

// drawable reports whether one of the fonts has r and fpdf can set it; a
// character above U+FFFF through the copy of a face that has it (wide.go).
func (b *fontBook) drawable(r rune) bool {
	if isWide(r) {
		return b.wideDrawable(r)
	}
	if r > 0xFFFD || r < ' ' || (r >= 0x7F && r < 0xA0) || r == utf8.RuneError {
		return false
	}
	for _, f := range b.order {
		if b.cover[f].has(r) {
			return true
		}
	}
	return false
}

// invisible reports whether r shows nothing (a joiner, a variation
// selector, a direction mark, a soft hyphen): one no font has is dropped
// rather than marked.
func invisible(r rune) bool {
	return unicode.In(r, unicode.Cf, unicode.Variation_Selector)
}

// text returns s with every character the fonts cannot set replaced by
// the mark, recording where. Line breaks are kept (CR LF and a lone CR
// become LF) and a tab becomes a space.
func (g *charGuard) text(s, where string) string { return g.clean(s, where, true) }

// line is text for a string drawn as one line (a sign-off line, a name):
// line breaks become spaces too.
func (g *charGuard) line(s, where string) string { return g.clean(s, where, false) }

// quiet is line without a note, for the document's properties: what they
// hold is in the text too, and noted there.
func (g *charGuard) quiet(s string) string { return g.clean(s, "", false) }

func (g *charGuard) clean(s, where string, multiline bool) string {
	if g.settable(s, multiline) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			if multiline {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		case r == '\t':
			b.WriteByte(' ')
		case g.can(r):
			b.WriteRune(r)
		case invisible(r):
		default:
			b.WriteRune(g.mark)
			g.note(r, where)
		}
	}
	return b.String()
}

// settable reports whether s needs no change.
func (g *charGuard) settable(s string, multiline bool) bool {
	for _, r := range s {
		if !g.can(r) && !(multiline && r == '\n') {
			return false
		}
	}
	return true
}

// note records that r was replaced at where (nowhere: not recorded).
func (g *charGuard) note(r rune, where string) {
	if where == "" {
		return
	}
	ps, seen := g.places[r]
	if !seen {
		g.order = append(g.order, r)
	}
	for _, p := range ps {
		if p == where {
			return
		}
	}
	g.places[r] = append(ps, where)
}

// notes are the sentences telling the user what was replaced: one for the
// characters above U+FFFF that no face on the machine has, one for the
// others that the document's fonts lack.
func (g *charGuard) notes() []string {
	var wide, absent []rune
	for _, r := range g.order {
		if r > 0xFFFF {
			wide = append(wide, r)
		} else {
			absent = append(absent, r)
		}
	}
	var out []string
	if len(wide) > 0 {
		out = append(out, fmt.Sprintf("本机的字体中都没有这些字符（CJK 扩展 B 区及以后的生僻字、表情符号等），PDF 中已用「%c」代替：%s。"+
			"可用 --font-dir 指定含这些字符的 TrueType 字体所在的文件夹（如 Windows 的 simsunb.ttf，"+
			"Debian/Ubuntu 运行 sudo apt-get install fonts-hanazono）；网页、Excel 和 JSON 中照常显示。", g.mark, g.list(wide)))
	}
	if len(absent) > 0 {
		out = append(out, fmt.Sprintf("PDF 所用的字体中没有这些字符，已用「%c」代替：%s。"+
			"可用 --font-dir 指定含这些字的字体；网页、Excel 和 JSON 中照常显示。", g.mark, g.list(absent)))
	}
	return out
}

// list names the characters and their places: 「😀」（U+1F600，在标题、落款）.
func (g *charGuard) list(rs []rune) string {
	var parts []string
	for i, r := range rs {
		if i == maxNotedChars {
			parts = append(parts, fmt.Sprintf("等共 %d 个字符", len(rs)))
			break
		}
		ps := g.places[r]
		where := strings.Join(ps[:min(len(ps), maxNotedPlaces)], "、")
		if len(ps) > maxNotedPlaces {
			where += "等处"
		}
		name := fmt.Sprintf("（U+%04X，在%s）", r, where)
		if unicode.IsPrint(r) && r != utf8.RuneError {
			name = "「" + string(r) + "」" + name
		}
		parts = append(parts, name)
	}
	return strings.Join(parts, "、")
}

// report sends the notes to note, when set.
func (g *charGuard) report(note func(string)) {
	if note == nil {
		return
	}
	for _, n := range g.notes() {
		note(n)
	}
}
