package cjk

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// Units: every test measures and sets widths in one unit. The fixed measure
// gives points (16 pt a CJK character); the GB/T 9704 tests use millimetres,
// the unit report/pdf gives fpdf (1 pt = 25.4/72 mm).
const mmPerPt = 25.4 / 72

// chars returns a width of n CJK characters at 16 pt, in points.
func chars(n float64) float64 { return n * cjkPt }

func TestBreakRules(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64 // in CJK characters
		want  []string
	}{
		{"known fpdf bug keeps 信息", "本年新收政府信息", 5, []string{"本年新收政", "府信息"}},
		{"fits on one line", "本年新收政府信息", 8, []string{"本年新收政府信息"}},
		{"comma hangs", "一二三四五，六七", 5, []string{"一二三四五，", "六七"}},
		{"full stop hangs at the end", "一二三四五。", 5, []string{"一二三四五。"}},
		{"two closing marks pull a character down", "一二三四五。」六", 5, []string{"一二三四", "五。」六"}},
		{"ellipsis pair pulls a character down", "一二三四五……六", 5, []string{"一二三四", "五……六"}},
		{"closing bracket hangs", "一二三四五）六", 5, []string{"一二三四五）", "六"}},
		{"closing bracket and comma", "一二三四五），六", 5, []string{"一二三四", "五），六"}},
		{"break inside brackets", "一二三（四五），六", 5, []string{"一二三（四", "五），六"}},
		{"half-width comma hangs", "一二三四五,六", 5, []string{"一二三四五,", "六"}},
		{"opening mark moves down", "一二三四《五六》", 5, []string{"一二三四", "《五六》"}},
		{"opening quote moves down", "一二三四“五”", 5, []string{"一二三四", "“五”"}},
		{"two opening marks move down", "一二三《「四五」》", 5, []string{"一二三", "《「四五」》"}},
		{"year not split", "一二三四2025年", 5, []string{"一二三四", "2025年"}},
		{"percentage not split", "一二三12.5%", 5, []string{"一二三", "12.5%"}},
		{"percent sign stays with number", "一二三四1％。", 4.5, []string{"一二三四", "1％。"}},
		{"Latin word not split", "见附件PDF文件", 4, []string{"见附件", "PDF文件"}},
		{"long number split", "12345678901234", 5, []string{"1234567890", "1234"}},
		{"space dropped at break", "ab cd ef", 2.5, []string{"ab cd", "ef"}},
		{"space run dropped at break", "abcd   efgh", 2, []string{"abcd", "efgh"}},
		{"leading indent kept", "　　一二三四", 4, []string{"　　一二", "三四"}},
		{"hard newlines", "一二\n\n三", 5, []string{"一二", "", "三"}},
		{"CRLF", "一二\r\n三\r", 5, []string{"一二", "三\r"}},
		{"empty", "", 5, []string{""}},
		{"wider than a line", "一二", 0.5, []string{"一", "二"}},
		{"no break allowed", "《《《《《《", 4, []string{"《《《《", "《《"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Break(tt.text, chars(tt.width), fixed)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Break(%q, %v chars)\n got %q\nwant %q", tt.text, tt.width, got, tt.want)
			}
			if err := checkLines(tt.text, chars(tt.width), fixed, got); err != nil {
				t.Error(err)
			}
		})
	}
}

// body is a paragraph of 84 CJK characters without punctuation.
var body = strings.Repeat("本机关本年度依法主动公开政府信息并办理公民法人和其他组织提出的", 3)[:84*3]

// TestBreak28PerLine checks the GB/T 9704 text block: 156 mm wide, 28
// characters of 3号 (16 pt) a line. 28 × 16 pt is 158.04 mm, 2 mm more than
// the block, so a measure that gives each character its full 16 pt fits 27
// a line; Word reaches 28 with its document grid (每行28字), which sets the
// characters at a pitch of 156/28 = 5.571 mm. A measure on that pitch fits
// exactly 28.
func TestBreak28PerLine(t *testing.T) {
	const block = 156.0 // mm
	grid := func(s string) float64 { return float64(utf8.RuneCountInString(s)) * block / 28 }
	full := func(s string) float64 { return float64(utf8.RuneCountInString(s)) * 16 * mmPerPt }
	for _, tt := range []struct {
		name    string
		measure func(string) float64
		perLine int
	}{
		{"document grid", grid, 28},
		{"full 16 pt", full, 27},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lines := Break(body, block, tt.measure)
			for i, l := range lines[:len(lines)-1] {
				if n := utf8.RuneCountInString(l); n != tt.perLine {
					t.Errorf("line %d has %d characters, want %d: %q", i, n, tt.perLine, l)
				}
			}
			if strings.Join(lines, "") != body {
				t.Errorf("lines %q do not give the text back", lines)
			}
		})
	}
	// A full stop after the 28th character hangs in the margin, so the line
	// keeps its 28 characters.
	text := body[:28*3] + "。" + body[28*3:]
	lines := Break(text, block, grid)
	if want := body[:28*3] + "。"; lines[0] != want {
		t.Errorf("first line %q, want %q", lines[0], want)
	}
}

// alphabet mixes the cases Break treats differently.
var alphabet = []rune("政府信息公开年度报告本新收" + "，。、；：？！）》」』】〕…—" + "（《「『【〔“‘" +
	"abcXYZ0123456789.%,()" + "  \n\r　" + "e\u0301")

func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteRune(alphabet[r.Intn(len(alphabet))])
	}
	return b.String()
}

// TestCheckLines makes sure the checker itself catches fpdf's lost
// character and a duplicated one.
func TestCheckLines(t *testing.T) {
	for _, lines := range [][]string{
		{"本年新收政", "信息"},
		{"本年新收政", "政府信息"},
		{"本年新收政府信息", ""},
	} {
		if checkLines("本年新收政府信息", chars(5), fixed, lines) == nil {
			t.Errorf("checkLines accepted %q", lines)
		}
	}
}

func TestBreakProperty(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := range 20000 {
		text := randomText(r, r.Intn(80))
		width := chars(float64(r.Intn(12)) + r.Float64())
		lines := Break(text, width, fixed)
		if err := checkLines(text, width, fixed, lines); err != nil {
			t.Fatalf("case %d: Break(%q, %v): %v\nlines %q", i, text, width, err, lines)
		}
	}
}

func FuzzBreak(f *testing.F) {
	for _, s := range []string{"本年新收政府信息", "一二三四五。」六", "2025年12.5%", "ab  cd\r\nef", "《《《《", ""} {
		f.Add(s, 5.0)
	}
	f.Fuzz(func(t *testing.T, text string, width float64) {
		if !utf8.ValidString(text) || width != width || width > 1e6 || width < -1e6 {
			t.Skip()
		}
		lines := Break(text, chars(width), fixed)
		if err := checkLines(text, chars(width), fixed, lines); err != nil {
			t.Fatalf("Break(%q, %v): %v\nlines %q", text, width, err, lines)
		}
	})
}
