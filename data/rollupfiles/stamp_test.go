package rollupfiles

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// scanStamp reads what decodeStamp reads, or gives up: on core.xml as
// xxgk writes it, and on every variation a program might write.
func TestScanStampIsDecodeStamp(t *testing.T) {
	const head = `<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<coreProperties xmlns="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cp="x">`
	const tail = `</coreProperties>`
	bodies := map[string]string{
		"xxgk":        `<dc:title>某某</dc:title><dc:subject>汇总情况</dc:subject><dc:creator>xxgk</dc:creator><lastModifiedBy>xxgk</lastModifiedBy><category>xxgk 汇总</category>`,
		"entities":    `<dc:creator>A &amp; B &#x4e2d;</dc:creator><dc:subject>a&#13;b` + "\r\n" + `c</dc:subject>`,
		"empty":       `<dc:creator/><dc:subject></dc:subject><cp:category> </cp:category>`,
		"nested":      `<dc:creator>x<b>y</b>z</dc:creator>`,
		"twice":       `<dc:creator>a</dc:creator><dc:creator>b</dc:creator>`,
		"cdata":       `<dc:creator><![CDATA[a<b]]></dc:creator>`,
		"comment":     `<!-- c --><dc:creator>a</dc:creator>`,
		"two colons":  `<a:b:creator>a</a:b:creator>`,
		"other ns":    `<creator xmlns="urn:x">a</creator>`,
		"unprefixed":  `<subject>s</subject><category>c</category><creator>k</creator>`,
		"damaged":     `<dc:creator>a</dc:subject>`,
		"cut":         `<dc:creator>a`,
		"attributes":  `<dc:creator xml:lang="zh">a</dc:creator>`,
		"long":        `<dc:creator>` + strings.Repeat("长", 100) + `</dc:creator>`,
		"not stamped": ``,
	}
	scanned := 0
	for name, body := range bodies {
		for _, doc := range []string{head + body + tail, strings.Replace(head, `xmlns="`, `xmlns:cp2="`, 1) + body + tail} {
			want := decodeStamp(strings.NewReader(doc))
			got, ok := scanStamp([]byte(doc), &scratch{})
			if !ok {
				continue
			}
			scanned++
			if got != want {
				t.Errorf("%s: scanStamp %+v, decodeStamp %+v", name, got, want)
			}
		}
	}
	if scanned < 6 {
		t.Errorf("only %d documents scanned", scanned)
	}
	if _, ok := scanStamp([]byte(head+bodies["xxgk"]+tail), nil); !ok {
		t.Error("xxgk's core.xml is not scanned")
	}
}

// readStamp gives the same stamp with the worker's memory and without.
func TestReadStampScratch(t *testing.T) {
	for name, raw := range exportCorpus(t) {
		sc := &scratch{part: bytes.Repeat([]byte("x"), 10)}
		if a, b := readStamp(raw, nil, sc), readStamp(raw, nil, nil); a != b || a.creator == "" {
			t.Errorf("%s: %+v with scratch, %+v without", name, a, b)
		}
		zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if f.Name != "docProps/core.xml" {
				continue
			}
			data, ok := readPart(f, &sc.part)
			if _, scanned := scanStamp(data, sc); !ok || !scanned {
				t.Errorf("%s: core.xml not scanned", name)
			}
		}
	}
}
