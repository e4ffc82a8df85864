package main

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/browsertest"
	"github.com/xxgk/xxgk/samples"
)

// 设置 in a real browser, on the sample database: a refused code, the
// unit saved, a refused and an accepted holiday file, a category in use
// taken out after the confirmation, and a backup; each page photographed
// at 1280 and 390 px and checked for sideways overflow.
func TestSettingsInBrowser(t *testing.T) {
	db := importedSampleDB(t)
	ctx := browsertest.New(t)
	sctx, stop := context.WithCancel(context.Background())
	defer stop()
	base, _, _ := startServeAt(t, sctx, db, journeyNow)
	j := &journey{t: t, ctx: ctx, base: base, db: db}
	j.settings()
}

// settings goes through the 设置 page's forms from the top bar.
func (j *journey) settings() {
	j.t.Helper()
	j.open("", "概览")
	j.must(browsertest.Follow(j.ctx, "设置"))
	j.must(browsertest.WaitH1(j.ctx, "设置"))
	j.screens("settings")
	j.settingsUnit()
	j.settingsCalendar()
	j.settingsCategories()
	j.must(browsertest.Submit(j.ctx, "#backup-form"))
	j.must(browsertest.WaitH1(j.ctx, "设置"))
	flash := j.text(".flash")
	path, ok := strings.CutPrefix(flash, "已备份到 ")
	path, _, _ = strings.Cut(path, "（")
	if fi, err := os.Stat(path); !ok || err != nil || fi.Mode().Perm() != 0o600 || filepath.Base(filepath.Dir(path)) != "备份" {
		j.t.Errorf("backup: flash %q, file %v", flash, err)
	}
	j.screens("settings-backup")
}

// settingsUnit: a code with a wrong check digit is refused with the
// command's words beside the field; corrected, it is saved.
func (j *journey) settingsUnit() {
	j.t.Helper()
	bad := "11330000MB0000001X"
	j.must(browsertest.Fill(j.ctx, "code", bad))
	j.must(browsertest.Submit(j.ctx, "#unit-form"))
	j.must(browsertest.WaitH1(j.ctx, "设置"))
	want := cliMessage(j.t, xxgk(j.t, "init", "--db", filepath.Join(j.t.TempDir(), "x.db"), "--unit", samples.UnitName, "--code", bad))
	if got := j.text("#code-error"); got != want {
		j.t.Errorf("beside the code: %q, want %q", got, want)
	}
	j.screens("settings-refused")
	j.must(browsertest.Fill(j.ctx, "code", strings.ToLower(samples.UnitCode)))
	j.must(browsertest.Submit(j.ctx, "#unit-form"))
	j.must(browsertest.WaitH1(j.ctx, "设置"))
	if got := j.value("#code"); got != samples.UnitCode {
		j.t.Errorf("code after saving: %q", got)
	}
}

// settingsCalendar: a file with a bad line is refused naming the line; a
// good one appears in the table as 本单位添加.
func (j *journey) settingsCalendar() {
	j.t.Helper()
	dir := j.t.TempDir()
	bad := writeFile(j.t, dir, "bad.txt", "年份 2028\n通知 2027-11-01\n春节 上班 2028-02-07\n")
	j.must(browsertest.Upload(j.ctx, "files", bad))
	j.must(browsertest.Submit(j.ctx, "#calendar-form"))
	j.must(browsertest.WaitH1(j.ctx, "设置"))
	if got := j.text("#calendar-error"); !strings.Contains(got, "bad.txt 第3行") {
		j.t.Errorf("bad file: %q", got)
	}
	good := writeFile(j.t, dir, "2027.txt", "年份 2027\n通知 国办发明电〔2026〕99号 2026-11-01\n元旦 放假 2027-01-01\n")
	j.must(browsertest.Upload(j.ctx, "files", good))
	j.must(browsertest.Submit(j.ctx, "#calendar-form"))
	j.must(browsertest.WaitH1(j.ctx, "设置"))
	if got := j.text(".flash"); !strings.HasPrefix(got, "已加入 2027 年的节假日安排") {
		j.t.Errorf("flash: %q", got)
	}
	rows := j.rows("#calendar-table")
	if last := rows[len(rows)-1]; !slices.Equal(last, []string{"2027年", "国办发明电〔2026〕99号", "2027.txt（数据库）", "本单位添加"}) {
		j.t.Errorf("last calendar row: %q", last)
	}
}

// settingsCategories: taking 工作动态 out asks first, with its items;
// confirmed, it is listed as in use outside the list.
func (j *journey) settingsCategories() {
	j.t.Helper()
	var kept []string
	for _, c := range strings.Split(j.value("#categories-text"), "\n") {
		if c != "工作动态" {
			kept = append(kept, c)
		}
	}
	j.must(browsertest.Fill(j.ctx, "categories", strings.Join(kept, "\n")))
	j.must(browsertest.Submit(j.ctx, "#categories-form"))
	j.must(browsertest.WaitH1(j.ctx, "确认修改主动公开目录"))
	j.screens("settings-confirm")
	n := byCategory(j.t, j.db)["工作动态"]
	if got := j.text("#removed-categories"); got != "工作动态（"+n+" 条）" {
		j.t.Errorf("confirmation lists %q, want 工作动态（%s 条）", got, n)
	}
	j.must(browsertest.Submit(j.ctx, ".confirm"))
	j.must(browsertest.WaitH1(j.ctx, "设置"))
	if got := j.text("#unknown-categories li"); got != "工作动态（"+n+" 条）" {
		j.t.Errorf("in use outside the list: %q", got)
	}
	if got := len(j.rows("#category-table")); got != len(kept) {
		j.t.Errorf("%d categories listed, want %d", got, len(kept))
	}
	j.screens("settings-saved")
}
