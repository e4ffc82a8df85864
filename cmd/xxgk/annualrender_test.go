package main

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/xxgk/xxgk/report/reporttest"
)

// Rendered side by side, each format has the bytes it has rendered alone,
// in the order asked; a format that fails fails at its turn only.
func TestRenderAllAsOneByOne(t *testing.T) {
	r := renderer{rep: reporttest.Annual(reporttest.Sequential(1)), created: fixedNow}
	formats := []string{"xlsx", "json", "nonsense", "json"}
	files := renderAll(r, formats)
	if len(files) != len(formats) {
		t.Fatalf("%d files for %d formats", len(files), len(formats))
	}
	for i, f := range formats {
		var alone, got bytes.Buffer
		wantErr := r.render(f, &alone)
		err := files[i].writeTo(&got, nil)
		if (err == nil) != (wantErr == nil) {
			t.Fatalf("%s: error %v, alone %v", f, err, wantErr)
		}
		if err == nil && !bytes.Equal(got.Bytes(), alone.Bytes()) {
			t.Errorf("%s: %d bytes side by side, %d alone", f, got.Len(), alone.Len())
		}
	}
}

// A file's notes are said when it is written, in the order the renderer
// gave them, also when it failed.
func TestRenderedFileSaysItsNotes(t *testing.T) {
	fail := errors.New("render failed")
	rf := &renderedFile{notes: []string{"甲", "乙"}, err: fail}
	var said []string
	var w bytes.Buffer
	if err := rf.writeTo(&w, func(s string) { said = append(said, s) }); !errors.Is(err, fail) || w.Len() != 0 {
		t.Fatalf("failed file: %v, %d bytes written", err, w.Len())
	}
	if !slices.Equal(said, []string{"甲", "乙"}) {
		t.Fatalf("notes said: %q", said)
	}
}

// The fonts pdfFonts found for a report with a PDF among other formats are
// the ones findFonts gives: the folders are searched once.
func TestFontsFoundOnce(t *testing.T) {
	dir := fontFolder(t, debianChinese...)
	e := &env{stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }, fontSystem: []string{dir}}
	formats, skipped, found := pdfFonts([]string{"xlsx", "pdf"}, nil, e)
	if found == nil || skipped != "" || len(formats) != 2 {
		t.Fatalf("pdfFonts: %v %q %v", formats, skipped, found)
	}
	set, err := findFonts(reportOptions{found: found}, e)
	if err != nil || set != found {
		t.Fatalf("findFonts searched again: %p, want %p (%v)", set, found, err)
	}
	if _, _, found := pdfFonts([]string{"pdf"}, nil, e); found != nil {
		t.Fatal("a PDF alone: pdfFonts searched (findFonts says what it finds)")
	}
}
