/*
 * verb.c: the claims of a cue verb.  Its verb group is read first (the
 * auxiliaries and adverbs before it, an inverted pronoun, the words that
 * complete it); then the rows of a table of constructions are tried in
 * order, each reading the sentence around the group as struct verb holds
 * it, until one makes the claim or rejects it.  The order of the rows is
 * the grammar: an inverted claim is tried before a subject is looked for,
 * a clause after the cue last.  Rows that need the clause after the cue
 * or the subject before it say so, and the steps that find them run once,
 * before the first such row.
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "extract-claims.h"

/* A cue verb and what lies around it, as the constructions read it. */
struct verb {
	const struct cue *cue;
	struct claim	*c;		/* made for it; taken back if none */
	long		 i;		/* the cue's token */
	long		 first, last;	/* its sentence */
	long		 g0, g1;	/* its group, auxiliaries to then */
	long		 pron;		/* an inverted pronoun in it, or -1 */
	long		 s0, stop;	/* clause_start: a subject's first token
					 * and what stopped it (-1: none) */
	long		 k;		/* where the content starts, or -1 */
	long		 q;		/* a closing mark before it, or -1 */
	long		 cend, objend;	/* a naming's content and object ends;
					 * cend, a gerund's clause's too */
	int		 aux, passive;	/* in the group: auxiliary, passive */
	int		 participle;	/* a present participle: ajoutant */
	long		 p0;		/* its first token, its reflexive
					 * pronoun's if any (se disant) */
	int		 negated;	/* did not say, after a coordinator */
	int		 withheld;	/* declined to say, a refusé de dire */
	int		 clause;	/* the content is a clause (que, :) */
	int		 clitic;	/* an object pronoun in the group */
	int		 reflexive;	/* a reflexive pronoun in it: se dit */
	int		 apposed;	/* a participle the profile calls
					 * adjectival, set off by a comma */
	int		 predicate;	/* its then-words after an object:
					 * dismissed X as Y */
	int		 relative;	/* in a relative set off by a comma:
					 * X, who denied it, resigned */
	int		 subject_relative; /* and that relative on the
					 * sentence's subject, no verb group
					 * before it */
	int		 reduced;	/* a participle after its noun, with
					 * its agent: reduced_passive() */
	int		 accused;	/* a participle of accusation after
					 * its noun (accused_after_noun()) */
};

enum match { NO_MATCH, MATCHED, REJECTED };

#define NEEDS_CLAUSE	1	/* s0, stop, k, clause, q: read_clause() */
#define NEEDS_SOURCE	2	/* the subject: subject_source() */

struct construction {
	const char	*name;		/* for --explain */
	unsigned	 needs;
	int		 target;	/* the cue's object may be a target */
	enum match	 (*match)(struct ctx *, struct verb *);
};

static enum match quoted_incise_row(struct ctx *, struct verb *);
static enum match incise_row(struct ctx *, struct verb *);
static enum match passive_row(struct ctx *, struct verb *);
static int	 reduced_passive(struct ctx *, const struct verb *);
static enum match inverted_row(struct ctx *, struct verb *);
static enum match quote_after_row(struct ctx *, struct verb *);
static enum match straddle_row(struct ctx *, struct verb *);
static enum match quote_before_row(struct ctx *, struct verb *);
static enum match resumptive_row(struct ctx *, struct verb *);
static long	 after_resumptive(struct ctx *, const struct cue *, long,
		    long);
static enum match no_content_row(struct ctx *, struct verb *);
static int	 adjuncts_only(struct ctx *, long, long);
static int	 ends_content(const struct verb *);
static enum match clause_row(struct ctx *, struct verb *);
static long	 ender_at(struct ctx *, const struct phrases *, int, long,
		    long);
static long	 agent_after(struct ctx *, long, long);
static int	 agent_opens(struct ctx *, long, long);
static int	 participle_alone(struct ctx *, const struct verb *);
static long	 agent_end(struct ctx *, long, long);
static int	 subject_relative_at(struct ctx *, long, long, long);
static int	 source_before_relative(struct ctx *, struct verb *, long,
		    long);

static const struct construction constructions[] = {
	{ "quoted-incise", 0,				0, quoted_incise_row },
	{ "incise",	  0,				0, incise_row },
	{ "passive",	  0,				0, passive_row },
	{ "inverted",	  NEEDS_CLAUSE,			0, inverted_row },
	{ "quote-after",  NEEDS_CLAUSE | NEEDS_SOURCE,	1, quote_after_row },
	{ "straddle",	  NEEDS_CLAUSE | NEEDS_SOURCE,	0, straddle_row },
	{ "quote-before", NEEDS_CLAUSE | NEEDS_SOURCE,	0, quote_before_row },
	{ "resumptive",	  NEEDS_CLAUSE | NEEDS_SOURCE,	0, resumptive_row },
	{ "no-content",	  NEEDS_CLAUSE | NEEDS_SOURCE,	0, no_content_row },
	{ "clause",	  NEEDS_CLAUSE | NEEDS_SOURCE,	1, clause_row },
};

/*
 * An adverb the lexicon does not list, by the profile's adverb_endings
 * (clearly, bluntly), lowercase, right after an auxiliary or a listed
 * adverb written apart: inside a verb group (had clearly said), not a
 * subject's noun (the family said, Scott's family has called).
 */
static int
ended_adverb(struct ctx *x, long k, long first)
{
	return k > first && x->toks[k - 1].flags & (T_AUX | T_ADV) &&
	    x->doc.toks[k - 1].space && !is_upper(x, k) &&
	    has_suffix(x, SC_ADVERB, k);
}

/*
 * Does the cue share the passive auxiliary of a participle coordinated
 * before it (would be furloughed or asked to work)?  Then it is a
 * passive with no agent, its subject no source.  Only before an
 * infinitive's marker: a past form may be the subject's next verb (was
 * arrested and told reporters…; should be released but said…).
 */
static int
shared_passive(struct ctx *x, const struct verb *v)
{
	long i = v->i, k;

	if (v->g0 != i || i - 3 < v->first || i + 1 >= v->last ||
	    !(x->toks[i - 1].flags & T_COORD))
		return 0;
	if (in_class(x, WC_INFINITIVE, i + 1))
		return past_participle(x, i - 2) &&
		    x->toks[i - 3].flags & T_PASSIVE &&
		    !(i - 4 >= v->first && in_class(x, WC_REFLEXIVE, i - 4));
	/* was carried out by a laboratory and confirmed by a second test,
	 * was drafted by the ministry and criticised as reckless by…: an
	 * agent after it, or the predicate of a cue that judges, a passive
	 * before it in its clause, its participle coordinated */
	if (!(in_class(x, WC_AGENT, i + 1) || (v->cue->takes & TAKES_JUDGED &&
	    v->cue->then != NULL && then_at(x, v->cue->then, i + 1,
	    v->last) != 0)) || !past_participle(x, i))
		return 0;
	if ((k = participle_after_aux(x, i - 1, v->first, T_PASSIVE, T_COMP |
	    T_REL | T_PUNCT | T_AUX)) < 0)
		return 0;
	return !in_class(x, WC_REFLEXIVE, k - 2 >= v->first ? k - 2 : k - 1);
}

/*
 * Where the words the cue must have after it (appeler à) begin, within
 * room tokens after its group (its target between), or where the search
 * stopped: a mark, or room used up.  Not a preposition before a time
 * (insisted on Monday that…, argued for years that…; but a mis en garde
 * samedi le…); after the target a quotation may open right before them
 * (a appelé les syndicats « à la responsabilité »; not called him "a
 * genius" for…).  Sets *n to their length.
 */
long
then_words(struct ctx *x, const struct cue *cue, long g1, long last,
    long room, long *n)
{
	long k;

	for (k = g1; k < last && k - g1 <= room; k++) {
		if (x->toks[k].flags & T_PUNCT && !(k > g1 &&
		    x->toks[k].flags & T_OPENQ && k + 1 < last &&
		    then_at(x, cue->then, k + 1, last) != 0))
			break;
		if ((*n = then_at(x, cue->then, k, last)) != 0 &&
		    !(*n == 1 && in_class(x, WC_ADVERBIAL_PREP, k) &&
		    k + 1 < last && time_word(x, k + 1)))
			break;
	}
	return k;
}

/*
 * The cue of token k in the sense the words after it, before b, give it,
 * as verb_group() reads it (I call on…, not I call it; ruled out, not the
 * rules); NULL where its form needs words that are not there.
 */
const struct cue *
cue_sense(struct ctx *x, const struct lang *l, long k, long b)
{
	const struct cue *cue;
	long j, n, room;

	for (cue = &l->cues[x->toks[k].cue]; cue->then != NULL; cue =
	    &l->cues[cue->alt]) {
		room = cue->takes & TAKES_TARGET ? THEN_ROOM : 0;
		j = then_words(x, cue, k + 1, b, room, &n);
		if (j < b && j - (k + 1) <= room &&
		    !(x->toks[j].flags & T_PUNCT))
			break;
		if (cue->alt < 0)
			return NULL;
	}
	return cue;
}

/*
 * The group of the cue at v->i: auxiliaries, adverbs and adverb phrases
 * before it, an inverted pronoun, and the words its lexicon entry has
 * after the verb (appeler à); a cue whose words are not there is its
 * alternative (call, not call for) or none.  Returns 0 for no cue here.
 */
static int
verb_group(struct ctx *x, struct verb *v)
{
	const struct lang *l = x->lang;
	long k, n = 0, room;

	for (;;) {
		if ((k = insertion_before(x, l, v->g0, v->first)) < v->g0) {
			v->g0 = k;
			continue;
		}
		/* a hedge there is the reporter's: reportedly said, but a
		 * participle one the subject's (l'opposant présumé a
		 * affirmé); an object pronoun, after its subject: le maire
		 * l'a dit, leur a dit; one that may be a subject, after a
		 * word that can end one: je vous demande (not: mais nous
		 * pensons) */
		if (v->g0 == v->first || !(x->toks[v->g0 - 1].flags & (T_AUX |
		    T_ADV | T_PASSIVE) || (x->toks[v->g0 - 1].flags & T_HEDGE &&
		    !past_participle(x, v->g0 - 1)) ||
		    ended_adverb(x, v->g0 - 1, v->first) ||
		    (v->g0 - 1 > v->first &&
		    (in_class(x, WC_CLITIC, v->g0 - 1) || (in_class(x,
		    WC_SUBJECT_CLITIC, v->g0 - 1) && !(x->toks[v->g0 - 2].flags &
		    (T_PUNCT | T_COORD | T_COMP)))))) ||
		    x->toks[v->g0 - 1].quoted != x->toks[v->i].quoted)
			break;
		v->g0--;
		v->clitic |= in_class(x, WC_CLITIC, v->g0);
		v->reflexive |= in_class(x, WC_REFLEXIVE, v->g0);
		/* a reflexive pronoun (se, s') is listed with the
		 * auxiliaries, but a participle after it stays one: en se
		 * disant, s'estimant */
		v->aux |= (x->toks[v->g0].flags & (T_AUX | T_PASSIVE)) != 0 &&
		    !in_class(x, WC_REFLEXIVE, v->g0);
		/* s'est réjoui: after a reflexive pronoun, être is the
		 * perfect's auxiliary, no passive; nor is be before a present
		 * participle, the progressive (are demanding, is warning) */
		v->passive |= (x->toks[v->g0].flags & T_PASSIVE) != 0 &&
		    !(v->g0 > v->first && in_class(x, WC_REFLEXIVE, v->g0 - 1)) &&
		    !has_suffix(x, SC_PRES_PARTICIPLE, v->i);
		if (x->toks[v->g0].pron)
			v->pron = v->g0;
	}
	if (x->toks[v->i].pron)
		v->pron = v->i;
	if (shared_passive(x, v))
		v->aux = v->passive = 1;
	while (v->cue->then != NULL) {
		/* appeler à…, or with its target between: appeler X à… */
		room = v->cue->takes & TAKES_TARGET ? THEN_ROOM : 0;
		k = then_words(x, v->cue, v->g1, v->last, room, &n);
		/* described X as…: an object first, not what he described
		 * as; in the passive the object is the subject (was
		 * described as…), as it is of a participle in apposition
		 * (the plan, criticised as reckless by…) */
		if (k < v->last && k - v->g1 <= room &&
		    !(x->toks[k].flags & T_PUNCT) && !(k == v->g1 &&
		    v->cue->takes & TAKES_OBJ && !v->passive &&
		    !participle_alone(x, v))) {
			if (k == v->g1)
				v->g1 += n;
			else
				v->predicate = 1;
			return 1;
		}
		if (v->cue->alt < 0)
			return 0;
		v->cue = &l->cues[v->cue->alt];	/* not call for: call */
	}
	return 1;
}

/* The first comma outside quotations among tokens a..b-1, or b. */
long
next_comma(struct ctx *x, long a, long b)
{
	for (; a < b; a++)
		if (first_char(x, a) == ',' && !x->toks[a].quoted)
			return a;
	return b;
}

/*
 * Does a comma stand before token i, closing quotation marks between
 * (…this race,” adding that: the comma inside the quotation, as American
 * English writes it)?
 */
static int
after_comma(struct ctx *x, long i, long first)
{
	while (i > first && x->toks[i - 1].flags & T_CLOSEQ)
		i--;
	return i > first && x->toks[i - 1].flags & T_COMMA;
}

/*
 * Is the cue a participle alone, set off by a comma, with no auxiliary
 * or pronoun (X, accused of lying, …; la loi, jugée illégale par…)?  Its
 * subject is the noun phrase before the comma, as a passive's is.
 */
static int
participle_alone(struct ctx *x, const struct verb *v)
{
	return !v->passive && !v->aux && v->pron < 0 && v->g0 == v->i &&
	    after_comma(x, v->i, v->first);
}

/*
 * Is the cue a participle of accusation right after its noun, the
 * preposition of its charge next (Mayor accused of steering contracts, le
 * maire accusé de favoritisme), where the active would need its object
 * between?  The passive, reduced: its noun the target, no source said but
 * an agent after the charge (accusé de favoritisme par l'opposition).
 * Not in a relative on the object, whose pronoun before the noun phrase
 * is the object (the group, which Hollande blamed for the attacks).
 */
static int
accused_after_noun(struct ctx *x, const struct verb *v)
{
	long i = v->i, k;

	if (v->cue->kind != K_ACCUSATION || !(v->cue->takes & TAKES_TARGET) ||
	    v->passive || v->aux || v->pron >= 0 || v->g0 != i ||
	    i <= v->first || !past_participle(x, i) ||
	    x->toks[i - 1].flags & ~T_INFORMANT || x->toks[i - 1].cue >= 0 ||
	    i + 1 >= v->last || !in_class(x, WC_TARGET_END, i + 1))
		return 0;
	for (k = i - 1; k > v->first && i - k < MAXSOURCE &&
	    !(x->toks[k - 1].flags & (T_PUNCT | T_REL)); k--)
		;
	return k == v->first || !(x->toks[k - 1].flags & T_REL);
}

/*
 * Is the cue's form one that can attribute?  A present participle, with
 * its reflexive pronoun if any, only after a comma, a coordinator after
 * one, or a gerund's marker (…, ajoutant que; …, but adding that; en
 * ajoutant; tout en se disant prête); a participle the profile calls
 * adjectival never alone (la région dite…).
 */
static int
verb_form(struct ctx *x, struct verb *v)
{
	long i = v->i;
	const struct claim *prev;

	for (v->p0 = i; v->p0 > v->g0 && in_class(x, WC_REFLEXIVE,
	    v->p0 - 1); v->p0--)
		;

	/* a dénoncé X et reconnu Y: after et, a participle shares the
	 * auxiliary of the cue before it in the sentence, or of a verb in
	 * the perfect that made no claim (a quitté la réunion et réclamé
	 * la démission du ministre) */
	if (!v->aux && v->pron < 0 && v->g0 == i && i > v->first &&
	    x->toks[i - 1].flags & T_COORD &&
	    (((prev = claim_before(x, i, 0)) != NULL && !prev->dropped &&
	    x->toks[prev->cue.first].flags & T_AUX) ||
	    (past_participle(x, i) &&
	    !has_suffix(x, SC_PRES_PARTICIPLE, i) &&
	    participle_after_aux(x, i - 1, v->first, T_AUX, T_COMP | T_REL |
	    T_OPENQ | T_CLOSEQ | T_AUX) >= 0)))
		v->aux = 1;
	v->reduced = reduced_passive(x, v);
	v->accused = accused_after_noun(x, v);
	v->participle = !v->aux && v->pron < 0 &&
	    (has_suffix(x, SC_PRES_PARTICIPLE, i) ||
	    infinitive_gerund(x, i, v->first));
	if (!v->aux && v->pron < 0 && adjectival_participle(x, i)) {
		/* un fichier réclamé par des syndicats: after its noun,
		 * with its agent, a passive's (passive_row); so is le
		 * maire accusé de favoritisme */
		if (v->reduced || v->accused)
			return 1;
		/* X, qualifié d'irréaliste par Y, …: set off by a comma,
		 * one that judges or blames may be a passive's, with its
		 * agent (passive_row) */
		if (v->g0 != i || !after_comma(x, i, v->first) ||
		    !(v->cue->takes & (TAKES_JUDGED | TAKES_TARGET)))
			return 0;
		v->apposed = 1;
	}
	/* …, but adding that: a coordinator after the comma */
	i = v->p0;
	return !v->participle || after_comma(x, i, v->first) ||
	    (i > v->first && (gerund_marker(x, i, v->first) >= 0 ||
	    (x->toks[i - 1].flags & T_COORD && after_comma(x, i - 1,
	    v->first))));
}

/*
 * Is token k a word a noun phrase's determiner may follow: not itself a
 * determiner or a preposition (une interview à Radio France | un putsch,
 * not une interview à | la radio)?
 */
static int
phrase_word(struct ctx *x, long k)
{
	return (x->toks[k].flags & ~T_INFORMANT) == 0 && (x->toks[k].cue < 0 ||
	    x->toks[k - 1].flags & T_DET) &&
	    !in_class(x, WC_NAMING_ARTICLE, k) &&
	    !in_class(x, WC_NOUN_COMPLEMENT, k) &&
	    !in_class(x, WC_ANTECEDENT_LINK, k) &&
	    !in_class(x, WC_TARGET_PREP, k);
}

/*
 * Can token j open a phrase of time, medium or place between a cue and
 * its object: a preposition of not_source_starts, not the infinitive's
 * (to)?
 */
static int
phrase_preposition(struct ctx *x, long j)
{
	return x->toks[j].flags & T_SKIP && !in_class(x, WC_INFINITIVE, j);
}

/*
 * The end of a phrase of time or medium at token j (in a statement, dans
 * une interview à RFI, lors d'une conférence de presse, on Sunday, depuis
 * des mois): from a preposition of place or time (not_source_starts; not
 * the infinitive's to), a few words of which one is a date, a noun of
 * time or a medium, up to the determiner or quotation that follows its
 * last word; j if none.
 */
static long
medium_phrase_end(struct ctx *x, long j, long last)
{
	long d;
	int seen = 0, opens;

	if (!phrase_preposition(x, j))
		return j;
	/* on Tuesday: the phrase ends with its date */
	for (d = j + 1; d < last && is_date(x, d); d++)
		;
	if (d > j + 1)
		return d;
	for (d = j + 1; d < last && d - j <= 7; d++) {
		/* a straight quotation mark opens as well as closes */
		opens = opens_quotation(x, d);
		/* a cue after a determiner is a noun: dans un communiqué;
		 * an infinitive or a clause is the object (promised in a
		 * letter to resign) */
		if ((!opens && x->toks[d].flags & ((T_PUNCT & ~T_OPENQ) |
		    T_COMP | T_PRON)) || in_class(x, WC_INFINITIVE, d) ||
		    (x->toks[d].cue >= 0 && !(x->toks[d - 1].flags & T_DET)))
			return j;
		/* not after a preposition of topic: testified before the
		 * committee about the decision says nothing */
		if (d > j + 1 && seen && (x->toks[d].flags & T_DET || opens) &&
		    phrase_word(x, d - 1) &&
		    !in_class(x, WC_TOPIC_PREP, d - 1))
			return d;
		/* a nié devant le tribunal avoir…: a bare infinitive after
		 * the phrase is the object, any phrase before it an adjunct */
		if (d > j + 1 && phrase_word(x, d - 1) &&
		    infinitive_at(x, d, last) &&
		    !has_suffix(x, SC_PRES_PARTICIPLE, d))
			return d;
		seen |= in_class(x, WC_MEDIUM, d) || time_word(x, d);
	}
	return j;
}

/*
 * Where a content from k ends before last, a phrase of the medium it was
 * said in after its last comma running to the end (…, dans un entretien
 * au Journal du dimanche; …, in an interview with the BBC): at that comma;
 * else last.  Where it was said, not what.
 */
#define MEDIUM_WORDS	8	/* dans un entretien accordé au Parisien */

static long
medium_after_comma(struct ctx *x, long k, long last)
{
	long m, d, end = last;
	int seen = 0;

	while (end > k && x->toks[end - 1].flags & T_STOP)
		end--;
	for (m = end - 1; m > k && !(x->toks[m].flags & T_COMMA); m--)
		if (x->toks[m].flags & (T_PUNCT | T_COMP | T_PRON) ||
		    x->toks[m].quoted || end - m > MEDIUM_WORDS)
			return last;
	if (m <= k || m + 2 >= end || !phrase_preposition(x, m + 1))
		return last;
	for (d = m + 2; d < end; d++) {
		if (x->toks[d].cue >= 0 && !(x->toks[d - 1].flags & T_DET) &&
		    !in_class(x, WC_MEDIUM, d))
			return last;
		seen |= in_class(x, WC_MEDIUM, d);
	}
	return seen ? m : last;
}

/*
 * The end of a name after the preposition at token j, and its article:
 * the outlet, the place, or whom it was said to (a dénoncé sur France
 * Inter « une faute », a promis à la CGT « une réponse », a annoncé à
 * Lyon la fin de…, denounced on CNN "a grave error"), where a determiner
 * or a quotation follows the name right away (not on NBC's "Meet the
 * Press", au président Donald Trump de vouloir « … »); j if none.
 */
static long
named_phrase_end(struct ctx *x, long j, long last)
{
	long k = j + 1;

	if (!phrase_preposition(x, j))
		return j;
	if (k < last && x->toks[k].flags & T_DET)
		k++;
	if (k >= last || !is_named(x, k))
		return j;
	while (k < last && is_named(x, k) && !(x->toks[k].flags & T_PUNCT))
		k++;
	return k < last && (x->toks[k].flags & T_DET ||
	    opens_quotation(x, k)) ? k : j;
}

/*
 * The end of an adverb of saying_adverbs at token k, quoted or not,
 * which tells how the cue's words were said (dément catégoriquement,
 * dément « catégoriquement », said repeatedly); k if there is none.  Not
 * a word the content starts with (only the UN had…, just the one).
 */
static long
manner_adverb_end(struct ctx *x, long k, long last)
{
	long q = k < last && x->toks[k].flags & T_OPENQ ? 1 : 0;

	if (k + q >= last || !in_class(x, WC_SAYING_ADVERB, k + q))
		return k;
	if (!q)
		return k + 1;
	return k + 2 < last && x->toks[k + 2].flags & T_CLOSEQ ? k + 3 : k;
}

/*
 * Where a complement starts after a time, a medium or an adverb between
 * the cue and it (a dénoncé mardi « l'escalade », a annoncé lors d'une
 * conférence de presse la fin de…, said Tuesday his plan…, said last week
 * the plant…, a nié mardi avoir…, dément catégoriquement toute
 * intervention): past dates, times with no preposition (time_phrases),
 * adverbs and a phrase of time or medium, at a determiner, a word that
 * counts (a requis mardi huit ans de prison), a quantifier of denial
 * (toute, any), a quotation, a pronoun or an infinitive; else k.
 */
static long
complement_start(struct ctx *x, long k, long last)
{
	long j = k, d, e, n;
	size_t p;

	for (;;) {
		for (d = j; d < last && (e = is_date(x, d) ? d + 1 :
		    (n = phrases_at(x, &x->lang->times, d, last, &p)) > 0 ?
		    d + n : manner_adverb_end(x, d, last)) > d; d = e)
			;
		if (d == j && (j >= last ||
		    ((d = medium_phrase_end(x, j, last)) == j &&
		    (d = named_phrase_end(x, j, last)) == j)))
			break;
		j = d;
	}
	if (j == k || j >= last || !(x->toks[j].flags & (T_DET | T_PRON |
	    T_COMP) || in_class(x, WC_ANY, j) || opens_phrase(x, j) ||
	    opens_quotation(x, j) || infinitive_at(x, j, last) ||
	    marked_infinitive(x, j, last)))
		return k;
	/* stressing in his remarks that…: the clause after its that */
	return x->toks[j].flags & T_COMP && j + 1 < last ? j + 1 : j;
}

/*
 * Does what a reflexive cue calls its source start at token k: a
 * lowercase word that is no mark and no cue (se dit favorable), such a
 * word after an opening quotation mark (s'est dit « fier de… »), or after
 * a preposition and its article (s'est dite en colère, sous le choc)?
 */
static int
reflexive_predicate(struct ctx *x, long k, long last)
{
	if (k < last && x->toks[k].flags & T_OPENQ)
		k++;
	if (k + 1 < last && in_class(x, WC_ADVERBIAL_PREP, k)) {
		k++;
		if (k + 1 < last && x->toks[k].flags & T_DET)
			k++;
	}
	return k < last && x->toks[k].flags == 0 && x->toks[k].cue < 0 &&
	    !is_upper(x, k);
}

/*
 * Does a clause or a quotation start in k..last-1, before a participle
 * that is a cue, whose clause it would be (wrote to the company demanding
 * that…): a complementizer, a colon, an opening quotation mark, a subject
 * pronoun, or a pronoun before an auxiliary (it had struck)?
 */
static int
clause_ahead(struct ctx *x, long k, long last)
{
	for (; k < last && !(x->toks[k].cue >= 0 &&
	    has_suffix(x, SC_PRES_PARTICIPLE, k)); k++)
		if (x->toks[k].flags & (T_COMP | T_COLON | T_OPENQ) ||
		    in_class(x, WC_SUBJECT_PRONOUN, k) ||
		    (x->toks[k].flags & T_PRON && k + 1 < last &&
		    auxiliary(x, k + 1)))
			return 1;
	return 0;
}

/*
 * Is whom it was said to all that starts at token k: a preposition of
 * target (to) before a determiner or a name, not an infinitive (wrote to
 * the company, to Congress; not wrote to ask), no question after it
 * (explained to CBS why…)?
 */
static int
addressee_only(struct ctx *x, long k, long last)
{
	long e;

	/* (not To in a headline's Title Case: Vows To Eliminate…) */
	if (k + 1 >= last || !in_class(x, WC_TARGET_PREP, k) ||
	    is_upper(x, k) ||
	    !(x->toks[k + 1].flags & T_DET || is_upper(x, k + 1)))
		return 0;
	/* the question within the few words a name or a noun takes */
	for (e = k + 2; e < last && e - k <= 4 && !(x->toks[e].flags &
	    T_PUNCT); e++)
		if (in_class(x, WC_INTERROGATIVE, e))
			return 0;
	return 1;
}

/*
 * Where what follows the cue's group starts, its object taken as one word
 * for a cue that takes one (told the BBC's Today programme): the object's
 * last word, else the group's end.
 */
static long
after_word(struct ctx *x, const struct verb *v)
{
	long e;

	if (!(v->cue->takes & TAKES_OBJ) || (e = object_end(x, v->g1,
	    v->last)) <= v->g1)
		return v->g1;
	return e - 1;
}

/*
 * The content where content_after() found none: an object and the
 * quotation that names it, no clause (a jugé les prévisions
 * « irréalistes »), or an infinitive after a time or a place (a affirmé
 * devant le conseil avoir agi…).
 */
static void
content_otherwise(struct ctx *x, struct verb *v)
{
	long k;

	if (v->cue->takes & TAKES_QUOTED_NAMING &&
	    (v->cend = quoted_naming_end(x, v->g1, v->last, v->clitic,
	    &v->objend)) >= 0) {
		v->k = v->g1;
		v->clause = 1;
	} else if (v->cue->takes & TAKES_INF &&
	    (k = complement_start(x, v->g1, v->last)) > v->g1 &&
	    infinitive_at(x, k, v->last))
		v->k = k;
}

/*
 * Is the cue's clause a relative on its object set off by a comma: a
 * relative pronoun or que after the comma, and a subject between it and
 * the cue (Le plan, que le maire a annoncé; the plan, which the mayor
 * announced)?
 */
static int
object_relative(struct ctx *x, const struct verb *v)
{
	return v->stop > v->first && x->toks[v->stop].flags & (T_REL |
	    T_COMP) && first_char(x, v->stop - 1) == ',' &&
	    v->s0 > v->stop && v->s0 < v->g0 &&
	    subject_between(x, v->s0, v->g0);
}

/*
 * The sentence around the group: where a subject may start before it
 * (s0, and the mark that stopped the search), where the content starts
 * after it, and a quotation that closes just before.  A naming cue's
 * content is its object's name (called him a liar).  Returns 0 if a
 * naming has none.
 */
static int
read_clause(struct ctx *x, struct verb *v)
{
	const struct claim *p;
	long first = v->first, stop;

	v->s0 = clause_start(x, v->g0, first, &v->stop);
	/* Officials said police had warned that…: English drops the
	 * complementizer, so the clause of a claim nested in another
	 * verb's content starts after that verb's cue (not after a noun of
	 * saying in the subject: A news report published Wednesday said;
	 * nor where a preposition follows the cue: responded by tweeting) */
	if ((p = claim_before(x, v->g0, 0)) != NULL && !p->nominal &&
	    p->sent == x->toks[v->g0].sent && p->cue.last > v->s0 &&
	    p->cue.last < v->g0 && p->content.first >= p->cue.last &&
	    p->content.first < v->g0 && p->content.last >= v->g0 &&
	    !(x->toks[p->cue.last].flags & (T_SKIP | T_ADVERBIAL)) &&
	    !in_class(x, WC_ADVERBIAL_PREP, p->cue.last) &&
	    !opens_gerund(x, p->cue.last, v->last)) {
		v->s0 = p->cue.last;
		v->stop = p->cue.last - 1;
	}
	stop = v->stop;
	if (v->cue->takes & TAKES_NAMING) {
		if ((v->cend = naming_end(x, v->g1, v->last, v->clitic,
		    &v->objend)) < 0)
			return 0;
		v->k = v->g1;
		v->clause = 1;
	} else {
		v->k = content_after(x, x->lang, v->c, v->g1, v->last, v->cue,
		    &v->clause);
		if (v->k < 0)
			content_otherwise(x, v);
	}
	/* se dit favorable à…, s'est déclaré prêt à…: what a reflexive
	 * cue calls its source is the content, quoted or not (s'est dit
	 * « fier » de ses joueurs) */
	if (v->k < 0 && v->reflexive && v->cue->takes & TAKES_REFLEXIVE &&
	    reflexive_predicate(x, v->g1, v->last)) {
		v->k = v->g1;
		v->clause = 0;
	}
	/* he said on Monday. (not: he said in a statement the plan failed);
	 * an object counts as a word (told the BBC's Today programme on
	 * Friday.) */
	if (!v->clause && v->k == v->g1 && v->last - after_word(x, v) <= 5 &&
	    nothing_said_after(x, v->cue, v->g1, v->last))
		v->k = -1;
	if (!v->clause && v->k == v->g1 && !(v->cue->takes & TAKES_NAMING))
		v->k = complement_start(x, v->k, v->last);
	/* Le plan, que le maire a annoncé lundi, coûtera…; the plan,
	 * which the mayor announced on Monday, will…: in a relative on
	 * the cue's object set off by a comma, what follows the cue up to
	 * the closing comma is all it says; adjuncts alone are nothing */
	if (v->k >= 0 && object_relative(x, v) &&
	    adjuncts_only(x, v->k, next_comma(x, v->k, v->last)))
		v->k = -1;
	/* testified against the former mayor, responded by pointing…,
	 * wrote to the company asking…: where that drops, a preposition's
	 * phrase after a cue that takes no noun phrase, with no clause or
	 * quotation after it, is no content (not: said for weeks he was…,
	 * claimed at one point that…); nor is whom it was said to */
	if (!v->clause && v->k >= 0 && x->lang->drops_complementizer &&
	    !(v->cue->takes & (TAKES_NP | TAKES_OBJ)) &&
	    (in_class(x, WC_ADVERBIAL_PREP, v->k) || addressee_only(x, v->k,
	    v->last)) && !clause_ahead(x, v->k, v->last))
		v->k = -1;
	if (stop >= 0 && x->toks[stop].flags & T_CLOSEQ &&
	    x->toks[stop].mate >= 0 && x->toks[stop].mate < stop)
		v->q = stop;
	else if (stop > first && x->toks[stop].flags & T_COMMA &&
	    x->toks[stop - 1].flags & T_CLOSEQ &&
	    x->toks[stop - 1].mate >= 0 && x->toks[stop - 1].mate < stop - 1)
		v->q = stop - 1;
	if (v->q < 0 && !v->clause && v->s0 == v->g0 && stop > first &&
	    x->toks[stop].flags & T_COMMA)
		v->q = quote_before_aside(x, stop, first, &v->s0);
	return 1;
}

/*
 * Is the clause from r + 1 to the cue at g0 a subject relative on the
 * noun before r, with no comma: a relative pronoun or that at r, right
 * after a word, and its verb at s0 (relative_verb(), or a lowercase word
 * of no grammatical class (a word of blame may be one: exploite), no
 * gerund, before a determiner that links no noun: The
 * company that runs the port said…, l'entreprise qui gère le port…);
 * not an object relative, whose subject follows the pronoun (the report
 * that the minister said…, the claims that officials said…)?
 */
static int
subject_relative_at(struct ctx *x, long r, long s0, long g0)
{
	if (s0 != r + 1 || s0 + 1 >= g0 || x->toks[r - 1].flags & T_PUNCT ||
	    !(in_class(x, WC_SUBJECT_RELATIVE, r) ||
	    x->toks[r].flags & (T_COMP | T_REL)))
		return 0;
	return relative_verb(x, s0, g0) || (!(x->toks[s0].flags & (T_PUNCT |
	    T_DET | T_PRON | T_AUX | T_COMP | T_REL | T_COORD | T_SKIP |
	    T_ADVERBIAL | T_PASSIVE)) &&
	    x->toks[s0].cue < 0 && !is_upper(x, s0) &&
	    !has_suffix(x, SC_PRES_PARTICIPLE, s0) &&
	    x->toks[s0 + 1].flags & T_DET &&
	    !(x->toks[s0 + 1].flags & T_COMP) &&
	    !in_class(x, WC_ANTECEDENT_LINK, s0 + 1));
}

/*
 * The man who runs the port said…, l'enquête sur les crues qui ont frappé
 * la vallée a conclu…: a relative on the subject that ends right before
 * the cue (subject_relative_at(), stop its pronoun) is no source; the
 * noun phrase before it, from its clause's start and not over another
 * cue (Residents say the company that…), speaks.  Returns whether it set
 * the source.
 */
static int
source_before_relative(struct ctx *x, struct verb *v, long stop,
    long first)
{
	long a, n, m;

	if (v->s0 >= v->g0 || v->participle || stop <= first ||
	    !subject_relative_at(x, stop, v->s0, v->g0) ||
	    (a = clause_start(x, stop, first, &m)) >= stop)
		return 0;
	if (stop - a > MAXSOURCE)
		a = stop - MAXSOURCE;
	for (n = stop - 1; n > a && x->toks[n - 1].cue < 0; n--)
		;
	source_span(x, v->c, n, stop);
	return 1;
}

/*
 * The noun phrase a subject relative at token r stands for, the one that
 * ends before it and its comma.  A name: its capitalized words, with a
 * determiner and one word before them (le président Martin), not words
 * further back, which may be a verb (the council met Senator Smith, who…);
 * else a noun from its determiner, through links to the noun before (le
 * ministre de l'Intérieur, le ministre du redressement productif, qui a
 * dit…).  Sets *s and returns its end, or -1.
 */
static long
antecedent(struct ctx *x, long r, long first, long *s)
{
	long e = r, k, link = -1;

	if (e > first && x->toks[e - 1].flags & T_COMMA)
		e--;
	for (k = e; k > first && e - k < MAXSOURCE && is_upper(x, k - 1) &&
	    !(x->toks[k - 1].flags & (T_PUNCT | T_DET)); k--)
		;
	/* after a link the name ends a longer noun: read it whole below */
	if (k < e && !(k > first && in_class(x, WC_ANTECEDENT_LINK, k - 1)) &&
	    !(k - 1 > first && x->toks[k - 1].flags & T_DET &&
	    in_class(x, WC_ANTECEDENT_LINK, k - 2))) {
		*s = k;
		if (k > first && x->toks[k - 1].flags & T_DET)
			*s = k - 1;
		else if (k - 1 > first && x->toks[k - 2].flags & T_DET &&
		    x->toks[k - 1].flags == 0 && x->toks[k - 1].cue < 0)
			*s = k - 2;
		return e;
	}
	for (*s = e; *s > first && e - *s < MAXSOURCE; ) {
		if (x->toks[*s - 1].flags & (T_PUNCT | T_COMP | T_REL | T_AUX |
		    T_COORD | T_PASSIVE) || x->toks[*s - 1].cue >= 0)
			break;
		--*s;
		/* a link that is an article too (du, des) goes on, to a
		 * determiner before it (la ministre des affaires sociales),
		 * else it is the phrase's article (a reçu des élus, qui) */
		if (x->toks[*s].flags & T_DET &&
		    in_class(x, WC_ANTECEDENT_LINK, *s) && link < 0) {
			link = *s;
			continue;
		}
		if (x->toks[*s].flags & T_DET && !(*s - 1 > first &&
		    in_class(x, WC_ANTECEDENT_LINK, *s - 1)))
			break;
	}
	if (link >= 0 && !(x->toks[*s].flags & T_DET))
		*s = link;
	return *s < e ? e : -1;
}

/*
 * Do tokens o..a-2 and the comma at a-1 make an adverbial that opens the
 * sentence (Meanwhile, ; Par ailleurs, ; On Monday, ): a few words, no
 * person nor organisation named, no cue, verb or mark among them?  After
 * a preposition of place or time (not_source_starts) a phrase may be
 * longer and name them (On CNN Tuesday, ; In an interview with NBC
 * News, ; Sur France Inter mardi, ): where or when it was said.
 */
static int
opening_adverbial(struct ctx *x, long o, long a)
{
	long k;
	int prep = (x->toks[o].flags & T_SKIP) != 0;

	if (a <= o + 1 || a - 1 - o > (prep ? MAXSOURCE : 4) ||
	    !(x->toks[a - 1].flags & T_COMMA))
		return 0;
	for (k = o; k < a - 1; k++)
		if (x->toks[k].cue >= 0 || auxiliary(x, k) ||
		    x->toks[k].flags & T_PUNCT)
			return 0;
	return prep || (entity_in(x, x->toks[o].start, x->toks[a - 2].end,
	    "PER") == x->doc.nents && entity_in(x, x->toks[o].start,
	    x->toks[a - 2].end, "ORG") == x->doc.nents);
}

/*
 * Are tokens a..b-1 a name of capitalised words, two to NAME_WORDS of
 * them, whatever the tagger made of it (Workers United, Human Rights
 * Watch: its first word, a noun written in lowercase elsewhere, may be
 * read as the sentence's capital alone)?
 */
#define NAME_WORDS	4

static int
capitalised_name(struct ctx *x, long a, long b)
{
	long k;

	if (b - a < 2 || b - a > NAME_WORDS)
		return 0;
	for (k = a; k < b; k++)
		if (!is_upper(x, k) || x->toks[k].flags & (T_SKIP |
		    T_ADVERBIAL))
			return 0;
	return 1;
}

/*
 * The noun phrase an apposition at n (after its comma) is set beside, when
 * it opens the sentence, or follows an adverbial that does (opens), or,
 * after a content, follows a comma (…, the health minister, Anne Moore,
 * said): a name or a phrase a determiner or a word that counts opens
 * (Jane Smith, the mayor, …; The 37-year-old, a former champion, …;
 * Plusieurs associations, dont la LDH, …; Workers United, the union…;
 * not an age alone: …, 60,), not an adverb or a place or time (However,
 * …; In Paris, …).
 * Returns its first token, or -1.
 */
static long
apposed_subject(struct ctx *x, long n, long first, int opens)
{
	long a = aside_start(x, n - 1, first), o, k, h;
	size_t p;

	o = after_dateline(x, first, n - 1);
	if ((opens ? a != o && !opening_adverbial(x, o, a) : a <= first ||
	    !(x->toks[a - 1].flags & T_COMMA)) || a >= n - 1 ||
	    n - 1 - a > MAXSOURCE || !(x->toks[n - 1].flags & T_COMMA) ||
	    x->toks[a].flags & (T_ADVERBIAL | T_COORD) || place_or_time(x, a))
		return -1;
	/* the apposition is a noun phrase too, not a place or a time
	 * (The fire broke out, in the warehouse, said…), nor a noun's
	 * phrase that is a preposition (L'usine fermera, faute de
	 * commandes, a annoncé…) */
	if (x->toks[n].flags & (T_ADVERBIAL | T_COORD | T_PUNCT) ||
	    place_or_time(x, n) || phrases_at(x, &x->lang->locutions, n,
	    sent_last(x, n), &p) > 0)
		return -1;
	for (k = a; k < n - 1; k++)
		if (x->toks[k].cue >= 0 || auxiliary(x, k) ||
		    x->toks[k].flags & (T_PUNCT | T_COMP | T_REL))
			return -1;
	/* a person's name may follow an honorific (Mr Jones, 54, said),
	 * not a word no source starts with (Of Carson, …) */
	h = a + 1 < n - 1 && is_upper(x, a) && !(x->toks[a].flags & T_SKIP) ?
	    a + 1 : a;
	if (x->toks[a].flags & T_DET || (a + 1 < n - 1 &&
	    opens_phrase(x, a)) || entity_in(x, x->toks[a].start,
	    x->toks[h].end, "PER") < x->doc.nents || entity_in(x,
	    x->toks[a].start, x->toks[a].end, "ORG") < x->doc.nents ||
	    capitalised_name(x, a, n - 1))
		return a;
	return -1;
}

/*
 * Are tokens a..b-1 a longer noun phrase: opened by a determiner, at most
 * LONGPHRASE words, none of them a lowercase word in the past (L'ancien
 * porte-parole de la mission, The former spokesman of the mission; not
 * The company that built it, The agency cited the report)?
 */
#define LONGPHRASE	8

static int
noun_phrase(struct ctx *x, long a, long b)
{
	long k;

	if (b - a > LONGPHRASE || !(x->toks[a].flags & T_DET))
		return 0;
	for (k = a + 1; k < b; k++)
		if (x->toks[k].flags == 0 && past_word(x, k))
			return 0;
	return 1;
}

/*
 * The subject that opens the sentence before the aside at n and up to two
 * more (Mme Durand, 62 ans, retraitée, a raconté): its first token, *m
 * set to its apposition's; or -1.  Further back than the first aside, a
 * short phrase or a noun phrase (noun_phrase()).
 */
static long
subject_before_asides(struct ctx *x, long n, long first, long *m)
{
	long a, k;

	*m = n;
	if ((a = apposed_subject(x, n, first, 1)) >= 0)
		return a;
	/* further back, a short noun phrase only: a clause may stand
	 * before an aside (Facebook created the tool, a spokeswoman
	 * said) */
	for (k = 0; k < 2 && *m > first; k++) {
		*m = aside_start(x, *m - 1, first);
		if (*m > first && (a = apposed_subject(x, *m, first,
		    1)) >= 0 && (*m - 1 - a <= 5 || noun_phrase(x, a, *m - 1)))
			return a;
	}
	*m = n;
	return -1;
}

/*
 * Where the sentence's subject starts, before the cue at v->g0: after a
 * dateline, and after the phrases that open the sentence with a
 * preposition, an adverb or an adverb phrase, a date or a subordinator
 * and end at a comma (In a letter to colleagues, Sanders argued…,
 * arguing; Mardi soir, le président…; Plus tard, X… et a déclaré;
 * WASHINGTON — The senator…).
 */
static long
subject_start(struct ctx *x, const struct verb *v)
{
	long s = after_dateline(x, v->first, v->g0), k;
	size_t p;

	while (s < v->g0 && (x->toks[s].flags & (T_SKIP | T_ADVERBIAL |
	    T_ADV) || is_date(x, s) || subordinator_at(x, s, v->g0) != 0 ||
	    phrases_at(x, &x->lang->insertions, s, v->g0, &p) > 0)) {
		for (k = s + 1; k < v->g0 && !(x->toks[k].flags & T_PUNCT);
		    k++)
			;
		if (k >= v->g0 || !(x->toks[k].flags & T_COMMA))
			break;
		s = k + 1;
	}
	return s;
}

/*
 * Is token k an adverb a gerund's marker may follow: one of the
 * language's (toujours, even) or of gerund_adverbs (tout en ajoutant)?
 */
static int
gerund_adverb(struct ctx *x, long k)
{
	return x->toks[k].flags & T_ADV || in_class(x, WC_GERUND_ADVERB, k);
}

/*
 * The end of a name before a title and a person's name, from e on before
 * end: the person's, who speaks (Riverside United manager Tom Keller,
 * Colorado Secretary of State Jena Griswold; English only, French puts
 * the title first); else e.  The title's words, capitalised or not, are
 * words in no name of their own, a few of them.
 */
#define NAME_TITLE_WORDS	4	/* Deputy Secretary of State */

static long
person_after_title(struct ctx *x, long e, long end)
{
	long k, p;

	for (k = e; k < end && k - e < NAME_TITLE_WORDS &&
	    is_word_at(x, x->toks[k].start) && (x->toks[k].flags == 0 ||
	    (k > e && in_class(x, WC_NOUN_COMPLEMENT, k))) &&
	    (x->toks[k].cue < 0 || is_upper(x, k)) &&
	    entity_of(x, x->toks[k].start, x->toks[k].end) < 0; k++)
		;
	if (k == e || k == end || (p = entity_of(x, x->toks[k].start,
	    x->toks[k].end)) < 0 || x->doc.ents[p].start != x->toks[k].start ||
	    !dp_entity_is(&x->doc.ents[p], "PER"))
		return e;
	while (k < end && x->toks[k].end <= x->doc.ents[p].end)
		k++;
	return k;
}

/*
 * The sentence's subject, the source of a participle or of a second cue
 * (X a critiqué…, ajoutant que…; X a accusé… et a averti…; Sanders rose
 * by saying that…): from its first word up to an auxiliary, a cue or a
 * comma, or to the end of the name or pronoun it opens with, where
 * English puts no auxiliary after it (Bolton gave an assessment, while
 * saying…).  A gerund that opens the sentence has the subject after the
 * comma that ends its clause, which ends its content too (After saying he
 * was tired, Kasich left), its marker after adverbs or gerund_adverbs if
 * any (Tout en insistant…, Even while saying…).  Returns 0 if there is
 * none.
 */
static int
sentence_subject(struct ctx *x, struct verb *v)
{
	long s = v->first, e, end, k, m;

	/* its marker after adverbs (Tout en insistant, Even while saying),
	 * which the group may have taken in as a clitic (en) */
	for (m = v->first; m < v->i && gerund_adverb(x, m); m++)
		;
	if (v->participle && gerund_marker(x, v->p0, v->first) == m) {
		for (s = v->g1; s < v->last && first_char(x, s) != ','; s++)
			;
		v->cend = s++;
	} else
		s = subject_start(x, v);
	if (s >= v->last || (end = e = subject_end(x, s, v->last)) == s)
		return 0;
	/* a pronoun alone; not one that is a determiner too before its
	 * noun (Her liberal friends have mocked…, calling…) */
	if (x->toks[s].flags & T_PRON && !(x->toks[s].flags & T_DET &&
	    s + 1 < end))
		e = s + 1;
	else if ((k = entity_of(x, x->toks[s].start, x->toks[s].end)) >= 0 &&
	    x->doc.ents[k].start == x->toks[s].start) {
		for (e = s + 1; e < end && x->toks[e].end <= x->doc.ents[k].end;
		    e++)
			;
		/* the name a possessive follows owns the subject's head
		 * (Britain's aviation regulator) */
		if (e < end && possessive_at(x, e, s, end))
			e = end;
		else
			e = person_after_title(x, e, end);
	}
	set_tokens(x, &v->c->source, s, e);
	return 1;
}

/* Is there an auxiliary or a cue among tokens a..b-1? */
static int
verb_between(struct ctx *x, long a, long b)
{
	for (; a < b; a++)
		if (x->toks[a].flags & T_AUX || x->toks[a].cue >= 0)
			return 1;
	return 0;
}

/*
 * Is the aside n..stop-1 a past participle and its agent (Democrats, led
 * by Senator Warren, urged; Les élus, emmenés par le maire, ont dénoncé)?
 * It tells who leads or backs the subject before it, which speaks.
 */
static int
agent_aside(struct ctx *x, long n, long stop)
{
	return n + 2 < stop && x->toks[n].cue < 0 && past_participle(x, n) &&
	    in_class(x, WC_AGENT, n + 1);
}

/*
 * Is the aside n..stop-1 an adverb alone or an adverb phrase, set off by
 * commas between a subject and its cue (Supporters, however, insist;
 * Les partisans, cependant, affirment; The unions, for their part,
 * said)?  The subject is before it.
 */
static int
adverb_aside(struct ctx *x, long n, long stop)
{
	size_t p;

	return (n + 1 == stop && x->toks[n].flags & T_ADV) ||
	    (stop > n && phrases_at(x, &x->lang->insertions, n, stop, &p) ==
	    stop - n);
}

/*
 * The end of the noun phrase from n before the comma at stop: where a
 * verb before its object ends it, the phrase is a clause and its subject
 * the cue's, shared as headlines and lists of acts do (Le gouvernement
 * maintient sa réforme, prévient que…); else the phrase's end.
 */
static long
clause_subject_end(struct ctx *x, long n, long stop)
{
	long k, end = phrase_end(x, n, stop);

	for (k = n + 1; k < end; k++)
		if (verb_before_object(x, k, n, stop))
			return k;
	return end;
}

/*
 * The source of a cue after a comma at stop (X, qui fut…, a estimé que;
 * X, in a statement, said; Le préfet, mardi, a affirmé; Supporters,
 * however, insist; Critics, including unions, warned; Democrats, led by
 * X, urged): the subject before a relative, a preposition's aside, a
 * date, an adverb, some of its members or a participle and its agent;
 * after a conjunction of contrast that opens its clause (…, while
 * Democrats, led by X, urged).
 */
static void
source_before_asides(struct ctx *x, struct claim *c, long stop, long first)
{
	long n, m, a;

	for (n = aside_start(x, stop, first), m = stop; n > first &&
	    !(m < stop && in_class(x, WC_CONTRAST, n)) &&
	    (x->toks[n].flags & (T_REL | T_ADVERBIAL) ||
	    place_or_time(x, n) || adverb_aside(x, n, m) ||
	    in_class(x, WC_INCLUSION, n) || agent_aside(x, n, m));
	    m = n - 1, n = aside_start(x, n - 1, first))
		;
	if (m < stop && in_class(x, WC_CONTRAST, n) && n + 1 < m) {
		source_span(x, c, n + 1, phrase_end(x, n + 1, m));
		return;
	}
	/* Jane Smith, junior minister, said: the apposition's noun
	 * phrase, the sentence's subject, speaks */
	if (n > first && (a = subject_before_asides(x, n, first,
	    &m)) >= 0) {
		source_span(x, c, a, phrase_end(x, a, m - 1));
		set_tokens(x, &c->apposed, m, phrase_end(x, m, stop));
	}
	else if (n < stop && !(x->toks[n].flags & T_REL))
		source_span(x, c, n, clause_subject_end(x, n, stop));
}

/*
 * Do the verb groups that start at tokens a and b open alike: both with
 * the same auxiliary, or neither with one?  Coordinated verbs share their
 * tense and their subject's person (a rappelé… et a exigé; ont dit… et
 * ont promis; said… and demanded).
 */
static int
same_opening(struct ctx *x, long a, long b)
{
	int aux = (x->toks[a].flags & T_AUX) != 0;

	if (aux != ((x->toks[b].flags & T_AUX) != 0))
		return 0;
	return !aux || strcmp(word(x, a), word(x, b)) == 0;
}

/*
 * The claim whose subject a later cue shares: prev, the latest before it;
 * but where prev's cue lies in the content of an earlier claim of the
 * sentence, a cue whose own auxiliary opens its group as that claim's
 * does and not as prev's is that claim's second verb (Le porte-parole a
 * rappelé que Paris avait soutenu les négociations et a exigé un vote;
 * the unions have said that the minister had claimed victory and have
 * demanded a recount).  A verb with no auxiliary of its own may share
 * prev's, left out (had criticized the pope and accused him of…): prev's.
 */
static struct claim *
coordinated_with(struct ctx *x, const struct verb *v, struct claim *prev)
{
	struct claim *q;

	if (!(x->toks[v->g0].flags & T_AUX) ||
	    same_opening(x, prev->cue.first, v->g0))
		return prev;
	for (q = prev; q-- > x->claims && q->sent == prev->sent; )
		if (q->source.first >= 0 && q->content.first >= 0 &&
		    q->content.first <= prev->cue.first &&
		    prev->cue.last <= q->content.last &&
		    same_opening(x, q->cue.first, v->g0))
			return q;
	return prev;
}

/*
 * Where the noun phrases that the coordinator at stop joins, the cue's
 * subject, start: the sentence's first word after its dateline, the
 * phrases set apart by commas or not, no verb, cue, date, clause or
 * quotation among them (Le PS, LFI, les écologistes et les communistes
 * ont annoncé…; The mayor and his deputy said…).  -1 if none.
 */
static long
subject_list_start(struct ctx *x, long first, long stop)
{
	long k, a = after_dateline(x, first, stop);
	size_t p;

	/* after a sentence adverb and its comma (However, two nurses and a
	 * doctor said…); not after an attribution or an opening phrase
	 * (According to X, A and B asked…) */
	if (a + 2 < stop && x->toks[a].flags & (T_ADV | T_ADVERBIAL) &&
	    first_char(x, a + 1) == ',')
		a += 2;
	if (stop <= a || first_char(x, a) == ',' ||
	    phrases_at(x, &x->lang->preps, a, stop, &p) != 0 ||
	    phrases_at(x, &x->lang->openings, a, stop, &p) != 0)
		return -1;
	for (k = a; k < stop; k++) {
		if (first_char(x, k) == ',' && !x->toks[k].quoted) {
			if (k + 1 == stop || first_char(x, k + 1) == ',')
				return -1;
			continue;
		}
		if (x->toks[k].flags & (T_PUNCT | T_COMP | T_REL | T_COORD |
		    T_AUX | T_ADVERBIAL | T_ADV) || x->toks[k].cue >= 0 ||
		    x->toks[k].quoted || is_date(x, k) || past_word(x, k))
			return -1;
	}
	return a;
}

/*
 * Where the subject starts in a relative with no relative pronoun, the
 * cue's content opening with a verb whose subject is the antecedent (the
 * 95 percent experts say is needed; a figure analysts said was too low;
 * the weapon police say was used): a verb before the cue in its clause
 * shows the words before it are another clause's, the subject is the
 * noun before the cue, with its determiner or the capitalised words
 * before it.  Else v->s0.
 */
static long
contact_subject(struct ctx *x, const struct verb *v)
{
	long k, a = v->g0 - 1;

	if (v->pron >= 0 || v->g1 >= v->last || !auxiliary(x, v->g1) ||
	    a <= v->s0 || x->toks[a].flags & ~T_INFORMANT || is_upper(x, a) ||
	    in_class(x, WC_MODAL, a))
		return v->s0;
	for (k = v->s0; k < a && !auxiliary(x, k) && !past_word(x, k); k++)
		;
	if (k == a)
		return v->s0;
	while (a > k + 1 && (is_upper(x, a - 1) ||
	    x->toks[a - 1].flags & T_DET))
		if (x->toks[--a].flags & T_DET)
			break;
	return a;
}

/*
 * Who speaks, when the claim is not inverted: an inverted pronoun, a
 * subject after the cue where the profile puts it there, a pronoun or
 * noun phrase before the group (not a time or place phrase after a
 * comma: X, on Wednesday, testified), a subject relative's antecedent (X,
 * qui a dit…), the subject of the claim before (one subject, two cues),
 * the sentence's subject (X a critiqué…, ajoutant que…), or the subject
 * before an aside.  Returns 0 if none.
 */
static int
subject_source(struct ctx *x, struct verb *v)
{
	struct claim *c = v->c, *prev;
	long n, a, stop = v->stop, first = v->first;

	if (v->pron >= 0)
		pronoun_source(x, c, v->pron);
	else if (x->lang->source_after_cue && v->clause && v->k > v->g1 + 1 &&
	    x->toks[v->k - 1].flags & T_COMP)
		/* A language whose subject follows the verb: CUE X COMP … */
		source_span(x, c, v->g1, v->k - 1);
	else if (v->g0 > first && x->toks[v->g0 - 1].flags & T_PRON &&
	    !v->participle && !in_class(x, WC_OBJECT_ONLY, v->g0 - 1)) {
		set_tokens(x, &c->source, v->g0 - 1, v->g0);
		c->pronoun = 1;
	} else if (source_before_relative(x, v, stop, first))
		/* The man who runs the port said… */
		;
	else if (v->s0 < v->g0 && !v->participle &&
	    !(place_or_time(x, v->s0) &&
	    stop >= 0 && x->toks[stop].flags & T_COMMA)) {
		/* a list of subjects: all of them (A, B and C said); a
		 * long subject: its last words (the constructions after
		 * this read v->s0 so bounded too) */
		if (stop > first && x->toks[stop].flags & T_COORD &&
		    (a = subject_list_start(x, first, stop)) >= 0)
			v->s0 = a;
		else if (v->g0 - v->s0 > MAXSOURCE)
			v->s0 = v->g0 - MAXSOURCE;
		v->s0 = contact_subject(x, v);
		source_span(x, c, v->s0, v->g0);
	}
	else if (stop > first && stop + 1 == v->g0 &&
	    in_class(x, WC_SUBJECT_RELATIVE, stop) &&
	    (n = antecedent(x, stop, first, &a)) >= 0) {
		/* le président Martin, qui a affirmé que…: its antecedent;
		 * set off by commas, the relative ends at the next one */
		source_span(x, c, a, n);
		v->relative = x->toks[stop - 1].flags & T_COMMA;
		v->subject_relative = v->relative && !verb_between(x, first, a);
	}
	else if ((prev = claim_before(x, v->i, 0)) != NULL && (stop < 0 ||
	    !(x->toks[stop].flags & (T_COMP | T_REL)))) {
		/* Bakou a accusé… et a averti…: one subject, two cues. */
		prev = coordinated_with(x, v, prev);
		c->source = prev->source;
		c->apposed = prev->apposed;
		c->pronoun = prev->pronoun;
	} else if (stop == first && x->toks[stop].flags & T_COORD)
		/* Et menace de…, And warned that…: the subject is an
		 * earlier sentence's; the claim has none of its own */
		return 1;
	else if ((v->participle || (stop >= 0 && x->toks[stop].flags &
	    T_COORD)) && sentence_subject(x, v))
		/* X a accusé… et a averti…: one subject, two cues */
		;
	else if (stop >= 0 && x->toks[stop].flags & T_COMMA) {
		source_before_asides(x, c, stop, first);
		/* X, its apposition, CUE: the claim starts at X, which no
		 * other content's cut leaves behind (…, selon son
		 * porte-parole, over the whole clause) */
		if (c->source.first >= 0 && c->source.first < stop)
			c->edge = c->source.first;
	}
	if (c->source.first >= v->s0 && c->source.first < v->g0)
		c->edge = c->source.first;
	else if (stop >= 0 && x->toks[stop].flags & T_COORD)
		c->edge = stop;
	return c->source.first >= 0;
}

/*
 * The agent of a passive cue, after by or par at v->g1, up to a word of
 * class stop (-1: none) or a token with a flag of stops: its first token
 * (*k its end), or -1 if there is no by or par (*k is v->g1), or -2 if
 * nothing follows it.
 */
static long
passive_agent(struct ctx *x, const struct verb *v, long *k, int stop,
    unsigned stops)
{
	long a;

	*k = v->g1;
	if (*k >= v->last || !in_class(x, WC_AGENT, *k))
		return -1;
	for (a = ++*k; *k < v->last && *k - a < MAXSOURCE && !(stop >= 0 &&
	    in_class(x, (enum wclass)stop, *k)) && !(x->toks[*k].flags & stops);
	    ++*k)
		;
	return *k == a ? -2 : a;
}

/*
 * X is accused (by Y) of…, X est accusé (par Y) de…: the passive of a
 * cue whose object is its target (accuse, blame, urge; accuser, sommer),
 * or its participle in apposition (X, accused of…, resigned).
 * The content runs from the preposition that ends a target (of, to; de,
 * à); the agent after by or par, if there is one, is the source.
 */
static enum match
target_passive(struct ctx *x, struct verb *v, int apposed)
{
	struct claim *c = v->c;
	long k, a, end = v->last, e;

	if ((a = passive_agent(x, v, &k, WC_TARGET_END, T_PUNCT)) == -2)
		return REJECTED;
	if (k + 1 >= v->last || !in_class(x, WC_TARGET_END, k))
		return REJECTED;
	if (a >= 0)
		source_span(x, c, a, k);
	/* an apposition ends at its comma */
	for (e = k; apposed && e < end; e++)
		if (x->toks[e].flags & T_COMMA)
			end = e;
	end = ender_at(x, &x->lang->enders, 1, k, end);
	if (a < 0 && (a = agent_after(x, k + 1, end)) >= 0) {
		source_span(x, c, a, agent_end(x, a, end));
		end = a - 1;
	}
	set_tokens(x, &c->content, k, end);
	trim(x, &c->content);
	return MATCHED;
}

/*
 * The agent after a target passive's content (accusé de favoritisme par
 * l'opposition, accused of fraud by prosecutors): its first token, or
 * -1.  Not a participle's, in the content (accusé d'avoir été payé par,
 * accused of hiring firms owned by): no auxiliary before it, and no
 * participle just before the preposition.
 */
static long
agent_after(struct ctx *x, long from, long end)
{
	long p;

	for (p = from; p < end; p++) {
		if (x->toks[p].flags & (T_AUX | T_PASSIVE | T_PUNCT | T_COMP |
		    T_REL))
			return -1;
		if (in_class(x, WC_AGENT, p))
			return p > from && !adjectival_participle(x, p - 1) &&
			    !has_suffix(x, SC_PAST, p - 1) &&
			    agent_opens(x, p + 1, end) ? p + 1 : -1;
	}
	return -1;
}

/*
 * X were told that…, ont été informés que…: the passive of a cue whose
 * object is whom it is said to (tell, inform, assurer).  The content
 * follows the complementizer; the agent after by or par, if any, is the
 * source; the subject, the addressee, is none.
 */
static enum match
obj_passive(struct ctx *x, struct verb *v)
{
	struct claim *c = v->c;
	long k, a;

	if ((a = passive_agent(x, v, &k, -1, T_COMP | T_PUNCT)) == -2)
		return REJECTED;
	/* that (English's clause without it, were told offenders would
	 * be punished, the officials said, ran on into the next claim) */
	if (k + 1 >= v->last || !(x->toks[k].flags & T_COMP))
		return NO_MATCH;
	if (a >= 0)
		source_span(x, c, a, k);
	set_tokens(x, &c->content, k + 1, ender_at(x, &x->lang->enders, 1,
	    k + 1, v->last));
	trim(x, &c->content);
	return MATCHED;
}

/*
 * Can an agent open at token a, after by or par: a determiner, a name, a
 * pronoun, or a plural after at most two words (par le tribunal, by local
 * residents; not par rapport à, nor an adverb phrase: par ailleurs)?
 */
static int
agent_opens(struct ctx *x, long a, long last)
{
	size_t p;
	long k;

	if (a >= last || phrases_at(x, &x->lang->insertions, a - 1, last, &p))
		return 0;
	if (x->toks[a].flags & (T_DET | T_PRON) || is_upper(x, a))
		return 1;
	/* an informant is a plain noun here (by federal prosecutors) */
	for (k = a; k < last && k < a + 3 &&
	    (x->toks[k].flags & ~T_INFORMANT) == 0 && x->toks[k].cue < 0; k++)
		if (has_suffix(x, SC_PLURAL, k))
			return 1;
	return 0;
}

/*
 * Where a phrase from token a ends (an agent, a judgement): a mark, a
 * clause, a coordinator, an auxiliary (the verb the phrase is the
 * subject of: requis par la loi sont…), a place or a time (by
 * prosecutors on Monday, par la mairie dans un communiqué), at most
 * MAXSOURCE tokens on.
 */
static long
agent_end(struct ctx *x, long a, long last)
{
	long e, n;

	for (e = a; e < last && e - a < MAXSOURCE && !(x->toks[e].flags &
	    (T_PUNCT | T_COMP | T_REL | T_COORD | T_AUX)); e++)
		/* not inside a name: the Committee on Benghazi */
		if (e > a && place_or_time(x, e) && ((n = entity_of(x,
		    x->toks[e].start, x->toks[e].end)) < 0 ||
		    x->doc.ents[n].start >= x->toks[e].start))
			break;
	return e;
}

/*
 * La loi a été jugée illégale par le tribunal, was described as unfit by
 * the board, a été qualifié de normal par la France: the agentive passive
 * of a cue that judges its subject.  The words after the group, past a link
 * (comme, de; as), up to by or par are the content, the agent after it
 * the source; or the agent comes first and the link after it (considéré
 * par les experts comme…).  Without an agent the judgement is the
 * reporter's, or nobody's: no claim.
 */
static enum match
judged_passive(struct ctx *x, struct verb *v)
{
	struct claim *c = v->c;
	long p = v->g1, e, a, end = v->last;

	if (p >= end)
		return NO_MATCH;
	if (in_class(x, WC_AGENT, p)) {
		if (!agent_opens(x, a = p + 1, end))
			return NO_MATCH;
		for (e = a; e < end && e - a < MAXSOURCE &&
		    !in_class(x, WC_PREDICATE_LINK, e) &&
		    !(x->toks[e].flags & (T_PUNCT | T_COMP | T_REL)); e++)
			;
		if (e == a || e >= end || !in_class(x, WC_PREDICATE_LINK, e))
			return NO_MATCH;
		source_span(x, c, a, e);
		p = e + 1;
		e = agent_end(x, p, end);
	} else {
		while (p < end && in_class(x, WC_PREDICATE_LINK, p))
			p++;
		for (e = p; e < end && e - p < MAXSOURCE &&
		    !in_class(x, WC_AGENT, e) && !(x->toks[e].flags &
		    (T_PUNCT | T_COMP | T_REL)); e++)
			;
		if (e == p || e >= end || !in_class(x, WC_AGENT, e) ||
		    !agent_opens(x, a = e + 1, end))
			return NO_MATCH;
		source_span(x, c, a, agent_end(x, a, end));
	}
	/* what is judged is said with a word, not a place or a time after
	 * a preposition (was called on it by, jugé en mars par) */
	if (e <= p || place_or_time(x, p) || x->toks[p].flags & T_ADVERBIAL)
		return NO_MATCH;
	set_tokens(x, &c->content, p, e);
	trim(x, &c->content);
	return MATCHED;
}

/*
 * Is the cue a past participle right after its noun, no auxiliary, no
 * comma, and its agent right after it (un fichier réclamé par des
 * syndicats, an attack blamed by London on…)?  Such a participle is a
 * passive's: its noun is what was said or asked, the agent who did.
 */
static int
reduced_passive(struct ctx *x, const struct verb *v)
{
	return !v->aux && !v->passive && v->pron < 0 && v->g0 == v->i &&
	    v->i > v->first && !after_comma(x, v->i, v->first) &&
	    !(x->toks[v->i - 1].flags & (T_PUNCT | T_AUX | T_COMP | T_REL |
	    T_COORD | T_PRON)) && x->toks[v->i - 1].cue < 0 &&
	    past_participle(x, v->i) && v->g1 + 1 < v->last &&
	    in_class(x, WC_AGENT, v->g1) &&
	    agent_opens(x, v->g1 + 1, v->last);
}

/*
 * The noun phrase that ends before token i: back to a mark, a clause's
 * word, a coordinator, an auxiliary, a cue or a verb's participle or past
 * (a présenté une loi, soured after an attack), at most MAXSOURCE tokens,
 * less the prepositions it starts with (avec un fichier: un fichier).
 */
static long
phrase_before(struct ctx *x, long i, long first)
{
	long k;

	for (k = i; k > first && i - k < MAXSOURCE && !(x->toks[k - 1].flags &
	    (T_PUNCT | T_COMP | T_REL | T_COORD | T_AUX)) &&
	    x->toks[k - 1].cue < 0 && !(k < i && past_participle(x, k - 1));
	    k--)
		;
	while (k < i && in_class(x, WC_ADVERBIAL_PREP, k))
		k++;
	return k;
}

/*
 * Un fichier réclamé par des syndicats, a register demanded by police
 * unions, une attaque imputée par Londres au GRU: a demand, or a blame
 * laid on a target after à, made of the noun before the participle
 * (reduced_passive()); the agent is the source.  Any other cue's
 * participle there says who did a thing (the measures announced by the
 * government, attacks claimed by a group: GUIDELINES, no claim).
 */
static enum match
agent_demand(struct ctx *x, struct verb *v)
{
	struct claim *c = v->c;
	long a = v->g1 + 1, n;

	if (v->cue->kind != K_DEMAND && !(v->cue->takes & TAKES_TARGET_A))
		return REJECTED;
	if ((n = phrase_before(x, v->i, v->first)) >= v->i)
		return REJECTED;
	source_span(x, c, a, agent_end(x, a, v->last));
	set_tokens(x, &c->content, n, v->i);
	trim(x, &c->content);
	c->edge = n;
	c->reduced = 1;
	return MATCHED;
}

/*
 * It is alleged that…, it was reported that…, il a été rapporté que…:
 * the passive of a cue after a pronoun that is no one (expletive_pronouns)
 * and before a complementizer, a report with no source at a distance,
 * an accusation where the cue accuses.
 */
static enum match
impersonal_passive(struct ctx *x, struct verb *v)
{
	struct claim *c = v->c;
	long k;

	if (v->g0 <= v->first || !in_class(x, WC_EXPLETIVE, v->g0 - 1))
		return NO_MATCH;
	/* its complementizer after a date, if any (was announced on
	 * Monday that) */
	for (k = v->g1; k < v->last && k - v->g1 < 3 && !(x->toks[k].flags &
	    (T_COMP | T_PUNCT)) && (is_date(x, k) || place_or_time(x, k));
	    k++)
		;
	if (k + 1 >= v->last || !(x->toks[k].flags & T_COMP))
		return NO_MATCH;
	set_kind(c, v->cue->kind == K_ACCUSATION ? K_ACCUSATION : K_REPORT,
	    W_PASSIVE, v->g0);
	hedge(c, W_PASSIVE, v->g0);
	set_tokens(x, &c->content, k + 1, ender_at(x, &x->lang->enders, 1,
	    k + 1, v->last));
	trim(x, &c->content);
	return MATCHED;
}

/*
 * X is said to…, were told to leave: a passive cue before an infinitive's
 * marker, its content from there.
 */
static enum match
infinitive_passive(struct ctx *x, struct verb *v)
{
	struct claim *c = v->c;
	long last;

	/* were told to leave, were warned against going, ont été avertis
	 * de rester: what its addressee, the subject, is to do, an order
	 * or a warning passed on; the distance of is said to is a cue's
	 * with no addressee.  Only a warning's preposition marks what is
	 * to be done (is assured of winning: is sure to) */
	if (v->cue->takes & TAKES_OBJ && v->g1 + 1 < v->last &&
	    !(x->toks[v->g1 + 1].flags & T_DET) &&
	    (v->cue->kind == K_WARNING ? marked_infinitive(x, v->g1, v->last) :
	    in_class(x, WC_INFINITIVE, v->g1) &&
	    marked_infinitive(x, v->g1, v->last)))
		set_kind(c, v->cue->kind == K_WARNING ? K_WARNING : K_DEMAND,
		    W_PASSIVE, v->g0);
	/* the marker before a verb, not the preposition before a number
	 * or a noun phrase (was condemned to ten years, to the maximum) */
	else if (v->g1 + 1 >= v->last || !in_class(x, WC_INFINITIVE, v->g1) ||
	    x->toks[v->g1 + 1].flags & (T_DET | T_PUNCT) ||
	    counts_many(x, v->g1 + 1, v->first))
		return REJECTED;
	else {
		set_kind(c, K_REPORT, W_PASSIVE, v->g0);
		hedge(c, W_PASSIVE, v->g0);
	}
	/* X, which is said to have lost…, declined: the relative's
	 * infinitive ends at its closing comma, as its noun phrase does */
	last = v->last;
	if (v->g0 > v->first + 1 && x->toks[v->g0 - 1].flags & T_REL &&
	    x->toks[v->g0 - 2].flags & T_COMMA)
		last = next_comma(x, v->g1, last);
	set_tokens(x, &c->content, v->g1, last);
	trim(x, &c->content);
	return MATCHED;
}

/*
 * X is said to…: a report with no source, at a distance; or the passive
 * of a cue that takes a target, or an addressee (were told that…), or
 * judges its subject (jugé illégal par…).
 */
static enum match
passive_row(struct ctx *x, struct verb *v)
{
	enum match m;

	/* X, accused of lying, …: the participle in apposition, a comma
	 * before it and its agent or an accusation's preposition after
	 * (active, it has an object; X, asked to comment: the reporter's
	 * question, no claim) */
	if (v->cue->takes & TAKES_TARGET && participle_alone(x, v) &&
	    v->g1 < v->last && (in_class(x, WC_AGENT, v->g1) ||
	    in_class(x, WC_TARGET_END, v->g1)))
		return in_class(x, WC_AGENT, v->g1) ||
		    v->cue->kind == K_ACCUSATION ? target_passive(x, v, 1) :
		    REJECTED;
	if (v->accused)
		return target_passive(x, v, 0);
	/* X, qualifié d'irréaliste par Y, …: a participle that judges in
	 * apposition, its agent after it, as in the passive; without an
	 * agent the judgement is the reporter's (the mayor, described as a
	 * reformer, …): no claim */
	if (v->cue->takes & TAKES_JUDGED && participle_alone(x, v)) {
		if ((m = judged_passive(x, v)) != NO_MATCH)
			return m;
		if (v->g1 > v->i + 1 || (v->g1 < v->last &&
		    in_class(x, WC_PREDICATE_LINK, v->g1)))
			return REJECTED;
	}
	if (v->apposed)
		return REJECTED;
	if (v->reduced)
		return agent_demand(x, v);
	/* The report, written by two economists, said…: any other cue's
	 * participle in apposition with its agent only says who made a
	 * thing; no claim */
	if (participle_alone(x, v) && v->g1 + 1 < v->last &&
	    in_class(x, WC_AGENT, v->g1) && agent_opens(x, v->g1 + 1, v->last))
		return REJECTED;
	if (!v->passive)
		return NO_MATCH;
	if (v->cue->takes & TAKES_JUDGED &&
	    (m = judged_passive(x, v)) != NO_MATCH)
		return m;
	if (v->cue->takes & TAKES_TARGET)
		return target_passive(x, v, 0);
	if (v->cue->takes & TAKES_OBJ && (m = obj_passive(x, v)) != NO_MATCH)
		return m;
	if ((m = impersonal_passive(x, v)) != NO_MATCH)
		return m;
	return infinitive_passive(x, v);
}

/*
 * Where the clause that ends at stop opens after first: after a
 * coordinator that follows a mark (…, and the permit; … - and the
 * permit; …, mais le permis), or after a semicolon; else first.
 */
static long
clause_opening(struct ctx *x, long first, long stop)
{
	long k;

	for (k = stop - 1; k > first; k--)
		if (first_char(x, k) == ';' || (x->toks[k].flags & T_COORD &&
		    x->toks[k - 1].flags & (T_COMMA | T_DASH)))
			return k + 1;
	return first;
}

/*
 * Is the quotation right before the cue, its comma inside it, what a cue
 * in an aside after a comma says, the cue's own content after it (Mr. X,
 * citing "the magic of Trump," said the candidate…; The senator, calling
 * the plan "a disaster," said he…)?  Then the subject before the aside
 * speaks, and the quotation is no content of this cue.
 */
static int
quote_of_aside(struct ctx *x, const struct verb *v)
{
	long q = v->q, k;

	if (q < 0 || q != v->stop || v->s0 != v->g0 ||
	    x->toks[q].mate <= v->first || !(x->toks[q - 1].flags & T_COMMA) ||
	    nothing_said_after(x, v->cue, v->g1, v->last))
		return 0;
	for (k = x->toks[q].mate - 1; k > v->first &&
	    !(x->toks[k].flags & T_PUNCT); k--)
		if (x->toks[k].cue >= 0)
			return x->toks[k - 1].flags & T_COMMA ||
			    aside_start(x, k, v->first) > v->first;
	return 0;
}

/*
 * Is the aside n..stop-1 a predicate, no apposition: an auxiliary or a
 * modal in it before any relative (will fail, devrait remonter; not a
 * friend who was her chief of staff)?
 */
static int
predicate_aside(struct ctx *x, long n, long stop)
{
	for (; n < stop && !(x->toks[n].flags & T_REL); n++)
		if (finite_marker(x, n) || x->toks[n].flags & T_PASSIVE)
			return 1;
	return 0;
}

/*
 * Does the aside n..stop-1 open with a verb (coûtera cher, costs too
 * much), as no apposition does: after adverbs and a negation, a word in
 * lowercase that is no determiner, pronoun, relative, preposition nor
 * participle (présenté lundi, unveiled Monday: the profile's
 * participle_endings)?
 */
static int
opens_with_verb(struct ctx *x, long n, long stop)
{
	while (n < stop && (x->toks[n].flags & T_ADV ||
	    in_class(x, WC_NEGATION, n)))
		n++;
	return n < stop && dp_uclass(first_char(x, n)) == DP_CL_LETTER &&
	    !(x->toks[n].flags & (T_DET | T_PRON | T_REL | T_COMP | T_SKIP |
	    T_ADVERBIAL | T_COORD)) && x->toks[n].cue < 0 &&
	    !has_suffix(x, SC_PARTICIPLE, n);
}

/*
 * Is what follows the cue a source alone, the inverted subject: a short
 * phrase that opens with a determiner or a name and ends the sentence,
 * with no verb (..., a estimé le syndicat.; ..., said the union.), after
 * a cue that takes no noun phrase as its content?  Longer, it is the
 * cue's object (..., described Trump's approach in terms of...).
 */
#define SOURCE_AFTER	4	/* words: the union leader, la CGT */

static int
source_alone_after(struct ctx *x, const struct verb *v)
{
	long n;

	return !(v->cue->takes & TAKES_NP) && v->g1 < v->last &&
	    (x->toks[v->g1].flags & T_DET || is_upper(x, v->g1)) &&
	    ((n = phrase_end(x, v->g1, v->last)) == v->last ||
	    x->toks[n].flags & T_STOP) && n - v->g1 <= SOURCE_AFTER &&
	    !has_verb(x, v->g1, n);
}

/*
 * Is the claim inverted?  After a quotation, or after a clause when a
 * name ends it (…, a déclaré le ministre), or when a source before the
 * cue has nothing after it (…, the minister said on Monday).
 */
static int
inverted_here(struct ctx *x, const struct verb *v)
{
	long n, stop = v->stop;

	if (v->participle || v->clause || quote_of_aside(x, v))
		return 0;
	/* …, a practice criticized by Miller: a past form without an
	 * auxiliary before its agent, a name or a determiner's phrase, is
	 * a passive's participle, no saying (not: he said by telephone;
	 * the voters say by a wide margin) */
	if (!v->aux && has_suffix(x, SC_PAST, v->i) && v->g1 + 1 < v->last &&
	    in_class(x, WC_AGENT, v->g1) &&
	    (opens_phrase(x, v->g1 + 1) || is_upper(x, v->g1 + 1)))
		return 0;
	if (v->q >= 0 || (v->pron >= 0 && v->s0 == v->g0))
		return 1;
	/* Le ministre, M. Lamotte, a appelé…: a subject and its
	 * appositions, no content, before the comma; not a predicate
	 * there, a verb in it that no relative opens (The plan, announced
	 * Monday, will fail, said X) */
	if (v->s0 == v->g0 && stop >= 0 && x->toks[stop].flags & T_COMMA &&
	    (n = aside_start(x, stop, v->first)) > v->first &&
	    !predicate_aside(x, n, stop) && !(opens_with_verb(x, n, stop) &&
	    source_alone_after(x, v)) &&
	    subject_before_asides(x, n, v->first, &n) >= 0)
		return 0;
	/* Democrats, led by Senator X, urged a delay: a participle and its
	 * agent right before the cue set off its subject, no content */
	if (v->s0 == v->g0 && stop >= 0 && x->toks[stop].flags & T_COMMA &&
	    (n = aside_start(x, stop, v->first)) > v->first &&
	    agent_aside(x, n, stop))
		return 0;
	/* Trump, in a series of tweets, accused X of…; le maire, dans un
	 * communiqué, a accusé X de…: before a cue whose object is its
	 * target, a subject, then an aside that opens with a preposition,
	 * is no content */
	if (v->s0 == v->g0 && stop >= 0 && x->toks[stop].flags & T_COMMA &&
	    v->cue->takes & (TAKES_TARGET | TAKES_TARGET_A) &&
	    (n = aside_start(x, stop, v->first)) > v->first + 1 &&
	    x->toks[n].flags & (T_SKIP | T_ADVERBIAL) &&
	    aside_start(x, n - 1, v->first) == v->first &&
	    !has_verb(x, v->first, n - 1))
		return 0;
	/* …, a estimé le ministre; …, said Brian Baker; …, warned
	 * economists; not a cue's object, a plain noun in the singular,
	 * of no one who speaks, no determiner after it (a annoncé mercredi
	 * le maire), after a cue that takes a noun phrase (Democrats,
	 * however, urged caution) */
	if (v->s0 == v->g0 && stop >= 0 && x->toks[stop].flags & T_COMMA &&
	    !(v->cue->takes & TAKES_NP && v->g1 < v->last &&
	    (v->g1 + 1 == v->last || !(x->toks[v->g1 + 1].flags & T_DET)) &&
	    x->toks[v->g1].flags == 0 && !is_upper(x, v->g1) &&
	    !is_date(x, v->g1) && !has_suffix(x, SC_PLURAL, v->g1) &&
	    !in_class(x, WC_SPEAKER, v->g1) &&
	    !in_class(x, WC_SINGULAR_QUANT, v->g1) &&
	    !in_class(x, WC_PLURAL_QUANT, v->g1)) &&
	    ((n = phrase_end(x, v->g1, v->last)) == v->last ||
	    x->toks[n].flags & (T_COMMA | T_STOP)) && !has_verb(x, v->g1, n))
		return 1;
	return stop > v->first && v->s0 > stop && v->s0 < v->g0 &&
	    v->pron < 0 && first_char(x, stop) == ',' &&
	    stop - after_dateline(x, v->first, stop) >= 4 &&
	    subject_between(x, v->s0, v->g0) &&
	    nothing_said_after(x, v->cue, v->g1, v->last);
}

/*
 * « Nous avons fait notre travail, a-t-il expliqué. Les chiffres… »: the
 * cue and its source set off inside the quotation they attribute, as
 * French typographers set an incise: a comma before them, then a comma, a
 * stop or the closing mark.  The quotation's words before them are the
 * content, direct; its words after them continue it (split_quotes), or
 * belong to it where a subject alone comes before.  Any other cue inside
 * a quotation is the speaker's word: no claim.
 */
static enum match
quoted_incise_row(struct ctx *x, struct verb *v)
{
	struct claim *c = v->c;
	long o, e, a;

	if (!x->toks[v->i].quoted)
		return NO_MATCH;
	for (o = v->g0 - 1; o >= v->first && !(x->toks[o].flags & T_OPENQ &&
	    x->toks[o].mate > v->i); o--)
		;
	if (o < v->first || v->g0 - 1 < o + 3 ||
	    first_char(x, v->g0 - 1) != ',')
		return REJECTED;
	/* a-t-il dit, dit-elle; explique le maire, a précisé Paul Martin:
	 * a finite cue, its subject's determiner or name after it */
	if (v->pron >= 0) {
		pronoun_source(x, c, v->pron);
		e = v->g1;
	} else if (!v->participle && (e = source_after(x, v->g1,
	    x->toks[o].mate, &a)) > v->g1 && (x->toks[a].flags & T_DET ||
	    is_upper(x, a)))
		source_span(x, c, a, e);
	else
		return REJECTED;
	if (e != x->toks[o].mate && !(x->toks[e].flags & (T_COMMA | T_STOP)))
		return REJECTED;
	/* « La route, explique le maire, sera rouverte »: a subject alone
	 * before them, one interrupted content runs on to the closing mark
	 * (as straddle_row's); else the words after them continue it */
	if (e != x->toks[o].mate && first_char(x, e) == ',' &&
	    !has_verb(x, o + 1, v->g0 - 1))
		set_tokens(x, &c->content, o + 1, x->toks[o].mate);
	else
		set_tokens(x, &c->content, o + 1, v->g0 - 1);
	trim(x, &c->content);
	c->direct = 1;
	c->edge = o;
	return MATCHED;
}

/*
 * CONTENT, comme l'a annoncé X / Comme l'a dit X, CONTENT / CONTENT, as X
 * said / As X said, CONTENT: a conjunction of the lexicon (incise_
 * conjunctions) opens the sentence or follows a comma, right before the
 * cue's group or its subject, and the incise ends at a comma or the
 * sentence's end with no verb, infinitive or complementizer after the cue
 * (not: as I believed the plan…, as unions vowed to go on: a claim of its
 * own).
 * The content is the clause before that comma, or, where it has fewer
 * than three words (Yet, as Mr. Bown observed, …; Hawaii, as…), after the
 * comma that ends the incise.  The source is the subject between the
 * conjunction and the cue, or after the cue (comme l'a dit le ministre
 * lundi: up to a date or a preposition).
 */
static enum match
incise_row(struct ctx *x, struct verb *v)
{
	struct claim *c = v->c;
	long a, k, s, end = v->g1;

	if (v->passive)
		return NO_MATCH;
	/* back to the conjunction over a subject with no verb of its own
	 * (not: as I believed the progress had shown) */
	for (a = v->g0 - 1; a >= v->first && v->g0 - a <= MAXSOURCE &&
	    !(x->toks[a].flags & T_PUNCT) && x->toks[a].cue < 0 &&
	    !in_class(x, WC_INCISE, a); a--)
		;
	if (a < v->first || x->toks[a].flags & T_PUNCT ||
	    !in_class(x, WC_INCISE, a) || has_verb(x, a + 1, v->g0) ||
	    (a > v->first && !(x->toks[a - 1].flags & T_COMMA)))
		return NO_MATCH;
	if (a + 1 < v->g0)
		source_span(x, c, a + 1, v->g0);
	else if (v->pron >= 0)
		pronoun_source(x, c, v->pron);
	else if ((k = source_after(x, v->g1, v->last, &s)) > v->g1) {
		source_span(x, c, s, k);
		end = k;
	} else
		return NO_MATCH;
	for (k = end; k < v->last && !(x->toks[k].flags & (T_COMMA |
	    T_STOP)); k++)
		if (x->toks[k].flags & (T_COMP | T_REL | T_PUNCT) ||
		    x->toks[k].cue >= 0)
			return NO_MATCH;
	/* as unions vowed to go on: an infinitive is the cue's content */
	if (has_verb(x, end, k) || (end < k && (in_class(x, WC_INFINITIVE,
	    end) || infinitive_at(x, end, k))))
		return NO_MATCH;
	if (a > v->first && a - 1 - after_dateline(x, v->first, a - 1) >= 3)
		set_tokens(x, &c->content, after_dateline(x, v->first, a - 1),
		    a - 1);
	else if (k < v->last && x->toks[k].flags & T_COMMA)
		set_tokens(x, &c->content, k + 1, v->last);
	else
		return NO_MATCH;
	trim(x, &c->content);
	c->edge = a > v->first ? c->content.first : a;
	return c->source.first >= 0 && c->content.first >= 0 ? MATCHED :
	    REJECTED;
}

/*
 * CONTENT, teachers and union officials told X: where the clause before
 * the cue starts after a coordinator, and a noun phrase joined by it
 * follows the content's comma, the subject is both.  Moves v->s0 and
 * v->stop to the comma if so, for an inverted claim only (nothing said
 * after the cue): returns whether it did.
 */
static int
coordinated_subject(struct ctx *x, struct verb *v)
{
	long s, st;

	if (v->stop <= v->first || !(x->toks[v->stop].flags & T_COORD) ||
	    v->s0 >= v->g0 || v->pron >= 0 || v->q >= 0)
		return 0;
	s = clause_start(x, v->stop, v->first, &st);
	if (st <= v->first || first_char(x, st) != ',' || s >= v->stop ||
	    !subject_between(x, s, v->stop) ||
	    !subject_between(x, v->s0, v->g0) ||
	    !nothing_said_after(x, v->cue, v->g1, v->last))
		return 0;
	v->s0 = s;
	v->stop = st;
	return 1;
}

/*
 * Is the claim inverted (inverted_here()), its subject read whole where
 * two noun phrases make it (coordinated_subject())?  If not, the rows
 * after the inverted one read the clause as it was.
 */
static int
inverted_reading(struct ctx *x, struct verb *v)
{
	long s0 = v->s0, stop = v->stop;

	if (!coordinated_subject(x, v))
		return inverted_here(x, v);
	if (inverted_here(x, v))
		return 1;
	v->s0 = s0;
	v->stop = stop;
	return 0;
}

/*
 * …que « beaucoup de dossiers » ont avancé, that "some officials"
 * announced: is the quotation right before the cue, after a
 * complementizer, its clause's subject, no content before it (but that
 * "…," said X: the comma inside the marks attributes)?  Whoever it
 * quotes is left to the claim it stands in.
 */
static int
quoted_subject(struct ctx *x, const struct verb *v)
{
	long q = v->q;

	return q >= 0 && q == v->stop && x->toks[q].mate > 0 &&
	    x->toks[x->toks[q].mate - 1].flags & T_COMP &&
	    !(x->toks[q - 1].flags & T_COMMA);
}

/* Is the group's inverted pronoun one that is no one (indique-t-on)? */
static int
no_one_speaks(struct ctx *x, const struct verb *v)
{
	return v->pron >= 0 && has_suffix(x, SC_IMPERSONAL, v->pron);
}

/*
 * The source of an inverted claim: the pronoun in the group, or who is
 * named after it when that pronoun is no one (indique-t-on de source
 * judiciaire); the subject before the cue, but a place or time (…, à
 * l'entrée de la ville, a indiqué le procureur); else the source after
 * the cue.
 */
static void
inverted_source(struct ctx *x, struct verb *v)
{
	long a, k;

	if (no_one_speaks(x, v) &&
	    (k = impersonal_source(x, v->g1, v->last, &a)) > v->g1)
		source_span(x, v->c, a, k);
	else if (v->pron >= 0)
		pronoun_source(x, v->c, v->pron);
	else if (v->s0 < v->g0 && !place_or_time(x, v->s0))
		source_span(x, v->c, after_resumptive(x, v->cue, v->s0,
		    v->g0), phrase_end(x, v->s0, v->g0));
	else if ((k = source_after(x, v->g1, v->last, &a)) > v->g1)
		source_span(x, v->c, a, k);
}

/*
 * CONTENT, the health minister, Anne Moore, said: the first token of a
 * subject and its apposition between commas right before the cue, the
 * apposition's at *n, or -1.  Not brackets (La Direction… (DNCG) a
 * interdit…, a annoncé la Ligue: an acronym inside the content), nor a
 * predicate after them (Le directeur, Paul Martin, a été écroué, a indiqué
 * le parquet: the content's subject).
 */
static long
apposed_speaker(struct ctx *x, const struct verb *v, long first, long *n)
{
	long a;

	if (v->s0 != v->g0 || v->stop <= first ||
	    !(x->toks[v->stop].flags & T_COMMA) ||
	    (*n = aside_start(x, v->stop, first)) <= first ||
	    (a = apposed_subject(x, *n, first, 0)) < 0 ||
	    first_char(x, a - 1) != ',' || first_char(x, *n - 1) != ',' ||
	    predicate_aside(x, *n, v->stop))
		return -1;
	return a;
}

/* Is the inverted cue's subject a pronoun, inverted or before it? */
static int
pronoun_speaks(struct ctx *x, const struct verb *v)
{
	return v->pron >= 0 || (v->g0 == v->s0 + 1 &&
	    x->toks[v->s0].flags & T_PRON);
}

/*
 * Is claim p, before an inverted cue, a clause of its own that opens at
 * first, its subject the source (Engineers concluded that the capsule
 * can fly, officials said; Les ingénieurs ont conclu que…, a indiqué la
 * Nasa)?  What the inverted cue reports is that claim whole, as a claim
 * nested in indirect content is (GUIDELINES v2); not where a pronoun
 * speaks after it, the same speaker going on (X a assuré A, mais B,
 * a-t-il déclaré; X said A, and B, she said: pronoun_speaks()).
 */
static int
whole_clause_claim(struct ctx *x, const struct claim *p, long first)
{
	return p->construction != NULL && strcmp(p->construction,
	    "clause") == 0 && !p->direct && !p->pronoun &&
	    p->source.first == clause_opening(x, after_dateline(x, first,
	    p->source.first), p->source.first) &&
	    p->source.last <= p->cue.first;
}

/*
 * Where an inverted claim's content may start: after the claim that
 * precedes it in the sentence, not before it; but negated speech (…and
 * did not find X, said the director) is part of the content, and so is a
 * gerund's claim, inside the clause it modifies (The firm was fined after
 * admitting it lied, the agency said), an agentless passive's, its
 * subject a word of the content (Residents were told to leave, officials
 * said), and a clause of its own (whole_clause_claim()).
 */
static long
after_claim_before(struct ctx *x, const struct verb *v)
{
	const struct claim *c = v->c;
	long k, first = v->first, q = v->q;

	if (c > x->claims && c[-1].sent == c->sent && !c[-1].dropped &&
	    !c[-1].negated && !c[-1].agentless &&
	    !opens_gerund(x, c[-1].cue.first, v->last) &&
	    !(!pronoun_speaks(x, v) && whole_clause_claim(x, &c[-1],
	    first))) {
		k = attribution_end(&c[-1]);
		if (k > first && k < (q >= 0 ? x->toks[q].mate : v->stop))
			first = k;
	}
	return first;
}

/*
 * Where words from a to stop start after their last colon or semicolon
 * outside a quotation (a headline's rubric: Santé : les déserts
 * progressent, alerte l'Ordre; Exclusive: The plant will close, the
 * company said); else a.
 */
static long
after_colon(struct ctx *x, long a, long stop)
{
	long k, j;

	for (k = stop; k > a; k--) {
		if ((j = before_quotation(x, k, a)) != k) {
			k = j;
			continue;
		}
		if (x->toks[k - 1].flags & T_COLON || first_char(x, k - 1) == ';')
			return k;
	}
	return a;
}

/* « CONTENT », a déclaré X / "CONTENT," he said / CONTENT, X said. */
static enum match
inverted_row(struct ctx *x, struct verb *v)
{
	struct claim *c = v->c;
	long a, k, n, first = v->first, q = v->q;

	if (!inverted_reading(x, v))
		return NO_MATCH;
	if (quoted_subject(x, v))
		return REJECTED;
	first = after_claim_before(x, v);
	if (q >= 0 && (x->toks[q].mate <= first ||
	    x->toks[x->toks[q].mate - 1].flags & (T_STOP | T_COLON))) {
		/* "We will not give in," Aubert said: the comma is hers. */
		set_tokens(x, &c->content, x->toks[q].mate + 1,
		    q - 1 > x->toks[q].mate + 1 && x->toks[q - 1].flags &
		    T_COMMA ? q - 1 : q);
		c->direct = 1;
		c->edge = x->toks[q].mate;
	} else if (q < 0 && (a = apposed_speaker(x, v, first, &n)) >= 0) {
		set_tokens(x, &c->content, after_dateline(x, first, a - 1),
		    a - 1);
		trim(x, &c->content);
		/* However, the company, which…, said sales fell: a
		 * sentence adverb alone is no content, the clause after
		 * the cue is */
		if (c->content.first >= 0 && c->content.last ==
		    c->content.first + 1 && x->toks[c->content.first].flags &
		    (T_ADV | T_ADVERBIAL))
			return NO_MATCH;
		c->edge = first;
		source_span(x, c, a, phrase_end(x, a, n - 1));
		set_tokens(x, &c->apposed, n, phrase_end(x, n, v->stop));
		return c->source.first >= 0 && c->content.first >= 0 ?
		    MATCHED : REJECTED;
	} else {
		/* Words, then a quotation: « … » et « … », a indiqué X;
		 * words alone start after a colon, as selon's do (a
		 * headline's rubric: Santé : les déserts progressent,
		 * alerte l'Ordre) */
		a = after_dateline(x, first, v->stop);
		if (q < 0)
			a = after_colon(x, a, v->stop);
		set_tokens(x, &c->content, a, q >= 0 ? q + 1 : v->stop);
		trim(x, &c->content);
		c->edge = first;
	}
	inverted_source(x, v);
	/* A, a-t-il ajouté, B / A, a estimé le ministre, B: the cue and
	 * its source set off by commas inside the content, whose verb is
	 * after them, as straddle_row's (Le projet, a-t-il ajouté, coûtera
	 * des milliards); not into what another cue, a relative or a
	 * coordinated clause starts, nor after a clause or before a
	 * determiner or a name (…, said Brian Baker, a longtime adviser;
	 * …, a annoncé le ministre de l'Économie, Antoine Mercier: the
	 * source's apposition; a predicate has no subject of its own) */
	k = c->source.last > v->g1 ? c->source.last : v->g1;
	a = clause_opening(x, c->content.first, c->content.last);
	if (q < 0 && c->content.first >= 0 && k + 2 < v->last &&
	    !has_verb(x, a, c->content.last) &&
	    first_char(x, k) == ',' && !(x->toks[k + 1].flags & (T_ADVERBIAL |
	    T_COORD | T_PUNCT | T_REL | T_DET)) && x->toks[k + 1].cue < 0 &&
	    !is_upper(x, k + 1)) {
		set_tokens(x, &c->content, a, v->last);
		trim(x, &c->content);
	}
	return c->source.first >= 0 && c->content.first >= 0 ? MATCHED :
	    REJECTED;
}

/*
 * Where a content from k ends before last: at an adjunct of enders
 * outside quotation marks, after a comma only if comma is set, and
 * before the commas and closing marks that lead to it (not those of a
 * quotation the content opened).  The lexicon's content_enders, after a
 * comma (…, referring to the convention; …, en référence au projet): the
 * reporter's gloss, not the speaker's words.  Its noun_content_enders,
 * for a noun phrase's content, a comma before them or not (announced a
 * crackdown, days after the rallies; a dénoncé « l'escalade » après les
 * annonces): they date the saying; not as its first word.  Else last.
 */
static long
ender_at(struct ctx *x, const struct phrases *enders, int comma, long k,
    long last)
{
	size_t p;
	long i, floor = comma ? k : k + 1;

	for (i = k + 1; i < last && enders->n > 0; i++)
		if (!x->toks[i].quoted && (!comma || after_comma(x, i, k)) &&
		    !(x->toks[i].flags & T_PUNCT) &&
		    phrases_at(x, enders, i, last, &p) != 0) {
			while (i > floor && x->toks[i - 1].flags & (T_CLOSEQ |
			    T_COMMA) && !(x->toks[i - 1].flags & T_CLOSEQ &&
			    x->toks[i - 1].mate >= k))
				i--;
			return i;
		}
	return last;
}

/*
 * Where the content from k of a cue in a subordinate clause that opens
 * the sentence ends (Although the minister said the plan was sound,
 * critics…; Bien que le ministre ait affirmé que…, les critiques…): at
 * the clause's comma.  Not a cue after that comma, in the main clause,
 * nor after the clause's own cue; else last.
 */
static long
subordinate_end(struct ctx *x, const struct verb *v, long k, long last)
{
	long a = after_dateline(x, v->first, v->last), m, n;

	if ((n = subordinator_at(x, a, v->last)) == 0)
		return last;
	for (m = a + n; m < v->g0; m++)
		if ((first_char(x, m) == ',' && !x->toks[m].quoted) ||
		    x->toks[m].cue >= 0)
			return last;
	return next_comma(x, k + 1, last);
}

/*
 * Where a content from k ends before a second verb of the cue's subject:
 * a coordinator, a comma before it or not, and a verb group that opens
 * with the cue's auxiliary, a participle after it, where no verb of the
 * content opens so (a confirmé que deux réacteurs seraient prolongés, mais
 * a exclu…; has said that prices would rise and has ruled out…); where
 * the cue is a past form with no auxiliary, a past form after a comma and
 * the coordinator, where the content's verb has one (confirmed that two
 * reactors would be extended, but ruled out…; not reports the letter was
 * sent, and opened by…).  Else last.
 */
static long
second_verb_end(struct ctx *x, const struct verb *v, long k, long last)
{
	int aux = (x->toks[v->g0].flags & T_AUX) != 0, same = 0, any = 0;
	long m;

	for (m = k; m + 2 < last; m++) {
		if (x->toks[m].flags & T_AUX) {
			any = 1;
			same |= aux && same_opening(x, v->g0, m);
		}
		if (!(x->toks[m].flags & T_COORD) || x->toks[m].quoted ||
		    m == k)
			continue;
		if (aux ? !same && same_opening(x, v->g0, m + 1) &&
		    past_participle(x, m + 2) : any && past_participle(x, v->i) &&
		    x->toks[m - 1].flags & T_COMMA && past_word(x, m + 1) &&
		    !(x->toks[m + 1].flags & T_AUX))
			return x->toks[m - 1].flags & T_COMMA ? m - 1 : m;
	}
	return last;
}

/*
 * Does a verb open at token j by the words that can only open one: a
 * reflexive, an object clitic that is no article nor preposition (se,
 * lui, leur), a negation a second one follows (n'exclut pas, ne veut
 * plus)?
 */
static int
clitic_verb(struct ctx *x, long j, long last)
{
	if (in_class(x, WC_REFLEXIVE, j) || (in_class(x, WC_CLITIC, j) &&
	    !(x->toks[j].flags & (T_DET | T_SKIP))))
		return 1;
	return in_class(x, WC_NEGATION, j) && ((j + 2 < last &&
	    in_class(x, WC_NEGATION, j + 2)) || (j + 3 < last &&
	    in_class(x, WC_CLITIC, j + 1) && in_class(x, WC_NEGATION, j + 3)));
}

/*
 * Where a noun phrase's content from k ends before a second verb of the
 * cue's subject: a coordinator outside quotations, with no relative nor
 * complementizer before it whose clause it may go on, and a verb by
 * clitic_verb() (salue le retour des épreuves mais s'inquiète de…,
 * dénonce la réforme et n'exclut pas…), or, after a past cue with no
 * auxiliary, a past form before a determiner, a preposition or an
 * infinitive's marker, not after another (condemned the bill's passage
 * but thanked the senators; not: announced closures and reduced hours,
 * who was born and raised in Cuba).  Else last.
 */
static long
noun_second_verb_end(struct ctx *x, const struct verb *v, long k, long last)
{
	int past = !v->aux && past_word(x, v->i);
	long m;

	for (m = k + 1; m + 2 < last; m++) {
		if (x->toks[m].flags & (T_REL | T_COMP))
			break;
		/* a cue after it makes a claim of its own, which cuts this
		 * one (condemned the strike and called on…) */
		if (!(x->toks[m].flags & T_COORD) || x->toks[m].quoted ||
		    x->toks[m + 1].cue >= 0)
			continue;
		if (clitic_verb(x, m + 1, last) || (past &&
		    past_word(x, m + 1) && !(x->toks[m + 1].flags & T_AUX) &&
		    !past_participle(x, m - 1) &&
		    (x->toks[m + 2].flags & (T_DET | T_SKIP) ||
		    in_class(x, WC_INFINITIVE, m + 2))))
			return x->toks[m - 1].flags & T_COMMA ? m - 1 : m;
	}
	return last;
}

/*
 * Does the cue's object stand for something said before: a referring
 * pronoun (referring_objects) in its group (la porte-parole l'a confirmé
 * mardi), or alone after it, before a comma, a stop, the end or a
 * coordinator and a verb (the spokeswoman confirmed it and added that…;
 * not: said it was over, cited it and his planes, dénonce le
 * « discours »)?  Then the words after the cue are no content of its.
 * Not where the cue's object is whom it speaks to or of, a preposition
 * after it (l'a menacé de mesures, l'a exhorté à agir).
 */
static int
object_said_before(struct ctx *x, const struct verb *v, long k, long last)
{
	long g;

	if (v->cue->takes & (TAKES_OBJ | TAKES_TARGET | TAKES_NAMING) ||
	    (k < last && (in_class(x, WC_NOUN_LINK, k) ||
	    in_class(x, WC_TARGET_PREP, k) ||
	    in_class(x, WC_TARGET_ARTICLE, k))))
		return 0;
	for (g = v->g0; g < v->i; g++)
		if (in_class(x, WC_REFERRING, g))
			return 1;
	return k < last && in_class(x, WC_REFERRING, k) && (k + 1 == last ||
	    x->toks[k + 1].flags & (T_COMMA | T_STOP) ||
	    (x->toks[k + 1].flags & T_COORD && k + 2 < last &&
	    (x->toks[k + 2].flags & T_AUX || x->toks[k + 2].cue >= 0)));
}

/*
 * Is span s a determiner and one lowercase noun, no more (the attack,
 * la décision, ses compétiteurs), not an indefinite article, which brings
 * something new (a reconnu des retards): a noun phrase that only names
 * what was spoken of, or refers back to it, and carries no proposition
 * (GUIDELINES: condemned the attack, has criticised the coalition, a
 * salué ses compétiteurs are no claims)?
 */
static int
bare_noun_phrase(struct ctx *x, const struct span *s)
{
	long a = s->first;

	/* or up to a comma, a coordinator maybe, and the cue that the
	 * next claim cuts it at (condemned the attack, saying…; saluent
	 * l'initiative, mais estiment…; not: said the decision, which
	 * struck down…, a clause without its that) */
	return a >= 0 && (s->last == a + 2 || (s->last > a + 3 &&
	    x->toks[a + 2].flags & T_COMMA && (x->toks[a + 3].cue >= 0 ||
	    (s->last > a + 4 && x->toks[a + 3].flags & T_COORD &&
	    x->toks[a + 4].cue >= 0)))) &&
	    x->toks[a].flags & T_DET && !in_class(x, WC_INDEFINITE, a) &&
	    !in_class(x, WC_PLURAL_QUANT, a) && x->toks[a + 1].flags == 0 &&
	    x->toks[a + 1].cue < 0 && !is_upper(x, a + 1) &&
	    is_word_at(x, x->toks[a + 1].start);
}

/*
 * The end of a content that is a noun phrase at k: before a time adjunct
 * of noun_content_enders (announced a crackdown, days after the rallies),
 * unless the cue takes a target and the wrong it blames is a verb, an
 * infinitive or a gerund after its marker, that takes the adjunct with no
 * comma between (accused the company of putting profits before
 * patients, accusé l'entreprise de faire passer les profits avant les
 * patients; not pledged to act, after a meeting…).
 */
static long
noun_content_end(struct ctx *x, const struct verb *v, long k, long last)
{
	long e = ender_at(x, &x->lang->nounenders, 0, k, last), j;

	if (e == last || !(v->cue->takes & TAKES_TARGET) ||
	    x->toks[e - 1].flags & T_COMMA)
		return e;
	for (j = k; j < e; j++)
		if (marked_infinitive(x, j, e))
			return last;
	return e;
}

/*
 * Is token j a noun of people heard, in lowercase: one of people_nouns
 * (people, gens), or a plural of speaker_nouns or of the informants
 * (experts, sources, officials)?
 */
static int
people_noun(struct ctx *x, long j)
{
	return !is_upper(x, j) && (in_class(x, WC_PEOPLE, j) ||
	    (has_suffix(x, SC_PLURAL, j) && (x->toks[j].flags & T_INFORMANT ||
	    in_class(x, WC_SPEAKER, j))));
}

/*
 * Does the noun phrase at k name people and say nothing: a determiner, a
 * number or a quantifier and at most two words before a noun of
 * people_noun(), and no verb or quotation after it (citing people
 * familiar with the matter, citant des sources proches du dossier, cited
 * two senior officials; not citing the growing number of people out of
 * work, stressed his executive experience)?  A cue of assertion whose
 * noun phrase it would be names whom it heard.
 */
static int
names_people(struct ctx *x, long k, long last)
{
	long j = k, n;

	while (j < last && (x->toks[j].flags & T_DET || counts_many(x, j, k)))
		j++;
	for (n = 0; j < last && n < 3 && !people_noun(x, j); j++, n++)
		;
	if (j >= last || n == 3)
		return 0;
	for (j++; j < last && !(x->toks[j].flags & T_STOP); j++)
		if (x->toks[j].flags & (T_OPENQ | T_COMP | T_AUX) ||
		    x->toks[j].cue >= 0 || marked_infinitive(x, j, last))
			return 0;
	return 1;
}

/*
 * Is the content one negation: said nothing, negated speech, no claim
 * (1)?  A refusal is an answer, a denial (said no, a répondu non).
 */
static int
lone_negation(struct ctx *x, struct claim *c)
{
	if (c->content.first < 0 || c->content.last != c->content.first + 1)
		return 0;
	if (in_class(x, WC_REFUSAL, c->content.first)) {
		set_kind(c, K_DENIAL, W_CUE, c->content.first);
		return 0;
	}
	return in_class(x, WC_NEGATION, c->content.first);
}

/*
 * The content of a clause from v->k: a quotation that ends the sentence
 * is quoted directly; else the words up to its end (or a naming's).  A
 * sentence that ends in a colon right after the cue announces the next
 * one (Il explique : | On a fini…): that is the content.
 */
static enum match
clause_content(struct ctx *x, struct verb *v)
{
	struct claim *c = v->c;
	long k = v->k, last = v->last, m;

	/* Smith, who has denied wrongdoing, will appear…: the relative's
	 * noun phrase ends at its closing comma; a clause, which may hold
	 * commas of its own (que le projet, selon lui, était bancal), at
	 * the last comma an auxiliary, a verb in the past or one before
	 * its object follows, the main clause's verb group's, where the relative is on the
	 * sentence's subject (Le maire, qui a affirmé que le projet était
	 * bancal, a voté contre; The mayor, who said that the plan was
	 * dead, left the room;
	 * not: derided by X, who suggested that Y, under fire, would…) */
	if (v->relative && !v->clause && k >= 0)
		last = next_comma(x, k, last);
	/* The plan, which he said would fail, was dropped: a relative
	 * pronoun the content's subject, its verb first, set off by
	 * commas, ends it at the closing one */
	if (k >= 0 && k < last && v->stop > v->first &&
	    x->toks[v->stop].flags & T_REL &&
	    x->toks[v->stop - 1].flags & T_COMMA && !is_upper(x, k) &&
	    !(x->toks[k].flags & (T_DET | T_PRON | T_SKIP | T_ADVERBIAL |
	    T_PUNCT)))
		last = next_comma(x, k, last);
	for (m = last - 2; v->subject_relative && v->clause && m > k; m--)
		if (first_char(x, m) == ',' && !x->toks[m].quoted &&
		    (x->toks[m + 1].flags & T_AUX || past_word(x, m + 1) ||
		    verb_before_object(x, m + 1, m, last))) {
			last = m;
			break;
		}
	if (v->clause && k == last && k - 1 == v->g1 &&
	    k < (long)x->doc.ntoks && x->toks[v->g1].flags & T_COLON)
		last = sent_last(x, k);
	if (k < last && x->toks[k].flags & T_OPENQ && (m = x->toks[k].mate) >
	    k && (m + 1 >= sent_last(x, m) || x->toks[m + 1].flags & T_STOP)) {
		set_tokens(x, &c->content, k + 1, m);
		c->direct = 1;
	} else if (!v->clause && (object_said_before(x, v, k, last) ||
	    (v->cue->kind == K_ASSERTION && v->cue->takes & TAKES_NP &&
	    names_people(x, k, last))))
		return REJECTED;
	else {
		/* a noun phrase's: a cue that takes one, no subject
		 * pronoun opening a clause without its that (he, il) */
		if (!v->clause && v->cue->takes & TAKES_NP &&
		    !in_class(x, WC_SUBJECT_PRONOUN, k)) {
			last = noun_content_end(x, v, k, last);
			last = noun_second_verb_end(x, v, k, last);
		}
		/* it ends at a colon before a quotation that a cue of its
		 * own attributes (démentent toute violence : « … », a
		 * affirmé X) */
		for (m = k + 1; m < last; m++)
			if (x->toks[m].flags & T_COLON && !x->toks[m].quoted &&
			    quotation_of_its_own(x, m + 1, v->last)) {
				last = m;
				break;
			}
		/* said no when asked whether…: the frame ends it */
		last = ender_at(x, &x->lang->frames, 0, k, last);
		last = subordinate_end(x, v, k, last);
		if (v->clause)
			last = second_verb_end(x, v, k, last);
		last = medium_after_comma(x, k, last);
		set_tokens(x, &c->content, k, v->cend >= 0 ? v->cend :
		    ender_at(x, &x->lang->enders, 1, k, last));
		trim(x, &c->content);
		/* not a report's, a demand's or a warning's, whose noun
		 * phrase is what happens or should (announced his
		 * resignation, called for the ban) */
		if (!v->clause && v->cue->kind != K_REPORT &&
		    v->cue->kind != K_DEMAND && v->cue->kind != K_WARNING &&
		    bare_noun_phrase(x, &c->content))
			return REJECTED;
	}
	return c->content.first < 0 || lone_negation(x, c) ? REJECTED :
	    MATCHED;
}

/* He added, "In this case…": a quotation after the cue's comma. */
static enum match
quote_after_row(struct ctx *x, struct verb *v)
{
	long g1 = v->g1;

	if (v->k >= 0 || v->q >= 0 || g1 + 1 >= v->last ||
	    first_char(x, g1) != ',' || !(x->toks[g1 + 1].flags & T_OPENQ) ||
	    x->toks[g1 + 1].mate <= g1 + 1)
		return NO_MATCH;
	v->k = g1 + 1;
	v->clause = 1;
	return clause_content(x, v);
}

/*
 * A, SOURCE CUE, B: the source and cue inside the content, which spans
 * both parts (Russia's gains, they said, could be lost); not where B is
 * a preposition of attribution and its source, who reported the saying
 * (A, the minister said, according to two people present: A is the
 * minister's).
 */
static enum match
straddle_row(struct ctx *x, struct verb *v)
{
	struct claim *c = v->c;
	long stop = v->stop, g1 = v->g1;
	size_t p;

	if (v->k >= 0 || v->q >= 0 || stop <= v->first || v->s0 <= stop ||
	    v->s0 >= v->g0 || v->pron >= 0 || first_char(x, stop) != ',' ||
	    !subject_between(x, v->s0, v->g0) || g1 + 3 >= v->last ||
	    first_char(x, g1) != ',' || x->toks[g1 + 1].flags & (T_ADVERBIAL |
	    T_COORD | T_PUNCT) || x->toks[g1 + 1].cue >= 0 ||
	    phrases_at(x, &x->lang->preps, g1 + 1, v->last, &p) != 0)
		return NO_MATCH;
	set_tokens(x, &c->content, clause_opening(x, after_dateline(x,
	    v->first, stop), stop), v->last);
	trim(x, &c->content);
	c->edge = c->content.first;
	return MATCHED;
}

/*
 * "Why not?" | Ms. Warren said.: the quotation that was a sentence, or
 * several ("No. Never." she said: one claim), in the cue's paragraph (one
 * that ends a paragraph is not what the next opens with: « … »  ¶  Le
 * ministre a semblé d'accord).
 */
static enum match
quote_before_row(struct ctx *x, struct verb *v)
{
	long first = v->first, n;

	if (v->k >= 0 || v->q >= 0 || v->stop >= 0 || first == 0 ||
	    !(x->toks[first - 1].flags & T_CLOSEQ) ||
	    paragraph_before(x, (size_t)first) ||
	    (n = x->toks[first - 1].mate) < 0 ||
	    n != sent_first(x, n) || n + 1 >= first - 1 ||
	    !(v->s0 == v->g0 || subject_between(x, v->s0, v->g0)) ||
	    !nothing_said_after(x, v->cue, v->g1, v->last))
		return NO_MATCH;
	set_tokens(x, &v->c->content, n + 1, first - 1);
	v->c->direct = 1;
	return MATCHED;
}

/*
 * The words of a resumptive phrase at token a, before b, or 0: one of
 * the lexicon's resumptives (ce que, a claim), or before a cue of denial
 * one of its denial_resumptives, relatives that as often take up a noun
 * (the plan, which the mayor announced), but the denial of a thing only
 * refers back (GUIDELINES v2) where that of a clause denies it (…, which
 * he denies).
 */
static long
resumptive_at(struct ctx *x, const struct cue *cue, long a, long b)
{
	long n;
	size_t p;

	if ((n = phrases_at(x, &x->lang->resumptives, a, b, &p)) != 0)
		return n;
	return cue->kind == K_DENIAL ? phrases_at(x,
	    &x->lang->denial_resumptives, a, b, &p) : 0;
}

/*
 * Where who speaks starts in a source from a to b: after a resumptive
 * phrase that a comma precedes, and words follow (…, a claim he denies;
 * …, something its lawyers deny), else at a.
 */
static long
after_resumptive(struct ctx *x, const struct cue *cue, long a, long b)
{
	long n;

	if (a == 0 || first_char(x, a - 1) != ',' ||
	    (n = resumptive_at(x, cue, a, b)) == 0 || a + n >= b)
		return a;
	return a + n;
}

/*
 * Are tokens k..last-1 only adjuncts, times, media and marks (a confirmé
 * lundi; confirmed in a statement on Friday)?
 */
static int
adjuncts_only(struct ctx *x, long k, long last)
{
	while (k < last)
		if (x->toks[k].flags & (T_ADV | T_PUNCT) || is_date(x, k))
			k++;
		else if ((x->toks[k].flags & T_ADVERBIAL ||
		    phrase_preposition(x, k)) &&
		    !in_class(x, WC_PREDICATE_LINK, k))
			/* and its phrase, to a mark: in a statement; not
			 * a clause's subject or verb (in interviews he is) */
			for (k++; k < last && !(x->toks[k].flags & (T_PUNCT |
			    T_COMP | T_REL | T_PRON | T_AUX)) &&
			    x->toks[k].cue < 0; k++)
				;
		else
			return 0;
	return 1;
}

/*
 * CLAUSE, ce que SOURCE CUE; CLAUSE, which SOURCE CUE; CLAUSE, a claim
 * SOURCE CUE: after a comma, a phrase of the lexicon's resumptives before
 * the source takes up the clause before the comma as what the cue, which
 * says nothing after it, says (…, ce que l'entreprise dément; …, which
 * the company denies).  The clause is the content of a claim before it
 * in the sentence that reaches the comma, which then ends there (Il
 * assure que X, ce que Y dément: both say X; he was accused of X, which
 * he denied), or the sentence up to the comma.
 */
static enum match
resumptive_row(struct ctx *x, struct verb *v)
{
	struct claim *c = v->c, *prev;
	long s = c->source.first, m, a, n;

	if (s < 0 || v->passive || v->predicate ||
	    !adjuncts_only(x, v->g1, v->last))
		return NO_MATCH;
	/* the phrase before the source, or read into it (a claim he
	 * denies: no relative pronoun to stop the subject) */
	for (m = s - 1; m > v->first && s - m <= MAXRESUMPTIVE + 1; m--)
		if (first_char(x, m) == ',' && !x->toks[m].quoted)
			break;
	if (m <= v->first || first_char(x, m) != ',' ||
	    (n = resumptive_at(x, v->cue, m + 1, v->g0)) == 0 ||
	    (m + 1 + n != s && after_resumptive(x, v->cue, s,
	    c->source.last) == s))
		/* the plan, which the mayor announced on Monday; une
		 * décision que les associations réclamaient depuis des
		 * semaines: the cue's object is a relative's antecedent,
		 * a thing named, no content */
		return v->stop >= 0 && v->stop + 1 == s &&
		    x->toks[v->stop].flags & (T_REL | T_COMP) ? REJECTED :
		    NO_MATCH;
	/* who speaks, not a relative's verb (…, which examines states) */
	if (!c->pronoun && !subject_between(x, after_resumptive(x, v->cue, s,
	    c->source.last), v->g0))
		return NO_MATCH;
	set_tokens(x, &c->source, after_resumptive(x, v->cue, s,
	    c->source.last), c->source.last);
	a = after_dateline(x, v->first, m);
	for (prev = c; prev-- > x->claims && prev->sent == c->sent; )
		if (!prev->dropped && prev->content.first >= 0 &&
		    prev->content.first < m && prev->content.last >= m) {
			a = prev->content.first;
			prev->content.last = m;
			trim(x, &prev->content);
			break;
		}
	set_tokens(x, &c->content, a, m);
	trim(x, &c->content);
	return c->content.first >= 0 ? MATCHED : REJECTED;
}

/*
 * Does the noun phrase the cue takes only name who (a salué Marie Dupont,
 * citing two officials, citant des sources): a person's name, or an
 * informant noun after determiners and plain words, up to the clause's
 * end?  It says nothing (GUIDELINES v2); an object that is the cue's
 * target (accused X of...) is asked elsewhere.
 */
static int
names_who(struct ctx *x, const struct verb *v)
{
	long k = v->k, e, a;

	if (v->clause || v->predicate || v->cue->takes & (TAKES_TARGET |
	    TAKES_TARGET_A) || x->toks[k].flags & T_OPENQ)
		return 0;
	/* up to the sentence's end, or a participle's comma (citing two
	 * officials, said...): after a verb's, the name may be a
	 * clause's subject (said Trump, despite his wealth, is...) */
	e = phrase_end(x, k, v->last);
	if (e == k || (e < v->last && !(x->toks[e].flags & T_STOP) &&
	    !(v->participle && x->toks[e].flags & T_COMMA)))
		return 0;
	if (x->toks[e - 1].flags & T_INFORMANT) {
		/* determiners, numbers, words no class has (deux,
		 * unnamed, senior); not a noun the informant complements,
		 * a link or a determiner after a word (la démission du
		 * préfet: what is asked) */
		for (a = k; a < e - 1 && e - k <= 4 && !(a > k &&
		    (in_class(x, WC_NOUN_COMPLEMENT, a) || (x->toks[a].flags &
		    T_DET && !(x->toks[a - 1].flags & T_DET)))) &&
		    (x->toks[a].flags & T_DET || (x->toks[a].flags == 0 &&
		    x->toks[a].cue < 0 && !is_upper(x, a))); a++)
			;
		return a == e - 1;
	}
	if (x->toks[k].flags & T_DET)
		k++;
	return k < e && (a = entity_of(x, x->toks[k].start,
	    x->toks[e - 1].end)) >= 0 &&
	    x->doc.ents[a].start == x->toks[k].start &&
	    x->doc.ents[a].end == x->toks[e - 1].end &&
	    dp_entity_is(&x->doc.ents[a], "PER");
}

/*
 * Does the noun phrase at k only refer back to what was said: a
 * determiner and a noun whose clause would be what it holds, nothing
 * after them (a écarté cette hypothèse, ruled out that option)?
 */
static int
refers_back(struct ctx *x, long k, long last)
{
	return k + 1 < last && x->toks[k].flags & T_DET &&
	    in_class(x, WC_CONTENT_NOUN, k + 1) && (k + 2 == last ||
	    x->toks[k + 2].flags & T_PUNCT);
}

/*
 * Nothing said, or a denial of a noun alone (rejects the claim), or a
 * noun phrase that only names who (names_who()): no claim, but its
 * source may be what a pronoun after it stands for.  A denial of any such
 * thing (nie toute rivalité, denied any wrongdoing) says there is none,
 * one of a verb's (nie avoir menti, denied having met him) denies a
 * proposition, and so does one of a possibility (a écarté une hausse des
 * impôts, ruled out a tax rise): claims.
 */
static enum match
no_content_row(struct ctx *x, struct verb *v)
{
	/* denied the report: a denial's object alone refers back, no
	 * content; not with what it calls it (dismissed X as fake), nor
	 * a word of blame it rejects (denied wrongdoing) */
	if (v->k >= 0 && !names_who(x, v) && (v->clause || v->predicate ||
	    v->cue->kind != K_DENIAL || (v->cue->possibility &&
	    !refers_back(x, v->k, v->last)) || x->toks[v->k].flags & T_BLAME ||
	    in_class(x, WC_ANY, v->k) || infinitive_at(x, v->k, v->last)))
		return NO_MATCH;
	/* negated after a coordinator (but did not say when): it is kept
	 * to end the content before it (negated_group()) */
	v->c->dropped = !ends_content(v);
	v->c->speaker = 1;
	return MATCHED;
}

/* SOURCE CUE (que) CONTENT: the content after the cue. */
static enum match
clause_row(struct ctx *x, struct verb *v)
{
	return clause_content(x, v);
}

/* The claim a row made, with its target when the row allows one. */
/*
 * Does the claim's source say nothing: a noun phrase of at most
 * SILENT_WORDS words, naming no one (no entity, no informant), whose head
 * is a noun of not_speakers: the word before its first noun link (la loi
 * de finances; not le chef du projet), else its last (la tempête, une
 * telle stratégie, the storm; not the budget office)?  Then its verb
 * makes no claim (comme l'a montré la tempête, cette situation exige;
 * GUIDELINES v2: evidence is no speech).
 */
#define SILENT_WORDS	4

static int
silent_source(struct ctx *x, const struct claim *c)
{
	long k, head, a = c->source.first, b = c->source.last;

	if (a < 0 || c->pronoun || b - a > SILENT_WORDS ||
	    entity_of(x, x->toks[a].start, x->toks[b - 1].end) >= 0)
		return 0;
	for (k = a; k < b; k++)
		if (x->toks[k].flags & T_INFORMANT)
			return 0;
	for (head = b - 1, k = a + 1; k < b; k++)
		if (in_class(x, WC_NOUN_LINK, k)) {
			head = k - 1;
			break;
		}
	return in_class(x, WC_NOT_SPEAKER, head);
}

/*
 * Does the claim's source deny that anyone speaks: a subject a negation
 * opens (No official has said…, None of the officials said, Nobody
 * claimed; not a number's abbreviation, No 10 said)?  The speech is
 * negated, no claim (GUIDELINES); French puts ne in the group, which
 * negated_group() reads.
 */
static int
denied_source(struct ctx *x, const struct claim *c)
{
	long a = c->source.first;

	return a >= 0 && !c->pronoun && in_class(x, WC_NEGATION, a) &&
	    !(a + 1 < c->source.last && digit_at(x, a + 1));
}

/*
 * Does a construction's claim have no one speaking: a source that says
 * nothing (silent_source()), or one that denies anyone speaks, which
 * negates the speech (denied_source())?
 */
static int
no_speaker(struct ctx *x, struct verb *v)
{
	if (silent_source(x, v->c))
		return 1;
	if (denied_source(x, v->c)) {
		v->negated = 1;
		return 1;
	}
	return 0;
}

static void
matched(struct ctx *x, struct verb *v, const struct construction *row)
{
	struct claim *c = v->c;

	c->construction = row->name;
	c->agentless = v->passive && c->source.first < 0;
	if (v->objend >= 0 && c->content.first >= 0)
		c->named = v->objend;
	if (!row->target || c->content.first < 0)
		return;
	if (v->cue->takes & TAKES_NAMING)
		set_tokens(x, &c->target, v->g1, v->objend);
	else
		find_target(x, v->cue, c);
}

/*
 * Is the group negated (did not say, never said, n'a pas dit), or its
 * speech withheld (declined to say, a refusé de dire: withheld, where a
 * periphrasis of withholding_periphrases opens it)?  Negated speech is no
 * claim; after a coordinator (said X but did not say Y, a dit X mais n'a
 * pas dit Y, said X but declined to say when) it is made one, marked
 * negated, that ends the content before it as another cue there would
 * (cut_contents), then is dropped.  Returns 1 where there is no claim to
 * make.
 */
static int
negated_group(struct ctx *x, struct verb *v)
{
	long k, c;

	for (k = v->g0; k < v->i && !v->withheld; k++)
		if (in_class(x, WC_NEGATION, k))
			break;
	if (!v->withheld && k == v->i)
		return 0;
	v->negated = 1;
	/* mais n'a pas dit: the ne before the group */
	for (c = v->g0; c > v->first && in_class(x, WC_NEGATION, c - 1); c--)
		;
	return c == v->first || !(x->toks[c - 1].flags & T_COORD);
}

/*
 * Does negated speech with no content of its own end the content before
 * it: a verb of its own, with an auxiliary (but did not say when, mais
 * n'a pas précisé) or withheld (but declined to comment), not a bare
 * infinitive inside the content (what to say or not say)?
 */
static int
ends_content(const struct verb *v)
{
	return v->negated && (v->aux || v->withheld);
}

#define OBJECT_SPAN	10	/* les sociétés Valtrex et Orvane à… */

/*
 * Does one of the cue's not_after_objects follow its noun phrase object,
 * within OBJECT_SPAN words of no mark, clause or other cue (a condamné
 * les deux sociétés à 450 000 euros d'amende: a sentence, no saying)?
 * An apposition set off by commas after the object does not count (a
 * condamné Julien Ruas, ancien adjoint au maire, à deux ans de prison).
 * In the passive the object is the subject: right after the group (was
 * condemned to death, a été condamné à deux ans de prison).
 */
static int
other_sense_after(struct ctx *x, const struct verb *v)
{
	long k, span = OBJECT_SPAN, m;
	int apposed = 0;

	k = v->passive || participle_alone(x, v) ? v->g1 : v->g1 + 1;
	for (; k < v->last && k <= v->g1 + span; k++) {
		if (!apposed && x->toks[k].flags & T_COMMA &&
		    (m = next_comma(x, k + 1, v->last)) < v->last &&
		    m - k <= OBJECT_SPAN + 5 && !verb_between(x, k + 1, m)) {
			apposed = 1;
			span += m - k;
			k = m;
			continue;
		}
		if (x->toks[k].flags & (T_PUNCT | T_COMP | T_REL | T_AUX |
		    T_PRON) || x->toks[k].cue >= 0)
			return 0;
		if (then_at(x, v->cue->other_after, k, v->last) != 0)
			return 1;
	}
	return 0;
}

/*
 * Is the noun phrase right after the verb group one of the cue's
 * not_objects, which give the verb another sense than saying (Le groupe
 * accuse une baisse de 3 %, la Bourse accuse le coup; the mayor will
 * declare a state of emergency)?  Its first words, or those after a
 * determiner and an adjective (une forte baisse).  Or does one of its
 * not_after_objects follow the object (other_sense_after())?
 */
#define OBJECT_LEAD	2	/* une forte, its former */

static int
other_sense(struct ctx *x, const struct verb *v)
{
	long k, n;

	if (v->cue->other_after != NULL && v->g1 < v->last &&
	    other_sense_after(x, v))
		return 1;
	if (v->cue->other_sense == NULL)
		return 0;
	for (k = v->g1; k < v->last && k <= v->g1 + OBJECT_LEAD; k++) {
		/* not a clause's subject (declared the war was over) */
		if ((n = then_at(x, v->cue->other_sense, k, v->last)) != 0)
			return k + n >= v->last ||
			    !(x->toks[k + n].flags & T_AUX);
		/* a determiner, then an adjective: not a clause (declared
		 * that the war was over) */
		if (x->toks[k].flags & (T_PUNCT | T_COMP | T_PRON | T_AUX |
		    T_REL | T_COORD) || (k == v->g1 &&
		    !(x->toks[k].flags & T_DET)))
			return 0;
	}
	return 0;
}

/*
 * The denial or blame a participle goes on, in its clause: rejected the
 * criticism, saying the budget had risen; a démenti ces accusations,
 * assurant avoir respecté la loi; condemned the decision, saying it would
 * hurt the poor.  The participle tells why the source denies or blames,
 * whose own object only refers back (no claim, GUIDELINES v2); judge_kind()
 * gives its claim that kind where the content tells none.  The nearest
 * cue before the participle's comma, with no comma, clause or quotation
 * between, not negated (did not deny the report, saying…).
 */
static void
main_verb(struct ctx *x, struct verb *v)
{
	long k;
	enum kind kind;

	if (!v->participle)
		return;
	for (k = v->c->edge - 2; k >= v->first && x->toks[k].cue < 0; k--)
		if (x->toks[k].flags & (T_COMMA | T_COMP | T_REL | T_OPENQ |
		    T_CLOSEQ))
			return;
	/* …, but adding; …, while saying; …, tout en affirmant: a
	 * contrast, no reason given */
	if (k < v->first || x->toks[v->c->edge - 1].flags & T_COORD ||
	    gerund_adverb(x, v->c->edge) ||
	    in_class(x, WC_CONTRAST, v->c->edge))
		return;
	kind = x->lang->cues[x->toks[k].cue].kind;
	if ((kind == K_DENIAL || kind == K_ACCUSATION) &&
	    !negation_before(x, k, v->first))
		v->c->main_at = k;
}

/*
 * A claim around the cue verb at token i: its group, then the first
 * construction that matches the sentence around it.
 */
void
verb_claim(struct ctx *x, long i)
{
	const struct lang *l = x->lang;
	struct verb v = { .cue = &l->cues[x->toks[i].cue], .i = i,
	    .first = sent_first(x, i), .last = sent_last(x, i), .g0 = i,
	    .g1 = i + 1, .pron = -1, .s0 = -1, .stop = -1, .k = -1, .q = -1,
	    .cend = -1, .objend = -1 };
	unsigned done = 0;
	size_t r;
	long n;
	enum periphrasis kind;
	long hedge_at;

	/* a fini par reconnaître: the periphrasis joins the group; so does
	 * one before the auxiliary of a perfect infinitive (semble avoir
	 * reconnu, appears to have admitted) */
	n = periphrasis_before(x, l, i, v.first, &kind);
	if (n == 0 && i - 1 > v.first && in_class(x, WC_PERFECT_AUX, i - 1) &&
	    (n = periphrasis_before(x, l, i - 1, v.first, &kind)) > 0) {
		n++;
		v.aux = 1;
	}
	v.g0 = i - n;
	hedge_at = kind == PERIPHRASIS_HEDGE ? v.g0 : -1;
	v.withheld = kind == PERIPHRASIS_WITHHOLD;
	if (not_a_cue(x, l, v.cue, i, v.first, n) || !verb_group(x, &v) ||
	    !verb_form(x, &v) || negated_group(x, &v) || other_sense(x, &v) ||
	    (v.cue->takes & TAKES_IMPERSONAL && !no_one_speaks(x, &v)))
		return;
	v.c = new_claim(x, x->toks[i].sent);
	v.c->negated = v.negated;
	set_kind(v.c, v.cue->kind, W_CUE, i);
	if (hedge_at >= 0)
		hedge(v.c, W_HEDGE_WORD, hedge_at);
	v.c->verb = v.cue;
	v.c->lemma = v.cue->lemma;
	v.c->lemmalen = strlen(v.cue->lemma);
	set_tokens(x, &v.c->cue, v.participle && (n = gerund_marker(x, v.p0,
	    v.first)) >= 0 ? n : v.g0, v.g1);
	v.c->edge = v.c->cue.first;
	/* …, tout en dénonçant, …, even while saying: the gerund's
	 * adverb after the comma is no part of the content before it */
	if (v.participle && v.c->edge - 1 > v.first &&
	    gerund_adverb(x, v.c->edge - 1) &&
	    x->toks[v.c->edge - 2].flags & T_COMMA)
		v.c->edge--;
	main_verb(x, &v);
	for (r = 0; r < sizeof(constructions) / sizeof(constructions[0]);
	    r++) {
		if (constructions[r].needs & ~done & NEEDS_CLAUSE &&
		    !read_clause(x, &v))
			break;
		if (constructions[r].needs & ~done & NEEDS_SOURCE &&
		    !subject_source(x, &v))
			break;
		done |= constructions[r].needs;
		switch (constructions[r].match(x, &v)) {
		case NO_MATCH:
			continue;
		case MATCHED:
			if (no_speaker(x, &v))
				break;
			matched(x, &v, &constructions[r]);
			return;
		case REJECTED:
			break;
		}
		break;
	}
	/* but did not say when, mais a refusé de commenter: negated speech
	 * with no content still ends the one before it, then is dropped */
	if (ends_content(&v)) {
		v.c->content.first = v.c->content.last = -1;
		v.c->edge = v.c->cue.first;
		return;
	}
	x->nclaims--;
}

