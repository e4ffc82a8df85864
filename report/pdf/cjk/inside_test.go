package cjk

import (
	"reflect"
	"testing"
)

// BreakInside never lets a closing mark hang: it carries the character
// before the mark to the next line with it, and every line stays within
// the width.
func TestBreakInside(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64 // in CJK characters
		want  []string
	}{
		{"comma carries the character before it", "一二三四五，六七", 5, []string{"一二三四", "五，六七"}},
		{"full stop at the end carries one down", "一二三四五。", 5, []string{"一二三四", "五。"}},
		{"mark exactly at the end stays", "一二三四。五六", 5, []string{"一二三四。", "五六"}},
		{"closing bracket", "一二三四五）六", 5, []string{"一二三四", "五）六"}},
		{"full stop and closing quote", "一二三四五。」六", 5, []string{"一二三四", "五。」六"}},
		{"half-width comma", "一二三四五,六", 5, []string{"一二三四", "五,六"}},
		{"opening mark moves down", "一二三四《五六》", 5, []string{"一二三四", "《五六》"}},
		{"fits", "一二三四五", 5, []string{"一二三四五"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := BreakInside(tt.text, chars(tt.width), fixed)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("BreakInside(%q, %v chars)\n got %q\nwant %q", tt.text, tt.width, got, tt.want)
			}
			for _, ln := range got {
				if w := fixed(ln); w > chars(tt.width) {
					t.Errorf("line %q is %.1f pt, wider than %.1f", ln, w, chars(tt.width))
				}
			}
		})
	}
}
