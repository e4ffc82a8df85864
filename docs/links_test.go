// Package docs holds the Chinese manual (README.md is its index). Its only
// Go file is this test, which keeps the manual's links and the code's
// pointers into it from going stale.
package docs

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// mdLink matches a Markdown link or image: [text](target).
var mdLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// docsRef matches a code comment's pointer into the manual, with the
// numbered section it may name: "docs/figures.md §2" or "§2–3".
var docsRef = regexp.MustCompile(`docs/([a-z]+\.md)(?: §(\d+))?`)

// manualFiles lists the repository's README.md and every docs/*.md.
func manualFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 8 {
		t.Fatalf("docs/ holds %d Markdown files: %v", len(files), files)
	}
	return append([]string{filepath.Join("..", "README.md")}, files...)
}

// TestLinks checks that every relative link of README.md and docs/*.md
// names an existing file and, with a #fragment, a heading of it.
func TestLinks(t *testing.T) {
	for _, f := range manualFiles(t) {
		for n, line := range lines(t, f) {
			for _, m := range mdLink.FindAllStringSubmatch(line, -1) {
				target := m[1]
				if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
					continue
				}
				file, frag, _ := strings.Cut(target, "#")
				path := f
				if file != "" {
					path = filepath.Join(filepath.Dir(f), file)
				}
				if _, err := os.Stat(path); err != nil {
					t.Errorf("%s:%d: link %q: %v", f, n+1, target, err)
					continue
				}
				if frag != "" && !anchors(t, path)[frag] {
					t.Errorf("%s:%d: link %q: %s has no heading with the anchor %q", f, n+1, target, path, frag)
				}
			}
		}
	}
}

// TestAnchor pins the anchors GitHub gives headings, which TestLinks
// relies on.
func TestAnchor(t *testing.T) {
	for heading, want := range map[string]string{
		"English": "english",
		"下载与安装":   "下载与安装",
		"1. 表二：主动公开政府信息情况（条例第二十条）": "1-表二主动公开政府信息情况条例第二十条",
		"双击启动、个人数据库和拖放文件":          "双击启动个人数据库和拖放文件",
		"`xxgk export`：上报文件":       "xxgk-export上报文件",
		"The two commands":         "the-two-commands",
		"退出码 0/1/2/130 和 --debug":  "退出码-012130-和---debug",
	} {
		if got := anchor(heading); got != want {
			t.Errorf("anchor(%q) = %q, want %q", heading, got, want)
		}
	}
}

// TestCodePointers checks that every "docs/NAME.md" a Go file or a
// release script names exists, and that a "§N" after it names a numbered
// heading ("## N. …") of that file.
func TestCodePointers(t *testing.T) {
	var sources []string
	err := filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && d.Name() != ".." && d.Name() != ".ci" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(path, ".go") || strings.HasPrefix(path, filepath.Join("..", ".ci")+string(filepath.Separator))) {
			sources = append(sources, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, src := range sources {
		for n, line := range lines(t, src) {
			for _, m := range docsRef.FindAllStringSubmatch(line, -1) {
				found++
				doc := m[1]
				if _, err := os.Stat(doc); err != nil {
					t.Errorf("%s:%d: points to docs/%s, which does not exist", src, n+1, doc)
					continue
				}
				if m[2] != "" && !numbered(t, doc, m[2]) {
					t.Errorf("%s:%d: points to docs/%s §%s, which has no heading «## %s. …»", src, n+1, doc, m[2], m[2])
				}
			}
		}
	}
	if found < 20 {
		t.Errorf("found %d pointers into docs/ in the code, want the code's comments (20 or more)", found)
	}
}

// TestNoOutsidePointers checks that no file of the repository points to
// the project's brief outside it: the manual is docs/.
func TestNoOutsidePointers(t *testing.T) {
	banned := []string{"../" + "shared", "/work/" + "shared", "SPEC" + ".md", "CALENDAR" + ".md", "STYLE" + ".md", "WORKBENCH" + ".md"}
	err := filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == ".git" || name == "dist" {
				return filepath.SkipDir
			}
			return nil
		}
		if info, err := d.Info(); err != nil || info.Size() > 4<<20 {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, s := range banned {
			if strings.Contains(string(b), s) {
				t.Errorf("%s mentions %q, which is outside the repository; point into docs/ instead", path, s)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// numbered reports whether the Markdown file path has a heading numbered n.
func numbered(t *testing.T, path, n string) bool {
	for _, l := range lines(t, path) {
		if h, ok := heading(l); ok && strings.HasPrefix(h, n+". ") {
			return true
		}
	}
	return false
}

// lines returns the lines of the file at path.
func lines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	s := bufio.NewScanner(f)
	s.Buffer(nil, 1<<20)
	for s.Scan() {
		out = append(out, s.Text())
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// heading returns the text of a Markdown ATX heading line.
func heading(line string) (string, bool) {
	trimmed := strings.TrimLeft(line, "#")
	if len(trimmed) == len(line) || len(line)-len(trimmed) > 6 || !strings.HasPrefix(trimmed, " ") {
		return "", false
	}
	return strings.TrimSpace(trimmed), true
}

// anchors lists the anchors of the headings of the Markdown file at path,
// numbered like GitHub's for repeated headings (x, x-1, x-2 …); code
// blocks are skipped.
func anchors(t *testing.T, path string) map[string]bool {
	out := map[string]bool{}
	seen := map[string]int{}
	fence := false
	for _, l := range lines(t, path) {
		if strings.HasPrefix(l, "```") {
			fence = !fence
			continue
		}
		h, ok := heading(l)
		if fence || !ok {
			continue
		}
		a := anchor(h)
		if k := seen[a]; k > 0 {
			out[a+"-"+strconv.Itoa(k)] = true
		} else {
			out[a] = true
		}
		seen[a]++
	}
	return out
}

// anchor is the anchor GitHub gives a heading: lower case, letters, marks,
// digits, '-' and '_' kept, spaces become '-', everything else (Chinese
// punctuation included) dropped; inline code loses its backquotes.
func anchor(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
