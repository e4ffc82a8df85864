package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/fonts"
)

// testFonts finds Chinese fonts on this machine, or skips the test.
func testFonts(t *testing.T) *fonts.Set {
	t.Helper()
	set, err := fonts.Find(fonts.Options{Dirs: filepath.SplitList(os.Getenv("XXGK_FONT_DIR"))})
	if err != nil {
		t.Skipf("no Chinese font on this machine: %v", err)
	}
	return set
}

// writeTest writes doc as a PDF into a temporary file and returns its path.
func writeTest(t *testing.T, doc *report.PublishedReport, set *fonts.Set) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, doc, Options{Fonts: set, Created: testCreated}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("XXGK_PDF_OUT"); dir != "" { // keep a copy to look at
		_ = os.WriteFile(filepath.Join(dir, t.Name()+".pdf"), b.Bytes(), 0o644)
	}
	return path
}

// tool runs a poppler tool, skipping the test when it is not installed.
func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s not installed (poppler-utils)", name)
	}
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}

func TestWriteReadBack(t *testing.T) {
	doc := testReport()
	path := writeTest(t, doc, testFonts(t))

	info := tool(t, "pdfinfo", "-f", "1", "-l", "99", path)
	for key, want := range map[string]string{"Title": doc.Title, "Author": doc.Report.Unit.Name, "Creator": "xxgk"} {
		m := regexp.MustCompile(`(?m)^` + key + `:\s+(.*)$`).FindStringSubmatch(info)
		if m == nil || m[1] != want {
			t.Errorf("pdfinfo %s = %v, want %q", key, m, want)
		}
	}
	sizes := regexp.MustCompile(`(?m)^Page +\d+ size: +(\S+) x (\S+) pts`).FindAllStringSubmatch(info, -1)
	for i, s := range sizes {
		if wh := s[1] + "x" + s[2]; wh != "595.28x841.89" && wh != "841.89x595.28" {
			t.Errorf("page %d is %s pt, not A4", i+1, wh)
		}
	}

	lines := strings.Split(strings.TrimSpace(tool(t, "pdffonts", path)), "\n")
	for _, l := range lines[2:] {
		if f := strings.Fields(l); len(f) < 5 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}

	layout := tool(t, "pdftotext", "-layout", path, "-")
	pages := strings.Split(strings.TrimSuffix(layout, "\f"), "\f")
	if len(pages) != len(sizes) {
		t.Errorf("%d pages of text, %d pages", len(pages), len(sizes))
	}
	for i, p := range pages {
		if !strings.Contains(p, "— "+itoa(i+1)+" —") {
			t.Errorf("page %d has no page number", i+1)
		}
	}
	tokens := map[string]bool{}
	for _, f := range strings.Fields(layout) {
		tokens[f] = true
	}
	for _, n := range tableFigures(doc.Report) {
		if !tokens[n] {
			t.Errorf("figure %s missing", n)
		}
	}
	last := -1
	for _, h := range report.SectionTitles {
		i := strings.Index(layout, h)
		if i <= last {
			t.Errorf("heading %q missing or out of order", h)
		}
		last = i
	}

	// Raw text keeps each cell's and paragraph's lines together.
	raw := squeeze(tool(t, "pdftotext", "-raw", path, "-"))
	for _, l := range tableLabels() {
		if !strings.Contains(raw, squeeze(l)) {
			t.Errorf("label %q missing", l)
		}
	}
	for _, p := range narrative(doc) {
		if !strings.Contains(raw, squeeze(p)) {
			t.Errorf("text missing: %q", p)
		}
	}
}

var folio = regexp.MustCompile(`—\s*\d+\s*—`)

// squeeze removes white space and page numbers, so that a paragraph cut by
// a page break reads as one.
func squeeze(s string) string {
	s = folio.ReplaceAllString(s, "")
	return strings.Join(strings.Fields(s), "")
}

func TestWriteIdentical(t *testing.T) {
	set := testFonts(t)
	var a, b bytes.Buffer
	for _, w := range []*bytes.Buffer{&a, &b} {
		if err := Write(w, testReport(), Options{Fonts: set, Created: testCreated}); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two runs gave different bytes")
	}
}

func TestWriteDraft(t *testing.T) {
	doc := testReport()
	doc.Draft = true
	path := writeTest(t, doc, testFonts(t))
	text := tool(t, "pdftotext", "-layout", path, "-")
	for i, p := range strings.Split(strings.TrimSuffix(text, "\f"), "\f") {
		if !strings.Contains(p, draftMark) {
			t.Errorf("page %d is not marked %s", i+1, draftMark)
		}
	}
	raw := squeeze(strings.ReplaceAll(tool(t, "pdftotext", "-raw", path, "-"), draftMark, ""))
	for _, p := range narrative(doc) {
		if !strings.Contains(raw, squeeze(p)) {
			t.Errorf("draft text missing: %q", p)
		}
	}
}
