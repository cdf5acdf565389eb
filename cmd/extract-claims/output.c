/*
 * output.c: a record's claims as JSON, in the order of their cues,
 * with a pronoun source's antecedent.
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "extract-claims.h"

const char *const kind_names[NKINDS] = { "assertion", "report", "denial",
	"accusation", "warning", "demand", "other" };

/* The reasons of --explain, as extract-claims(1) lists them. */
static const char *const why_names[NWHYS] = { "none", "cue", "passive",
	"preposition", "reported", "demand", "quoted-denial", "blame", "threat",
	"negated-blame", "refuted", "informant", "person", "question", "event",
	"distancing", "hedge-word", "conditional", "reporter-conditional",
	"main-verb", "own-act" };

static void
put_text(struct ctx *x, struct dp_buf *b, uint32_t start, uint32_t end)
{
	dp_json_str(b, x->doc.text + x->doc.boff[start],
	    x->doc.boff[end] - x->doc.boff[start]);
}

static void
put_span(struct ctx *x, struct dp_buf *b, const char *key, uint32_t start,
    uint32_t end, int entity)
{
	long e;

	dp_buf_adds(b, ",\"");
	dp_buf_adds(b, key);
	dp_buf_adds(b, "\":{\"start\":");
	dp_buf_addu(b, start);
	dp_buf_adds(b, ",\"end\":");
	dp_buf_addu(b, end);
	dp_buf_adds(b, ",\"text\":");
	put_text(x, b, start, end);
	if (entity) {
		dp_buf_adds(b, ",\"entity\":");
		if ((e = entity_of(x, start, end)) >= 0)
			dp_buf_addu(b, (unsigned long)e);
		else
			dp_buf_adds(b, "null");
	}
	dp_buf_addc(b, '}');
}

/*
 * Bounds for put_ref's search, once the claims are in order: the latest
 * sentence of any claim up to k, and the earliest end of an antecedent's
 * source from k on.  They let it skip what cannot match, so a record with
 * many claims costs no more per pronoun than one with few.
 */
static void
bound_antecedents(struct ctx *x)
{
	size_t k;

	if (dp_resize_cap(&x->capbounds, x->nclaims + 1)) {
		x->maxsent_to = dp_reallocarray(x->maxsent_to, x->capbounds,
		    sizeof(*x->maxsent_to));
		x->minend_from = dp_reallocarray(x->minend_from, x->capbounds,
		    sizeof(*x->minend_from));
	}
	for (k = 0; k < x->nclaims; k++)
		x->maxsent_to[k] = k > 0 &&
		    x->maxsent_to[k - 1] > x->claims[k].sent ?
		    x->maxsent_to[k - 1] : x->claims[k].sent;
	x->minend_from[x->nclaims] = UINT32_MAX;
	for (k = x->nclaims; k > 0; k--)
		x->minend_from[k - 1] = is_antecedent(&x->claims[k - 1]) &&
		    x->claims[k - 1].source.end < x->minend_from[k] ?
		    x->claims[k - 1].source.end : x->minend_from[k];
}

/*
 * The antecedent of the pronoun source of claim i: the source of the latest
 * claim before it that was no pronoun, else the nearest person,
 * organisation or place named before it.
 */
static void
put_ref(struct ctx *x, struct dp_buf *b, size_t i)
{
	const struct claim *c = &x->claims[i], *p;
	size_t k;
	long e;

	k = x->minend_from[i + 1] > c->source.start ? i + 1 : x->nclaims;
	for (; k > 0 && x->maxsent_to[k - 1] >= c->sent - 6; k--) {
		p = &x->claims[k - 1];
		if (!is_antecedent(p) || p->source.end > c->source.start ||
		    c->sent - p->sent > 6)
			continue;
		put_span(x, b, "ref", p->source.start, p->source.end, 1);
		return;
	}
	if (x->doc.ents_ordered)
		e = (k = dp_doc_first_ending_after(&x->doc,
		    c->source.start)) > 0 ? x->lastper[k - 1] : -1;
	else
		for (e = (long)x->doc.nents - 1; e >= 0; e--)
			if (x->doc.ents[e].end <= c->source.start &&
			    dp_entity_is(&x->doc.ents[e], "PER"))
				break;
	if (e >= 0)
		put_span(x, b, "ref", x->doc.ents[e].start, x->doc.ents[e].end,
		    1);
}

/* One reason of --explain: {"by":WHY,"word":TEXT}; word null if none. */
static void
put_why(struct ctx *x, struct dp_buf *b, enum why why, long at)
{
	dp_buf_adds(b, "{\"by\":\"");
	dp_buf_adds(b, why_names[why]);
	dp_buf_adds(b, "\",\"word\":");
	if (at >= 0)
		put_text(x, b, x->toks[at].start, x->toks[at].end);
	else
		dp_buf_adds(b, "null");
	dp_buf_addc(b, '}');
}

/* --explain: the construction, why the kind, why hedged (or null). */
static void
put_explain(struct ctx *x, struct dp_buf *b, const struct claim *c)
{
	dp_buf_adds(b, ",\"explain\":{\"construction\":");
	if (c->construction != NULL)
		dp_json_str(b, c->construction, strlen(c->construction));
	else
		dp_buf_adds(b, "null");
	dp_buf_adds(b, ",\"kind\":");
	put_why(x, b, c->kind_why, c->kind_at);
	dp_buf_adds(b, ",\"hedged\":");
	if (c->hedged)
		put_why(x, b, c->hedge_why, c->hedge_at);
	else
		dp_buf_adds(b, "null");
	dp_buf_addc(b, '}');
}

static int
by_cue(const void *a, const void *b)
{
	const struct claim *x = a, *y = b;

	if (x->cue.start != y->cue.start)
		return x->cue.start < y->cue.start ? -1 : 1;
	return x->content.start < y->content.start ? -1 :
	    x->content.start > y->content.start;
}

void
write_record(struct ctx *x, struct dp_record *r)
{
	struct dp_set set;
	const struct claim *c;
	size_t i, n = 0;

	/* Ordered by cue, then content (claims sharing a cue). */
	if (x->nclaims > 1)
		qsort(x->claims, x->nclaims, sizeof(*x->claims), by_cue);
	bound_antecedents(x);
	dp_buf_reset(&x->out);
	dp_buf_addc(&x->out, '[');
	for (i = 0; i < x->nclaims; i++) {
		c = &x->claims[i];
		if (c->dropped)
			continue;
		dp_buf_adds(&x->out, n++ ? ",{\"kind\":\"" : "{\"kind\":\"");
		dp_buf_adds(&x->out, kind_names[c->kind]);
		dp_buf_addc(&x->out, '"');
		if (c->source.first >= 0) {
			put_span(x, &x->out, "source", c->source.start,
			    c->source.end, 1);
			/* the name beside it: Le ministre, M. Lamotte, */
			if (!c->pronoun && c->apposed.first >= 0) {
				x->out.len--;
				put_span(x, &x->out, "ref", c->apposed.start,
				    c->apposed.end, 1);
				dp_buf_addc(&x->out, '}');
			}
			if (c->pronoun) {
				x->out.len--;
				put_ref(x, &x->out, i);
				dp_buf_addc(&x->out, '}');
			}
		} else
			dp_buf_adds(&x->out, ",\"source\":null");
		put_span(x, &x->out, "cue", c->cue.start, c->cue.end, 0);
		x->out.len--;
		dp_buf_adds(&x->out, ",\"lemma\":");
		dp_json_str(&x->out, c->lemma, c->lemmalen);
		dp_buf_addc(&x->out, '}');
		put_span(x, &x->out, "content", c->content.start,
		    c->content.end, 0);
		if (c->target.first >= 0)
			put_span(x, &x->out, "target", c->target.start,
			    c->target.end, 1);
		dp_buf_adds(&x->out, c->hedged ? ",\"hedged\":true" :
		    ",\"hedged\":false");
		dp_buf_adds(&x->out, c->direct ? ",\"direct\":true" :
		    ",\"direct\":false");
		dp_buf_adds(&x->out, c->mixed ? ",\"mixed\":true" :
		    ",\"mixed\":false");
		dp_buf_adds(&x->out, ",\"sentence\":");
		dp_buf_addu(&x->out, (unsigned long)c->sent);
		if (x->explain)
			put_explain(x, &x->out, c);
		dp_buf_addc(&x->out, '}');
	}
	dp_buf_addc(&x->out, ']');
	set = (struct dp_set){ "claims", x->out.data, x->out.len, NULL,
	    NULL };
	dp_record_write(r, &set, 1);
}
