// Package xlsxrows parses the <row> elements of a worksheet's sheetData
// straight from the bytes, without an XML tokenizer, for the common shape
// Excel, WPS and excelize write: plain <c> elements holding <v>, <f> and
// inline <is> strings.
//
// It understands a strict subset of XML and never guesses: anything else —
// a comment, a CDATA section, a prefixed element, an entity it does not
// know, a carriage return inside a value, a row split across the buffer,
// a value it cannot look up — makes Parse answer Unknown without taking
// any byte, and the caller reads that row with encoding/xml instead
// (xlsxguard.Rows does). A row Parse accepts yields exactly what the
// encoding/xml reader yields for it; xlsxguard's differential fuzz test
// checks this.
package xlsxrows
