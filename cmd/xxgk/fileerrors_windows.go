//go:build windows

package main

// osErrnos are the error numbers of the system xxgk runs on.
var osErrnos = windowsErrnos
