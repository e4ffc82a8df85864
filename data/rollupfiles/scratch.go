package rollupfiles

// scratch is the memory one worker of ReadAll reuses from file to file:
// the file read, the zip part being scanned, and the short texts seen
// before (the 数据 sheet's codes, the tables' labels, small numbers), so
// that reading 3,000 files allocates per file only what the roll-up keeps.
// A scratch is never shared between goroutines.
type scratch struct {
	file  []byte // the file read (load)
	part  []byte // the zip part being scanned (zipParts.readInto)
	words map[string]string
	// sheets are the rows of the workbook's sheets, in sheet order, as
	// scanZip gives them: nothing of them outlives the file read.
	sheets []*sheetRoom
	// tokensOnly turns fastCell off, for tests comparing it with the
	// token scan; never set outside tests.
	tokensOnly bool
}

// maxKeptRoom is the most room a scratch keeps for the next file: an
// export needs tens of KB, and one large file must not hold its room (up
// to the size cap) for the rest of a roll-up.
const maxKeptRoom = 4 << 20

// trim lets go of room grown beyond maxKeptRoom.
func (s *scratch) trim() {
	if cap(s.file) > maxKeptRoom {
		s.file = nil
	}
	if cap(s.part) > maxKeptRoom {
		s.part = nil
	}
	for _, r := range s.sheets {
		if cap(r.arena) > maxKeptCells || cap(r.rows) > maxKeptCells {
			*r = sheetRoom{}
		}
	}
	if len(s.sheets) > maxKeptSheets {
		s.sheets = s.sheets[:maxKeptSheets]
	}
}

// Bounds of the sheets' room a scratch keeps: an export has five sheets
// of at most a few thousand cells.
const (
	maxKeptCells  = 1 << 16
	maxKeptSheets = 16
)

// sheet is the room of the workbook's i-th sheet.
func (s *scratch) sheet(i int) *sheetRoom {
	for len(s.sheets) <= i {
		s.sheets = append(s.sheets, &sheetRoom{})
	}
	return s.sheets[i]
}

// Bounds of scratch.words: texts up to maxWordLen bytes are kept, up to
// maxWords of them, whatever the files hold.
const (
	maxWordLen = 64
	maxWords   = 1 << 14
)

// str returns b as a string, the same string as before when b was seen
// before: strings are immutable, so files may share them.
func (s *scratch) str(b []byte) string {
	if s == nil || len(b) > maxWordLen {
		return string(b)
	}
	if w, ok := s.words[string(b)]; ok { // no allocation for the lookup
		return w
	}
	w := string(b)
	if s.words == nil {
		s.words = make(map[string]string, 1024)
	}
	if len(s.words) < maxWords {
		s.words[w] = w
	}
	return w
}
