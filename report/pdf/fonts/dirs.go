package fonts

import (
	"path/filepath"
	"runtime"
	"strings"
)

// SystemDirs returns the default font folders for goos, using getenv for
// WINDIR, LOCALAPPDATA and HOME:
//   - windows: %WINDIR%\Fonts (C:\Windows\Fonts when WINDIR is unset),
//     %LOCALAPPDATA%\Microsoft\Windows\Fonts (per-user installs);
//   - darwin: /System/Library/Fonts, /Library/Fonts, ~/Library/Fonts;
//   - others: /usr/share/fonts, /usr/local/share/fonts,
//     ~/.local/share/fonts, ~/.fonts.
//
// Folders that depend on an unset variable are left out.
func SystemDirs(goos string, getenv func(string) string) []string {
	home := getenv("HOME")
	switch goos {
	case "windows":
		win := getenv("WINDIR")
		if win == "" {
			win = `C:\Windows`
		}
		dirs := []string{winJoin(win, "Fonts")}
		if local := getenv("LOCALAPPDATA"); local != "" {
			dirs = append(dirs, winJoin(local, `Microsoft\Windows\Fonts`))
		}
		return dirs
	case "darwin":
		dirs := []string{"/System/Library/Fonts", "/Library/Fonts"}
		if home != "" {
			dirs = append(dirs, home+"/Library/Fonts")
		}
		return dirs
	}
	dirs := []string{"/usr/share/fonts", "/usr/local/share/fonts"}
	if home != "" {
		dirs = append(dirs, home+"/.local/share/fonts", home+"/.fonts")
	}
	return dirs
}

// winJoin joins Windows path elements whatever the host system, so that
// SystemDirs("windows", …) gives the same answer in tests on Linux.
func winJoin(dir, name string) string {
	return strings.TrimRight(dir, `\/`) + `\` + name
}

// DefaultSystemDirs returns SystemDirs for this machine's system, with
// the environment read through getenv (the command's, passed in: nothing
// below cmd/ reads the process's environment). A nil getenv reads no
// variables.
func DefaultSystemDirs(getenv func(string) string) []string {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	return SystemDirs(runtime.GOOS, getenv)
}

// MissingError is returned by Find when no folder holds a usable Chinese
// TrueType face.
type MissingError struct {
	Searched []string // folders searched, in order
	Skipped  []string // notes on Chinese font files that could not be used
}

// Error says, in Chinese, that no Chinese font was found, where Find looked,
// why any Chinese font it saw was unusable, and how to install one.
func (e *MissingError) Error() string {
	var b strings.Builder
	b.WriteString("未找到可用的中文字体（需要 TrueType 轮廓的 .ttf 或 .ttc 字体文件），无法生成 PDF。\n已查找以下文件夹：\n")
	for _, d := range e.Searched {
		b.WriteString("  " + filepath.FromSlash(d) + "\n")
	}
	for _, n := range e.Skipped {
		b.WriteString(n + "\n")
	}
	b.WriteString("安装字体：Debian/Ubuntu 运行 sudo apt-get install fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-zenhei；\n")
	b.WriteString("Windows 系统自带宋体、黑体、仿宋、楷体（simsun.ttc、simhei.ttf、simfang.ttf、simkai.ttf）。\n")
	b.WriteString("字体在其他文件夹时，请用 --font-dir 指定该文件夹（或设置环境变量 XXGK_FONT_DIR）。")
	return b.String()
}
