package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"unicode/utf16"
)

// generator is how xxgk signs what it writes: the author of its workbooks,
// the Creator and Producer of its PDFs, the generator of its web pages.
const generator = "xxgk"

// maxSniff bounds the size of a file read to recognise it: xxgk's own
// outputs are far smaller, and a larger file is not taken for one.
const maxSniff = 256 << 20

// xlsxStamp returns the author (dc:creator) and subject of the workbook at
// path, read from docProps/core.xml without opening the sheets.
func xlsxStamp(path string) (creator, subject string, ok bool) {
	fi, err := os.Stat(path)
	if err != nil || fi.Size() > maxSniff {
		return "", "", false
	}
	z, err := zip.OpenReader(path)
	if err != nil {
		return "", "", false
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name != "docProps/core.xml" {
			continue
		}
		r, err := f.Open()
		if err != nil {
			return "", "", false
		}
		defer r.Close()
		var core struct {
			Creator string `xml:"creator"`
			Subject string `xml:"subject"`
		}
		if err := xml.NewDecoder(io.LimitReader(r, 64<<10)).Decode(&core); err != nil {
			return "", "", false
		}
		return core.Creator, core.Subject, true
	}
	return "", "", false
}

// pdfByXxgk reports whether the PDF at path was made by xxgk and not
// saved since by another program: its last /Creator and /Producer (in the
// document information near the end of the file) are both xxgk.
func pdfByXxgk(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 5)
	if _, err := io.ReadFull(f, head); err != nil || string(head) != "%PDF-" {
		return false
	}
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	off := max(fi.Size()-64<<10, 0)
	tail, err := io.ReadAll(io.NewSectionReader(f, off, fi.Size()-off))
	if err != nil {
		return false
	}
	return pdfInfo(tail, "/Creator") == generator && pdfInfo(tail, "/Producer") == generator
}

// pdfInfo decodes the literal string after the last key in b: escapes
// undone, UTF-16 (with its byte-order mark) turned into UTF-8.
func pdfInfo(b []byte, key string) string {
	i := bytes.LastIndex(b, []byte(key+" ("))
	if i < 0 {
		return ""
	}
	var out []byte
	depth := 0
	for j := i + len(key) + 2; j < len(b); j++ {
		c := b[j]
		switch {
		case c == '\\' && j+1 < len(b):
			j++
			out = append(out, unescape(b[j]))
			continue
		case c == '(':
			depth++
		case c == ')' && depth == 0:
			return utf16Text(out)
		case c == ')':
			depth--
		}
		out = append(out, c)
	}
	return ""
}

// unescape returns the byte a backslash escape stands for (octal escapes,
// which fpdf does not write, are not decoded).
func unescape(c byte) byte {
	switch c {
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	}
	return c
}

// utf16Text decodes a PDF text string: UTF-16BE after FE FF, else bytes.
func utf16Text(b []byte) string {
	if len(b) < 2 || b[0] != 0xfe || b[1] != 0xff {
		return string(b)
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 2; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(u))
}

// htmlByXxgk reports whether the web page at path carries xxgk's
// generator mark in its head.
func htmlByXxgk(path string) bool {
	head := fileHead(path, 4<<10)
	return bytes.Contains(head, []byte(`<meta name="generator" content="`+generator+`">`))
}

// jsonShape returns the first four keys of the JSON object at path, which
// tell xxgk's files apart: "unit", "unit_code", "year", then "table2"
// (annual report), "month" (monthly summary) or "months" (year view).
func jsonShape(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	dec := json.NewDecoder(io.LimitReader(f, 1<<20))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	var keys []string
	for len(keys) < 4 && dec.More() {
		tok, err := dec.Token()
		key, ok := tok.(string)
		if err != nil || !ok {
			return nil
		}
		keys = append(keys, key)
		if len(keys) < 4 {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil
			}
		}
	}
	return keys
}
