package calendar

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/textfile"
)

// Notice is one State Council notice a year's file draws on: the first
// arrangement, or a later one amending it.
type Notice struct {
	Number string      // 文号, e.g. 国办发明电〔2024〕12号; "" when not known
	Date   report.Date // 发文日期
	Note   string      // the remark written after the date, if any
}

// Year is one year's arrangement after every notice in its file has been
// applied in order.
type Year struct {
	Year    int
	Notices []Notice
	Rest    map[report.Date]string // rest day → 节日 name
	Work    map[report.Date]string // make-up working day → 节日 name
	Source  string                 // file name, or 数据库
}

// ParseError is a calendar file the parser refuses, with the line at fault.
type ParseError = textfile.Error

// maxFileSize bounds a calendar file; a real one is about a kilobyte.
const maxFileSize = 1 << 20

// Parse reads a year's calendar file (format in the package comment). name
// is used in messages and kept as the Year's Source. Errors the user can fix
// are *ParseError in Chinese, naming the file and line.
func Parse(r io.Reader, name string) (*Year, error) {
	text, err := textfile.Read(r, name, "节假日安排", maxFileSize)
	if err != nil {
		return nil, err
	}
	p := &parser{name: name, y: &Year{Source: name, Rest: map[report.Date]string{}, Work: map[report.Date]string{}},
		seen: map[report.Date]int{}, restNames: map[string]bool{}, workNames: map[string]int{}}
	for i, line := range strings.Split(text, "\n") {
		if err := p.line(i+1, line); err != nil {
			return nil, err
		}
	}
	if err := p.finish(); err != nil {
		return nil, err
	}
	return p.y, nil
}

type parser struct {
	name       string
	y          *Year
	yearLine   int                 // line of 年份, 0 before it
	noticeLine int                 // line of the current 通知, 0 before the first
	entries    int                 // day lines under the current notice
	seen       map[report.Date]int // day → line, within the current notice
	restNames  map[string]bool     // 节日 names on 放假 lines
	workNames  map[string]int      // 节日 name on 上班 lines → first line
}

func (p *parser) errorf(n int, format string, args ...any) error {
	return &ParseError{Name: p.name, Line: n, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) line(n int, line string) error {
	if i := strings.IndexAny(line, "#＃"); i >= 0 {
		line = line[:i]
	}
	f := strings.Fields(line)
	if len(f) == 0 {
		return nil
	}
	if f[0] == "年份" {
		return p.year(n, f[1:])
	}
	if p.yearLine == 0 {
		return p.errorf(n, "文件开头要先写一行「年份 2025」，说明这是哪一年的节假日安排")
	}
	switch f[0] {
	case "通知":
		return p.notice(n, f[1:])
	case verbRest, verbWork:
		return p.errorf(n, "缺少节日名称；应写作「春节 %s 日期」", f[0])
	}
	return p.days(n, f)
}

func (p *parser) year(n int, f []string) error {
	if p.yearLine != 0 {
		return p.errorf(n, "「年份」重复出现（第%d行已有）；一个文件只写一年", p.yearLine)
	}
	if len(f) != 1 {
		return p.errorf(n, "「年份」后面应只写四位年份，例如：年份 2025")
	}
	y, err := strconv.Atoi(strings.TrimSuffix(f[0], "年"))
	if err != nil || y < 2000 || y > 2199 {
		return p.errorf(n, "「%s」不是年份；应写作：年份 2025", f[0])
	}
	p.y.Year, p.yearLine = y, n
	return nil
}

func (p *parser) notice(n int, f []string) error {
	at := -1
	for i, s := range f {
		if dateShaped(s) {
			at = i
			break
		}
	}
	if at < 0 {
		return p.errorf(n, "「通知」行要写文号和发文日期，例如：通知 国办发明电〔2024〕12号 2024-11-12")
	}
	d, err := parseDate(f[at])
	if err != nil {
		return p.errorf(n, "%v", err)
	}
	if d.Year() != p.y.Year && d.Year() != p.y.Year-1 {
		return p.errorf(n, "发文日期 %s 不像是%d年节假日安排的通知（应在%d年或%d年内）", d, p.y.Year, p.y.Year-1, p.y.Year)
	}
	if k := len(p.y.Notices); k > 0 {
		if prev := p.y.Notices[k-1]; d < prev.Date {
			return p.errorf(n, "发文日期 %s 早于前一个通知（%s）；后发的调整通知要写在原通知之后", d, prev.Date)
		}
	}
	if err := p.endNotice(); err != nil {
		return err
	}
	p.y.Notices = append(p.y.Notices, Notice{
		Number: strings.Join(f[:at], " "), Date: d, Note: strings.Join(f[at+1:], " "),
	})
	p.noticeLine, p.entries = n, 0
	clear(p.seen)
	return nil
}

// endNotice checks that the current notice listed at least one day.
func (p *parser) endNotice() error {
	if p.noticeLine != 0 && p.entries == 0 {
		return p.errorf(p.noticeLine, "这一通知下面没有列出任何放假或上班的日子")
	}
	return nil
}

const (
	verbRest = "放假"
	verbWork = "上班"
)

// days reads 「节日 放假|上班 日期…」 and applies it over earlier notices.
func (p *parser) days(n int, f []string) error {
	if len(f) < 3 {
		return p.errorf(n, "这一行不完整；应写作「节日 放假 日期」或「节日 上班 日期」，例如：春节 放假 2025-01-28 至 2025-02-04")
	}
	name, verb := f[0], f[1]
	if verb != verbRest && verb != verbWork {
		return p.errorf(n, "不认识「%s」；节日名称后面应是「放假」或「上班」，例如：春节 放假 2025-01-28 至 2025-02-04", verb)
	}
	if p.noticeLine == 0 {
		return p.errorf(n, "放假、上班的日子前面要先有一行「通知 文号 发文日期」，说明出自哪一个通知")
	}
	dates, err := p.expand(strings.Join(f[2:], " "), verb == verbRest)
	if err != nil {
		return p.errorf(n, "%v", err)
	}
	if len(dates) == 0 {
		return p.errorf(n, "「%s」后面没有日期；例如：春节 %s 2025-01-28", verb, verb)
	}
	for _, d := range dates {
		if err := p.apply(n, d, name, verb); err != nil {
			return err
		}
	}
	if verb == verbRest {
		p.restNames[name] = true
	} else if _, ok := p.workNames[name]; !ok {
		p.workNames[name] = n
	}
	p.entries++
	return nil
}

// apply records day d of line n, checking it against the year and against
// what the current notice already said.
func (p *parser) apply(n int, d report.Date, name, verb string) error {
	lo, hi := report.NewDate(p.y.Year-1, 12, 1), report.NewDate(p.y.Year+1, 1, 31)
	if d < lo || d > hi {
		return p.errorf(n, "日期 %s 不在%d年的范围内：一年的安排只能列 %s 至 %s 之间的日子", d, p.y.Year, lo, hi)
	}
	if first, dup := p.seen[d]; dup {
		return p.errorf(n, "%s 在第%d行已经列过；同一通知中一天只能列一次", d, first)
	}
	p.seen[d] = n
	if verb == verbRest {
		delete(p.y.Work, d)
		p.y.Rest[d] = name
		return nil
	}
	_, amends := p.y.Rest[d] // set by an earlier notice: same-notice days were refused above
	if wd := d.Time().Weekday(); !isWeekend(d) && !amends {
		return p.errorf(n, "%s 是%s，不是周末；「上班」只用于调休上班的星期六、星期日", d, weekdayNames[wd])
	}
	delete(p.y.Rest, d)
	p.y.Work[d] = name
	return nil
}

// finish runs the checks that need the whole file.
func (p *parser) finish() error {
	switch {
	case p.yearLine == 0:
		return &ParseError{Name: p.name, Msg: "文件中没有「年份」行；第一行应写「年份 2025」这样的年份"}
	case p.noticeLine == 0:
		return &ParseError{Name: p.name, Msg: "文件中没有「通知」行，也没有任何放假或上班的日子"}
	}
	if err := p.endNotice(); err != nil {
		return err
	}
	bad, at := "", 0 // the first such line, so the message does not vary
	for name, n := range p.workNames {
		if !p.restNames[name] && (at == 0 || n < at) {
			bad, at = name, n
		}
	}
	if at != 0 {
		return p.errorf(at, "「%s」只有上班、没有放假；调休上班行的节日名称要与放假行写得一样", bad)
	}
	return nil
}
