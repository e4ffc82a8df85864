package province

import (
	"encoding/csv"
	"fmt"
	"io"
)

// creditChars are the characters of a 统一社会信用代码 (GB 32100-2015) in the
// order of their values, and creditWeights the weights of its check
// character (report.CheckCreditCode verifies both).
const creditChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// creditCode completes the 17 characters of body with their check
// character.
func creditCode(body string) string {
	sum := 0
	for i := 0; i < 17; i++ {
		for v := 0; v < len(creditChars); v++ {
			if creditChars[v] == body[i] {
				sum += v * creditWeights[i]
				break
			}
		}
	}
	return body + string(creditChars[(31-sum%31)%31])
}

// counties and kinds make the units' names: every unit index gives a
// distinct (county, kind, number).
var (
	counties = []string{
		"青山县", "临江县", "石桥县", "东阳县", "西岭县", "南湖区", "北塘区", "白沙县", "清河县", "松林县",
		"云溪县", "长宁县", "安平县", "永和县", "平阳县", "凤鸣县", "龙泉县", "桃源县", "新丰县", "金田县",
	}
	kinds = []string{"中学", "小学", "幼儿园", "职业技术学校"}
)

// OwnCode is the 统一社会信用代码 of the department whose ledgers the
// generated CSV and XLSX hold; 索引号 start with it.
var OwnCode = creditCode("11330000MB0000000")

// OwnName is that department's name.
const OwnName = "示例省教育厅"

// Unit returns the name and the 统一社会信用代码 of export unit i.
func Unit(i int) (name, code string) {
	county := counties[i%len(counties)]
	kind := kinds[(i/len(counties))%len(kinds)]
	n := i/(len(counties)*len(kinds)) + 1
	name = fmt.Sprintf("%s第%d%s", county, n, kind)
	// 1 (机构编制) 2 (事业单位), the county's 行政区划代码, then the unit's number.
	code = creditCode(fmt.Sprintf("1233%04d%09d", 1100+i%len(counties), 100000000+i))
	return name, code
}

// WriteUnits writes the list of units that must report, the --units file
// of `xxgk rollup`, and returns the number of units.
func WriteUnits(w io.Writer, opt Options) (int, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"单位名称", "统一社会信用代码"}); err != nil {
		return 0, err
	}
	for i := 0; i < opt.Exports; i++ {
		name, code := Unit(i)
		if err := cw.Write([]string{name, code}); err != nil {
			return i, err
		}
	}
	cw.Flush()
	return opt.Exports, cw.Error()
}
