package jsonout

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xxgk/xxgk/report"
)

// field is one code FromPairs knows, with how to store its value.
type field struct {
	code     string
	optional bool // produced_at and the timeliness keys may be absent
	set      func(v string) error
}

// builder fills a report from pairs.
type builder struct {
	rep    *report.AnnualReport
	fields map[string]field
	order  []string // the known codes in document order, to name a missing one
	seen   map[string]bool
	groups map[string]*report.ApplicantCounts // table 3 group sums as given
	// months holds the category × month codes given, by category name.
	months map[string]*[12]int
	late   report.Timeliness
}

// FromPairs rebuilds the report Pairs listed: Write(FromPairs(Pairs(rep)))
// gives the same bytes as Write(rep). The order of categories, departments
// and channels is the order of their pairs. Table 3's group sums are
// checked against their items, not stored. An unknown, repeated or missing
// code, a value that is not a number where one is due, and a group sum that
// does not match its items are errors with a Chinese message naming the
// code. The category × month grid comes from the CategoryMonthPrefix codes;
// without them (an export made before they were written) it is empty. A
// category's months must add up to its count.
func FromPairs(pairs []Pair) (*report.AnnualReport, error) {
	b := newBuilder()
	for _, p := range pairs {
		if err := b.set(p); err != nil {
			return nil, err
		}
	}
	if err := b.finish(); err != nil {
		return nil, err
	}
	return b.rep, nil
}

func newBuilder() *builder {
	rep := &report.AnnualReport{}
	b := &builder{rep: rep, fields: map[string]field{}, seen: map[string]bool{}, groups: map[string]*report.ApplicantCounts{}, months: map[string]*[12]int{}}
	b.add("unit", false, func(v string) error { rep.Unit.Name = v; return nil })
	b.add("unit_code", false, func(v string) error { rep.Unit.Code = v; return nil })
	b.integer("year", &rep.Year)
	b.addTable2()
	b.addTable3()
	for _, blk := range report.Table4Blocks {
		a := rep.Table4.Block(report.AppealKind(blk.Code))
		for j, p := range []*int{&a.Upheld, &a.Corrected, &a.Other, &a.Pending, &a.Total} {
			b.integer("table4."+blk.Code+"."+report.Table4Columns[j].Code, p)
		}
	}
	b.addPublications()
	b.integer("processing_fees.count", &rep.ProcessingFees.Count)
	b.add("processing_fees.amount_yuan", false, func(v string) error {
		fen, err := report.ParseYuan(v)
		rep.ProcessingFees.AmountFen = fen
		return err
	})
	b.addTimeliness()
	b.add("produced_at", true, func(v string) error {
		t, err := time.Parse(time.RFC3339, v)
		rep.Produced = t
		return err
	})
	return b
}

// add registers a code.
func (b *builder) add(code string, optional bool, set func(string) error) {
	b.fields[code] = field{code, optional, set}
	b.order = append(b.order, code)
}

// integer registers a code whose value is a whole number stored in p.
func (b *builder) integer(code string, p *int) {
	b.add(code, false, func(v string) error {
		n, err := strconv.Atoi(v)
		*p = n
		return err
	})
}

// addTable2 registers every figure of table 2 (report.Table2Blocks).
func (b *builder) addTable2() {
	t := &b.rep.Table2
	for _, blk := range report.Table2Blocks {
		for _, r := range blk.Rows {
			if r.IsAmount() {
				b.add(r.Path(blk.Heads[0]), false, func(v string) error { t.FeesWan = v; return nil })
				continue
			}
			for j, p := range r.Counts(t) {
				b.integer(r.Path(blk.Heads[j]), p)
			}
		}
	}
}

// addTable3 registers every row of table 3 and, in their JSON place, the
// group sums.
func (b *builder) addTable3() {
	group := ""
	for i, row := range report.Table3Rows {
		if row.Group != "" && row.Group != group {
			sum := &report.ApplicantCounts{}
			b.groups[row.Group] = sum
			for j, col := range report.Table3Columns {
				b.integer("table3."+row.Group+"."+col.Code, &sum[j])
			}
		}
		group = row.Group
		for j, col := range report.Table3Columns {
			b.integer("table3."+row.Code+"."+col.Code, &b.rep.Table3.Rows[i][j])
		}
	}
}

func (b *builder) addPublications() {
	p := &b.rep.Publications
	b.integer("publications.total", &p.Total)
	b.integer("publications.key_area", &p.KeyArea)
	b.integer("publications.from_requests", &p.FromRequests)
	for m := range p.ByMonth {
		b.integer("publications.by_month."+strconv.Itoa(m+1), &p.ByMonth[m])
	}
}

func (b *builder) addTimeliness() {
	t := &b.late
	b.integer("timeliness.concluded", &t.Concluded)
	b.integer("timeliness.on_time", &t.OnTime)
	b.integer("timeliness.late", &t.Late)
	b.add("timeliness.late_ids", false, func(v string) error {
		if v != "" {
			t.LateIDs = strings.Split(v, LateIDSeparator)
		}
		return nil
	})
	for _, c := range []string{"concluded", "on_time", "late", "late_ids"} {
		f := b.fields["timeliness."+c]
		f.optional = true
		b.fields[f.code] = f
	}
}

// namedLists are the publication counts keyed by a name the unit chose.
var namedLists = []string{"by_category", "by_department", "by_channel"}

// set stores one pair.
func (b *builder) set(p Pair) error {
	if b.seen[p.Code] {
		return fmt.Errorf("代码「%s」出现了不止一次", p.Code)
	}
	b.seen[p.Code] = true
	if f, ok := b.fields[p.Code]; ok {
		if err := f.set(p.Value); err != nil {
			return fmt.Errorf("代码「%s」的值「%s」无法识别：%w", p.Code, p.Value, err)
		}
		return nil
	}
	if rest, ok := strings.CutPrefix(p.Code, CategoryMonthPrefix); ok {
		return b.month(p, rest)
	}
	if list, name, ok := b.named(p.Code); ok {
		n, err := strconv.Atoi(p.Value)
		if err != nil {
			return fmt.Errorf("代码「%s」的值「%s」不是整数", p.Code, p.Value)
		}
		*list = append(*list, report.NamedCount{Name: name, Count: n})
		return nil
	}
	return fmt.Errorf("未知的代码「%s」", p.Code)
}

// month stores one cell of the category × month grid; rest is the code
// after CategoryMonthPrefix: the category's name, a dot and the month.
func (b *builder) month(p Pair, rest string) error {
	dot := strings.LastIndex(rest, ".")
	m, err := strconv.Atoi(rest[dot+1:])
	if dot <= 0 || err != nil || m < 1 || m > 12 {
		return fmt.Errorf("代码「%s」无法识别：应为 %s类别名称.月份（1至12）", p.Code, CategoryMonthPrefix)
	}
	n, err := strconv.Atoi(p.Value)
	if err != nil {
		return fmt.Errorf("代码「%s」的值「%s」不是整数", p.Code, p.Value)
	}
	name := rest[:dot]
	if b.months[name] == nil {
		b.months[name] = &[12]int{}
	}
	b.months[name][m-1] = n
	return nil
}

// finishMonths builds the category × month grid from the codes given, if
// any, and checks that each category's months add up to its count.
func (b *builder) finishMonths() error {
	if len(b.months) == 0 {
		return nil
	}
	p := &b.rep.Publications
	grid := make([][12]int, len(p.ByCategory))
	for i, c := range p.ByCategory {
		months := b.months[c.Name]
		if months == nil {
			return fmt.Errorf("缺少类别「%s」的分月代码「%s%s.1」至「.12」", c.Name, CategoryMonthPrefix, c.Name)
		}
		sum := 0
		for _, n := range months {
			sum += n
		}
		if sum != c.Count {
			return fmt.Errorf("类别「%s」各月之和 %d 与代码「publications.by_category.%s」的值 %d 不符", c.Name, sum, c.Name, c.Count)
		}
		grid[i] = *months
		delete(b.months, c.Name)
	}
	if len(b.months) > 0 {
		names := slices.Sorted(maps.Keys(b.months))
		return fmt.Errorf("分月代码中的类别「%s」不在 publications.by_category 中", names[0])
	}
	p.CategoryMonth = grid
	return nil
}

// named finds the list a "publications.by_…." code belongs to and the name
// it counts under.
func (b *builder) named(code string) (*[]report.NamedCount, string, bool) {
	p := &b.rep.Publications
	lists := []*[]report.NamedCount{&p.ByCategory, &p.ByDepartment, &p.ByChannel}
	for i, key := range namedLists {
		if name, ok := strings.CutPrefix(code, "publications."+key+"."); ok && name != "" {
			return lists[i], name, true
		}
	}
	return nil, "", false
}

// finish checks that every code is there and that each of table 3's group
// sums equals its items.
func (b *builder) finish() error {
	timeliness := false
	for _, c := range []string{"concluded", "on_time", "late", "late_ids"} {
		timeliness = timeliness || b.seen["timeliness."+c]
	}
	for _, code := range b.order {
		f := b.fields[code]
		if b.seen[code] || (f.optional && !(timeliness && strings.HasPrefix(code, "timeliness."))) {
			continue
		}
		return fmt.Errorf("缺少代码「%s」", code)
	}
	if err := b.finishMonths(); err != nil {
		return err
	}
	if timeliness {
		t := b.late
		b.rep.Timeliness = &t
	}
	for _, g := range report.Table3Groups {
		want, _ := b.rep.Table3.Row(g.Code)
		got := b.groups[g.Code]
		for j, col := range report.Table3Columns {
			if got[j] != want[j] {
				return fmt.Errorf("代码「table3.%s.%s」的值 %d 与其各项之和 %d 不符", g.Code, col.Code, got[j], want[j])
			}
		}
	}
	return nil
}
