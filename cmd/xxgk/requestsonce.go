package main

import (
	"context"

	"github.com/xxgk/xxgk/report"
)

// requestsOnce is a Store whose EachRequest reads a year's applications
// from the database once and passes the same rows, in the same order, on
// every later call for that year. checkYear's count and its deadline notes
// both walk the year's applications: with it they share one read (on a
// year of 100,000 applications the read is most of the check's time).
// It keeps the rows until it is dropped; it is not safe for concurrent use.
//
// When the store can (requestCounter), the rows come without the columns
// the count and the checks never read (申请人, 联系方式, 申请内容, 申请方式,
// 备注): what requestsOnce passes is for counting and checking only.
type requestsOnce struct {
	Store
	year int
	rows [][]report.Request // in chunks of requestChunk: kept without copying
	read bool               // rows are every application of year
}

// requestChunk is how many applications requestsOnce keeps in one slice:
// a year of 100,000 grows by new chunks, not by copying what it read.
const requestChunk = 4096

// requestCounter is a store that reads a year's applications for
// counting only (data.Store.EachRequestToCount).
type requestCounter interface {
	EachRequestToCount(ctx context.Context, y int, fn func(report.Request) error) error
}

// newRequestsOnce wraps st for one check.
func newRequestsOnce(st Store) *requestsOnce { return &requestsOnce{Store: st} }

// EachRequest passes year y's applications as the store does: read from
// it (and kept) the first time, from what was kept afterwards. A read that
// fn or the store stops keeps nothing.
func (s *requestsOnce) EachRequest(ctx context.Context, y int, fn func(report.Request) error) error {
	if s.read && s.year == y {
		for _, chunk := range s.rows {
			for _, r := range chunk {
				if err := fn(r); err != nil {
					return err
				}
			}
		}
		return nil
	}
	var rows [][]report.Request
	read := s.Store.EachRequest
	if c, ok := s.Store.(requestCounter); ok {
		read = c.EachRequestToCount
	}
	err := read(ctx, y, func(r report.Request) error {
		if len(rows) == 0 || len(rows[len(rows)-1]) == requestChunk {
			rows = append(rows, make([]report.Request, 0, requestChunk))
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], r)
		return fn(r)
	})
	if err != nil {
		return err
	}
	s.year, s.rows, s.read = y, rows, true
	return nil
}
