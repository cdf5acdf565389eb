/*
 * buf.c: a growable byte buffer.  Tools keep one per purpose and reset it
 * per record, so steady-state processing allocates nothing.
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

void
dp_buf_grow(struct dp_buf *b, size_t n)
{
	size_t cap;

	if (b->cap - b->len > n)
		return;
	cap = b->cap < 256 ? 256 : b->cap;
	while (cap - b->len <= n) {
		if (cap > SIZE_MAX / 2)
			dp_die(DP_EX_OSERR, "out of memory (%zu bytes)", n);
		cap *= 2;
	}
	b->data = dp_realloc(b->data, cap);
	b->cap = cap;
}

void
dp_buf_add(struct dp_buf *b, const void *p, size_t n)
{
	dp_buf_grow(b, n);
	if (n > 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
}

void
dp_buf_addc(struct dp_buf *b, int c)
{
	dp_buf_grow(b, 1);
	b->data[b->len++] = (char)c;
}

void
dp_buf_adds(struct dp_buf *b, const char *s)
{
	dp_buf_add(b, s, strlen(s));
}

void
dp_buf_addu(struct dp_buf *b, unsigned long v)
{
	char digits[24];
	size_t n = sizeof(digits);

	do
		digits[--n] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	dp_buf_add(b, digits + n, sizeof(digits) - n);
}

void
dp_buf_printf(struct dp_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	dp_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void
dp_buf_vprintf(struct dp_buf *b, const char *fmt, va_list ap)
{
	va_list aq;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		dp_die(DP_EX_SOFTWARE, "vsnprintf failed");
	dp_buf_grow(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

char *
dp_buf_cstr(struct dp_buf *b)
{
	dp_buf_grow(b, 0);
	b->data[b->len] = '\0';
	return b->data;
}

void
dp_buf_free(struct dp_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
