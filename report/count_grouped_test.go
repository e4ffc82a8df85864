package report

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"
)

// sideBySide is grouped whose CountPublications waits until the request
// pass has begun (or fails with err): Annual must run the two at once.
type sideBySide struct {
	*grouped
	requests chan struct{} // closed when EachRequest starts
	err      error         // CountPublications' failure, when not nil
	rowsErr  error         // EachRequest's failure, when not nil
}

func (s *sideBySide) CountPublications(ctx context.Context, y int) (PublicationCounts, error) {
	select {
	case <-s.requests:
	case <-time.After(10 * time.Second):
		return PublicationCounts{}, errors.New("the request pass did not start while the publications were counted")
	}
	if s.err != nil {
		return PublicationCounts{}, s.err
	}
	return s.grouped.CountPublications(ctx, y)
}

func (s *sideBySide) EachRequest(ctx context.Context, y int, fn func(Request) error) error {
	close(s.requests)
	if s.rowsErr != nil {
		return s.rowsErr
	}
	return s.mem.EachRequest(ctx, y, fn)
}

// The grouped publications are counted while the other ledgers are
// passed, with the figures and problems of the count one after the other.
func TestGroupedPublicationsSideBySide(t *testing.T) {
	m := randomLedgers(3, 300)
	opt := Options{Today: NewDate(2025, 6, 30)}
	s := &sideBySide{grouped: &grouped{mem: m}, requests: make(chan struct{})}
	got, gotProbs, err := Annual(t.Context(), s, 2025, opt)
	if err != nil {
		t.Fatal(err)
	}
	want, wantProbs, err := Annual(t.Context(), m, 2025, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) || len(gotProbs) != len(wantProbs) {
		t.Fatalf("side by side: %+v\none after the other: %+v", got, want)
	}
	for i := range gotProbs {
		if gotProbs[i] != wantProbs[i] {
			t.Fatalf("problem %d: %+v, want %+v", i, gotProbs[i], wantProbs[i])
		}
	}
}

// A failure on either side is the count's error, not the cancellation it
// caused on the other side.
func TestGroupedPublicationsFailure(t *testing.T) {
	pubsErr, rowsErr := errors.New("publications failed"), errors.New("requests failed")
	for _, tc := range []struct {
		pubs, rows, want error
	}{
		{pubsErr, nil, pubsErr},
		{nil, rowsErr, rowsErr},
		{pubsErr, rowsErr, pubsErr},
	} {
		s := &sideBySide{grouped: &grouped{mem: randomLedgers(4, 50)}, requests: make(chan struct{}), err: tc.pubs, rowsErr: tc.rows}
		if _, _, err := Annual(t.Context(), s, 2025, Options{}); !errors.Is(err, tc.want) {
			t.Errorf("publications %v, requests %v: got %v, want %v", tc.pubs, tc.rows, err, tc.want)
		}
	}
}
