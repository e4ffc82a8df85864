package web

import (
	"strings"
	"sync"

	"github.com/xxgk/xxgk/report/rollup"
)

// rollupStore keeps, in memory for this run, the roll-ups summed
// (post/redirect/get, and their downloads): the figures only, the
// uploaded files being gone. The zero value is ready.
type rollupStore struct {
	mu      sync.Mutex
	results map[string]*rollup.Result
	order   []string // results, oldest first
}

// maxRollups is how many roll-ups the run keeps.
const maxRollups = 20

// keep stores res and returns its id; the oldest goes beyond maxRollups.
func (m *rollupStore) keep(res *rollup.Result) string {
	id := newID()
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.results == nil {
		m.results = map[string]*rollup.Result{}
	}
	m.results[id] = res
	m.order = append(m.order, id)
	if len(m.order) > maxRollups {
		delete(m.results, m.order[0])
		m.order = m.order[1:]
	}
	return id
}

func (m *rollupStore) result(id string) (*rollup.Result, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	res, ok := m.results[id]
	return res, ok
}

// rollupAttachment is the Content-Disposition of a download named name:
// the Chinese name (RFC 5987) and an ASCII name for older browsers.
func rollupAttachment(name, kind string) string {
	ext := name[strings.LastIndex(name, ".")+1:]
	return contentDisposition(name, rollupASCII[kind]+"."+ext)
}

// rollupASCII are the ASCII names of the downloads, by kind.
var rollupASCII = map[string]string{
	RollupSumXLSX: "rollup-sum",
	RollupSumPDF:  "rollup-sum",
	RollupDetails: "rollup-details",
	RollupExport:  "rollup-export",
}
