package ledger

import "testing"

// TestChoiceMemoSameAsParse parses values twice through the memo, past its
// cap, and compares every answer with the chooser's own.
func TestChoiceMemoSameAsParse(t *testing.T) {
	var m choiceMemo
	values := []string{"自然人", "公民", "商业企业", "律师", "其它组织", "不存在的类型", "ＡＢＣ"}
	for i := 0; i < maxMemo+10; i++ {
		values = append(values, "申请人"+string(rune('a'+i%26))+string(rune('0'+i%10))+string(rune(0x4e00+i)))
	}
	for range 2 {
		for _, v := range values {
			for col, ch := range []chooser{applicantTypes, methods, outcomes} {
				code, ok := m.parse(col+3, ch, v)
				wcode, wok := ch.parse(v)
				if code != wcode || ok != wok {
					t.Errorf("%q: memo %q %v, parse %q %v", v, code, ok, wcode, wok)
				}
			}
		}
	}
	if n := len(m.cols[3]); n != maxMemo {
		t.Errorf("memo holds %d values, want the cap %d", n, maxMemo)
	}
}
