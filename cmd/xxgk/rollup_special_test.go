//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestRollupSpecialFiles sums a folder holding, beside a unit's export, a
// named pipe and a link to /dev/zero named like workbooks (once a 10-minute
// hang and 8 GB) and a link to another folder: the roll-up finishes and
// lists each, on stdout and in the 汇总情况 workbook's 「未计入的文件」.
func TestRollupSpecialFiles(t *testing.T) {
	in, other := t.TempDir(), t.TempDir()
	exportOf(t, unitDB(t, "甲学校", true), "2025", filepath.Join(in, "甲.xlsx"))
	if err := syscall.Mkfifo(filepath.Join(in, "pipe.xlsx"), 0o644); err != nil {
		t.Fatal(err)
	}
	for target, link := range map[string]string{"/dev/zero": "zero.xlsx", other: "乡镇"} {
		if err := os.Symlink(target, filepath.Join(in, link)); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	r := xxgk(t, "rollup", "--year", "2025", "--name", "某某县教育局", "--out", out, "--format", "json", in).must(t)
	want := []string{
		"未计入［非普通文件］pipe.xlsx：pipe.xlsx 不是普通文件（是命名管道），未读取",
		"未计入［非普通文件］zero.xlsx：zero.xlsx 不是普通文件（是设备文件；它是指向 /dev/zero 的链接），未读取",
		"未计入［链接］乡镇：乡镇 是指向文件夹 " + other + " 的链接，其中的文件未读取；如需汇总，请把该文件夹直接列在命令中",
	}
	for _, w := range want {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("stdout lacks %q:\n%s", w, r.stdout)
		}
	}
	if !strings.Contains(r.stderr, "汇总 1 个单位；未提供应报单位名单；有问题 0 处；未计入的文件 3 个。") {
		t.Errorf("stderr: %s", r.stderr)
	}
	var listed []string
	for _, row := range cells(t, filepath.Join(out, "某某县教育局-2025年-汇总情况.xlsx"))["未计入的文件"] {
		if len(row) >= 4 && (row[3] == "非普通文件" || row[3] == "链接") {
			listed = append(listed, row[2]+" "+row[3])
		}
	}
	if w := "pipe.xlsx 非普通文件|zero.xlsx 非普通文件|乡镇 链接"; strings.Join(listed, "|") != w {
		t.Errorf("未计入的文件 lists %q, want %s", listed, w)
	}
}
