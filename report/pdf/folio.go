package pdf

import "strconv"

// Page numbers (页码), GB/T 9704-2012 7.5 (docs/pdf.md §2): 「— n —」 in 4号宋体 under the
// text block, its rule 7 mm below the block, odd pages one character in
// from the right, even pages one character in from the left.
//
// A landscape page (table 三) follows the standard's rule for tables set
// across the page (A4纸型的表格横排时，页码位置与公文其他页码保持一致，单页码
// 表头在订口一边，双页码表头在切口一边): the sheet is bound turned to portrait
// with the table's head toward its left edge (the binding on an odd page,
// the cut edge on an even one), and the number stands where a portrait
// page has it, upright for the portrait reader. On the landscape page that
// is the left margin, odd pages at its lower end (表格左下角) and even pages
// at its upper end (表格左上角), the text turned 90° clockwise.

// folioTurn is how far a landscape page's number is turned, clockwise.
const folioTurn = 90.0

// addFolios puts the page number on every page of l.
func addFolios(l *Layout, measure measureFunc) {
	for i, p := range l.Pages {
		p.Items = append(p.Items, folioItem(i+1, p.Landscape, measure))
	}
}

// folioItem is page n's number: placed on the portrait page, then, for a
// landscape page, carried to the same spot of the sheet turned back to
// portrait (its head to the left).
func folioItem(n int, landscape bool, measure measureFunc) Item {
	e := em(folioStyle.Size)
	text := "— " + strconv.Itoa(n) + " —"
	x := portrait.Left + e
	if n%2 == 1 {
		x = portrait.Right() - e - measure(folioStyle.Role, folioStyle.Size, text)
	}
	it := Item{Kind: kindText, X: x, Y: portrait.Bottom() + footGap + 0.36*e,
		Role: folioStyle.Role, Size: folioStyle.Size, Text: text}
	if landscape {
		it.X, it.Y, it.Turn = pageHeight-it.Y, it.X, folioTurn
	}
	return it
}
