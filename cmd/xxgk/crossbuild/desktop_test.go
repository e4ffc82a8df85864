package crossbuild

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The Linux archives' 安装桌面快捷方式.sh (.ci/desktop.sh) puts a launcher
// in the applications menu and on the desktop. Its Exec line, read as a
// desktop environment reads it, starts the xxgk beside the script with
// XXGK_DESKTOP=1 and the files dropped on it, even from a folder whose
// name holds a space, Chinese and the characters the format escapes.
func TestDesktopLauncher(t *testing.T) {
	root := t.TempDir()
	folder := filepath.Join(root, "解压 目录 $HOME `x` \"q\" \\b")
	home := filepath.Join(root, "home")
	bin := filepath.Join(root, "bin")
	for _, d := range []string{folder, filepath.Join(home, "桌面"), bin} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	script, err := os.ReadFile(filepath.Join("..", "..", "..", ".ci", "desktop.sh"))
	if err != nil {
		t.Fatal(err)
	}
	writeExec(t, filepath.Join(folder, "安装桌面快捷方式.sh"), string(script))
	record := filepath.Join(root, "record")
	// A stand-in for xxgk that records how it was started.
	writeExec(t, filepath.Join(folder, "xxgk"), "#!/bin/sh\n{ echo \"XXGK_DESKTOP=$XXGK_DESKTOP\"; for a; do echo \"$a\"; done; } >'"+record+"'\n")
	// xdg-user-dirs without its configuration names ~/Desktop, which does
	// not exist: the desktop of a Chinese system is ~/桌面.
	writeExec(t, filepath.Join(bin, "xdg-user-dir"), "#!/bin/sh\necho \"$HOME/Desktop\"\n")

	cmd := exec.Command(filepath.Join(folder, "安装桌面快捷方式.sh"))
	cmd.Env = append(os.Environ(), "HOME="+home, "XDG_DATA_HOME=", "PATH="+bin+":"+os.Getenv("PATH"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("安装桌面快捷方式.sh: %v\n%s", err, out)
	}
	menu := filepath.Join(home, ".local", "share", "applications", "xxgk.desktop")
	onDesktop := filepath.Join(home, "桌面", "xxgk.desktop")
	for _, want := range []string{"已添加到应用菜单：" + menu, "已添加到桌面：" + onDesktop} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, launcher := range []string{menu, onDesktop} {
		keys := desktopEntry(t, launcher)
		if keys["Terminal"] != "true" || keys["Type"] != "Application" || keys["Name"] != "xxgk 信息公开工作台" {
			t.Errorf("%s: %v", launcher, keys)
		}
		if v, err := exec.LookPath("desktop-file-validate"); err == nil {
			if b, err := exec.Command(v, launcher).CombinedOutput(); err != nil {
				t.Errorf("desktop-file-validate %s: %v\n%s", launcher, err, b)
			}
		}
		dropped := []string{filepath.Join(root, "2025年 台账.xlsx"), "/tmp/依申请.csv"}
		argv := execArgs(t, keys["Exec"], dropped)
		os.Remove(record)
		if b, err := exec.Command(argv[0], argv[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("Exec %q: %v\n%s", argv, err, b)
		}
		got := strings.Split(strings.TrimSuffix(string(mustReadFile(t, record)), "\n"), "\n")
		if want := append([]string{"XXGK_DESKTOP=1"}, dropped...); !slices.Equal(got, want) {
			t.Errorf("%s started xxgk with %q, want %q", launcher, got, want)
		}
	}
}

func writeExec(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o755); err != nil {
		t.Fatal(err)
	}
}

func mustReadFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// desktopEntry reads the keys of a desktop entry file's [Desktop Entry]
// group, with the string escapes (\s \n \t \r \\) undone.
func desktopEntry(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	keys := map[string]string{}
	sc := bufio.NewScanner(f)
	group := ""
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			group = line
		case group == "[Desktop Entry]":
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				t.Fatalf("%s: line %q", path, line)
			}
			keys[k] = strings.NewReplacer(`\s`, " ", `\n`, "\n", `\t`, "\t", `\r`, "\r", `\\`, `\`).Replace(v)
		}
	}
	return keys
}

// execArgs splits an Exec value (string escapes already undone) into
// arguments by the desktop entry quoting rules and expands %F to files.
func execArgs(t *testing.T, exec string, files []string) []string {
	t.Helper()
	var args []string
	var cur strings.Builder
	inQuote, have := false, false
	for i := 0; i < len(exec); i++ {
		c := exec[i]
		switch {
		case inQuote && c == '\\' && i+1 < len(exec) && strings.IndexByte("\"`$\\", exec[i+1]) >= 0:
			i++
			cur.WriteByte(exec[i])
		case inQuote && c == '"':
			inQuote = false
		case inQuote:
			cur.WriteByte(c)
		case c == '"':
			inQuote, have = true, true
		case c == ' ':
			if have {
				args = append(args, cur.String())
				cur.Reset()
				have = false
			}
		case strings.IndexByte("\"`$\\", c) >= 0:
			t.Fatalf("Exec %q: unquoted %q", exec, c)
		default:
			cur.WriteByte(c)
			have = true
		}
	}
	if inQuote {
		t.Fatalf("Exec %q: unterminated quote", exec)
	}
	if have {
		args = append(args, cur.String())
	}
	var out []string
	for _, a := range args {
		if a == "%F" {
			out = append(out, files...)
			continue
		}
		out = append(out, a)
	}
	return out
}
