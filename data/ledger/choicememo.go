package ledger

// maxMemo bounds the values remembered for one column of a sheet.
const maxMemo = 256

// choiceHit is a choice column's value, parsed.
type choiceHit struct {
	code string
	ok   bool
}

// choiceMemo remembers, per column of one sheet, what its choice values
// parse to: a ledger repeats a handful of values (自然人, 网络, 予以公开)
// down its rows, and parsing folds and normalises every one of them.
// parse is a pure function of the value, so the memo changes nothing but
// the time taken.
type choiceMemo struct {
	cols []map[string]choiceHit
}

// parse is ch.parse(v) for column i, from the memo when it was seen.
func (m *choiceMemo) parse(i int, ch chooser, v string) (string, bool) {
	if i >= len(m.cols) {
		m.cols = append(m.cols, make([]map[string]choiceHit, i+1-len(m.cols))...)
	}
	if h, ok := m.cols[i][v]; ok {
		return h.code, h.ok
	}
	code, ok := ch.parse(v)
	if m.cols[i] == nil {
		m.cols[i] = make(map[string]choiceHit)
	}
	if len(m.cols[i]) < maxMemo {
		m.cols[i][v] = choiceHit{code, ok}
	}
	return code, ok
}
