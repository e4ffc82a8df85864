// Command xxgk reads the clock and the environment.
package main

import (
	"fmt"
	"os"
	"time"

	_ "example.com/fake/data/exportfile"
	_ "example.com/fake/report/xlsx"
)

func main() { fmt.Println(time.Now(), os.Getenv("XXGK_DB")) }
