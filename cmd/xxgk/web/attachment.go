package web

import (
	"fmt"
	"strings"
)

// contentDisposition is the header that offers a download named name (a
// Chinese file name, as the commands write it), with an ASCII fallback
// for browsers that do not read RFC 5987's filename*.
func contentDisposition(name, fallback string) string {
	return fmt.Sprintf("attachment; filename=%q; filename*=UTF-8''%s", fallback, rfc5987(name))
}

// rfc5987 percent-encodes s as an RFC 5987 value: every byte but the
// attr-chars as %XX.
func rfc5987(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$&+-.^_`|~", c) >= 0) {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}
