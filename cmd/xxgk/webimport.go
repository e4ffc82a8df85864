package main

import (
	"context"
	"errors"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/ledger"
)

// Import is `xxgk import [--replace]` on the uploaded files: the same
// importLedgers, its notes collected for the page instead of printed.
func (o webOps) Import(ctx context.Context, files []web.Upload, replace, dryRun bool) (web.ImportResult, error) {
	run := importRun{replace: replace, dryRun: dryRun, now: o.e.now()}
	for _, f := range files {
		run.files = append(run.files, importFile{path: f.Path, name: f.Name})
	}
	var res web.ImportResult
	run.notice = func(msg string) { res.Notices = append(res.Notices, msg) }
	out, err := importLedgers(ctx, o.st, run)
	res.Ledgers, res.Absent, res.Unknown = out.stats, out.absent, out.unknown
	return res, webImportErr(err)
}

// webImportErr gives the page the ledger readers' bad cells as they are
// and any other refusal as the command line words it (naming the file).
func webImportErr(err error) error {
	var one *ledger.CellError
	var many *ledger.Errors
	var ue *userError
	switch {
	case err == nil, data.ProblemOf(err) == data.Busy, errors.As(err, &many), errors.As(err, &one):
		return err
	case errors.As(err, &ue) && ue.err != nil:
		_, msg := describe(ue.err)
		return &web.ImportRefused{Msg: msg}
	}
	_, msg := describe(err)
	return &web.ImportRefused{Msg: msg}
}
