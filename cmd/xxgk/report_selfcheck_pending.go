package main

import "strings"

// rulesPending reports the placeholder error selfcheck.Check returns until
// the self-inspection's rules are merged (issue 16): `demo` then goes on
// without the 自查报告, and the tests that need it skip
// (skipUntilRules). The lead deletes this file at the merge, with its use
// in demo.go and skipUntilRules.
func rulesPending(err error) bool {
	return err != nil && strings.Contains(err.Error(), "selfcheck: not built yet")
}
