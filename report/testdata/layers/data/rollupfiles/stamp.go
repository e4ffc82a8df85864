// Package rollupfiles reads xxgk's own workbooks through report/xlsx.
package rollupfiles

import _ "example.com/fake/report/xlsx"
