package html

// Tests may import what they need.
import _ "example.com/fake/data/xlsxguard"
