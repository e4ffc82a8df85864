package statfile

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clerks write the statutory labels in many ways: full- or half-width
// punctuation, with or without the numbering 「一、」「（三）」「1.」, with stray
// spaces and line breaks, with or without the quotes of 「“三安全一稳定”」 or
// the explanation in brackets after 「部分公开」. A label is therefore compared
// by its key: width-folded, the number prefix and every bracketed part
// dropped, and only letters and digits kept.

// fold maps the full-width forms of ASCII (「（」「１」「．」…) to ASCII and
// the ideographic space to a space.
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFEE0
		case r == 0x3000:
			return ' '
		}
		return r
	}, s)
}

// squeeze folds s and removes every space, line break and invisible mark.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			return -1
		}
		return r
	}, fold(s))
}

// numberPrefix matches the numbering a clerk may put before a label, once
// folded and squeezed: 「一、」「(三)」「1.」「2、」「3)」「①」.
var numberPrefix = regexp.MustCompile(`^(?:[一二三四五六七八九十]+[、.,]|\([一二三四五六七八九十0-9]+\)[、.,]?|[0-9]+[、.,)]|[①-⑳])`)

// labelKey returns the key by which a label is compared; see the comment
// at the top of this file.
func labelKey(s string) string {
	s = squeeze(s)
	if s == "" {
		return ""
	}
	s = numberPrefix.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, "其它", "其他") // a common variant
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '【' || r == '[':
			depth++
		case (r == ')' || r == '】' || r == ']') && depth > 0:
			depth--
		case depth == 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// titlePattern finds 「{单位}{年}年政府信息公开工作年度报告」 in a squeezed
// title cell.
var titlePattern = regexp.MustCompile(`(.*?)([0-9]{4})年度?政府信息公开工作年度报告`)

// parseTitle returns the unit and year a title cell states, or ok false.
func parseTitle(s string) (unit string, year int, ok bool) {
	m := titlePattern.FindStringSubmatch(squeeze(s))
	if m == nil {
		return "", 0, false
	}
	year, err := strconv.Atoi(m[2])
	if err != nil || year < 1900 || year > 2999 {
		return "", 0, false
	}
	unit = m[1]
	if i := strings.LastIndexAny(unit, ":》」】"); i >= 0 {
		_, size := utf8.DecodeRuneInString(unit[i:])
		unit = unit[i+size:]
	}
	unit = strings.TrimLeft(unit, "《「【“\"'")
	return unit, year, true
}
