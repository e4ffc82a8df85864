package textfile

import (
	"bytes"
	"strings"
	"testing"
)

// For Windows the file starts with a BOM and every line ends in CRLF, even
// when the text is written in pieces that split a CRLF; elsewhere the
// bytes are unchanged.
func TestWriterForNotepad(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b, true)
	for _, piece := range []string{"【前言】\n网站：", "示例\r", "\n\n第二段\r\n", "末行"} {
		if n, err := w.Write([]byte(piece)); err != nil || n != len(piece) {
			t.Fatalf("Write(%q) = %d, %v", piece, n, err)
		}
	}
	want := "\uFEFF【前言】\r\n网站：示例\r\n\r\n第二段\r\n末行"
	if b.String() != want {
		t.Errorf("windows:\n got %q\nwant %q", b.String(), want)
	}
	if got := string(ForNotepad([]byte("a\nb\n"), true)); got != "\uFEFFa\r\nb\r\n" {
		t.Errorf("ForNotepad windows = %q", got)
	}
	if got := string(ForNotepad([]byte("a\nb\n"), false)); got != "a\nb\n" {
		t.Errorf("ForNotepad linux = %q", got)
	}
	var plain bytes.Buffer
	NewWriter(&plain, false).Write([]byte("a\nb"))
	if plain.String() != "a\nb" {
		t.Errorf("linux = %q", plain.String())
	}
}

// What the Windows writer wrote reads back as the text written.
func TestReadsNotepadFile(t *testing.T) {
	text := "【前言】\n网站：示例\n\n第二段\n"
	got, err := Read(bytes.NewReader(ForNotepad([]byte(text), true)), "x.txt", "年报文字", 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ReplaceAll(got, "\r\n", "\n") != text || strings.HasPrefix(got, "\uFEFF") {
		t.Errorf("read back %q", got)
	}
}
