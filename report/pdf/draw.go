package pdf

import (
	"slices"

	"github.com/go-pdf/fpdf"
)

// Line width of table rules, in millimetres.
const ruleWidth = 0.2

// newDocument starts an fpdf document with the fonts of opt loaded and
// its metadata set, and returns it with the guard that keeps its text to
// the characters the fonts can set. walk runs a guard over the document's
// text (guard.published, guard.monthly): a first pass finds the characters
// above U+FFFF it holds, so that the faces that have them are loaded
// before the text is guarded and laid out.
func newDocument(title, author string, opt Options, walk func(*charGuard)) (*fontBook, *charGuard, error) {
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm",
		Size: fpdf.SizeType{Wd: pageWidth, Ht: pageHeight}})
	book, err := loadFonts(pdf, opt.Fonts)
	if err != nil {
		return nil, nil, err
	}
	if err := book.loadWide(wideChars(book, title, author, walk)); err != nil {
		return nil, nil, err
	}
	g := newGuard(book)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetTitle(utf16BOM(g.quiet(title)), false)
	pdf.SetAuthor(utf16BOM(g.quiet(author)), false)
	pdf.SetCreator("xxgk", true)
	pdf.SetProducer("xxgk", true)
	pdf.SetLang("zh-CN")
	pdf.SetCreationDate(opt.Created)
	pdf.SetModificationDate(opt.Created)
	pdf.SetCatalogSort(true)
	return book, g, nil
}

// wideChars returns, sorted, the characters above U+FFFF in the title,
// the author and the text walk goes through that some face has.
func wideChars(b *fontBook, title, author string, walk func(*charGuard)) []rune {
	seen := map[rune]bool{}
	can := func(r rune) bool {
		if isWide(r) && b.anyWide(r) {
			seen[r] = true
			return true
		}
		return !isWide(r) && b.drawable(r)
	}
	g := &charGuard{can: can, mark: b.mark, places: map[rune][]string{}}
	g.quiet(title)
	g.quiet(author)
	if walk != nil {
		walk(g)
	}
	chars := make([]rune, 0, len(seen))
	for r := range seen {
		chars = append(chars, r)
	}
	slices.Sort(chars)
	return chars
}

// draw copies the layout onto the document.
func draw(b *fontBook, l *Layout) error {
	pdf := b.pdf
	for _, p := range l.Pages {
		orient := "P"
		if p.Landscape {
			orient = "L"
		}
		pdf.AddPageFormat(orient, fpdf.SizeType{Wd: pageWidth, Ht: pageHeight})
		pdf.SetLineWidth(ruleWidth)
		pdf.SetDrawColor(0, 0, 0)
		for _, it := range p.Items {
			drawItem(b, it)
		}
		if pdf.Err() {
			return pdf.Error()
		}
	}
	return nil
}

// drawItem draws one item.
func drawItem(b *fontBook, it Item) {
	pdf := b.pdf
	setColor(pdf, it.Color)
	defer setColor(pdf, "")
	switch it.Kind {
	case kindRect:
		pdf.Rect(it.X, it.Y, it.W, it.H, "D")
	case kindWatermark:
		w := b.measure(it.Role, it.Size, it.Text)
		pdf.TransformBegin()
		pdf.TransformRotate(30, it.X, it.Y)
		b.text(it.Role, it.Size, it.X-w/2, it.Y+0.36*em(it.Size), 0, it.Text)
		pdf.TransformEnd()
	case kindText:
		if it.Turn != 0 {
			pdf.TransformBegin()
			pdf.TransformRotate(-it.Turn, it.X, it.Y) // fpdf turns counter-clockwise
			defer pdf.TransformEnd()
		}
		b.text(it.Role, it.Size, it.X, it.Y, it.Spacing, it.Text)
	}
}

// setColor sets the text colour by name.
func setColor(pdf *fpdf.Fpdf, c string) {
	switch c {
	case "red":
		pdf.SetTextColor(200, 0, 0)
	case "grey":
		pdf.SetTextColor(225, 225, 225)
	default:
		pdf.SetTextColor(0, 0, 0)
	}
}
