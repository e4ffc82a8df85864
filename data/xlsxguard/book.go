package xlsxguard

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strings"
)

// Book is an .xlsx workbook opened for streaming reads.
type Book struct {
	name     string
	lim      Limits
	zr       *zip.Reader
	file     *os.File // nil when opened from memory
	parts    map[string]*zip.File
	sheets   []Sheet
	date1904 bool
	sstPart  string
	sst      *stringTable // loaded on first use
}

// Sheet is one worksheet as the workbook lists it.
type Sheet struct {
	Name   string
	Hidden bool   // hidden or very hidden
	part   string // zip entry; "" when the workbook names a part the file lacks
}

// Open opens the workbook at path; name is its base name, for messages.
// Every refusal is an *Error.
func Open(path, name string, lim Limits) (*Book, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{File: name, Msg: "无法打开，请检查文件是否存在、是否有读取权限", Err: err}
	}
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = errors.New("not a regular file")
	}
	if err != nil {
		f.Close()
		return nil, &Error{File: name, Msg: "无法读取：不是普通文件", Err: err}
	}
	b, err := open(f, fi.Size(), name, lim)
	if err != nil {
		f.Close()
		return nil, err
	}
	b.file = f
	return b, nil
}

// OpenBytes opens a workbook held in memory.
func OpenBytes(data []byte, name string, lim Limits) (*Book, error) {
	return open(bytes.NewReader(data), int64(len(data)), name, lim)
}

// ReadAll reads a workbook from r into memory, refusing one larger than
// lim.File.
func ReadAll(r io.Reader, name string, lim Limits) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, lim.File+1))
	if err != nil {
		return nil, &Error{File: name, Msg: "读取失败", Err: err}
	}
	if int64(len(data)) > lim.File {
		return nil, &Error{File: name, Msg: fmt.Sprintf("太大：超过 %s，不像是正常的工作簿", mb(lim.File))}
	}
	return data, nil
}

// OpenZip checks a workbook held in memory as OpenBytes does before it
// reads any part — what kind of file it is, its zip directory, the sizes
// its parts declare against lim — and returns its zip, for a reader that
// reads the parts itself. Every refusal is the *Error OpenBytes gives; the
// workbook part is not read (OpenBytes reads it).
func OpenZip(data []byte, name string, lim Limits) (*zip.Reader, error) {
	return openZip(bytes.NewReader(data), int64(len(data)), name, lim)
}

// openZip is the first half of open: the checks that need no part read.
func openZip(r io.ReaderAt, size int64, name string, lim Limits) (*zip.Reader, error) {
	if err := sniff(r, size, name); err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, damaged(name, "", err)
	}
	if err := checkEntries(zr, size, name, lim); err != nil {
		return nil, err
	}
	return zr, nil
}

func open(r io.ReaderAt, size int64, name string, lim Limits) (*Book, error) {
	zr, err := openZip(r, size, name, lim)
	if err != nil {
		return nil, err
	}
	b := &Book{name: name, lim: lim, zr: zr, parts: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		b.parts[strings.ToLower(strings.ReplaceAll(f.Name, `\`, "/"))] = f
	}
	if err := b.readWorkbook(); err != nil {
		return nil, err
	}
	return b, nil
}

// damaged is the error for a file or part that cannot be read.
func damaged(name, sheet string, err error) error {
	where := ""
	if sheet != "" {
		where = "工作表「" + sheet + "」"
	}
	return &Error{File: name, Msg: where + "无法完整读取，文件可能已损坏或不完整：请在 Excel/WPS 中打开、检查内容后另存为 .xlsx 再试", Err: err}
}

// Close releases the file.
func (b *Book) Close() error {
	if b.file != nil {
		return b.file.Close()
	}
	return nil
}

// Sheets lists the worksheets in workbook order.
func (b *Book) Sheets() []Sheet { return b.sheets }

// Date1904 reports whether serial dates count from 1904.
func (b *Book) Date1904() bool { return b.date1904 }

// openPart opens a part by name, case-insensitively.
func (b *Book) openPart(name string) (io.ReadCloser, bool, error) {
	f, ok := b.parts[strings.ToLower(name)]
	if !ok {
		return nil, false, nil
	}
	rc, err := f.Open()
	return rc, true, err
}

// readWorkbook reads the workbook part's sheet list and date system.
func (b *Book) readWorkbook() error {
	wb := b.target("_rels/.rels", "", "/officeDocument", "xl/workbook.xml")
	rels, err := b.rels(relsOf(wb))
	if err != nil {
		return err
	}
	b.sstPart = path.Join(path.Dir(wb), "sharedStrings.xml")
	if r, ok := firstOfType(rels, "/sharedStrings"); ok {
		b.sstPart = resolve(wb, r.Target)
	}
	byID := make(map[string]rel, len(rels))
	for _, r := range slices.Backward(rels) {
		byID[r.ID] = r // the first of a repeated id wins
	}
	rc, ok, err := b.openPart(wb)
	if !ok || err != nil {
		return damaged(b.name, "", err)
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return damaged(b.name, "", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "workbookPr":
			v := attr(se, "date1904")
			b.date1904 = v == "1" || v == "true"
		case "sheet":
			sh := Sheet{Name: attr(se, "name")}
			st := attr(se, "state")
			sh.Hidden = st == "hidden" || st == "veryHidden"
			if r, ok := byID[attrNS(se, "id")]; ok {
				if p := resolve(wb, r.Target); b.parts[strings.ToLower(p)] != nil {
					sh.part = p
				}
			}
			b.sheets = append(b.sheets, sh)
		}
	}
}

type rel struct{ ID, Type, Target string }

// rels reads a relationships part's relationships in document order. A
// missing part has none.
func (b *Book) rels(name string) ([]rel, error) {
	var out []rel
	rc, ok, err := b.openPart(name)
	if !ok {
		return out, nil
	}
	if err != nil {
		return nil, damaged(b.name, "", err)
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, damaged(b.name, "", err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" {
			out = append(out, rel{ID: attr(se, "Id"), Type: attr(se, "Type"), Target: attr(se, "Target")})
		}
	}
}

// target finds the target of the relationship of the given type suffix in
// a rels part, or returns def.
func (b *Book) target(relsPart, from, typeSuffix, def string) string {
	rels, err := b.rels(relsPart)
	if err != nil {
		return def
	}
	if r, ok := firstOfType(rels, typeSuffix); ok {
		return resolve(from, r.Target)
	}
	return def
}

// firstOfType is the first relationship, in document order, whose type
// ends in typeSuffix: the one excelize takes when a part names two.
func firstOfType(rels []rel, typeSuffix string) (rel, bool) {
	for _, r := range rels {
		if strings.HasSuffix(r.Type, typeSuffix) {
			return r, true
		}
	}
	return rel{}, false
}

// relsOf names the relationships part of a part: xl/_rels/workbook.xml.rels.
func relsOf(part string) string {
	return path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
}

// resolve turns a relationship target into a part name.
func resolve(from, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join(path.Dir(from), target), "/")
}

// attr returns the value of the attribute with the local name, any
// namespace but none preferred.
func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return attrNS(se, local)
}

// attrNS returns the value of the attribute with the local name in any
// namespace.
func attrNS(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space != "" {
			return a.Value
		}
	}
	return ""
}
