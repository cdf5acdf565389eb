/*
 * record.c: one record through segment: its text decoded to code points
 * and classes, tokenized, cut into sentences and paragraphs, and the
 * spans written.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "segment.h"

/* Scratch larger than this is given back once its text is decoded. */
#define SCRATCH_KEPT	(1 << 20)

static void	 decode(struct ctx *, const char *, size_t);
static void	 paragraphs(struct ctx *);

void
add_span(uint32_t **v, size_t *n, size_t *cap, uint32_t s, uint32_t e)
{
	if (*n + 2 > *cap) {
		*cap = *cap ? 2 * *cap : 256;
		*v = dp_reallocarray(*v, *cap, sizeof(**v));
	}
	(*v)[(*n)++] = s;
	(*v)[(*n)++] = e;
}

/* Nonzero if the 8 bytes at p are all ASCII. */
static int
ascii8(const char *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return (v & UINT64_C(0x8080808080808080)) == 0;
}

int
segment_record(struct dp_record *r, void *arg)
{
	struct ctx *x = arg;
	struct dp_set sets[4];
	struct dp_spans spans[3];
	size_t nsets;
	const struct lang *l;
	char code[16];
	const char *text;
	size_t len;

	if ((text = dp_record_need(r, "text", "to-jsonl", &x->scratch, &len,
	    NULL)) == NULL)
		return DP_EX_DATAERR;
	dp_record_lang(r, x->lang_opt, code, sizeof(code));
	l = dp_langs_get(x->langs, code);

	if (len + 1 > x->capcps) {
		x->capcps = len + 1;
		x->cps = dp_reallocarray(x->cps, x->capcps, sizeof(*x->cps));
	}
	decode(x, text, len);
	/* The text is code points now: a long one's UTF-8 need not stay. */
	if (x->scratch.cap > SCRATCH_KEPT)
		dp_buf_free(&x->scratch);

	tokenize(x, l, x->ncps);
	if (x->train != NULL) {
		if (x->trainlang == NULL)
			x->trainlang = l;
		if (x->trainlang != l) {
			dp_warnat(r->name, r->lineno, "a model learns one "
			    "language (%s), not %s", x->trainlang->code,
			    l->code);
			return DP_EX_DATAERR;
		}
		if (boundary_gold(x, r) != 0)
			return DP_EX_DATAERR;
		sentences(x, l);
		return 0;
	}
	sentences(x, l);
	paragraphs(x);

	/* The spans go out as they are written, tokens straight from their
	 * array: the output is several times the text, too much to hold. */
	spans[0] = (struct dp_spans){ x->paras, x->nparas / 2,
	    2 * sizeof(*x->paras) };
	spans[1] = (struct dp_spans){ x->sents, x->nsents / 2,
	    2 * sizeof(*x->sents) };
	spans[2] = (struct dp_spans){ x->toks, x->ntoks, sizeof(*x->toks) };
	sets[0] = (struct dp_set){ "paragraphs", NULL, 0, dp_emit_spans,
	    &spans[0] };
	sets[1] = (struct dp_set){ "sentences", NULL, 0, dp_emit_spans,
	    &spans[1] };
	sets[2] = (struct dp_set){ "tokens", NULL, 0, dp_emit_spans,
	    &spans[2] };
	/* --lang on a record with none: the stages after it read it too */
	nsets = 3;
	if (x->lang_opt != NULL && dp_record_get(r, "lang") == NULL) {
		dp_buf_reset(&x->scratch);
		dp_json_strz(&x->scratch, code);
		sets[nsets++] = (struct dp_set){ "lang", x->scratch.data,
		    x->scratch.len, NULL, NULL };
	}
	dp_record_write(r, sets, nsets);
	return 0;
}

/*
 * Decodes text into cps, each code point with its class, and a last code
 * point 0 of class OTHER that ends every scan.
 */
static void
decode(struct ctx *x, const char *text, size_t len)
{
	uint32_t *points = x->cps;
	int32_t c;
	size_t i, n = 0, k;

	for (i = 0; i < len; i += k, n++) {
		/* Eight ASCII bytes at a time, the common case. */
		while (i + 8 <= len && ascii8(text + i)) {
			for (k = 0; k < 8; k++)
				points[n + k] = x->ascii[(unsigned char)
				    text[i + k]];
			i += 8;
			n += 8;
		}
		if (i >= len)
			break;
		if ((unsigned char)text[i] < 0x80) {
			points[n] = x->ascii[(unsigned char)text[i]];
			k = 1;
			continue;
		}
		k = dp_utf8_decode(text + i, len - i, &c);
		points[n] = (uint32_t)c | (uint32_t)dp_uclass(c) << CP_BITS;
	}
	points[n] = (uint32_t)DP_CL_OTHER << CP_BITS;
	x->ncps = n;
}

/*
 * Paragraphs run between blank lines; a sentence that ends at a line
 * break without final punctuation (a headline) is a paragraph of its own.
 */
static void
paragraphs(struct ctx *x)
{
	size_t s, first = 0, k;
	uint32_t end;

	x->nparas = 0;
	for (s = 0; s < x->nsents; s += 2) {
		k = x->sentnext[s / 2];
		end = x->sents[s + 1];
		if (k < x->ntoks && (x->toks[k].newlines >= 2 ||
		    (x->toks[k].newlines == 1 && !is_terminal(x, k - 1) &&
		    !is_closing(mark(x, k - 1))))) {
			add_span(&x->paras, &x->nparas, &x->capparas,
			    x->sents[first], end);
			first = s + 2;
		}
	}
	if (first < x->nsents)
		add_span(&x->paras, &x->nparas, &x->capparas, x->sents[first],
		    x->sents[x->nsents - 1]);
}
