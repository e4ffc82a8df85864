package web

import (
	"crypto/rand"
	"encoding/hex"
	"os"
	"sync"

	"github.com/xxgk/xxgk/data/ledger"
)

// importView is the page of one import: its result, or why it was refused.
type importView struct {
	Replace   bool
	Result    ImportResult
	Cells     []*ledger.CellError // a refused import's bad cells
	Truncated bool                // more bad cells followed
	Refused   string              // a refusal of a whole file, in words
}

// pendingImport is an import with 「以本次文件为准」 waiting for the
// clerk's confirmation: its uploaded files stay in dir until then.
type pendingImport struct {
	up   *upload
	view importView // the dry run
}

// imports keeps, in memory for this run, the results of the imports
// (post/redirect/get) and the imports waiting for confirmation.
type imports struct {
	mu      sync.Mutex
	results map[string]importView
	order   []string // results, oldest first
	pending map[string]pendingImport
}

// maxResults is how many import results the run keeps.
const maxResults = 50

func newImports() *imports {
	return &imports{results: map[string]importView{}, pending: map[string]pendingImport{}}
}

// newID is a short random id.
func newID() string {
	b := make([]byte, 9)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// keep stores v and returns its id; the oldest result goes beyond maxResults.
func (m *imports) keep(v importView) string {
	id := newID()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.results[id] = v
	m.order = append(m.order, id)
	if len(m.order) > maxResults {
		delete(m.results, m.order[0])
		m.order = m.order[1:]
	}
	return id
}

func (m *imports) result(id string) (importView, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.results[id]
	return v, ok
}

// wait keeps p until it is confirmed or cancelled and returns its id.
func (m *imports) wait(p pendingImport) string {
	id := newID()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.pending[id] = p
	return id
}

func (m *imports) waiting(id string) (pendingImport, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.pending[id]
	return p, ok
}

// take removes the waiting import id; its files are the caller's to remove.
func (m *imports) take(id string) (pendingImport, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.pending[id]
	delete(m.pending, id)
	return p, ok
}

// Close removes the files of the imports still waiting.
func (m *imports) Close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	for id, p := range m.pending {
		os.RemoveAll(p.up.dir)
		delete(m.pending, id)
	}
}
