package main

import (
	"image"
	"image/color"
	"math"
)

// iconSizes are the square sizes of the icon, in pixels: Explorer's small
// and medium views, the taskbar, the desktop and the large views.
var iconSizes = []int{16, 24, 32, 48, 64, 256}

// The icon's colours: a white sheet with a slate outline and slate text
// lines, and a seal in the red of an official seal (公章).
var (
	paper   = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	outline = color.NRGBA{0x5f, 0x6b, 0x78, 0xff}
	fold    = color.NRGBA{0xd9, 0xdf, 0xe5, 0xff}
	text    = color.NRGBA{0x7d, 0x8b, 0x99, 0xff}
	seal    = color.NRGBA{0xc8, 0x16, 0x1d, 0xff}
	white   = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)

// samples is the supersampling per pixel side: each pixel's colour is the
// mean of samples×samples points, which smooths the edges.
const samples = 8

// drawIcon draws the icon at size×size: a sheet of paper with text lines
// and a red seal over its lower right corner. From 48 pixels up the seal
// bears the character 公 (公开, disclosure) in white strokes, and at 256 a
// white ring inside its edge as well; smaller, where they would blur, it
// is a plain red disc.
func drawIcon(size int) *image.NRGBA {
	sc := newScene(size)
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := range size {
		for px := range size {
			var r, g, b, a float64
			for sy := range samples {
				for sx := range samples {
					c := sc.at(float64(px)+(float64(sx)+0.5)/samples, float64(py)+(float64(sy)+0.5)/samples)
					al := float64(c.A) / 255
					r += float64(c.R) * al
					g += float64(c.G) * al
					b += float64(c.B) * al
					a += al
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(math.Round(r / a)), G: uint8(math.Round(g / a)), B: uint8(math.Round(b / a)),
				A: uint8(math.Round(a / (samples * samples) * 255)),
			})
		}
	}
	return img
}

// scene is the icon's geometry at one size, in pixels, with the sheet's
// edges on whole pixels so that small sizes stay sharp.
type scene struct {
	left, top, right, bottom float64 // the sheet
	corner                   float64 // side of the folded corner
	border                   float64 // width of the sheet's outline
	lines                    []rect  // text lines
	cx, cy, radius           float64 // the seal
	character, ring          bool    // 公 and a white ring in the seal
	stroke                   float64 // width of 公's strokes, in seal radii
}

type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) has(x, y float64) bool { return x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1 }

func newScene(size int) scene {
	s := float64(size)
	px := func(f float64) float64 { return math.Round(f * s) }
	sc := scene{
		left: px(0.125), top: px(0.0625), right: px(0.8125), bottom: px(0.9375),
		corner: px(0.1875), border: math.Max(1, px(1.0/48)),
		radius:    0.25 * s,
		character: size >= 48,
		ring:      size >= 128,
	}
	sc.cx, sc.cy = px(0.6875), px(0.6875)
	// At least 2 pixels wide, or 公 blurs into the red.
	sc.stroke = math.Max(0.13, 2/sc.radius)
	// Text lines: 1/16 of the size thick, whole pixels, every 1/8,
	// shortened where the seal covers them.
	thick := math.Max(1, px(1.0/16))
	ends := []float64{0.625, 0.6875, 0.4375, 0.375}
	if size <= 16 {
		ends = []float64{0.625, 0.5}
	}
	step := px(0.125)
	if size <= 16 {
		step = px(0.1875)
	}
	for i, end := range ends {
		y := px(0.25) + float64(i)*step
		sc.lines = append(sc.lines, rect{px(0.25), y, px(end), y + thick})
	}
	return sc
}

// at is the colour at (x, y), transparent outside the drawing.
func (sc scene) at(x, y float64) color.NRGBA {
	if d := math.Hypot(x-sc.cx, y-sc.cy); d < sc.radius {
		if sc.ring && sealRing(d, sc.radius) || sc.character && sealCharacter((x-sc.cx)/sc.radius, (y-sc.cy)/sc.radius, sc.stroke) {
			return white
		}
		return seal
	}
	return sc.sheet(x, y)
}

// sheet is the paper with its outline, folded corner and text lines.
func (sc scene) sheet(x, y float64) color.NRGBA {
	// The fold line runs from (right-corner, top) to (right, top+corner).
	cut := (x - (sc.right - sc.corner)) - (y - sc.top) // > 0 beyond the fold
	if x < sc.left || x >= sc.right || y < sc.top || y >= sc.bottom || cut > 0 {
		return color.NRGBA{}
	}
	b := sc.border
	if x < sc.left+b || x >= sc.right-b || y < sc.top+b || y >= sc.bottom-b || cut > -b*math.Sqrt2 {
		return outline
	}
	// The turned-down flap: the triangle under the cut, its legs outlined.
	if x >= sc.right-sc.corner && y < sc.top+sc.corner {
		if x < sc.right-sc.corner+b || y >= sc.top+sc.corner-b {
			return outline
		}
		return fold
	}
	for _, l := range sc.lines {
		if l.has(x, y) {
			return text
		}
	}
	return paper
}

// sealRing is the thin white ring just inside the seal's edge (d: the
// distance from the seal's centre).
func sealRing(d, radius float64) bool {
	return d > 0.80*radius && d < 0.88*radius
}

// strokes draw 公 in a square of side 2 centred on the seal (y down): the
// two strokes of 八 above, and 厶 (a stroke down-left then right, and a
// dot at its right end) below. Each is a polyline with round ends, given in a unit box (y down) that glyph maps onto the
// seal.
var strokes = [][][2]float64{
	{{0.36, 0.06}, {0.06, 0.44}},               // 八, left-falling
	{{0.62, 0.06}, {0.95, 0.44}},               // 八, right-falling
	{{0.46, 0.40}, {0.16, 0.90}, {0.86, 0.84}}, // 厶, the turning stroke
	{{0.64, 0.60}, {0.80, 0.78}},               // 厶, the dot
}

// glyph maps a point of the unit box of strokes into the seal's square.
func glyph(p [2]float64) [2]float64 {
	return [2]float64{(p[0] - 0.5) * 1.1, (p[1]-0.5)*1.1 + 0.02}
}

// sealCharacter says whether (x, y), in the seal's unit square, is on 公
// drawn with strokes of width w.
func sealCharacter(x, y, w float64) bool {
	for _, s := range strokes {
		for i := 1; i < len(s); i++ {
			if segmentDistance(x, y, glyph(s[i-1]), glyph(s[i])) < w/2 {
				return true
			}
		}
	}
	return false
}

// segmentDistance is the distance from (x, y) to the segment a–b.
func segmentDistance(x, y float64, a, b [2]float64) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := ((x-a[0])*dx + (y-a[1])*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(x-a[0]-t*dx, y-a[1]-t*dy)
}
