/*
 * holdfile PATH: opens PATH as Excel and WPS hold an open workbook (read
 * and write access, others may only read: no FILE_SHARE_WRITE, no
 * FILE_SHARE_DELETE), prints "held" and waits until it is killed. Built
 * with mingw for the Wine tests only.
 */
#include <windows.h>
#include <stdio.h>

int wmain(int argc, wchar_t **argv)
{
	HANDLE h;
	if (argc != 2) {
		fputs("usage: holdfile PATH\n", stderr);
		return 2;
	}
	h = CreateFileW(argv[1], GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL,
	                OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
	if (h == INVALID_HANDLE_VALUE) {
		fprintf(stderr, "CreateFileW: error %lu\n", GetLastError());
		return 1;
	}
	puts("held");
	fflush(stdout);
	Sleep(INFINITE);
	return 0;
}
