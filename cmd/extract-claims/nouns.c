/*
 * nouns.c: the claims of a noun of saying with a stated holder (GUIDELINES
 * v2): son slogan « … », Syria's denials that…, l'annonce par la France de
 * sanctions.  The holder is a possessive determiner (son, their), a
 * genitive (X's) or an agent after par/by; the content a quotation, a
 * clause after its complementizer, or the noun phrase after de/of.  A
 * noun with no holder (the announcement of new rules) or no content (his
 * slogan) makes none: it names a statement without saying whose or what.
 */

#include <stdlib.h>

#include "common.h"
#include "extract-claims.h"

#define BETWEEN	2	/* adjectives between holder, noun and content */

/* May token k be an adjective beside the noun (repeated, surprise)? */
static int
modifier(struct ctx *x, long k)
{
	return !(x->toks[k].flags & (T_PUNCT | T_DET | T_COMP | T_REL |
	    T_COORD | T_AUX | T_PRON | T_NOUN_CUE)) && x->toks[k].cue < 0 &&
	    !is_upper(x, k) && !in_class(x, WC_AGENT, k) &&
	    !in_class(x, WC_NOUN_LINK, k) && !in_class(x, WC_POSSESSIVE, k) &&
	    !in_class(x, WC_HOLDER, k);
}

/*
 * The noun phrase that ends before the genitive at g (Syria's, the
 * ministry's): the entity that ends there, else capitalised words, with a
 * determiner before either; or a determiner and its noun.  Its first
 * token, or -1.
 */
static long
genitive_start(struct ctx *x, long g, long first)
{
	long e, k = g;

	if (g <= first)
		return -1;
	if ((e = entity_of(x, x->toks[g - 1].start, x->toks[g - 1].end)) >= 0 &&
	    x->doc.ents[e].end == x->toks[g - 1].end)
		while (k > first && x->toks[k - 1].end > x->doc.ents[e].start)
			k--;
	else
		while (k > first && g - k < 4 && is_upper(x, k - 1) &&
		    !(x->toks[k - 1].flags & T_PUNCT))
			k--;
	/* a determiner, not a complementizer (said that Kerry's…) */
	if (k > first && (x->toks[k - 1].flags & (T_DET | T_COMP)) == T_DET)
		return k - 1;
	if (k < g)
		return k;
	/* the ministry's: a determiner at most two words before */
	for (k = g - 1; k > first && g - k <= 2 && !(x->toks[k - 1].flags &
	    T_PUNCT) && x->toks[k - 1].cue < 0; k--)
		if ((x->toks[k - 1].flags & (T_DET | T_COMP)) == T_DET)
			return k - 1;
	return -1;
}

/*
 * The holder before the noun at i: a possessive determiner (a pronoun
 * source) or a genitive, at most BETWEEN adjectives before the noun.
 * Sets the claim's source; returns 0 if there is none.
 */
static int
holder_before(struct ctx *x, struct claim *c, long i, long first)
{
	long h = i, s0;

	while (h > first && i - h < BETWEEN && modifier(x, h - 1))
		h--;
	if (h <= first)
		return 0;
	if (in_class(x, WC_HOLDER, h - 1)) {
		set_tokens(x, &c->source, h - 1, h);
		c->pronoun = 1;
		return 1;
	}
	if (in_class(x, WC_POSSESSIVE, h - 1) &&
	    (s0 = genitive_start(x, h - 1, first)) >= 0) {
		set_tokens(x, &c->source, s0, h - 1);
		return 1;
	}
	return 0;
}

/*
 * Is token k the verb of the clause a noun phrase is the subject of: a
 * past form in lowercase, no determiner's adjective, before an object
 * (a determiner, a pronoun, a name: angered Moscow, surprised the
 * markets)?  Not before a preposition or a number, as a relative's verb
 * may be (relative_verb()): inside a noun phrase a participle there
 * qualifies its noun (sanctions aimed at Russia).
 */
static int
clause_verb(struct ctx *x, long k, long last)
{
	return !is_upper(x, k) && past_participle(x, k) && k + 1 < last &&
	    !(x->toks[k - 1].flags & T_DET) &&
	    (x->toks[k + 1].flags & (T_DET | T_PRON) || is_upper(x, k + 1));
}

/* Are tokens a..b-1, one at least, all capitalised words? */
static int
all_capitalised(struct ctx *x, long a, long b)
{
	for (; a < b; a++)
		if (!is_upper(x, a))
			return 0;
	return 1;
}

/*
 * The content after the noun from k on: a quotation (after a colon or
 * not), a clause after its complementizer, or after de/of the noun phrase
 * to the next punctuation.  A bare noun after de/of qualifies the noun
 * (ses promesses de campagne, their warnings of war) unless an agent
 * came between (l'annonce par la France de sanctions).  Returns 0 if
 * none.
 */
static int
content_of_noun(struct ctx *x, struct claim *c, long k, long last,
    int agent)
{
	long e;

	if (k < last && x->toks[k].flags & T_COLON)
		k++;
	if (k >= last)
		return 0;
	if (x->toks[k].flags & T_OPENQ && x->toks[k].mate > k + 1) {
		set_tokens(x, &c->content, k + 1, x->toks[k].mate);
		c->direct = 1;
		return 1;
	}
	if (x->toks[k].flags & T_COMP) {
		set_tokens(x, &c->content, k + 1, last);
		return 1;
	}
	if (!in_class(x, WC_NOUN_LINK, k) || k + 1 >= last ||
	    (!agent && !(x->toks[k].flags & T_DET) &&
	    !(x->toks[k + 1].flags & (T_DET | T_OPENQ))))
		return 0;
	/* a noun phrase holds no auxiliary: one ends it (l'annonce par
	 * X de sanctions a surpris…), and so does the clause's verb
	 * before its object (the announcement of sanctions angered
	 * Moscow) */
	for (e = k + 1; e < last && !(x->toks[e].flags & (T_COMMA | T_STOP |
	    T_COLON | T_COMP | T_REL | T_AUX | T_PASSIVE)) &&
	    !(e > k + 1 && clause_verb(x, e, last)); e++)
		;
	/* claims brought by the state of Ohio: a name alone after the
	 * link ends the agent's name, no content */
	if (all_capitalised(x, k + 1, e))
		return 0;
	set_tokens(x, &c->content, k + 1, e);
	return 1;
}

/*
 * Is the noun phrase at h the object of a cue of denial before it,
 * adverbs between (rejected his argument that…)?  What the noun holds is
 * the denial's content: one claim (GUIDELINES: nominal allegations an
 * outer denial carries).
 */
static int
denied_object(struct ctx *x, long h, long first)
{
	long j;

	for (j = h - 1; j >= first && x->toks[j].flags & T_ADV; j--)
		;
	return j >= first && x->toks[j].cue >= 0 &&
	    x->lang->cues[x->toks[j].cue].kind == K_DENIAL;
}

/*
 * The noun of saying at token i, if it is one here: makes its claim and
 * returns 1, else 0 (and the token is read as it would be otherwise).
 */
int
noun_claim(struct ctx *x, long i)
{
	const struct lang *l = x->lang;
	long first = sent_first(x, i), last = sent_last(x, i), n, k, s1;
	struct claim *c;
	size_t p;
	int agent = 0;

	if (x->toks[i].quoted || (n = phrases_at(x, &l->nouns, i, last,
	    &p)) == 0)
		return 0;
	c = new_claim(x, x->toks[i].sent);
	for (k = i + n; k < last && k - (i + n) < BETWEEN && modifier(x, k);
	    k++)
		;
	if (!holder_before(x, c, i, first)) {
		/* l'annonce par la France de…: the agent names the holder */
		if (k + 1 >= last || !in_class(x, WC_AGENT, k))
			goto none;
		for (s1 = k + 1; s1 < last && s1 - k <= MAXSOURCE &&
		    !(x->toks[s1].flags & T_PUNCT) &&
		    !in_class(x, WC_NOUN_LINK, s1); s1++)
			;
		if (s1 == k + 1 || s1 >= last)
			goto none;
		set_tokens(x, &c->source, k + 1, s1);
		k = s1;
		agent = 1;
	}
	if (!content_of_noun(x, c, k, last, agent) ||
	    denied_object(x, c->source.first, first))
		goto none;
	trim(x, &c->content);
	if (c->content.first < 0)
		goto none;
	set_kind(c, l->nouns.v[p].kind, W_CUE, i);
	c->lemma = word(x, i);
	c->lemmalen = x->toks[i].wordlen;
	c->construction = "noun";
	/* a slogan quoted goes on in no quotation after it */
	c->nominal = 1;
	set_tokens(x, &c->cue, i, i + n);
	c->edge = c->source.first < i ? c->source.first : i;
	if (x->toks[i].flags & T_DIST)
		hedge(c, W_DISTANCING, i);
	return 1;
none:
	x->nclaims--;
	return 0;
}
