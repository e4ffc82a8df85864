package statfile

import (
	"unicode"

	"github.com/xxgk/xxgk/report"
)

// Published tables print labels with small variations: 「规范性文件」 for
// 「行政规范性文件」, a typo such as 「其他法律行政止公开」, a dropped or swapped
// character. Where a reader expects one of a few national labels (the
// items of table 2, the rows and columns of table 3, the blocks and
// columns of table 4), a cell whose key is not exactly one of them is taken
// for the one label it is close to: within closeEnough edits (a missing,
// extra, changed or two swapped characters). A key as close to two labels
// is ambiguous, and a key exactly equal to another national label (a group
// of table 3, a header) is never taken for a different one. Each label so
// taken gets a note naming the label as printed and the label it was taken
// for.

// labelSet is the national labels one lookup may match.
type labelSet struct {
	keys  []string          // distinct keys, in national order
	label map[string]string // key → the national label as printed
}

// newLabelSet returns the set of the labels.
func newLabelSet(labels ...string) *labelSet {
	s := &labelSet{label: map[string]string{}}
	for _, l := range labels {
		k := labelKey(l)
		if _, dup := s.label[k]; !dup {
			s.keys = append(s.keys, k)
			s.label[k] = l
		}
	}
	return s
}

// resolve returns the key of the national label that k stands for: k
// itself when it is one, else the one label within closeEnough edits;
// close lists the labels equally close when there are several.
func (s *labelSet) resolve(k string) (key string, close []string) {
	if _, ok := s.label[k]; ok {
		return k, nil
	}
	if k == "" || knownKeys[k] || isDigits(k) {
		return "", nil
	}
	a := []rune(k)
	best := -1
	var at []string
	for _, cand := range s.keys {
		b := []rune(cand)
		if abs(len(a)-len(b)) > closeEnough(len(b)) {
			continue
		}
		d := editDistance(a, b)
		if d > closeEnough(len(b)) || d >= len(b) || best >= 0 && d > best {
			continue
		}
		if d < best || best < 0 {
			best, at = d, nil
		}
		at = append(at, cand)
	}
	switch len(at) {
	case 0:
		return "", nil
	case 1:
		return at[0], nil
	}
	out := make([]string, len(at))
	for i, c := range at {
		out[i] = s.label[c]
	}
	return "", out
}

// closeEnough is how many edits a label of n characters may show: one in a
// short label, one in three in a long one (「规范性文件」 is two from
// 「行政规范性文件」).
func closeEnough(n int) int { return max(1, n/3) }

// editDistance is the optimal string alignment distance of a and b:
// insertions, deletions, substitutions and swaps of adjacent characters.
func editDistance(a, b []rune) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// knownKeys are the keys of every national label of tables 2, 3 and 4: a
// cell showing one of them is that label, never a variant of another.
var knownKeys = func() map[string]bool {
	m := map[string]bool{}
	add := func(labels ...string) {
		for _, l := range labels {
			m[labelKey(l)] = true
		}
	}
	add(report.Table2Content)
	for _, b := range report.Table2Blocks {
		add(b.Caption)
		add(b.HeadLabels()...)
		for _, r := range b.Rows {
			add(r.Label)
		}
	}
	for _, c := range report.Table3Columns {
		add(c.Label)
	}
	for _, g := range report.Table3Groups {
		add(g.Label)
	}
	for _, r := range report.Table3Rows {
		add(r.Label)
	}
	add(report.Table3Applicant, report.Table3LegalPerson, report.Table3Results)
	for _, c := range report.Table4Columns {
		add(c.Label)
	}
	for _, b := range report.Table4Blocks {
		add(b.Label)
	}
	return m
}()

// noteLabel notes that the label at p was read as the national label key
// of set, when it is not exactly that label.
func (rd *reader) noteLabel(g *grid, p pos, set *labelSet, key string) {
	p = g.ownerOf(p.r, p.c)
	if g.key(p.r, p.c) == key {
		return
	}
	rd.out.Notes = append(rd.out.Notes, report.Problem{
		Level: report.LevelNote, Rule: RuleLabel, Where: g.place(p.r, p.c),
		Message: "标签「" + g.raw(p.r, p.c) + "」与国家格式不完全一致，按「" + set.label[key] + "」读取，请核对",
	})
}

// oddLabel refuses the label at p, which is in the place of a national
// label but not close to exactly one: close lists the labels it is equally
// close to, want the labels expected there.
func (rd *reader) oddLabel(g *grid, p pos, close, want []string) {
	printed := "「" + g.raw(p.r, p.c) + "」"
	if len(close) > 1 {
		rd.problem(g.place(p.r, p.c), "标签"+printed+"与"+quoteLabels(close)+"同样相近，无法确定是哪一个，请改为国家格式的标签")
		return
	}
	expected := quoteLabels(want)
	if len(want) > 1 {
		expected += "之一"
	}
	rd.problem(g.place(p.r, p.c), "标签"+printed+"与国家格式的标签都不相近，应为"+expected)
}

// RuleLabel is the rule of the notes on labels read as a national label
// they are close to.
const RuleLabel = "标签近似"
