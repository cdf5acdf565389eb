/*
 * judge.c: after a construction has matched: whether a claim quotes,
 * its kind from its content and source, and whether it is hedged.
 */

#include <stdlib.h>

#include "common.h"
#include "extract-claims.h"

/* Does a word of the content mark the conditional mood? */
static int
conditional(struct ctx *x, struct lang *l, const struct span *s)
{
	size_t e;
	long k;

	for (k = s->first; k < s->last; k++)
		if (!(x->toks[k].flags & (T_NOTCOND | T_PUNCT)))
			for (e = 0; e < l->endings.n; e++)
				if (ends_with(x, k, l->endings.v[e].text))
					return 1;
	return 0;
}

/* Flags, kind from the content, and the hedge. */
void
finish_claim(struct ctx *x, struct lang *l, struct claim *c)
{
	long a = c->content.first, b = c->content.last, k, g;
	size_t p;
	int past = 0;

	if (c->direct)
		;
	else if (a > 0 && x->toks[a - 1].flags & T_OPENQ &&
	    x->toks[a - 1].mate == b)
		c->direct = 1;
	else if (x->toks[a].flags & T_OPENQ && x->toks[a].mate == b - 1 &&
	    b - a > 2) {
		set_tokens(x, &c->content, a + 1, b - 1);
		c->direct = 1;
	} else
		for (k = a; k < b; k++)
			if (x->toks[k].flags & (T_OPENQ | T_CLOSEQ))
				c->mixed = 1;
	a = c->content.first;
	b = c->content.last;
	/*
	 * What the content says can make a position a demand (il faut…)
	 * or a denial (« je démens »), and an informant's words a report.
	 */
	for (k = a; k < b && c->kind == K_ASSERTION; k++) {
		for (p = 0; p < l->demands.n; p++)
			if (phrase_at(x, l->demands.v[p].text, k, b))
				c->kind = K_DEMAND;
		if (c->direct && x->toks[k].cue >= 0 &&
		    l->cues[x->toks[k].cue].kind == K_DENIAL)
			c->kind = K_DENIAL;
		if (x->toks[k].flags & T_BLAME)
			c->kind = K_ACCUSATION;
	}
	for (k = c->source.first; k >= 0 && k < c->source.last &&
	    !c->pronoun; k++)
		if (x->toks[k].flags & T_INFORMANT && c->kind == K_ASSERTION)
			c->kind = K_REPORT;
	for (k = a; k < b; k++)
		if (x->toks[k].flags & T_HEDGE)
			c->hedged = 1;
	/*
	 * The conditional hedges when the cue leaves it to the reporter
	 * (affirme, selon); after a past cue it is tense agreement.
	 */
	for (g = c->cue.first; g < c->cue.last; g++)
		if (x->toks[g].flags & T_AUX || (x->toks[g].cue >= 0 &&
		    (has_suffix(x, SC_PAST, g) ||
		    in_class(x, WC_PAST_FORM, g))))
			past = 1;
	if (!c->direct && !past && conditional(x, l, &c->content))
		c->hedged = 1;
}
