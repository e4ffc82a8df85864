// Package narrative turns a unit's figures and its own words into the
// published annual report (report.PublishedReport): the opening paragraph,
// the sentences that carry figures (generated from the same AnnualReport
// that fills the tables, worded by templates/text/narrative_*.tmpl), and the
// clerk's text read from a narrative file (年报文字) edited in Notepad.
//
// The narrative file is plain text, one part per heading:
//
//	# 以 # 或 // 开头的行是说明，不进入报告
//	【前言】
//	网站：示例县人民政府门户网站（http://www.example.gov.cn）
//	联系电话：0000-1234567
//
//	【一、总体情况】
//	【（一）主动公开】
//	本单位的文字……
//
//	第二段……
//
// A heading starts a line, in 【】 (or [] ［］), or is the plain heading alone
// on its line; full- and half-width forms, spaces and punctuation inside it
// do not matter, and in brackets the number may be left out (【主动公开】).
// Text after 【…】 on the same line belongs to that part. Paragraphs are
// separated by blank lines; the lines of a paragraph are joined. Lines
// starting with # or // are comments. Placeholders 「（请在此填写…）」 count as
// no text. UTF-8 with or without BOM, CRLF, and Notepad's 「Unicode」 and
// 「ANSI」 (GBK) encodings are read.
//
// The generated sentences are never taken from the file: Build always writes
// them fresh from the figures, so they cannot disagree with the tables, and
// the starter file shows them as 「#〔自动〕」 comment lines only — the clerk
// may keep, edit or delete those lines without effect on the report.
package narrative

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/xxgk/xxgk/report"
	"golang.org/x/text/width"
)

// OpeningPart is the heading of the optional part before section 一: lines
// 「网站：…」「联系电话：…」 and so on for the opening paragraph, and any
// paragraphs of the unit's own to follow it.
const OpeningPart = "前言"

// FileName is the usual name of a unit's narrative file for a year,
// e.g. 「示例县教育局-2025年年报文字.txt」.
func FileName(unit string, year int) string {
	return fmt.Sprintf("%s-%d年年报文字.txt", unit, year)
}

// File is a unit's narrative text for one year: the clerk's own words per
// section and sub-head.
type File struct {
	// Parts maps a canonical heading (OpeningPart, a report.SectionTitles
	// or report.OverviewSubheads entry) to its text: paragraphs separated by
	// "\n\n", the lines of a paragraph by "\n". A heading given without
	// text maps to "".
	Parts map[string]string
	// Order lists the headings in the order the file gives them.
	Order []string
}

// Paragraphs returns the paragraphs under heading, each with its lines
// joined, or nil when the heading has no text.
func (f *File) Paragraphs(heading string) []string {
	if f == nil || strings.TrimSpace(f.Parts[heading]) == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(f.Parts[heading], "\n\n") {
		if p = joinLines(strings.Split(p, "\n")); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// joinLines joins the lines of one paragraph: Chinese text runs on without
// a space; a space is kept between two Latin words or numbers.
func joinLines(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if b.Len() > 0 {
			prev := []rune(b.String())
			if isLatin(prev[len(prev)-1]) && isLatin([]rune(l)[0]) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

func isLatin(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// Headings lists every heading a narrative file may hold, in report order:
// the opening part, section 一, its sub-heads, then sections 二 to 六.
func Headings() []string {
	out := []string{OpeningPart, report.SectionTitles[0]}
	out = append(out, report.OverviewSubheads...)
	return append(out, report.SectionTitles[1:]...)
}

// headingKey folds a heading for comparison: full-width to half-width,
// and only letters and digits kept (spaces and punctuation dropped).
func headingKey(s string) string {
	s = width.Fold.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// stripNumber drops a leading 「一、」「（一）」 from a folded key's source.
func stripNumber(key string) string {
	return strings.TrimLeft(key, "一二三四五六七八九十")
}

// lookupHeading returns the canonical heading a line names. bracketed
// lines may leave out the number (【主动公开】).
func lookupHeading(line string, bracketed bool) (string, bool) {
	k := headingKey(line)
	if k == "" {
		return "", false
	}
	for _, h := range Headings() {
		hk := headingKey(h)
		if k == hk || (bracketed && k == stripNumber(hk)) {
			return h, true
		}
	}
	if bracketed && (k == "开头" || k == "开篇" || k == "引言") {
		return OpeningPart, true
	}
	return "", false
}

// bracketed splits a trimmed line that opens with a bracketed heading
// (【…】, […] or ［…］) into what is inside the brackets and the text after
// them, if any.
func bracketed(line string) (inner, rest string, ok bool) {
	for _, p := range [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}, {"〖", "〗"}} {
		if !strings.HasPrefix(line, p[0]) {
			continue
		}
		in, after, found := strings.Cut(line[len(p[0]):], p[1])
		if found {
			return in, strings.TrimSpace(after), true
		}
	}
	return "", "", false
}

// isComment reports whether a trimmed line is a comment.
func isComment(line string) bool {
	f := width.Fold.String(line)
	return strings.HasPrefix(f, "#") || strings.HasPrefix(f, "//")
}

// PlaceholderPrefix starts every placeholder 「（请在此填写…）」.
const PlaceholderPrefix = "（请在此填写"

// stripPlaceholders removes every 「（请在此填写…）」 from a line (full- or
// half-width brackets).
func stripPlaceholders(line string) string {
	for _, open := range []string{PlaceholderPrefix, "(请在此填写"} {
		for {
			i := strings.Index(line, open)
			if i < 0 {
				break
			}
			rest := line[i+len(open):]
			j := strings.IndexAny(rest, "）)")
			if j < 0 {
				line = line[:i]
				break
			}
			_, size := utf8.DecodeRuneInString(rest[j:])
			line = line[:i] + rest[j+size:]
		}
	}
	return strings.TrimSpace(line)
}
