package samples

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// monthlyItems is how many items the bureau publishes each month of 2025,
// fewer around the Spring Festival (300 in all).
var monthlyItems = [12]int{26, 15, 28, 27, 26, 28, 25, 24, 28, 22, 25, 26}

// catWeight is a routine category's weight in month m (1–12): 工作动态
// most, 招生考试 in spring and summer, 学生资助 in autumn.
func catWeight(cat string, m int) int {
	switch cat {
	case cNews:
		return 30
	case cExam:
		if m >= 3 && m <= 7 {
			return 12
		}
		return 1
	case cAid:
		if m >= 8 && m <= 11 || m == 3 {
			return 10
		}
		return 1
	case cEmerg:
		if m == 4 || m == 6 || m == 7 || m == 9 || m == 12 {
			return 4
		}
		return 1
	case cCompul, cStaff:
		return 5
	case cSuperv, cPrivate, cPreschl, cVocation, cLicence:
		return 3
	default:
		return 2
	}
}

// routineCats are the categories drawn for routine items, in a fixed order.
var routineCats = []string{
	cNews, cCompul, cPreschl, cSpecial, cVocation, cPrivate, cSuperv, cStaff,
	cExam, cAid, cLicence, cEmerg, cFinance, cOther,
}

// keyCats are the categories counted as 重点领域.
var keyCats = []string{cFinance, cExam, cAid, cRecruit, cPrivate, cCompul}

// publications builds the 主动公开 ledger: the fixed items plus routine
// items up to each month's count, sorted by date, numbered 00001 onward.
func publications(rng *rand.Rand) []Publication {
	var out []Publication
	seen := map[string]bool{}
	perMonth := [12]int{}
	for _, f := range fixedPubs {
		d := nextWorkday(day(f.date))
		out = append(out, Publication{
			Title: f.title, DocNo: f.docNo, Published: d, Category: f.cat,
			Channels: f.ch, Department: f.dept, KeyArea: f.key, FromRequest: f.fromReq,
		})
		seen[f.title] = true
		perMonth[d.Month()-1]++
	}
	for m := 1; m <= 12; m++ {
		days := workdaysOf(m)
		for i := perMonth[m-1]; i < monthlyItems[m-1]; i++ {
			out = append(out, routinePub(rng, m, days, seen))
		}
	}
	slices.SortStableFunc(out, func(a, b Publication) int { return a.Published.Compare(b.Published) })
	renumberBatches(out)
	letters := 0
	for i := range out {
		p := &out[i]
		p.IndexNo = fmt.Sprintf("%s/%d-%05d", UnitCode, Year, i+1)
		p.Form = pickForm(rng, DateCellISO)
		if p.DocNo == "" && strings.HasPrefix(p.Title, "关于") && strings.HasSuffix(p.Title, "通知") {
			letters++
			p.DocNo = fmt.Sprintf("示教函〔2025〕%d号", letters)
		}
	}
	return out
}

// routinePub draws one routine item of month m with a title not seen yet.
func routinePub(rng *rand.Rand, m int, days []time.Time, seen map[string]bool) Publication {
	for {
		cat := drawCat(rng, m)
		pool := pubPools[cat]
		title := ""
		for try := 0; try < 20 && (title == "" || seen[title]); try++ {
			if t, ok := inSeason(pool[rng.IntN(len(pool))], m); ok {
				title = fillTitle(rng, t, m)
			}
		}
		if title == "" || seen[title] {
			continue // nothing left in season: draw another category
		}
		seen[title] = true
		p := Publication{Title: title, Category: cat, Published: days[rng.IntN(len(days))]}
		p.Department = catDept[cat]
		if cat == cNews {
			p.Department = newsDepts[rng.IntN(len(newsDepts))]
		}
		p.Channels = drawChannels(rng, cat)
		p.KeyArea = slices.Contains(keyCats, cat) || cat == cPreschl && rng.IntN(2) == 0
		return p
	}
}

// inSeason splits a pool entry 「title|4-7,10」 and reports whether month m
// is one of its months (an entry without months is always in season).
func inSeason(entry string, m int) (string, bool) {
	text, months, ok := strings.Cut(entry, "|")
	if !ok {
		return text, true
	}
	for _, r := range strings.Split(months, ",") {
		from, to, _ := strings.Cut(r, "-")
		a, _ := strconv.Atoi(from)
		b := a
		if to != "" {
			b, _ = strconv.Atoi(to)
		}
		if m >= a && m <= b {
			return text, true
		}
	}
	return text, false
}

// batchNo matches the number of a batch or issue in a title, 「第3批」.
var batchNo = regexp.MustCompile(`第\d+(批|期)`)

// renumberBatches numbers the batches and issues of each kind of title
// 1, 2, 3… in date order, as the clerk would.
func renumberBatches(pubs []Publication) {
	seen := map[string]int{}
	for i := range pubs {
		loc := batchNo.FindStringSubmatchIndex(pubs[i].Title)
		if loc == nil {
			continue
		}
		t := pubs[i].Title
		key := t[:loc[0]] + "#" + t[loc[1]:]
		seen[key]++
		pubs[i].Title = t[:loc[0]] + fmt.Sprintf("第%d%s", seen[key], t[loc[2]:loc[3]]) + t[loc[1]:]
	}
}

// drawCat draws a routine category by its weight in month m.
func drawCat(rng *rand.Rand, m int) string {
	total := 0
	for _, c := range routineCats {
		total += catWeight(c, m)
	}
	r := rng.IntN(total)
	for _, c := range routineCats {
		if r -= catWeight(c, m); r < 0 {
			return c
		}
	}
	return cNews
}

// drawChannels picks where an item went out: 政府网站 on nearly all, news
// mostly also on the 微信公众号, some on the 政务公开栏.
func drawChannels(rng *rand.Rand, cat string) string {
	r := rng.IntN(100)
	if cat == cNews {
		switch {
		case r < 4:
			return chWx
		case r < 70:
			return chWebWx
		case r < 95:
			return chWeb
		default:
			return chAll
		}
	}
	switch {
	case r < 55:
		return chWeb
	case r < 85:
		return chWebWx
	default:
		return chBoard
	}
}

// fillTitle replaces the slots of a pool title with drawn values; the term
// is the one under way in month m.
func fillTitle(rng *rand.Rand, t string, m int) string {
	pick := func(s []string) string {
		for {
			if v, ok := inSeason(s[rng.IntN(len(s))], m); ok {
				return v
			}
		}
	}
	term := "秋季学期"
	if m <= 7 {
		term = "春季学期"
	}
	for strings.Contains(t, "{") {
		switch {
		case strings.Contains(t, "{S}"):
			t = strings.Replace(t, "{S}", pick(poolSchools), 1)
		case strings.Contains(t, "{K}"):
			t = strings.Replace(t, "{K}", pick(poolKindergartens), 1)
		case strings.Contains(t, "{B}"):
			t = strings.Replace(t, "{B}", pick(poolKgActivities), 1)
		case strings.Contains(t, "{A}"):
			t = strings.Replace(t, "{A}", pick(poolActivities), 1)
		case strings.Contains(t, "{G}"):
			t = strings.Replace(t, "{G}", pick(poolMeetings), 1)
		case strings.Contains(t, "{I}"):
			t = strings.Replace(t, "{I}", pick(poolInspections), 1)
		case strings.Contains(t, "{H}"):
			t = strings.Replace(t, "{H}", term, 1)
		case strings.Contains(t, "{N}"):
			t = strings.Replace(t, "{N}", fmt.Sprint(1+rng.IntN(6)), 1)
		default:
			panic("samples: unknown slot in " + t)
		}
	}
	return t
}

// workdaysOf lists the working days of month m of the sample year.
func workdaysOf(m int) []time.Time {
	var out []time.Time
	for d := time.Date(Year, time.Month(m), 1, 0, 0, 0, 0, time.UTC); int(d.Month()) == m; d = d.AddDate(0, 0, 1) {
		if IsWorkday(d) {
			out = append(out, d)
		}
	}
	return out
}

// nextWorkday returns t, or the first working day after it.
func nextWorkday(t time.Time) time.Time {
	for !IsWorkday(t) {
		t = t.AddDate(0, 0, 1)
	}
	return t
}
