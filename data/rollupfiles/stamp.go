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
// none or is not a workbook. z is raw's zip when it was read already.
func readStamp(raw []byte, z *zip.Reader) stamp {
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
