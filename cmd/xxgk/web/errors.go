package web

import "fmt"

// FieldError is one bad value of a form: the field's label (the ledger
// header) and the command line's own explanation of it.
type FieldError struct {
	Label, Detail string
}

// InvalidError lists the bad values of an application; nothing was saved.
type InvalidError struct {
	Fields []FieldError
}

func (e *InvalidError) Error() string { return fmt.Sprintf("%d invalid fields", len(e.Fields)) }

// RequestError: the application to register exists already (Exists), or
// the one to update does not.
type RequestError struct {
	ID     string
	Exists bool
}

func (e *RequestError) Error() string {
	if e.Exists {
		return "request " + e.ID + " exists"
	}
	return "request " + e.ID + " not found"
}

// byLabel maps each bad field's label to the message shown beside it,
// e.g. 「收到日期：「2025-13-01」不是有效日期，应为日期，如 2025-03-05…」.
func (e *InvalidError) byLabel() map[string]string {
	out := map[string]string{}
	for _, f := range e.Fields {
		out[f.Label] = f.Label + "：" + f.Detail
	}
	return out
}
