/*
 * json.c: JSON string values.  The writer escapes only what RFC 8259
 * requires (quote, backslash, C0 controls) and copies UTF-8 as it is, so a
 * value written then read back is the same bytes.
 */

#include <stdint.h>
#include <string.h>

#include "common.h"

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
