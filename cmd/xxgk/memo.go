package main

import (
	"context"
	"sync"
)

// memo keeps the results of a computation by key, a few of them, for the
// workbench's pages: the key holds everything the result depends on (the
// database's change mark among them), so a result is reused until its key
// changes. Safe for concurrent use: callers asking for the same key at
// once wait for one computation.
type memo[K comparable, V any] struct {
	compute func(ctx context.Context, k K) (V, error)
	// slot groups keys that replace each other (the same year counted on
	// another day); at most size slots are kept, the one used longest ago
	// leaving first.
	slot func(K) int
	size int
	// life is the context computations run in, whoever asked for them:
	// serve ends it when it stops. Set before the memo is used.
	life context.Context

	mu      sync.Mutex
	entries map[int]*memoEntry[K, V]
	clock   uint64
}

// memoEntry is one result, being computed until done is closed.
type memoEntry[K comparable, V any] struct {
	key  K
	done chan struct{}
	val  V
	err  error
	used uint64 // when last asked for, on the memo's clock
}

func newMemo[K comparable, V any](size int, slot func(K) int, compute func(context.Context, K) (V, error)) *memo[K, V] {
	return &memo[K, V]{compute: compute, slot: slot, size: size, life: context.Background(), entries: map[int]*memoEntry[K, V]{}}
}

// get returns the result for k, computing it once for all callers when
// none is kept. The computation runs to its end (in the memo's life) even
// when the caller that started it gives up, so that the others and the
// next call get it; a failed one is not kept.
func (m *memo[K, V]) get(ctx context.Context, k K) (V, error) {
	e := m.entry(k)
	select {
	case <-e.done:
		return e.val, e.err
	case <-ctx.Done():
		var zero V
		return zero, ctx.Err()
	}
}

// entry finds k's entry or starts computing it.
func (m *memo[K, V]) entry(k K) *memoEntry[K, V] {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.clock++
	s := m.slot(k)
	if e, ok := m.entries[s]; ok && e.key == k {
		e.used = m.clock
		return e
	}
	if _, ok := m.entries[s]; !ok && len(m.entries) >= m.size {
		m.evict()
	}
	e := &memoEntry[K, V]{key: k, done: make(chan struct{}), used: m.clock}
	m.entries[s] = e
	go m.run(m.life, s, e)
	return e
}

// run computes e and forgets it again when it failed.
func (m *memo[K, V]) run(ctx context.Context, s int, e *memoEntry[K, V]) {
	e.val, e.err = m.compute(ctx, e.key)
	close(e.done)
	if e.err != nil {
		m.mu.Lock()
		if m.entries[s] == e {
			delete(m.entries, s)
		}
		m.mu.Unlock()
	}
}

// evict drops the entry used longest ago. The caller holds mu.
func (m *memo[K, V]) evict() {
	oldest, first := 0, true
	for s, e := range m.entries {
		if first || e.used < m.entries[oldest].used {
			oldest, first = s, false
		}
	}
	delete(m.entries, oldest)
}

// len is the number of results kept or under way.
func (m *memo[K, V]) len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.entries)
}
