package templates

import (
	"io/fs"
	"slices"
	"testing"
)

// Every file parses, every file is named in Names, and every name has a
// file: an unused template fails here.
func TestEveryTemplateIsParsedAndUsed(t *testing.T) {
	tpl, err := Text()
	if err != nil {
		t.Fatal(err)
	}
	paths, err := fs.Glob(files, "text/*.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	var onDisk []string
	for _, p := range paths {
		onDisk = append(onDisk, p[len("text/"):])
	}
	for _, f := range onDisk {
		if !slices.Contains(Names, f) {
			t.Errorf("template %s is not used by any code (add it to Names, or delete it)", f)
		}
	}
	for _, n := range Names {
		if tpl.Lookup(n) == nil {
			t.Errorf("template %s named in Names has no file", n)
		}
	}
}
