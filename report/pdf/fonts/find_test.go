package fonts

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var (
	plain   = fakeFont{}                 // known by its file name only
	chinese = fakeFont{chinese: true}    // a Chinese face of unknown style
	latin   = fakeFont{family: "DejaVu"} // not Chinese
)

// windows is a Windows font folder without 小标宋.
var windows = map[string]fakeFont{
	"simfang.ttf": plain, "SIMHEI.TTF": plain, "simkai.ttf": plain, "simsun.ttf": plain, "arial.ttf": latin,
}

// chosen returns, per role, the file name serving it, its folder's base
// name and whether it is a substitute.
func chosen(s *Set) map[Role]string {
	m := map[Role]string{}
	for role, f := range s.Faces {
		m[role] = filepath.Base(filepath.Dir(f.Path)) + "/" + filepath.Base(f.Path)
		if f.Substitute {
			m[role] += " (substitute)"
		}
	}
	return m
}

func dirWith(t *testing.T, name string, fonts map[string]fakeFont) string {
	dir := filepath.Join(t.TempDir(), name)
	writeFonts(t, dir, fonts)
	return dir
}

func TestFindRoles(t *testing.T) {
	tests := []struct {
		name   string
		dirs   map[string]fakeFont // --font-dir, nil for none
		system map[string]fakeFont
		want   map[Role]string
	}{
		{"Windows", nil, windows, map[Role]string{
			Title: "sys/SIMHEI.TTF (substitute)", Body: "sys/simfang.ttf", Heading1: "sys/SIMHEI.TTF",
			Heading2: "sys/simkai.ttf", Table: "sys/simsun.ttf"}},
		{"小标宋 in --font-dir", map[string]fakeFont{"FZXBSJW.TTF": plain}, windows, map[Role]string{
			Title: "dir/FZXBSJW.TTF", Body: "sys/simfang.ttf", Heading1: "sys/SIMHEI.TTF",
			Heading2: "sys/simkai.ttf", Table: "sys/simsun.ttf"}},
		{"--font-dir before system", map[string]fakeFont{"simhei.ttf": plain}, windows, map[Role]string{
			Title: "dir/simhei.ttf (substitute)", Body: "sys/simfang.ttf", Heading1: "dir/simhei.ttf",
			Heading2: "sys/simkai.ttf", Table: "sys/simsun.ttf"}},
		{"小标宋 by family name", nil, map[string]fakeFont{"title.ttf": {family: "FZXiaoBiaoSong-B05S"}, "x.ttf": {family: "FangSong"}},
			map[Role]string{Title: "sys/title.ttf", Body: "sys/x.ttf", Heading1: "sys/x.ttf (substitute)",
				Heading2: "sys/x.ttf (substitute)", Table: "sys/x.ttf"}},
		{"Debian", nil, map[string]fakeFont{
			"arphic-gbsn00lp/gbsn00lp.ttf": plain, "arphic-gkai00mp/gkai00mp.ttf": plain,
			"droid/DroidSansFallbackFull.ttf": plain, "dejavu/DejaVuSans.ttf": latin,
		}, map[Role]string{
			Title: "droid/DroidSansFallbackFull.ttf (substitute)", Body: "arphic-gbsn00lp/gbsn00lp.ttf (substitute)",
			Heading1: "droid/DroidSansFallbackFull.ttf", Heading2: "arphic-gkai00mp/gkai00mp.ttf",
			Table: "arphic-gbsn00lp/gbsn00lp.ttf"}},
		{"only 宋体: everything falls back to it", nil, map[string]fakeFont{"simsun.ttf": plain}, map[Role]string{
			Title: "sys/simsun.ttf (substitute)", Body: "sys/simsun.ttf (substitute)", Heading1: "sys/simsun.ttf (substitute)",
			Heading2: "sys/simsun.ttf (substitute)", Table: "sys/simsun.ttf"}},
		{"unknown Chinese face", nil, map[string]fakeFont{"mystery.ttf": chinese, "a.ttf": latin}, map[Role]string{
			Title: "sys/mystery.ttf (substitute)", Body: "sys/mystery.ttf (substitute)", Heading1: "sys/mystery.ttf (substitute)",
			Heading2: "sys/mystery.ttf (substitute)", Table: "sys/mystery.ttf (substitute)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opt Options
			if tt.dirs != nil {
				opt.Dirs = []string{dirWith(t, "dir", tt.dirs)}
			}
			opt.System = []string{dirWith(t, "sys", tt.system)}
			s, err := Find(opt)
			if err != nil {
				t.Fatal(err)
			}
			if got := chosen(s); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %v\nwant %v\n%s", got, tt.want, strings.Join(s.Describe(), "\n"))
			}
		})
	}
}

func TestFindFamilies(t *testing.T) {
	sys := dirWith(t, "sys", windows)
	other := dirWith(t, "other", map[string]fakeFont{"simhei.ttf": plain, "方正小标宋.ttf": plain})
	s, err := Find(Options{Dirs: []string{other}, System: []string{sys}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[Role]string{}
	for role, f := range s.Faces {
		got[role] = f.Family
		if len(f.Data) == 0 {
			t.Errorf("%s: no data", role)
		}
	}
	want := map[Role]string{Title: "xxgk-font", Body: "xxgk-simfang", Heading1: "xxgk-simhei",
		Heading2: "xxgk-simkai", Table: "xxgk-simsun"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("families %v, want %v", got, want)
	}
}

func TestFindSkipsUnusable(t *testing.T) {
	sys := dirWith(t, "sys", map[string]fakeFont{
		"NotoSansCJK-Regular.otf": {cff: true, chinese: true, family: "Noto Sans CJK SC"},
		"simkai.ttf":              {fsType: 0x0002},
		"gbsn00lp.ttf":            plain,
		"DejaVuSans-CFF.otf":      {cff: true, family: "DejaVu"},
	})
	s, err := Find(Options{System: []string{sys}})
	if err != nil {
		t.Fatal(err)
	}
	wantNotes := []string{
		"跳过 NotoSansCJK-Regular.otf：CFF 轮廓，fpdf 不支持",
		"跳过 simkai.ttf：字体许可不允许嵌入 PDF",
	}
	if !reflect.DeepEqual(s.Notes, wantNotes) {
		t.Errorf("notes %q, want %q", s.Notes, wantNotes)
	}
	if f := s.Faces[Heading2]; filepath.Base(f.Path) != "gbsn00lp.ttf" || !f.Substitute {
		t.Errorf("heading2 from %s (substitute %v), want gbsn00lp.ttf as substitute", f.Path, f.Substitute)
	}
}

func TestFindMissing(t *testing.T) {
	dir := dirWith(t, "dir", map[string]fakeFont{"DejaVuSans.ttf": latin})
	sys := dirWith(t, "sys", map[string]fakeFont{"NotoSansCJK-Regular.otf": {cff: true, chinese: true}})
	absent := filepath.Join(t.TempDir(), "absent")
	_, err := Find(Options{Dirs: []string{dir}, System: []string{sys, absent}})
	var missing *MissingError
	if !errors.As(err, &missing) {
		t.Fatalf("err %v, want *MissingError", err)
	}
	want := "未找到可用的中文字体（需要 TrueType 轮廓的 .ttf 或 .ttc 字体文件），无法生成 PDF。\n" +
		"已查找以下文件夹：\n" +
		"  " + dir + "\n" +
		"  " + sys + "\n" +
		"  " + absent + "\n" +
		"跳过 NotoSansCJK-Regular.otf：CFF 轮廓，fpdf 不支持\n" +
		"安装字体：Debian/Ubuntu 运行 sudo apt-get install fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-zenhei；\n" +
		"Windows 系统自带宋体、黑体、仿宋、楷体（simsun.ttc、simhei.ttf、simfang.ttf、simkai.ttf）。\n" +
		"字体在其他文件夹时，请用 --font-dir 指定该文件夹（或设置环境变量 XXGK_FONT_DIR）。"
	if err.Error() != want {
		t.Errorf("message:\n%s\nwant:\n%s", err, want)
	}
}

// TestFindDeterministic: among equal faces the path decides, not the
// order files were written or walked, and a linked duplicate counts once.
func TestFindDeterministic(t *testing.T) {
	sys := dirWith(t, "sys", map[string]fakeFont{"b/simhei.ttf": plain, "a/simhei.ttf": plain})
	if err := os.Symlink(filepath.Join(sys, "b"), filepath.Join(sys, "c")); err != nil {
		t.Fatal(err)
	}
	var first []string
	for i := range 5 {
		s, err := Find(Options{System: []string{sys, sys}})
		if err != nil {
			t.Fatal(err)
		}
		if got := filepath.Base(filepath.Dir(s.Faces[Heading1].Path)); got != "a" {
			t.Errorf("heading1 from %s, want a/simhei.ttf", s.Faces[Heading1].Path)
		}
		if i == 0 {
			first = s.Describe()
		} else if d := s.Describe(); !reflect.DeepEqual(d, first) {
			t.Errorf("run %d: %q, first run %q", i, d, first)
		}
	}
}
