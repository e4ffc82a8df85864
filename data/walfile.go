package data

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// SQLite's write-ahead log (https://www.sqlite.org/fileformat2.html#walformat):
// a 32-byte header, then frames of a 24-byte header and one page. A frame
// counts only when its salts equal the header's and the running checksum
// over the header and every frame up to it is right; a transaction
// counts only up to its commit frame (one whose second field, the database
// size, is not zero).
const (
	walHeaderSize  = 32
	walFrameHeader = 24
	walMagicLE     = 0x377f0682
	walMagicBE     = 0x377f0683
	walVersion     = 3007000
	dbHeaderSize   = 100
	dbMagic        = "SQLite format 3\x00"
)

// pageOne is what the WAL check compares of a database header: the page
// size, the file change counter (offset 24, bumped by every transaction
// that writes page 1) and the application id (offset 68) that xxgk sets
// to a random number per database.
type pageOne struct {
	pageSize int
	counter  uint32
	appID    uint32
}

func parsePageOne(b []byte) (pageOne, bool) {
	if len(b) < dbHeaderSize || string(b[:16]) != dbMagic {
		return pageOne{}, false
	}
	size := int(binary.BigEndian.Uint16(b[16:18]))
	if size == 1 {
		size = 65536
	}
	return pageOne{pageSize: size, counter: binary.BigEndian.Uint32(b[24:28]), appID: binary.BigEndian.Uint32(b[68:72])}, true
}

// walSummary is what a WAL holds that SQLite would replay: its committed
// frames, and the versions of page 1 among them, oldest first.
type walSummary struct {
	pageSize int
	commits  int       // committed transactions
	pageOnes []pageOne // committed versions of page 1
}

// readWAL reads the WAL at path as SQLite's recovery would. A file SQLite
// would ignore (bad magic, version or header checksum) gives a summary
// with no commits.
func readWAL(path string) (walSummary, error) {
	f, err := os.Open(path)
	if err != nil {
		return walSummary{}, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<16)
	hdr := make([]byte, walHeaderSize)
	if _, err := io.ReadFull(r, hdr); err != nil {
		return walSummary{}, nil // shorter than a header: SQLite ignores it
	}
	magic := binary.BigEndian.Uint32(hdr[0:4])
	if magic != walMagicLE && magic != walMagicBE || binary.BigEndian.Uint32(hdr[4:8]) != walVersion {
		return walSummary{}, nil
	}
	big := magic == walMagicBE
	var s0, s1 uint32
	walChecksum(big, hdr[:24], &s0, &s1)
	if s0 != binary.BigEndian.Uint32(hdr[24:28]) || s1 != binary.BigEndian.Uint32(hdr[28:32]) {
		return walSummary{}, nil
	}
	pageSize := int(binary.BigEndian.Uint32(hdr[8:12]))
	if pageSize < 512 || pageSize > 65536 || pageSize&(pageSize-1) != 0 {
		return walSummary{}, nil
	}
	return readFrames(r, hdr, pageSize, big, s0, s1)
}

// readFrames walks the frames after the header while they are valid.
func readFrames(r io.Reader, hdr []byte, pageSize int, big bool, s0, s1 uint32) (walSummary, error) {
	sum := walSummary{pageSize: pageSize}
	frame := make([]byte, walFrameHeader+pageSize)
	var pending []pageOne
	for {
		if _, err := io.ReadFull(r, frame); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return sum, nil
			}
			return sum, fmt.Errorf("read wal: %w", err)
		}
		if string(frame[8:16]) != string(hdr[16:24]) {
			return sum, nil // a frame of an earlier generation of the log
		}
		walChecksum(big, frame[:8], &s0, &s1)
		walChecksum(big, frame[walFrameHeader:], &s0, &s1)
		if s0 != binary.BigEndian.Uint32(frame[16:20]) || s1 != binary.BigEndian.Uint32(frame[20:24]) {
			return sum, nil
		}
		if binary.BigEndian.Uint32(frame[0:4]) == 1 {
			p, _ := parsePageOne(frame[walFrameHeader:])
			pending = append(pending, p)
		}
		if binary.BigEndian.Uint32(frame[4:8]) != 0 {
			sum.commits++
			sum.pageOnes = append(sum.pageOnes, pending...)
			pending = pending[:0]
		}
	}
}

// walChecksum adds b (a multiple of 8 bytes) to SQLite's running WAL
// checksum s0, s1, reading words big-endian or little-endian as the
// log's magic number says.
func walChecksum(big bool, b []byte, s0, s1 *uint32) {
	x, y := *s0, *s1
	if big {
		for ; len(b) >= 8; b = b[8:] {
			x += binary.BigEndian.Uint32(b) + y
			y += binary.BigEndian.Uint32(b[4:]) + x
		}
	} else {
		for ; len(b) >= 8; b = b[8:] {
			x += binary.LittleEndian.Uint32(b) + y
			y += binary.LittleEndian.Uint32(b[4:]) + x
		}
	}
	*s0, *s1 = x, y
}
