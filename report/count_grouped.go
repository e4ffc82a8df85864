package report

import (
	"context"
	"errors"
	"slices"
)

// countGrouped counts year y into c with the publications grouped by pc,
// while the other ledgers are passed row by row: the store's GROUP BY
// queries and the row passes run side by side, so that a large year keeps
// every core busy. The figures and the problems are those of the count
// one step after the other: the publications' problems come first, then
// the other ledgers' in the order met. The first failure stops the other
// side; the error returned is the one the sequential count would meet
// first (the publications' unless it was only stopped by the other side).
func countGrouped(ctx context.Context, l Ledgers, pc PublicationCounter, c *Counter, y int) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type grouped struct {
		counts PublicationCounts
		err    error
	}
	done := make(chan grouped, 1)
	go func() {
		counts, err := pc.CountPublications(ctx, y)
		if err != nil {
			cancel()
		}
		done <- grouped{counts, err}
	}()
	var rowsErr error
	for _, step := range rowSteps(ctx, l, c, y) {
		if rowsErr = step(); rowsErr != nil {
			cancel()
			break
		}
	}
	g := <-done
	if g.err != nil && (rowsErr == nil || !errors.Is(g.err, context.Canceled)) {
		return g.err
	}
	if rowsErr != nil {
		return rowsErr
	}
	n := len(c.problems)
	if err := c.addGroupedPublications(ctx, pc, g.counts, y); err != nil {
		return err
	}
	c.problems = slices.Concat(c.problems[n:], c.problems[:n])
	return nil
}
