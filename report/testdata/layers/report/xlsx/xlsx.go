// Package xlsx imports the documented edge, another renderer and data.
package xlsx

import (
	_ "example.com/fake/data/xlsxguard"
	_ "example.com/fake/report/html"
	_ "example.com/fake/report/jsonout"
)
