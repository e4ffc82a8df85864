package report_test

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// A layerRule forbids the non-test code of some packages to import some
// other packages of the module. Packages are named by their path in the
// module: "report" is that package alone, "report/pdf/..." is report/pdf
// and every package below it, "..." the whole module.
type layerRule struct {
	from   string   // the packages the rule governs
	deny   []string // what they may not import
	allow  []edge   // documented edges, exceptions to deny
	reason string   // why, for the failure message
}

// An edge is an import the layers allow: packages from may import packages
// to, both named as in layerRule.
type edge struct{ from, to string }

// allows reports whether one of edges lets pkg import target.
func allows(edges []edge, pkg, target string) bool {
	for _, e := range edges {
		if matchPkg(e.from, pkg) && matchPkg(e.to, target) {
			return true
		}
	}
	return false
}

// A useRule forbids the non-test code outside some packages to use some
// standard library functions, called or passed as values.
type useRule struct {
	outside string // the packages where the functions may be used
	// testSupport are packages of helpers only tests import, never linked
	// into the program, where the functions may be used too.
	testSupport []string
	funcs       []string // "time.Now": import path, dot, name
	reason      string   // why, for the failure message
}

// A violation is one broken rule. Key names it without file or line, so
// that an allow-list entry survives edits; Msg says where and why.
type violation struct {
	Key string // "report/xlsx imports data/ledger" or "data uses time.Now"
	Msg string // Key, the file (and line) and the rule's reason
}

// matchPkg reports whether the package pkg is one that pattern names.
func matchPkg(pattern, pkg string) bool {
	if pattern == "..." {
		return true
	}
	if base, ok := strings.CutSuffix(pattern, "/..."); ok {
		return pkg == base || strings.HasPrefix(pkg, base+"/")
	}
	return pkg == pattern
}

// matchAny reports whether any of patterns names pkg.
func matchAny(patterns []string, pkg string) bool {
	for _, p := range patterns {
		if matchPkg(p, pkg) {
			return true
		}
	}
	return false
}

// checkLayers parses every non-test Go file of the module rooted at root
// (whatever its build tags; testdata and hidden folders left out) and
// returns the violations of imports and uses, sorted by message.
func checkLayers(root string, imports []layerRule, uses []useRule) ([]violation, error) {
	module, err := modulePath(filepath.Join(root, "go.mod"))
	if err != nil {
		return nil, err
	}
	var found []violation
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		v, err := checkFile(p, filepath.ToSlash(rel), module, imports, uses)
		found = append(found, v...)
		return err
	})
	sort.Slice(found, func(i, j int) bool { return found[i].Msg < found[j].Msg })
	return found, err
}

// checkFile returns the violations of one file; rel is its path in the
// module, whose path is module.
func checkFile(file, rel, module string, imports []layerRule, uses []useRule) ([]violation, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	pkg := path.Dir(rel)
	var found []violation
	for _, spec := range f.Imports {
		imp, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			return nil, err
		}
		target, ok := strings.CutPrefix(imp, module+"/")
		if !ok {
			continue
		}
		for _, r := range imports {
			if matchPkg(r.from, pkg) && matchAny(r.deny, target) && !allows(r.allow, pkg, target) {
				key := pkg + " imports " + target
				found = append(found, violation{key, fmt.Sprintf("%s (%s): %s", key, rel, r.reason)})
			}
		}
	}
	return append(found, checkUses(fset, f, rel, pkg, uses)...), nil
}

// checkUses returns the uses in f of functions that uses forbids in pkg.
func checkUses(fset *token.FileSet, f *ast.File, rel, pkg string, uses []useRule) []violation {
	local := map[string]string{} // name in the file → import path
	for _, spec := range f.Imports {
		imp, _ := strconv.Unquote(spec.Path.Value)
		name := path.Base(imp)
		if spec.Name != nil {
			name = spec.Name.Name
		}
		local[name] = imp
	}
	var found []violation
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		id, ok := sel.X.(*ast.Ident)
		if !ok || local[id.Name] == "" {
			return true
		}
		fn := local[id.Name] + "." + sel.Sel.Name
		for _, r := range uses {
			if !matchPkg(r.outside, pkg) && !matchAny(r.testSupport, pkg) && slices.Contains(r.funcs, fn) {
				key := pkg + " uses " + fn
				line := fset.Position(sel.Pos()).Line
				found = append(found, violation{key, fmt.Sprintf("%s (%s:%d): %s", key, rel, line, r.reason)})
			}
		}
		return true
	})
	return found
}

// modulePath reads the module path from the go.mod file at name.
func modulePath(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", fmt.Errorf("%s: no module line", name)
}
