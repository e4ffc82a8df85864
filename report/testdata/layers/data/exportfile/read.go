// Package exportfile imports a renderer.
package exportfile

import _ "example.com/fake/report/jsonout"
