/*
 * xalloc.c: allocation wrappers.  Running out of memory is not something a
 * filter can recover from, so they exit 71 (EX_OSERR) instead of returning
 * NULL.
 */

#include <sys/mman.h>

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

/*
 * The allocation DEPECHE_FAIL_ALLOC names, counted from 1, and how many
 * there have been: a test hook (0: none; -1: not read yet).  Process-wide,
 * as running out of memory is.
 */
static long fail_at = -1, allocations;

int
dp_alloc_hooked(void)
{
	const char *s;

	if (fail_at < 0)
		fail_at = (s = getenv("DEPECHE_FAIL_ALLOC")) != NULL ?
		    strtol(s, NULL, 10) : 0;
	return fail_at > 0;
}

/* Threads only call it unhooked: they read fail_at, write nothing. */
int
dp_alloc_fails(void)
{
	return dp_alloc_hooked() && ++allocations == fail_at;
}

/*
 * A block of n bytes at p, of a huge page or more, is asked to be backed
 * by huge pages (2 MB) where the kernel gives them on request
 * (transparent huge pages in madvise mode): a long record's arrays are
 * touched once each, and a fault per 4 KB page took a fifth of the time
 * on 1 MB records.  The block's 2 MB-aligned inside only; an error is no
 * matter.
 */
#define HUGE_PAGE	((size_t)2 << 20)

static void
advise_huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
	uintptr_t from, to;

	if (n < HUGE_PAGE)
		return;
	from = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
	to = ((uintptr_t)p + n) & ~(uintptr_t)(HUGE_PAGE - 1);
	if (to > from)
		(void)madvise((void *)from, to - from, MADV_HUGEPAGE);
#else
	(void)p;
	(void)n;
#endif
}

void *
dp_malloc(size_t n)
{
	void *p;

	if (dp_alloc_fails() || (p = malloc(n == 0 ? 1 : n)) == NULL)
		dp_die(DP_EX_OSERR, "out of memory (%zu bytes)", n);
	advise_huge(p, n);
	return p;
}

void *
dp_calloc(size_t nmemb, size_t size)
{
	void *p;

	if (dp_alloc_fails() || (p = calloc(nmemb == 0 ? 1 : nmemb,
	    size == 0 ? 1 : size)) == NULL)
		dp_die(DP_EX_OSERR, "out of memory (%zu x %zu bytes)",
		    nmemb, size);
	return p;
}

void *
dp_realloc(void *old, size_t n)
{
	void *p;

	if (dp_alloc_fails() || (p = realloc(old, n == 0 ? 1 : n)) == NULL)
		dp_die(DP_EX_OSERR, "out of memory (%zu bytes)", n);
	advise_huge(p, n);
	return p;
}

void *
dp_reallocarray(void *old, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size)
		dp_die(DP_EX_OSERR, "out of memory (%zu x %zu bytes)",
		    nmemb, size);
	return dp_realloc(old, nmemb * size);
}

/*
 * Is an array of *cap items to be resized to hold n?  Sets *cap to the new
 * size: twice n when it must grow, so that a run of records costs few
 * copies.  Built with -DDP_EXACT_ARRAYS (make check, make fuzz), every
 * array a record reuses is resized to exactly that record's need, so that
 * AddressSanitizer sees a read past its last item where a bigger earlier
 * record would have left stale ones to read.
 */
int
dp_resize_cap(size_t *cap, size_t n)
{
#ifdef DP_EXACT_ARRAYS
	if (n == *cap)
		return 0;
	*cap = n;
#else
	if (n <= *cap)
		return 0;
	*cap = 2 * n;
#endif
	return 1;
}

char *
dp_strndup(const char *s, size_t n)
{
	char *p;

	p = dp_malloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
dp_strdup(const char *s)
{
	return dp_strndup(s, strlen(s));
}
