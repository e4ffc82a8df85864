package ledger

import "testing"

func TestParseAmountFen(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"0", 0},
		{"12", 1200},
		{"1234.5", 123450},
		{"1234.56", 123456},
		{"1,234.56", 123456},
		{"1,234,567.8", 123456780},
		{"￥12", 1200},
		{"¥12.30", 1230},
		{"12元", 1200},
		{" 12.5 元 ", 1250},
		{"１２３４．５６", 123456},
		{"１，２３４", 123400},
		{".5", 50},
		{"5.", 500},
		{"1.500", 150},
		{"+3", 300},
		{"1234.5599999999999", 123456}, // Excel's float for 1234.56
		{"0.30000000000000004", 30},
		{"1234.5600000000002", 123456},
		{"100.01000000000001", 10001},
		{"1.2345E+3", 123450},
		{"1.2345e3", 123450},
		{"5E-2", 5},
		{"9999999999999.99", 999999999999999},
	}
	for _, tt := range tests {
		got, err := ParseAmountFen(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseAmountFen(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestParseAmountFenErrors(t *testing.T) {
	for _, in := range []string{
		"", " ", "abc", "1.234", "0.005", "1234.567", "-5", "-0.5", "1..2", "1.2.3", ".",
		"1e400", "NaN", "Inf", "0x10", "1_000", "10000000000000", "1e13", "12 34", "1.5E-3", "五元",
	} {
		if got, err := ParseAmountFen(in); err == nil {
			t.Errorf("ParseAmountFen(%q) = %d, want an error", in, got)
		}
	}
}

func TestParseCount(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"0", 0}, {"12", 12}, {"12.0", 12}, {"12.00", 12}, {" 12 ", 12}, {"１２", 12},
		{"1,200", 1200}, {"007", 7}, {"1.2E+1", 12}, {"1000000000", 1000000000},
	}
	for _, tt := range tests {
		got, ok := parseCount(tt.in)
		if !ok || got != tt.want {
			t.Errorf("parseCount(%q) = %d, %v; want %d", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{"", "-1", "1.5", "abc", "12个", "1000000001", "99999999999999999999", "1e20", ".", "1.2E-1"} {
		if got, ok := parseCount(in); ok {
			t.Errorf("parseCount(%q) = %d, want failure", in, got)
		}
	}
}
