// Package jsonout imports the domain only.
package jsonout

import _ "example.com/fake/report"
