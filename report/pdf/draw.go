package pdf

import (
	"github.com/go-pdf/fpdf"
)

// Line width of table rules, in millimetres.
const ruleWidth = 0.2

// newDocument starts an fpdf document with its metadata set and the fonts
// of opt loaded.
func newDocument(title, author string, opt Options) (*fontBook, error) {
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm",
		Size: fpdf.SizeType{Wd: pageWidth, Ht: pageHeight}})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetTitle(title, true)
	pdf.SetAuthor(author, true)
	pdf.SetCreator("xxgk", true)
	pdf.SetProducer("xxgk", true)
	pdf.SetLang("zh-CN")
	pdf.SetCreationDate(opt.Created)
	pdf.SetModificationDate(opt.Created)
	pdf.SetCatalogSort(true)
	return loadFonts(pdf, opt.Fonts)
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
