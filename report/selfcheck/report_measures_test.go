package selfcheck

import (
	"slices"
	"strings"
	"testing"
)

func TestReadMeasures(t *testing.T) {
	text := "四、存在的问题\n别的文字\n\n五、整改措施\n一是建立发布台账，\n每周核对。\n\n二是解读与文件同步报审。\n六、其他\n不读\n"
	got, err := ReadMeasures(strings.NewReader(text), "自查.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"一是建立发布台账，每周核对。", "二是解读与文件同步报审。"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, text := range []string{"一、基本情况\n文字\n", "五、整改措施\n（请填写整改措施：……）\n", ""} {
		got, err := ReadMeasures(strings.NewReader(text), "自查.txt")
		if err != nil || got != nil {
			t.Errorf("%q: got %q, %v; want nothing", text, got, err)
		}
	}
	// GBK as Notepad may save it: 「五、整改措施\n整改。」
	gbk := []byte{0xce, 0xe5, 0xa1, 0xa2, 0xd5, 0xfb, 0xb8, 0xc4, 0xb4, 0xeb, 0xca, 0xa9, '\n', 0xd5, 0xfb, 0xb8, 0xc4, 0xa1, 0xa3, '\n'}
	got, err = ReadMeasures(strings.NewReader(string(gbk)), "自查.txt")
	if err != nil || !slices.Equal(got, []string{"整改。"}) {
		t.Errorf("GBK: got %q, %v", got, err)
	}
}
