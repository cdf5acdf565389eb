/*
 * jsonl.c: the record reader and writer.  A record is one JSON object per
 * line (depeche(7)).  The reader checks the whole line against RFC 8259 and
 * notes where each top-level field's value lies, without building a tree;
 * the writer copies the line and splices in the fields a tool owns, so every
 * other byte (key order, number spelling, escapes) is kept as read.
 */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define ONES	UINT64_C(0x0101010101010101)
#define HIGHS	UINT64_C(0x8080808080808080)

struct parser {
	const char	*s;
	size_t		 n;
	size_t		 i;
	struct dp_buf	*stack;		/* open '{' and '[' */
	char		*err;
	size_t		 errsize;
	struct dp_record *rec;		/* its spans kept, or NULL */
	int		 allspans;	/* the value's items all spans so far */
};

struct dp_jsonl {
	FILE		*fp;
	const char	*name;
	unsigned long	 lineno;
	char		*line;		/* getline(3) buffer */
	size_t		 cap;
	int		 repair;
	struct dp_buf	 fixed;		/* a repaired line */
};

static int	 fail(struct parser *, const char *);
static void	 skip_ws(struct parser *);
static int	 scan_string(struct parser *, int *);
static int	 scan_number(struct parser *);
static int	 scan_literal(struct parser *, const char *, size_t);
static int	 scan_value(struct parser *, enum dp_type *, int *);
static int	 has_duplicate(const struct dp_record *);
static size_t	 repair_utf8(struct dp_buf *, const char *, size_t);
static const char *field_str(const struct dp_record *,
		    const struct dp_field *, struct dp_buf *, size_t *,
		    size_t *);

static int
fail(struct parser *p, const char *what)
{
	if (p->i < p->n)
		snprintf(p->err, p->errsize, "invalid JSON at column %zu: %s",
		    p->i + 1, what);
	else
		snprintf(p->err, p->errsize,
		    "invalid JSON at end of line: %s", what);
	return -1;
}

static void
skip_ws(struct parser *p)
{
	while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' ||
	    p->s[p->i] == '\r' || p->s[p->i] == '\n'))
		p->i++;
}

/* Nonzero if some byte of v is a control, a quote or a backslash. */
static uint64_t
special(uint64_t v)
{
	uint64_t quote = v ^ (ONES * '"'), bslash = v ^ (ONES * '\\');

	return (((v - ONES * 0x20) & ~v) | ((quote - ONES) & ~quote) |
	    ((bslash - ONES) & ~bslash)) & HIGHS;
}

static int
is_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

/*
 * The number of bytes from s[i] on (up to n) that need no look, a run of
 * 16 at a time where SSE2 is (a mask of the quotes, backslashes and
 * controls among them tells where the first is), else of 8 (special()).
 * Or-s the bytes seen into *high, whose top bit tells one was over 0x7F.
 */
static size_t
plain_run(const char *s, size_t i, size_t n, uint64_t *high)
{
	size_t start = i;
#ifdef __SSE2__
	const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\'),
	    control = _mm_set1_epi8(0x1F);
	__m128i v;
	unsigned special16, highs = 0;

	for (; i + 16 <= n; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		/* a control is a byte the unsigned max with 0x1F leaves */
		special16 = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, quote),
		    _mm_cmpeq_epi8(v, bslash)),
		    _mm_cmpeq_epi8(_mm_max_epu8(v, control), control)));
		if (special16 != 0) {
			/* the bytes before the first special one */
			special16 &= -special16;
			highs |= (unsigned)_mm_movemask_epi8(v) &
			    (special16 - 1);
			i += (size_t)__builtin_ctz(special16);
			break;
		}
		highs |= (unsigned)_mm_movemask_epi8(v);
	}
	if (highs != 0)
		*high |= HIGHS;
#endif
	for (; i + 8 <= n; i += 8) {
		uint64_t v8;

		memcpy(&v8, s + i, 8);
		if (special(v8))
			break;
		*high |= v8;
	}
	return i - start;
}

/*
 * At an opening quote; leaves p->i after the closing one.  Bytes above
 * 0x7F are only noted on the way, and the string checked for UTF-8 once
 * at its end: news text has one every few bytes.
 */
static int
scan_string(struct parser *p, int *escaped)
{
	const char *s = p->s;
	size_t i = p->i + 1, n = p->n, start = i, bad;
	uint64_t high = 0;
	unsigned char c;

	*escaped = 0;
	for (;;) {
		i += plain_run(s, i, n, &high);
		if (i >= n) {
			p->i = n;
			return fail(p, "unterminated string");
		}
		c = (unsigned char)s[i];
		if (c == '"')
			break;
		if (c == '\\') {
			*escaped = 1;
			if (i + 1 < n && s[i + 1] != '\0' &&
			    strchr("\"\\/bfnrt", s[i + 1]) != NULL) {
				i += 2;
				continue;
			}
			if (i + 5 < n && s[i + 1] == 'u' && is_hex(s[i + 2]) &&
			    is_hex(s[i + 3]) && is_hex(s[i + 4]) &&
			    is_hex(s[i + 5])) {
				i += 6;
				continue;
			}
			p->i = i;
			return fail(p, "bad escape in string");
		}
		if (c < 0x20) {
			p->i = i;
			return fail(p, "control character in string");
		}
		high |= c;
		i++;
	}
	if ((high & HIGHS) != 0 &&
	    (bad = dp_utf8_valid(s + start, i - start)) != i - start) {
		p->i = start + bad;
		return fail(p, "invalid UTF-8");
	}
	p->i = i + 1;
	return 0;
}

static int
scan_digits(struct parser *p)
{
	size_t start = p->i;

	while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
		p->i++;
	return p->i > start ? 0 : fail(p, "digit expected in number");
}

static int
scan_number(struct parser *p)
{
	if (p->s[p->i] == '-')
		p->i++;
	if (p->i < p->n && p->s[p->i] == '0')
		p->i++;
	else if (scan_digits(p) == -1)
		return -1;
	if (p->i < p->n && p->s[p->i] == '.') {
		p->i++;
		if (scan_digits(p) == -1)
			return -1;
	}
	if (p->i < p->n && (p->s[p->i] == 'e' || p->s[p->i] == 'E')) {
		p->i++;
		if (p->i < p->n && (p->s[p->i] == '+' || p->s[p->i] == '-'))
			p->i++;
		if (scan_digits(p) == -1)
			return -1;
	}
	return 0;
}

static int
scan_literal(struct parser *p, const char *word, size_t len)
{
	if (p->n - p->i < len || memcmp(p->s + p->i, word, len) != 0)
		return fail(p, "unexpected character");
	p->i += len;
	return 0;
}

/* Eight bytes read as one word, least significant first. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define WORDS_LE	1
#endif

#ifdef WORDS_LE
/*
 * The value of the n digits at s, 1 <= n <= 8, eight bytes read: the
 * digits, moved to the top of the word behind zeros, summed in pairs,
 * fours and eights.
 */
static uint64_t
digits_value(const char *s, size_t n)
{
	uint64_t w;

	memcpy(&w, s, 8);
	w = (w - ONES * '0') << 8 * (8 - n);
	w = (w * 10 + (w >> 8)) & UINT64_C(0x00FF00FF00FF00FF);
	w = (w * 100 + (w >> 16)) & UINT64_C(0x0000FFFF0000FFFF);
	return (w * 10000 + (w >> 32)) & UINT64_C(0xFFFFFFFF);
}
#endif

/*
 * The length of an unsigned JSON integer at s, or 0, and its value in *v
 * (saturated past 2^32, which no span is).
 */
static size_t
uint_at(const char *s, size_t n, uint64_t *v)
{
	uint64_t x, w, t;
	size_t i;
	unsigned d;

	if (n == 0 || (d = (unsigned char)s[0] - '0') > 9)
		return 0;
	/*
	 * One to seven digits and what follows, eight bytes at a time (a
	 * span's numbers are most of a segmented record's bytes).  Bytes
	 * minus '0' are 0..9 where digits are; a byte that is none gets
	 * its high bit set in t (a borrow it makes reaches only the bytes
	 * after it).
	 */
#ifdef WORDS_LE
	if (n >= 8 && d != 0) {
		memcpy(&w, s, 8);
		w -= ONES * '0';
		t = (w | (w + ONES * 0x76)) & HIGHS;
		if (t != 0) {
			i = (size_t)__builtin_ctzll(t) / 8;
			*v = digits_value(s, i);
			return i;
		}
	}
#else
	(void)w;
	(void)t;
#endif
	if (d == 0) {
		*v = 0;
		return 1;
	}
	/* past 19 digits x wraps, and is saturated below */
	for (x = d, i = 1; i < n && (d = (unsigned char)s[i] - '0') <= 9; i++)
		x = x * 10 + d;
	*v = i > 10 ? UINT64_MAX : x;
	return i;
}

/*
 * The length of "[start,end]" at s, two integers and no space, or 0: the
 * spans segment writes, most of the bytes of a segmented record.  Sets
 * *a and *b to the integers.
 */
static size_t
span_len(const char *s, size_t n, uint64_t *a, uint64_t *b)
{
	size_t i = 1, k;

	if ((k = uint_at(s + i, n - i, a)) == 0)
		return 0;
	i += k;
	if (i >= n || s[i++] != ',' || (k = uint_at(s + i, n - i, b)) == 0)
		return 0;
	i += k;
	return i < n && s[i] == ']' ? i + 1 : 0;
}

#if defined(__SSE2__) && defined(WORDS_LE)
/*
 * span_len() for a span that fits in the sixteen bytes at s, with eight
 * more readable after them: one compare of the vector tells where every
 * digit is, so where the comma and the bracket must be, and the two
 * numbers are read without looking for their ends.  Numbers of more than
 * eight digits, or with a leading zero, are left to span_len().
 */
static size_t
span16(const char *s, uint64_t *a, uint64_t *b)
{
	const __m128i nine = _mm_set1_epi8(9);
	__m128i d;
	unsigned digits, n1, n2, comma, end;

	d = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(const void *)s),
	    _mm_set1_epi8('0'));
	/* a digit is a byte that minus '0' is at most 9, unsigned */
	digits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(d,
	    nine), nine));
	/* bits above the sixteen are no digits: the counts stop there */
	n1 = (unsigned)__builtin_ctz(~(digits >> 1));
	comma = 1 + n1;
	n2 = (unsigned)__builtin_ctz(~(digits >> (comma + 1)));
	end = comma + 1 + n2;
	if (s[0] != '[' || n1 - 1 > 7 || n2 - 1 > 7 || end > 15 ||
	    s[comma] != ',' || s[end] != ']' || (n1 > 1 && s[1] == '0') ||
	    (n2 > 1 && s[comma + 1] == '0'))
		return 0;
	*a = digits_value(s + 1, n1);
	*b = digits_value(s + comma + 1, n2);
	return end + 1;
}
#endif

/*
 * The length of the span at s, as span_len(): sixteen bytes at a time
 * where there are enough of them.
 */
static size_t
next_span(const char *s, size_t n, uint64_t *a, uint64_t *b)
{
#if defined(__SSE2__) && defined(WORDS_LE)
	size_t k;

	if (n >= 24 && (k = span16(s, a, b)) != 0)
		return k;
#endif
	return span_len(s, n, a, b);
}

/*
 * Keeps span [a,b], an item of the array being scanned at the record's
 * top, in the record's spans (dp_record_spans reads them from there, not
 * parsing the array twice); a span that is none (a > b, past 2^32) makes
 * the field's array left to dp_json_spans_parse, which says what is wrong.
 */
static void
keep_span(struct parser *p, uint64_t a, uint64_t b)
{
	struct dp_record *r = p->rec;

	if (!p->allspans)
		return;
	if (a > b || b > UINT32_MAX) {
		p->allspans = 0;
		return;
	}
	if (r->nspans + 2 > r->capspans) {
		r->capspans = r->capspans ? 2 * r->capspans : 1024;
		r->spans = dp_reallocarray(r->spans, r->capspans,
		    sizeof(*r->spans));
	}
	r->spans[r->nspans++] = (uint32_t)a;
	r->spans[r->nspans++] = (uint32_t)b;
}

/*
 * Scans one value of any depth, iteratively so that deep nesting cannot
 * overflow the C stack.  Sets the type of the outermost value.
 */
static int
scan_value(struct parser *p, enum dp_type *type, int *escaped)
{
	size_t depth = 0, k;
	uint64_t a, b;
	enum dp_type t;
	char c, open;

	*escaped = 0;
value:
	skip_ws(p);
	if (p->i >= p->n)
		return fail(p, "value expected");
	c = p->s[p->i];
	if (c == '[' && depth > 0 && (k = next_span(p->s + p->i,
	    p->n - p->i, &a, &b)) != 0) {
		/* A run of spans, read here rather than item by item. */
		for (;;) {
			if (depth == 1)
				keep_span(p, a, b);
			p->i += k;
			if (p->n - p->i < 2 || p->s[p->i] != ',' ||
			    p->s[p->i + 1] != '[' || (k = next_span(p->s +
			    p->i + 1, p->n - p->i - 1, &a, &b)) == 0)
				break;
			p->i++;
		}
		goto next;
	}
	if (depth == 1)
		p->allspans = 0;	/* an item that is no span */
	switch (c) {
	case '{':
	case '[':
		if (depth == 0)
			*type = c == '{' ? DP_OBJECT : DP_ARRAY;
		p->stack->len = depth;
		dp_buf_grow(p->stack, 1);
		p->stack->data[depth++] = c;
		p->i++;
		skip_ws(p);
		if (p->i < p->n && p->s[p->i] == (c == '{' ? '}' : ']')) {
			p->i++;
			depth--;
			goto next;
		}
		if (c == '{')
			goto key;
		goto value;
	case '"':
		t = DP_STRING;
		if (scan_string(p, depth == 0 ? escaped : &(int){0}) == -1)
			return -1;
		break;
	case 't':
		t = DP_TRUE;
		if (scan_literal(p, "true", 4) == -1)
			return -1;
		break;
	case 'f':
		t = DP_FALSE;
		if (scan_literal(p, "false", 5) == -1)
			return -1;
		break;
	case 'n':
		t = DP_NULL;
		if (scan_literal(p, "null", 4) == -1)
			return -1;
		break;
	default:
		if (c != '-' && (c < '0' || c > '9'))
			return fail(p, "unexpected character");
		t = DP_NUMBER;
		if (scan_number(p) == -1)
			return -1;
		break;
	}
	if (depth == 0)
		*type = t;
next:
	if (depth == 0)
		return 0;
	skip_ws(p);
	if (p->i >= p->n)
		return fail(p, "unclosed array or object");
	open = p->stack->data[depth - 1];
	c = p->s[p->i++];
	if (c == ',') {
		if (open == '{')
			goto key;
		goto value;
	}
	if (c == (open == '{' ? '}' : ']')) {
		depth--;
		goto next;
	}
	p->i--;
	return fail(p, open == '{' ? "',' or '}' expected" :
	    "',' or ']' expected");
key:
	skip_ws(p);
	if (p->i >= p->n || p->s[p->i] != '"')
		return fail(p, "string key expected");
	if (scan_string(p, &(int){0}) == -1)
		return -1;
	skip_ws(p);
	if (p->i >= p->n || p->s[p->i] != ':')
		return fail(p, "':' expected");
	p->i++;
	goto value;
}

static int
has_duplicate(const struct dp_record *r)
{
	struct dp_strset *seen;
	size_t i, j;
	int dup = 0;

	if (r->nfields <= 16) {
		for (i = 1; i < r->nfields; i++)
			for (j = 0; j < i; j++)
				if (r->fields[i].keylen ==
				    r->fields[j].keylen &&
				    memcmp(r->fields[i].key, r->fields[j].key,
				    r->fields[i].keylen) == 0)
					return 1;
		return 0;
	}
	seen = dp_strset_new();
	for (i = 0; i < r->nfields && !dup; i++) {
		dup = dp_strset_find(seen, r->fields[i].key,
		    r->fields[i].keylen) != NULL;
		dp_strset_add(seen, r->fields[i].key, r->fields[i].keylen);
	}
	dp_strset_free(seen);
	return dup;
}

/*
 * Decodes the keys that hold escapes once the whole line is parsed, so
 * that pointers into r->keys no longer move.
 */
static int
decode_keys(struct dp_record *r)
{
	struct dp_field *f;
	size_t i;

	dp_buf_reset(&r->keys);
	for (i = 0; i < r->nfields; i++) {
		f = &r->fields[i];
		if (f->key != NULL)
			continue;
		f->keylen = r->keys.len;
		if (dp_json_unescape(&r->keys, r->line + f->rawkey,
		    f->rawkeylen, NULL) == -1)
			return -1;
		f->rawkey = f->keylen;	/* now its offset in keys */
		f->keylen = r->keys.len - f->keylen;
	}
	for (i = 0; i < r->nfields; i++) {
		f = &r->fields[i];
		if (f->key == NULL) {
			f->key = r->keys.data + f->rawkey;
			f->rawkey = 0;
		}
	}
	return 0;
}

int
dp_record_parse(struct dp_record *r, char *line, size_t len, char *err,
    size_t errsize)
{
	struct parser p = { line, len, 0, &r->stack, err, errsize, r, 0 };
	struct dp_field *f;
	size_t kstart;
	int esc;

	r->nfields = 0;
	r->nspans = 0;
	/* The record is the object; whitespace around it is not kept. */
	skip_ws(&p);
	while (p.n > p.i && (line[p.n - 1] == ' ' || line[p.n - 1] == '\t' ||
	    line[p.n - 1] == '\r' || line[p.n - 1] == '\n'))
		p.n--;
	p.s = r->line = line + p.i;
	p.n = r->len = p.n - p.i;
	p.i = 0;
	if (p.n == 0)
		return fail(&p, "empty record");
	if (p.s[0] != '{')
		return fail(&p, "a record must be an object");
	p.i++;
	skip_ws(&p);
	if (p.i < p.n && p.s[p.i] == '}') {
		p.i++;
		goto end;
	}
	for (;;) {
		skip_ws(&p);
		if (p.i >= p.n || p.s[p.i] != '"')
			return fail(&p, "string key expected");
		kstart = p.i;
		if (scan_string(&p, &esc) == -1)
			return -1;
		if (r->nfields == r->capfields) {
			r->capfields = r->capfields ? 2 * r->capfields : 16;
			r->fields = dp_reallocarray(r->fields, r->capfields,
			    sizeof(*r->fields));
		}
		f = &r->fields[r->nfields++];
		f->rawkey = kstart + 1;
		f->rawkeylen = p.i - kstart - 2;
		f->key = esc ? NULL : p.s + f->rawkey;
		f->keylen = f->rawkeylen;
		skip_ws(&p);
		if (p.i >= p.n || p.s[p.i] != ':')
			return fail(&p, "':' expected");
		p.i++;
		skip_ws(&p);
		f->start = p.i;
		f->span0 = r->nspans;
		p.allspans = p.i < p.n && p.s[p.i] == '[';
		if (scan_value(&p, &f->type, &f->escaped) == -1)
			return -1;
		f->end = p.i;
		if (p.allspans)
			f->nspans = (ssize_t)(r->nspans - f->span0) / 2;
		else {
			f->nspans = -1;
			r->nspans = f->span0;
		}
		skip_ws(&p);
		if (p.i < p.n && p.s[p.i] == ',') {
			p.i++;
			continue;
		}
		if (p.i < p.n && p.s[p.i] == '}') {
			p.i++;
			break;
		}
		return fail(&p, "',' or '}' expected");
	}
end:
	if (p.i < p.n)
		return fail(&p, "text after the record");
	if (decode_keys(r) == -1) {
		snprintf(err, errsize, "lone surrogate escape in a key");
		return -1;
	}
	if (has_duplicate(r)) {
		snprintf(err, errsize, "duplicate key");
		return -1;
	}
	return 0;
}

void
dp_record_free(struct dp_record *r)
{
	free(r->fields);
	free(r->spans);
	dp_buf_free(&r->keys);
	dp_buf_free(&r->stack);
	memset(r, 0, sizeof(*r));
}

const struct dp_field *
dp_record_get(const struct dp_record *r, const char *key)
{
	size_t i, len = strlen(key);

	for (i = 0; i < r->nfields; i++)
		if (r->fields[i].keylen == len &&
		    memcmp(r->fields[i].key, key, len) == 0)
			return &r->fields[i];
	return NULL;
}

/* A string value, decoded into scratch only if it holds escapes. */
static const char *
field_str(const struct dp_record *r, const struct dp_field *f,
    struct dp_buf *scratch, size_t *lenp, size_t *lone)
{
	if (!f->escaped) {
		*lenp = f->end - f->start - 2;
		return r->line + f->start + 1;
	}
	dp_buf_reset(scratch);
	if (dp_json_unescape(scratch, r->line + f->start + 1,
	    f->end - f->start - 2, lone) == -1)
		return NULL;
	*lenp = scratch->len;
	return dp_buf_cstr(scratch);
}

const char *
dp_record_str(const struct dp_record *r, const struct dp_field *f,
    struct dp_buf *scratch, size_t *lenp)
{
	return field_str(r, f, scratch, lenp, NULL);
}

const char *
dp_record_need(const struct dp_record *r, const char *key, const char *owner,
    struct dp_buf *scratch, size_t *lenp, size_t *lone)
{
	const struct dp_field *f;
	const char *s;

	if ((f = dp_record_get(r, key)) == NULL) {
		dp_warnat(r->name, r->lineno, "no \"%s\" field (run %s first)",
		    key, owner);
		return NULL;
	}
	if (f->type != DP_STRING) {
		dp_warnat(r->name, r->lineno, "\"%s\" is not a string", key);
		return NULL;
	}
	s = field_str(r, f, scratch, lenp, lone);
	if (s == NULL)
		dp_warnat(r->name, r->lineno,
		    "lone surrogate escape in \"%s\"", key);
	return s;
}

/* A set field's value, as held or by its writer. */
static void
write_value(const struct dp_set *set)
{
	if (set->emit != NULL)
		set->emit(set->arg);
	else
		dp_write(set->json, set->len);
}

void
dp_record_write(const struct dp_record *r, const struct dp_set *sets,
    size_t nsets)
{
	const struct dp_field *f;
	unsigned char done[64] = { 0 };
	size_t i, j, at = 0, tail;
	int comma;

	if (nsets > sizeof(done))
		dp_die(DP_EX_SOFTWARE, "too many fields set");
	for (i = 0; i < r->nfields; i++) {
		f = &r->fields[i];
		for (j = 0; j < nsets; j++) {
			if (done[j] || strlen(sets[j].key) != f->keylen ||
			    memcmp(sets[j].key, f->key, f->keylen) != 0)
				continue;
			dp_write(r->line + at, f->start - at);
			write_value(&sets[j]);
			at = f->end;
			done[j] = 1;
			break;
		}
	}
	/* New fields go after the last value, before any space and '}'. */
	tail = r->nfields > 0 ? r->fields[r->nfields - 1].end : 1;
	dp_write(r->line + at, tail - at);
	comma = r->nfields > 0;
	for (j = 0; j < nsets; j++) {
		if (done[j])
			continue;
		if (comma)
			dp_write(",", 1);
		comma = 1;
		dp_write("\"", 1);
		dp_write(sets[j].key, strlen(sets[j].key));
		dp_write("\":", 2);
		write_value(&sets[j]);
	}
	dp_write(r->line + tail, r->len - tail);
	dp_write("\n", 1);
}

struct dp_jsonl *
dp_jsonl_open(FILE *fp, const char *name, int repair)
{
	struct dp_jsonl *j;

	j = dp_calloc(1, sizeof(*j));
	j->fp = fp;
	j->name = name;
	j->repair = repair;
	return j;
}

/*
 * Copies s into b with each byte that is not part of valid UTF-8 made
 * U+FFFD; returns how many there were.  Such bytes are all above 0x7F,
 * so the JSON structure of the line is untouched.
 */
static size_t
repair_utf8(struct dp_buf *b, const char *s, size_t n)
{
	size_t i = 0, good, count = 0;

	dp_buf_reset(b);
	while (i < n) {
		good = dp_utf8_valid(s + i, n - i);
		dp_buf_add(b, s + i, good);
		if ((i += good) >= n)
			break;
		dp_buf_add(b, "\xEF\xBF\xBD", 3);
		count++;
		i++;
	}
	return count;
}

int
dp_jsonl_line(struct dp_jsonl *j, struct dp_line *l)
{
	ssize_t n;
	char *s;
	size_t len;

	for (;;) {
		errno = 0;
		/* the test hook fails a line as memory would */
		if (dp_alloc_fails()) {
			errno = ENOMEM;
			n = -1;
		} else
			n = getline(&j->line, &j->cap, j->fp);
		if (n == -1) {
			/* A line too long for memory is no end of input: the
			 * records after it would be lost without a word. */
			if (errno == ENOMEM)
				dp_die(DP_EX_OSERR, "%s: line %lu: out of memory",
				    j->name, j->lineno + 1);
			return ferror(j->fp) ? -1 : 0;
		}
		j->lineno++;
		s = j->line;
		len = (size_t)n;
		/* A byte order mark may open the input (RFC 8259, 8.1). */
		if (j->lineno == 1 && len >= 3 &&
		    memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
			s += 3;
			len -= 3;
		}
		while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r' ||
		    s[len - 1] == ' ' || s[len - 1] == '\t'))
			len--;
		if (len == 0)
			continue;
		l->lineno = j->lineno;
		l->replaced = 0;
		if (j->repair && dp_utf8_valid(s, len) != len) {
			l->replaced = repair_utf8(&j->fixed, s, len);
			s = j->fixed.data;
			len = j->fixed.len;
		}
		l->s = s;
		l->len = len;
		return 1;
	}
}

void
dp_jsonl_close(struct dp_jsonl *j)
{
	if (j == NULL)
		return;
	dp_buf_free(&j->fixed);
	free(j->line);
	free(j);
}
