// Package fonts passes os.Getenv on as a value.
package fonts

import "os"

// Getenv reads the machine's environment.
var Getenv = os.Getenv
