package fonts

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
)

func TestSystemDirs(t *testing.T) {
	env := map[string]string{`WINDIR`: `D:\WINNT`, `LOCALAPPDATA`: `C:\Users\li\AppData\Local`, `HOME`: `/home/li`}
	getenv := func(k string) string { return env[k] }
	none := func(string) string { return "" }
	tests := []struct {
		goos   string
		getenv func(string) string
		want   []string
	}{
		{"windows", getenv, []string{`D:\WINNT\Fonts`, `C:\Users\li\AppData\Local\Microsoft\Windows\Fonts`}},
		{"windows", none, []string{`C:\Windows\Fonts`}},
		{"darwin", getenv, []string{"/System/Library/Fonts", "/Library/Fonts", "/home/li/Library/Fonts"}},
		{"linux", getenv, []string{"/usr/share/fonts", "/usr/local/share/fonts", "/home/li/.local/share/fonts", "/home/li/.fonts"}},
		{"linux", none, []string{"/usr/share/fonts", "/usr/local/share/fonts"}},
	}
	for _, tt := range tests {
		if got := SystemDirs(tt.goos, tt.getenv); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SystemDirs(%s) = %q, want %q", tt.goos, got, tt.want)
		}
	}
}

// TestFindDebian runs Find on the Debian fonts .ci/run installs, linked
// into a folder of their own, and loads every chosen face into fpdf.
func TestFindDebian(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{zenhei,
		"/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
		"/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s absent: %v", p, err)
		}
		if err := os.Symlink(p, filepath.Join(dir, filepath.Base(p))); err != nil {
			t.Fatal(err)
		}
	}
	s, err := Find(Options{System: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"标题：" + dir + "/wqy-zenhei.ttc（序号 0，黑体；替代字体，未找到小标宋）",
		"正文：" + dir + "/gbsn00lp.ttf（宋体；替代字体，未找到仿宋）",
		"一级标题：" + dir + "/wqy-zenhei.ttc（序号 0，黑体）",
		"二级标题：" + dir + "/gkai00mp.ttf（楷体）",
		"表格：" + dir + "/gbsn00lp.ttf（宋体）",
	}
	if got := s.Describe(); !reflect.DeepEqual(got, want) {
		t.Errorf("Describe:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	registered := map[string]bool{}
	for _, role := range Roles {
		f := s.Faces[role]
		if !registered[f.Family] {
			pdf.AddUTF8FontFromBytes(f.Family, "", f.Data)
			registered[f.Family] = true
		}
	}
	pdf.AddPage()
	for _, role := range Roles {
		pdf.SetFont(s.Faces[role].Family, "", 16)
		pdf.Cell(0, 10, "政府信息公开工作年度报告")
		pdf.Ln(10)
	}
	if err := pdf.Output(new(strings.Builder)); err != nil {
		t.Fatal(err)
	}
	if len(registered) != 3 {
		t.Errorf("%d families registered, want 3", len(registered))
	}
}
