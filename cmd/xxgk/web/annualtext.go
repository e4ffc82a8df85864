package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/xxgk/xxgk/report/narrative"
	"github.com/xxgk/xxgk/templates"
)

// AnnualFileOps are the operations of 年度报告's narrative page and its
// downloads, shared with `xxgk narrative`, `report annual` and `export`.
type AnnualFileOps interface {
	// Narrative is year y's narrative file (the one `xxgk narrative`
	// writes and `report annual` and `check` read) as the page edits it.
	Narrative(ctx context.Context, y int) (Narrative, error)
	// NarrativeMissing is Narrative's Missing alone: the parts `report
	// annual` would refuse to leave empty (what 年度报告's downloads say).
	NarrativeMissing(ctx context.Context, y int) ([]string, error)
	// SaveNarrative writes texts (by heading; a heading left out keeps
	// the file's text) to year y's narrative file, atomically, creating it
	// from the starting file when there is none. It refuses, writing
	// nothing, a file whose hash is no longer loaded (*NarrativeChanged)
	// and a text the file cannot hold (*NarrativeInvalid). It returns the
	// file's path.
	SaveNarrative(ctx context.Context, y int, loaded string, texts map[string]string) (string, error)
	// AnnualFile makes year y's file of format: xlsx, pdf, html or json as
	// `xxgk report annual` does (recording the figures; PDF and HTML a
	// draft while narrative parts are missing), export as `xxgk export`.
	AnnualFile(ctx context.Context, y int, format string) (Download, error)
}

// Narrative is a year's narrative file as the page shows it.
type Narrative struct {
	Path    string
	Exists  bool
	Hash    string // of the file's bytes; "" when there is no file
	Parts   []NarrativePart
	Missing []string // the parts `report annual` refuses to leave empty, in order
}

// NarrativePart is one heading of the narrative.
type NarrativePart struct {
	Heading   string
	Generated []string // sentences made from the figures, read-only
	Text      string   // the unit's own text
	Required  bool     // the final report needs the unit's text here
	Table     bool     // the section is a statutory table
	Opening   bool     // the 前言: where the report is published, contacts
}

// NarrativeChanged refuses a save: the file changed since the page read it.
type NarrativeChanged struct{ Path string }

func (e *NarrativeChanged) Error() string { return "narrative file changed: " + e.Path }

// NarrativeInvalid refuses a save: texts the file cannot hold, by heading.
type NarrativeInvalid struct{ Parts map[string]string }

func (e *NarrativeInvalid) Error() string {
	return fmt.Sprintf("narrative: %d parts refused", len(e.Parts))
}

// textData is what the 年报文字 page shows.
type textData struct {
	Year       int
	Path       string
	Exists     bool
	Hash       string
	Parts      []textPart
	Missing    []string
	Changed    string // the refusal of a save over a changed file
	AnnualHref string
}

type textPart struct {
	NarrativePart
	Key, Error, OnDisk string
	Missing            bool
}

func (s *Server) annualTextRoutes() {
	s.mux.HandleFunc("GET /annual/text", s.handle(s.annualText))
	s.mux.HandleFunc("POST /annual/text", s.handle(s.annualTextSave))
}

func (s *Server) annualText(w http.ResponseWriter, r *http.Request) error {
	y := s.yearParam(r)
	n, err := s.cfg.Ops.Narrative(r.Context(), y)
	if err != nil {
		return err
	}
	p := s.textPage(r, y, n, nil)
	if r.URL.Query().Get("saved") != "" {
		p.Flash = "已保存到 " + n.Path + "。xxgk report annual 和 xxgk check 读取的也是这个文件。"
	}
	return s.render(w, http.StatusOK, templates.WebAnnualText, p)
}

// annualTextSave saves every part to the narrative file; a text the file
// cannot hold, or a file changed on disk since the page was read, shows
// the form again with the text typed.
func (s *Server) annualTextSave(w http.ResponseWriter, r *http.Request) error {
	y, err := strconv.Atoi(r.PostFormValue("year"))
	if err != nil || y < 2000 || y > 2100 {
		s.fail(w, r, http.StatusBadRequest, "年度无效，请回到年报文字页面重新操作。")
		return nil
	}
	ctx := r.Context()
	n, err := s.cfg.Ops.Narrative(ctx, y)
	if err != nil {
		return err
	}
	texts := map[string]string{}
	for i, part := range n.Parts {
		if k := partKey(i); r.PostForm.Has(k) {
			texts[part.Heading] = r.PostFormValue(k)
		}
	}
	_, err = s.cfg.Ops.SaveNarrative(ctx, y, r.PostFormValue("hash"), texts)
	var changed *NarrativeChanged
	var invalid *NarrativeInvalid
	switch {
	case err == nil:
		http.Redirect(w, r, "/annual/text?"+url.Values{"year": {strconv.Itoa(y)}, "saved": {"1"}}.Encode(), http.StatusSeeOther)
		return nil
	case errors.As(err, &changed):
		p := s.textPage(r, y, n, texts)
		d := p.Body.(textData)
		d.Changed = "没有保存：年报文字文件 " + changed.Path + " 在本页打开之后被改动过（例如在记事本中编辑并保存了）。为免覆盖那些改动，本次没有写入。" +
			"您在本页输入的文字仍在下面，与文件中不同的部分下方列出了文件中现在的文字。请对照后决定：以本页为准，再点「保存」；以文件为准，请重新打开本页。"
		p.Body = d
		return s.render(w, http.StatusConflict, templates.WebAnnualText, p)
	case errors.As(err, &invalid):
		p := s.textPage(r, y, n, texts)
		d := p.Body.(textData)
		d.Hash = r.PostFormValue("hash") // the file is still the one loaded
		for i := range d.Parts {
			d.Parts[i].Error = invalid.Parts[d.Parts[i].Heading]
			d.Parts[i].OnDisk = ""
		}
		p.Body = d
		return s.render(w, http.StatusBadRequest, templates.WebAnnualText, p)
	}
	return err
}

// textPage is the 年报文字 page of file n; typed, when not nil, holds the
// texts the clerk posted (by heading), shown instead of the file's, with
// the file's text beside those that differ.
func (s *Server) textPage(r *http.Request, y int, n Narrative, typed map[string]string) page {
	d := textData{Year: y, Path: n.Path, Exists: n.Exists, Hash: n.Hash, Missing: n.Missing,
		AnnualHref: "/annual?year=" + strconv.Itoa(y)}
	missing := map[string]bool{}
	for _, h := range n.Missing {
		missing[h] = true
	}
	for i, part := range n.Parts {
		tp := textPart{NarrativePart: part, Key: partKey(i), Missing: missing[part.Heading]}
		if t, ok := typed[part.Heading]; ok && narrative.Normalize(t) != part.Text {
			tp.Text, tp.OnDisk = t, part.Text
			if tp.OnDisk == "" {
				tp.OnDisk = "（空）"
			}
		}
		d.Parts = append(d.Parts, tp)
	}
	p := s.newPage(r, "annual", "年报文字").withYears("/annual/text", y, s.cfg.Now().Year())
	p.Body = d
	return p
}

// partKey is the form field (and id) of the narrative's i-th part.
func partKey(i int) string { return "part-" + strconv.Itoa(i) }
