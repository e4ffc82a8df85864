package textfile

import (
	"bytes"
	"strings"
	"testing"
)

// On every system the file starts with a BOM and every line ends in CRLF,
// even when the text is written in pieces that split a CRLF, and a text
// that already has a BOM does not get a second one.
func TestWriterForNotepad(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	for _, piece := range []string{"【前言】\n网站：", "示例\r", "\n\n第二段\r\n", "末行"} {
		if n, err := w.Write([]byte(piece)); err != nil || n != len(piece) {
			t.Fatalf("Write(%q) = %d, %v", piece, n, err)
		}
	}
	want := "\uFEFF【前言】\r\n网站：示例\r\n\r\n第二段\r\n末行"
	if b.String() != want {
		t.Errorf("windows:\n got %q\nwant %q", b.String(), want)
	}
	if got := string(ForNotepad([]byte("a\nb\n"))); got != "\uFEFFa\r\nb\r\n" {
		t.Errorf("ForNotepad = %q", got)
	}
	if got := string(ForNotepad([]byte("\uFEFFa\r\nb"))); got != "\uFEFFa\r\nb" {
		t.Errorf("ForNotepad of a Notepad file = %q", got)
	}
}

// What the writer wrote reads back as the text written, with the line ends
// as written; the plain LF text reads back as it is.
func TestReadsNotepadFile(t *testing.T) {
	text := "【前言】\n网站：示例\n\n第二段\n"
	got, err := Read(bytes.NewReader(ForNotepad([]byte(text))), "x.txt", "年报文字", 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ReplaceAll(got, "\r\n", "\n") != text || strings.HasPrefix(got, "\uFEFF") {
		t.Errorf("read back %q", got)
	}
	if got, err := Read(strings.NewReader(text), "x.txt", "年报文字", 1<<20); err != nil || got != text {
		t.Errorf("plain LF read back %q, %v", got, err)
	}
}
