// Package deadline imports nothing.
package deadline

// Days is a limit.
const Days = 20
