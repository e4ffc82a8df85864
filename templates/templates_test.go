package templates

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
)

// Every file parses, every file is named in Names, and every name has a
// file: an unused template fails here. Text templates live under text/,
// HTML templates under html/.
func TestEveryTemplateIsParsedAndUsed(t *testing.T) {
	txt, err := Text()
	if err != nil {
		t.Fatal(err)
	}
	htm, err := HTML()
	if err != nil {
		t.Fatal(err)
	}
	web, err := Web()
	if err != nil {
		t.Fatal(err)
	}
	var onDisk []string
	for _, folder := range []fs.FS{files, htmlFiles, webFiles} {
		paths, err := fs.Glob(folder, "*/*.tmpl")
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			onDisk = append(onDisk, p[strings.IndexByte(p, '/')+1:])
		}
	}
	for _, f := range onDisk {
		if !slices.Contains(Names, f) {
			t.Errorf("template %s is not used by any code (add it to Names, or delete it)", f)
		}
	}
	for _, n := range Names {
		if txt.Lookup(n) == nil && htm.Lookup(n) == nil && web.Lookup(n) == nil {
			t.Errorf("template %s named in Names has no file", n)
		}
	}
}
