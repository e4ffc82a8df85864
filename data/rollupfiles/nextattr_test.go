package rollupfiles

import "testing"

// nextAttr walks raw attribute text: names and values as written, the end
// told apart from text that holds no attribute, an unclosed quote ending
// the walk.
func TestNextAttr(t *testing.T) {
	type attr struct{ n, v string }
	cases := []struct {
		in   string
		want []attr
		end  bool
	}{
		{``, nil, true},
		{`  `, nil, true},
		{` r="A1" t='s' `, []attr{{"r", "A1"}, {"t", "s"}}, true},
		{`r="a&amp;b"`, []attr{{"r", "a&amp;b"}}, true},
		{`r="A1`, nil, false},
		{`r="A1" t`, []attr{{"r", "A1"}}, false},
		{`r="A1" ="x"`, []attr{{"r", "A1"}}, false},
	}
	for _, c := range cases {
		var got []attr
		k, end := 0, false
		for {
			n, v, next, e := nextAttr([]byte(c.in), k)
			if n == nil {
				end = e
				break
			}
			got = append(got, attr{string(n), string(v)})
			k = next
		}
		if len(got) != len(c.want) || end != c.end {
			t.Errorf("%q: %v end %v, want %v end %v", c.in, got, end, c.want, c.end)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: attribute %d %v, want %v", c.in, i, got[i], c.want[i])
			}
		}
	}
	if v, ok := attrRaw([]byte(`a="1" r="A1`), "r"); ok {
		t.Errorf("attrRaw found %q in an unclosed value", v)
	}
}
