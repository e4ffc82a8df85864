package ledger

import (
	"github.com/xxgk/xxgk/data/xlsxguard"
)

// pipeBatch is how many rows the sheet reader hands over at a time.
const pipeBatch = 256

// pipedRow is one stored row as the worksheet held it, copied out of the
// reader's reused buffers.
type pipedRow struct {
	num      int
	cells    []string
	uncached []int
	hidden   bool
	beyond   error // the row's BeyondError when it has cells beyond the limit
}

// pipedBatch is a run of rows, or the end of the sheet with the reader's
// error (nil at a clean end).
type pipedBatch struct {
	rows  []pipedRow
	arena []string // the rows' cells
	end   bool
	err   error
}

// sheetPipe reads a worksheet's rows in a goroutine of its own, a batch
// ahead of whoever converts and writes them: unzipping and parsing the
// sheet then runs on one core while SQLite writes on the other. The rows
// come out in order, exactly as rows.Next gives them.
type sheetPipe struct {
	out  chan pipedBatch
	free chan pipedBatch // batches taken, for the reader to fill again
	quit chan struct{}
	done chan struct{}
}

// pipeRows starts reading rows. Call stop before closing rows.
func pipeRows(rows *xlsxguard.Rows) *sheetPipe {
	p := &sheetPipe{out: make(chan pipedBatch, 2), free: make(chan pipedBatch, 4), quit: make(chan struct{}), done: make(chan struct{})}
	go p.run(rows)
	return p
}

func (p *sheetPipe) run(rows *xlsxguard.Rows) {
	defer close(p.done)
	b := p.empty()
	for rows.Next() {
		row := rows.Row()
		start := len(b.arena)
		b.arena = append(b.arena, row.Cells...)
		r := pipedRow{num: row.Num, cells: b.arena[start:len(b.arena):len(b.arena)], hidden: row.Hidden}
		if len(row.Uncached) > 0 {
			r.uncached = append([]int(nil), row.Uncached...)
		}
		if row.Beyond > 0 {
			r.beyond = rows.BeyondError()
		}
		b.rows = append(b.rows, r)
		if len(b.rows) == pipeBatch {
			if !p.send(b) {
				return
			}
			b = p.empty()
		}
	}
	b.end, b.err = true, rows.Err()
	p.send(b)
}

// empty returns a batch taken back, emptied, or a new one.
func (p *sheetPipe) empty() pipedBatch {
	select {
	case b := <-p.free:
		clear(b.arena)
		return pipedBatch{rows: b.rows[:0], arena: b.arena[:0]}
	default:
		return pipedBatch{rows: make([]pipedRow, 0, pipeBatch)}
	}
}

// recycle gives a batch back for the reader to fill again: call it only
// once nothing refers to the batch's rows any more.
func (p *sheetPipe) recycle(b pipedBatch) {
	select {
	case p.free <- b:
	default:
	}
}

// send hands b over; it reports false when the reader has stopped.
func (p *sheetPipe) send(b pipedBatch) bool {
	select {
	case p.out <- b:
		return true
	case <-p.quit:
		return false
	}
}

// stop ends the reading goroutine and waits for it.
func (p *sheetPipe) stop() {
	close(p.quit)
	<-p.done
}
