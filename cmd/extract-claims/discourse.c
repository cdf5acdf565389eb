/*
 * discourse.c: what claims do to each other: a content ends where the
 * next claim begins, and a quotation after a claim continues it.
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "extract-claims.h"

/*
 * Where a conjunction of contrast or a subordinator before token k
 * starts, after a comma (…, while the minister said; …, tandis que le
 * ministre a estimé; …, though Mrs. Smith said), or k: the clause it opens
 * is set against the one before, not part of it.  A subordinator counts
 * after floor only.
 */
static long
contrast_start(struct ctx *x, long k, long floor)
{
	long c = k, s;

	/* …, though Mrs. Smith said; …, même si le maire a dit: a
	 * subordinate clause after a comma is one of its own too, but
	 * not one that opens the content (said that, even if they…) */
	for (s = k - 1; s > floor && k - s <= 3; s--)
		if (x->toks[s - 1].flags & T_COMMA &&
		    subordinator_at(x, s, k) == k - s)
			return s;
	if (c > 0 && x->toks[c - 1].flags & T_COMP)	/* tandis que */
		c--;
	return c > 1 && in_class(x, WC_CONTRAST, c - 1) &&
	    x->toks[c - 2].flags & T_COMMA ? c - 1 : k;
}

/*
 * Does a subject relative with no comma before it open just before token
 * k (supporters who have suggested, les militants qui ont demandé)?
 */
static int
restrictive_relative(struct ctx *x, long k)
{
	return k > 1 && x->toks[k - 1].flags & T_REL &&
	    !(x->toks[k - 2].flags & (T_PUNCT | T_COORD));
}

/*
 * Is claim b an object relative's, that before its source and its
 * content's subject the noun the relative is on, so that the content
 * opens with its verb (a plan that critics said would push people out)?
 * A claim of its own, nested in the content it stands in.
 */
static int
relative_gap(struct ctx *x, const struct claim *b)
{
	return b->edge > 1 && b->edge == b->source.first &&
	    x->toks[b->edge - 1].flags & T_COMP &&
	    !(x->toks[b->edge - 2].flags & (T_PUNCT | T_COORD)) &&
	    b->content.first > b->cue.first &&
	    finite_marker(x, b->content.first);
}

/*
 * Is claim b's attribution set off by a comma before it (A, a indiqué X;
 * "A,'' said X), and do the tokens after it up to to only say where or to
 * whom it was said, or who the source is (à l'AFP, dans un communiqué,
 * to reporters on Monday, the editor of…): no verb, cue, clause or
 * quotation?
 */
static int
attribution_apart(struct ctx *x, const struct claim *b, long to)
{
	long k = attribution_start(b);

	while (k > 0 && x->toks[k - 1].flags & T_CLOSEQ)
		k--;
	if (k < 1 || !(x->toks[k - 1].flags & T_COMMA))
		return 0;
	for (k = attribution_end(b); k < to; k++)
		if (x->toks[k].cue >= 0 || x->toks[k].flags & (T_COMP |
		    T_REL | T_COORD | T_OPENQ | T_CLOSEQ))
			return 0;
	return !has_verb(x, attribution_end(b), to);
}

/*
 * Is claim b, inside another's indirect content, a claim of its own
 * nested there (GUIDELINES v2): a clause a subordinator opens, whose
 * content follows a complementizer (said it acted after the company
 * admitted that…; a agi parce que le préfet a reconnu que…)?  Other cues
 * there are words of the content (the sum he says he raised, when he
 * announced the steps).
 */
static int
nested_clause(struct ctx *x, const struct claim *b)
{
	long s;

	if (b->content.first < 1 ||
	    !(x->toks[b->content.first - 1].flags & T_COMP))
		return 0;
	for (s = b->edge - 1; s >= 0 && b->edge - s <= 3; s--)
		if (subordinator_at(x, s, b->edge) == b->edge - s)
			return 1;
	return 0;
}

/*
 * Is claim b, inside another's content after its start, a claim nested
 * there whose attribution is words of that content?  A relative with no
 * comma before it is part of its noun, so of the content (said he spoke
 * to no supporters who have suggested that…; GUIDELINES), and so is an
 * object relative's (relative_gap()); an agentless passive's subject,
 * right before it, is a word of the content (said the teams had been
 * told to expect cuts, a affirmé que les équipes avaient été informées
 * que…).
 */
static int
nested_word(struct ctx *x, const struct claim *b)
{
	if (restrictive_relative(x, b->edge) || relative_gap(x, b))
		return 1;
	return b->agentless && !(x->toks[b->edge - 1].flags & (T_PUNCT |
	    T_COORD | T_REL | T_COMP));
}

/*
 * What claim b, in a's sentence, does to a's content: it ends it, or is
 * part of it (dropped), or nested in it.  A reduced passive's is nested
 * where it stands, a noun and what follows it (announced a register
 * demanded by police unions): it cuts nothing.
 */
static void
cut_by(struct ctx *x, struct claim *a, struct claim *b)
{
	long e, s;

	if (b->reduced)
		return;

	/* an attribution after its content that closes
	 * another's content ends it (…était en faillite,
	 * selon le journal; an alleged fraud, the lawyer
	 * said), with where or to whom it was said after it
	 * (Selon X, A, a indiqué une source à l'AFP); not a
	 * preposition's after that attribution, which reported the
	 * saying (…, the minister said, according to two people
	 * present: its content is the whole, the claim nested in it) */
	if (b->content.last <= b->cue.first &&
	    !(a->preposition && a->cue.first >= attribution_end(b)) &&
	    inside(&a->content, b->cue.first) &&
	    b->content.last > a->content.first &&
	    b->content.last < a->content.last &&
	    (b->cue.last >= a->content.last - 1 ||
	    b->source.last >= a->content.last - 1 ||
	    attribution_apart(x, b, a->content.last))) {
		set_tokens(x, &a->content, a->content.first, b->content.last);
		trim(x, &a->content);
		return;
	}
	if (!inside(&a->content, b->edge))
		return;
	if (b->edge <= a->content.first + 1 &&
	    b->cue.first > a->cue.first &&
	    b->cue.first - a->content.first <= 4) {
		/* (but they were told to wait: what was told them, no act
		 * of theirs) */
		if (a->kind == K_ASSERTION && !b->agentless)
			set_kind(a, b->kind, W_REPORTED,
			    b->cue.first);
		b->dropped = 1;
		return;
	}
	if (b->edge <= a->content.first)
		return;
	/* a dénoncé la répression dont sont victimes selon
	 * lui les…: selon and a pronoun inside a content
	 * attribute it to its own source, no claim apart */
	if (b->preposition && b->pronoun) {
		b->dropped = 1;
		return;
	}
	if (nested_word(x, b))
		return;
	/*
	 * After et, but, which, a comma or a conjunction of
	 * contrast a claim starts anew; else it is reported
	 * inside the other's content (said the authority had
	 * refused since it announced).
	 */
	e = contrast_start(x, b->edge, a->content.first);
	if (x->toks[b->edge].flags & T_COORD ||
	    x->toks[b->edge - 1].flags & (T_COORD | T_REL |
	    T_PUNCT) || b->cue.first == b->edge ||
	    e < b->edge) {
		/* A, officials said, though unions warned…: a content
		 * around its own attribution that now ends right after it
		 * (its comma between) is the part before it */
		s = attribution_start(a);
		if (s > a->content.first && s < a->content.last &&
		    attribution_end(a) >= e - 1 && attribution_end(a) <= e)
			e = s;
		set_tokens(x, &a->content, a->content.first, e);
		trim(x, &a->content);
	} else if (!nested_clause(x, b))
		b->dropped = 1;
}

/*
 * A content ends where the next claim of its sentence begins, or where
 * the attribution after another's content does; a claim whose source and
 * cue open another's content is part of it (he said he rejected…: one
 * denial).
 */
void
cut_contents(struct ctx *x)
{
	struct claim *a, *b;
	size_t i, j, first = 0, end = 0;

	/*
	 * Claims are made in the order of their cues, so those of a sentence
	 * are a run: [first, end).
	 */
	for (i = 0; i < x->nclaims; i++) {
		a = &x->claims[i];
		if (i == end) {
			for (first = i, end = i + 1; end < x->nclaims &&
			    x->claims[end].sent == a->sent; end++)
				;
		}
		for (j = first; j < end && !a->dropped; j++) {
			b = &x->claims[j];
			if (i != j && !b->dropped && b->sent == a->sent)
				cut_by(x, a, b);
		}
		if (a->content.first < 0)
			a->dropped = 1;
	}
}

/* Claims in the order their contents end, then in the order made. */
static int
by_content_end(const void *a, const void *b)
{
	const struct ended *x = a, *y = b;

	if (x->last != y->last)
		return x->last < y->last ? -1 : 1;
	return x->claim < y->claim ? -1 : x->claim > y->claim;
}

/*
 * A quotation split by its attribution ("We will not give in," the
 * minister said, "the reform is needed"; « A », a-t-il dit, « B »; « A,
 * a-t-il dit, B »): the quotation after the cue and its source, and a
 * comma (or a stop, inside the marks), continues the direct claim before
 * them, as a new claim with the same source and cue (GUIDELINES: a quote
 * that follows with no cue of its own).  Its tokens are marked taken.
 */
static void
split_quotes(struct ctx *x)
{
	struct claim *c;
	size_t j, n = x->nclaims;
	long e, m, k;

	for (j = 0; j < n; j++) {
		c = &x->claims[j];
		if (c->dropped || c->nominal || c->content.first < 1 ||
		    !(x->toks[c->content.first - 1].flags & T_OPENQ) ||
		    c->cue.first < c->content.last)
			continue;
		e = attribution_end(c);
		/* « A, a-t-il dit. B » (quoted_incise_row): the quotation
		 * goes on after the attribution, inside its marks */
		if ((m = x->toks[c->content.first - 1].mate) > e + 1 &&
		    x->toks[e].flags & (T_COMMA | T_STOP) && !x->taken[e + 1])
			k = e + 1;
		else if (e + 2 >= (long)x->doc.ntoks ||
		    !(x->toks[e].flags & T_COMMA) ||
		    !(x->toks[e + 1].flags & T_OPENQ) ||
		    (m = x->toks[e + 1].mate) <= e + 2 || x->taken[e + 2])
			continue;
		else
			k = e + 2;
		c = new_claim(x, x->claims[j].sent);
		*c = x->claims[j];
		c->construction = "continued";
		c->sent = x->toks[k].sent;
		set_tokens(x, &c->content, k, m);
		for (; k < m; k++)
			x->taken[k] = 1;
	}
}

/*
 * A quotation that makes a sentence of its own right after a direct claim
 * continues it: a new claim with the same source and cue.  The tokens in a
 * content and the sentences with a claim are marked first, and the claims
 * are taken in the order their contents end, so each quotation costs the
 * same however many claims the record has.
 */
void
continued_quotes(struct ctx *x)
{
	struct claim *c;
	size_t j, n = x->nclaims, norder = 0, next = 0;
	long i, k, m, prev = -1;

	if (n == 0)
		return;
	if (dp_resize_cap(&x->captaken, x->doc.ntoks + x->doc.nsents)) {
		x->taken = dp_reallocarray(x->taken, x->captaken, 1);
	}
	if (dp_resize_cap(&x->caporder, n)) {
		x->order = dp_reallocarray(x->order, x->caporder,
		    sizeof(*x->order));
	}
	memset(x->taken, 0, x->doc.ntoks + x->doc.nsents);
	for (j = 0; j < n; j++) {
		if (x->claims[j].dropped)
			continue;
		for (k = x->claims[j].content.first; k >= 0 &&
		    k < x->claims[j].content.last; k++)
			x->taken[k] = 1;
		x->taken[x->doc.ntoks + (size_t)x->claims[j].sent] = 1;
		x->order[norder].last = x->claims[j].content.last;
		x->order[norder++].claim = j;
	}
	qsort(x->order, norder, sizeof(*x->order), by_content_end);
	split_quotes(x);
	for (i = 0; i < (long)x->doc.ntoks; i++) {
		if (!(x->toks[i].flags & T_OPENQ) || (m =
		    x->toks[i].mate) <= i + 1 || sent_first(x, i) != i ||
		    x->toks[i].sent == 0)
			continue;
		/* Claims added here lie before i: they need no look. */
		if (x->taken[i + 1] || x->taken[x->doc.ntoks + x->toks[m].sent])
			continue;
		/* The last claim (in order made) whose content ends by i. */
		for (; next < norder && x->order[next].last <= i; next++)
			if ((long)x->order[next].claim > prev)
				prev = (long)x->order[next].claim;
		if (prev < 0 ||
		    x->claims[prev].sent + 1 < (long)x->toks[i].sent ||
		    x->claims[prev].content.first < 1 ||
		    x->claims[prev].nominal ||
		    !(x->toks[x->claims[prev].content.first - 1].flags &
		    T_OPENQ))
			continue;
		c = new_claim(x, x->toks[i].sent);
		*c = x->claims[prev];
		c->sent = x->toks[i].sent;
		c->construction = "continued";
		set_tokens(x, &c->content, i + 1, m);
		i = m;
	}
}
