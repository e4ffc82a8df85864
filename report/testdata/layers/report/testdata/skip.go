// Package skip is in a testdata folder, which the checker leaves out.
package skip

import "time"

// Now is not checked.
var Now = time.Now
