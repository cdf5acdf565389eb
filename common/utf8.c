/*
 * utf8.c: UTF-8 validation, counting and decoding, and Windows-1252.
 * Validation and counting run over eight bytes at a time while the text is
 * ASCII, which most news text mostly is; utf8proc encodes code points.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "common.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define HIGHBITS	UINT64_C(0x8080808080808080)

/*
 * Windows-1252 bytes 0x80-0x9F.  The five bytes it leaves undefined map to
 * the C1 controls of the same value, as WHATWG and ICU decode them.
 */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
};

static uint64_t
load64(const char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

size_t
dp_utf8_seqlen(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char c = s[0];

	if (c >= 0xC2 && c <= 0xDF)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0;	/* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0;	/* surrogate */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 ||
		    (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;	/* overlong */
		if (c == 0xF4 && s[1] >= 0x90)
			return 0;	/* above U+10FFFF */
		return 4;
	}
	return 0;
}

size_t
dp_utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, k;
#ifdef __SSE2__
	unsigned high;

	/* 16 bytes at a time; from one over 0x7F, its sequence */
	while (i + 16 <= n) {
		high = (unsigned)_mm_movemask_epi8(_mm_loadu_si128(
		    (const __m128i *)(const void *)(str + i)));
		if (high == 0) {
			i += 16;
			continue;
		}
		i += (size_t)__builtin_ctz(high);
		if ((k = dp_utf8_seqlen(str + i, n - i)) == 0)
			return i;
		i += k;
	}
#endif
	while (i < n) {
		if (i + 8 <= n && (load64(str + i) & HIGHBITS) == 0) {
			i += 8;
			continue;
		}
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = dp_utf8_seqlen(str + i, n - i)) == 0)
			return i;
		i += k;
	}
	return n;
}

/* The code points eight bytes start: those not continuation bytes
 * (10xxxxxx). */
static size_t
leads8(uint64_t v)
{
	if ((v & HIGHBITS) == 0)
		return 8;
	v = (v & HIGHBITS) & ~((v << 1) & HIGHBITS);
	return 8 - (size_t)__builtin_popcountll(v);
}

static int
continuation(char c)
{
	return ((unsigned char)c & 0xC0) == 0x80;
}

size_t
dp_utf8_count(const char *s, size_t n)
{
	size_t i = 0, count = 0;

	for (; i + 8 <= n; i += 8)
		count += leads8(load64(s + i));
	for (; i < n; i++)
		count += !continuation(s[i]);
	return count;
}

size_t
dp_utf8_skip(const char *s, size_t n, size_t ncps)
{
	size_t i = 0, k;

	for (; i + 8 <= n && (k = leads8(load64(s + i))) <= ncps; i += 8)
		ncps -= k;
	/* past the continuation bytes of the last code point counted */
	for (; i < n && (ncps > 0 || continuation(s[i])); i++)
		ncps -= !continuation(s[i]);
	return i;
}

size_t
dp_utf8_decode(const char *s, size_t n, int32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if ((k = dp_utf8_seqlen(s, n)) == 0) {
		*cp = -1;
		return 1;
	}
	switch (k) {
	case 2:
		*cp = (u[0] & 0x1F) << 6 | (u[1] & 0x3F);
		break;
	case 3:
		*cp = (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		break;
	default:
		*cp = (u[0] & 0x07) << 18 | (u[1] & 0x3F) << 12 |
		    (u[2] & 0x3F) << 6 | (u[3] & 0x3F);
		break;
	}
	return k;
}

size_t
dp_utf8_encode(int32_t cp, char *out)
{
	return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

void
dp_utf8_put(struct dp_buf *b, int32_t cp)
{
	dp_buf_grow(b, 4);
	b->len += dp_utf8_encode(cp, b->data + b->len);
}

void
dp_cp1252_decode(struct dp_buf *b, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	dp_buf_grow(b, n * 3);
	for (i = 0; i < n; i++) {
		if (u[i] < 0x80)
			b->data[b->len++] = (char)u[i];
		else if (u[i] < 0xA0)
			dp_utf8_put(b, cp1252_high[u[i] - 0x80]);
		else
			dp_utf8_put(b, u[i]);
	}
}

void
dp_utf16_decode(struct dp_buf *b, const char *s, size_t n, int big)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c, lo;
	size_t i;

	dp_buf_grow(b, n / 2 * 3 + 4);
	for (i = 0; i + 1 < n; i += 2) {
		c = big ? (uint32_t)u[i] << 8 | u[i + 1] :
		    (uint32_t)u[i + 1] << 8 | u[i];
		if (c >= 0xD800 && c <= 0xDBFF && i + 3 < n) {
			lo = big ? (uint32_t)u[i + 2] << 8 | u[i + 3] :
			    (uint32_t)u[i + 3] << 8 | u[i + 2];
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				c = 0x10000 + ((c - 0xD800) << 10) +
				    (lo - 0xDC00);
				i += 2;
			}
		}
		/* a lone surrogate cannot be UTF-8 */
		if (c >= 0xD800 && c <= 0xDFFF)
			c = 0xFFFD;
		dp_utf8_put(b, (int32_t)c);
	}
	if (i < n)	/* an odd last byte */
		dp_utf8_put(b, 0xFFFD);
}

int32_t
dp_cp1252_char(unsigned char c)
{
	return c >= 0x80 && c < 0xA0 ? cp1252_high[c - 0x80] : c;
}

int
dp_cp1252_byte(int32_t cp)
{
	int i;

	if (cp <= 0xFF)
		return cp;
	for (i = 0; i < 32; i++)
		if (cp1252_high[i] == cp)
			return 0x80 + i;
	return -1;
}

int
dp_utf8_nfc_inert(int32_t cp, int compat)
{
	/* Ranges checked against the UCD; anything else goes to utf8proc. */
	if (compat)
		return cp < 0xA0;
	return cp < 0x300 || (cp >= 0x2002 && cp <= 0x206F) ||
	    (cp >= 0x20A0 && cp <= 0x20CF);
}

/* Appends the NFC (NFKC) form of one segment s through utf8proc. */
static void
compose(struct dp_buf *b, const char *s, size_t n, int compat)
{
	utf8proc_uint8_t *out;
	utf8proc_ssize_t len;

	len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
	    &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE |
	    (compat ? UTF8PROC_COMPAT : 0));
	if (len < 0)
		dp_die(DP_EX_SOFTWARE, "utf8proc: %s", utf8proc_errmsg(len));
	dp_buf_add(b, out, (size_t)len);
	free(out);
}

/*
 * An inert character is a normalization boundary (UAX #15): nothing before
 * it composes or reorders with anything after it.  So only the segments
 * from the inert character before each other character to the next inert
 * one go through utf8proc; nearby segments are merged to save calls.
 */
void
dp_utf8_nfc(struct dp_buf *b, const char *s, size_t n, int compat)
{
	size_t i = 0, k, copied = 0, boundary = 0, end;
	int32_t cp;

	while (i < n) {
		k = dp_utf8_decode(s + i, n - i, &cp);
		if (dp_utf8_nfc_inert(cp, compat)) {
			boundary = i;
			i += k;
			continue;
		}
		/* Extend to the next inert character not closely followed
		 * by another one that is not. */
		for (end = i + k; end < n; end += k) {
			k = dp_utf8_decode(s + end, n - end, &cp);
			if (dp_utf8_nfc_inert(cp, compat)) {
				for (i = end; i < n && i < end + 32; i += k) {
					k = dp_utf8_decode(s + i, n - i, &cp);
					if (!dp_utf8_nfc_inert(cp, compat))
						break;
				}
				if (i >= n || i >= end + 32 ||
				    dp_utf8_nfc_inert(cp, compat))
					break;
				end = i;
			}
		}
		dp_buf_add(b, s + copied, boundary - copied);
		compose(b, s + boundary, end - boundary, compat);
		copied = i = boundary = end;
	}
	dp_buf_add(b, s + copied, n - copied);
}

static enum dp_class
category_class(int32_t cp)
{
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return DP_CL_UPPER;
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return DP_CL_LETTER;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return DP_CL_MARK;
	case UTF8PROC_CATEGORY_ND:
		return DP_CL_DIGIT;
	case UTF8PROC_CATEGORY_ZS:
		return DP_CL_SPACE;
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return DP_CL_NEWLINE;
	case UTF8PROC_CATEGORY_PC:
	case UTF8PROC_CATEGORY_PD:
	case UTF8PROC_CATEGORY_PS:
	case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PI:
	case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO:
		return DP_CL_PUNCT;
	case UTF8PROC_CATEGORY_SM:
	case UTF8PROC_CATEGORY_SC:
	case UTF8PROC_CATEGORY_SK:
	case UTF8PROC_CATEGORY_SO:
		return DP_CL_SYMBOL;
	default:
		return DP_CL_OTHER;
	}
}

/* Is cp a currency sign ($, €, £: Unicode's Sc)? */
int
dp_ucurrency(int32_t cp)
{
	return cp == '$' || (cp >= 0x80 && utf8proc_category(cp) ==
	    UTF8PROC_CATEGORY_SC);
}

/*
 * dp_uclass() of each ASCII character, for loops that classify every byte
 * of a text (tests/unit/utf8_test.c checks it against dp_uclass).
 */
#define O DP_CL_OTHER
#define U DP_CL_UPPER
#define L DP_CL_LETTER
#define D DP_CL_DIGIT
#define S DP_CL_SPACE
#define N DP_CL_NEWLINE
#define P DP_CL_PUNCT
#define Y DP_CL_SYMBOL
const unsigned char dp_ascii_class[128] = {
	O, O, O, O, O, O, O, O, O, S, N, N, N, N, O, O,
	O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O,
	S, P, P, P, Y, P, P, P, P, P, P, Y, P, P, P, P,
	D, D, D, D, D, D, D, D, D, D, P, P, Y, Y, Y, P,
	P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
	U, U, U, U, U, U, U, U, U, U, U, P, P, P, Y, P,
	Y, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
	L, L, L, L, L, L, L, L, L, L, L, P, Y, P, Y, O,
};
#undef O
#undef U
#undef L
#undef D
#undef S
#undef N
#undef P
#undef Y

enum dp_class
dp_uclass(int32_t cp)
{
	if (cp >= 'a' && cp <= 'z')
		return DP_CL_LETTER;
	if (cp >= 'A' && cp <= 'Z')
		return DP_CL_UPPER;
	if (cp >= '0' && cp <= '9')
		return DP_CL_DIGIT;
	if (cp == ' ' || cp == '\t')
		return DP_CL_SPACE;
	if ((cp >= '\n' && cp <= '\r') || cp == 0x85)
		return DP_CL_NEWLINE;
	return category_class(cp);
}

/* The letter a character is made on, its marks dropped: é → e, Ç → C. */
int32_t
dp_ubase(int32_t cp)
{
	utf8proc_int32_t d[4];
	int last = 0;

	if (cp < 0x80)
		return cp;
	if (utf8proc_decompose_char(cp, d, 4, UTF8PROC_DECOMPOSE, &last) < 1)
		return cp;
	return d[0];
}

int32_t
dp_ulower(int32_t cp)
{
	if (cp < 128)
		return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
	return utf8proc_tolower(cp);
}

const char *
dp_unicode_version(void)
{
	return utf8proc_unicode_version();
}

/* The length of a valid sequence, from its lead byte (over 0x7F). */
static size_t
lead_len(unsigned char c)
{
	return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
}

size_t
dp_utf8_offsets(const char *s, size_t n, uint32_t **v, size_t *cap)
{
	size_t i, k, ncps = 0;

	if (n + 1 > *cap) {
		*cap = n + 1;
		*v = dp_reallocarray(*v, *cap, sizeof(**v));
	}
	i = 0;
#ifdef __SSE2__
	/* A run of ASCII, 16 bytes looked at and 16 offsets written at a
	 * time (ncps <= i: the room is there), then one sequence. */
	while (i + 16 <= n) {
		unsigned high = (unsigned)_mm_movemask_epi8(_mm_loadu_si128(
		    (const __m128i *)(const void *)(s + i)));
		__m128i at = _mm_add_epi32(_mm_set1_epi32((int)i),
		    _mm_set_epi32(3, 2, 1, 0));
		uint32_t *out = *v + ncps;

		for (k = 0; k < 16; k += 4) {
			_mm_storeu_si128((__m128i *)(void *)(out + k), at);
			at = _mm_add_epi32(at, _mm_set1_epi32(4));
		}
		k = high == 0 ? 16 : (size_t)__builtin_ctz(high);
		ncps += k;
		i += k;
		if (k < 16) {
			(*v)[ncps++] = (uint32_t)i;
			i += lead_len((unsigned char)s[i]);
		}
	}
#endif
	for (; i < n; i += k) {
		if ((unsigned char)s[i] < 0x80) {
			(*v)[ncps++] = (uint32_t)i;
			k = 1;
			continue;
		}
		(*v)[ncps++] = (uint32_t)i;
		k = lead_len((unsigned char)s[i]);
	}
	(*v)[ncps] = (uint32_t)n;
	return ncps;
}
