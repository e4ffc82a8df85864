package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/xxgk/xxgk/report"
)

// splitCatalog reads the 主动公开目录 as `xxgk init --categories` takes it:
// categories separated by line breaks and, within a line, by 、 , ; or a
// tab outside brackets (splitOutsideBrackets). A category may carry its
// 公开时限 in trailing brackets, 「招生考试（每季度）」 or 「招生考试(每季度)」,
// or as the field after it on the same line, 「招生考试<Tab>每季度」 or
// 「招生考试，每季度」. Brackets that hold no 时限 are part of the name
// (「财政信息（预决算、收费）」). Blanks are left out; a category written twice
// keeps its first place, and the last 时限 given.
func splitCatalog(text string) ([]report.CatalogEntry, error) {
	var out []report.CatalogEntry
	at := map[string]int{}
	for _, line := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' }) {
		prev := -1 // the line's category a 时限 field belongs to
		for _, f := range splitOutsideBrackets(strings.ReplaceAll(line, "\t", "、")) {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			if l, ok := limitOf(f); ok {
				if prev < 0 {
					return nil, fmt.Errorf("公开时限「%s」前面没有类别：时限应写在类别之后，如「招生考试（%s）」或「招生考试，%s」", f, l, l)
				}
				out[prev].Limit, prev = l, -1
				continue
			}
			name, l := nameAndLimit(f)
			i, ok := at[name]
			if !ok {
				i = len(out)
				at[name] = i
				out = append(out, report.CatalogEntry{Name: name})
			}
			if l.Kind != report.LimitNone {
				out[i].Limit = l
			}
			prev = i
		}
	}
	return out, nil
}

// limitOf reads s as a 公开时限, and reports whether it is one (not empty).
func limitOf(s string) (report.DisclosureLimit, bool) {
	l, err := report.ParseDisclosureLimit(s)
	return l, err == nil && l.Kind != report.LimitNone
}

// nameAndLimit splits 「招生考试（每季度）」 into the category and its 时限;
// a name whose last brackets hold no 时限 is returned whole.
func nameAndLimit(f string) (string, report.DisclosureLimit) {
	inner, ok := strings.CutSuffix(f, "）")
	if !ok {
		if inner, ok = strings.CutSuffix(f, ")"); !ok {
			return f, report.DisclosureLimit{}
		}
	}
	open := strings.LastIndexAny(inner, "（(")
	if open <= 0 {
		return f, report.DisclosureLimit{}
	}
	_, size := utf8.DecodeRuneInString(inner[open:])
	l, ok := limitOf(inner[open+size:])
	name := strings.TrimSpace(inner[:open])
	if !ok || name == "" {
		return f, report.DisclosureLimit{}
	}
	return name, l
}
