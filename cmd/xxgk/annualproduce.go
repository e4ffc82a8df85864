package main

import (
	"bytes"
	"context"
	"io"
	"slices"
	"strconv"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
)

// annualSink is where the files of an annual report go: the command's
// output folder (through the output guard) or the workbench's answer.
type annualSink struct {
	// ready is told the figures before anything is rendered: the command
	// checks its output files then, so that a refused file costs nothing.
	ready func(rep *report.AnnualReport) error
	// write receives the formats one by one, each as its renderer.
	write func(format string, render func(io.Writer) error) error
	// readOnly is told that the database is read-only, so the figures were
	// not recorded; nil: nothing is said.
	readOnly func()
}

// produceAnnual is the one production of the annual report, for `xxgk
// report annual` and the workbench's downloads: it counts year opt.year,
// renders each of opt.formats (side by side, then passed to sink one by
// one in order; the PDF and the web page with the unit's narrative file
// and the fonts found) and records the figures as a snapshot, so that next
// year's check can compare its carry-over. It returns the figures and the
// problems the count met.
func produceAnnual(ctx context.Context, st Store, opt reportOptions, e *env, sink annualSink) (*report.AnnualReport, []report.Problem, error) {
	now := e.now()
	// The count and the self-check's registration rule walk the same
	// applications: read them once, as check does.
	once := newRequestsOnce(st)
	rep, problems, cal, err := countAnnual(ctx, once, opt.year, opt.weekendsOnly, report.Options{Today: report.DateOf(now)}, e)
	if err != nil {
		return nil, nil, err
	}
	if rep.SelfCheck, err = selfcheckCounts(ctx, once, cal, opt.year, e); err != nil {
		return nil, nil, err
	}
	rep.Produced = now
	if err := sink.ready(rep); err != nil {
		return nil, nil, err
	}
	r, err := annualRenderer(ctx, st, rep, opt, e)
	if err != nil {
		return nil, nil, err
	}
	files := renderAll(r, opt.formats)
	var figures []byte // the JSON file, when one was rendered
	for i, f := range opt.formats {
		if err := ctx.Err(); err != nil { // interrupted between two files
			return nil, nil, err
		}
		if err := sink.write(f, func(w io.Writer) error { return files[i].writeTo(w, r.note) }); err != nil {
			return nil, nil, err
		}
		if f == "json" {
			figures = files[i].data.Bytes()
		}
	}
	if figures == nil {
		var js bytes.Buffer
		if err := jsonout.Write(&js, rep); err != nil {
			return nil, nil, err
		}
		figures = js.Bytes()
	}
	sn := data.Snapshot{Kind: "annual", Period: strconv.Itoa(opt.year), Produced: now, Figures: figures}
	if err := st.SaveSnapshot(ctx, sn); data.ProblemOf(err) == data.ReadOnly {
		if sink.readOnly != nil {
			sink.readOnly()
		}
	} else if err != nil {
		return nil, nil, err
	}
	return rep, problems, nil
}

// annualRenderer holds what opt.formats are rendered from: the published
// report (narrative included) for pdf and html, the fonts for pdf.
func annualRenderer(ctx context.Context, st Store, rep *report.AnnualReport, opt reportOptions, e *env) (renderer, error) {
	r := renderer{rep: rep, created: rep.Produced, note: noteTo(e)}
	if slices.Contains(opt.formats, "pdf") || slices.Contains(opt.formats, "html") {
		prev, err := lastYearReport(ctx, st, opt.year)
		if err != nil {
			return r, err
		}
		if r.doc, err = buildDocument(rep, prev, opt, e); err != nil {
			return r, err
		}
	}
	if slices.Contains(opt.formats, "pdf") {
		var err error
		if r.fonts, err = findFonts(opt, e); err != nil {
			return r, err
		}
	}
	return r, nil
}
