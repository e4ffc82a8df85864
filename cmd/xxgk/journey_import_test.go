package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/xxgk/xxgk/cmd/xxgk/browsertest"
	"github.com/xxgk/xxgk/samples"
)

// uploadRefusedThenSamples opens 导入台账 from the top bar, uploads a
// ledger with a bad date (the error table, nothing written), then the
// sample workbook (every record 新增).
func (j *journey) uploadRefusedThenSamples() {
	j.t.Helper()
	dir := j.t.TempDir()
	bad := filepath.Join(dir, "坏日期.csv")
	wb := filepath.Join(dir, samples.LedgerFileName)
	j.must(os.WriteFile(bad, []byte("申请编号,收到日期,申请人类型\nN1,2025-05-01,自然人\nN2,2025-13-01,自然人\n"), 0o600))
	j.must(os.WriteFile(wb, samples.LedgerWorkbook, 0o600))

	j.open("", "概览")
	j.must(browsertest.Follow(j.ctx, "导入台账"))
	j.must(browsertest.WaitH1(j.ctx, "导入台账"))
	j.screens("import")
	j.must(browsertest.Upload(j.ctx, "files", bad))
	j.must(browsertest.Submit(j.ctx, "#import-form"))
	j.must(browsertest.WaitH1(j.ctx, "导入未完成"))
	j.screens("import-refused")
	if got := j.rows("#cell-errors"); len(got) != 1 || got[0][0] != "坏日期.csv" || got[0][2] != "3" || got[0][4] != "2025-13-01" {
		j.t.Errorf("error table: %q", got)
	}
	if n := countRows(j.t, j.db, "requests"); n != 0 {
		j.t.Errorf("refused upload wrote %d requests", n)
	}

	j.must(browsertest.Follow(j.ctx, "继续导入"))
	j.must(browsertest.WaitH1(j.ctx, "导入台账"))
	j.must(browsertest.Upload(j.ctx, "files", wb))
	j.must(browsertest.Submit(j.ctx, "#import-form"))
	j.must(browsertest.WaitH1(j.ctx, "导入结果"))
	j.screens("import-result")
	for _, r := range j.rows("#import-stats") {
		if r[0] == "目录" { // the 21 default categories, 10 of them given a 公开时限
			if strings.Join(r, " ") != "目录 21 0 10 11" {
				j.t.Errorf("first import of the samples' 目录: %q, want 21 read, 10 公开时限 set, 11 unchanged", r)
			}
			continue
		}
		if r[1] != r[2] || r[3] != "0" || r[4] != "0" {
			j.t.Errorf("first import of the samples: %q, want every row 新增", r)
		}
	}
}
