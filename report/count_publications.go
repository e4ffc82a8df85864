package report

import (
	"fmt"
	"sort"
)

const (
	ledgerPublications = "主动公开"
	// NoDepartment stands for an item whose 发布机构 is empty.
	NoDepartment = "未注明"
)

// category returns the index of name in the category breakdown, adding it
// when new.
func (c *Counter) category(name string) int {
	if i, ok := c.categories[name]; ok {
		return i
	}
	i := len(c.rep.Publications.ByCategory)
	c.categories[name] = i
	c.rep.Publications.ByCategory = append(c.rep.Publications.ByCategory, NamedCount{Name: name})
	c.rep.Publications.CategoryMonth = append(c.rep.Publications.CategoryMonth, [12]int{})
	return i
}

// AddPublication counts an item published in the year: once in the total,
// its month, its category and its department, and once under each distinct
// channel it went out through (docs/figures.md §1).
func (c *Counter) AddPublication(p Publication) error {
	c.checkRow(p.Origin, ledgerPublications, p.IndexNo, namedDate{"发布日期", p.Published})
	if !p.Published.In(c.year) {
		return nil
	}
	s := &c.rep.Publications
	m := int(p.Published.Month())
	why := fmt.Sprintf("发布日期 %s 在 %d 年内", p.Published, c.year)
	t := func(cell string) { c.trace("publications."+cell, ledgerPublications, p.IndexNo, p.Origin, why) }

	s.Total++
	t("total")
	s.ByMonth[m-1]++
	t(fmt.Sprintf("by_month.%d", m))
	i := c.category(p.Category)
	s.ByCategory[i].Count++
	s.CategoryMonth[i][m-1]++
	t("by_category." + p.Category)
	dept := p.Department
	if dept == "" {
		dept = NoDepartment
	}
	c.depts[dept]++
	t("by_department." + dept)
	if p.KeyArea {
		s.KeyArea++
		t("key_area")
	}
	if p.FromRequest {
		s.FromRequests++
		t("from_requests")
	}
	for _, ch := range distinctChannels(p.Channels) {
		c.channels[ch]++
		t("by_channel." + ch)
	}
	return nil
}

// sortExtraCategories orders the categories that are not in the unit's
// list (the tail from n on) by name, keeping counts and months together.
func sortExtraCategories(s *PublicationStats, n int) {
	if len(s.ByCategory) <= n {
		return
	}
	idx := make([]int, 0, len(s.ByCategory)-n)
	for i := n; i < len(s.ByCategory); i++ {
		idx = append(idx, i)
	}
	sort.Slice(idx, func(a, b int) bool { return s.ByCategory[idx[a]].Name < s.ByCategory[idx[b]].Name })
	cats := append([]NamedCount(nil), s.ByCategory[:n]...)
	months := append([][12]int(nil), s.CategoryMonth[:n]...)
	for _, i := range idx {
		cats = append(cats, s.ByCategory[i])
		months = append(months, s.CategoryMonth[i])
	}
	s.ByCategory, s.CategoryMonth = cats, months
}
