/*
 * unit.h: a minimal TAP producer for the C unit tests.  Each check prints
 * "ok N - what" or "not ok N - what"; main returns unit_done().  Also
 * unit_record(), a record as the tools read one, for the tests that
 * include common.h first.
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

/*
 * Parses line into r as a tool reads a record (after common.h), record
 * name "t"; a bad line is said and left with no fields.  The caller frees
 * r and the returned copy, which r points into.
 */
static inline char *
unit_record(struct dp_record *r, const char *line)
{
	char *copy = strdup(line), err[160];

	if (dp_record_parse(r, copy, strlen(copy), err, sizeof(err)) != 0) {
		printf("# %s: %s\n", line, err);
		r->nfields = 0;
	}
	r->name = "t";
	return copy;
}

static int
unit_done(void)
{
	printf("1..%d\n", unit_n);
	return unit_failed != 0;
}

#endif
