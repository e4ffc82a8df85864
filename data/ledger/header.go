package ledger

import (
	"strings"

	"golang.org/x/text/width"
)

// maxHeaderScan is how many non-blank rows at the top of a sheet may hold
// titles before the header row.
const maxHeaderScan = 20

// ignoredHeaders are columns that carry nothing to import.
var ignoredHeaders = map[string]bool{"序号": true, "no": true, "no.": true, "行号": true}

// headerSuffixes are notes clerks put after a header, e.g. 「收到日期（必填）」.
var headerSuffixes = []string{"(必填)", "(选填)", "(可选)", "(非必填)", "(必填项)"}

// normHeader prepares a header cell for comparison: half-width, no spaces,
// no required mark (*), no trailing colon or 「（必填）」, lower case.
func normHeader(s string) string {
	s = width.Fold.String(s)
	s = strings.Map(func(r rune) rune {
		if isBlank(r) {
			return -1
		}
		return r
	}, s)
	s = strings.ToLower(strings.Trim(s, "*:"))
	for _, suf := range headerSuffixes {
		s = strings.TrimSuffix(s, suf)
	}
	return strings.Trim(s, "*:")
}

// headerIndex maps, per ledger, every normalised header and synonym to the
// column's index in ledgerColumns.
var headerIndex = func() map[Kind]map[string]int {
	m := make(map[Kind]map[string]int, len(ledgerColumns))
	for k, cols := range ledgerColumns {
		m[k] = make(map[string]int)
		for i, c := range cols {
			m[k][normHeader(c.Label)] = i
			for _, s := range c.Synonyms {
				m[k][normHeader(s)] = i
			}
		}
	}
	return m
}()

// lookupHeader finds the column of ledger k a normalised header names;
// 「…时间」 is read as 「…日期」.
func lookupHeader(k Kind, h string) (int, bool) {
	if i, ok := headerIndex[k][h]; ok {
		return i, true
	}
	if base, ok := strings.CutSuffix(h, "时间"); ok {
		i, ok := headerIndex[k][base+"日期"]
		return i, ok
	}
	return 0, false
}

// layout is a recognised header row: which ledger, and where its columns are.
type layout struct {
	kind    Kind
	cols    []Column
	pos     []int    // cell index of each column, -1 when absent
	headers []string // each column's header as written (trimmed, no *)
	unknown []string // headers that name no column of the ledger
	dups    []string // headers naming a column already found
}

// matchHeader tries row as a header row of ledger k. It always returns the
// layout; complete reports whether every required column is present.
func matchHeader(k Kind, row []string) (lay *layout, complete bool) {
	cols := ledgerColumns[k]
	lay = &layout{kind: k, cols: cols, pos: make([]int, len(cols)), headers: make([]string, len(cols))}
	for i := range lay.pos {
		lay.pos[i] = -1
	}
	for j, cell := range row {
		h := normHeader(cell)
		if h == "" || ignoredHeaders[h] {
			continue
		}
		shown := strings.TrimRight(trimCell(cell), "*＊ \u3000")
		i, ok := lookupHeader(k, h)
		switch {
		case !ok:
			lay.unknown = append(lay.unknown, shown)
		case lay.pos[i] >= 0:
			lay.dups = append(lay.dups, shown)
		default:
			lay.pos[i], lay.headers[i] = j, shown
		}
	}
	lay.standIn()
	return lay, len(lay.missing()) == 0
}

// standIn reads the header of a column that stands for another (see
// Column.standsFor) as that other column when the sheet lacks it.
func (l *layout) standIn() {
	for i, c := range l.cols {
		if c.standsFor == "" || l.pos[i] < 0 {
			continue
		}
		j := colIndex[l.kind][c.standsFor]
		if l.pos[j] < 0 {
			l.pos[j], l.headers[j] = l.pos[i], l.headers[i]
			l.pos[i], l.headers[i] = -1, ""
		}
	}
}

// found counts the columns present.
func (l *layout) found() int {
	n := 0
	for _, p := range l.pos {
		if p >= 0 {
			n++
		}
	}
	return n
}

// missing lists the labels of the required columns not present.
func (l *layout) missing() []string {
	var out []string
	for i, c := range l.cols {
		if (c.Required || c.Present) && l.pos[i] < 0 {
			out = append(out, c.Label)
		}
	}
	return out
}

// detectHeader recognises row as the header row of a ledger: the one whose
// required columns are all present, the one naming most columns when
// several are. near is the closest miss, for a hint, when none is.
func detectHeader(row []string) (lay, near *layout) {
	for _, k := range Kinds {
		l, complete := matchHeader(k, row)
		if complete {
			if lay == nil || l.found() > lay.found() {
				lay = l
			}
			continue
		}
		req := len(RequiredHeaders(k))
		have := req - len(l.missing())
		if have >= 2 && 2*have >= req && (near == nil || l.found() > near.found()) {
			near = l
		}
	}
	if lay != nil {
		return lay, nil
	}
	return nil, near
}
