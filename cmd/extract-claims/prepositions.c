/*
 * prepositions.c: the claims of an attribution preposition: selon X, according
 * to X, before or after its content; and Pour X, CONTENT, where an opening
 * preposition attributes.  (A cue verb's claims are verb.c's.)
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "extract-claims.h"

/* A new claim of the preposition i..s0-1, its source s0..s1-1. */
static struct claim *
preposition_source(struct ctx *x, long i, long s0, long s1, enum kind kind)
{
	struct claim *c = new_claim(x, x->toks[i].sent);

	set_kind(c, kind, W_PREPOSITION, i);
	c->lemma = word(x, i);
	c->lemmalen = x->toks[i].wordlen;
	c->preposition = 1;
	set_tokens(x, &c->cue, i, s0);
	set_tokens(x, &c->source, s0, s1);
	c->pronoun = s1 == s0 + 1 && x->toks[s0].flags & T_PRON;
	c->edge = i;
	return c;
}

/*
 * Selon le ministre du budget, Jérôme Cahuzac, « … »; according to the
 * budget minister, Jerome Cahuzac, the deficit…: a person's or an
 * organisation's name between two commas after a source that names no
 * person (le président du conseil du CERN) is the source's apposition
 * (c->apposed, the source's ref), no part of the content (GUIDELINES: the
 * source has none after a comma).  a is the token after the source's
 * comma (past_aside() asks); returns where the content starts.
 */
#define APPOSITION_WORDS	6	/* a top Clinton aide, */

static long
past_apposition(struct ctx *x, struct claim *c, long a, long last)
{
	long e, k, m;

	if ((e = entity_of(x, x->toks[a].start, x->toks[a].end)) < 0 ||
	    x->doc.ents[e].start != x->toks[a].start ||
	    !(dp_entity_is(&x->doc.ents[e], "PER") ||
	    dp_entity_is(&x->doc.ents[e], "ORG")))
		return a;
	for (k = a; k < last && x->toks[k].end <= x->doc.ents[e].end; k++)
		;
	if (k == a || k + 2 >= last || !(x->toks[k].flags & T_COMMA) ||
	    x->toks[k + 1].flags & T_STOP)
		return a;
	/* According to the summary, Cheryl Mills, a top aide, sent…: a
	 * name with an apposition of its own is the content's subject */
	if (x->toks[k + 1].flags & T_DET) {
		for (m = k + 1; m < last && m - k <= APPOSITION_WORDS &&
		    !(x->toks[m].flags & T_PUNCT); m++)
			;
		if (m < last && x->toks[m].flags & T_COMMA &&
		    !has_verb(x, k + 1, m))
			return a;
	}
	set_tokens(x, &c->apposed, a, k);
	return k + 1;
}

/*
 * Selon François Dubet, sociologue et professeur à Bordeaux, une
 * personne…; according to Jane Roe, a sociologist at Leeds, people…: after
 * a source that names a person and its comma, a phrase up to the next
 * comma or colon that opens with a lowercase word, an indefinite article
 * (naming_articles) or a possessive (holder_determiners: Pour Jean Dupont,
 * son secrétaire général : « … »), not a preposition (Pour B. Obama,
 * avec un tel coach, …) but a link of antecedent_links before a name
 * (Selon Mathieu Plane, de l'OFCE, …), with no verb, complementizer nor
 * relative in it, is the person's title or description, no part of the
 * content.  a is the token after the source's comma (past_aside() asks);
 * returns where the content starts.
 */
#define TITLE_WORDS	12	/* sociologue français et professeur à… */

/* A determiner at a before a noun of those who speak (l'avocat de X, the
 * spokesman for…): a title's. */
static int
office_after(struct ctx *x, long a, long last)
{
	return x->toks[a].flags & T_DET && a + 1 < last &&
	    (in_class(x, WC_SPEAKER, a + 1) ||
	    x->toks[a + 1].flags & T_INFORMANT);
}

static long
past_title(struct ctx *x, long a, long last)
{
	long m, k;
	int link = in_class(x, WC_ANTECEDENT_LINK, a);

	/* Selon Mathieu Plane, de l'OFCE, …; according to Jane Roe, of
	 * Leeds, …: where the person speaks from, a name in it; not a
	 * figure (Selon X, 70 % des…) */
	if (!link && (is_upper(x, a) || digit_at(x, a) ||
	    (x->toks[a].flags & (T_DET | T_PRON | T_AUX | T_COMP | T_REL |
	    T_COORD | T_ADV | T_PUNCT) &&
	    !in_class(x, WC_NAMING_ARTICLE, a) &&
	    !in_class(x, WC_HOLDER, a) && !office_after(x, a, last)) ||
	    x->toks[a].cue >= 0 || in_class(x, WC_ADVERBIAL_PREP, a)))
		return a;
	for (m = a; m < last && m - a <= TITLE_WORDS; m++) {
		/* its acronym in brackets: de l'Office… (OFCE), or a
		 * party's: maire (LR) de Lyon, */
		if (word_is(x, m, "(") && (k = bracket_end(x, m, last)) > m)
			m = k + 1;
		if (m >= last || x->toks[m].flags & T_PUNCT)
			break;
		if (x->toks[m].flags & (T_COMP | T_REL))
			return a;
	}
	if (m + 2 >= last || !((x->toks[m].flags & T_COMMA &&
	    first_char(x, m) == ',') || x->toks[m].flags & T_COLON) ||
	    has_verb(x, a, m))
		return a;
	/* the name may be an acronym the tagger did not know (de l'OFCE) */
	for (k = a + 1; link && k < m && !is_named(x, k) &&
	    !dp_doc_in_capitals(&x->doc, (size_t)k, 1); k++)
		;
	return link && k == m ? a : m + 1;
}

/*
 * Does a participle in lowercase open an aside at a: a past one, a cue's
 * only before its agent (cité par, interviewed by), or a reflexive's
 * present one (s'exprimant)?
 */
static int
access_participle(struct ctx *x, long a, long last)
{
	if (a + 1 < last && in_class(x, WC_REFLEXIVE, a))
		return has_suffix(x, SC_PRES_PARTICIPLE, a + 1);
	return !x->toks[a].flags && !is_upper(x, a) && past_participle(x, a) &&
	    (x->toks[a].cue < 0 || (a + 1 < last && in_class(x, WC_AGENT,
	    a + 1)));
}

/*
 * Selon le rapport, consulté par l'AFP, la dette…; according to the
 * memo, obtained by Reuters, the firm…; selon Paul Durand, cité par Le
 * Monde, …; selon un élu, s'exprimant sous couvert d'anonymat, …: after
 * a source and its comma, a phrase up to the next comma that a
 * participle in lowercase opens (a cue's before its agent: cité par,
 * interviewed by; a reflexive's present one), with no verb,
 * complementizer nor relative in it, tells how the reporter had the
 * source, no part of the content.  a is the token after the source's
 * comma; returns where the content starts.
 */
#define ACCESS_WORDS	8	/* consulté lundi par l'Agence France-Presse */

static long
past_access(struct ctx *x, long a, long last)
{
	long m;

	if (!access_participle(x, a, last))
		return a;
	for (m = a + 1; m < last && m - a <= ACCESS_WORDS &&
	    !(x->toks[m].flags & T_PUNCT); m++)
		if (x->toks[m].flags & (T_COMP | T_REL) || auxiliary(x, m))
			return a;
	if (m + 2 >= last || first_char(x, m) != ',' || has_verb(x, a + 1, m))
		return a;
	return m + 1;
}

/*
 * According to a person familiar with the matter, who spoke on condition
 * of anonymity, investigators…; selon Paul Martin, qui dirige le syndicat,
 * la grève…; according to the union, which represents the staff, …: after
 * a source and its comma, a relative on it, up to the next comma, is the
 * source's, no part of the content.  a is the token after the source's
 * comma; returns where the content starts.
 */
#define RELATIVE_WORDS	20	/* who spoke on condition of anonymity… */

static long
past_relative(struct ctx *x, long a, long last)
{
	long m;

	if (!in_class(x, WC_SUBJECT_RELATIVE, a) && !(x->toks[a].flags & T_REL))
		return a;
	for (m = a + 1; m < last && m - a <= RELATIVE_WORDS; m++)
		if (first_char(x, m) == ',' && !x->toks[m].quoted)
			break;
	return m + 3 < last && first_char(x, m) == ',' ? m + 1 : a;
}

/*
 * Where the content starts after the source c->source.first..s1-1 and its
 * comma, a the token after that: past a relative on the source; past a
 * name in apposition to a source that names no person, or how the
 * reporter had it; past a title after one that does, or a description
 * after an organisation's name.
 */
static long
past_aside(struct ctx *x, struct claim *c, long s1, long a, long last)
{
	long k;

	if (a >= last || s1 >= last || !(x->toks[s1].flags & T_COMMA))
		return a;
	if ((k = past_relative(x, a, last)) > a)
		return k;
	if (entity_in(x, x->toks[c->source.first].start,
	    x->toks[s1 - 1].end, "PER") < x->doc.nents)
		return (k = past_title(x, a, last)) > a ? k :
		    past_access(x, a, last);
	if ((k = past_apposition(x, c, a, last)) > a)
		return k;
	/* Pour FO, premier syndicat du groupe, …: an organisation named
	 * has its description as a person has its title */
	if (entity_in(x, x->toks[c->source.first].start,
	    x->toks[s1 - 1].end, "ORG") < x->doc.nents &&
	    (k = past_title(x, a, last)) > a)
		return k;
	return past_access(x, a, last);
}

/*
 * CONTENT, according to its chairman, Sen. Ann Lee.; CONTENT, selon son
 * président, Claude Raynal.: after the source's comma, a person's or an
 * organisation's name that ends the sentence, a title of capitalised
 * words or an article before it or none, is the source's apposition, no content of its
 * own: the content is before the preposition.  a is the token after the
 * comma; returns the name's first token, or -1, and sets *endp past its
 * last.
 */
#define TITLE_BEFORE	3	/* State Sen., Lt. Gen. */

static long
apposition_to_end(struct ctx *x, long a, long last, long *endp)
{
	const struct dp_entity *n;
	long k, e, end = last;

	while (end > a && x->toks[end - 1].flags & (T_STOP | T_CLOSEQ))
		end--;
	*endp = end;
	for (k = a; k < end && k - a <= TITLE_BEFORE; k++) {
		if ((e = entity_of(x, x->toks[k].start, x->toks[k].end)) >= 0 &&
		    (n = &x->doc.ents[e])->start == x->toks[k].start &&
		    (dp_entity_is(n, "PER") || dp_entity_is(n, "ORG")))
			return n->end == x->toks[end - 1].end ? k : -1;
		if (!(is_upper(x, k) || x->toks[k].flags & T_DET) ||
		    x->toks[k].flags & (T_PUNCT | T_AUX))
			return -1;
	}
	return -1;
}

/*
 * CONTENT, selon Anne Carrère, économiste à l'Inrae.; CONTENT, according
 * to Ann Carter, an economist at Iowa State.: does a title of the person
 * the source names run from after its comma at s1 to the sentence's end,
 * no verb, clause, cue or mark in it?  It is the source's, no content.
 */
static int
title_to_end(struct ctx *x, const struct claim *c, long s1, long last)
{
	long a = s1 + 1, e = last, m;

	while (e > a && x->toks[e - 1].flags & (T_STOP | T_CLOSEQ))
		e--;
	if (a >= e || e - a > TITLE_WORDS || !(x->toks[s1].flags & T_COMMA) ||
	    entity_in(x, x->toks[c->source.first].start,
	    x->toks[s1 - 1].end, "PER") >= x->doc.nents)
		return 0;
	/* (a cue's form capitalised in a name is none: Iowa State; a
	 * verb, a modal or one in the past, makes a clause: Les prix,
	 * selon X, pourraient remonter) */
	for (m = a; m < e; m++)
		if (x->toks[m].flags & (T_PUNCT | T_COMP | T_REL) ||
		    (x->toks[m].cue >= 0 && !is_upper(x, m)) ||
		    finite_marker(x, m) || past_word(x, m) ||
		    verb_before_object(x, m, a, e))
			return 0;
	return !has_verb(x, a, e);
}

/*
 * Do the words before the comma before token i, from first, end with a
 * subordinator or a complementizer (after, parce que, that), which opens
 * the clause after the comma?
 */
static int
opens_clause(struct ctx *x, long first, long i)
{
	long s, e = i - 1;

	if (e <= first || !(x->toks[e].flags & T_COMMA))
		return 0;
	if (x->toks[e - 1].flags & T_COMP)
		return 1;
	for (s = e - 1; s >= first && e - s <= 3; s--)
		if (subordinator_at(x, s, e) == e - s)
			return 1;
	return 0;
}

/*
 * Does a noun phrase that comments on what was said begin at a: a
 * determiner, then within three words a relative or que, with no mark
 * nor auxiliary between (une information que l'entreprise n'a pas
 * confirmée, a claim which the company denies, ce que dément la mairie)?
 */
static int
comment_at(struct ctx *x, long a, long last)
{
	long k;

	if (a >= last || !(x->toks[a].flags & T_DET))
		return 0;
	for (k = a + 1; k < last && k <= a + 3; k++) {
		if (x->toks[k].flags & (T_REL | T_COMP))
			return 1;
		if (x->toks[k].flags & T_PUNCT || auxiliary(x, k))
			return 0;
	}
	return 0;
}

/*
 * The content after claim c's source, which ends at s1 (the preposition
 * at i): from past its comma and the asides on the source.
 */
static void
content_after_source(struct ctx *x, struct claim *c, long i, long s1)
{
	long first = sent_first(x, i), last = sent_last(x, i), a, k;

	a = s1 + (x->toks[s1].flags & T_COMMA ? 1 : 0);
	a = past_aside(x, c, s1, a, last);
	/* According to X, "A. B.": the whole quotation; a sentence that
	 * ends at the comma (Selon elle,) has no content */
	if (a < last && x->toks[a].flags & T_OPENQ && x->toks[a].mate >= last)
		last = x->toks[a].mate + 1;
	/* A selon X, B; A, according to X, B: in the middle of its
	 * sentence the preposition and its source, a pronoun too, set off
	 * by commas scope over both sides, as a cue there does (straddle);
	 * not after words that open a clause (left after, according to
	 * him, B: B alone); capitalised, it opens a sentence the segmenter
	 * missed */
	else if (x->toks[s1].flags & T_COMMA && !is_upper(x, i) &&
	    (k = after_dateline(x, first, i)) < i &&
	    !(x->toks[i - 1].flags & (T_STOP | T_COLON)) &&
	    !(x->toks[k].flags & T_PUNCT) && !opens_clause(x, k, i))
		a = k;
	set_tokens(x, &c->content, a, last);
}

/*
 * Where the words of a preposition's source end, s1 the end of its noun
 * phrase: past a relative on it with no comma before it, up to that
 * relative's comma (Selon un diplomate qui a requis l'anonymat,
 * CONTENT), or past a bracket after it that ends the sentence, its
 * acronym, no content after it (CONTENT, selon le service d'incendie
 * (SDIS).; CONTENT, according to the weather service (NWS).).
 */
static long
past_source(struct ctx *x, long s1, long last)
{
	long k;

	if (s1 < last && !(x->toks[s1].flags & T_PUNCT) &&
	    (k = past_relative(x, s1, last)) > s1)
		s1 = k - 1;
	if (s1 < last && word_is(x, s1, "(") &&
	    (k = bracket_end(x, s1, last)) > s1 && (k + 1 == last ||
	    (k + 2 == last && x->toks[k + 1].flags & T_STOP)))
		s1 = k + 1;
	return s1;
}

/*
 * Selon X, CONTENT / CONTENT, selon X: the preposition ph at i, n tokens;
 * one that keeps its content at a distance (à en croire X) hedges it.
 */
void
preposition_claim(struct ctx *x, long i, long n, const struct phrase *ph)
{
	long first = sent_first(x, i), last = sent_last(x, i), s0 = i + n, s1,
	    a, k, ap = -1, apend = 0;
	struct claim *c, *p;
	int after;

	if (x->toks[i].quoted || s0 >= last || x->toks[s0].flags & (T_NOTSRC |
	    T_PUNCT))
		return;
	/* selon lui: a pronoun is the whole source, whatever follows it
	 * (qui ont permis selon lui de baisser…) */
	if ((s1 = x->toks[s0].flags & T_PRON ? s0 + 1 :
	    phrase_end(x, s0, last)) == s0)
		return;
	c = preposition_source(x, i, s0, s1, ph->kind);
	c->construction = "preposition";
	s1 = past_source(x, s1, last);
	if (ph->distancing)
		hedge(c, W_DISTANCING, i);
	/* A, according to X, but B; A, selon X – B: what comes after a
	 * coordinator or a dash is the reporter's */
	after = !(i > first && x->toks[i - 1].flags & T_COMMA &&
	    s1 + 1 < last && (x->toks[s1 + 1].flags & T_COORD ||
	    x->toks[s1].flags & T_DASH));
	/* A, selon X, une information que Y n'a pas confirmée: after a
	 * clause with its verb, a noun phrase that comments on it is the
	 * reporter's; A is the content */
	if (after && i > first && x->toks[i - 1].flags & T_COMMA &&
	    s1 + 1 < last && x->toks[s1].flags & T_COMMA &&
	    has_verb(x, first, i - 1) && comment_at(x, s1 + 1, last))
		after = 0;
	/* A, according to X, NAME.: the name is X's; so is a title */
	if (after && i > first && !c->pronoun && s1 + 1 < last &&
	    x->toks[s1].flags & T_COMMA &&
	    (ap = apposition_to_end(x, s1 + 1, last, &apend)) >= 0)
		after = 0;
	else if (after && i > first && x->toks[i - 1].flags & T_COMMA &&
	    !c->pronoun && s1 + 1 < last && title_to_end(x, c, s1, last))
		after = 0;
	if (after && s1 < last && !(x->toks[s1].flags & T_STOP) &&
	    (c->pronoun || (x->toks[s1].flags & T_COMMA && s1 + 1 < last &&
	    !(x->toks[s1 + 1].flags & T_STOP)))) {
		content_after_source(x, c, i, s1);
	} else {
		a = clause_before(x, i > first && x->toks[i - 1].flags & T_COMMA
		    ? i - 1 : i, first);
		/* « … », a déclaré M. X, arrivé deuxième selon les
		 * résultats: not over an inverted claim, but over the
		 * apposition to its source after it; with none, over the
		 * claim, which it reports (…, a dit le ministre, selon deux
		 * personnes présentes) */
		if ((p = claim_before(x, i, 0)) != NULL && p != c &&
		    p->sent == c->sent && p->construction != NULL &&
		    strcmp(p->construction, "inverted") == 0 &&
		    (k = p->source.last) > a && k < i &&
		    x->toks[k].flags & T_COMMA && !has_verb(x, k, i)) {
			while (k < i && x->toks[k].flags & T_COMMA)
				k++;
			if (k < i)
				a = k;
		}
		set_tokens(x, &c->content, a, i);
		c->edge = a;
		if (ap >= 0)
			set_tokens(x, &c->apposed, ap, apend);
	}
	trim(x, &c->content);
	if (c->content.first < 0)
		x->nclaims--;
}

/*
 * Can s0..s1-1, between an opening preposition and its comma, be who
 * speaks?  A pronoun (Pour lui), an informant (Pour la police), people
 * who speak, with two words at most after them (Pour les experts
 * interrogés, speaker_nouns) or their noun's complement (Pour la
 * présidente du groupe socialiste à l'Assemblée), or a person or
 * organisation named, after at
 * most a few words (Pour l'ONG Amnesty International); not a time or a
 * place (Pour la première fois).
 */
static int
opening_source(struct ctx *x, long s0, long s1)
{
	long e, k, d = s0;

	if (s1 == s0 + 1 && x->toks[s0].flags & T_PRON)
		return 1;
	/* the preposition's own article, glued to it (aux yeux des
	 * experts, du ministère): the noun phrase starts there */
	if (!(x->toks[s0].flags & T_DET) && x->toks[s0 - 1].flags & T_DET)
		d = s0 - 1;
	if (s1 == d + 2 && x->toks[d].flags & T_DET &&
	    (x->toks[d + 1].flags & T_INFORMANT || dp_doc_in_capitals(&x->doc,
	    (size_t)d + 1, 0)))
		return 1;
	if (s1 > d + 1 && (s1 - d <= 4 || (d + 2 < s1 &&
	    in_class(x, WC_ANTECEDENT_LINK, d + 2))) &&
	    x->toks[d].flags & T_DET && in_class(x, WC_SPEAKER, d + 1))
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
	long last = sent_last(x, i), s0 = i + n, s1, comma, k;
	struct claim *c;

	/* as long as a subject may be: Pour le président de la commission
	 * des finances de l'Assemblée, … */
	for (s1 = s0; s1 < last && s1 - s0 <= MAXSOURCE &&
	    !(x->toks[s1].flags & T_PUNCT); s1++)
		;
	/* Pour Marie Dupont (PS), …: an aside in brackets after the name */
	comma = s1;
	if (s1 < last && first_char(x, s1) == '(') {
		for (k = s1 + 1; k < last && k - s1 <= 6 &&
		    first_char(x, k) != ')'; k++)
			;
		if (k + 1 < last && first_char(x, k) == ')')
			comma = k + 1;
	}
	if (s1 == s0 || comma >= last || first_char(x, comma) != ',' ||
	    last - (comma + 1) < 3 || x->toks[i].quoted ||
	    !opening_source(x, s0, s1))
		return;
	c = preposition_source(x, i, s0, s1, kind);
	c->construction = "opening";
	/* Pour Jean Dupont, son secrétaire général : « … »: past a title */
	set_tokens(x, &c->content, past_aside(x, c, comma, comma + 1, last),
	    last);
	trim(x, &c->content);
	if (c->content.first < 0)
		x->nclaims--;
}
