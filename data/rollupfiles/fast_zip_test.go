package rollupfiles

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/xxgk/xxgk/data/xlsxguard"
	"github.com/xxgk/xxgk/data/xlsxguard/hostile"
)

// The fast reader reads the workbook part and its relationships itself,
// instead of through xlsxguard.OpenBytes: anything on which the two might
// read different parts, or xlsxguard refuse what the scan reads, is left
// to excelize, which gives what it always gave.
func TestFastReadLeavesOddZipsToExcelize(t *testing.T) {
	good := exportFile(t, withStats(school("第三中学", "", 2025, 11), 11))
	if _, ok := scanBook(good, xlsxguard.Small); !ok {
		t.Fatal("a plain export is not read straight from the zip")
	}
	replace := func(part string, edit func([]byte) []byte) func(string, []byte) ([]byte, bool) {
		return func(name string, body []byte) ([]byte, bool) {
			if name == part {
				return edit(bytes.Clone(body)), true
			}
			return body, true
		}
	}
	cut := func(b []byte) []byte { return b[:len(b)/2] }
	body := func(part string) []byte {
		var out []byte
		hostile.Rewrite(good, func(name string, b []byte) ([]byte, bool) {
			if name == part {
				out = bytes.Clone(b)
			}
			return b, true
		})
		return out
	}
	wb := body("xl/workbook.xml")
	cases := map[string]struct {
		edit func(string, []byte) ([]byte, bool)
		add  []hostile.Entry
	}{
		"root rels damaged":     {edit: replace("_rels/.rels", cut)},
		"workbook rels damaged": {edit: replace("xl/_rels/workbook.xml.rels", cut)},
		"workbook damaged":      {edit: replace("xl/workbook.xml", cut)},
		"workbook missing": {edit: func(name string, b []byte) ([]byte, bool) {
			return b, name != "xl/workbook.xml"
		}},
		"workbook in GBK": {edit: replace("xl/workbook.xml", func(b []byte) []byte {
			return bytes.Replace(b, []byte(`encoding="UTF-8"`), []byte(`encoding="GBK"`), 1)
		})},
		"workbook XML 1.1": {edit: replace("xl/workbook.xml", func(b []byte) []byte {
			return bytes.Replace(b, []byte(`version="1.0"`), []byte(`version="1.1"`), 1)
		})},
		"two workbooks named": {edit: replace("_rels/.rels", func(b []byte) []byte {
			return bytes.Replace(b, []byte("</Relationships>"), []byte(`<Relationship Id="rId9" `+
				`Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" `+
				`Target="xl/workbook2.xml"/></Relationships>`), 1)
		}), add: []hostile.Entry{{Name: "xl/workbook2.xml", Head: wb}}},
		"same name twice":   {add: []hostile.Entry{{Name: "XL/Workbook.xml", Head: wb}}},
		"backslash in name": {add: []hostile.Entry{{Name: `xl\workbook.xml`, Head: wb}}},
		"sheet shorter than declared": {add: []hostile.Entry{{Name: "xl/worksheets/sheet5.xml",
			Head: body("xl/worksheets/sheet5.xml"), Declared: uint64(len(body("xl/worksheets/sheet5.xml")) + 10)}}},
		"sheet longer than declared": {add: []hostile.Entry{{Name: "xl/worksheets/sheet5.xml",
			Head: body("xl/worksheets/sheet5.xml"), Declared: uint64(len(body("xl/worksheets/sheet5.xml")) - 10)}}},
	}
	for what, c := range cases {
		raw, err := hostile.Rewrite(good, c.edit, c.add...)
		if err != nil {
			t.Fatal(err)
		}
		if sameAsExcelize(t, what+".xlsx", raw) {
			t.Errorf("%s: read straight from the zip", what)
		}
	}
}

// One worker's memory, reused from file to file in any order, gives every
// file what a fresh one gives.
func TestScratchReusedAcrossFiles(t *testing.T) {
	corpus := exportCorpus(t)
	names := make([]string, 0, len(corpus))
	for name := range corpus {
		names = append(names, name)
	}
	slices.Sort(names)
	want := map[string]string{}
	for _, name := range names {
		ex, err := ReadExport(bytes.NewReader(corpus[name]), name)
		want[name] = outcome(t, ex, err)
	}
	sc := &scratch{}
	for round := range 2 {
		for _, name := range names {
			raw := append(sc.file[:0], corpus[name]...) // as load reads it
			sc.file = raw
			zr := guardedZip(raw, name)
			ex, err := readExportBytes(raw, name, zr, sc)
			if got := outcome(t, ex, err); got != want[name] {
				t.Errorf("round %d, %s: with reused memory\n%.300s\nfresh\n%.300s", round, name, got, want[name])
			}
		}
		slices.Reverse(names)
	}
	if len(sc.words) == 0 || len(sc.words) > maxWords {
		t.Errorf("%d words kept", len(sc.words))
	}
}

// The words a scratch keeps are bounded in number and length.
func TestScratchWordsBounded(t *testing.T) {
	sc := &scratch{}
	for i := range maxWords + 100 {
		w := fmt.Sprint(i)
		if got := sc.str([]byte(w)); got != w {
			t.Fatalf("str(%q) = %q", w, got)
		}
	}
	long := bytes.Repeat([]byte("长"), maxWordLen)
	if sc.str(long) != string(long) || len(sc.words) != maxWords {
		t.Errorf("%d words kept, want %d", len(sc.words), maxWords)
	}
	var none *scratch
	if none.str([]byte("x")) != "x" {
		t.Error("a nil scratch does not give the text")
	}
}

// An XML declaration is accepted as encoding/xml accepts it: version 1.0
// and UTF-8, or neither named.
func TestDeclarationOK(t *testing.T) {
	for d, want := range map[string]bool{
		` version="1.0" encoding="UTF-8" standalone="yes"`: true,
		` version='1.0' encoding='utf-8'`:                  true,
		` version="1.0"`:                                   true,
		` `:                                                true,
		` version="1.1" encoding="UTF-8"`:                  false,
		` version="1.0" encoding="GBK"`:                    false,
		`-stylesheet href="a.xsl"`:                         false,
		` version="1.0`:                                    false,
		``:                                                 false,
	} {
		if got := declarationOK([]byte(d)); got != want {
			t.Errorf("declarationOK(%q) = %v, want %v", d, got, want)
		}
	}
}

// A file read into a worker's reused memory is read whole, however much
// room the memory had, and a file that grew past the cap is refused.
func TestReadBoundedInto(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789"), 1000)
	for _, size := range []int64{0, 1, 5000, 10000, 20000, -1} {
		for _, buf := range [][]byte{nil, make([]byte, 3, 7), make([]byte, 0, 50000)} {
			got, err := readBoundedInto(t.Context(), bytes.NewReader(data), 1<<20, buf, size)
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("size %d, room %d: %d bytes, %v", size, cap(buf), len(got), err)
			}
		}
	}
	if _, err := readBoundedInto(t.Context(), bytes.NewReader(data), 9999, nil, 100); err != errTooLarge {
		t.Errorf("err = %v, want errTooLarge", err)
	}
}

// hasControl finds a control character wherever it lies, and only one.
func TestHasControl(t *testing.T) {
	base := []byte("<c r=\"A1\">\t数据\r\n_x000D_ ~\x7f\x80\xff 校验码</c>")
	if hasControl(base) || controlIn(base) {
		t.Fatalf("control found in %q", base)
	}
	for i := range len(base) + 1 {
		for _, c := range []byte{0, 1, 8, 0x0b, 0x0c, 0x1f} {
			b := slices.Insert(bytes.Clone(base), i, c)
			if !hasControl(b) {
				t.Errorf("%#x at %d not found", c, i)
			}
		}
		for _, c := range []byte{'\t', '\n', '\r', ' ', 0x7f, 0x80, 0xe0} {
			if b := slices.Insert(bytes.Clone(base), i, c); hasControl(b) {
				t.Errorf("%#x at %d taken for a control character", c, i)
			}
		}
	}
}

// A worker's memory keeps at most maxKeptRoom from one file to the next.
func TestScratchTrim(t *testing.T) {
	sc := &scratch{file: make([]byte, 0, maxKeptRoom+1), part: make([]byte, 10, maxKeptRoom)}
	sc.trim()
	if sc.file != nil || cap(sc.part) != maxKeptRoom {
		t.Errorf("file room %d, part room %d", cap(sc.file), cap(sc.part))
	}
	big, small := sc.sheet(1), sc.sheet(0)
	big.arena = make([]string, 0, maxKeptCells+1)
	small.rows = make([][]string, 0, 10)
	sc.sheet(maxKeptSheets + 3)
	sc.trim()
	if cap(big.arena) != 0 || cap(small.rows) != 10 || len(sc.sheets) != maxKeptSheets {
		t.Errorf("sheet rooms %d and %d, %d sheets kept", cap(big.arena), cap(small.rows), len(sc.sheets))
	}
}
