package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/fonts"
	"github.com/xxgk/xxgk/report/reporttest"
)

// Fonts of the Debian packages .ci/run installs: the Chinese faces of the
// roles, and 花園明朝 B (fonts-hanazono) with CJK extension B and later.
const (
	debianZenhei = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
	debianSong   = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
	debianKai    = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"
	hanaMinB     = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"
)

// pinnedFonts finds the fonts among files only, linked into a folder of
// their own, so that the test does not depend on what else the machine
// has; it skips the test when one is absent.
func pinnedFonts(t *testing.T, files ...string) *fonts.Set {
	t.Helper()
	dir := t.TempDir()
	for _, p := range files {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s absent (.ci/run installs it): %v", p, err)
		}
		if err := os.Symlink(p, filepath.Join(dir, filepath.Base(p))); err != nil {
			t.Fatal(err)
		}
	}
	set, err := fonts.Find(fonts.Options{System: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// extBFonts are the Debian Chinese fonts and HanaMinB.
func extBFonts(t *testing.T) *fonts.Set {
	return pinnedFonts(t, debianZenhei, debianSong, debianKai, hanaMinB)
}

// noExtBFonts are the Debian Chinese fonts alone: none has 𠀀 or 𪚥.
func noExtBFonts(t *testing.T) *fonts.Set {
	return pinnedFonts(t, debianZenhei, debianSong, debianKai)
}

// extBReport is the test report of a unit whose name has 𠀀 (U+20000), with
// 𠀾 and 𪚥 in the first paragraph, 𠕇 (which wqy-zenhei has) in a
// sub-heading, and extra characters in the name when given.
func extBReport(extra string) *report.PublishedReport {
	doc := testReport()
	doc.Report.Unit.Name = "某某县" + extra + "𠀀教育局"
	doc.Title = report.DocumentTitle(doc.Report.Unit.Name, doc.Report.Year)
	doc.SignOff[0] = doc.Report.Unit.Name
	doc.Sections[0].Blocks[0].Paragraphs[0] = "本年度走访𠀾𪚥村小学3所。"
	doc.Sections[0].Blocks[1].Subhead = "（二）𠕇依申请公开"
	return doc
}

// writeNoted writes doc with set and returns the PDF's path and the notes.
func writeNoted(t *testing.T, doc *report.PublishedReport, set *fonts.Set) (string, []string) {
	t.Helper()
	var notes []string
	var b bytes.Buffer
	if err := Write(&b, doc, notesOf(Options{Fonts: set, Created: testCreated}, &notes)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("XXGK_PDF_OUT"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, t.Name()+".pdf"), b.Bytes(), 0o644)
	}
	return path, notes
}

// With HanaMinB on the machine, 𠀀 and 𪚥 are drawn in the title, the body
// and the sign-off, pdftotext gives them back, the document's title
// property holds them, and nothing is replaced or noted.
func TestWriteExtensionB(t *testing.T) {
	doc := extBReport("")
	path, notes := writeNoted(t, doc, extBFonts(t))
	if len(notes) > 0 {
		t.Errorf("notes: %q", notes)
	}
	text := tool(t, "pdftotext", "-raw", path, "-")
	raw := squeeze(text)
	for _, want := range []string{"某某县𠀀教育局2025年", "本年度走访𠀾𪚥村小学3所。", "（二）𠕇依申请公开", "某某县𠀀教育局2026年1月10日"} {
		if !strings.Contains(raw, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	if strings.Contains(text, "〓") || strings.ContainsRune(text, 0xE000) {
		t.Errorf("PDF text has 〓 or a Private Use character:\n%s", text)
	}
	info := tool(t, "pdfinfo", path)
	if m := regexp.MustCompile(`(?m)^Title:\s+(.*)$`).FindStringSubmatch(info); m == nil || m[1] != doc.Title {
		t.Errorf("pdfinfo Title = %v, want %q", m, doc.Title)
	}
	// 𠕇 is in wqy-zenhei, the title's and the sub-heading's own font: set
	// from it, and HanaMinB for the rest.
	fonts := tool(t, "pdffonts", path)
	for _, want := range []string{"utf8xxgk-wqy-zenhei-0-pua ", "utf8xxgk-hanaminb-pua "} {
		if !strings.Contains(fonts, want) {
			t.Errorf("pdffonts lacks %q:\n%s", want, fonts)
		}
	}
}

// 😀, which neither the Chinese fonts nor HanaMinB has, is still 〓 with a
// note that names it alone and points to --font-dir.
func TestWriteEmojiWithoutFont(t *testing.T) {
	path, notes := writeNoted(t, extBReport("😀"), extBFonts(t))
	all := strings.Join(notes, "\n")
	for _, want := range []string{"「😀」（U+1F600，在标题、落款）", "已用「〓」代替", "--font-dir"} {
		if !strings.Contains(all, want) {
			t.Errorf("notes lack %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "U+20000") || strings.Contains(all, "暂不能") {
		t.Errorf("notes: %s", all)
	}
	if raw := squeeze(tool(t, "pdftotext", "-raw", path, "-")); !strings.Contains(raw, "某某县〓𠀀教育局2025年") {
		t.Errorf("PDF text: %s", raw)
	}
}

// The same report gives the same bytes.
func TestWriteExtensionBIdentical(t *testing.T) {
	set := extBFonts(t)
	var a, b bytes.Buffer
	for _, w := range []*bytes.Buffer{&a, &b} {
		if err := Write(w, extBReport("😀"), Options{Fonts: set, Created: testCreated}); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two runs gave different bytes")
	}
}

// The monthly summary: the unit's name, a task's texts and a table cell.
func TestWriteMonthlyExtensionB(t *testing.T) {
	s := reporttest.Monthly()
	s.Unit.Name = "𠀀县教育局"
	s.Tasks[0].Task.Area = "𪚥要点"
	s.Tasks[0].LatestNote = "已走访𪚥村。"
	s.Units[0].Unit = "𠀀乡中心校"
	var notes []string
	var b bytes.Buffer
	if err := WriteMonthly(&b, s, notesOf(Options{Fonts: extBFonts(t), Created: testCreated}, &notes)); err != nil {
		t.Fatal(err)
	}
	if len(notes) > 0 {
		t.Errorf("notes: %q", notes)
	}
	path := filepath.Join(t.TempDir(), "m.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("XXGK_PDF_OUT"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, t.Name()+".pdf"), b.Bytes(), 0o644)
	}
	raw := squeeze(tool(t, "pdftotext", "-raw", path, "-"))
	for _, want := range []string{"𠀀县教育局2025年", "𪚥要点", "已走访𪚥村。", "𠀀乡中心校"} {
		if !strings.Contains(raw, want) {
			t.Errorf("PDF text lacks %q:\n%s", want, raw)
		}
	}
	if strings.Contains(raw, "〓") {
		t.Errorf("PDF text has 〓: %s", raw)
	}
}
