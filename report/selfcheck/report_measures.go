package selfcheck

import (
	"io"
	"regexp"
	"strings"

	"github.com/xxgk/xxgk/report/textfile"
)

// maxMeasuresFile is the largest 自查 text file read.
const maxMeasuresFile = 4 << 20

// numberedHeading is a line that starts a numbered section: 「一、」 … 「十、」.
var numberedHeading = regexp.MustCompile(`^[一二三四五六七八九十]+、`)

// ReadMeasures reads the 整改措施 from a 自查 text file (UTF-8 or GBK, as
// Notepad saves it): the paragraphs after the line 「五、整改措施」 up to
// the next numbered heading, a blank line between paragraphs, the lines
// of a paragraph joined. The annual report's 年报文字 file may serve: only
// this section is read. It returns nil when the file has no such section
// or the section is empty or still the placeholder.
func ReadMeasures(r io.Reader, name string) ([]string, error) {
	text, err := textfile.Read(r, name, "自查文字", maxMeasuresFile)
	if err != nil {
		return nil, err
	}
	var paras []string
	cur, in := "", false
	flush := func() {
		if p := strings.TrimSpace(cur); p != "" && !strings.HasPrefix(p, "（请填写") {
			paras = append(paras, p)
		}
		cur = ""
	}
	for _, ln := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		ln = strings.TrimSpace(strings.TrimRight(ln, "\r"))
		if numberedHeading.MatchString(ln) {
			if in {
				break
			}
			in = strings.HasPrefix(strings.ReplaceAll(ln, " ", ""), MeasuresHeading)
			continue
		}
		if !in {
			continue
		}
		if ln == "" {
			flush()
			continue
		}
		cur += ln
	}
	flush()
	return paras, nil
}
