package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/narrative"
)

// narrativePath is where a unit's narrative file for year y lives by
// default: beside its database, named after the unit and year.
func narrativePath(db, unit string, y int) string {
	return filepath.Join(filepath.Dir(db), narrative.FileName(fileStem(unit), y))
}

// readNarrative reads the narrative file at path; a missing file gives
// (nil, nil).
func readNarrative(path string) (*narrative.File, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fileFailed(opRead, path, err, "无法打开年报文字文件 %s：%v", path, err)
	}
	defer f.Close()
	return parseNarrative(f, path)
}

// parseNarrative parses the narrative file at path, read from r.
func parseNarrative(r io.Reader, path string) (*narrative.File, error) {
	nf, err := narrative.Parse(r, filepath.Base(path))
	if err != nil {
		return nil, inputErrorf(err, "%v", err)
	}
	return nf, nil
}

// buildDocument assembles the published report from the figures and the
// unit's narrative file.
func buildDocument(rep, prev *report.AnnualReport, opt reportOptions, e *env) (*report.PublishedReport, error) {
	path := opt.narrative
	if path == "" {
		path = narrativePath(opt.db, rep.Unit.Name, opt.year)
	}
	nf, err := readNarrative(path)
	if err != nil {
		return nil, err
	}
	if nf == nil {
		if !opt.draft && !opt.draftWhileMissing {
			return nil, inputErrorf(nil, "找不到 %d 年的年报文字文件 %s。PDF 和网页版需要单位撰写的各部分文字：请先运行 xxgk narrative --db %s --year %d 生成该文件并填写；也可以加 --draft 先出草稿，或用 --format xlsx,json 只出统计表。",
				opt.year, path, e.quote(opt.db), opt.year)
		}
		nf = &narrative.File{Parts: map[string]string{}}
	}
	doc, err := narrative.Build(rep, prev, nf, opt.draft, e.text)
	var missing *narrative.MissingError
	if errors.As(err, &missing) && opt.draftWhileMissing {
		doc, err = narrative.Build(rep, prev, nf, true, e.text)
	}
	if errors.As(err, &missing) {
		return nil, inputErrorf(err, "年报文字文件 %s：%v。请补写后重试，或加 --draft 生成草稿。", path, err)
	}
	if err != nil {
		return nil, err
	}
	if !opt.date.IsZero() {
		doc.SignOff = narrative.SignOff(rep.Unit.Name, opt.date)
	}
	return doc, nil
}
