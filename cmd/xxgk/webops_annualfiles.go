package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/narrative"
	"github.com/xxgk/xxgk/report/xlsx"
)

// narrativeOnDisk is a year's narrative file as it is now: its path, its
// bytes (nil when there is none) and what they parse to.
type narrativeOnDisk struct {
	path string
	raw  []byte
	file *narrative.File
}

// hash identifies the file's bytes; "" when there is no file.
func (d narrativeOnDisk) hash() string {
	if d.raw == nil {
		return ""
	}
	sum := sha256.Sum256(d.raw)
	return hex.EncodeToString(sum[:])
}

// narrativeFigures counts year y as report annual does, with last year's
// recorded figures: what the narrative's sentences are made from.
func (o webOps) narrativeFigures(ctx context.Context, y int) (rep, prev *report.AnnualReport, err error) {
	// The year's figures as 概览 and 年度报告 have them (kept while nothing
	// changes): the tables are what the narrative's sentences use.
	rep, _, err = o.yearChecked(ctx, y)
	if err != nil {
		return nil, nil, err
	}
	prev, err = lastYearReport(ctx, o.st, y)
	return rep, prev, err
}

// narrativeOnDisk reads rep's narrative file, where report annual reads it.
func (o webOps) narrativeOnDisk(rep *report.AnnualReport) (narrativeOnDisk, error) {
	d := narrativeOnDisk{path: narrativePath(o.db, rep.Unit.Name, rep.Year)}
	raw, err := os.ReadFile(d.path)
	if errors.Is(err, os.ErrNotExist) {
		return d, nil
	}
	if err != nil {
		return d, inputErrorf(err, "无法打开年报文字文件 %s：%v", d.path, err)
	}
	d.raw = raw
	d.file, err = parseNarrative(bytes.NewReader(raw), d.path)
	return d, err
}

// narrativeMissing lists the parts report annual refuses to leave empty
// without --draft: narrative.Build's own refusal.
func narrativeMissing(rep, prev *report.AnnualReport, nf *narrative.File, e *env) ([]string, error) {
	_, err := narrative.Build(rep, prev, nf, false, e.text)
	var missing *narrative.MissingError
	if errors.As(err, &missing) {
		return missing.Headings, nil
	}
	return nil, err
}

func (o webOps) NarrativeMissing(ctx context.Context, y int) ([]string, error) {
	rep, prev, err := o.narrativeFigures(ctx, y)
	if err != nil {
		return nil, err
	}
	d, err := o.narrativeOnDisk(rep)
	if err != nil {
		return nil, err
	}
	return narrativeMissing(rep, prev, d.file, o.e)
}

func (o webOps) Narrative(ctx context.Context, y int) (web.Narrative, error) {
	rep, prev, err := o.narrativeFigures(ctx, y)
	if err != nil {
		return web.Narrative{}, err
	}
	d, err := o.narrativeOnDisk(rep)
	if err != nil {
		return web.Narrative{}, err
	}
	n := web.Narrative{Path: d.path, Exists: d.raw != nil, Hash: d.hash()}
	if n.Missing, err = narrativeMissing(rep, prev, d.file, o.e); err != nil {
		return n, err
	}
	nf := d.file
	if nf == nil { // the page starts from what `xxgk narrative` writes
		var b bytes.Buffer
		if err := narrative.Starter(&b, rep, prev, o.e.text); err != nil {
			return n, err
		}
		if nf, err = narrative.Parse(&b, filepath.Base(d.path)); err != nil {
			return n, err
		}
	}
	n.Parts, err = narrativeParts(rep, prev, nf, o.e)
	return n, err
}

// narrativeParts are the headings of the narrative with the sentences the
// report makes from the figures and the unit's text in nf.
func narrativeParts(rep, prev *report.AnnualReport, nf *narrative.File, e *env) ([]web.NarrativePart, error) {
	sentences, err := narrative.Sentences(rep, prev, e.text)
	if err != nil {
		return nil, err
	}
	fee, err := narrative.FeeSentence(rep, e.text)
	if err != nil {
		return nil, err
	}
	draft, err := narrative.Build(rep, prev, nf, true, e.text)
	if err != nil {
		return nil, err
	}
	var out []web.NarrativePart
	for _, h := range narrative.Headings() {
		p := web.NarrativePart{Heading: h, Generated: sentences[h], Text: nf.Parts[h], Required: narrative.Required(h),
			Table: slices.Contains(report.SectionTitles[1:4], h), Opening: h == narrative.OpeningPart}
		switch h {
		case narrative.OpeningPart:
			p.Generated = draft.Opening[:1]
		case report.SectionTitles[5]:
			p.Generated = []string{fee}
		}
		out = append(out, p)
	}
	return out, nil
}

func (o webOps) SaveNarrative(ctx context.Context, y int, loaded string, texts map[string]string) (string, error) {
	rep, prev, err := o.narrativeFigures(ctx, y)
	if err != nil {
		return "", err
	}
	d, err := o.narrativeOnDisk(rep)
	if err != nil {
		return "", err
	}
	if d.hash() != loaded {
		return "", &web.NarrativeChanged{Path: d.path}
	}
	own, invalid := map[string]string{}, map[string]string{}
	for _, h := range narrative.Headings() {
		t, posted := texts[h]
		switch {
		case !posted && d.file != nil:
			own[h] = d.file.Parts[h]
		case !posted:
		case narrative.CheckText(t) != nil:
			invalid[h] = narrative.CheckText(t).Error()
		default:
			own[h] = narrative.Normalize(t)
		}
	}
	if len(invalid) > 0 {
		return "", &web.NarrativeInvalid{Parts: invalid}
	}
	var b bytes.Buffer
	if err := narrative.Write(&b, rep, prev, own, o.e.text); err != nil {
		return "", err
	}
	if err := readsBack(b.Bytes(), own); err != nil {
		return "", err
	}
	err = newGuard(o.e, o.db, true).write(output{d.path, narrativeKind}, func(w io.Writer) error {
		_, err := o.e.notepad(w).Write(b.Bytes())
		return err
	})
	return d.path, err
}

// readsBack makes sure a narrative file about to be written gives back
// the texts it was written with.
func readsBack(file []byte, own map[string]string) error {
	back, err := narrative.Parse(bytes.NewReader(file), "narrative")
	if err != nil {
		return fmt.Errorf("narrative written does not parse: %w", err)
	}
	for h, t := range own {
		if back.Parts[h] != t {
			return fmt.Errorf("narrative part %s does not read back", h)
		}
	}
	return nil
}

// annualContentTypes are the media types of the annual report's files.
var annualContentTypes = map[string]string{
	"xlsx":   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	"pdf":    "application/pdf",
	"html":   "text/html; charset=utf-8",
	"json":   "application/json",
	"export": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

func (o webOps) AnnualFile(ctx context.Context, y int, format string) (web.Download, error) {
	d := web.Download{ContentType: annualContentTypes[format]}
	if format == "export" {
		rep, write, err := annualExport(ctx, o.st, exportOptions{db: o.db, year: y}, xlsx.ExportMeta{Version: version, Produced: o.e.now()}, o.e)
		if err != nil {
			return d, err
		}
		var b bytes.Buffer
		err = write(&b)
		d.Name, d.Body = exportFileName(rep.Unit.Name, y), b.Bytes()
		return d, err
	}
	opt := reportOptions{db: o.db, year: y, formats: []string{format}, draftWhileMissing: true, fontDirs: envFontDirs(o.e)}
	sink := annualSink{
		ready: func(rep *report.AnnualReport) error { d.Name = annualFileName(rep, format); return nil },
		write: func(_ string, render func(io.Writer) error) error {
			var b bytes.Buffer
			err := render(&b)
			d.Body = b.Bytes()
			return err
		},
	}
	_, _, err := produceAnnual(ctx, o.st, opt, o.e, sink)
	return d, err
}
