/*
 * constructions.c: the ways a sentence attributes words to a source:
 * a cue verb (in the rows of a table), a preposition (selon X), an
 * opening preposition (Pour X, …).
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "extract-claims.h"

/* An inverted claim: « CONTENT », a déclaré X / "CONTENT," he said. */
static int
inverted_claim(struct ctx *x, struct claim *c, long q, long s0, long stop,
    long first,
    long g0, long g1, long last, long pron)
{
	long a, k;

	/* Not before the claim that precedes it in the sentence. */
	if (c > x->claims && c[-1].sent == c->sent && !c[-1].dropped) {
		k = c[-1].cue.last > c[-1].source.last ? c[-1].cue.last :
		    c[-1].source.last;
		if (k > first && k < (q >= 0 ? x->toks[q].mate : stop))
			first = k;
	}
	if (q >= 0 && (x->toks[q].mate <= first ||
	    x->toks[x->toks[q].mate - 1].flags & (T_STOP | T_COLON))) {
		/* "We will not give in," Aubert said: the comma is hers. */
		set_tokens(x, &c->content, x->toks[q].mate + 1,
		    q - 1 > x->toks[q].mate + 1 && x->toks[q - 1].flags &
		    T_COMMA ? q - 1 : q);
		c->direct = 1;
		c->edge = x->toks[q].mate;
	} else {
		/* Words, then a quotation: « … » et « … », a indiqué X. */
		set_tokens(x, &c->content, after_dateline(x, first, stop),
		    q >= 0 ? q + 1 : stop);
		trim(x, &c->content);
		c->edge = first;
	}
	if (pron >= 0)
		pronoun_source(x, c, pron);
	else if (s0 < g0)
		source_span(x, c, s0, phrase_end(x, s0, g0));
	else if ((k = source_after(x, g1, last, &a)) > g1)
		source_span(x, c, a, k);
	return c->source.first >= 0 && c->content.first >= 0;
}

/*
 * A claim around the cue verb at token i: its group (auxiliaries and
 * adverbs before, an inverted pronoun), its source and its content.
 */
void
verb_claim(struct ctx *x, struct lang *l, long i)
{
	const struct cue *cue = &l->cues[x->toks[i].cue];
	long first = sent_first(x, i), last = sent_last(x, i);
	long g0 = i, g1 = i + 1, s0, stop, k, n, pron = -1, q;
	long cend = -1, objend = -1;	/* a naming's content, its object */
	struct claim *c, *prev;
	int aux = 0, passive = 0, clause, participle;

	if (not_a_cue(x, l, cue, i, first))
		return;
	for (;;) {
		if ((k = insertion_before(x, l, g0, first)) < g0) {
			g0 = k;
			continue;
		}
		if (g0 == first || !(x->toks[g0 - 1].flags & (T_AUX | T_ADV |
		    T_PASSIVE)) || x->toks[g0 - 1].quoted)
			break;
		g0--;
		aux |= (x->toks[g0].flags & (T_AUX | T_PASSIVE)) != 0;
		passive |= (x->toks[g0].flags & T_PASSIVE) != 0;
		if (x->toks[g0].pron)
			pron = g0;
	}
	if (x->toks[i].pron)
		pron = i;
	if (cue->then != NULL) {
		/* appeler à…, or with its target between: appeler X à… */
		for (k = g1; k < last && k - g1 <= (cue->takes & TAKES_TARGET ?
		    6 : 0) && !(x->toks[k].flags & T_PUNCT); k++)
			if ((n = phrase_at(x, cue->then, k, last)) != 0)
				break;
		/* described X as…: an object first, not what he described as */
		if (k >= last || k - g1 > (cue->takes & TAKES_TARGET ? 6 : 0) ||
		    x->toks[k].flags & T_PUNCT || (k == g1 && cue->takes &
		    TAKES_OBJ)) {
			if (cue->alt < 0)
				return;
			cue = &l->cues[cue->alt];	/* not call for: call */
		} else if (k == g1)
			g1 += n;
	}
	participle = !aux && pron < 0 && has_suffix(x, SC_PRES_PARTICIPLE, i);
	/* A French past participle alone is an adjective: la région dite… */
	if (!aux && pron < 0 && has_suffix(x, SC_ADJ_PARTICIPLE, i))
		return;
	if (participle && !(i > first && (x->toks[i - 1].flags & T_COMMA ||
	    in_class(x, WC_GERUND, i - 1))))
		return;
	c = new_claim(x, x->toks[i].sent);
	c->kind = cue->kind;
	c->lemma = cue->lemma;
	c->lemmalen = strlen(cue->lemma);
	set_tokens(x, &c->cue, participle && in_class(x, WC_GERUND, i - 1) ? i - 1 :
	    g0, g1);
	c->edge = c->cue.first;
	if (passive) {
		/* X is said to…: a report with no source, at a distance. */
		if (g1 >= last || !in_class(x, WC_INFINITIVE, g1)) {
			x->nclaims--;
			return;
		}
		c->kind = K_REPORT;
		c->hedged = 1;
		set_tokens(x, &c->content, g1, last);
		trim(x, &c->content);
		return;
	}
	s0 = clause_start(x, g0, first, &stop);
	if (cue->takes & TAKES_NAMING) {
		if ((cend = naming_end(x, g1, last, &objend)) < 0) {
			x->nclaims--;
			return;
		}
		k = g1;
		clause = 1;
	} else
		k = content_after(x, l, c, g1, last, cue, &clause);
	/* he said on Monday. (not: he said in a statement the plan failed) */
	if (!clause && k == g1 && last - g1 <= 5 &&
	    nothing_said_after(x, cue, g1, last))
		k = -1;
	q = -1;
	if (stop >= 0 && x->toks[stop].flags & T_CLOSEQ && x->toks[stop].mate >=
	    0 && x->toks[stop].mate < stop)
		q = stop;
	else if (stop > first && x->toks[stop].flags & T_COMMA &&
	    x->toks[stop - 1].flags & T_CLOSEQ && x->toks[stop - 1].mate >= 0 &&
	    x->toks[stop - 1].mate < stop - 1)
		q = stop - 1;
	if (q < 0 && !clause && s0 == g0 && stop > first &&
	    x->toks[stop].flags & T_COMMA)
		q = quote_before_aside(x, stop, first, &s0);
	/*
	 * Inverted: after a quotation, or after a clause when a name ends it
	 * (…, a déclaré le ministre), or when a source before the cue has
	 * nothing after it (…, the minister said on Monday).
	 */
	if (!participle && !clause && (q >= 0 || (pron >= 0 && s0 == g0) ||
	    (s0 == g0 && stop >= 0 && x->toks[stop].flags & T_COMMA &&
	    ((n = phrase_end(x, g1, last)) == last ||
	    x->toks[n].flags & (T_COMMA | T_STOP)) && !has_verb(x, g1, n)) ||
	    (stop > first && s0 > stop && s0 < g0 && pron < 0 &&
	    first_char(x, stop) == ',' &&
	    stop - after_dateline(x, first, stop) >= 4 &&
	    subject_between(x, s0, g0) &&
	    nothing_said_after(x, cue, g1, last)))) {
		if (!inverted_claim(x, c, q, s0, stop, first, g0, g1, last,
		    pron))
			x->nclaims--;
		return;
	}
	if (pron >= 0)
		pronoun_source(x, c, pron);
	else if (l->source_after_cue && clause && k > g1 + 1 &&
	    x->toks[k - 1].flags & T_COMP)
		/* A language whose subject follows the verb: CUE X COMP … */
		source_span(x, c, g1, k - 1);
	else if (g0 > first && x->toks[g0 - 1].flags & T_PRON && !participle) {
		set_tokens(x, &c->source, g0 - 1, g0);
		c->pronoun = 1;
	}
	else if (s0 < g0 && !participle) {
		if (g0 - s0 > MAXSOURCE)
			s0 = g0 - MAXSOURCE;
		source_span(x, c, s0, g0);
	} else if ((prev = claim_before(x, i, 0)) != NULL && (stop < 0 ||
	    !(x->toks[stop].flags & (T_COMP | T_REL)))) {
		/* Bakou a accusé… et a averti…: one subject, two cues. */
		c->source = prev->source;
		c->pronoun = prev->pronoun;
	} else if ((participle || (stop >= 0 && x->toks[stop].flags &
	    T_COORD)) && subject_end(x, first, last) > first)
		/* The sentence's subject: X a critiqué…, ajoutant que… */
		set_tokens(x, &c->source, first, subject_end(x, first, last));
	else if (stop >= 0 && x->toks[stop].flags & T_COMMA) {
		/* X, qui fut…, a estimé que: the subject before the aside. */
		for (n = aside_start(x, stop, first); n > first &&
		    x->toks[n].flags & T_REL; n = aside_start(x, n - 1, first))
			;
		if (n < stop && !(x->toks[n].flags & T_REL))
			source_span(x, c, n, phrase_end(x, n, stop));
	}
	if (c->source.first >= s0 && c->source.first < g0)
		c->edge = c->source.first;
	else if (stop >= 0 && x->toks[stop].flags & T_COORD)
		c->edge = stop;
	if (c->source.first < 0) {
		x->nclaims--;
		return;
	}
	/* He added, "In this case…": a quotation after the cue's comma. */
	if (k < 0 && q < 0 && g1 + 1 < last && first_char(x, g1) == ',' &&
	    x->toks[g1 + 1].flags & T_OPENQ && x->toks[g1 + 1].mate > g1 + 1) {
		k = g1 + 1;
		clause = 1;
	}
	/*
	 * A, SOURCE CUE, B: the source and cue inside the content, which
	 * spans both parts (Russia's gains, they said, could be lost).
	 */
	if (k < 0 && q < 0 && stop > first && s0 > stop && s0 < g0 &&
	    pron < 0 && first_char(x, stop) == ',' && subject_between(x, s0,
	    g0) && g1 + 3 < last && first_char(x, g1) == ',' &&
	    !(x->toks[g1 + 1].flags & (T_ADVERBIAL | T_COORD | T_PUNCT)) &&
	    x->toks[g1 + 1].cue < 0) {
		set_tokens(x, &c->content, after_dateline(x, first, stop),
		    last);
		trim(x, &c->content);
		c->edge = c->content.first;
		return;
	}
	/* "Why not?" | Ms. Warren said.: the quotation that was a sentence. */
	if (k < 0 && q < 0 && stop < 0 && first > 0 &&
	    x->toks[first - 1].flags & T_CLOSEQ && (n =
	    x->toks[first - 1].mate) >= 0 && n == sent_first(x, first - 1) &&
	    n + 1 < first - 1 && (s0 == g0 || subject_between(x, s0, g0)) &&
	    nothing_said_after(x, cue, g1, last)) {
		set_tokens(x, &c->content, n + 1, first - 1);
		c->direct = 1;
		return;
	}
	if (k < 0 || (!clause && cue->kind == K_DENIAL)) {
		/*
		 * A denial of a noun alone (rejects the claim) says nothing,
		 * but its source may be what a pronoun after it stands for.
		 */
		c->dropped = c->speaker = 1;
		return;
	}
	/* A sentence that ends in a colon right after the cue announces
	 * the next one (Il explique : | On a fini…): its content. */
	if (clause && k == last && k - 1 == g1 && k < (long)x->doc.ntoks &&
	    x->toks[g1].flags & T_COLON)
		last = sent_last(x, k);
	if (k < last && x->toks[k].flags & T_OPENQ && x->toks[k].mate > k &&
	    (x->toks[k].mate + 1 >= sent_last(x, x->toks[k].mate) ||
	    x->toks[x->toks[k].mate + 1].flags & T_STOP)) {
		set_tokens(x, &c->content, k + 1, x->toks[k].mate);
		c->direct = 1;
	} else {
		set_tokens(x, &c->content, k, cend >= 0 ? cend : last);
		trim(x, &c->content);
	}
	if (c->content.first < 0) {
		x->nclaims--;
		return;
	}
	if (cue->takes & TAKES_NAMING)
		set_tokens(x, &c->target, g1, objend);
	else
		find_target(x, cue, c);
}

/* A new claim of the preposition i..s0-1, its source s0..s1-1. */
static struct claim *
preposition_source(struct ctx *x, long i, long s0, long s1, enum kind kind)
{
	struct claim *c = new_claim(x, x->toks[i].sent);

	c->kind = kind;
	c->lemma = word(x, i);
	c->lemmalen = x->toks[i].wordlen;
	c->preposition = 1;
	set_tokens(x, &c->cue, i, s0);
	set_tokens(x, &c->source, s0, s1);
	c->pronoun = s1 == s0 + 1 && x->toks[s0].flags & T_PRON;
	c->edge = i;
	return c;
}

/* Selon X, CONTENT / CONTENT, selon X: the preposition at i, n tokens. */
void
preposition_claim(struct ctx *x, long i, long n, enum kind kind)
{
	long first = sent_first(x, i), last = sent_last(x, i), s0 = i + n, s1,
	    a;
	struct claim *c;
	int after;

	if (x->toks[i].quoted || s0 >= last || x->toks[s0].flags & (T_NOTSRC |
	    T_PUNCT))
		return;
	if ((s1 = phrase_end(x, s0, last)) == s0)
		return;
	c = preposition_source(x, i, s0, s1, kind);
	/* A, according to X, but B: what comes after is the reporter's */
	after = !(i > first && x->toks[i - 1].flags & T_COMMA &&
	    s1 + 1 < last && x->toks[s1 + 1].flags & T_COORD);
	if (after && s1 < last && !(x->toks[s1].flags & T_STOP) &&
	    (c->pronoun || (x->toks[s1].flags & T_COMMA && s1 + 1 < last &&
	    !(x->toks[s1 + 1].flags & T_STOP)))) {
		a = s1 + (x->toks[s1].flags & T_COMMA ? 1 : 0);
		/* According to X, "A. B.": the whole quotation */
		if (x->toks[a].flags & T_OPENQ && x->toks[a].mate >= last)
			last = x->toks[a].mate + 1;
		set_tokens(x, &c->content, a, last);
	} else {
		a = clause_before(x, i > first && x->toks[i - 1].flags & T_COMMA
		    ? i - 1 : i, first);
		set_tokens(x, &c->content, a, i);
		c->edge = a;
	}
	trim(x, &c->content);
	if (c->content.first < 0)
		x->nclaims--;
}

/*
 * Can s0..s1-1, between an opening preposition and its comma, be who
 * speaks?  A pronoun (Pour lui), an informant (Pour la police), or a
 * person or organisation named, after at most a few words (Pour l'ONG
 * Amnesty International); not a time or a place (Pour la première fois).
 */
static int
opening_source(struct ctx *x, long s0, long s1)
{
	long e, k;

	if (s1 == s0 + 1 && x->toks[s0].flags & T_PRON)
		return 1;
	if (s1 == s0 + 2 && x->toks[s0].flags & T_DET &&
	    (x->toks[s0 + 1].flags & T_INFORMANT || acronym(x, s0 + 1)))
		return 1;
	if ((e = entity_of(x, x->toks[s1 - 1].start,
	    x->toks[s1 - 1].end)) < 0 ||
	    x->doc.ents[e].end != x->toks[s1 - 1].end ||
	    x->doc.ents[e].start < x->toks[s0].start ||
	    !(dp_entity_is(&x->doc.ents[e], "PER") ||
	    dp_entity_is(&x->doc.ents[e], "ORG")))
		return 0;
	for (k = s0; k < s1 && x->toks[k].end <= x->doc.ents[e].start; k++)
		;
	return k - s0 <= 3;
}

/*
 * Pour X, CONTENT: a preposition that attributes only where it opens the
 * sentence (after a dateline) and X is who speaks.
 */
void
opening_claim(struct ctx *x, long i, long n, enum kind kind)
{
	long last = sent_last(x, i), s0 = i + n, s1;
	struct claim *c;

	for (s1 = s0; s1 < last && s1 - s0 <= 8 && !(x->toks[s1].flags &
	    T_PUNCT); s1++)
		;
	if (s1 == s0 || s1 >= last || first_char(x, s1) != ',' ||
	    last - (s1 + 1) < 3 || x->toks[i].quoted || !opening_source(x, s0,
	    s1))
		return;
	c = preposition_source(x, i, s0, s1, kind);
	set_tokens(x, &c->content, s1 + 1, last);
	trim(x, &c->content);
	if (c->content.first < 0)
		x->nclaims--;
}
