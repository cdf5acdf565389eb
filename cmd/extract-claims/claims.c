/*
 * claims.c: one record through extract-claims: its tokens described,
 * its constructions matched, contents cut by discourse, then each claim
 * judged and the record written.
 */

#include <stdlib.h>

#include "common.h"
#include "extract-claims.h"

static void	 find_claims(struct ctx *, struct lang *);
static int	 reporter_source(struct ctx *, const struct lang *,
		    const struct claim *);

int
extract_record(struct dp_record *r, void *arg)
{
	struct ctx *x = arg;
	char code[16];
	struct lang *l;

	dp_record_lang(r, x->lang_opt, code, sizeof(code));
	if (dp_doc_read(&x->doc, r, DP_DOC_SENTENCES | DP_DOC_ENTITIES) != 0)
		return DP_EX_DATAERR;
	x->lang = l = dp_langs_get(x->langs, code);
	index_entities(x);
	describe_tokens(x, l);
	pair_quotes(x);
	find_claims(x, l);
	write_record(x, r);
	return 0;
}

/*
 * Is the claim's source the reporter's own work, a phrase of
 * reporter_sources and nothing more (selon nos informations, according to
 * our analysis)?  The newspaper speaks: no claim (GUIDELINES v2: a source
 * other than the journalist).
 */
static int
reporter_source(struct ctx *x, const struct lang *l, const struct claim *c)
{
	size_t p;

	return c->source.first >= 0 && c->source.last > c->source.first &&
	    phrases_at(x, &l->reporters, c->source.first, c->source.last,
	    &p) == c->source.last - c->source.first;
}

static void
find_claims(struct ctx *x, struct lang *l)
{
	size_t p;
	long i, n;

	x->nclaims = 0;
	/* A cue's form after its determiner is a noun (le juge, the report)
	 * for every construction: no cue, and a source may hold it.  From
	 * the end, as a token's reading looks at the two before it. */
	for (i = (long)x->doc.ntoks - 1; i > 0; i--)
		if (x->toks[i].cue >= 0 && !(x->toks[i].flags & T_NOUN_CUE) &&
		    noun_reading(x, i, sent_first(x, i)))
			x->toks[i].cue = -1;
	for (i = 0; i < (long)x->doc.ntoks; i++) {
		/* when asked about…, interrogé sur…: the reporter's frame of
		 * a question put to the speaker, no claim of its own */
		if ((n = phrases_at(x, &l->frames, i, sent_last(x, i), &p)) !=
		    0) {
			i += n - 1;
			continue;
		}
		/* son annonce de…: a noun, whatever verb it could be */
		if (x->toks[i].flags & T_NOUN_CUE && noun_claim(x, i))
			continue;
		if (x->toks[i].cue >= 0) {
			n = (long)x->nclaims;
			verb_claim(x, i);
			/* continued, poursuit: a cue only next to a quotation */
			if (l->cues[x->toks[i].cue].takes & TAKES_QUOTE &&
			    (long)x->nclaims > n &&
			    !x->claims[x->nclaims - 1].direct)
				x->nclaims--;
			continue;
		}
		if ((n = phrases_at(x, &l->preps, i, sent_last(x, i), &p)) != 0)
			preposition_claim(x, i, n, &l->preps.v[p]);
		if ((i == sent_first(x, i) || x->toks[i - 1].flags & T_DASH) &&
		    i == after_dateline(x, sent_first(x, i), sent_last(x, i)) &&
		    (n = phrases_at(x, &l->openings, i, sent_last(x, i),
		    &p)) != 0)
			opening_claim(x, i, n, l->openings.v[p].kind);
	}
	cut_contents(x);
	for (p = 0; p < x->nclaims; p++)
		if (x->claims[p].negated || reporter_source(x, l,
		    &x->claims[p]))
			x->claims[p].dropped = 1;
	continued_quotes(x);
	for (p = 0; p < x->nclaims; p++)
		if (x->claims[p].content.first < 0)
			x->claims[p].dropped = 1;	/* an empty quotation */
		else if (!x->claims[p].dropped)
			finish_claim(x, l, &x->claims[p]);
}
