package rollupfiles

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/xxgk/xxgk/data/xlsxguard"
)

// sheetXML wraps cells in a worksheet of one row.
func sheetXML(cells string) []byte {
	return []byte(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<worksheet xmlns="` + nsMain + `"><sheetData><row r="1">` + cells + `</row></sheetData></worksheet>`)
}

// scanBoth scans raw with fastCell and token by token; both must give the
// same rows, or both give up.
func scanBoth(t *testing.T, what string, raw []byte, sst []string) {
	t.Helper()
	fastRows, fastOK := scanSheet(raw, sst, xlsxguard.Small.Columns, &scratch{})
	slowRows, slowOK := scanSheet(raw, sst, xlsxguard.Small.Columns, &scratch{tokensOnly: true})
	if fastOK != slowOK || fastOK && !slices.EqualFunc(fastRows, slowRows, slices.Equal) {
		t.Errorf("%s:\n%s\nshortcut %v %q\ntokens   %v %q", what, raw, fastOK, fastRows, slowOK, slowRows)
	}
}

// Every cell fastCell reads, the token scan reads to the same value; every
// cell it leaves, the token scan reads or gives up on as before.
func TestFastCellIsTokenScan(t *testing.T) {
	sst := []string{"甲", "乙"}
	cells := []string{
		`<c r="A1" s="5"><v>57</v></c>`,
		`<c r="A1" s="5" t="inlineStr"><is><t>代码</t></is></c>`,
		`<c r="A1" t="s"><v>1</v></c>`,
		`<c r="A1" t="s"><v>2</v></c>`,
		`<c r="A1" t="s"><v> 1 </v></c>`,
		`<c r="A1" t="s"></c>`,
		`<c r="A1" t="s"/>`,
		`<c r="A1" t="str"><v>x</v></c>`,
		`<c r="A1" t="b"><v>1</v></c>`,
		`<c r="A1" t="inlineStr"><v>1</v></c>`,
		`<c r="A1" t="inlineStr"><is><t></t></is></c>`,
		`<c r="A1"><v></v></c>`,
		`<c r="A1"></c>`,
		`<c r="A1"/>`,
		`<c/>`,
		`<c><v>3</v></c><c><v>4</v></c>`,
		`<c r="B1"><v>3</v></c><c r="A1"><v>4</v></c>`,
		`<c r="C1"><v>3</v></c><c><v>4</v></c>`,
		`<c r="A1" r="B1"><v>3</v></c>`,
		`<c r="A1" s="x"><v>3</v></c>`,
		`<c r="A1" s="1234567890"><v>3</v></c>`,
		`<c r="a1"><v>3</v></c>`,
		`<c r="A1" cm="1"><v>3</v></c>`,
		`<c r="A1" xmlns="x"><v>3</v></c>`,
		`<c r='A1'><v>3</v></c>`,
		`<c  r="A1"><v>3</v></c>`,
		`<c r="A1"><v>a&amp;b</v></c>`,
		`<c r="A1"><v>a&b</v></c>`,
		`<c r="A1"><v>a]]>b</v></c>`,
		`<c r="A1"><v>a>b</v></c>`,
		"<c r=\"A1\"><v>a\r\nb</v></c>",
		`<c r="A1"><v>1</v><v>2</v></c>`,
		`<c r="A1"><f>1+1</f><v>2</v></c>`,
		`<c r="A1"><v>1</v ></c>`,
		`<c r="A1"><v>1</v></c >`,
		`<c r="A1" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c>`,
		`<c r="A1" t="inlineStr"><is><t>_x0041_</t></is></c>`,
		`<c r="A1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>`,
		`<c r="A1" t="inlineStr"><is><t>a</t></is><v>1</v></c>`,
		`<c r="XFE1"><v>1</v></c>`,
		`<c r="A1"><v>1</v></c> <c r="B1"><v>2</v></c>`,
		`<cx r="A1"><v>1</v></cx>`,
		`<c r="A1"><v>1</v></c`,
		`<c r="A1"><v>1`,
		`<c r="A1" s="1"`,
	}
	for _, c := range cells {
		scanBoth(t, c, sheetXML(c), sst)
	}
	// Rows written otherwise than <row r="N"> … </row>.
	for _, rows := range []string{
		`<row r="2"><c><v>1</v></c></row><row r="3"><c><v>2</v></c></row>`,
		`<row r="2" spans="1:2"><c><v>1</v></c></row>`,
		`<row r="02"><c><v>1</v></c></row>`,
		`<row r=""><c><v>1</v></c></row>`,
		`<row r="1"><c><v>1</v></c></row>`,
		`<row r="3"><c><v>1</v></c></row><row r="2"><c><v>1</v></c></row>`,
		`<row r="2"/><row r="3"><c><v>1</v></c></row >`,
		`<row r="2"><c><v>1</v></c></rows>`,
		`<row r="2"><c><v>1</v></c>`,
		`<row r="2"><row r="3"><c><v>1</v></c></row></row>`,
		`<row r="9999999999"><c><v>1</v></c></row>`,
	} {
		scanBoth(t, rows, []byte(`<worksheet xmlns="`+nsMain+`"><sheetData><row r="1"><c><v>0</v></c></row>`+rows+`</sheetData></worksheet>`), sst)
	}
	// And the 数据 sheet of an export, changed a byte at a time.
	data := dataSheet(t, exportFile(t, withStats(school("第三中学", "", 2025, 11), 11)))
	scanBoth(t, "数据", data, nil)
	rng := rand.New(rand.NewPCG(15, 5))
	const alphabet = `<>/&;"'= a1#x:_-.cvtis` + "\r\n"
	for i := range 2000 {
		b := bytes.Clone(data)
		j := len(b)/4 + rng.IntN(len(b)/2)
		switch i % 3 {
		case 0:
			b[j] = alphabet[rng.IntN(len(alphabet))]
		case 1:
			b = slices.Insert(b, j, alphabet[rng.IntN(len(alphabet))])
		default:
			b = slices.Delete(b, j, j+1)
		}
		scanBoth(t, fmt.Sprintf("changed %d at %d", i, j), b, nil)
	}
}

// fastCell reads the cells xxgk writes in one pass, moving past them.
func TestFastCellTaken(t *testing.T) {
	for _, c := range []struct{ xml, val string }{
		{`<c r="B2" s="5"><v>57</v></c>`, "57"},
		{`<c r="B2" s="5" t="inlineStr"><is><t>export.kind</t></is></c>`, "export.kind"},
		{`<c r="B2" s="1" t="s"><v>0</v></c>`, "甲"},
		{`<c r="B2" s="1"></c>`, ""},
	} {
		raw := []byte(c.xml + "<")
		sc := &xmlScan{b: raw, ok: true}
		col, val, ok := fastCell(sc, []string{"甲"}, 1, nil)
		if !ok || col != 2 || val != c.val || sc.i != len(c.xml) {
			t.Errorf("%s: %v column %d %q at %d", c.xml, ok, col, val, sc.i)
		}
	}
}

// <row r="N"> and </row> are read in one pass, as next reads them.
func TestFastRowTaken(t *testing.T) {
	sc := &xmlScan{b: []byte(`<row r="12"></row>`), ok: true, stack: [][]byte{[]byte("sheetData")}}
	tok, ok := sc.fastRowStart()
	if !ok || string(tok.name) != "row" || string(tok.attrs) != ` r="12"` || tok.kind != tokStart || len(sc.stack) != 2 {
		t.Fatalf("start: %v %+v", ok, tok)
	}
	if !sc.fastClose("row") || sc.i != len(sc.b) || len(sc.stack) != 1 {
		t.Errorf("close: at %d, %d open", sc.i, len(sc.stack))
	}
}

// A text the same row held for the file before is given as that string;
// another text is read as it is.
func TestFastCellBefore(t *testing.T) {
	code := strings.Clone("publications.total")
	for _, c := range []struct {
		xml, text string
		same      bool
	}{
		{`<c r="B2" t="inlineStr"><is><t>publications.total</t></is></c>`, "publications.total", true},
		{`<c r="B2"><v>publications.total</v></c>`, "publications.total", true},
		{`<c r="B2" t="inlineStr"><is><t>publications.totals</t></is></c>`, "publications.totals", false},
		{`<c r="C2"><v>publications.total</v></c>`, "publications.total", false},
	} {
		sc := &xmlScan{b: []byte(c.xml), ok: true}
		_, val, ok := fastCell(sc, nil, 1, []string{"", code})
		if !ok || val != c.text || (unsafe.StringData(val) == unsafe.StringData(code)) != c.same {
			t.Errorf("%s: %v %q", c.xml, ok, val)
		}
	}
}

// dataSheet is the 数据 sheet's XML of an export.
func dataSheet(t *testing.T, raw []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	var best []byte
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte("export.kind")) {
			best = b
		}
	}
	if best == nil {
		t.Fatal("no 数据 sheet")
	}
	return best
}

// sstBoth reads the shared strings part raw with fastItem and token by
// token; both must give the same strings, or both give up.
func sstBoth(t *testing.T, what string, raw []byte) {
	t.Helper()
	read := func(sc *scratch) ([]string, bool) {
		z := zipParts{files: map[string]*zip.File{}, sc: sc}
		return z.sharedStringsOf(raw)
	}
	fast, fastOK := read(&scratch{})
	slow, slowOK := read(&scratch{tokensOnly: true})
	if fastOK != slowOK || fastOK && !slices.Equal(fast, slow) {
		t.Errorf("%s:\n%s\nshortcut %v %q\ntokens   %v %q", what, raw, fastOK, fast, slowOK, slow)
	}
}

// Every shared string fastItem reads, the token scan reads alike.
func TestFastItemIsTokenScan(t *testing.T) {
	wrap := func(items string) []byte {
		return []byte(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<sst xmlns="` + nsMain + `" count="2">` + items + `</sst>`)
	}
	items := []string{
		`<si><t>填报单位</t></si>`,
		`<si><t></t></si>`,
		`<si/>`,
		`<si><t>_x0041_b</t></si>`,
		`<si><t>a&#xA;b</t></si>`,
		`<si><t>a>b</t></si>`,
		`<si><t xml:space="preserve"> a </t></si>`,
		`<si><r><t>a</t></r><r><t>b</t></r></si>`,
		`<si><t>a</t><rPh><t>x</t></rPh></si>`,
		`<si><t>a</t></si ><si><t>b</t></si>`,
		`<si><t>a</t></si><si><t>b</t>`,
		`<si><si><t>a</t></si></si>`,
		"<si><t>a\r\nb</t></si>",
		` <si><t>a</t></si>`,
	}
	for _, it := range items {
		sstBoth(t, it, wrap(it+`<si><t>尾</t></si>`))
	}
	good := wrap(strings.Join(items[:4], "") + `<si><t>统一社会信用代码</t></si>`)
	rng := rand.New(rand.NewPCG(15, 6))
	const alphabet = `<>/&;"'= a1#x:_-.sit` + "\r\n"
	for i := range 1000 {
		b := bytes.Clone(good)
		j := rng.IntN(len(b))
		switch i % 3 {
		case 0:
			b[j] = alphabet[rng.IntN(len(alphabet))]
		case 1:
			b = slices.Insert(b, j, alphabet[rng.IntN(len(alphabet))])
		default:
			b = slices.Delete(b, j, j+1)
		}
		sstBoth(t, fmt.Sprintf("changed %d at %d", i, j), b)
	}
	sc := &xmlScan{b: []byte(`<si><t>甲</t></si><`), ok: true, stack: [][]byte{[]byte("sst")}}
	if s, ok := fastItem(sc); !ok || s != "甲" || sc.i != len(`<si><t>甲</t></si>`) {
		t.Errorf("fastItem: %v %q at %d", ok, s, sc.i)
	}
}
