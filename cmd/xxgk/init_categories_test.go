package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// A 、 inside brackets does not separate categories: the default list,
// written one a line to a file or inline, is read back as it is.
func TestInitCategoriesKeepBrackets(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "u.db")
	file := writeFile(t, dir, "目录.txt", "\ufeff"+strings.Join(report.DefaultCategories, "\r\n")+"\r\n")
	xxgk(t, "init", "--db", db, "--unit", "某某县教育局", "--categories", file).must(t)
	if _, got := readUnit(t, db); !slices.Equal(got, report.DefaultCategories) {
		t.Errorf("from a file: %v", got)
	}
	xxgk(t, "init", "--db", db, "--unit", "某某县教育局", "--categories", "机构概况、财政信息（预决算、收费）；其他,机构概况").must(t)
	if _, got := readUnit(t, db); !slices.Equal(got, []string{"机构概况", "财政信息（预决算、收费）", "其他"}) {
		t.Errorf("inline: %v", got)
	}
}
