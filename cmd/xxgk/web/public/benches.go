package public

import (
	"context"
	"sync"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/cmd/xxgk/web"
)

// bench is a session's workbench: its own unit's pages, and the unit
// below it is viewing (an upper level), read-only.
type bench struct {
	own      *web.Server
	ownStore unitdb.Store
	upper    bool // the unit has units below: 下级单位 is offered

	mu        sync.Mutex
	view      string // the code of the unit below being viewed; "": none
	viewSrv   *web.Server
	viewStore unitdb.Store

	used uint64 // the benches' tick of its last use
}

// current is the workbench the session's requests go to.
func (b *bench) current() *web.Server {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.viewSrv != nil {
		return b.viewSrv
	}
	return b.own
}

// setView replaces the unit below being viewed (nil: back to its own),
// closing the one before.
func (b *bench) setView(code string, srv *web.Server, st unitdb.Store) {
	b.mu.Lock()
	oldSrv, oldStore := b.viewSrv, b.viewStore
	b.view, b.viewSrv, b.viewStore = code, srv, st
	b.mu.Unlock()
	closeBench(oldSrv, oldStore)
}

// close closes the bench's workbenches and stores.
func (b *bench) close() {
	b.setView("", nil, nil)
	closeBench(b.own, b.ownStore)
}

func closeBench(srv *web.Server, st unitdb.Store) {
	if srv != nil {
		srv.Close()
	}
	if st != nil {
		st.Close()
	}
}

// benches keeps the sessions' workbenches, at most max of them: the
// least recently used is dropped (and made again if its session comes
// back). A workbench keeps a year's figures computed, so that one per
// session, not per request, is what makes the pages fast.
type benches struct {
	mu   sync.Mutex
	max  int
	tick uint64
	m    map[string]*bench // by session token
}

func newBenches(max int) *benches { return &benches{max: max, m: map[string]*bench{}} }

// get returns the session's workbench, made by make when there is none.
func (bs *benches) get(token string, make func() (*bench, error)) (*bench, error) {
	bs.mu.Lock()
	if b := bs.m[token]; b != nil {
		bs.tick++
		b.used = bs.tick
		bs.mu.Unlock()
		return b, nil
	}
	bs.mu.Unlock()
	b, err := make()
	if err != nil {
		return nil, err
	}
	bs.mu.Lock()
	if had := bs.m[token]; had != nil { // made meanwhile by another request
		bs.mu.Unlock()
		b.close()
		return had, nil
	}
	bs.tick++
	b.used = bs.tick
	bs.m[token] = b
	var evicted *bench
	if len(bs.m) > bs.max {
		var oldest string
		for t, x := range bs.m {
			if oldest == "" || x.used < bs.m[oldest].used {
				oldest = t
			}
		}
		evicted = bs.m[oldest]
		delete(bs.m, oldest)
	}
	bs.mu.Unlock()
	if evicted != nil {
		evicted.close()
	}
	return b, nil
}

// drop closes the workbench of token, if there is one.
func (bs *benches) drop(token string) {
	bs.mu.Lock()
	b := bs.m[token]
	delete(bs.m, token)
	bs.mu.Unlock()
	if b != nil {
		b.close()
	}
}

func (bs *benches) closeAll() {
	bs.mu.Lock()
	all := bs.m
	bs.m = map[string]*bench{}
	bs.mu.Unlock()
	for _, b := range all {
		b.close()
	}
}

// passwordLink is 修改密码 in every account's top bar.
var passwordLink = web.Link{Key: "password", Label: "修改密码", Href: PasswordPath}

// unitsLink is 下级单位 in an upper level's top bar.
var unitsLink = web.Link{Key: "units", Label: "下级单位", Href: UnitsPath}

// bench returns the session's workbench, making it on its first request:
// the store of the session's account, the session's CSRF token as the
// pages' token.
func (s *Server) bench(ctx context.Context, sess unitdb.Session) (*bench, error) {
	return s.benches.get(sess.Token, func() (*bench, error) {
		below, err := s.cfg.Accounts.UnitsBelow(ctx, sess)
		if err != nil {
			return nil, err
		}
		closeBelow(below)
		st, err := s.cfg.Accounts.StoreFor(ctx, sess)
		if err != nil {
			return nil, err
		}
		sh := web.Shared{Public: true, Links: []web.Link{passwordLink}}
		if len(below) > 0 {
			sh.Links = []web.Link{unitsLink, passwordLink}
		}
		srv, err := s.workbench(st, sess.UnitCode, sess.CSRF, sh)
		if err != nil {
			st.Close()
			return nil, err
		}
		return &bench{own: srv, ownStore: st, upper: len(below) > 0}, nil
	})
}

// workbench makes the pages of a unit's store.
func (s *Server) workbench(st unitdb.Store, code, token string, sh web.Shared) (*web.Server, error) {
	cfg := s.cfg.Bench
	cfg.Store, cfg.Ops, cfg.Now, cfg.Token, cfg.Shared = st, s.cfg.Ops(st, code), s.cfg.Now, token, sh
	cfg.Quit = nil
	return web.New(cfg)
}

// closeBelow closes the stores of the units below but keep's.
func closeBelow(below []unitdb.UnitBelow, keep ...unitdb.Store) {
	for _, u := range below {
		if u.Store != nil && (len(keep) == 0 || u.Store != keep[0]) {
			u.Store.Close()
		}
	}
}
