/*
 * A stand-in for Windows' bcryptprimitives.dll, for the Wine prefix of
 * the tests only (never shipped). Go's runtime on Windows loads
 * ProcessPrng from bcryptprimitives.dll at start and stops when it cannot;
 * Wine 8 has no such DLL. This one fills the buffer from RtlGenRandom
 * (advapi32's SystemFunction036), which Wine has.
 */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x7fffffff ? 0x7fffffff : (ULONG)len;
		if (!RtlGenRandom(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
