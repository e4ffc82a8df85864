package web

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// DefaultMaxUpload is the most one upload of ledger files may hold.
const DefaultMaxUpload = 200 << 20

// isUpload tells whether r is the multipart post of an upload form.
func isUpload(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mt == "multipart/form-data" && uploadPaths[r.URL.Path]
}

// uploadPaths are the forms posted as uploads.
var uploadPaths = map[string]bool{
	"/import":            true,
	"/rollup":            true,
	"/settings/calendar": true, // 设置: a year's holiday notice
}

// upload is a posted 导入台账 form: the files saved in dir under their
// own names, and the 「以本次文件为准」 box.
type upload struct {
	dir     string
	files   []Upload
	replace bool
	units   *Upload           // 汇总's list of expected units
	values  map[string]string // the form's short text fields
}

// errNoToken: the upload does not start with the run's token.
var errNoToken = errors.New("upload without token")

// tooLargeError: the upload went over the cap while file was being read.
type tooLargeError struct {
	file  string
	limit int64
}

func (e *tooLargeError) Error() string { return "upload too large: " + e.file }

// receive streams the form of r into a new folder under tempDir. The
// token must be the form's first field. On error the folder is gone.
// receiveForm receives an upload form for a handler: a post without the
// run's token is answered here (403; nil upload, nil error), one over the
// cap by tooLarge, whose error the handler returns.
func (s *Server) receiveForm(w http.ResponseWriter, r *http.Request, tooLarge func(*tooLargeError) error) (*upload, error) {
	up, err := s.receive(r)
	var big *tooLargeError
	switch {
	case errors.Is(err, errNoToken):
		s.fail(w, r, http.StatusForbidden, tokenRefused)
		return nil, nil
	case errors.As(err, &big):
		return nil, tooLarge(big)
	}
	return up, err
}

func (s *Server) receive(r *http.Request) (up *upload, err error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, errNoToken
	}
	if err := s.readToken(mr); err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(s.cfg.TempDir, "xxgk-upload-")
	if err != nil {
		return nil, fmt.Errorf("upload folder: %w", err)
	}
	up = &upload{dir: dir}
	defer func() {
		if err != nil {
			os.RemoveAll(dir)
		}
	}()
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return up, nil
		}
		if err != nil {
			return nil, s.uploadErr(err, "")
		}
		if err := s.receivePart(up, part); err != nil {
			return nil, err
		}
	}
}

// readToken reads the form's first field and checks it is the token.
func (s *Server) readToken(mr *multipart.Reader) error {
	part, err := mr.NextPart()
	if err != nil || part.FormName() != "token" {
		return errNoToken
	}
	got, err := io.ReadAll(io.LimitReader(part, 256))
	if err != nil || subtle.ConstantTimeCompare(got, []byte(s.cfg.Token)) != 1 {
		return errNoToken
	}
	return nil
}

// receivePart takes one field of the form: a file is saved, the box noted.
func (s *Server) receivePart(up *upload, part *multipart.Part) error {
	defer part.Close()
	switch part.FormName() {
	case "replace":
		up.replace = true
		return nil
	case "files":
	case "units":
		if up.units != nil {
			return nil // one list only
		}
	case "year", "name", "code":
		return s.receiveValue(up, part)
	default:
		return nil
	}
	name := baseName(part.FileName())
	if name == "" {
		return nil // the file box left empty
	}
	// numbered in the order sent: the roll-up reads them sorted by path
	sub := filepath.Join(up.dir, fmt.Sprintf("%04d", len(up.files)+1))
	if part.FormName() == "units" {
		sub = filepath.Join(up.dir, "units")
	}
	if err := os.Mkdir(sub, 0o700); err != nil {
		return err
	}
	path := filepath.Join(sub, name)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, part)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return s.uploadErr(err, name)
	}
	if part.FormName() == "units" {
		up.units = &Upload{Path: path, Name: name}
		return nil
	}
	up.files = append(up.files, Upload{Path: path, Name: name})
	return nil
}

// maxValue is the longest text field an upload form may carry.
const maxValue = 1024

// receiveValue takes a short text field of the form.
func (s *Server) receiveValue(up *upload, part *multipart.Part) error {
	v, err := io.ReadAll(io.LimitReader(part, maxValue))
	if err != nil {
		return s.uploadErr(err, "")
	}
	if up.values == nil {
		up.values = map[string]string{}
	}
	up.values[part.FormName()] = strings.TrimSpace(string(v))
	return nil
}

// uploadErr is a *tooLargeError when err is the cap, err otherwise.
func (s *Server) uploadErr(err error, file string) error {
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return &tooLargeError{file: file, limit: s.cfg.MaxUpload}
	}
	return fmt.Errorf("upload %s: %w", file, err)
}

// baseName is the base name of a file name a browser sent (some send the
// whole Windows path), or "" when nothing usable is left.
func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`:*?"<>|`, r) {
			return '_'
		}
		return r
	}, strings.TrimSpace(name))
	if name == "." || name == ".." {
		return ""
	}
	return name
}

// sizeText says a byte count as a clerk reads it: 200 MB, 64 KB.
func sizeText(n int64) string {
	if n >= 1<<20 {
		return strconv.FormatInt(n>>20, 10) + " MB"
	}
	return strconv.FormatInt((n+1023)>>10, 10) + " KB"
}
