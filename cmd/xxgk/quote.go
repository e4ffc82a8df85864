package main

import (
	"runtime"
	"strings"
)

// hostOS is the system xxgk runs on, for the few messages made where no
// env is at hand (tests stand for another system through env.goos).
const hostOS = runtime.GOOS

// posixSpecial are the characters after which a POSIX shell no longer
// reads a path as one plain word.
const posixSpecial = " \t\n'\"\\$`!*?[]{}()<>|&;#~"

// windowsSpecial are those of cmd.exe and PowerShell.
const windowsSpecial = " \t&()[]{}^=;!'+,`~%@$<>|"

// quoteArg returns s as it must be typed on the command line of goos for a
// hint the user copies: unchanged when it holds nothing special; else in
// double quotes on Windows (a trailing \ doubled, so that it does not
// escape the closing quote) and in single quotes elsewhere.
func quoteArg(goos, s string) string {
	if goos == "windows" {
		if s != "" && !strings.ContainsAny(s, windowsSpecial) {
			return s
		}
		trail := len(s) - len(strings.TrimRight(s, `\`))
		return `"` + s + strings.Repeat(`\`, trail) + `"`
	}
	if s != "" && !strings.ContainsAny(s, posixSpecial) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// quote is quoteArg on the system xxgk runs on.
func (e *env) quote(s string) string { return quoteArg(e.system(), s) }

// strayQuote finds, on Windows, the argument where a path ended in \" (as
// in --out "C:\报告\"): Windows passes \" on as a quote, so the argument
// ends with one, or holds one followed by the arguments after it. It
// returns the usage error naming that argument, or nil.
func strayQuote(goos string, args []string) error {
	if goos != "windows" {
		return nil
	}
	for _, a := range args {
		if strings.HasSuffix(a, `"`) || strings.Contains(a, `" `) {
			return usageErrorf(`参数「%s」末尾多了一个引号：在 Windows 中路径末尾的 \" 会被当作引号，请去掉最后的 \。`, a)
		}
	}
	return nil
}
