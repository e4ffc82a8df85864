package textwidth

import (
	"strings"
	"testing"
)

func TestLines(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		size  float64
		width float64
		want  int
	}{
		{"empty", "", 11, 10, 1},
		{"short", "办公室", 11, 10, 1},
		// 10 characters wide hold 67 px: four and a half Chinese characters at 11 points.
		{"wraps", "示例县教育局办公室", 11, 10, 2},
		{"latin is narrower", "abcdefgh", 11, 10, 1},
		{"four chinese fit", "教育局办", 11, 10, 1},
		{"newlines", "一\n二\n三", 11, 10, 3},
		{"bigger font, more lines", strings.Repeat("字", 40), 14, 100, 2},
		{"same text at 11 points", strings.Repeat("字", 40), 11, 100, 1},
	}
	for _, c := range cases {
		if got := Lines(c.text, c.size, c.width); got != c.want {
			t.Errorf("%s: Lines(%q, %v, %v) = %d, want %d", c.name, c.text, c.size, c.width, got, c.want)
		}
	}
}

func TestHeight(t *testing.T) {
	if got, want := Height("一\n二", 11, 10), 2*11*LineFactor+3; got != want {
		t.Errorf("Height of two lines at 11 points = %v, want %v", got, want)
	}
}
