package xlsxguard

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// stringTable is the shared-strings table: every text one after another in
// blob, entry i at blob[ends[i-1]:ends[i]]. Four bytes an entry plus the
// texts, however many entries; the first maxCached entries, where Excel
// puts the texts it meets first (the header, and values repeated down a
// column), are also kept as strings once looked up, so that a cell using
// one costs no copy.
type stringTable struct {
	blob   []byte
	ends   []uint32
	cached []string // by index, "" until looked up
}

// maxCached is how many entries may be kept as strings: 1 MiB of headers.
const maxCached = 1 << 16

func (t *stringTable) get(i int) (string, bool) {
	if i < 0 || i >= len(t.ends) {
		return "", false
	}
	if i < len(t.cached) && t.cached[i] != "" {
		return t.cached[i], true
	}
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	s := string(t.blob[start:t.ends[i]])
	if i < maxCached {
		if t.cached == nil {
			t.cached = make([]string, min(len(t.ends), maxCached))
		}
		t.cached[i] = s
	}
	return s, true
}

// strings returns the shared strings, reading them on first use. More
// than lim.Count entries is an error, found as soon as the count passes it.
func (b *Book) strings() (*stringTable, error) {
	if b.sst != nil {
		return b.sst, nil
	}
	t := &stringTable{}
	rc, ok, err := b.openPart(b.sstPart)
	if !ok {
		b.sst = t
		return t, nil
	}
	if err != nil {
		return nil, damaged(b.name, "", err)
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &Error{File: b.name, Msg: "共享文本表无法完整读取，文件可能已损坏或不完整：请在 Excel/WPS 中打开后另存为 .xlsx 再试", Err: err}
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "sst": // refuse at once a table that says it is too long
			if n, err := strconv.ParseInt(attr(se, "uniqueCount"), 10, 64); err == nil && n > int64(b.lim.Count) {
				return nil, b.tooManyStrings()
			}
			continue
		case "si":
		default:
			continue
		}
		if len(t.ends) >= b.lim.Count {
			return nil, b.tooManyStrings()
		}
		s, err := richText(d)
		if err != nil {
			return nil, &Error{File: b.name, Msg: "共享文本表无法完整读取，文件可能已损坏或不完整：请在 Excel/WPS 中打开后另存为 .xlsx 再试", Err: err}
		}
		t.blob = append(t.blob, s...)
		t.ends = append(t.ends, uint32(len(t.blob)))
	}
	b.sst = t
	return t, nil
}

func (b *Book) tooManyStrings() error {
	return &Error{File: b.name, Msg: fmt.Sprintf("共享文本表超过 %d 条，不像是正常的台账或报表，可能已损坏；请在 Excel/WPS 中打开后另存为 .xlsx 再试", b.lim.Count)}
}

// richText reads a string item (<si> or <is>) up to its end: the text of
// its <t> elements, plain or in runs, phonetic guides (<rPh>) left out.
func richText(d *xml.Decoder) (string, error) {
	var sb strings.Builder
	depth, inT, inPh := 1, 0, 0
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "t":
				inT++
			case "rPh":
				inPh++
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "t":
				inT--
			case "rPh":
				inPh--
			}
		case xml.CharData:
			if inT > 0 && inPh == 0 {
				sb.Write(t)
			}
		}
	}
	return UnescapeX(sb.String()), nil
}

// UnescapeX decodes the _xHHHH_ escapes Excel writes for characters XML
// cannot hold; _x005F_ is an escaped underscore. The roll-up's sheet scan
// uses it too, so that both read a string alike.
func UnescapeX(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var sb strings.Builder
	for {
		i := strings.Index(s, "_x")
		if i < 0 || len(s) < i+7 {
			break
		}
		code, err := strconv.ParseUint(s[i+2:i+6], 16, 16)
		if err != nil || s[i+6] != '_' {
			sb.WriteString(s[:i+2])
			s = s[i+2:]
			continue
		}
		sb.WriteString(s[:i])
		sb.WriteRune(rune(code))
		s = s[i+7:]
	}
	sb.WriteString(s)
	return sb.String()
}
