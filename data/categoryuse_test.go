package data

import (
	"reflect"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// CategoryUse counts the items of every category, of every year, listed
// or not; UnknownCategories only those outside the list.
func TestCategoryUse(t *testing.T) {
	st := openTemp(t)
	if err := st.SetCategories(t.Context(), []string{"机构职能", "其他"}); err != nil {
		t.Fatal(err)
	}
	a := &all{}
	for i, c := range []string{"机构职能", "其他", "机构职能", "招生考试", "机构职能"} {
		a.pubs = append(a.pubs, report.Publication{IndexNo: string(rune('A' + i)), Published: report.NewDate(2024+i%3, 3, 5),
			Category: c, Channels: []string{"政府网站"}})
	}
	importAll(t, st, a)
	got, err := st.CategoryUse(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := []report.NamedCount{{Name: "其他", Count: 1}, {Name: "招生考试", Count: 1}, {Name: "机构职能", Count: 3}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CategoryUse = %v, want %v", got, want)
	}
	unknown, err := st.UnknownCategories(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(unknown) != 1 || unknown[0] != (report.NamedCount{Name: "招生考试", Count: 1}) {
		t.Errorf("UnknownCategories = %v", unknown)
	}
}
