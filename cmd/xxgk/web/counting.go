package web

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// DefaultCountWait is how long a page waits for a year's count before it
// answers without it (「正在统计…」) and looks again a moment later. A page
// answers within half a second either way; the count of a year of
// 1,000,000 items and 100,000 applications right after another program's
// change (about 0.3 s on two cores) fits in it, so the figures show at
// once and the reload is left for slower machines.
const DefaultCountWait = 450 * time.Millisecond

// pageBudget is the time within which a page that counts must answer
// (issue 15): DefaultCountWait leaves the rest for the page's own work.
const pageBudget = 500 * time.Millisecond

// countRefresh is how many seconds a page that is still waiting for a
// count asks the browser to wait before loading it again.
const countRefresh = 3

// errStillCounting is the cause of a count's context when the page stopped
// waiting for it: the count goes on (Ops keeps computing it), the page says
// so and loads again.
var errStillCounting = errors.New("still counting")

// countWithin runs count with the page's wait budget. It returns true when
// the budget ran out first: the count continues in the operations, and the
// page shows 「正在统计…」 with a reload instead of waiting (on a database of
// a million items a count takes seconds; the figures kept afterwards are
// immediate).
func (s *Server) countWithin(r *http.Request, count func(ctx context.Context) error) (pending bool, err error) {
	return s.startCount(r, count)()
}

// startCount starts count with the page's wait budget, counted from now,
// and returns the wait for its end (see countWithin): the page does its
// other work meanwhile, so the budget is not spent on top of it.
func (s *Server) startCount(r *http.Request, count func(ctx context.Context) error) (wait func() (pending bool, err error)) {
	ctx, cancel := context.WithTimeoutCause(r.Context(), s.cfg.CountWait, errStillCounting)
	done := make(chan error, 1)
	go func() { done <- count(ctx) }()
	return func() (bool, error) {
		defer cancel()
		err := <-done
		if err != nil && context.Cause(ctx) == errStillCounting && r.Context().Err() == nil {
			return true, nil
		}
		return false, err
	}
}
