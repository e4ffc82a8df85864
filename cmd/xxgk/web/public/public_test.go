package public

import (
	"net/http/httptest"
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	l := newLimiter(Limits{PerName: 2, PerIP: 3, Window: 10 * time.Minute})
	t0 := time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC)
	l.fail("a", "1.1.1.1", t0)
	if _, ok := l.blocked("a", "1.1.1.1", t0); ok {
		t.Fatal("blocked after one failure")
	}
	l.fail("a", "1.1.1.1", t0.Add(time.Minute))
	until, ok := l.blocked("a", "2.2.2.2", t0.Add(2*time.Minute))
	if !ok || !until.Equal(t0.Add(10*time.Minute)) {
		t.Fatalf("after two failures: %v %v, want blocked until %v", until, ok, t0.Add(10*time.Minute))
	}
	if _, ok := l.blocked("a", "2.2.2.2", t0.Add(10*time.Minute)); ok {
		t.Error("still blocked once the first failure left the window")
	}
	l.fail("b", "1.1.1.1", t0.Add(3*time.Minute))
	if _, ok := l.blocked("c", "1.1.1.1", t0.Add(4*time.Minute)); !ok {
		t.Error("the address's third failure does not block another name")
	}
	l.succeed("a")
	if _, ok := l.blocked("a", "3.3.3.3", t0.Add(4*time.Minute)); ok {
		t.Error("a success did not clear the name's failures")
	}
	l.prune(t0.Add(time.Hour))
	if len(l.failures) != 0 {
		t.Errorf("prune left %v", l.failures)
	}
}

func TestSameOrigin(t *testing.T) {
	for _, c := range []struct {
		origin, referer string
		want            bool
	}{
		{"", "", true},
		{"null", "", true},
		{"https://xxgk.example", "", true},
		{"https://XXGK.example", "", true},
		{"https://evil.example", "", false},
		{"", "https://xxgk.example/requests", true},
		{"", "https://evil.example/xxgk.example", false},
		{"https://evil.example", "https://xxgk.example/", false},
	} {
		r := httptest.NewRequest("POST", "/requests", nil)
		r.Host = "xxgk.example"
		if c.origin != "" {
			r.Header.Set("Origin", c.origin)
		}
		if c.referer != "" {
			r.Header.Set("Referer", c.referer)
		}
		if got := sameOrigin(r); got != c.want {
			t.Errorf("Origin %q Referer %q: %v, want %v", c.origin, c.referer, got, c.want)
		}
	}
}

func TestClientIP(t *testing.T) {
	r := httptest.NewRequest("GET", "/", nil)
	r.RemoteAddr = "10.0.0.5:5000"
	r.Header.Add("X-Forwarded-For", "6.6.6.6, 203.0.113.9")
	direct, proxied := &Server{}, &Server{cfg: Config{BehindProxy: true}}
	if got := direct.clientIP(r); got != "10.0.0.5" {
		t.Errorf("direct: %s, want the peer", got)
	}
	if got := proxied.clientIP(r); got != "203.0.113.9" {
		t.Errorf("behind the proxy: %s, want the address the proxy added", got)
	}
}

func TestBenchesEvictLeastRecentlyUsed(t *testing.T) {
	bs := newBenches(2)
	made := 0
	mk := func() (*bench, error) { made++; return &bench{}, nil }
	bs.get("s1", mk)
	bs.get("s2", mk)
	bs.get("s1", mk) // s1 used last
	bs.get("s3", mk) // drops s2
	if bs.len() != 2 || made != 3 {
		t.Fatalf("%d kept, %d made", bs.len(), made)
	}
	bs.get("s1", mk)
	if made != 3 {
		t.Error("s1 was dropped instead of s2")
	}
	bs.get("s2", mk)
	if made != 4 {
		t.Error("s2 was kept")
	}
	bs.drop("s2")
	bs.closeAll()
	if bs.len() != 0 {
		t.Errorf("%d kept after closeAll", bs.len())
	}
}

// len is how many workbenches are kept.
func (bs *benches) len() int {
	bs.mu.Lock()
	defer bs.mu.Unlock()
	return len(bs.m)
}
