package main

import (
	"errors"
	"fmt"

	"github.com/xxgk/xxgk/report/pdf/fonts"
)

// findFonts finds the Chinese fonts the PDF needs.
func findFonts(opt reportOptions, e *env) (*fonts.Set, error) {
	set, err := fonts.Find(fonts.Options{Dirs: opt.fontDirs, System: e.fontSystem, Getenv: e.getenv})
	var missing *fonts.MissingError
	if errors.As(err, &missing) {
		return nil, inputErrorf(err, "%v", err)
	}
	if err != nil {
		return nil, err
	}
	if opt.verbose {
		for _, line := range set.Describe() {
			fmt.Fprintln(e.stderr, line)
		}
	}
	return set, nil
}
