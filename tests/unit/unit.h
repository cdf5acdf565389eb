/*
 * unit.h: a minimal TAP producer for the C unit tests.  Each check prints
 * "ok N - what" or "not ok N - what"; main returns unit_done().
 */

#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_n, unit_failed;

static void
unit_ok(int cond, const char *what, const char *file, int line)
{
	unit_n++;
	if (cond) {
		printf("ok %d - %s\n", unit_n, what);
		return;
	}
	unit_failed++;
	printf("not ok %d - %s\n# at %s:%d\n", unit_n, what, file, line);
}

#define CHECK(cond, what)	unit_ok((cond) != 0, (what), __FILE__, __LINE__)
/* Compares a length-counted result with a C string. */
#define CHECK_MEM(p, n, want, what) \
	CHECK((n) == strlen(want) && memcmp((p), (want), (n)) == 0, (what))

static int
unit_done(void)
{
	printf("1..%d\n", unit_n);
	return unit_failed != 0;
}

#endif
