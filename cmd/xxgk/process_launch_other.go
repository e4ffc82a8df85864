//go:build !windows

package main

// desktopLaunchEnv is the variable a desktop launcher (the .desktop file
// that 安装桌面快捷方式.sh of the Linux archives writes, .ci/desktop.sh)
// sets to 1 to start xxgk as a double-click does on Windows:
// Exec=env XXGK_DESKTOP=1 "/path/to/xxgk" %F, with
// Terminal=true so that the first start can ask the unit's name. Guessing
// from a missing terminal or TERM would also catch scripts and cron jobs,
// which must get the short help, not a server that never ends
// (docs/workbench.md, 双击启动、个人数据库和拖放文件).
const desktopLaunchEnv = "XXGK_DESKTOP"

// startedFromExplorer reports whether xxgk was started by a desktop
// launcher rather than from a console: desktopLaunchEnv is 1.
func startedFromExplorer(getenv func(string) string) bool {
	return getenv(desktopLaunchEnv) == "1"
}
