package main

import (
	"bufio"
	"context"
	"io"
	"strings"
	"text/template"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/report/textfile"
	"time"
)

// env is everything a command may touch outside its options: the output
// streams, the clock and the environment. Tests build their own.
type env struct {
	stdin  io.Reader     // the console's input: the first start's unit name, Enter before a window closes; nil: none
	input  *bufio.Reader // stdin read by lines (readLine)
	stdout io.Writer
	stderr io.Writer
	now    func() time.Time
	getenv func(string) string
	// goos is the system xxgk runs on ("": hostOS, runtime.GOOS): it
	// decides the profile folder of the default database, the quoting of
	// hints and the text files of Windows; tests name others.
	goos string
	// fromExplorer is true when xxgk was started by a double-click or a
	// file dropped on it (startedFromExplorer), not from a console.
	fromExplorer bool
	terminal     bool // stderr is a console: progress may rewrite its line
	debug        bool
	text         *template.Template // the embedded text templates (package templates)
	// fontSystem overrides the system font folders (nil: the defaults of
	// the operating system); tests use it to stand for a machine without
	// Chinese fonts.
	fontSystem []string
	// busyWait is how long a write waits for another program's write
	// (0: data.DefaultBusyWait); tests shorten it.
	busyWait time.Duration
	// openURL opens a page in the default browser (serve); nil: none is
	// opened (tests).
	openURL func(url string) error
	// warmEvery is how often serve looks whether the current year's
	// figures need computing again (0: every 2 s); tests shorten it.
	warmEvery time.Duration
	// countWait is how long serve's pages wait for a year's count before
	// they show 「正在统计…」; 0: web.DefaultCountWait.
	countWait time.Duration
	// fontNoticed is true once the run has said that the PDF uses
	// substitute fonts (findFonts), so that it says so once per run.
	fontNoticed bool
	// accounts opens the shared database's accounts in place of
	// openAccounts (tests: an in-memory fake, or PostgreSQL's).
	accounts func(ctx context.Context, db string) (unitdb.Accounts, func() error, error)
}

// notepad returns the writer of a text file a clerk opens in Notepad: a
// UTF-8 BOM and CRLF line ends on every system.
func (e *env) notepad(w io.Writer) io.Writer {
	return textfile.NewWriter(w)
}

// system is the operating system xxgk runs on, as runtime.GOOS names it.
func (e *env) system() string {
	if e.goos != "" {
		return e.goos
	}
	return hostOS
}

// readLine reads one line from e.stdin without its line break (a
// console's \r too); io.EOF when there is no input.
func (e *env) readLine() (string, error) {
	if e.stdin == nil {
		return "", io.EOF
	}
	if e.input == nil {
		e.input = bufio.NewReader(e.stdin)
	}
	line, err := e.input.ReadString('\n')
	if err != nil && line == "" {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}
