package public

import (
	"net/http"
	"strconv"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
)

// liveRollup sums the units below the session's unit for ?year= (last
// year when absent) with Config.Rollup and leads to the result's 汇总情况
// page on the account's own workbench: the sums as the national tables,
// the units summed and those not reported, the downloads. Viewing a unit
// below ends: the roll-up is the upper level's own page.
func (s *Server) liveRollup(w http.ResponseWriter, r *http.Request, sess unitdb.Session, b *bench) {
	if s.cfg.Rollup == nil {
		b.own.Fail(w, r, http.StatusNotFound, "实时汇总页面尚未开放。可暂用「汇总」栏目汇总下级单位报送的文件。")
		return
	}
	current := s.cfg.Now().Year()
	y := current - 1
	if v := r.URL.Query().Get("year"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 2000 || n > current {
			b.own.Fail(w, r, http.StatusBadRequest, "年度「"+v+"」无效：请给出 2000 到 "+strconv.Itoa(current)+" 之间的年度，如 "+strconv.Itoa(current-1)+"。")
			return
		}
		y = n
	}
	res, err := s.cfg.Rollup(r.Context(), sess, y)
	if err != nil {
		b.own.Fail(w, r, http.StatusInternalServerError, "无法汇总下级单位："+err.Error()+"（可稍后再试；如仍不行，请报告此信息）")
		return
	}
	b.setView("", nil, nil)
	http.Redirect(w, r, b.own.KeepRollup(res), http.StatusSeeOther)
}
