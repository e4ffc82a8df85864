package jsonout

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// Pair is one leaf of a JSON report under its dotted code, with its value
// as text: the form in which a report travels in the 数据 sheet of an
// export workbook (docs/figures.md §2).
type Pair struct{ Code, Value string }

// LateIDSeparator joins the 申请编号 of timeliness.late_ids into one value.
const LateIDSeparator = "、"

// joined lists the arrays whose string items travel as one value joined by
// LateIDSeparator rather than one pair per item.
var joined = map[string]bool{"timeliness.late_ids": true}

// Pairs lists every leaf of the annual JSON (Object(rep)) as dotted codes in
// document order: "unit", "unit_code", "year", "table2.rules.issued", …,
// "table3.withheld.state_secret.natural" (a table 3 row code keeps its
// dot), "publications.by_category.招生考试", "publications.by_month.1" …
// "publications.by_month.12", "processing_fees.amount_yuan",
// "timeliness.late_ids" (the IDs joined by 「、」), "produced_at". Strings
// are their text, numbers decimal text. Table 3's group sums are listed
// like the JSON lists them; FromPairs checks them. The selfcheck block is
// left out: the upward file carries only what the upper level sums.
func Pairs(rep *report.AnnualReport) []Pair {
	if rep.SelfCheck != nil {
		own := *rep
		own.SelfCheck = nil
		rep = &own
	}
	return flatten(Object(rep))
}

// CategoryMonthPrefix opens the codes of the category × month grid, which
// the JSON does not carry but an export does:
// "publications.category_month.招生考试.3" counts the 招生考试 items of
// March (the name may itself hold dots: the month is after the last one).
const CategoryMonthPrefix = "publications.category_month."

// CategoryMonthPairs lists the category × month grid of rep, twelve pairs a
// category in the order of its categories, or nothing when rep has no
// grid for its categories (a roll-up of a unit whose file lacked it).
func CategoryMonthPairs(rep *report.AnnualReport) []Pair {
	p := &rep.Publications
	if len(p.CategoryMonth) != len(p.ByCategory) {
		return nil
	}
	var out []Pair
	for i, c := range p.ByCategory {
		for m, n := range p.CategoryMonth[i] {
			out = append(out, Pair{CategoryMonthPrefix + c.Name + "." + strconv.Itoa(m+1), strconv.Itoa(n)})
		}
	}
	return out
}

// MonthlyPairs lists every leaf of the monthly JSON (MonthlyObject(s)) the
// same way; an array's items are numbered from 1 ("tasks.1.id",
// "tasks.1.units.2"), true and false are "true" and "false".
func MonthlyPairs(s *report.MonthlySummary) []Pair {
	return flatten(MonthlyObject(s))
}

// Checksum is the lower-case hex SHA-256 of the pairs written one after
// another as UTF-8 code, a tab, the value and a newline ("code\tvalue\n").
func Checksum(pairs []Pair) string {
	// Pieces are gathered into chunks hashed at once: writing each piece
	// to the hash costs a call per piece, and one buffer of the whole a
	// copy of it all.
	h := sha256.New()
	buf := make([]byte, 0, checksumChunk)
	for _, p := range pairs {
		if n := len(p.Code) + len(p.Value) + 2; len(buf)+n > checksumChunk && len(buf) > 0 {
			h.Write(buf)
			buf = buf[:0]
		}
		buf = append(buf, p.Code...)
		buf = append(buf, '\t')
		buf = append(buf, p.Value...)
		buf = append(buf, '\n')
	}
	h.Write(buf)
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0]))
}

// checksumChunk is how many bytes Checksum hashes at once.
const checksumChunk = 4096

// flatten encodes v and lists its leaves. v comes from this package's
// ordered objects, so it always encodes and decodes: a failure is a bug.
func flatten(v json.Marshaler) []Pair {
	raw, err := marshal(v)
	if err != nil {
		panic(fmt.Sprintf("jsonout: encode report: %v", err))
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var out []Pair
	if err := walk(dec, "", &out); err != nil {
		panic(fmt.Sprintf("jsonout: flatten report: %v", err))
	}
	return out
}

// walk reads one JSON value from dec and appends its leaves under path.
func walk(dec *json.Decoder, path string, out *[]Pair) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	switch tok := tok.(type) {
	case json.Delim:
		if tok == '[' && joined[path] {
			var items []string
			for dec.More() {
				var s string
				if err := dec.Decode(&s); err != nil {
					return err
				}
				items = append(items, s)
			}
			*out = append(*out, Pair{path, strings.Join(items, LateIDSeparator)})
		}
		for i := 1; dec.More(); i++ {
			key := strconv.Itoa(i)
			if tok == '{' {
				k, err := dec.Token()
				if err != nil {
					return err
				}
				key = k.(string)
			}
			if err := walk(dec, join(path, key), out); err != nil {
				return err
			}
		}
		_, err = dec.Token() // the closing delimiter
		return err
	case string:
		*out = append(*out, Pair{path, tok})
	case json.Number:
		*out = append(*out, Pair{path, tok.String()})
	case bool:
		*out = append(*out, Pair{path, strconv.FormatBool(tok)})
	case nil:
		*out = append(*out, Pair{path, ""})
	}
	return nil
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
