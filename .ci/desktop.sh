#!/bin/sh
# 安装桌面快捷方式：在应用菜单和桌面上添加「xxgk 信息公开工作台」。
# 双击它打开工作台（第一次使用时在弹出的终端窗口中填写单位名称）；
# 把台账工作簿（.xlsx 或 .csv）拖到它上面即导入后打开工作台。
# 快捷方式指向本文件夹中的 xxgk：移动或删除这个文件夹后请重新运行本脚本。
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$dir/xxgk" ]; then
  echo "错误：在 $dir 中找不到 xxgk 程序。请在解压出的文件夹中运行本脚本。" >&2
  exit 1
fi

# quote PATH: PATH as one quoted argument of a desktop entry's Exec key.
# Inside the quotes ", `, $ and \ take a backslash, and the backslash is
# then doubled by the string escapes the key's value is read with.
quote() {
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')"
}

# entry FILE: writes the launcher to FILE.
entry() {
  {
    echo "[Desktop Entry]"
    echo "Type=Application"
    echo "Version=1.0"
    echo "Name=xxgk 信息公开工作台"
    echo "Comment=政府信息公开台账、年度报告和月度工作进展"
    printf 'Exec=env XXGK_DESKTOP=1 %s %%F\n' "$(quote "$dir/xxgk")"
    if [ -f "$dir/xxgk.png" ]; then
      printf 'Icon=%s\n' "$(printf '%s' "$dir/xxgk.png" | sed 's/\\/\\\\/g')"
    fi
    echo "Terminal=true"
    echo "Categories=Office;"
    echo "MimeType=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;text/csv;"
  } >"$1"
  chmod 755 "$1"
}

apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
entry "$apps/xxgk.desktop"
echo "已添加到应用菜单：$apps/xxgk.desktop"

# The desktop folder: the one xdg-user-dirs names, if it exists (it names
# ~/Desktop even where there is none); else 桌面 on a Chinese system, or
# Desktop.
desktop=""
for d in "$(xdg-user-dir DESKTOP 2>/dev/null || true)" "$HOME/桌面" "$HOME/Desktop"; do
  if [ -n "$d" ] && [ "$d" != "$HOME" ] && [ -d "$d" ]; then
    desktop=$d
    break
  fi
done
if [ -n "$desktop" ]; then
  entry "$desktop/xxgk.desktop"
  # GNOME-based desktops run a launcher on the desktop only once it is trusted.
  gio set "$desktop/xxgk.desktop" metadata::trusted true 2>/dev/null || true
  echo "已添加到桌面：$desktop/xxgk.desktop"
fi
