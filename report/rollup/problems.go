package rollup

import "github.com/xxgk/xxgk/report"

// problemList gathers the problems of a roll-up in chunks of a fixed size
// and lists them at the end in one slice of the exact length: thousands
// of units whose tables do not add up break rules a hundred thousand
// times, and a slice grown by append copied them over and over (a
// quarter of the time of Sum) and held up to twice their room.
type problemList struct {
	chunks [][]Problem
	n      int
}

// problemChunk is how many problems a chunk holds.
const problemChunk = 4096

func (l *problemList) add(p Problem) {
	if len(l.chunks) == 0 || len(l.chunks[len(l.chunks)-1]) == problemChunk {
		l.chunks = append(l.chunks, make([]Problem, 0, problemChunk))
	}
	last := &l.chunks[len(l.chunks)-1]
	*last = append(*last, p)
	l.n++
}

// list is every problem added, in order; nil when there is none.
func (l *problemList) list() []Problem {
	if l.n == 0 {
		return nil
	}
	out := make([]Problem, 0, l.n)
	for i, c := range l.chunks {
		out = append(out, c...)
		l.chunks[i] = nil // free as it goes
	}
	return out
}

// figureNames is report.FigureName remembered by path: the checks of
// thousands of exports name the same few hundred figures over and over.
type figureNames map[string]string

// name is report.FigureName(path).
func (m figureNames) name(path string) string {
	if n, ok := m[path]; ok {
		return n
	}
	n := report.FigureName(path)
	m[path] = n
	return n
}
