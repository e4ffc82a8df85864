package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/xxgk/xxgk/report/pdf/fonts"
)

// findFonts finds the Chinese fonts the PDF needs. The first time in a
// run that a role's preferred font (小标宋, 仿宋, …) is missing, it says on
// stderr, in one line, what the PDF uses instead and what to install.
func findFonts(opt reportOptions, e *env) (*fonts.Set, error) {
	set, err := opt.found, error(nil)
	if set == nil {
		set, err = fonts.Find(fonts.Options{Dirs: opt.fontDirs, System: e.fontSystem, Getenv: e.getenv})
	}
	var missing *fonts.MissingError
	if errors.As(err, &missing) {
		return nil, inputErrorf(err, "%s", missingFontsMessage(missing, e.system()))
	}
	if err != nil {
		return nil, err
	}
	if notice := set.SubstituteNotice("或用 --font-dir 指定字体目录"); notice != "" && !e.fontNoticed {
		e.fontNoticed = true
		fmt.Fprintln(e.stderr, notice)
	}
	if opt.verbose {
		for _, line := range set.Describe() {
			fmt.Fprintln(e.stderr, line)
		}
	}
	return set, nil
}

// missingFontsMessage says that no Chinese font was found, where xxgk
// looked, why a Chinese font it saw could not be used, and how to get one
// on goos: the Windows advice on Windows, the apt-get line only on Linux.
func missingFontsMessage(m *fonts.MissingError, goos string) string {
	var b strings.Builder
	b.WriteString("未找到可用的中文字体（需要 TrueType 轮廓的 .ttf 或 .ttc 字体文件），无法生成 PDF。\n已查找以下文件夹：\n")
	for _, d := range m.Searched {
		b.WriteString("  " + filepath.FromSlash(d) + "\n")
	}
	for _, n := range m.Skipped {
		b.WriteString(n + "\n")
	}
	switch goos {
	case "windows":
		b.WriteString(`请安装中文字体（如 Windows 自带的宋体 simsun.ttc 所在的 C:\Windows\Fonts）或用 --font-dir 指定字体目录（也可设置环境变量 XXGK_FONT_DIR）。`)
	case "linux":
		b.WriteString("安装字体：Debian/Ubuntu 运行 sudo apt-get install fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-zenhei；\n")
		b.WriteString("字体在其他文件夹时，请用 --font-dir 指定该文件夹（或设置环境变量 XXGK_FONT_DIR）。")
	default:
		b.WriteString("请安装中文字体，或用 --font-dir 指定字体所在的文件夹（或设置环境变量 XXGK_FONT_DIR）。")
	}
	return b.String()
}

// withoutPDFIfNoFonts leaves the PDF out of formats when no Chinese font
// can be found and other formats remain, so that those are still written.
// It returns the formats to write and, when the PDF was left out, the
// message that says why and how to get a font.
func withoutPDFIfNoFonts(formats, fontDirs []string, e *env) ([]string, string) {
	formats, skipped, _ := pdfFonts(formats, fontDirs, e)
	return formats, skipped
}

// pdfFonts is withoutPDFIfNoFonts that also returns the fonts it found
// (nil when it did not look, or found none), for findFonts to use rather
// than search the folders a second time.
func pdfFonts(formats, fontDirs []string, e *env) ([]string, string, *fonts.Set) {
	if !slices.Contains(formats, "pdf") || len(formats) == 1 {
		return formats, "", nil
	}
	set, err := fonts.Find(fonts.Options{Dirs: fontDirs, System: e.fontSystem, Getenv: e.getenv})
	var missing *fonts.MissingError
	if !errors.As(err, &missing) {
		if err != nil {
			set = nil // findFonts searches again and reports it
		}
		return formats, "", set
	}
	rest := slices.DeleteFunc(slices.Clone(formats), func(f string) bool { return f == "pdf" })
	return rest, missingFontsMessage(missing, e.system()), nil
}
