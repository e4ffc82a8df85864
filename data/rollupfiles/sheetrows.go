package rollupfiles

import (
	"strconv"
	"strings"
)

// maxSheetRow is Excel's last row.
const maxSheetRow = 1 << 20

// scanSheet reads a worksheet part's rows as excelize's GetRows gives
// them with raw values: rows by number, a gap as a nil row, cells by
// column, shared strings looked up in sst. ok is false for anything
// excelize might read otherwise (see scanBook).
//
// The rows' cells are carved out of one growing slice, and short texts
// come from words (see scratch), so that a row costs no allocation of its
// own.
func scanSheet(raw []byte, sst []string, maxCol int, words *scratch) ([][]string, bool) {
	return scanSheetInto(raw, sst, maxCol, words, &sheetRoom{})
}

// sheetRoom is the memory of one sheet's rows, reused from file to file
// (scratch.sheets): the rows and the cells they are carved out of.
type sheetRoom struct {
	rows  [][]string
	arena []string
}

// scanSheetInto is scanSheet carving the rows out of room's memory, which
// it keeps for the next file: what it returns is good until room is used
// again.
func scanSheetInto(raw []byte, sst []string, maxCol int, words *scratch, room *sheetRoom) ([][]string, bool) {
	sc := newXMLScan(raw, nsMain, false, words)
	rows := room.rows[:0]
	arena := room.arena[:0] // the cells of every row, one after the other
	defer func() { room.rows, room.arena = rows[:0], arena[:0] }()
	for t := sc.nextRow(); t.kind != tokEnd; t = sc.nextRow() {
		if t.kind != tokStart || string(t.name) != "row" {
			continue
		}
		num := len(rows) + 1
		if v, ok := attrRaw(t.attrs, "r"); ok {
			n, ok := number(v)
			if !ok || n < num || n > maxSheetRow {
				return nil, false
			}
			num = n
		}
		var cells []string
		if !t.empty {
			var ok bool
			start := len(arena)
			if arena, ok = scanRow(sc, sst, maxCol, arena); !ok {
				return nil, false
			}
			cells = arena[start:len(arena):len(arena)]
		}
		if len(cells) == 0 {
			continue // no value: excelize leaves it out, or a gap
		}
		for len(rows) < num-1 {
			rows = append(rows, nil)
		}
		rows = append(rows, cells)
	}
	return rows, sc.ok
}

// scanRow reads the cells of a <row> up to its end, appending them to
// arena.
func scanRow(sc *xmlScan, sst []string, maxCol int, arena []string) ([]string, bool) {
	base := len(arena)
	col := 0
	for {
		if sc.fastClose("row") {
			return arena, true
		}
		// What this row's cells held for the file before, from base on:
		// the cells not yet written over (those from len(arena) on).
		if c, val, ok := fastCell(sc, sst, col, arena[base:cap(arena)]); ok {
			col = c
			if val == "" {
				continue
			}
			if col > maxCol {
				return nil, false
			}
			arena = placeCell(arena, base, col, val)
			continue
		}
		t := sc.next()
		switch {
		case t.kind == tokEnd:
			return nil, false
		case t.kind == tokClose && string(t.name) == "row":
			return arena, true
		case t.kind != tokStart:
			continue
		case string(t.name) != "c":
			if !skipElement(sc, t) {
				return nil, false
			}
			continue
		}
		a, ok := readCellAttrs(t.attrs)
		if !ok {
			return nil, false
		}
		c, ok := cellColumn(a.ref, a.hasRef, col)
		if !ok {
			return nil, false
		}
		col = c
		val, ok := scanCell(sc, t, a.typ, sst)
		if !ok {
			return nil, false
		}
		if val == "" {
			continue
		}
		if col > maxCol {
			return nil, false // refused for it through excelize's path
		}
		arena = placeCell(arena, base, col, val)
	}
}

// placeCell puts val in column col of the row starting at base in arena,
// the columns before it blank when not yet set.
func placeCell(arena []string, base, col int, val string) []string {
	for len(arena)-base < col {
		arena = append(arena, "")
	}
	arena[base+col-1] = val
	return arena
}

// cellAttrs are the attributes of a <c> scanRow looks at.
type cellAttrs struct {
	ref    []byte // r, when hasRef
	hasRef bool
	typ    []byte // t, as written ("" when absent)
}

// readCellAttrs reads a <c>'s attributes in one pass (the first of each
// name counts, as attrRaw finds it); ok is false when one excelize parses
// as a number or a boolean is not such (cellAttrsOK): excelize may then
// lose the cell.
func readCellAttrs(attrs []byte) (cellAttrs, bool) {
	var a cellAttrs
	var seen [6]bool // r t s cm vm ph
	for k := 0; ; {
		n, v, next, end := nextAttr(attrs, k)
		if n == nil {
			return a, end
		}
		k = next
		i := cellAttrIndex(n)
		if i < 0 || seen[i] {
			continue
		}
		seen[i] = true
		switch i {
		case 0:
			a.ref, a.hasRef = v, true
		case 1:
			a.typ = v
		case 2, 3, 4:
			if _, ok := number(v); !ok {
				return a, false
			}
		case 5:
			if s := string(v); s != "0" && s != "1" && s != "true" && s != "false" {
				return a, false
			}
		}
	}
}

// cellAttrIndex numbers the attributes readCellAttrs looks at; -1 for
// any other.
func cellAttrIndex(n []byte) int {
	switch string(n) {
	case "r":
		return 0
	case "t":
		return 1
	case "s":
		return 2
	case "cm":
		return 3
	case "vm":
		return 4
	case "ph":
		return 5
	}
	return -1
}

// cellColumn is the column of a <c>: its reference's letters, or the one
// after prev when it has none; ok is false for a column not after prev.
func cellColumn(ref []byte, hasRef bool, prev int) (int, bool) {
	if !hasRef {
		return prev + 1, true
	}
	col, i := 0, 0
	for ; i < len(ref); i++ {
		ch := ref[i]
		if ch < 'A' || ch > 'Z' {
			break
		}
		col = col*26 + int(ch-'A'+1)
		if col > 16384 {
			return 0, false
		}
	}
	if _, ok := number(ref[i:]); i == 0 || !ok || col <= prev {
		return 0, false
	}
	return col, true
}

// number reads a run of ASCII digits, at most 9 of them.
func number(v []byte) (int, bool) {
	if len(v) == 0 || len(v) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range v {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// scanCell reads a <c> element to its end and returns its raw value. Only
// numbers, shared, inline and formula-result strings without a formula
// are expected.
func scanCell(sc *xmlScan, start xmlToken, rawType []byte, sst []string) (string, bool) {
	typ := cellType(rawType)
	if start.empty {
		return "", typ == "" || typ == "n" || typ == "s" || typ == "str" || typ == "inlineStr"
	}
	var v, inline string
	hasV, hasInline := false, false
	for {
		t := sc.next()
		switch {
		case t.kind == tokEnd:
			return "", false
		case t.kind == tokClose && string(t.name) == "c":
			return cellValue(typ, v, hasV, inline, hasInline, sst)
		case t.kind != tokStart:
			continue
		}
		switch string(t.name) {
		case "v":
			var ok bool
			if v, ok = elementText(sc, t); !ok {
				return "", false
			}
			hasV = true
		case "is":
			if t.empty {
				hasInline = true
				continue
			}
			var ok bool
			if inline, ok = stringItem(sc); !ok {
				return "", false
			}
			hasInline = true
		default: // a formula (<f>) or anything else: excelize reads it
			return "", false
		}
	}
}

// cellType interns the cell types scanCell expects; any other is "?".
func cellType(t []byte) string {
	for _, typ := range []string{"", "n", "s", "str", "inlineStr"} {
		if string(t) == typ {
			return typ
		}
	}
	return "?"
}

// cellValue is a cell's raw value as excelize gives it.
func cellValue(typ, v string, hasV bool, inline string, hasInline bool, sst []string) (string, bool) {
	switch typ {
	case "", "n", "str":
		return v, !hasInline
	case "s":
		if strings.TrimSpace(v) == "" {
			return "", false
		}
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(sst) || hasInline {
			return "", false
		}
		return sst[i], true
	case "inlineStr":
		return inline, hasInline && !hasV
	}
	return "", false
}

// elementText reads the text of a simple element up to its end; a child
// element is unexpected.
func elementText(sc *xmlScan, start xmlToken) (string, bool) {
	if start.empty {
		return "", true
	}
	t := sc.next()
	switch t.kind {
	case tokClose:
		return "", true
	case tokText:
	default:
		return "", false
	}
	first := t.text // nearly always the whole text
	if t = sc.next(); t.kind == tokClose {
		return sc.str(first), true
	}
	var sb strings.Builder
	sb.WriteString(decodeText(first))
	for ; ; t = sc.next() {
		switch t.kind {
		case tokText:
			sb.WriteString(decodeText(t.text))
		case tokClose:
			return sb.String(), true
		default:
			return "", false
		}
	}
}

// skipElement reads past an element whose content is not needed.
func skipElement(sc *xmlScan, start xmlToken) bool {
	depth := 1
	if start.empty {
		depth = 0
		sc.next() // its end
	}
	for depth > 0 {
		switch sc.next().kind {
		case tokEnd:
			return false
		case tokStart:
			depth++
		case tokClose:
			depth--
		}
	}
	return true
}
