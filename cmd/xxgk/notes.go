package main

import "fmt"

// noteTo prints a renderer's notes on stderr, one 「注意：…」 line each:
// what it changed to fit the text to its format (a character the PDF's
// fonts lack, a text too long for a cell), so that the file is written
// and the clerk still hears of it.
func noteTo(e *env) func(string) {
	return func(note string) { fmt.Fprintln(e.stderr, "注意："+note) }
}
