//go:build !unix && !windows

package main

import "os"

// processAlive cannot tell on this system: every process counts as
// running, so that nothing of a live xxgk is removed.
func processAlive(pid int) bool { return true }

// ownedByUs cannot tell on this system and trusts the folder.
func ownedByUs(os.FileInfo) bool { return true }
