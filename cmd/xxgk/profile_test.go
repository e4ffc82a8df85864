package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// The profile database's path on each system, from its environment.
func TestProfileDBPath(t *testing.T) {
	cases := []struct {
		goos string
		vars map[string]string
		want string
	}{
		{"windows", map[string]string{"APPDATA": `C:\Users\张三\AppData\Roaming`, "HOME": "/ignored"}, `C:\Users\张三\AppData\Roaming\xxgk\xxgk.db`},
		{"windows", map[string]string{"APPDATA": `D:\Profiles\li si\`}, `D:\Profiles\li si\xxgk\xxgk.db`},
		{"windows", map[string]string{"USERPROFILE": `C:\Users\张三`}, `C:\Users\张三\AppData\Roaming\xxgk\xxgk.db`},
		{"windows", map[string]string{"HOME": "/home/zs"}, ""},
		{"linux", map[string]string{"HOME": "/home/zs"}, "/home/zs/.local/share/xxgk/xxgk.db"},
		{"linux", map[string]string{"HOME": "/home/zs", "XDG_DATA_HOME": "/data/zs"}, "/data/zs/xxgk/xxgk.db"},
		{"linux", map[string]string{"HOME": "/home/zs", "XDG_DATA_HOME": "relative/dir"}, "/home/zs/.local/share/xxgk/xxgk.db"},
		{"linux", map[string]string{"APPDATA": `C:\x`}, ""},
		{"darwin", map[string]string{"HOME": "/Users/zs", "XDG_DATA_HOME": "/data"}, "/Users/zs/Library/Application Support/xxgk/xxgk.db"},
		{"freebsd", map[string]string{"HOME": "/home/zs"}, "/home/zs/.local/share/xxgk/xxgk.db"},
	}
	for _, c := range cases {
		e := &env{goos: c.goos, getenv: func(k string) string { return c.vars[k] }}
		if got := profileDB(e); got != c.want {
			t.Errorf("%s %v: %q, want %q", c.goos, c.vars, got, c.want)
		}
	}
}

// homeEnv is an environment whose HOME is a fresh folder, and the path of
// the profile database under it.
func homeEnv(t *testing.T) (vars map[string]string, db string) {
	t.Helper()
	home := filepath.Join(t.TempDir(), "张 三")
	if err := os.Mkdir(home, 0o755); err != nil {
		t.Fatal(err)
	}
	return map[string]string{"HOME": home}, filepath.Join(home, ".local", "share", "xxgk", "xxgk.db")
}

// xxgkIn runs the command line on Linux with the variables vars and the
// console input stdin, as a start from Explorer when explorer is set.
func xxgkIn(t *testing.T, vars map[string]string, stdin string, explorer bool, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, now: func() time.Time { return fixedNow },
		getenv: func(k string) string { return vars[k] }, goos: "linux", fromExplorer: explorer}
	code := run(context.Background(), append([]string{"xxgk"}, args...), e)
	return result{code, out.String(), errb.String()}
}

// xxgk init without --db creates the profile folder (0700) and says where
// the database is.
func TestInitCreatesProfileDB(t *testing.T) {
	vars, db := homeEnv(t)
	r := xxgkIn(t, vars, "", false, "init", "--unit", "某某县教育局").must(t)
	if want := "已创建数据库 " + db + "：单位「某某县教育局」，主动公开目录 21 类。\n"; r.stderr != want {
		t.Errorf("stderr %q, want %q", r.stderr, want)
	}
	fi, err := os.Stat(filepath.Dir(db))
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("profile folder: %v %v", fi, err)
	}
	if _, err := os.Stat(db); err != nil {
		t.Fatal(err)
	}
	r = xxgkIn(t, vars, "", false, "init", "--unit", "某某县教育局（改名）").must(t)
	if want := "已更新数据库 " + db + "：单位「某某县教育局（改名）」。\n"; r.stderr != want {
		t.Errorf("second init: %q", r.stderr)
	}
}

// Before xxgk init, a command without --db says how to start and where
// the database will be, exit 2, and leaves no file or folder behind; so
// does init without --unit.
func TestNoProfileDBYet(t *testing.T) {
	vars, db := homeEnv(t)
	for _, args := range [][]string{
		{"report", "annual", "--year", "2025", "--out", t.TempDir()},
		{"import", "a.xlsx"},
		{"serve", "--no-browser"},
	} {
		r := xxgkIn(t, vars, "", false, args...)
		want := "错误：还没有单位数据库：请先运行 xxgk init --unit 单位名称（数据库将保存在 " + db + "），或用 --db 指定数据库文件。\n"
		if r.code != exitUsage || r.stderr != want {
			t.Errorf("%v: exit %d, %q", args, r.code, r.stderr)
		}
	}
	if r := xxgkIn(t, vars, "", false, "init"); r.code != exitUsage || !strings.Contains(r.stderr, "缺少 --unit") {
		t.Errorf("init without --unit: exit %d, %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(vars["HOME"], ".local")); !os.IsNotExist(err) {
		t.Errorf("something was created: %v", err)
	}
}

// --db wins over XXGK_DB, which wins over the profile database.
func TestDefaultDBPrecedence(t *testing.T) {
	vars, db := homeEnv(t)
	xxgkIn(t, vars, "", false, "init", "--unit", "某某县教育局").must(t)
	csv := writeFile(t, t.TempDir(), "主动公开.csv", "索引号,标题,发布日期,类别\nIDX-1,招生通知,2025-05-10,招生考试\n")
	dir := t.TempDir()
	flagDB, envDB := filepath.Join(dir, "flag.db"), filepath.Join(dir, "env.db")
	vars["XXGK_DB"] = envDB
	r := xxgkIn(t, vars, "", false, "import", "--db", flagDB, csv)
	if r.code != exitRule || !strings.Contains(r.stderr, "数据库文件 "+flagDB+" 不存在") {
		t.Errorf("--db: exit %d, %q", r.code, r.stderr)
	}
	r = xxgkIn(t, vars, "", false, "import", csv)
	if r.code != exitRule || !strings.Contains(r.stderr, "数据库文件 "+envDB+" 不存在") {
		t.Errorf("XXGK_DB: exit %d, %q", r.code, r.stderr)
	}
	delete(vars, "XXGK_DB")
	r = xxgkIn(t, vars, "", false, "import", csv).must(t)
	if !strings.Contains(r.stderr, "导入完成：新增 1 条") {
		t.Errorf("profile: %q", r.stderr)
	}
	r = xxgkIn(t, vars, "", false, "import", "--db", db, csv).must(t)
	if !strings.Contains(r.stderr, "导入完成：新增 0 条，更新 0 条，未变 1 条") {
		t.Errorf("the same file again: %q", r.stderr)
	}
	for _, p := range []string{flagDB, envDB} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// optionsValues is every value on the template's hidden sheet 「选项」.
func optionsValues(t *testing.T, path string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("选项")
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, r := range rows {
		all = append(all, r...)
	}
	return strings.Join(all, "|")
}

// xxgk template without --db takes the categories of the profile
// database when there is one, the default list otherwise.
func TestTemplateUsesProfileDB(t *testing.T) {
	vars, _ := homeEnv(t)
	out := t.TempDir()
	xxgkIn(t, vars, "", false, "template", "--out", filepath.Join(out, "a.xlsx")).must(t)
	if v := optionsValues(t, filepath.Join(out, "a.xlsx")); strings.Contains(v, "自定类别甲") || !strings.Contains(v, "招生考试") {
		t.Errorf("without a database: %s", v)
	}
	xxgkIn(t, vars, "", false, "init", "--unit", "某某县教育局", "--categories", "自定类别甲、自定类别乙").must(t)
	xxgkIn(t, vars, "", false, "template", "--out", filepath.Join(out, "b.xlsx")).must(t)
	if v := optionsValues(t, filepath.Join(out, "b.xlsx")); !strings.Contains(v, "自定类别甲") || !strings.Contains(v, "自定类别乙") || strings.Contains(v, "招生考试") {
		t.Errorf("with the profile database: %s", v)
	}
}

// xxgk calendar add and list without --db: the years added to the profile
// database are listed; without one, the built-in years only.
func TestCalendarUsesProfileDB(t *testing.T) {
	vars, _ := homeEnv(t)
	const added = "2027年\t国办发明电〔2026〕99号\t2027.txt（数据库）"
	if list := xxgkIn(t, vars, "", false, "calendar", "list").must(t).stdout; strings.Contains(list, added) {
		t.Errorf("without a database:\n%s", list)
	}
	xxgkIn(t, vars, "", false, "init", "--unit", "某某县教育局").must(t)
	notice := writeFile(t, t.TempDir(), "2027.txt", "年份 2027\n通知 国办发明电〔2026〕99号 2026-11-01\n元旦 放假 2027-01-01\n")
	xxgkIn(t, vars, "", false, "calendar", "add", notice).must(t)
	if list := xxgkIn(t, vars, "", false, "calendar", "list").must(t).stdout; !strings.Contains(list, added) {
		t.Errorf("with the profile database:\n%s", list)
	}
}

// The help of every command on the database shows --db as optional and
// names the default.
func TestHelpNamesProfileDB(t *testing.T) {
	for _, args := range [][]string{{"import", "--help"}, {"report", "annual", "--help"}, {"serve", "--help"}, {"init", "--help"}} {
		r := xxgk(t, args...).must(t)
		for _, want := range []string{"[--db 文件]", `单位数据库文件（SQLite），可不填：默认为个人数据库 %APPDATA%\xxgk\xxgk.db（Windows）或 ~/.local/share/xxgk/xxgk.db（Linux）（环境变量：XXGK_DB）`} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%v lacks %q:\n%s", args, want, r.stdout)
			}
		}
	}
}
