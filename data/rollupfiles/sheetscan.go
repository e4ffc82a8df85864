package rollupfiles

import (
	"archive/zip"
	"bytes"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/xxgk/xxgk/data/xlsxguard"
)

// scanBook reads every worksheet of the workbook data straight from its
// zip with xmlScan: the workbook part found through _rels/.rels, its
// sheets through workbook.xml and its rels, shared strings resolved. It
// gives the cells excelize's GetRows gives (raw values), and ok false for
// anything unexpected — a part missing or damaged, a cell type other than
// a number or a string, a formula, rows or cells out of order, a value
// beyond lim.Columns — for excelize to read the workbook instead. The
// caller has already checked the zip through xlsxguard.
func scanBook(data []byte, lim xlsxguard.Limits) (*bookSheets, bool) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, false
	}
	return scanZip(zr, lim, &scratch{})
}

// scanZip is scanBook on a zip already open, reading every part into sc's
// memory in turn (what is kept is copied); the rows it gives are carved
// out of sc's memory too, good until sc reads the next file. It reads the workbook part and
// its relationships at least as strictly as xlsxguard does (encoding/xml):
// a part name with a backslash or two of the same name, a damaged
// _rels/.rels, two workbook parts named there — anything on which the two
// might read different parts — is not ok.
func scanZip(zr *zip.Reader, lim xlsxguard.Limits, sc *scratch) (*bookSheets, bool) {
	z := zipParts{files: make(map[string]*zip.File, len(zr.File)), sc: sc}
	for _, f := range zr.File {
		lower := strings.ToLower(f.Name)
		if z.files[lower] != nil || strings.Contains(lower, `\`) {
			return nil, false
		}
		z.files[lower] = f
	}
	wb := "xl/workbook.xml"
	rootRels, ok := z.rels("_rels/.rels", "")
	if !ok {
		return nil, false
	}
	docs := 0
	for _, r := range rootRels {
		if strings.HasSuffix(r.typ, "/officeDocument") {
			wb = r.target
			docs++
		}
	}
	if docs > 1 {
		return nil, false
	}
	rels, ok := z.rels(path.Join(path.Dir(wb), "_rels", path.Base(wb)+".rels"), wb)
	if !ok {
		return nil, false
	}
	sst, ok := z.sharedStrings(rels, wb)
	if !ok {
		return nil, false
	}
	s := &bookSheets{}
	for i, sh := range z.sheets(wb, rels) {
		if sh.part == "" {
			return nil, false
		}
		raw, ok := z.readInto(sh.part)
		if !ok {
			return nil, false
		}
		rows, ok := scanSheetInto(raw, sst, lim.Columns, sc, sc.sheet(i))
		if !ok {
			return nil, false
		}
		s.names = append(s.names, sh.name)
		s.rows = append(s.rows, rows)
	}
	return s, len(s.names) > 0
}

// The namespaces of the parts scanBook reads.
const (
	nsMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRels = "http://schemas.openxmlformats.org/package/2006/relationships"
)

// maxScanPart caps a part scanZip reads: xlsxguard's limits are far
// lower.
const maxScanPart = 64 << 20

// zipParts are a workbook's parts by lower-case name, read into the
// memory of sc.
type zipParts struct {
	files map[string]*zip.File
	sc    *scratch
}

// readInto reads a part whole into z.sc.part (readPart): the bytes are
// good until the next part is read.
func (z zipParts) readInto(name string) ([]byte, bool) {
	f := z.files[strings.ToLower(name)]
	if f == nil {
		return nil, false
	}
	return readPart(f, &z.sc.part)
}

// readPart reads f whole into *room, reusing its room (and keeping what it
// grew to): exactly the size the zip directory declares, then its end,
// where archive/zip checks the CRC. A part declaring more than
// maxScanPart is not read.
func readPart(f *zip.File, room *[]byte) ([]byte, bool) {
	if f.UncompressedSize64 > maxScanPart {
		return nil, false
	}
	rc, err := f.Open()
	if err != nil {
		return nil, false
	}
	defer rc.Close()
	n := int(f.UncompressedSize64)
	buf := slices.Grow((*room)[:0], n+1)[:n]
	*room = buf
	if _, err := io.ReadFull(rc, buf); err != nil {
		return nil, false
	}
	var one [1]byte
	for {
		k, err := rc.Read(one[:])
		switch {
		case k > 0:
			return nil, false // more than declared
		case err == io.EOF:
			return buf, true
		case err != nil:
			return nil, false
		}
	}
}

// zipRel is one relationship, its target resolved to a part name.
type zipRel struct{ id, typ, target string }

// rels reads a relationships part; from is the part it belongs to. A
// missing part has none (ok); a damaged one is not ok.
func (z zipParts) rels(name, from string) ([]zipRel, bool) {
	if z.files[strings.ToLower(name)] == nil {
		return nil, true
	}
	raw, ok := z.readInto(name)
	if !ok {
		return nil, false
	}
	var out []zipRel
	sc := newXMLScan(raw, nsRels, false, z.sc)
	for t := sc.next(); t.kind != tokEnd; t = sc.next() {
		if t.kind == tokStart && string(t.name) == "Relationship" {
			id, _ := attrValue(t.attrs, "Id")
			typ, _ := attrValue(t.attrs, "Type")
			target, _ := attrValue(t.attrs, "Target")
			out = append(out, zipRel{id: id, typ: typ, target: resolvePart(from, target)})
		}
	}
	return out, sc.ok
}

// resolvePart turns a relationship target into a part name.
func resolvePart(from, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join(path.Dir(from), target), "/")
}

// zipSheet is a worksheet as the workbook lists it.
type zipSheet struct{ name, part string }

// sheets lists the workbook's sheets in order; nil when workbook.xml
// cannot be read.
func (z zipParts) sheets(wb string, rels []zipRel) []zipSheet {
	raw, ok := z.readInto(wb)
	if !ok {
		return nil
	}
	var out []zipSheet
	sc := newXMLScan(raw, nsMain, true, z.sc)
	for t := sc.next(); t.kind != tokEnd; t = sc.next() {
		if t.kind == tokStart && bytes.HasSuffix(t.name, []byte(":sheet")) {
			return nil // a sheet in a namespace excelize may read as one
		}
		if t.kind != tokStart || string(t.name) != "sheet" {
			continue
		}
		sh := zipSheet{}
		sh.name, _ = attrValue(t.attrs, "name")
		id := rid(t.attrs)
		for _, r := range rels {
			if r.id == id && id != "" && z.files[strings.ToLower(r.target)] != nil {
				sh.part = r.target
			}
		}
		out = append(out, sh)
	}
	if !sc.ok {
		return nil
	}
	return out
}

// rid returns the r:id of a <sheet>: the attribute id in a namespace.
func rid(attrs []byte) string {
	i := bytes.Index(attrs, []byte(":id="))
	if i < 0 {
		return ""
	}
	v := attrs[i+4:]
	if len(v) < 2 {
		return ""
	}
	end := bytes.IndexByte(v[1:], v[0])
	if end < 0 {
		return ""
	}
	return decodeText(v[1 : 1+end])
}

// sharedStrings reads the shared strings the workbook's rels name (or
// xl/sharedStrings.xml beside it); none when there is no such part.
func (z zipParts) sharedStrings(rels []zipRel, wb string) ([]string, bool) {
	part := path.Join(path.Dir(wb), "sharedStrings.xml")
	for _, r := range rels {
		if strings.HasSuffix(r.typ, "/sharedStrings") {
			part = r.target
		}
	}
	if z.files[strings.ToLower(part)] == nil {
		return nil, true
	}
	raw, ok := z.readInto(part)
	if !ok {
		return nil, false
	}
	return z.sharedStringsOf(raw)
}

// sharedStringsOf reads the shared strings part raw.
func (z zipParts) sharedStringsOf(raw []byte) ([]string, bool) {
	var out []string
	sc := newXMLScan(raw, nsMain, false, z.sc)
	for {
		if s, ok := fastItem(sc); ok {
			out = append(out, s)
			continue
		}
		t := sc.next()
		if t.kind == tokEnd {
			break
		}
		if t.kind == tokStart && string(t.name) == "si" && !t.empty {
			s, ok := stringItem(sc)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		} else if t.kind == tokStart && string(t.name) == "si" {
			out = append(out, "")
		}
	}
	return out, sc.ok
}

// stringItem reads a string item (<si> or <is>) to its end: the text of
// its <t> elements, plain or in runs, phonetic guides (<rPh>) left out,
// _xHHHH_ escapes decoded — as excelize reads it.
func stringItem(sc *xmlScan) (string, bool) {
	var sb strings.Builder
	var first []byte // the only text, as it nearly always is
	pieces := 0
	depth, inT, inPh := 1, 0, 0
	for depth > 0 {
		t := sc.next()
		switch t.kind {
		case tokEnd:
			return "", false
		case tokStart:
			depth++
			switch string(t.name) {
			case "t":
				inT++
			case "rPh":
				inPh++
			}
		case tokClose:
			depth--
			switch string(t.name) {
			case "t":
				inT--
			case "rPh":
				inPh--
			}
		case tokText:
			if inT == 0 || inPh > 0 {
				continue
			}
			switch pieces++; pieces {
			case 1:
				first = t.text
			case 2:
				sb.WriteString(decodeText(first))
				fallthrough
			default:
				sb.WriteString(decodeText(t.text))
			}
		}
	}
	if pieces == 1 {
		return xlsxguard.UnescapeX(sc.str(first)), true // unchanged without _x
	}
	return xlsxguard.UnescapeX(sb.String()), true
}
