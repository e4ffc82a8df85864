package data

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// oldRowHash is the row hash as the databases written before the fast
// hasher hold it.
func oldRowHash(vals []any) string {
	h := sha256.New()
	for _, v := range vals {
		fmt.Fprintf(h, "%v\x1f", v)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// TestRowHashUnchanged keeps the hash of every kind of value the ledger
// tables bind exactly as before, so a re-import after an upgrade finds
// the rows unchanged.
func TestRowHashUnchanged(t *testing.T) {
	type named string
	rows := [][]any{
		{},
		{""},
		{"关于某项工作的通知", "教发〔2025〕1号", "2025-03-01", "工作动态", "政府网站、政务新媒体", "办公室", int64(1), int64(0)},
		{nil, "x", nil},
		{int64(-12345), int64(0), 7, true, false},
		{named("自定义"), 3.5, []string{"a"}},
		{"a\x1fb", "\xff"},
	}
	h := newRowHasher()
	for _, vals := range rows {
		if got, want := h.hash(vals), oldRowHash(vals); got != want {
			t.Errorf("hash(%#v) = %s, want %s", vals, got, want)
		}
	}
}

// TestDateTextIsString writes every date of 1900–2100 as Date.String does,
// and the edges of the range.
func TestDateTextIsString(t *testing.T) {
	for d := report.NewDate(1900, 1, 1); d.Year() <= 2100; d = d.AddDays(1) {
		if got, want := dateText(d), d.String(); got != want {
			t.Fatalf("dateText(%d) = %q, want %q", int(d), got, want)
		}
	}
	for _, d := range []report.Date{1, 101, 99991231, 100000101, -20250101} {
		if got, want := dateText(d), d.String(); got != want {
			t.Errorf("dateText(%d) = %q, want %q", int(d), got, want)
		}
	}
}
