package main

import (
	"net/http"
	"net/http/httptest"
)

func newReq(method, path string) *http.Request { return httptest.NewRequest(method, path, nil) }

func newRec() *httptest.ResponseRecorder { return httptest.NewRecorder() }
