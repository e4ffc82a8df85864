package rollupfiles

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"

	"github.com/xxgk/xxgk/report/xlsx"
)

// stamp is what a workbook's document properties (docProps/core.xml) say
// about how it was made.
type stamp struct {
	creator, subject, category string
}

// maxCoreProps caps how much of docProps/core.xml is read: it holds a few
// short fields.
const maxCoreProps = 64 << 10

// readStamp reads raw's document properties; a zero stamp when it has
// none or is not a workbook. z is raw's zip when it was read already; sc,
// when not nil, the worker's memory, into which core.xml is read for
// scanStamp.
func readStamp(raw []byte, z *zip.Reader, sc *scratch) stamp {
	if z == nil {
		var err error
		if z, err = zip.NewReader(bytes.NewReader(raw), int64(len(raw))); err != nil {
			return stamp{}
		}
	}
	for _, f := range z.File {
		if f.Name != "docProps/core.xml" {
			continue
		}
		if sc != nil && f.UncompressedSize64 <= maxCoreProps {
			if data, ok := readPart(f, &sc.part); ok {
				if st, ok := scanStamp(data, sc); ok {
					return st
				}
			}
		}
		rc, err := f.Open()
		if err != nil {
			return stamp{}
		}
		defer rc.Close()
		return decodeStamp(io.LimitReader(rc, maxCoreProps))
	}
	return stamp{}
}

// decodeStamp picks dc:creator, dc:subject and cp:category out of
// core.xml; a field it cannot read stays empty.
func decodeStamp(r io.Reader) stamp {
	var s stamp
	d := xml.NewDecoder(r)
	for {
		tok, err := d.Token()
		if err != nil {
			return s
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		var field *string
		switch start.Name.Local {
		case "creator":
			field = &s.creator
		case "subject":
			field = &s.subject
		case "category":
			field = &s.category
		default:
			continue
		}
		if err := d.DecodeElement(field, &start); err != nil {
			return s
		}
	}
}

// rollup says whether a roll-up wrote the workbook.
func (s stamp) rollup() bool { return s.category == xlsx.RollupCategory }

// details says whether the workbook is a roll-up's 汇总情况 workbook,
// also one written before roll-ups stamped their category.
func (s stamp) details() bool {
	return s.subject == xlsx.RollupDetailsSubject && (s.rollup() || s.creator == "xxgk")
}

// nsCoreProps is core.xml's default namespace.
const nsCoreProps = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"

// scanStamp is decodeStamp on core.xml as xxgk and most programs write it,
// read with xmlScan: ok is false — and decodeStamp must read it — for
// anything else (an element of the stamp holding more than text or given
// twice, a name with two colons, whatever xmlScan gives up on).
func scanStamp(data []byte, sc *scratch) (stamp, bool) {
	var s stamp
	var seen [3]bool
	x := newXMLScan(data, nsCoreProps, true, sc)
	for t := x.next(); t.kind != tokEnd; t = x.next() {
		if t.kind != tokStart {
			continue
		}
		local := t.name
		if i := bytes.IndexByte(local, ':'); i >= 0 {
			local = local[i+1:]
		}
		var i int
		switch string(local) {
		case "creator":
			i = 0
		case "subject":
			i = 1
		case "category":
			i = 2
		default:
			if bytes.IndexByte(local, ':') >= 0 {
				return stamp{}, false
			}
			continue
		}
		if seen[i] || bytes.IndexByte(local, ':') >= 0 {
			return stamp{}, false
		}
		seen[i] = true
		v, ok := elementText(x, t)
		if !ok {
			return stamp{}, false
		}
		*[]*string{&s.creator, &s.subject, &s.category}[i] = v
	}
	return s, x.ok
}
