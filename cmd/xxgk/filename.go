package main

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// Caps on the part of a file name taken from a unit's name. With the
// longest suffix xxgk adds (「-2025年11月-政务公开工作进展和完成情况.json」,
// about 60 bytes) a file name stays well under the 255 bytes (Linux, macOS)
// and 255 UTF-16 units (Windows) a file name may have, and leaves room for
// the folder in Windows' 260-character paths.
const (
	maxStemRunes = 40
	maxStemBytes = 120
)

// fallbackStem stands for a name with nothing usable in a file name.
const fallbackStem = "单位"

// windowsReserved are the device names Windows does not allow as a file
// name, with or without an extension, in any letter case.
var windowsReserved = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true, "CONIN$": true, "CONOUT$": true,
	"COM0": true, "COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true, "COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"COM¹": true, "COM²": true, "COM³": true,
	"LPT0": true, "LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true, "LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true,
	"LPT¹": true, "LPT²": true, "LPT³": true,
}

// fileStem turns a unit's (or a roll-up's) name into the start of an
// output file name, the one place every output name is built from a name:
// path separators, characters Windows forbids (<>:"/\|?*) and control
// characters become _, leading dots and spaces and trailing dots and
// spaces go, a Windows device name (CON, NUL, COM1 …) gets a leading _,
// and a long name is cut to maxStemRunes characters and maxStemBytes bytes
// with a short hash of the whole name, so that two long names that differ
// only at the end still give two files. It is never empty. The name inside
// the documents is not changed.
func fileStem(name string) string {
	s := strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`<>:"/\|?*`, r) || r == utf8.RuneError {
			return '_'
		}
		return r
	}, name)
	s = strings.TrimLeft(s, ". \u3000")
	s = strings.TrimRight(s, ". \u3000")
	if s == "" {
		return fallbackStem
	}
	if utf8.RuneCountInString(s) > maxStemRunes || len(s) > maxStemBytes {
		s = capStem(s, name)
	}
	stem, _, _ := strings.Cut(s, ".")
	if windowsReserved[strings.ToUpper(strings.TrimRight(stem, " "))] {
		s = "_" + s
	}
	return s
}

// capStem cuts s to the caps, leaving room for 「～」 and 6 hex digits of
// the hash of the whole name.
func capStem(s, name string) string {
	sum := sha256.Sum256([]byte(name))
	tail := "～" + hex.EncodeToString(sum[:3])
	runes, bytes := maxStemRunes-utf8.RuneCountInString(tail), maxStemBytes-len(tail)
	cut := 0
	for i, r := range s {
		if runes == 0 || i+utf8.RuneLen(r) > bytes {
			break
		}
		cut = i + utf8.RuneLen(r)
		runes--
	}
	return strings.TrimRight(s[:cut], ". \u3000") + tail
}
