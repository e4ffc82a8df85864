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
func scanSheet(raw []byte, sst []string, maxCol int) ([][]string, bool) {
	sc := newXMLScan(raw, nsMain, false)
	var rows [][]string
	for t := sc.next(); t.kind != tokEnd; t = sc.next() {
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
			if cells, ok = scanRow(sc, sst, maxCol); !ok {
				return nil, false
			}
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

// scanRow reads the cells of a <row> up to its end.
func scanRow(sc *xmlScan, sst []string, maxCol int) ([]string, bool) {
	var cells []string
	col := 0
	for {
		t := sc.next()
		switch {
		case t.kind == tokEnd:
			return nil, false
		case t.kind == tokClose && string(t.name) == "row":
			return cells, true
		case t.kind != tokStart:
			continue
		case string(t.name) != "c":
			if !skipElement(sc, t) {
				return nil, false
			}
			continue
		}
		c, ok := cellColumn(t.attrs, col)
		if !ok || !cellAttrsOK(t.attrs) {
			return nil, false
		}
		col = c
		val, ok := scanCell(sc, t, sst)
		if !ok {
			return nil, false
		}
		if val == "" {
			continue
		}
		if col > maxCol {
			return nil, false // refused for it through excelize's path
		}
		for len(cells) < col {
			cells = append(cells, "")
		}
		cells[col-1] = val
	}
}

// cellColumn is the column of a <c>: its reference's letters, or the one
// after prev; ok is false for a column not after prev.
func cellColumn(attrs []byte, prev int) (int, bool) {
	ref, ok := attrRaw(attrs, "r")
	if !ok {
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

// cellAttrsOK says whether the attributes excelize parses as numbers
// and booleans on a <c> are such: else excelize may lose the cell.
func cellAttrsOK(attrs []byte) bool {
	for _, a := range []string{"s", "cm", "vm"} {
		if v, ok := attrRaw(attrs, a); ok {
			if _, ok := number(v); !ok {
				return false
			}
		}
	}
	v, ok := attrRaw(attrs, "ph")
	return !ok || string(v) == "0" || string(v) == "1" || string(v) == "true" || string(v) == "false"
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
func scanCell(sc *xmlScan, start xmlToken, sst []string) (string, bool) {
	raw, _ := attrRaw(start.attrs, "t")
	typ := cellType(raw)
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
	var sb strings.Builder
	for {
		t := sc.next()
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
