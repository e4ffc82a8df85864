package jsonout

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/xxgk/xxgk/report"
)

// field is one code FromPairs knows, with how to store its value in a
// builder.
type field struct {
	code     string
	index    int  // in schema.order
	optional bool // produced_at and the timeliness keys may be absent
	set      func(b *builder, v string) error
}

// schema is every code FromPairs knows, in document order. It depends on
// the statutory tables only, so it is made once (fields) and shared by
// every builder, read only.
type schema struct {
	fields map[string]*field
	order  []*field // to name a missing code
}

// fields is the one schema, made on first use.
var fields = sync.OnceValue(newSchema)

// builder fills a report from pairs.
type builder struct {
	rep    *report.AnnualReport
	s      *schema
	seen   []bool                   // by field index
	extra  map[string]bool          // the codes seen that the schema does not list
	t2     [][]*int                 // table 2's counts by row (report.Table2Row.Counts), in schema order
	groups []report.ApplicantCounts // table 3 group sums as given, by report.Table3Groups
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
	// The codes the schema does not list (named counts, the months) are
	// most of the rest: room for them at once, not grown code by code.
	if n := len(pairs) - len(b.s.order); n > 0 {
		b.extra = make(map[string]bool, n)
	}
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
	s := fields()
	b := &builder{rep: &report.AnnualReport{}, s: s, seen: make([]bool, len(s.order)),
		groups: make([]report.ApplicantCounts, len(report.Table3Groups))}
	for _, blk := range report.Table2Blocks {
		for _, r := range blk.Rows {
			b.t2 = append(b.t2, r.Counts(&b.rep.Table2))
		}
	}
	return b
}

// newSchema lists every code in document order.
func newSchema() *schema {
	s := &schema{fields: map[string]*field{}}
	s.add("unit", false, func(b *builder, v string) error { b.rep.Unit.Name = v; return nil })
	s.add("unit_code", false, func(b *builder, v string) error { b.rep.Unit.Code = v; return nil })
	s.integer("year", func(b *builder) *int { return &b.rep.Year })
	s.addTable2()
	s.addTable3()
	for _, blk := range report.Table4Blocks {
		kind := report.AppealKind(blk.Code)
		for j := range 5 {
			s.integer("table4."+blk.Code+"."+report.Table4Columns[j].Code, func(b *builder) *int {
				a := b.rep.Table4.Block(kind)
				return []*int{&a.Upheld, &a.Corrected, &a.Other, &a.Pending, &a.Total}[j]
			})
		}
	}
	s.addPublications()
	s.integer("processing_fees.count", func(b *builder) *int { return &b.rep.ProcessingFees.Count })
	s.add("processing_fees.amount_yuan", false, func(b *builder, v string) error {
		fen, err := report.ParseYuan(v)
		b.rep.ProcessingFees.AmountFen = fen
		return err
	})
	s.addTimeliness()
	s.add("produced_at", true, func(b *builder, v string) error {
		t, err := time.Parse(time.RFC3339, v)
		b.rep.Produced = t
		return err
	})
	return s
}

// add registers a code.
func (s *schema) add(code string, optional bool, set func(*builder, string) error) {
	f := &field{code: code, index: len(s.order), optional: optional, set: set}
	s.fields[code] = f
	s.order = append(s.order, f)
}

// integer registers a code whose value is a whole number stored where at
// points.
func (s *schema) integer(code string, at func(*builder) *int) {
	s.add(code, false, func(b *builder, v string) error {
		n, err := strconv.Atoi(v)
		*at(b) = n
		return err
	})
}

// addTable2 registers every figure of table 2 (report.Table2Blocks).
func (s *schema) addTable2() {
	row := 0
	for _, blk := range report.Table2Blocks {
		for _, r := range blk.Rows {
			if r.IsAmount() {
				s.add(r.Path(blk.Heads[0]), false, func(b *builder, v string) error { b.rep.Table2.FeesWan = v; return nil })
			} else {
				ri := row
				for j := range r.Counts(&report.Table2{}) {
					s.integer(r.Path(blk.Heads[j]), func(b *builder) *int { return b.t2[ri][j] })
				}
			}
			row++
		}
	}
}

// addTable3 registers every row of table 3 and, in their JSON place, the
// group sums.
func (s *schema) addTable3() {
	group := ""
	for i, row := range report.Table3Rows {
		if row.Group != "" && row.Group != group {
			g := slices.IndexFunc(report.Table3Groups, func(c report.Table3Group) bool { return c.Code == row.Group })
			for j, col := range report.Table3Columns {
				s.integer("table3."+row.Group+"."+col.Code, func(b *builder) *int { return &b.groups[g][j] })
			}
		}
		group = row.Group
		for j, col := range report.Table3Columns {
			s.integer("table3."+row.Code+"."+col.Code, func(b *builder) *int { return &b.rep.Table3.Rows[i][j] })
		}
	}
}

func (s *schema) addPublications() {
	s.integer("publications.total", func(b *builder) *int { return &b.rep.Publications.Total })
	s.integer("publications.key_area", func(b *builder) *int { return &b.rep.Publications.KeyArea })
	s.integer("publications.from_requests", func(b *builder) *int { return &b.rep.Publications.FromRequests })
	for m := range 12 {
		s.integer("publications.by_month."+strconv.Itoa(m+1), func(b *builder) *int { return &b.rep.Publications.ByMonth[m] })
	}
}

func (s *schema) addTimeliness() {
	s.integer("timeliness.concluded", func(b *builder) *int { return &b.late.Concluded })
	s.integer("timeliness.on_time", func(b *builder) *int { return &b.late.OnTime })
	s.integer("timeliness.late", func(b *builder) *int { return &b.late.Late })
	s.add("timeliness.late_ids", false, func(b *builder, v string) error {
		if v != "" {
			b.late.LateIDs = strings.Split(v, LateIDSeparator)
		}
		return nil
	})
	for _, c := range []string{"concluded", "on_time", "late", "late_ids"} {
		s.fields["timeliness."+c].optional = true
	}
}

// namedLists are the publication counts keyed by a name the unit chose.
var namedLists = []string{"by_category", "by_department", "by_channel"}

// set stores one pair.
func (b *builder) set(p Pair) error {
	f, known := b.s.fields[p.Code]
	if known && b.seen[f.index] || !known && b.extra[p.Code] {
		return fmt.Errorf("代码「%s」出现了不止一次", p.Code)
	}
	if known {
		b.seen[f.index] = true
	} else {
		if b.extra == nil {
			b.extra = map[string]bool{}
		}
		b.extra[p.Code] = true
	}
	if known {
		if err := f.set(b, p.Value); err != nil {
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
	if b.months == nil {
		b.months = map[string]*[12]int{}
	}
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
		timeliness = timeliness || b.seen[b.s.fields["timeliness."+c].index]
	}
	for _, f := range b.s.order {
		if b.seen[f.index] || (f.optional && !(timeliness && strings.HasPrefix(f.code, "timeliness."))) {
			continue
		}
		return fmt.Errorf("缺少代码「%s」", f.code)
	}
	if err := b.finishMonths(); err != nil {
		return err
	}
	if timeliness {
		t := b.late
		b.rep.Timeliness = &t
	}
	for i, g := range report.Table3Groups {
		want, _ := b.rep.Table3.Row(g.Code)
		got := b.groups[i]
		for j, col := range report.Table3Columns {
			if got[j] != want[j] {
				return fmt.Errorf("代码「table3.%s.%s」的值 %d 与其各项之和 %d 不符", g.Code, col.Code, got[j], want[j])
			}
		}
	}
	return nil
}
