package fonts

import "testing"

func TestSubstituteNotice(t *testing.T) {
	const how = "或用 --font-dir 指定字体目录"
	tests := []struct {
		name   string
		system map[string]fakeFont
		want   string
	}{
		{"every preferred font", map[string]fakeFont{"FZXBSJW.TTF": plain, "simfang.ttf": plain, "simhei.ttf": plain,
			"simkai.ttf": plain, "simsun.ttc": plain}, ""},
		{"Windows without 小标宋", windows,
			"提示：没有找到小标宋（标题），PDF 用黑体代替；正式印发前请安装 方正小标宋简体，或用 --font-dir 指定字体目录。"},
		{"Debian", map[string]fakeFont{"gbsn00lp.ttf": plain, "gkai00mp.ttf": plain, "DroidSansFallbackFull.ttf": plain},
			"提示：没有找到小标宋（标题）和仿宋（正文），PDF 用黑体（标题）和宋体（正文）代替；正式印发前请安装 方正小标宋简体 / 仿宋_GB2312，或用 --font-dir 指定字体目录。"},
		{"only 宋体", map[string]fakeFont{"simsun.ttf": plain},
			"提示：没有找到小标宋（标题）、仿宋（正文）、黑体（一级标题）和楷体（二级标题），PDF 用宋体代替；正式印发前请安装 方正小标宋简体 / 仿宋_GB2312 / 黑体 / 楷体_GB2312，或用 --font-dir 指定字体目录。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, err := Find(Options{System: []string{dirWith(t, "sys", tt.system)}})
			if err != nil {
				t.Fatal(err)
			}
			if got := set.SubstituteNotice(how); got != tt.want {
				t.Errorf("SubstituteNotice:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestInstallNamesAreRecognised checks that every font the notice tells
// the clerk to install is found, under its name, as the style it stands for.
func TestInstallNamesAreRecognised(t *testing.T) {
	for st, name := range installNames {
		if got, _ := classify(name+".ttf", info{}); got != st {
			t.Errorf("%s.ttf is style %s, want %s", name, styleNames[got], styleNames[st])
		}
		if got, _ := classify("x.ttf", info{names: []string{name}}); got != st {
			t.Errorf("family %s is style %s, want %s", name, styleNames[got], styleNames[st])
		}
	}
}
