// Package html reads the clock through an alias.
package html

import (
	clock "time"
)

// Stamp returns the time.
func Stamp() string {
	return clock.Now().String()
}
