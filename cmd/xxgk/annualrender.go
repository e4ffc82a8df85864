package main

import (
	"bytes"
	"io"
	"sync"
)

// renderedFile is one format of the annual report rendered in memory: its
// bytes or the renderer's failure, and the notes the renderer gave (what
// the format changed in the text), to be said when the file is written.
type renderedFile struct {
	data  bytes.Buffer
	err   error
	notes []string
}

// renderAll renders each of formats with r side by side, each into memory
// with notes kept apart: the writers are independent, so that the four
// formats of a large year take the time of the slowest rather than of all.
// The files are in the order of formats.
func renderAll(r renderer, formats []string) []*renderedFile {
	files := make([]*renderedFile, len(formats))
	var wg sync.WaitGroup
	for i, f := range formats {
		rf := &renderedFile{}
		files[i] = rf
		own := r
		own.note = func(s string) { rf.notes = append(rf.notes, s) }
		wg.Go(func() { rf.err = own.render(f, &rf.data) })
	}
	wg.Wait()
	return files
}

// writeTo says the notes to note, as the renderer did, and writes the file
// to w; it fails as the renderer failed.
func (rf *renderedFile) writeTo(w io.Writer, note func(string)) error {
	if note != nil {
		for _, s := range rf.notes {
			note(s)
		}
	}
	if rf.err != nil {
		return rf.err
	}
	_, err := w.Write(rf.data.Bytes())
	return err
}
