package public

import (
	"sync"
	"time"
)

// Limits are the sign-in rate limits: at most PerName failed sign-ins
// for one account name and PerIP from one client address within Window;
// further attempts are refused (429) until the oldest failure is older
// than Window.
type Limits struct {
	PerName, PerIP int
	Window         time.Duration
}

// DefaultLimits: 5 failures per account name and 20 per address in 15
// minutes.
var DefaultLimits = Limits{PerName: 5, PerIP: 20, Window: 15 * time.Minute}

// limiter counts failed sign-ins by key ("name:…", "ip:…").
type limiter struct {
	lim      Limits
	mu       sync.Mutex
	failures map[string][]time.Time // each key's failures within the window, oldest first
}

func newLimiter(lim Limits) *limiter {
	return &limiter{lim: lim, failures: map[string][]time.Time{}}
}

// blocked returns, when name or ip has used up its failures, the time
// from which a sign-in is tried again.
func (l *limiter) blocked(name, ip string, now time.Time) (until time.Time, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range []struct {
		key string
		max int
	}{{"name:" + name, l.lim.PerName}, {"ip:" + ip, l.lim.PerIP}} {
		f := l.recent(k.key, now)
		if len(f) >= k.max {
			if t := f[len(f)-k.max].Add(l.lim.Window); t.After(until) {
				until = t
			}
			ok = true
		}
	}
	return until, ok
}

// fail records a failed sign-in of name from ip.
func (l *limiter) fail(name, ip string, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.failures) > 100000 {
		l.prune(now)
	}
	for _, key := range []string{"name:" + name, "ip:" + ip} {
		l.failures[key] = append(l.recent(key, now), now)
	}
}

// succeed forgets name's failures (its address's stay counted).
func (l *limiter) succeed(name string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.failures, "name:"+name)
}

// recent returns key's failures within the window, dropping older ones.
func (l *limiter) recent(key string, now time.Time) []time.Time {
	f := l.failures[key]
	i := 0
	for i < len(f) && !f[i].After(now.Add(-l.lim.Window)) {
		i++
	}
	if i == len(f) {
		delete(l.failures, key)
		return nil
	}
	f = f[i:]
	l.failures[key] = f
	return f
}

// prune drops every key without a failure within the window.
func (l *limiter) prune(now time.Time) {
	for key := range l.failures {
		l.recent(key, now)
	}
}
