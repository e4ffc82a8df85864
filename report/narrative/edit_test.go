package narrative

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// A file written with the unit's texts parses back to exactly those texts
// (normalised), and the parts left empty keep their placeholders.
func TestWriteReadsBack(t *testing.T) {
	rep, prev := fixture(), previous()
	own := map[string]string{
		OpeningPart:                "网站：示例网\r\n联系电话：0000-1234567",
		report.OverviewSubheads[2]: "  第一段第一行\n第一段第二行\n\n\n\n第二段（请在此填写）  \n",
		report.SectionTitles[4]:    "存在的问题：人员少。",
	}
	var b bytes.Buffer
	if err := Write(&b, rep, prev, own, texts(t)); err != nil {
		t.Fatal(err)
	}
	file := b.String()
	f, err := Parse(strings.NewReader(file), "x.txt")
	if err != nil {
		t.Fatalf("%v\n%s", err, file)
	}
	for h, text := range own {
		if got, want := f.Parts[h], Normalize(text); got != want {
			t.Errorf("%s: %q, want %q", h, got, want)
		}
	}
	if got := f.Parts[report.OverviewSubheads[2]]; got != "第一段第一行\n第一段第二行\n\n第二段" {
		t.Errorf("normalised: %q", got)
	}
	if f.Parts[report.OverviewSubheads[3]] != "" || !strings.Contains(file, placeholder(report.OverviewSubheads[3])) {
		t.Errorf("empty part lost its placeholder:\n%s", file)
	}
	if _, err := Build(rep, prev, f, false, texts(t)); err == nil {
		t.Error("parts still missing, yet Build accepted")
	}
}

// With no texts, Write is the starter file, byte for byte.
func TestWriteWithoutTextsIsStarter(t *testing.T) {
	rep, prev := fixture(), previous()
	var a, b bytes.Buffer
	if err := Starter(&a, rep, prev, texts(t)); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, rep, prev, map[string]string{}, texts(t)); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("Write without texts differs from Starter")
	}
}

func TestCheckText(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"普通文字\n【说明】后面有字", ""},
		{"第一行\n# 说明", "第2行「# 说明」以 # 或 // 开头"},
		{"【一、总体情况】", "会被当作标题「一、总体情况」"},
		{"【主动公开】我局……", "会被当作标题「（一）主动公开」"},
		{"【附件】", "单独一行写在【】中"},
		{"x\n\n  （五）监督保障  ", "第3行「（五）监督保障」与标题「（五）监督保障」相同"},
		{"监督保障", ""},
	} {
		err := CheckText(tc.text)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q: %v", tc.text, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%q: %v, want %q", tc.text, err, tc.want)
		}
	}
}
