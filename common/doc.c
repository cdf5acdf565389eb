/*
 * doc.c: the document object of the tools that read annotations: a
 * record's text, its code point offsets, segment's tokens (with their
 * lowercase forms) and sentences, and tag-entities' entities, read and
 * checked once per record into arrays reused from record to record.
 * Also the few questions about them every such tool asks: the character a
 * token starts with, the entities over a span, where a dateline ends.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

static int	 read_sentences(struct dp_doc *, const struct dp_record *,
		    unsigned);
static size_t	 part_bytes(const struct dp_doc *);
static void	 part_offsets(struct dp_doc *, size_t);
static void	 lower_tokens(struct dp_doc *);
static int	 ascii_word(struct dp_doc *, struct dp_token *);
static void	 lower_and_shape(struct dp_doc *, struct dp_token *);
static void	 index_entities(struct dp_doc *);

void
dp_lower(struct dp_buf *b, const char *s, size_t n)
{
	size_t i, k;
	int32_t cp;
	char *d;

	/* Lowercasing at most doubles a character's bytes. */
	dp_buf_grow(b, 2 * n + 4);
	d = b->data + b->len;
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		d[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	b->len += i;
	for (; i < n; i += k) {
		if ((unsigned char)s[i] < 0x80) {
			b->data[b->len++] = (char)(s[i] >= 'A' &&
			    s[i] <= 'Z' ? s[i] + 32 : s[i]);
			k = 1;
			continue;
		}
		k = dp_utf8_decode(s + i, n - i, &cp);
		dp_utf8_put(b, cp == 0x2019 ? '\'' : dp_ulower(cp));
	}
}

/* dp_doc's part before the first dp_doc_next_part(). */
#define NOPART	SIZE_MAX

int
dp_doc_read(struct dp_doc *d, const struct dp_record *r, unsigned flags)
{
	ssize_t n;
	size_t i;

	d->ntoks = d->nsents = d->nents = 0;
	d->nexttok = d->nextsent = 0;
	d->part = NOPART;
	d->flags = flags;
	if ((d->text = dp_record_need(r, "text", "to-jsonl", &d->textbuf,
	    &d->len, NULL)) == NULL)
		return -1;
	/* A part's offsets are its own: a table for the record's code
	 * points would be most of the memory of a long one. */
	d->boffbase = d->boffbyte = d->walkcp = d->walkbyte = 0;
	if (flags & DP_DOC_PARTS)
		d->ncps = dp_utf8_count(d->text, d->len);
	else
		d->ncps = dp_utf8_offsets(d->text, d->len, &d->boff,
		    &d->capboff);
	if ((n = dp_record_spans(r, "tokens", "segment", &d->spans,
	    &d->capspans)) < 0)
		return -1;
	if (dp_record_check_spans(r, "token", d->spans, (size_t)n,
	    d->ncps) != 0)
		return -1;
	d->nspans = (size_t)n;
	if (read_sentences(d, r, flags) != 0)
		return -1;
	if (flags & DP_DOC_ENTITIES) {
		if ((n = dp_record_entities(r, "tag-entities", &d->ents,
		    &d->capents)) < 0)
			return -1;
		d->nents = (size_t)n;
		for (i = 0; i < d->nents; i++)
			if (d->ents[i].end > d->ncps) {
				dp_warnat(r->name, r->lineno, "entity %zu "
				    "[%u,%u] is beyond the text", i,
				    d->ents[i].start, d->ents[i].end);
				return -1;
			}
		index_entities(d);
	}
	if (!(flags & DP_DOC_PARTS))
		dp_doc_next_part(d, SIZE_MAX);
	return 0;
}

/*
 * The record's sentences.  A record without sentences is one, unless the
 * tool needs segment's.
 */
static int
read_sentences(struct dp_doc *d, const struct dp_record *r, unsigned flags)
{
	ssize_t k;

	if (!(flags & DP_DOC_SENTENCES) &&
	    dp_record_get(r, "sentences") == NULL) {
		d->nsentspans = d->nspans > 0;
		if (d->capsents < 2)
			d->sentspans = dp_reallocarray(d->sentspans,
			    d->capsents = 2, sizeof(*d->sentspans));
		d->sentspans[0] = 0;
		d->sentspans[1] = (uint32_t)d->ncps;
		return 0;
	}
	if ((k = dp_record_spans(r, "sentences", "segment", &d->sentspans,
	    &d->capsents)) < 0 || dp_record_check_spans(r, "sentence",
	    d->sentspans, (size_t)k, d->ncps) != 0)
		return -1;
	d->nsentspans = (size_t)k;
	/* Every token is in a sentence or after one. */
	if (d->nsentspans == 0 && d->nspans > 0) {
		dp_warnat(r->name, r->lineno, "tokens, but no sentences (run "
		    "segment again)");
		return -1;
	}
	return 0;
}

/*
 * The sentences from the next part's first on, while their tokens fit in
 * maxtoks: token t is in the last sentence that starts at or before it
 * (those before the first are in it).  Sets *send and *tend past them.
 */
static void
part_extent(const struct dp_doc *d, size_t maxtoks, size_t *send,
    size_t *tend)
{
	size_t s = d->nextsent, t = d->nexttok, e;

	while (s < d->nsentspans) {
		for (e = t; e < d->nspans && (s + 1 == d->nsentspans ||
		    d->spans[2 * e] < d->sentspans[2 * (s + 1)]); e++)
			;
		if (s > d->nextsent && e - d->nexttok > maxtoks)
			break;
		t = e;
		s++;
	}
	*send = s;
	*tend = t;
}

/*
 * The byte offsets of the part's code points, from the first its tokens
 * or sentences start at to the last they end at (the record's end for
 * the last part), from its first's: the text walked on from where the
 * part before ended, parts being in order.
 */
static void
part_offsets(struct dp_doc *d, size_t t0)
{
	size_t cp0, cp1, n, cp = d->walkcp, b = d->walkbyte;

	cp0 = d->nsents > 0 ? d->sents[0] : d->ncps;
	cp1 = d->nsents > 0 ? d->sents[2 * d->nsents - 1] : 0;
	if (d->ntoks > 0 && d->spans[2 * t0] < cp0)
		cp0 = d->spans[2 * t0];
	if (d->ntoks > 0 && d->spans[2 * (t0 + d->ntoks) - 1] > cp1)
		cp1 = d->spans[2 * (t0 + d->ntoks) - 1];
	if (d->nexttok >= d->nspans)
		cp1 = d->ncps;
	/* cp0 >= cp: a part's first sentence starts after the last of the
	 * part before ends, and so does its first token, which no sentence
	 * before holds. */
	b += dp_utf8_skip(d->text + b, d->len - b, cp0 - cp);
	/* the part's characters alone: a long record's part is a small
	 * share of what is left of it */
	n = dp_utf8_skip(d->text + b, d->len - b, cp1 - cp0);
	dp_utf8_offsets(d->text + b, n, &d->boff, &d->capboff);
	d->boffbase = cp0;
	d->boffbyte = b;
	d->walkcp = cp1;
	d->walkbyte = b + d->boff[cp1 - cp0];
}

int
dp_doc_next_part(struct dp_doc *d, size_t maxtoks)
{
	size_t i, s, send, tend, t0 = d->nexttok;

	if (d->part != NOPART && t0 >= d->nspans)
		return 0;
	d->part = d->part == NOPART ? 0 : d->part + 1;
	part_extent(d, maxtoks, &send, &tend);
	d->sents = d->nsentspans > 0 ? d->sentspans + 2 * d->nextsent :
	    d->sentspans;
	d->nsents = send - d->nextsent;
	d->ntoks = tend - t0;
	d->nextsent = send;
	d->nexttok = tend;
	if (dp_resize_cap(&d->captoks, d->ntoks)) {
		d->toks = dp_reallocarray(d->toks, d->captoks,
		    sizeof(*d->toks));
	}
	if (d->flags & DP_DOC_PARTS)
		part_offsets(d, t0);
	for (i = 0; i < d->ntoks; i++) {
		d->toks[i].start = d->spans[2 * (t0 + i)];
		d->toks[i].end = d->spans[2 * (t0 + i) + 1];
		d->toks[i].bstart = dp_doc_byte(d, d->toks[i].start);
		d->toks[i].bend = dp_doc_byte(d, d->toks[i].end);
	}
	if (dp_resize_cap(&d->capsfirst, d->nsents + 1)) {
		d->sfirst = dp_reallocarray(d->sfirst, d->capsfirst,
		    sizeof(*d->sfirst));
	}
	for (i = 0, s = 0; i < d->ntoks; i++) {
		while (s + 1 < d->nsents &&
		    d->toks[i].start >= d->sents[2 * (s + 1)])
			s++;
		d->toks[i].sent = (uint32_t)s;
	}
	for (s = 0, i = 0; s < d->nsents; s++) {
		while (i < d->ntoks && d->toks[i].sent < s)
			i++;
		d->sfirst[s] = i;
	}
	d->sfirst[d->nsents] = d->ntoks;
	if (d->flags & DP_DOC_SHAPES) {
		/* Lowercasing at most doubles a token's bytes; a NUL after
		 * each, and eight bytes written at once at the end. */
		dp_buf_reset(&d->lower);
		dp_buf_grow(&d->lower, 2 * part_bytes(d) + d->ntoks + 8);
		for (i = 0; i < d->ntoks; i++)
			if (!ascii_word(d, &d->toks[i]))
				lower_and_shape(d, &d->toks[i]);
	} else
		lower_tokens(d);
	/* a part's first token follows the last of the part before */
	if (d->ntoks > 0 && t0 > 0)
		d->toks[0].space = d->spans[2 * t0 - 1] < d->toks[0].start;
	return 1;
}

/* The bytes of text from the part's first token to its last. */
static size_t
part_bytes(const struct dp_doc *d)
{
	return d->ntoks > 0 ? d->toks[d->ntoks - 1].bend - d->toks[0].bstart :
	    0;
}

#define ONES	UINT64_C(0x0101010101010101)
#define HIGHS	UINT64_C(0x8080808080808080)

/* The high bits of the bytes of w from lo to hi, all below 0x80. */
#define IN_RANGE(w, lo, hi) \
	(((w) + ONES * (0x80 - (lo))) & ~((w) + ONES * (0x7F - (hi))) & HIGHS)

/*
 * Token t's bytes in *w, zeros after them, if they are at most eight and
 * all ASCII (most words): they are then lowercased and classed eight at a
 * time.  Reads eight bytes of the text, so not at its very end.
 */
static int
ascii8(const struct dp_doc *d, const struct dp_token *t, uint64_t *w)
{
	size_t n = t->bend - t->bstart;

	if (n == 0 || n > 8 || t->bstart + 8 > d->len)
		return 0;
	memcpy(w, d->text + t->bstart, 8);
	if (n < 8)
		*w &= (UINT64_C(1) << 8 * n) - 1;
	return (*w & HIGHS) == 0;
}

/* Each token's lowercase form, NUL-terminated in d->lower, and capital. */
static void
lower_tokens(struct dp_doc *d)
{
	struct dp_token *t;
	size_t i;
	int32_t cp;
	uint64_t w;

	/* Lowercasing at most doubles a token's bytes; a NUL after each,
	 * and eight bytes written at once at the end. */
	dp_buf_reset(&d->lower);
	dp_buf_grow(&d->lower, 2 * part_bytes(d) + d->ntoks + 8);
	for (i = 0; i < d->ntoks; i++) {
		t = &d->toks[i];
		t->lower = (uint32_t)d->lower.len;
		if (ascii8(d, t, &w)) {
			w |= IN_RANGE(w, 'A', 'Z') >> 2;
			memcpy(d->lower.data + d->lower.len, &w, 8);
			d->lower.len += t->bend - t->bstart;
		} else
			dp_lower(&d->lower, d->text + t->bstart,
			    t->bend - t->bstart);
		t->lowerlen = (uint32_t)(d->lower.len - t->lower);
		d->lower.data[d->lower.len++] = '\0';
		if ((unsigned char)d->text[t->bstart] < 0x80)
			cp = (unsigned char)d->text[t->bstart];
		else
			dp_utf8_decode(d->text + t->bstart,
			    t->bend - t->bstart, &cp);
		t->first = cp;
		t->space = i == 0 || d->toks[i - 1].end < t->start;
	}
}

/*
 * A token's lowercase form, first character and shape in one pass over
 * its characters (the tagger reads every token's shape).
 */
/*
 * The lowercase form and shape of a token of at most eight ASCII bytes
 * in one of the four shapes most words have (x, Xx, X, d), eight bytes
 * at a time: sets them as lower_and_shape() would and returns 1, or
 * returns 0 for that to do.
 */
static int
ascii_word(struct dp_doc *d, struct dp_token *t)
{
	size_t n = t->bend - t->bstart;
	uint64_t w, all, up, lo;
	const char *shape;

	if (!ascii8(d, t, &w))
		return 0;
	all = HIGHS >> 8 * (8 - n);
	up = IN_RANGE(w, 'A', 'Z') & all;
	lo = IN_RANGE(w, 'a', 'z') & all;
	/* shapes padded to four bytes, copied whole */
	if (lo == all)
		shape = "x\0\0";
	else if (up == all)
		shape = "X\0\0";
	else if ((IN_RANGE(w, '0', '9') & all) == all)
		shape = "d\0\0";
	else if (up == 0x80 && lo == (all & ~UINT64_C(0x80)))
		shape = "Xx\0";
	else
		return 0;
	t->lower = (uint32_t)d->lower.len;
	t->lowerlen = (uint32_t)n;
	t->first = (unsigned char)d->text[t->bstart];
	memset(t->shape, 0, sizeof(t->shape));
	memcpy(t->shape, shape, 4);
	t->digit = shape[0] == 'd';
	t->cased = up != 0;
	/* a capital's bit 0x20 set: its lowercase; the room is grown for
	 * the record (dp_doc_read), eight bytes written */
	w |= up >> 2;
	memcpy(d->lower.data + d->lower.len, &w, 8);
	d->lower.len += n;
	d->lower.data[d->lower.len++] = '\0';
	t->space = t == d->toks || t[-1].end < t->start;
	return 1;
}

static void
lower_and_shape(struct dp_doc *d, struct dp_token *t)
{
	size_t b, k, slen = 0;
	int32_t cp, lower;
	enum dp_class c;
	char sc, last = 0, *out, shape[sizeof(t->shape)] = { 0 };
	const char *text = d->text;
	int digit = 0, cased = 0;

	t->lower = (uint32_t)d->lower.len;
	/* Lowercasing at most doubles a character's bytes. */
	dp_buf_grow(&d->lower, 2 * (t->bend - t->bstart) + 4);
	t->first = (unsigned char)text[t->bstart];
	/* The output and the shape in locals: stores through a char
	 * pointer would make the compiler reload every field they could
	 * alias, at every character. */
	out = d->lower.data + d->lower.len;
	for (b = t->bstart; b < t->bend; b += k) {
		if ((unsigned char)text[b] < 0x80) {
			/* Most of the text: its class is its range, and
			 * most of it is in lowercase. */
			cp = (unsigned char)text[b];
			k = 1;
			if ((uint32_t)cp - 'a' < 26)
				sc = 'x';
			else if ((uint32_t)cp - 'A' < 26) {
				sc = 'X';
				cp += 32;
				cased = 1;
			} else
				sc = (uint32_t)cp - '0' < 10 ? 'd' : (char)cp;
			*out++ = (char)cp;
		} else {
			k = dp_utf8_decode(text + b, t->bend - b, &cp);
			if (b == t->bstart)
				t->first = cp;
			c = dp_uclass(cp);
			sc = c == DP_CL_UPPER ? 'X' : c == DP_CL_LETTER ||
			    c == DP_CL_MARK ? 'x' : c == DP_CL_DIGIT ? 'd' :
			    cp == 0x2019 ? '\'' : 'o';
			lower = cp == 0x2019 ? '\'' : dp_ulower(cp);
			/* U+FFFD: a byte of no character, written as it */
			cased |= lower != cp || cp == 0xFFFD;
			d->lower.len = (size_t)(out - d->lower.data);
			dp_utf8_put(&d->lower, lower);
			out = d->lower.data + d->lower.len;
		}
		if (sc != last && slen + 1 < sizeof(shape)) {
			shape[slen++] = sc;
			digit |= sc == 'd';
		}
		last = sc;
	}
	shape[slen] = '\0';
	memcpy(t->shape, shape, sizeof(shape));
	t->digit = (char)digit;
	t->cased = (char)cased;
	d->lower.len = (size_t)(out - d->lower.data);
	t->lowerlen = (uint32_t)(d->lower.len - t->lower);
	d->lower.data[d->lower.len++] = '\0';	/* in the room grown */
	t->space = t == d->toks || t[-1].end < t->start;
}

/*
 * In tag-entities' order (by start, none inside another), the entities
 * over a span are a run found by bisection, so a record with many names
 * costs no more per lookup than one with few.  Other orders are read as
 * they come.
 */
static void
index_entities(struct dp_doc *d)
{
	size_t i;

	d->ents_ordered = 1;
	for (i = 1; i < d->nents && d->ents_ordered; i++)
		d->ents_ordered = d->ents[i].start >= d->ents[i - 1].start &&
		    d->ents[i].end >= d->ents[i - 1].end;
}

/*
 * Bisects the ordered entities for the first that ends after cp (by_end)
 * or starts at or after it.
 */
static size_t
bisect_entities(const struct dp_doc *d, uint32_t cp, int by_end)
{
	size_t lo = 0, hi = d->nents, mid;

	if (!d->ents_ordered)
		return 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (by_end ? d->ents[mid].end > cp : d->ents[mid].start >= cp)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

size_t
dp_doc_first_ending_after(const struct dp_doc *d, uint32_t cp)
{
	return bisect_entities(d, cp, 1);
}

size_t
dp_doc_first_starting_from(const struct dp_doc *d, uint32_t cp)
{
	return bisect_entities(d, cp, 0);
}

int
dp_entity_is(const struct dp_entity *e, const char *label)
{
	return e->label != NULL && e->labellen == strlen(label) &&
	    memcmp(e->label, label, e->labellen) == 0;
}

int
dp_doc_in_capitals(const struct dp_doc *d, size_t k, int hyphens)
{
	const char *p, *end;
	int32_t c;
	size_t n;

	if (k >= d->ntoks || d->toks[k].end - d->toks[k].start < 2)
		return 0;
	p = d->text + d->toks[k].bstart;
	end = d->text + d->toks[k].bend;
	for (; p < end; p += n) {
		n = dp_utf8_decode(p, (size_t)(end - p), &c);
		if (dp_uclass(c) != DP_CL_UPPER && !(hyphens && c == '-'))
			return 0;
	}
	return 1;
}

size_t
dp_doc_dateline_end(const struct dp_doc *d, size_t first, size_t last)
{
	size_t k, caps;

	if (first >= last || dp_uclass(d->toks[first].first) != DP_CL_UPPER)
		return first;
	/* PARIS, 23 nov. 2026 -: a place in capitals and a comma */
	for (caps = first; caps < last && dp_doc_in_capitals(d, caps, 1);
	    caps++)
		;
	/* DUBAÏ | Le ministre…, LYON — The mayor…: capitals and a rule;
	 * a hyphen only before a sentence in small letters (LILLE - Un
	 * train…), not before the capitals of the sports and market
	 * headlines that put it after their subject (SOCCER - SHEARER…) */
	if (caps > first && caps + 1 < last &&
	    d->toks[caps].end == d->toks[caps].start + 1 &&
	    (d->toks[caps].first == '|' || d->toks[caps].first == 0x2013 ||
	    d->toks[caps].first == 0x2014 || (d->toks[caps].first == '-' &&
	    dp_uclass(d->toks[caps + 1].first) == DP_CL_UPPER &&
	    !dp_doc_in_capitals(d, caps + 1, 1))))
		return caps + 1;
	if (caps == first || caps >= last || d->toks[caps].first != ',')
		caps = 0;
	for (k = first + 2; k < last && k - first < 12; k++)
		if (d->toks[k].end == d->toks[k].start + 1 &&
		    (d->toks[k].first == '-' || d->toks[k].first == 0x2013 ||
		    d->toks[k].first == 0x2014) &&
		    (d->toks[k - 1].first == ')' || caps != 0))
			return k + 1;
	return first;
}

void
dp_doc_free(struct dp_doc *d)
{
	free(d->boff);
	free(d->spans);
	free(d->toks);
	free(d->sentspans);
	free(d->sfirst);
	free(d->ents);
	dp_buf_free(&d->textbuf);
	dp_buf_free(&d->lower);
	memset(d, 0, sizeof(*d));
}
