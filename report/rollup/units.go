package rollup

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/xxgk/xxgk/report"
)

// NameKey is how unit names are compared: full- and half-width forms
// folded, spaces and line breaks dropped, so that 「某某县第１中学 」 and
// 「某某县第1中学」 are one unit.
func NameKey(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			return -1
		}
		return r
	}, width.Fold.String(name))
}

// CodeKey is how 统一社会信用代码 are compared: folded, without spaces,
// upper case.
func CodeKey(code string) string {
	return strings.ToUpper(NameKey(code))
}

// seen indexes the units included so far by code and by name key, to find
// duplicates without comparing every pair.
type seen struct {
	byCode, byName map[string]int // index in the included inputs
}

func newSeen() *seen { return &seen{byCode: map[string]int{}, byName: map[string]int{}} }

// duplicateOf finds the included unit that is u: the same code when both
// have one, or the same name. why says which.
func (s *seen) duplicateOf(u report.Unit) (i int, why string, ok bool) {
	if i, ok := s.byCode[CodeKey(u.Code)]; ok && u.Code != "" {
		return i, fmt.Sprintf("统一社会信用代码同为 %s", u.Code), true
	}
	if i, ok := s.byName[NameKey(u.Name)]; ok {
		return i, fmt.Sprintf("单位名称同为「%s」", u.Name), true
	}
	return 0, "", false
}

// add records the included unit u at index i.
func (s *seen) add(u report.Unit, i int) {
	if k := CodeKey(u.Code); k != "" {
		s.byCode[k] = i
	}
	s.byName[NameKey(u.Name)] = i
}

// missing lists the expected units that no included unit matches: by code
// when both sides have one, else by name.
func missing(expected []Expected, units []Input) []Expected {
	byCode, byName := map[string]bool{}, map[string]bool{}
	for _, in := range units {
		u := in.Report.Unit
		if k := CodeKey(u.Code); k != "" {
			byCode[k] = true
		} else {
			byName[NameKey(u.Name)] = true
		}
	}
	// A unit that has a code can still be matched by name by an expected
	// unit listed without one.
	allNames := map[string]bool{}
	for _, in := range units {
		allNames[NameKey(in.Report.Unit.Name)] = true
	}
	var out []Expected
	for _, e := range expected {
		code, name := CodeKey(e.Code), NameKey(e.Name)
		found := allNames[name]
		if code != "" {
			found = byCode[code] || byName[name]
		}
		if !found {
			out = append(out, e)
		}
	}
	return out
}
