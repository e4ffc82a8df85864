// Package templates embeds the wording of xxgk's text outputs, so that
// what a clerk reads can be changed in one place without touching the
// code: the check listing and the explain listing now, the annual report's
// narrative sentences later. Every file is parsed at start-up and a test
// fails on a file no code names.
package templates

import (
	"embed"
	"fmt"
	"text/template"
)

//go:embed text/*.tmpl
var files embed.FS

// Names of the templates, one per file under text/.
const (
	Check   = "check.tmpl"   // the problems `xxgk check` lists
	Explain = "explain.tmpl" // the rows `xxgk explain` lists behind a figure
)

// Names lists every template the code uses.
var Names = []string{Check, Explain}

// Text parses every embedded text template. The templates may call inc
// (n+1, for 1-based numbering).
func Text() (*template.Template, error) {
	funcs := template.FuncMap{"inc": func(i int) int { return i + 1 }}
	t, err := template.New("").Funcs(funcs).ParseFS(files, "text/*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("parse templates: %w", err)
	}
	return t, nil
}
