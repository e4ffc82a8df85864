package main

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/png"
)

// encodeICO writes imgs (square, at most 256 pixels) as one .ico file:
// the 256-pixel image PNG-compressed, as Windows Vista and later read it,
// the smaller ones as 32-bit BMPs with an AND mask, which every reader of
// icons understands.
func encodeICO(imgs []*image.NRGBA) ([]byte, error) {
	var entries [][]byte
	for _, img := range imgs {
		var b []byte
		if img.Rect.Dx() >= 256 {
			var buf bytes.Buffer
			if err := png.Encode(&buf, img); err != nil {
				return nil, err
			}
			b = buf.Bytes()
		} else {
			b = iconBMP(img)
		}
		entries = append(entries, b)
	}
	var out bytes.Buffer
	le := binary.LittleEndian
	out.Write(le.AppendUint16(nil, 0))                    // reserved
	out.Write(le.AppendUint16(nil, 1))                    // type: icon
	out.Write(le.AppendUint16(nil, uint16(len(entries)))) // count
	offset := 6 + 16*len(entries)
	for i, img := range imgs {
		side := byte(img.Rect.Dx()) // 256 is written as 0
		out.Write([]byte{side, side, 0, 0})
		out.Write(le.AppendUint16(nil, 1))  // colour planes
		out.Write(le.AppendUint16(nil, 32)) // bits per pixel
		out.Write(le.AppendUint32(nil, uint32(len(entries[i]))))
		out.Write(le.AppendUint32(nil, uint32(offset)))
		offset += len(entries[i])
	}
	for _, e := range entries {
		out.Write(e)
	}
	return out.Bytes(), nil
}

// iconBMP is img as an icon's DIB: a BITMAPINFOHEADER of twice the height
// (colour and mask), the BGRA rows bottom-up, then the 1-bit AND mask
// (set where the pixel is fully transparent), rows padded to 32 bits.
func iconBMP(img *image.NRGBA) []byte {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	maskRow := (w + 31) / 32 * 4
	le := binary.LittleEndian
	b := le.AppendUint32(nil, 40) // header size
	b = le.AppendUint32(b, uint32(w))
	b = le.AppendUint32(b, uint32(2*h))
	b = le.AppendUint16(b, 1)  // planes
	b = le.AppendUint16(b, 32) // bits per pixel
	b = le.AppendUint32(b, 0)  // BI_RGB
	b = le.AppendUint32(b, uint32(w*h*4+maskRow*h))
	b = append(b, make([]byte, 16)...) // resolution, palette: none
	for y := h - 1; y >= 0; y-- {
		for x := range w {
			c := img.NRGBAAt(x, y)
			b = append(b, c.B, c.G, c.R, c.A)
		}
	}
	for y := h - 1; y >= 0; y-- {
		row := make([]byte, maskRow)
		for x := range w {
			if img.NRGBAAt(x, y).A == 0 {
				row[x/8] |= 0x80 >> (x % 8)
			}
		}
		b = append(b, row...)
	}
	return b
}
