package main

import (
	"context"
	"errors"
	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/report"
)

// requestSaver is what saving an application needs of the store.
type requestSaver interface {
	unitdb.Requests
	unitdb.Imports
}

// errNoChange: an update that sets nothing.
var errNoChange = errors.New("request update sets nothing")

// requestInvalidError lists the bad values of an application, as the
// ledger reader found them in its cells.
type requestInvalidError struct {
	cells []*ledger.CellError
	err   error
}

func (e *requestInvalidError) Error() string { return e.err.Error() }
func (e *requestInvalidError) Unwrap() error { return e.err }

// invalidRequest turns the ledger reader's cell errors into a
// *requestInvalidError; other errors pass unchanged.
func invalidRequest(err error) error {
	var many *ledger.Errors
	var one *ledger.CellError
	switch {
	case errors.As(err, &many):
		return &requestInvalidError{many.Cells, err}
	case errors.As(err, &one):
		return &requestInvalidError{[]*ledger.CellError{one}, err}
	}
	return err
}

// saveRequest adds (id == "") or updates the application id with the
// values set (by ledger header), recorded as imported from source,, validated exactly like a row of an
// imported 依申请公开 ledger, in one transaction. The command line and the
// workbench's page both save through it.
func saveRequest(ctx context.Context, st requestSaver, id, source string, set map[string]string, now time.Time) (report.Request, error) {
	values := map[string]string{}
	if id != "" {
		old, ok, err := st.Request(ctx, id)
		if err != nil {
			return report.Request{}, err
		}
		if !ok {
			return report.Request{}, &web.RequestError{ID: id}
		}
		values = requestValues(old)
	}
	for h, v := range set {
		values[h] = v
	}
	if id == "" {
		id = values["申请编号"]
		if _, ok, err := st.Request(ctx, id); err != nil {
			return report.Request{}, err
		} else if ok {
			return report.Request{}, &web.RequestError{ID: id, Exists: true}
		}
	} else if len(set) == 0 {
		return report.Request{}, errNoChange
	}
	r, err := parseRequest(values)
	if err != nil {
		return report.Request{}, err
	}
	im, err := st.BeginImport(ctx, []string{source}, now)
	if err != nil {
		return report.Request{}, err
	}
	defer im.Rollback()
	if err := im.Request(r); err != nil {
		return report.Request{}, err
	}
	return r, im.Commit()
}
