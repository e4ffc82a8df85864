package web

import "github.com/xxgk/xxgk/report/rollup"

// KeepRollup keeps res among this workbench's 汇总 results and returns
// the path of its 汇总情况 page, where its downloads are: the shared
// server's live roll-up (a sum made from the database, no file uploaded)
// is shown there, as a roll-up of files is.
func (s *Server) KeepRollup(res *rollup.Result) string {
	return "/rollup/result/" + s.roll.keep(res)
}
