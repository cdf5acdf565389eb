/*
 * json.c: JSON string values.  The writer escapes only what RFC 8259
 * requires (quote, backslash, C0 controls) and copies UTF-8 as it is, so a
 * value written then read back is the same bytes.
 */

#include <stdint.h>
#include <string.h>

#include "common.h"

/* Spans dp_write_spans formats at a time: 25 bytes each, on the stack. */
#define SPANS_CHUNK	1024

#define ONES	UINT64_C(0x0101010101010101)
#define HIGHS	UINT64_C(0x8080808080808080)

/* Nonzero if some byte of v is below 0x20, a quote or a backslash. */
static uint64_t
needs_escape(uint64_t v)
{
	uint64_t quote = v ^ (ONES * '"'), bslash = v ^ (ONES * '\\');

	return ((v - ONES * 0x20) & ~v) |
	    ((quote - ONES) & ~quote) | ((bslash - ONES) & ~bslash);
}

void
dp_json_str(struct dp_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0, run = 0;
	uint64_t v;
	unsigned char c;

	dp_buf_grow(b, n + 2);
	b->data[b->len++] = '"';
	while (i < n) {
		if (i + 8 <= n) {
			memcpy(&v, s + i, 8);
			if ((needs_escape(v) & HIGHS) == 0) {
				i += 8;
				continue;
			}
		}
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\') {
			i++;
			continue;
		}
		dp_buf_add(b, s + run, i - run);
		dp_buf_addc(b, '\\');
		switch (c) {
		case '"':
		case '\\':
			dp_buf_addc(b, c);
			break;
		case '\b':
			dp_buf_addc(b, 'b');
			break;
		case '\f':
			dp_buf_addc(b, 'f');
			break;
		case '\n':
			dp_buf_addc(b, 'n');
			break;
		case '\r':
			dp_buf_addc(b, 'r');
			break;
		case '\t':
			dp_buf_addc(b, 't');
			break;
		default:
			dp_buf_add(b, "u00", 3);
			dp_buf_addc(b, hex[c >> 4]);
			dp_buf_addc(b, hex[c & 15]);
			break;
		}
		run = ++i;
	}
	dp_buf_add(b, s + run, n - run);
	dp_buf_addc(b, '"');
}

static int	 lone_surrogate(struct dp_buf *, size_t *);
static char	*put_uint(char *, uint32_t);

/* The two digits of n < 100 at p. */
static char *
put_2digits(char *p, uint32_t n)
{
	static const char pairs[] =
	    "00010203040506070809101112131415161718192021222324252627282930"
	    "31323334353637383940414243444546474849505152535455565758596061"
	    "6263646566676869707172737475767778798081828384858687888990919293"
	    "949596979899";

	memcpy(p, pairs + 2 * n, 2);
	return p + 2;
}

/*
 * Writes n in decimal at p; returns the end.  Offsets are mostly under
 * 10 000: one or two pairs of digits, and no division for the smallest.
 */
static char *
put_uint(char *p, uint32_t n)
{
	if (n >= 10000) {
		p = put_uint(p, n / 10000);
		p = put_2digits(p, n % 10000 / 100);
		return put_2digits(p, n % 100);
	}
	if (n >= 100) {
		p = n >= 1000 ? put_2digits(p, n / 100) :
		    (*p = (char)('0' + n / 100), p + 1);
		return put_2digits(p, n % 100);
	}
	if (n >= 10)
		return put_2digits(p, n);
	*p = (char)('0' + n);
	return p + 1;
}

/*
 * Spans rise by small steps: most numbers share their leading digits
 * with the last one above 99 written, whose hundreds are *base, spelled
 * in the first *len bytes of digits.
 */
static char *
put_offset(char *p, uint32_t n, uint32_t *base, size_t *len, char *digits)
{
	if (n < 100)
		return put_uint(p, n);
	if (n - *base >= 100) {
		*base = n / 100 * 100;
		*len = (size_t)(put_uint(digits, n / 100) - digits);
	}
	/* All eight bytes: there is room, and a fixed size is faster. */
	memcpy(p, digits, 8);
	return put_2digits(p + *len, n - *base);
}

/* Where dp_json_spans and dp_write_spans are in the numbers they write. */
struct spans_state {
	char		 digits[8];	/* 2^32 / 100 has 8 */
	uint32_t	 base;
	size_t		 len;
};

/*
 * Writes at p the n spans from v, each two uint32_t at the start of an
 * element stride bytes long, each after a comma; returns the end.  p has
 * room for 25 bytes a span and put_offset's 7 past a number.
 */
static char *
put_spans(char *p, const unsigned char *v, size_t n, size_t stride,
    struct spans_state *st)
{
	uint32_t se[2];
	size_t i;

	for (i = 0; i < n; i++, v += stride) {
		memcpy(se, v, sizeof(se));
		*p++ = ',';
		*p++ = '[';
		p = put_offset(p, se[0], &st->base, &st->len, st->digits);
		*p++ = ',';
		p = put_offset(p, se[1], &st->base, &st->len, st->digits);
		*p++ = ']';
	}
	return p;
}

void
dp_json_spans(struct dp_buf *b, const uint32_t *v, size_t n)
{
	struct spans_state st = { { 0 }, 0, 0 };
	char *p;

	/* "[" and per span at most ",[4294967295,4294967295]" and "]";
	 * put_offset writes up to 7 bytes past a number, inside that. */
	dp_buf_grow(b, 2 + n * 25);
	p = b->data + b->len;
	/* The first span's comma is the array's bracket. */
	p = put_spans(p, (const unsigned char *)v, n, 2 * sizeof(*v), &st);
	b->data[b->len] = '[';
	if (n == 0)
		p++;
	*p++ = ']';
	b->len = (size_t)(p - b->data);
}

void
dp_write_spans(const void *v, size_t n, size_t stride)
{
	struct spans_state st = { { 0 }, 0, 0 };
	const unsigned char *at = v;
	char chunk[SPANS_CHUNK * 25 + 16], *p;
	size_t i, m;

	if (n == 0)
		dp_write("[", 1);
	for (i = 0; i < n; i += m) {
		m = n - i < SPANS_CHUNK ? n - i : SPANS_CHUNK;
		p = put_spans(chunk, at + i * stride, m, stride, &st);
		if (i == 0)
			chunk[0] = '[';	/* the first comma is the bracket */
		dp_write(chunk, (size_t)(p - chunk));
	}
	dp_write("]", 1);
}

static int32_t
hex4(const char *s)
{
	int32_t v = 0;
	int i;
	char c;

	for (i = 0; i < 4; i++) {
		c = s[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else
			v |= c - 'A' + 10;
	}
	return v;
}

/* A lone surrogate: an error, or U+FFFD when the caller counts them. */
static int
lone_surrogate(struct dp_buf *b, size_t *lone)
{
	if (lone == NULL)
		return -1;
	(*lone)++;
	dp_utf8_put(b, 0xFFFD);
	return 0;
}

int
dp_json_unescape(struct dp_buf *b, const char *s, size_t n, size_t *lone)
{
	const char *bs;
	size_t i = 0;
	int32_t cp, lo;

	dp_buf_grow(b, n);
	while (i < n) {
		if ((bs = memchr(s + i, '\\', n - i)) == NULL) {
			dp_buf_add(b, s + i, n - i);
			break;
		}
		dp_buf_add(b, s + i, (size_t)(bs - s) - i);
		i = (size_t)(bs - s) + 1;
		switch (s[i]) {
		case 'b':
			dp_buf_addc(b, '\b');
			break;
		case 'f':
			dp_buf_addc(b, '\f');
			break;
		case 'n':
			dp_buf_addc(b, '\n');
			break;
		case 'r':
			dp_buf_addc(b, '\r');
			break;
		case 't':
			dp_buf_addc(b, '\t');
			break;
		case 'u':
			cp = hex4(s + i + 1);
			i += 4;
			if (cp >= 0xD800 && cp <= 0xDBFF && i + 7 <= n &&
			    s[i + 1] == '\\' && s[i + 2] == 'u' &&
			    (lo = hex4(s + i + 3)) >= 0xDC00 && lo <= 0xDFFF) {
				cp = 0x10000 + ((cp - 0xD800) << 10) +
				    (lo - 0xDC00);
				i += 6;
			} else if (cp >= 0xD800 && cp <= 0xDFFF) {
				if (lone_surrogate(b, lone) == -1)
					return -1;
				break;
			}
			dp_utf8_put(b, cp);
			break;
		default:	/* '"', '\\', '/' */
			dp_buf_addc(b, s[i]);
			break;
		}
		i++;
	}
	return 0;
}

/* Skips JSON white space from p; returns the first other byte's address. */
static const char *
skip_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' ||
	    *p == '\r'))
		p++;
	return p;
}

/* Reads an unsigned integer below 2^32 at *pp; -1 if there is none. */
static int
get_uint(const char **pp, const char *end, uint32_t *v)
{
	const char *p = *pp;
	uint64_t n = 0;

	if (p >= end || *p < '0' || *p > '9' || (*p == '0' && p + 1 < end &&
	    p[1] >= '0' && p[1] <= '9'))
		return -1;
	for (; p < end && *p >= '0' && *p <= '9'; p++)
		if ((n = n * 10 + (uint64_t)(*p - '0')) > UINT32_MAX)
			return -1;
	*v = (uint32_t)n;
	*pp = p;
	return 0;
}

ssize_t
dp_json_spans_parse(const char *s, size_t n, uint32_t **v, size_t *cap)
{
	const char *p = s, *end = s + n;
	size_t count = 0;

	p = skip_ws(p, end);
	if (p >= end || *p++ != '[')
		return -1;
	p = skip_ws(p, end);
	if (p < end && *p == ']')
		return skip_ws(p + 1, end) == end ? 0 : -1;
	for (;;) {
		if (2 * count + 2 > *cap) {
			*cap = *cap ? 2 * *cap : 512;
			*v = dp_reallocarray(*v, *cap, sizeof(**v));
		}
		/* The common case, [12,345] with no space, read in one go. */
		if (end - p > 4 && p[0] == '[' && p[1] > '0' && p[1] <= '9') {
			const char *q = p + 1;
			uint64_t a = 0, b = 0;

			while (q < end && *q >= '0' && *q <= '9' && a <= UINT32_MAX)
				a = a * 10 + (uint64_t)(*q++ - '0');
			if (q + 1 < end && *q == ',' && q[1] > '0' && q[1] <= '9') {
				for (q++; q < end && *q >= '0' && *q <= '9' &&
				    b <= UINT32_MAX; q++)
					b = b * 10 + (uint64_t)(*q - '0');
				if (q < end && *q == ']' && a <= b &&
				    b <= UINT32_MAX) {
					(*v)[2 * count] = (uint32_t)a;
					(*v)[2 * count++ + 1] = (uint32_t)b;
					/* white space may stand before the
					 * comma as before the bracket */
					p = skip_ws(q + 1, end);
					if (p < end && *p == ',') {
						p++;
						continue;
					}
					if (p >= end || *p++ != ']')
						return -1;
					return skip_ws(p, end) == end ?
					    (ssize_t)count : -1;
				}
			}
		}
		p = skip_ws(p, end);
		if (p >= end || *p++ != '[')
			return -1;
		p = skip_ws(p, end);
		if (get_uint(&p, end, &(*v)[2 * count]) == -1)
			return -1;
		p = skip_ws(p, end);
		if (p >= end || *p++ != ',')
			return -1;
		p = skip_ws(p, end);
		if (get_uint(&p, end, &(*v)[2 * count + 1]) == -1)
			return -1;
		p = skip_ws(p, end);
		if (p >= end || *p++ != ']' ||
		    (*v)[2 * count] > (*v)[2 * count + 1])
			return -1;
		count++;
		p = skip_ws(p, end);
		if (p < end && *p == ',') {
			p++;
			continue;
		}
		if (p >= end || *p++ != ']')
			return -1;
		return skip_ws(p, end) == end ? (ssize_t)count : -1;
	}
}

void
dp_emit_spans(const void *arg)
{
	const struct dp_spans *sp = arg;

	dp_write_spans(sp->v, sp->n, sp->stride);
}
