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
	byCode map[string]int         // index in the included inputs
	byName map[string][]seenEntry // the included units of a name
}

// seenEntry is an included unit: its index and its code key.
type seenEntry struct {
	i    int
	code string
}

func newSeen() *seen { return &seen{byCode: map[string]int{}, byName: map[string][]seenEntry{}} }

// Why a unit is taken for one included before.
const (
	sameCode     = iota + 1 // the same code
	sameNameNone            // the same name, neither has a code
	sameNameThis            // the same name, this one has no code
	sameNameThat            // the same name, the one included has no code
)

// duplicateOf finds the included unit that is u: the same code, or the
// same name unless both have a code (two units of one name, each with its
// own code, are two units). why is one of sameCode … sameNameThat.
func (s *seen) duplicateOf(u report.Unit) (i, why int, ok bool) {
	code := CodeKey(u.Code)
	if i, ok := s.byCode[code]; ok && code != "" {
		return i, sameCode, true
	}
	for _, e := range s.byName[NameKey(u.Name)] {
		switch {
		case code != "" && e.code != "":
			continue // another code: another unit
		case code == "" && e.code == "":
			return e.i, sameNameNone, true
		case code == "":
			return e.i, sameNameThis, true
		default:
			return e.i, sameNameThat, true
		}
	}
	return 0, 0, false
}

// add records the included unit u at index i.
func (s *seen) add(u report.Unit, i int) {
	code := CodeKey(u.Code)
	if code != "" {
		s.byCode[code] = i
	}
	k := NameKey(u.Name)
	s.byName[k] = append(s.byName[k], seenEntry{i, code})
}

// duplicateMessage says why in is left out as the unit of first.
func duplicateMessage(in, first Input, why int) string {
	u := in.Report.Unit
	var reason string
	switch why {
	case sameCode:
		reason = fmt.Sprintf("统一社会信用代码同为 %s", u.Code)
	case sameNameNone:
		reason = fmt.Sprintf("单位名称同为「%s」，两个文件都没有统一社会信用代码", u.Name)
	case sameNameThis:
		reason = fmt.Sprintf("单位名称同为「%s」，本文件没有统一社会信用代码", u.Name)
	default:
		reason = fmt.Sprintf("单位名称同为「%s」，%s 没有统一社会信用代码", u.Name, first.File)
	}
	msg := fmt.Sprintf("与 %s 是同一单位（%s），只计入先读到的 %s", first.File, reason, first.File)
	if why != sameCode {
		msg += "；如果是两个单位，请在两个文件中都填写统一社会信用代码"
	}
	return msg
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
