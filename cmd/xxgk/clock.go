package main

import (
	"strconv"
	"time"
)

// clock is the program's clock: time.Now, or the fixed instant that
// SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
// convention) names. .ci/release sets it to the commit's time when it
// makes the files it ships (the blank template, the sample ledger), so
// that a rebuild gives the same bytes; nobody else is expected to.
func clock(getenv func(string) string) func() time.Time {
	if s := getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			fixed := time.Unix(n, 0)
			return func() time.Time { return fixed }
		}
	}
	return time.Now
}
