package fonts

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"
)

// The Debian package fonts-wqy-zenhei installs this collection; .ci/run
// installs the package.
const zenhei = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

// extractZenhei returns face index of wqy-zenhei.ttc as a standalone font,
// or skips the test when the file is absent.
func extractZenhei(t *testing.T, index int) []byte {
	t.Helper()
	fh, err := os.Open(zenhei)
	if err != nil {
		t.Skipf("%s absent (apt-get install fonts-wqy-zenhei): %v", zenhei, err)
	}
	defer fh.Close()
	faces, err := readFaces(fh)
	if err != nil {
		t.Fatal(err)
	}
	if len(faces) <= index {
		t.Fatalf("%d faces, want face %d", len(faces), index)
	}
	data, err := standalone(fh, faces[index])
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestStandaloneIsValid checks the structure of an extracted face: a single
// font, records sorted and 4-byte aligned, every table checksum right and
// the whole file summing to 0xB1B0AFBA.
func TestStandaloneIsValid(t *testing.T) {
	data := extractZenhei(t, 1)
	faces, err := readFaces(bytes.NewReader(data))
	if err != nil || len(faces) != 1 {
		t.Fatalf("reread: %d faces, %v", len(faces), err)
	}
	f := faces[0]
	n := len(f.tables)
	if got, want := binary.BigEndian.Uint16(data[6:]), uint16(16*largestPow2(n)); got != want {
		t.Errorf("searchRange %d, want %d", got, want)
	}
	for i, tb := range f.tables {
		if i > 0 && f.tables[i-1].tag >= tb.tag {
			t.Errorf("tables not sorted: %q before %q", f.tables[i-1].tag, tb.tag)
		}
		if tb.offset%4 != 0 || int(tb.offset+tb.length) > len(data) {
			t.Errorf("table %q at %d, %d bytes, in %d", tb.tag, tb.offset, tb.length, len(data))
			continue
		}
		b := append([]byte(nil), data[tb.offset:tb.offset+tb.length]...)
		if tb.tag == "head" {
			binary.BigEndian.PutUint32(b[8:], 0)
		}
		if got := checksum(b); got != tb.checksum {
			t.Errorf("table %q checksum %#x, recorded %#x", tb.tag, got, tb.checksum)
		}
	}
	if sum := checksum(data); sum != 0xB1B0AFBA {
		t.Errorf("font sums to %#x, want 0xB1B0AFBA", sum)
	}
	if in := inspect(bytes.NewReader(data), f); in.unfit != nil || !contains(in.names, "WenQuanYi Zen Hei Mono") {
		t.Errorf("extracted face: names %q, unfit %v", in.names, in.unfit)
	}
}

// embedded reports whether pdffonts output lists family as embedded. fpdf
// names a UTF-8 font "utf8" + family.
func embedded(out, family string) bool {
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) >= 7 && f[0] == "utf8"+family && f[len(f)-5] == "yes" {
			return true
		}
	}
	return false
}

func largestPow2(n int) int {
	p := 1
	for p*2 <= n {
		p *= 2
	}
	return p
}

// TestStandaloneRendersInFPDF loads face 0 of wqy-zenhei.ttc into fpdf,
// writes a PDF with Chinese text and reads it back with poppler.
func TestStandaloneRendersInFPDF(t *testing.T) {
	data := extractZenhei(t, 0)
	for _, tool := range []string{"pdffonts", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s absent (apt-get install poppler-utils)", tool)
		}
	}
	const text = "本年新收政府信息公开申请128件"
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCreationDate(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	pdf.AddUTF8FontFromBytes("xxgk-wqy-zenhei-0", "", data)
	pdf.AddPage()
	pdf.SetFont("xxgk-wqy-zenhei-0", "", 16)
	pdf.Text(28, 50, text)
	if w := pdf.GetStringWidth("政"); w < 5 || w > 6 {
		t.Errorf("width of 政 at 16 pt: %.3f mm, want about 5.64", w)
	}
	out := filepath.Join(t.TempDir(), "zenhei.pdf")
	if err := pdf.OutputFileAndClose(out); err != nil {
		t.Fatal(err)
	}
	fonts, err := exec.Command("pdffonts", out).CombinedOutput()
	if err != nil {
		t.Fatalf("pdffonts: %v\n%s", err, fonts)
	}
	if !embedded(string(fonts), "xxgk-wqy-zenhei-0") {
		t.Errorf("font not embedded:\n%s", fonts)
	}
	// fpdf subsets the font although pdffonts says "sub no" (no ABCDEF+
	// prefix): the file stays far below the 11 MB face.
	if st, err := os.Stat(out); err != nil || st.Size() > 200<<10 {
		t.Errorf("PDF of %d bytes (%v): font not subset", st.Size(), err)
	}
	got, err := exec.Command("pdftotext", out, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	if !strings.Contains(string(got), text) {
		t.Errorf("pdftotext gave %q, want %q", got, text)
	}
}
