package main

import (
	"context"
	"path/filepath"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/report"
)

// importFile is one ledger file of an import: where it is, and how the
// clerk names it in messages (the path as typed, or an upload's own name).
type importFile struct {
	path, name string
}

// importRun is what an import reads and how it reports as it goes.
type importRun struct {
	files   []importFile
	replace bool // delete the rows the files no longer hold
	dryRun  bool // roll back at the end: learn what the import would do
	now     time.Time
	// notice receives the readers' notes (hidden rows, …) as they come.
	notice func(msg string)
	// progress receives the rows read so far of a file; done ends a file.
	progress func(name string, n int)
	done     func()
	// absent receives the rows the files no longer hold, before the commit.
	absent func([]data.Absent)
}

// importOutcome is what an import did (or, dry, would do).
type importOutcome struct {
	stats   []data.LedgerStats
	absent  []data.Absent // rows the files no longer hold (deleted with replace)
	unknown []report.NamedCount
}

// importLedgers reads the files into st in one transaction, all or nothing:
// the one import of `xxgk import` and of the workbench's 导入台账. A bad
// cell or file returns a *userError wrapping the reader's error.
func importLedgers(ctx context.Context, st Store, run importRun) (importOutcome, error) {
	var out importOutcome
	run = quietImport(run)
	if err := checkImportTypes(run.files); err != nil {
		return out, err
	}
	paths := make([]string, len(run.files))
	for i, f := range run.files {
		paths[i] = f.path
	}
	im, err := st.BeginImport(ctx, paths, run.now)
	if err != nil {
		return out, err
	}
	defer im.Rollback()
	for _, f := range run.files {
		name := filepath.Base(f.path)
		err := ledger.ReadFile(ctx, f.path, im, ledger.Options{
			Notice:   func(msg string) { run.done(); run.notice(msg) },
			Progress: func(n int) { run.progress(name, n) },
		})
		run.done()
		if err != nil {
			return out, &userError{code: exitRule, msg: importFailure(err), err: err}
		}
	}
	if out.absent, err = im.Absent(); err != nil {
		return out, err
	}
	run.absent(out.absent)
	if run.replace {
		if err := im.DeleteAbsent(); err != nil {
			return out, err
		}
	}
	out.stats = im.Stats()
	if run.dryRun {
		return out, im.Rollback()
	}
	if err := im.Commit(); err != nil {
		return out, &userError{code: exitRule, msg: importFailure(err), err: err}
	}
	out.unknown, err = st.UnknownCategories(ctx)
	return out, err
}

// checkImportTypes refuses a file of a type the ledger readers do not take.
func checkImportTypes(files []importFile) error {
	for _, f := range files {
		switch ext := filepath.Ext(f.path); ext {
		case ".xlsx", ".XLSX", ".csv", ".CSV":
		default:
			return inputErrorf(nil, "%s：不支持的文件类型「%s」，请另存为 .xlsx 或 .csv 后导入。", f.name, ext)
		}
	}
	return nil
}

// quietImport fills the callbacks run leaves nil with ones that do nothing.
func quietImport(run importRun) importRun {
	if run.notice == nil {
		run.notice = func(string) {}
	}
	if run.progress == nil {
		run.progress = func(string, int) {}
	}
	if run.done == nil {
		run.done = func() {}
	}
	if run.absent == nil {
		run.absent = func([]data.Absent) {}
	}
	return run
}
