package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/report/rollup"
)

// Rollup is `xxgk rollup` on the uploaded files: the same sumRollup. Its
// messages name a file by the clerk's own name for it, not the folder it
// was uploaded to; a refusal of the whole roll-up is *web.RollupRefused.
func (o webOps) Rollup(ctx context.Context, req web.RollupRequest) (*rollup.Result, error) {
	opt := rollupOptions{year: req.Year, name: strings.TrimSpace(req.Name), code: strings.TrimSpace(req.Code)}
	opt.defaultName()
	for _, f := range req.Files {
		opt.files = append(opt.files, f.Path)
	}
	if req.Units != nil {
		opt.units = req.Units.Path
	}
	res, err := sumRollup(ctx, opt, o.e.now())
	var ue *userError
	if errors.As(err, &ue) {
		return nil, &web.RollupRefused{Msg: ue.msg}
	}
	if err != nil {
		return nil, err
	}
	clerkNames(res, req.Files)
	return res, nil
}

// clerkNames puts the clerk's own names of the files where the roll-up's
// messages name them by path: 「…/0003/丙.xlsx」 becomes 「丙.xlsx」.
func clerkNames(res *rollup.Result, files []web.Upload) {
	pairs := make([]string, 0, 2*len(files))
	for _, f := range files {
		pairs = append(pairs, f.Path, f.Name)
	}
	r := strings.NewReplacer(pairs...)
	for _, list := range [][]rollup.Problem{res.Problems, res.Excluded} {
		for i := range list {
			list[i].Where, list[i].Message = r.Replace(list[i].Where), r.Replace(list[i].Message)
		}
	}
}

// RollupFile writes one of the files `xxgk rollup` writes, in memory, by
// the same rollupWriter, under the command's file name.
func (o webOps) RollupFile(ctx context.Context, res *rollup.Result, file string) (string, []byte, error) {
	rw := newRollupWriter(res, noteTo(o.e))
	var write func(io.Writer) error
	var what string
	switch file {
	case web.RollupSumXLSX, web.RollupSumPDF:
		what, write = rollupSummed+file, rw.summed(file)
	case web.RollupDetails:
		what, write = rollupDetailsFile, rw.details
	case web.RollupExport:
		what, write = rollupExportFile, rw.export
	default:
		return "", nil, fmt.Errorf("unknown roll-up file %q", file)
	}
	if file == web.RollupSumPDF {
		var err error
		if rw.r.fonts, err = findFonts(reportOptions{fontDirs: envFontDirs(o.e)}, o.e); err != nil {
			return "", nil, err
		}
		write = rw.summed(file) // with the fonts
	}
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return "", nil, err
	}
	return rollupFileName(res.Sum.Unit.Name, res.Year, what), buf.Bytes(), nil
}
