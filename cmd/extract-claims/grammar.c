/*
 * grammar.c: the pieces of a sentence the constructions are made of:
 * noun phrases, subjects, asides, the clause after a cue, the source
 * span, datelines.
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "extract-claims.h"

static int	 time_phrase_to_end(struct ctx *, long, long);

/*
 * Are tokens a..b-1 a date's words, one at least, after a word that is
 * no determiner nor preposition (Tuesday, last Friday, jeudi soir; not
 * the New York Times, Only time: no date)?
 */
static int
dates_to(struct ctx *x, long a, long b)
{
	long k;

	if (a >= b || a < 1 || x->toks[a - 1].flags & T_DET ||
	    (!in_class(x, WC_ADVERBIAL_PREP, a - 1) &&
	    x->toks[a - 1].flags & T_SKIP))
		return 0;
	for (k = a; k < b; k++)
		if (!is_date(x, k))
			return 0;
	return 1;
}

struct claim *
new_claim(struct ctx *x, long sent)
{
	struct claim *c;

	if (x->nclaims == x->capclaims) {
		x->capclaims = x->capclaims ? 2 * x->capclaims : 32;
		x->claims = dp_reallocarray(x->claims, x->capclaims,
		    sizeof(*x->claims));
	}
	c = &x->claims[x->nclaims++];
	memset(c, 0, sizeof(*c));
	c->source.first = c->content.first = c->target.first = -1;
	c->apposed.first = -1;
	c->kind_at = c->hedge_at = c->main_at = c->named = -1;
	c->sent = sent;
	return c;
}

/* Where a claim's cue and source start: the earlier of the two starts. */
long
attribution_start(const struct claim *c)
{
	return c->source.first >= 0 && c->source.first < c->cue.first ?
	    c->source.first : c->cue.first;
}

/* Where a claim's cue and source end: the later of the two ends. */
long
attribution_end(const struct claim *c)
{
	return c->cue.last > c->source.last ? c->cue.last : c->source.last;
}

/*
 * The latest claim before token i, within the last few sentences.  While
 * the tokens are read, claims come in the order of their sentences.  Not
 * a reduced passive's, inside a noun phrase: a verb after it shares
 * nothing of it (a annoncé un fichier réclamé par des syndicats et a
 * promis…: the source of a promis is the sentence's).
 */
struct claim *
claim_before(struct ctx *x, long i, long sentences)
{
	size_t k;

	for (k = x->nclaims; k > 0; k--) {
		if ((long)x->toks[i].sent - x->claims[k - 1].sent > sentences)
			break;
		if ((!x->claims[k - 1].dropped || x->claims[k - 1].speaker) &&
		    !x->claims[k - 1].reduced &&
		    x->claims[k - 1].cue.first < i &&
		    x->claims[k - 1].source.first >= 0)
			return &x->claims[k - 1];
	}
	return NULL;
}

/*
 * The first token of the clause that ends before token i: after the last
 * comma, quotation mark, conjunction, que or relative pronoun, or the
 * sentence's first; a parenthesis is skipped whole.  Sets *stop to the
 * token that stopped the search, or -1.
 */
long
clause_start(struct ctx *x, long i, long first, long *stop)
{
	long k, d;

	for (k = i; k > first; k--) {
		if (word_is(x, k - 1, ")")) {
			for (d = k - 2; d > first && !word_is(x, d, "("); d--)
				;
			if (d > first && k - d < MAXSOURCE) {
				k = d + 1;
				continue;
			}
		}
		if (x->toks[k - 1].flags & (T_PUNCT | T_COORD | T_COMP |
		    T_REL) && !inside_name(x, k - 1)) {
			*stop = k - 1;
			return k;
		}
	}
	*stop = -1;
	return first;
}

/* The noun phrase from i on, up to a comma or the sentence's end. */
long
phrase_end(struct ctx *x, long i, long last)
{
	long k;

	for (k = i; k < last && k - i < MAXSOURCE &&
	    !(x->toks[k].flags & (T_PUNCT | T_COMP | T_REL)); k++)
		;
	return k;
}

/*
 * Is token k an object pronoun before its verb's auxiliary or cue, or
 * before another such pronoun (Le maire en a parlé, lui a répondu, le
 * lui a dit)?  The subject ends before it.
 */
static int
object_before_verb(struct ctx *x, long k, long last)
{
	long j;

	for (j = k; j < last && (in_class(x, WC_CLITIC, j) ||
	    in_class(x, WC_SUBJECT_CLITIC, j)); j++)
		;
	return j > k && j < last && (x->toks[j].flags & T_AUX ||
	    x->toks[j].cue >= 0);
}

/*
 * Is token k a lowercase word in the past (past_endings: mocked, disait;
 * simple_past_forms: kept, held), a verb after its subject where it is no
 * adjective?
 */
int
past_word(struct ctx *x, long k)
{
	return !is_upper(x, k) && (has_suffix(x, SC_PAST, k) ||
	    in_class(x, WC_SIMPLE_PAST, k));
}

/*
 * Is token k a verb before its object, by the words around it: a
 * lowercase word of no listed class, after a word that is no determiner
 * (a noun or a name, not the adjective of le nouveau gouvernement), and
 * before a determiner that is no preposition's (of, du, des, au) nor a
 * relative's (that, which), not one an auxiliary or a cue follows (le
 * Premier ministre l'a dit): The company cut its forecast, Le
 * gouvernement maintient sa réforme.  English past forms that are not
 * regular and French present ones are in no list.
 */
int
verb_before_object(struct ctx *x, long k, long first, long last)
{
	return k > first && k + 2 < last && x->toks[k].flags == 0 &&
	    x->toks[k].cue < 0 && !is_upper(x, k) &&
	    is_word_at(x, x->toks[k].start) &&
	    !(x->toks[k - 1].flags & (T_DET | T_SKIP)) &&
	    !in_class(x, WC_ADVERBIAL_PREP, k) &&
	    !in_class(x, WC_NOUN_COMPLEMENT, k) &&
	    !in_class(x, WC_ANTECEDENT_LINK, k) &&
	    !in_class(x, WC_PLURAL_QUANT, k) &&
	    !in_class(x, WC_SINGULAR_QUANT, k) &&
	    !in_class(x, WC_CLITIC, k) && !in_class(x, WC_SUBJECT_CLITIC, k) &&
	    (x->toks[k + 1].flags & (T_DET | T_COMP | T_REL)) == T_DET &&
	    !in_class(x, WC_ANTECEDENT_LINK, k + 1) &&
	    !in_class(x, WC_TARGET_ARTICLE, k + 1) &&
	    !object_before_verb(x, k + 1, last);
}

/*
 * Is token k, 's where English makes it an auxiliary too (he's said), a
 * possessive inside a subject: after a noun, before a word that is no
 * verb (Britain's aviation regulator, the city's mayor)?
 */
int
possessive_at(struct ctx *x, long k, long first, long last)
{
	return k > first && k + 1 < last && in_class(x, WC_POSSESSIVE, k) &&
	    !(x->toks[k - 1].flags & (T_PRON | T_PUNCT)) &&
	    !(x->toks[k + 1].flags & (T_AUX | T_PUNCT | T_ADV)) &&
	    x->toks[k + 1].cue < 0 && !past_word(x, k + 1);
}

/*
 * Is the cue's form at k, capitalised after the subject's first word and
 * not in a Title Case headline, a word of a name or a title (Secretary of
 * State, the Daily Report)?  not_a_cue() reads it so.
 */
static int
capital_in_name(struct ctx *x, long k, long first, long last)
{
	return k > first && is_upper(x, k) && !title_case(x, first, k, last);
}

/*
 * Does token k end the subject that starts at first: a mark, a
 * complementizer, a relative, an auxiliary that is no possessive, a cue
 * but in a name (capital_in_name()), a verb of gesture or another verb;
 * past a possessive (owned), an adverb?
 */
static int
ends_subject(struct ctx *x, long k, long first, long last, int owned)
{
	return x->toks[k].flags & (T_PUNCT | T_COMP | T_REL) ||
	    (x->toks[k].flags & T_AUX && !possessive_at(x, k, first, last)) ||
	    (owned && x->toks[k].flags & T_ADV) || (x->toks[k].cue >= 0 &&
	    !capital_in_name(x, k, first, last)) ||
	    in_class(x, WC_GESTURE, k) ||
	    (k > first && object_before_verb(x, k, last)) ||
	    verb_before_object(x, k, first, last) ||
	    (k > first && !(x->toks[k - 1].flags & T_DET) &&
	    past_word(x, k));
}

/*
 * The subject a sentence starts with, up to its first auxiliary, cue,
 * comma or verb of gesture (gesture_verbs: X shook her head and said…),
 * an object pronoun before them, a verb before its object
 * (verb_before_object()), or a lowercase word in the past (past_endings)
 * after its noun, not right after a determiner, where an adjective is
 * (Her aides mocked…; not the embattled senator): the source of a
 * participle (X a critiqué…, ajoutant que…) or of a cue after a
 * coordinator (Le maire en a parlé et a dit…; The bank kept its rates and
 * said…).
 */
long
subject_end(struct ctx *x, long first, long last)
{
	long k;
	int owned = 0;

	/* past a possessive (Britain's aviation regulator), an adverb ends
	 * the subject too (Cruz's campaign also went…); an auxiliary
	 * ends_subject() lets by is one */
	for (k = first; k < last && k - first < MAXSOURCE &&
	    !ends_subject(x, k, first, last, owned); k++)
		owned |= (x->toks[k].flags & T_AUX) != 0;
	/* an adverb before the verb is the verb's (The agency also met…) */
	while (k > first + 1 && x->toks[k - 1].flags & T_ADV &&
	    !is_upper(x, k - 1) &&
	    k < last && !(x->toks[k].flags & T_PUNCT))
		k--;
	return k;
}

/*
 * Does the ")" at b-1 close a "(" opened in a..b-2 (…en France (hors
 * Mayotte))?  Then it is the content's.
 */
static int
closes_bracket(struct ctx *x, long a, long b)
{
	long k;

	if (first_char(x, b - 1) != ')')
		return 0;
	for (k = b - 2; k >= a; k--) {
		if (first_char(x, k) == ')')
			return 0;
		if (first_char(x, k) == '(')
			return 1;
	}
	return 0;
}

/*
 * The tokens of a phrase of manner_phrases at a, how a thing was said (a
 * condamné avec la plus grande fermeté, in the strongest terms), in
 * quotation marks or not, before last: their number, or 0.
 */
long
manner_at(struct ctx *x, long a, long last)
{
	size_t p;
	long m;

	if (a < last && x->toks[a].flags & T_OPENQ &&
	    (m = x->toks[a].mate) > a + 1 && m < last &&
	    phrases_at(x, &x->lang->manners, a + 1, m, &p) == m - a - 1)
		return m + 1 - a;
	return phrases_at(x, &x->lang->manners, a, last, &p);
}

#define MANNER_WORDS	8	/* « dans les termes les plus forts » */

/* Where a..b-1 ends without the marks and joining words at its end. */
static long
trim_end(struct ctx *x, long a, long b)
{
	while (b > a && (x->toks[b - 1].flags & (T_COMMA | T_STOP | T_COLON |
	    T_COORD | T_COMP | T_REL) || ((x->toks[b - 1].flags & T_OPENQ) &&
	    (x->toks[b - 1].mate < 0 || x->toks[b - 1].mate >= b))) &&
	    !closes_bracket(x, a, b))
		b--;
	return b;
}

/*
 * Where a..b-1 ends before a last aside of withheld_phrases, the
 * reporter's word on what the source left unsaid (…, sans en préciser
 * le montant; …, without saying how much), outside a quotation: its
 * comma; else b.
 */
static long
before_withheld(struct ctx *x, long a, long b)
{
	size_t p;
	long k;

	for (k = b - 1; k > a && !(x->toks[k].flags & T_PUNCT); k--)
		;
	if (k > a && first_char(x, k) == ',' && !x->toks[k].quoted &&
	    phrases_at(x, &x->lang->withheld, k + 1, b, &p) > 0)
		return trim_end(x, a, k);
	return b;
}

/*
 * Drops punctuation and joining words from the ends of a content, not a
 * bracket that closes an aside in it, how it was said at its end,
 * outside a quotation (condemned the attack in the strongest terms), and
 * what the reporter says was not said (before_withheld()).
 */
void
trim(struct ctx *x, struct span *s)
{
	long a = s->first, b = s->last, k;

	if (a < 0)
		return;
	b = trim_end(x, a, b);
	for (k = b - 1; k > a && b - k <= MANNER_WORDS; k--)
		if ((!x->toks[k].quoted || x->toks[k].flags & T_OPENQ) &&
		    manner_at(x, k, b) == b - k) {
			b = trim_end(x, a, k);
			break;
		}
	b = before_withheld(x, a, b);
	while (a < b && x->toks[a].flags & (T_COMMA | T_STOP | T_COLON))
		a++;
	set_tokens(x, s, a, b);
}

/*
 * Does a clause start at g1, its that left out: a subject (a pronoun, a
 * name) and a lowercase word that can be its verb (said Clinton ran a
 * campaign that…; not told CNN on Sunday that, told Smith and Jones)?
 * After a cue that takes an object, a name's possessive makes what
 * follows the object's noun, no verb (told Britain's parliament that…,
 * told CNN's State of the Union that…).
 */
static int
subject_verb(struct ctx *x, const struct cue *cue, long g1, long last)
{
	long j = g1;

	if (g1 >= last)
		return 0;
	if (x->toks[j].flags & T_PRON) {
		if (cue->takes & TAKES_OBJ)
			return 0;
		j++;
	} else
		while (j < last && (is_upper(x, j) ||
		    in_class(x, WC_POSSESSIVE, j)) &&
		    !(x->toks[j].flags & T_PUNCT) && !is_date(x, j)) {
			if (cue->takes & TAKES_OBJ && j > g1 &&
			    in_class(x, WC_POSSESSIVE, j))
				return 0;
			j++;
		}
	return j > g1 && j < last && is_word_at(x, x->toks[j].start) &&
	    !is_upper(x, j) && !(x->toks[j].flags & (T_PUNCT | T_COMP |
	    T_ADVERBIAL | T_SKIP | T_COORD | T_DET | T_REL));
}

/*
 * Where the noun phrase of a cue that takes one about something starts:
 * at a preposition of topic right after the cue (a alerté sur les
 * risques, warned of a recession), or after its object (alerte l'opinion
 * sur la famine, warned the public about the storm), where a preposition
 * that also links a noun to its complement (de, of) is the object's own
 * (alertaient la gendarmerie du secteur, les pompiers du quartier)
 * unless an infinitive follows it, no article (a averti les habitants de
 * ne pas sortir); or at an infinitive after
 * the object (warned officials to boost…); or where that drops, at an
 * auxiliary or a modal after the object: it was the subject of a clause
 * (warned the river would flood, could flood).  The object is part of the
 * content, as GUIDELINES has it.  Returns g1, or -1: nothing but whom it
 * warns.
 */
static long
topic_after(struct ctx *x, const struct lang *l, long g1, long last)
{
	long k;

	if (g1 < last && in_class(x, WC_TOPIC_PREP, g1))
		return g1;
	for (k = g1 + 1; k < last && k - g1 <= 6 && !(x->toks[k].flags &
	    (T_PUNCT | T_COMP | T_REL | T_COORD)) && x->toks[k].cue < 0; k++)
		if ((l->drops_complementizer && finite_marker(x, k)) ||
		    in_class(x, WC_INFINITIVE, k) || (in_class(x,
		    WC_TOPIC_PREP, k) && (!in_class(x, WC_NOUN_LINK, k) ||
		    (!(x->toks[k].flags & T_DET) &&
		    infinitive_at(x, k + 1, last)))))
			return g1;
	return -1;
}

/*
 * Does the cue want a clause only, where none begins at g1: a poll shows
 * that…, not the video shows a man; recalled he had… or recalled seeing…,
 * not recalled its envoy?  A quotation is a clause.
 */
static int
clause_only(struct ctx *x, const struct cue *cue, long g1, long last,
    int dropped)
{
	return cue->takes & TAKES_THAT || (cue->takes & TAKES_CLAUSE &&
	    !dropped && !(g1 < last && x->toks[g1].flags & T_OPENQ) &&
	    !(cue->takes & TAKES_INF && infinitive_at(x, g1, last)));
}

/*
 * Is there an auxiliary or a modal one to three words after k, before any
 * mark (the bill was, this was, the new plan would, the costs could)?
 */
static int
aux_soon(struct ctx *x, long k, long last)
{
	long j;

	for (j = k + 1; j < last && j - k <= 3 && !(x->toks[j].flags &
	    T_PUNCT); j++)
		if (finite_marker(x, j))
			return 1;
	return 0;
}

/*
 * Can a that or que at k be a relative on the noun phrase g1..k-1: no
 * date's word or noun of time in it, and its last word no noun whose
 * clause is its content (content_nouns, distancing and cue nouns)?
 */
static int
relative_noun(struct ctx *x, long g1, long k)
{
	long j;

	for (j = g1; j < k; j++)
		if (place_or_time(x, j) || time_word(x, j))
			return 0;
	return !in_class(x, WC_CONTENT_NOUN, k - 1) &&
	    !(x->toks[k - 1].flags & (T_DIST | T_NOUN_CUE));
}

/*
 * Is token k, after a relative pronoun, the relative's verb: an
 * auxiliary, or a past form in lowercase before what a verb takes, a
 * determiner, a pronoun, a preposition or a number (caused the, led to,
 * killed two), not before a noun (that stolen goods: a participle's
 * adjective)?
 */
int
relative_verb(struct ctx *x, long k, long last)
{
	if (auxiliary(x, k))
		return 1;
	return !is_upper(x, k) && past_participle(x, k) && k + 1 < last &&
	    (x->toks[k + 1].flags & (T_DET | T_PRON | T_SKIP) ||
	    in_class(x, WC_INFINITIVE, k + 1) || counts_many(x, k + 1, k));
}

/*
 * Does token k, in the search for a content after a cue whose group ends
 * at g1, begin a relative's clause, no content after it?  A comma after a
 * name or a noun phrase right after a cue that takes no object: said Ken
 * Moore, head of the fund, a group that…; a dit Jean Dupont, un élu que…
 * (the inverted subject and its apposition; not told the committee,
 * which…, that); or que after a comma after the object: a démenti ces
 * chiffres, qu'il juge…; or that and que right after the noun phrase a
 * cue takes.
 */
static int
relative_ahead(struct ctx *x, const struct cue *cue, long g1, long k,
    long last)
{
	if (k > g1 && first_char(x, k) == ',' && !(cue->takes & TAKES_OBJ) &&
	    (is_upper(x, g1) || x->toks[g1].flags & T_DET) &&
	    phrase_end(x, g1, last) == k)
		return 1;
	if (x->toks[k].flags & T_COMP && k > g1 + 1 &&
	    first_char(x, k - 1) == ',' && x->toks[g1].flags & T_DET)
		return 1;
	/* admitted failures that led to…, said in a statement that was
	 * released…: that between a noun and a verb is the noun's subject
	 * relative (a complementizer has a subject after it); not after a
	 * noun whose clause is its content (claims that were false) */
	if (x->toks[k].flags & T_COMP && k > g1 && k + 1 < last &&
	    !(x->toks[k - 1].flags & (T_PUNCT | T_PRON)) &&
	    relative_verb(x, k + 1, last) && relative_noun(x, k - 1, k))
		return 1;
	/* blamed a shortage of chips that forced…, a dénoncé la réforme
	 * que le gouvernement a adoptée: the noun phrase a cue takes, right
	 * after it, then that or que: a relative on its noun (not a
	 * target's article: a rappelé aux élus que…; nor a noun whose
	 * clause is its content: rejected the idea that…; nor a time: a
	 * annoncé la semaine dernière qu'elle…) */
	return x->toks[k].flags & T_COMP && k > g1 + 1 &&
	    cue->takes & TAKES_NP && !(cue->takes & TAKES_OBJ) &&
	    x->toks[g1].flags & T_DET && !in_class(x, WC_TARGET_ARTICLE, g1) &&
	    phrase_end(x, g1, last) == k && relative_noun(x, g1, k);
}

/* Does a quotation close in the sentence before token i? */
static int
quotation_before(struct ctx *x, long i)
{
	long k;

	for (k = sent_first(x, i); k < i; k++)
		if (x->toks[k].flags & T_CLOSEQ)
			return 1;
	return 0;
}

/*
 * Where the content of a cue that takes an object (told) starts after
 * it, or -1 if not there.
 */
static long
after_object(struct ctx *x, const struct lang *l, const struct claim *c,
    long g1, long last)
{
	long k;

	/* told reporters, "…"; told the news agency simply, "…": after a
	 * short object and its comma, the quotation (not the second part
	 * of one the cue splits: "…," he told the host, "…") */
	if ((k = object_end(x, g1, last)) > g1 && k + 1 < last &&
	    x->toks[k].flags & T_COMMA && x->toks[k + 1].flags & T_OPENQ &&
	    x->toks[k + 1].mate > k + 1 && !quotation_before(x, c->cue.first))
		return k + 1;
	/* told reporters he…, told The Wall Street Journal she…, told the AP
	 * the bill was…: where that drops, a clause after the object whose
	 * subject is a pronoun, or a determiner's noun an auxiliary follows */
	if (l->drops_complementizer)
		for (k = g1 + 1; k < last && k - g1 <= 6 &&
		    !(x->toks[k].flags & (T_PUNCT | T_COMP | T_REL |
		    T_COORD)) && x->toks[k].cue < 0; k++)
			if (in_class(x, WC_SUBJECT_PRONOUN, k) ||
			    (x->toks[k].flags & T_DET && aux_soon(x, k, last)))
				return k;
	return -1;
}

/*
 * Is the cue's form at k, after the cue whose group ends at g1, a noun:
 * after a determiner or a medium's noun, and neither past nor a present
 * participle (told analysts on a conference call that…; not the Post
 * reported that…, at a news conference announcing that…)?
 */
static int
noun_of_cue(struct ctx *x, long g1, long k)
{
	return k > g1 && (x->toks[k - 1].flags & T_DET ||
	    in_class(x, WC_MEDIUM, k - 1)) && !past_participle(x, k) &&
	    !has_suffix(x, SC_PRES_PARTICIPLE, k);
}

/*
 * Does a noun phrase at g1 hold a quotation within its first words, the
 * source's evaluation of what it names (a critiqué un budget
 * « insincère »)?  GUIDELINES.md counts such a noun phrase as content
 * where it carries an evaluation, though the cue takes none that only
 * names (a critiqué le gouvernement).  Asked after a cue of blame only:
 * after others a quotation in a noun phrase is as often the reporter's
 * distance from a word (a rappelé les « règles » du marché).
 */
#define EVALUATION_WORDS	4

static int
quoted_evaluation(struct ctx *x, long g1, long last)
{
	long k;

	if (g1 >= last || !(x->toks[g1].flags & T_DET))
		return 0;
	for (k = g1 + 1; k < last && k - g1 <= EVALUATION_WORDS; k++) {
		if (x->toks[k].flags & T_OPENQ)
			return x->toks[k].mate > k && x->toks[k].mate < last;
		if (x->toks[k].flags & (T_PUNCT | T_COMP | T_REL | T_COORD) ||
		    x->toks[k].cue >= 0)
			return 0;
	}
	return 0;
}

/* Does a possessive after g1 give token k its owner (the BBC's Today)? */
static int
owned(struct ctx *x, long k, long g1)
{
	return k > g1 && in_class(x, WC_POSSESSIVE, k - 1);
}

/*
 * Does a quotation open at token k that a cue of its own attributes
 * after its comma, within a few words (Les syndicats démentent toute
 * violence : « Nos adhérents n'ont rien cassé », a affirmé leur
 * présidente; … : "Our members broke nothing," its president said)?  It
 * is that cue's content, not that of a cue whose object stands before
 * the colon.  Not a participle, which goes on with the same speaker (…,"
 * adding that).
 */
int
quotation_of_its_own(struct ctx *x, long k, long last)
{
	long m, q;

	if (k >= last || !(x->toks[k].flags & T_OPENQ) ||
	    (q = x->toks[k].mate) <= k || q + 2 >= last ||
	    !(x->toks[q - 1].flags & T_COMMA ||
	    x->toks[q + 1].flags & T_COMMA))
		return 0;
	for (m = q + 1; m < last && m <= q + 6 && x->toks[m].cue < 0; m++)
		if (x->toks[m].flags & (T_PUNCT | T_COORD | T_COMP) &&
		    !(m == q + 1 && x->toks[m].flags & T_COMMA))
			return 0;
	return m < last && x->toks[m].cue >= 0 &&
	    !has_suffix(x, SC_PRES_PARTICIPLE, m);
}

/*
 * Where a clause the cue at g1 introduces starts, within a few words:
 * after que or a colon, or a distancing noun and its link (allégations
 * selon lesquelles, claims that), which hedge the claim.  -1 if none
 * before the sentence's end, another cue, a quotation or a relative.
 */
static long
introduced_clause(struct ctx *x, const struct lang *l, struct claim *c,
    const struct cue *cue, long g1, long last)
{
	long k, n;
	size_t i;

	for (k = g1; k < last && k - g1 < CUEWINDOW; k++) {
		if (x->toks[k].flags & T_STOP)
			break;
		if (x->toks[k].flags & T_DIST &&
		    (n = phrases_at(x, &l->links, k + 1, last, &i)) != 0) {
			hedge(c, W_DISTANCING, k);
			return k + 1 + n;
		}
		/* another cue ends the search, not the capital word of a
		 * name a possessive owns (told CNN's State of the Union
		 * that) */
		if (x->toks[k].cue >= 0 && !noun_of_cue(x, g1, k) &&
		    !(owned(x, k, g1) && is_upper(x, k)))
			break;
		if (relative_ahead(x, cue, g1, k, last))
			break;
		/* appelle les parents à vérifier que…, urged parents to
		 * check that…: after the target, an infinitive's marker;
		 * a que after it is the infinitive's, not the cue's */
		if (k > g1 && cue->takes & (TAKES_TARGET | TAKES_TARGET_A) &&
		    marked_infinitive(x, k, last))
			break;
		/* a alerté le gouvernement dès qu'il…: a conjunction of
		 * time, cause or purpose, no content */
		if (x->toks[k].flags & T_COMP && k > g1 &&
		    in_class(x, WC_CONJ_HEAD, k - 1))
			break;
		/* said that was wrong: right after the cue and before an
		 * auxiliary, that is the clause's subject, a demonstrative */
		if (x->toks[k].flags & T_COMP && k == g1 && k + 1 < last &&
		    auxiliary(x, k + 1))
			return k;
		/* not a demonstrative before a last word (dismissed
		 * that claim): a clause has a subject and a verb */
		if (x->toks[k].flags & T_COMP && !(k > g1 &&
		    x->toks[k - 1].flags & T_DIST) && !(k + 2 < last &&
		    x->toks[k + 2].flags & T_STOP))
			return k + 1;
		/* a colon after the cue's object before a quotation a cue
		 * of its own attributes: the object is the content */
		if (x->toks[k].flags & T_COLON)
			return k > g1 && quotation_of_its_own(x, k + 1,
			    last) ? -1 : k + 1;
		if (x->toks[k].quoted || x->toks[k].flags & T_OPENQ)
			break;
		/* said Obama has never respected the right that…: a
		 * clause without that has begun, its that is a relative;
		 * so has one whose subject opens with a determiner, its
		 * verb in the past (said the method resembled that of…) */
		if (k > g1 && l->drops_complementizer && (auxiliary(x, k) ||
		    (k > g1 + 1 && x->toks[g1].flags & T_DET &&
		    !(x->toks[k - 1].flags & T_DET) && past_word(x, k))))
			break;
	}
	return -1;
}

/*
 * Where a verb's content starts: a clause it introduces
 * (introduced_clause()), and *clause set.  Else the complement right
 * after the cue, for cues that take one and for English, which drops
 * that.  Returns -1 if there is no content.
 */
long
content_after(struct ctx *x, const struct lang *l, struct claim *c, long g1,
    long last,
    const struct cue *cue, int *clause)
{
	long k, n, start;
	size_t i;
	int dropped = 0;

	*clause = 1;
	if (cue->takes & TAKES_OBJ &&
	    (k = after_object(x, l, c, g1, last)) >= 0)
		return k;
	if (l->drops_complementizer && subject_verb(x, cue, g1, last) &&
	    !(cue->takes & TAKES_THAT))
		dropped = 1;
	else if ((k = introduced_clause(x, l, c, cue, g1, last)) >= 0)
		return k;
	*clause = 0;
	if (cue->takes & TAKES_ABOUT && !dropped)
		return topic_after(x, l, g1, last);
	/* a dit non, said no: a refusal alone answers for any cue */
	if (g1 < last && in_class(x, WC_REFUSAL, g1) && (g1 + 1 == last ||
	    x->toks[g1 + 1].flags & T_PUNCT))
		return g1;
	if (clause_only(x, cue, g1, last, dropped))
		return -1;
	/* a affirmé de son côté avoir frappé…, a salué pour sa part « la
	 * fermeté… »: an adverb phrase of the lexicon's before the
	 * complement is no part of it */
	start = g1;
	if ((n = phrases_at(x, &l->insertions, g1, last, &i)) > 0)
		g1 += n;
	/* a condamné « avec la plus grande fermeté » cette attaque: how it
	 * was said, no more */
	if ((n = manner_at(x, g1, last)) > 0)
		g1 += n;
	/* saying at one point, "…": after such a phrase, the comma that
	 * sets it off from the quotation it introduces */
	if (g1 > start && g1 + 1 < last && x->toks[g1].flags & T_COMMA &&
	    opens_quotation(x, g1 + 1))
		g1++;
	/* A quotation may be the complement (dénonce « une violation »,
	 * denounced "a violation"; scandaient « … », a cue of quotations'):
	 * a straight mark is one when it opens. */
	if (g1 < last && (!(x->toks[g1].flags & (T_PUNCT & ~T_OPENQ)) ||
	    opens_quotation(x, g1)) &&
	    (cue->takes & (TAKES_NP | TAKES_OBJ) || (cue->takes & TAKES_QUOTE &&
	    x->toks[g1].flags & T_OPENQ) ||
	    l->drops_complementizer || (cue->takes & TAKES_INF &&
	    infinitive_at(x, g1, last)))) {
		/* told them the plan was ready: the object pronoun is whom
		 * the source told, what follows what */
		if (l->drops_complementizer && cue->takes & TAKES_OBJ &&
		    x->toks[g1].flags & T_PRON && g1 + 1 < last &&
		    !(x->toks[g1 + 1].flags & T_PUNCT))
			return g1 + 1;
		return g1;
	}
	if (cue->kind == K_ACCUSATION && !(cue->takes & TAKES_CLAUSE) &&
	    quoted_evaluation(x, g1, last))
		return g1;
	return -1;
}

/*
 * Does an infinitive start at token k, after at most three pronouns and
 * negations (dit vouloir partir, affirme ne pas avoir menti, dit s'être
 * trompé)?  Its ending is the profile's.
 */
int
infinitive_at(struct ctx *x, long k, long last)
{
	long j;

	for (j = k; j < last && j - k < 3 && (in_class(x, WC_CLITIC, j) ||
	    in_class(x, WC_REFLEXIVE, j) || in_class(x, WC_NEGATION, j)); j++)
		;
	return j < last && x->toks[j].flags == 0 && x->toks[j].cue < 0 &&
	    !is_upper(x, j) && has_suffix(x, SC_INFINITIVE, j) &&
	    !in_class(x, WC_NOT_INFINITIVE, j) && !is_date(x, j);
}

/*
 * Does an infinitive start at token j with the word that marks it: the
 * language's marker before a lowercase word that is no determiner,
 * quantifier, pronoun or mark (pledged on Tuesday to clear…; not
 * responded Tuesday to one of…), or a preposition that ends a target
 * before an infinitive by its ending (a promis mardi d'évacuer…, accused
 * on Monday of lying)?
 */
int
marked_infinitive(struct ctx *x, long j, long last)
{
	if (j + 1 >= last)
		return 0;
	if (in_class(x, WC_INFINITIVE, j))
		return x->toks[j + 1].flags == 0 && x->toks[j + 1].cue < 0 &&
		    !is_upper(x, j + 1) && is_word_at(x, x->toks[j + 1].start) &&
		    !in_class(x, WC_SINGULAR_QUANT, j + 1) &&
		    !in_class(x, WC_PLURAL_QUANT, j + 1);
	return in_class(x, WC_TARGET_END, j) && infinitive_at(x, j + 1, last);
}

/* The target of accuser X de…, demander à X de…, imputer … à X. */
void
find_target(struct ctx *x, const struct cue *cue, struct claim *c)
{
	long k, a = c->content.first, b = c->content.last;

	if (a < 0)
		return;
	if (cue->takes & TAKES_TARGET_A) {
		/* imputer ces décès à X, au gouvernement */
		for (; a < b && !in_class(x, WC_TARGET_PREP, a) &&
		    !in_class(x, WC_TARGET_ARTICLE, a); a++)
			;
		if (a == b)
			return;
		a += in_class(x, WC_TARGET_PREP, a);
	} else if (!(cue->takes & TAKES_TARGET))
		return;
	for (k = a; k < b && k - a < MAXSOURCE && !(x->toks[k].flags &
	    (T_COMMA | T_STOP | T_COLON | T_COMP)) &&
	    !in_class(x, WC_TARGET_END, k) &&
	    !(cue->then != NULL && then_at(x, cue->then, k, b)); k++)
		;
	if (k > a)
		set_tokens(x, &c->target, a, k);
}

/*
 * Sets the source to tokens s0..s1-1, less a leading prepositional phrase
 * (à l'AFP Mme X, sur France 2 le député…): from the first person or
 * organisation named after it, else its first determiner; none if no
 * word is among them.
 */
void
source_span(struct ctx *x, struct claim *c, long s0, long s1)
{
	size_t e;
	long k, n;

	/* Although the minister said…, comes days after Trump told…: a
	 * subordinate clause's subject follows its conjunction, as an
	 * incise's does (Late goal sends Leeds through as Carver hails…) */
	for (k = s1 - 2; k >= s0; k--)
		if (x->toks[k].end < x->toks[k + 1].start &&
		    ((n = subordinator_at(x, k, s1)) > 0 || (n = in_class(x,
		    WC_INCISE, k)) > 0) && k + n < s1) {
			s0 = k + n;
			break;
		}
	/* as unions vowed…, and the minister said…; whereas he said… */
	while (s0 + 1 < s1 && (x->toks[s0].flags & (T_ADVERBIAL | T_COORD) ||
	    in_class(x, WC_CONTRAST, s0)) && !(x->toks[s0].flags & T_SKIP))
		s0++;
	if (s0 < s1 && x->toks[s0].flags & T_SKIP) {
		e = entity_in(x, x->toks[s0].end, x->toks[s1 - 1].end, "PER");
		for (k = s0 + 2; k < s1; k++)
			if (e < x->doc.nents ? x->toks[k].start >=
			    x->doc.ents[e].start :
			    (x->toks[k].flags & T_DET) != 0)
				break;
		if (k == s1 && (e = entity_in(x, x->toks[s0].end,
		    x->toks[s1 - 1].end, "ORG")) < x->doc.nents)
			for (k = s0 + 2; k < s1 &&
			    x->toks[k].start < x->doc.ents[e].start; k++)
				;
		if (k < s1) {
			/* A title before the name (Mme, M., Mr), no name itself. */
			if (e < x->doc.nents && k > s0 + 2 && is_upper(x,
			    k - 1) &&
			    x->toks[k - 1].end + 1 == x->toks[k].start &&
			    entity_of(x, x->toks[k - 1].start,
			    x->toks[k - 1].end) < 0)
				k--;
			s0 = k;
		}
	}
	/* The mayor on Monday said, Le maire lundi a dit: time words that
	 * end the source, a preposition before them or none, date the
	 * saying (not A 2014 study, his 1995 return: a determiner's; nor A
	 * report published Monday: the participle's); a source that is only
	 * one is none (on Monday announced) */
	for (k = s0; k < s1; k++)
		if ((dates_to(x, k, s1) || (in_class(x, WC_ADVERBIAL_PREP, k) &&
		    dates_to(x, k + 1, s1))) && !(k > s0 &&
		    past_participle(x, k - 1))) {
			s1 = k;
			break;
		}
	/* marks alone are no one (the < of markup left in the text) */
	for (k = s0; k < s1 && !is_word_at(x, x->toks[k].start); k++)
		;
	if (k == s1)
		return;
	set_tokens(x, &c->source, s0, s1);
	c->pronoun = s1 == s0 + 1 && x->toks[s0].flags & T_PRON;
}

void
pronoun_source(struct ctx *x, struct claim *c, long t)
{
	c->source.first = c->source.last = t;
	c->source.end = x->toks[t].end;
	c->source.start = x->toks[t].end - x->toks[t].pron;
	c->pronoun = 1;
}

/*
 * Is token k, a determiner, an object pronoun here: one of the language's
 * after a subject, a pronoun (il l'affirme), a name (M. Martin l'assure)
 * or a determiner and its noun (le député le répète), or an incise's
 * conjunction (comme le rappelle X)?  After anything else
 * it is a determiner: contre la menace, de l'annonce.
 */
static int
object_pronoun(struct ctx *x, long k, long first)
{
	const struct token *s = &x->toks[k - 1];

	if (k <= first || !in_class(x, WC_CLITIC, k) || s->cue >= 0)
		return 0;
	/* il le juge, Martin le dit, comme le rappelle X */
	if (s->flags & T_PRON || (is_upper(x, k - 1) && k - 1 > first) ||
	    in_class(x, WC_INCISE, k - 1))
		return 1;
	return k - 2 >= first && x->toks[k - 2].flags & T_DET &&
	    !(s->flags & (T_DET | T_SKIP | T_PUNCT | T_COMP | T_REL |
	    T_COORD | T_AUX | T_PASSIVE | T_ADV));
}

/*
 * The number of tokens of a periphrasis that ends before the infinitive
 * cue at i and makes it its clause's verb (a fini par reconnaître, vient
 * d'annoncer, had to accept, went on to say), or 0.  *kind says which:
 * PERIPHRASIS_PLAIN, the reporter's hedge (semble reconnaître, appears
 * to admit), or the speech withheld (a refusé de dire, declined to say).
 */
long
periphrasis_before(struct ctx *x, const struct lang *l, long i, long first,
    enum periphrasis *kind)
{
	/* in the order of enum periphrasis */
	const struct phrases *lists[] = { &l->periphrases, &l->hedging,
	    &l->withholding };
	size_t k, h;
	long n;

	*kind = PERIPHRASIS_PLAIN;
	if (i == first || x->toks[i - 1].flags & T_PUNCT)
		return 0;
	for (h = 0; h < sizeof(lists) / sizeof(lists[0]); h++)
		for (k = 0; k < lists[h]->n; k++) {
			n = lists[h]->v[k].words;
			if (i - n >= first && phrase_at(x, lists[h]->v[k].text,
			    i - n, i) == n) {
				*kind = (enum periphrasis)h;
				return n;
			}
		}
	return 0;
}

/*
 * Does a place or a time start at token k: a preposition no source starts
 * with (not_source_starts: à, dans, in, on) or a date?
 */
int
place_or_time(struct ctx *x, long k)
{
	return (x->toks[k].flags & T_SKIP) != 0 || is_date(x, k);
}

/*
 * Does token k count more than one: a word of plural_quantifiers, or a
 * number in digits (1,280) that labels nothing (not Article 5, Isaiah
 * 45:1: after a capital, a number names what it follows)?
 */
int
counts_many(struct ctx *x, long k, long first)
{
	const char *w = x->doc.lower.data + x->toks[k].word;
	size_t n = x->toks[k].wordlen;

	if (in_class(x, WC_PLURAL_QUANT, k))
		return 1;
	return n > 0 && w[0] >= '0' && w[0] <= '9' && w[n - 1] >= '0' &&
	    w[n - 1] <= '9' && !(k > first && is_upper(x, k - 1));
}

/*
 * Does token k open a noun phrase as a determiner does: a determiner, a
 * word that counts more than one or one (several unions, 12 officials,
 * chaque élu)?
 */
int
opens_phrase(struct ctx *x, long k)
{
	return x->toks[k].flags & T_DET || counts_many(x, k, k) ||
	    in_class(x, WC_SINGULAR_QUANT, k);
}

/*
 * Does what follows token i open a clause, as a verb of saying's content
 * does: a complementizer, a pronoun, a determiner, a quotation mark or a
 * capital?
 */
static int
clause_after(struct ctx *x, long i)
{
	return i + 1 < (long)x->doc.ntoks && x->toks[i + 1].sent ==
	    x->toks[i].sent && (x->toks[i + 1].flags & (T_COMP | T_PRON |
	    T_DET | T_OPENQ | T_COLON | T_COMMA) || is_upper(x, i + 1));
}

/* Is token k a number in digits alone (911, 2019)? */
static int
digit_label(struct ctx *x, long k)
{
	const char *w = x->doc.lower.data + x->toks[k].word;
	size_t n;

	for (n = 0; n < x->toks[k].wordlen; n++)
		if (w[n] < '0' || w[n] > '9')
			return 0;
	return n > 0;
}

/*
 * Is the cue's form at i a noun after its determiner (le juge, the report,
 * the state), or a bare one after a determiner and an adjective (his
 * biggest worry), or one after a quantifier of denial inside its clause
 * (n'a reçu aucune menace, without any warning; not a subject's: Tout
 * indique que, que tous affirment), or its noun's plural after a word that
 * counts more than one (several states, 30 reports, trois annonces: a
 * plural subject takes no verb in -s; a French plural verb ends in -ent),
 * not a verb after an object pronoun (il le juge)?
 */
#define MODIFIERS	3	/* words between a determiner and its noun */

int
noun_reading(struct ctx *x, long i, long first)
{
	long d, k;

	if (i > first && x->toks[i - 1].flags & T_DET &&
	    !(x->toks[i - 1].flags & T_COMP) && !object_pronoun(x, i - 1, first))
		return 1;
	if (i - 1 > first && in_class(x, WC_ANY, i - 1) &&
	    !(x->toks[i - 2].flags & (T_PUNCT | T_COMP | T_COORD | T_REL)))
		return 1;
	if (i > first && counts_many(x, i - 1, first) &&
	    plural_of(x, i, x->lang->cues[x->toks[i].cue].lemma))
		return 1;
	/* une forte demande, la nouvelle annonce: after a determiner and
	 * adjectives written before their noun (prenominal_adjectives), a
	 * noun, whatever its form, where a noun there would be its subject
	 * (le gouvernement demande) */
	for (d = i - 1; d > first && i - d <= MODIFIERS &&
	    in_class(x, WC_PRENOMINAL, d); d--)
		;
	if (d < i - 1 && x->toks[d].flags & T_DET &&
	    !(x->toks[d].flags & T_COMP) && !object_pronoun(x, d, first))
		return 1;
	/* his biggest worry, the public demand, a criminal fraud charge:
	 * a bare form after a determiner and up to MODIFIERS words that
	 * are no plurals nor counts, adjectives and nouns (not: the
	 * critics warn, the two warn, the health officials warn), where
	 * no clause follows it (not: sources close to her campaign say
	 * she…); a number in digits after an indefinite article labels
	 * what follows (a 911 call, a 2019 report) */
	if (!x->toks[i].bare || clause_after(x, i))
		return 0;
	/* a word of blame is a modifier too (a fraud charge); not an
	 * informant, a subject's head (the statement read: a verb) */
	for (d = i - 1; d > first && i - d <= MODIFIERS &&
	    !(x->toks[d].flags & ~T_BLAME) &&
	    x->toks[d].cue < 0 && !is_upper(x, d); d--)
		;
	if (d == i - 1 || !(x->toks[d].flags & T_DET) ||
	    x->toks[d].flags & T_COMP || object_pronoun(x, d, first))
		return 0;
	for (k = d + 1; k < i; k++)
		if (has_suffix(x, SC_PLURAL, k) || (counts_many(x, k, first) &&
		    !(in_class(x, WC_INDEFINITE, d) && digit_label(x, k))) ||
		    in_class(x, WC_SINGULAR_QUANT, k))
			return 0;
	return 1;
}

/*
 * May the quoted cue at i be an incise inside the quotation it
 * attributes (« A, a-t-il dit, B »)?  Only in a language that inverts an
 * incise's subject, after a comma or with an inverted pronoun on it or
 * on its auxiliary.
 */
static int
incise_in_quotation(struct ctx *x, const struct lang *l, long i, long first)
{
	if (l->suffixes[SC_INVERTED].n == 0)
		return 0;
	return x->toks[i].pron || (i > first && (first_char(x, i - 1) == ',' ||
	    (x->toks[i - 1].pron && x->toks[i - 1].flags & T_AUX)));
}

/*
 * Is the cue's form at i a noun by the words before it, a possessive or
 * an infinitive's verb, whose noun or object it is?
 */
static int
owned_noun(struct ctx *x, const struct cue *cue, long i, long first)
{
	int possessive = i > first && in_class(x, WC_POSSESSIVE, i - 1);

	/* Syria's alleged involvement: after a possessive, a participle
	 * before a plain word is that noun's adjective (not: he's told
	 * reporters, she's said he…) */
	if (possessive && !(cue->takes & TAKES_OBJ) &&
	    i + 1 < (long)x->doc.ntoks && x->toks[i + 1].flags == 0 &&
	    x->toks[i + 1].cue < 0 && !is_upper(x, i + 1))
		return 1;
	/* the union's demands, the agency's estimate: after a possessive,
	 * a bare or plural form is a noun (not: she's said, a participle
	 * after has); to settle claims, to issue warnings: after an
	 * infinitive's verb, its object (not: to publicly claim, an adverb
	 * before the infinitive itself) */
	return (possessive || (i > first + 1 && in_class(x, WC_INFINITIVE,
	    i - 2) && x->toks[i - 1].flags == 0 && x->toks[i - 1].cue < 0 &&
	    !has_suffix(x, SC_ADVERB, i - 1) && !is_upper(x, i - 1))) &&
	    (x->toks[i].bare || plural_of(x, i, cue->lemma));
}

/*
 * Is the cue at i no verb of saying here (a noun, a name, an infinitive)?
 * An infinitive after a periphrasis of that many tokens is its verb.
 */
int
not_a_cue(struct ctx *x, const struct lang *l, const struct cue *cue, long i,
    long first, long periphrasis)
{
	/* inside a quotation, the speaker's word, unless an incise may
	 * attribute it there (quoted_incise_row) */
	if (x->toks[i].quoted && !incise_in_quotation(x, l, i, first))
		return 1;
	if (i > first && x->toks[i - 1].cue >= 0)
		return 1;
	if (noun_reading(x, i, first))
		return 1;
	if (i > first && is_upper(x, i) && !(x->toks[i - 1].flags & (T_OPENQ |
	    T_COLON)) && !title_case(x, first, i, sent_last(x, i)))
		return 1;
	/* a fini par reconnaître, vient de déclarer, had to accept: the
	 * clause's verb (its de is no noun's complement) */
	if (periphrasis > 0)
		return 0;
	/* avant d'ajouter que…: a gerund's infinitive, its de no noun's
	 * complement */
	if (infinitive_gerund(x, i, first))
		return 0;
	if (owned_noun(x, cue, i, first))
		return 1;
	/* secretary of state: after a noun's complement, a noun, not a
	 * verb of saying (a gerund is one: accused of saying; a noun of
	 * saying is a cue of its own: a series of tweets shaming…) */
	if (i > first && in_class(x, WC_NOUN_COMPLEMENT, i - 1) &&
	    !has_suffix(x, SC_PRES_PARTICIPLE, i) &&
	    !(x->toks[i].flags & T_NOUN_CUE))
		return 1;
	/* amid claims that, despite warnings, in states that: no finite
	 * verb follows a preposition, so a cue's form there is a bare noun
	 * (a gerund is none: despite saying), a noun of saying's too, whose
	 * claim needs a holder (noun_claim()); a capital inside the sentence
	 * makes the word a name (Al From said) */
	if (i > first && in_class(x, WC_NOUN_PREP, i - 1) &&
	    (i - 1 == first || !is_upper(x, i - 1)) &&
	    !has_suffix(x, SC_PRES_PARTICIPLE, i))
		return 1;
	/* a 50-state strategy: glued after a hyphen, a compound's part */
	if (i > first + 1 && first_char(x, i - 1) == '-' &&
	    x->toks[i - 2].end == x->toks[i - 1].start &&
	    x->toks[i - 1].end == x->toks[i].start)
		return 1;
	/* déclarer: where the lemma is an infinitive, no finite cue */
	if (x->toks[i].bare && l->lemma_is_infinitive)
		return 1;
	/* to say, to have said: an infinitive, the content of another */
	if (i > first && (in_class(x, WC_INFINITIVE, i - 1) ||
	    (i > first + 1 && x->toks[i - 1].flags & T_AUX &&
	    in_class(x, WC_INFINITIVE, i - 2))))
		return 1;
	/* his home state of Vermont, reports of fraud (not: they warn of,
	 * ont été avertis de…: a passive's participle) */
	if (i + 1 < (long)x->doc.ntoks &&
	    in_class(x, WC_NOUN_COMPLEMENT, i + 1) && i > first &&
	    !(x->toks[i - 1].flags & (T_PRON | T_AUX | T_PASSIVE)) &&
	    (x->toks[i].bare || plural_of(x, i, cue->lemma)))
		return 1;
	return 0;
}

/*
 * Is the infinitive at token i, its reflexive pronouns before it, a
 * gerund's: after a phrase of infinitive_gerunds (avant d'ajouter que…,
 * avant de s'engager à…), whose subject is its clause's?
 */
int
infinitive_gerund(struct ctx *x, long i, long first)
{
	long k, m;

	for (k = i; k > first && in_class(x, WC_REFLEXIVE, k - 1); k--)
		;
	return (m = gerund_marker(x, k, first)) >= 0 &&
	    !in_class(x, WC_GERUND, m);
}

/*
 * Is token k a period that ends an abbreviation inside the sentence: glued
 * to its word, a comma or a lowercase word after it (of Pittsburgh, Pa.,
 * said; Smith Jr., 54, said; de Saint-Paul, Ard., estime)?
 */
static int
abbreviation_period(struct ctx *x, long k, long first)
{
	return k > first && first_char(x, k) == '.' &&
	    x->toks[k].start == x->toks[k - 1].end &&
	    k + 1 < (long)x->doc.ntoks && (x->toks[k + 1].flags & T_COMMA ||
	    (!(x->toks[k + 1].flags & T_PUNCT) && !is_upper(x, k + 1)));
}

/*
 * The first token after the comma (or sentence start) before token i; a
 * period that ends an abbreviation ends no aside.
 */
long
aside_start(struct ctx *x, long i, long first)
{
	long k;

	for (k = i; k > first && (!(x->toks[k - 1].flags & (T_COMMA |
	    T_STOP | T_COLON | T_CLOSEQ)) || abbreviation_period(x, k - 1,
	    first)); k--)
		;
	return k;
}

/*
 * Can the words right after the quotation that closes at k be an aside
 * naming its speaker: the quotation ends with a comma or a stop inside
 * its marks ("Content," Aubert, the union's leader, told), or it opens its
 * clause?  Not a quotation inside a clause that goes on after it (Le plan
 * est « un désastre » pour les agriculteurs, a déclaré le syndicat).
 */
static int
aside_after_quote(struct ctx *x, long k, long first)
{
	long m = x->toks[k].mate, stop;

	return m >= 0 && m < k && (x->toks[k - 1].flags & (T_COMMA |
	    T_STOP) || clause_start(x, m, first, &stop) == m);
}

/*
 * "Content," X, the Y, told reporters: the quotation before one or two
 * asides, the first of which names the source (*s0 is set to it).
 * Returns the closing mark, or -1.
 */
long
quote_before_aside(struct ctx *x, long stop, long first, long *s0)
{
	long a, b = stop, n, k;

	for (n = 0; n < 2 && b > first; n++) {
		a = clause_start(x, b, first, &k);
		if (k < 0 || a == b)
			return -1;
		if (x->toks[k].flags & T_CLOSEQ && aside_after_quote(x, k,
		    first)) {
			*s0 = a;
			return k;
		}
		if (x->toks[k].flags & T_COMMA && k > first &&
		    x->toks[k - 1].flags & T_CLOSEQ &&
		    x->toks[k - 1].mate >= 0 && x->toks[k - 1].mate < k - 1) {
			*s0 = a;
			return k - 1;
		}
		if (!(x->toks[k].flags & T_COMMA))
			return -1;
		b = k;
	}
	return -1;
}

/* Is token k of an object at g1 a possessive before a word (Britain's
 * parliament), not is or has? */
static int
object_possessive(struct ctx *x, long k, long g1, long last)
{
	return k > g1 && k + 1 < last && in_class(x, WC_POSSESSIVE, k) &&
	    !(x->toks[k + 1].flags & (T_PUNCT | T_AUX));
}

/*
 * The end of the short object a cue may take at g1 before what is said
 * (told reporters, told The New York Times, told the agency simply): up
 * to three words, a name's further capitals and adverbs not counted; no
 * mark, adverbial, auxiliary, date or pronoun after its first word.  A
 * possessive and the word it gives its owner are none, an adverbial
 * owned a name's (told Britain's parliament, told the BBC's Today
 * programme): the head moves on.
 */
long
object_end(struct ctx *x, long g1, long last)
{
	long k, n = 0;

	for (k = g1; k < last && k - g1 < MAXSOURCE && !(x->toks[k].flags &
	    T_PUNCT || (x->toks[k].flags & T_ADVERBIAL && !owned(x, k, g1)) ||
	    (x->toks[k].flags & T_AUX && !object_possessive(x, k, g1,
	    last)) ||
	    (k > g1 && x->toks[k].flags & T_PRON)) && !is_date(x, k); k++)
		if (!(x->toks[k].flags & T_ADV) && !(k > g1 &&
		    is_upper(x, k) && is_upper(x, k - 1)) &&
		    !in_class(x, WC_POSSESSIVE, k) && !owned(x, k, g1) &&
		    ++n > 3)
			break;
	return k;
}

/*
 * Does a clause's complementizer or question word follow the time at k
 * (told the host on Thursday how surprised he was; said on Monday that)?
 */
static int
question_after_time(struct ctx *x, long k, long last)
{
	long j;

	if (!(x->toks[k].flags & T_ADVERBIAL) && !is_date(x, k))
		return 0;
	for (j = k + 1; j < last && j - k <= 3 && is_date(x, j); j++)
		;
	return j < last && (x->toks[j].flags & T_COMP ||
	    in_class(x, WC_INTERROGATIVE, j));
}

/*
 * Does the comma at k end what a cue said before it, the reporter's
 * words going on after it: an adverbial, a coordinator, another cue or a
 * present participle (…, announced Monday, raising the prospect of…;
 * …, a annoncé lundi le syndicat, ouvrant la voie à…)?
 */
static int
reporter_goes_on(struct ctx *x, long k, long last)
{
	return first_char(x, k) == ',' && k + 1 < last &&
	    (x->toks[k + 1].flags & (T_ADVERBIAL | T_COORD) ||
	    x->toks[k + 1].cue >= 0 || has_suffix(x, SC_PRES_PARTICIPLE,
	    k + 1));
}

/*
 * Are tokens k.. up to the sentence's end, or to a comma after which the
 * reporter goes on (reporter_goes_on()), a phrase of time: at most
 * TIME_PHRASE words, no mark, auxiliary nor cue among them, one of them
 * a date's word or a noun of time (next month, le mois prochain)?
 */
#define TIME_PHRASE	3

static int
time_phrase_to_end(struct ctx *x, long k, long last)
{
	long e;
	int when = 0;

	for (e = k; e < last && !(x->toks[e].flags & T_STOP) &&
	    !(e > k && reporter_goes_on(x, e, last)); e++) {
		if (e - k >= TIME_PHRASE || x->toks[e].flags & T_PUNCT ||
		    auxiliary(x, e) || x->toks[e].cue >= 0 ||
		    marked_infinitive(x, e, last))
			return 0;
		when |= time_word(x, e);
	}
	return when && e > k;
}

/*
 * Is a date alone at k, up to the sentence's end or to a comma after
 * which the reporter goes on (…, union leaders announced Monday.; …,
 * announced Monday, raising…)?  A cue of noun phrases has no object
 * there: it says when.
 */
static int
date_to_end(struct ctx *x, long k, long last)
{
	long e;

	for (e = k; e < last && is_date(x, e); e++)
		;
	return e > k && (e >= last || x->toks[e].flags & T_STOP ||
	    reporter_goes_on(x, e, last));
}

/*
 * Does nothing after the cue at g1 say what was said?  The sentence ends,
 * or an adverbial starts (a word of the lexicon's adverbials, a date); a
 * cue that takes an object (told reporters) may have a short one first,
 * and one whose content may be an infinitive (threatened to) must end
 * there.  A comma only before an adverbial, a conjunction or another cue
 * (…, he said, adding that…), not before a clause (In the end, he said,
 * …; Asked why, he said, "…").  Then a source before the cue speaks of
 * the clause before it: CONTENT, the minister said on Monday.
 */
int
nothing_said_after(struct ctx *x, const struct cue *cue, long g1, long last)
{
	long k = g1, e;
	size_t p;

	/* told reporters, told the BBC, told him; but a warning's topic
	 * is the danger it tells, no object (warned of a slowdown; not
	 * informed of the rules) */
	if (cue->takes & TAKES_OBJ && !(cue->kind == K_WARNING && k < last &&
	    in_class(x, WC_TOPIC_PREP, k)))
		k = object_end(x, g1, last);
	if (k >= last || x->toks[k].flags & T_STOP)
		return 1;
	/* vowed on Monday to resign.: an infinitive says what */
	for (e = k; e < last && !(x->toks[e].flags & T_PUNCT); e++)
		if (marked_infinitive(x, e, last))
			return 0;
	/* …, SNCF said, as unions vowed…; …, he said, adding that…; …,
	 * the minister said, according to two people present */
	if (first_char(x, k) == ',' && k + 1 < last && (x->toks[k + 1].flags &
	    (T_ADVERBIAL | T_COORD) || x->toks[k + 1].cue >= 0 ||
	    phrases_at(x, &x->lang->preps, k + 1, last, &p) != 0))
		return 1;
	/* will testify next month., témoignera le mois prochain.: a few
	 * words with a noun of time in them, to the sentence's end, say
	 * when; a cue of clauses has none there, nor one of noun phrases
	 * where a preposition opens them (…, the club announced on
	 * Monday.) */
	if (cue->takes & TAKES_NP && !(x->toks[k].flags & T_ADVERBIAL &&
	    time_phrase_to_end(x, k, last)) && !date_to_end(x, k, last))
		return 0;
	if (question_after_time(x, k, last))
		return 0;
	if (time_phrase_to_end(x, k, last))
		return 1;
	/* said today was…, said this was…: an auxiliary after it makes
	 * the adverbial a clause's subject */
	return (x->toks[k].flags & T_ADVERBIAL && !(k + 1 < last &&
	    auxiliary(x, k + 1))) || is_date(x, k);
}

/* The ")" that closes the "(" at k before end, a few words on, or -1. */
long
bracket_end(struct ctx *x, long k, long end)
{
	long d;

	for (d = k + 1; d < end && d - k <= 6; d++)
		if (word_is(x, d, ")"))
			return d;
	return -1;
}

/*
 * Is s0..g0-1 a bare plural: a plural noun right before the cue, at most
 * BARE_PLURAL words in all, plain words before it that modify it (state
 * health officials, local election workers)?
 */
#define BARE_PLURAL	3

static int
bare_plural(struct ctx *x, long s0, long g0)
{
	long k;

	if (g0 - s0 > BARE_PLURAL || !has_suffix(x, SC_PLURAL, g0 - 1))
		return 0;
	/* a cue's bare form may be a noun: state */
	for (k = s0; k < g0 - 1; k++)
		if (x->toks[k].flags != 0 || (x->toks[k].cue >= 0 &&
		    !x->toks[k].bare))
			return 0;
	return 1;
}

/*
 * Can s0..g0-1, between a comma and the cue, be who speaks?  A name in
 * it (state operator SNCF), a determiner or a pronoun first, a word or
 * two (sources, officials) or a bare plural (state health officials); no
 * preposition, conjunction or adverbial first, no auxiliary inside (…, X
 * was absent from his home state; a possessive is none: the prosecutor's
 * office said); or two of them joined by a coordinator (teachers and
 * union officials said).
 */
int
subject_between(struct ctx *x, long s0, long g0)
{
	long k, d;

	if (g0 - s0 > MAXSOURCE || x->toks[s0].flags & (T_ADVERBIAL | T_SKIP |
	    T_COORD))
		return 0;
	for (k = s0 + 1; k + 1 < g0; k++)
		if (x->toks[k].flags & T_COORD)
			return subject_between(x, s0, k) &&
			    subject_between(x, k + 1, g0);
	for (k = s0; k < g0 && !is_upper(x, k); k++)
		;
	/* a word that counts opens a noun phrase as a determiner does:
	 * one senior official, several longtime friends, 12 officials */
	if (!(k < g0 || x->toks[s0].flags & (T_DET | T_PRON | T_INFORMANT) ||
	    g0 - s0 <= 2 || counts_many(x, s0, s0) ||
	    in_class(x, WC_SINGULAR_QUANT, s0) ||
	    has_suffix(x, SC_PLURAL, s0) || bare_plural(x, s0, g0)))
		return 0;
	/* An inflected cue is a verb; its bare form may be a noun (state).
	 * A bracket after a name is its aside: Sen. Lee (R-Ohio) told… */
	for (k = s0; k < g0; k++) {
		if (word_is(x, k, "(") && k > s0 && is_upper(x, k - 1) &&
		    (d = bracket_end(x, k, g0)) > k) {
			k = d;
			continue;
		}
		if (auxiliary(x, k) || x->toks[k].flags & (T_PUNCT | T_COMP |
		    T_REL) || (x->toks[k].cue >= 0 && !x->toks[k].bare))
			return 0;
	}
	return 1;
}

/*
 * The first token after a dateline that starts the sentence at first
 * (PARIS, 24 nov. (AFP) -): dp_doc_dateline_end, for a sentence that
 * may have been cut before any token (end < first).
 */
long
after_dateline(struct ctx *x, long first, long end)
{
	if (end <= first)
		return first;
	return (long)dp_doc_dateline_end(&x->doc, (size_t)first, (size_t)end);
}

/*
 * Who speaks after a cue whose inverted pronoun is no one (…,
 * indique-t-on de source judiciaire, précise-t-on lundi à la préfecture):
 * past dates, the words after one of the lexicon's impersonal_links up to
 * the sentence's end or a comma.  Returns their end, their start in
 * *start; or g1 if there are none.
 */
long
impersonal_source(struct ctx *x, long g1, long last, long *start)
{
	long a = g1, k;
	size_t p;

	while (a < last && is_date(x, a) && !(x->toks[a].flags & T_PUNCT))
		a++;
	if ((k = phrases_at(x, &x->lang->implinks, a, last, &p)) == 0)
		return g1;
	for (*start = a += k; a < last && !(x->toks[a].flags & T_PUNCT); a++)
		;
	return a > *start ? a : g1;
}

/*
 * A source after its cue at g1 (…, a déclaré lundi le ministre à l'AFP;
 * …, said the minister on Monday): a date or a prepositional phrase
 * before it is skipped (…, précise dans un communiqué la mairie), and it
 * ends at a date or a preposition after it.  Returns its end, with its
 * start in *start, or g1 when there is none.
 */
long
source_after(struct ctx *x, long g1, long last, long *start)
{
	long a = g1, k, end;
	size_t p;

	/* …, écrit notamment le quotidien, conclut tout simplement X:
	 * adverbs and adverb phrases after the cue are the cue's, no
	 * source's; so are dates, and a word of the profile's adverb
	 * endings before a determiner or a capital (wrote notably the
	 * daily; not said family members) */
	for (;;) {
		if (a < last && ((is_date(x, a) && !(x->toks[a].flags &
		    T_PUNCT)) || x->toks[a].flags & T_ADV || (a + 1 < last &&
		    !is_upper(x, a) && has_suffix(x, SC_ADVERB, a) &&
		    (x->toks[a + 1].flags & T_DET || is_upper(x, a + 1)))))
			a++;
		else if (a < last && (k = phrases_at(x, &x->lang->insertions,
		    a, last, &p)) > 0)
			a += k;
		else
			break;
	}
	/* …, précise dans un communiqué la mairie: a phrase after a
	 * preposition, then the source's determiner or capital */
	if (a < last && x->toks[a].flags & T_SKIP) {
		for (k = a + 2; k < last && k - a <= 5 &&
		    !(x->toks[k].flags & T_PUNCT); k++)
			if (x->toks[k].flags & T_DET || (k >= a + 3 &&
			    is_upper(x, k)))
				break;
		/* said on Tuesday: a phrase alone is no source */
		if (k >= last || k - a > 5 || x->toks[k].flags & T_PUNCT)
			return g1;
		a = k;
	}
	*start = a;
	if ((end = phrase_end(x, a, last)) <= a)
		return g1;
	for (k = a; k < end; k++) {
		/* …, state operator SNCF said; not: a dit un conseiller;
		 * a cue's form first is the verb its subject before it
		 * has (…, report finds: no report by finds) */
		if (x->toks[k].cue >= 0 && !x->toks[k].bare)
			return g1;
		if (k == a)
			continue;
		if (place_or_time(x, k))
			return k;
	}
	return end;
}

/*
 * Is there an auxiliary or a subject pronoun in [a, b)?  Then it is a
 * clause, not a name (X, who said so, said one candidate he likes is Y).
 */
int
has_verb(struct ctx *x, long a, long b)
{
	for (; a < b; a++)
		if (auxiliary(x, a) || x->toks[a].flags & (T_PASSIVE | T_PRON))
			return 1;
	return 0;
}

/*
 * The start of what an auxiliary may hold before the cue at g0: a phrase
 * of the lexicon's adverb_phrases (a pour sa part estimé, a quant à lui
 * refusé) or anything between commas (a, de son côté, estimé); else g0.
 */
long
insertion_before(struct ctx *x, const struct lang *l, long g0, long first)
{
	size_t p;
	long j;

	/* a, pour sa part, estimé; has, however, said */
	if (g0 - 1 > first && first_char(x, g0 - 1) == ',' &&
	    !x->toks[g0 - 1].quoted)
		for (j = g0 - 2; j > first && g0 - j <= 8; j--) {
			if (first_char(x, j) == ',')
				return x->toks[j - 1].flags & T_AUX ? j : g0;
			if (x->toks[j].flags & T_PUNCT)
				break;
		}
	for (j = g0 - 1; j > first && g0 - j <= 5; j--)
		if (x->toks[j - 1].flags & T_AUX && !x->toks[j].quoted)
			for (p = 0; p < l->insertions.n; p++)
				if (phrase_at(x, l->insertions.v[p].text, j,
				    g0) == g0 - j)
					return j;
	return g0;
}

/*
 * Can the quotation opening at k name an object: one that holds a word
 * and opens with no preposition, an adverbial's (jugera les accusés « en
 * toute indépendance », called him "in a minute")?
 */
static int
naming_quotation(struct ctx *x, long k)
{
	return x->toks[k].mate > k + 1 &&
	    !(x->toks[k + 1].flags & (T_SKIP | T_ADVERBIAL));
}

/*
 * The opening mark of a quotation that names what a longer object is
 * (called Clinton's use of private servers "extremely careless", called
 * his statements and actions on Sunday "childish"): after at most
 * QUOTED_OBJECT words from g1 on, none a mark, a complementizer, a
 * relative, a cue or an infinitive's marker, one at least no determiner,
 * the first no preposition (called on X to "...", calls from listeners to
 * "Title"), and no possessive right before it (what he called Machado's
 * "sex tape"); or -1.
 */
#define QUOTED_OBJECT	12

/* Does token k end a naming's object: a mark, a complementizer, a
 * relative, a cue or an infinitive's marker? */
static int
object_ends(struct ctx *x, long k)
{
	return x->toks[k].flags & (T_PUNCT | T_COMP | T_REL) ||
	    x->toks[k].cue >= 0 || in_class(x, WC_INFINITIVE, k);
}

static long
quoted_name_after(struct ctx *x, long g1, long last)
{
	long k;
	int named = 0;

	if (g1 >= last || x->toks[g1].flags & (T_ADVERBIAL | T_SKIP))
		return -1;
	for (k = g1; k < last && k - g1 <= QUOTED_OBJECT; k++) {
		if (x->toks[k].flags & T_OPENQ)
			return named && naming_quotation(x, k) &&
			    !in_class(x, WC_POSSESSIVE, k - 1) ? k : -1;
		if (object_ends(x, k))
			return -1;
		named |= !(x->toks[k].flags & T_DET);
	}
	return -1;
}

/*
 * Where an object's judgment ends: an adjective of evaluative_adjectives
 * at k, and those coordinated after it (brutale et injuste).
 */
static long
evaluation_end(struct ctx *x, long k, long last)
{
	for (k++; k + 1 < last && x->toks[k].flags & T_COORD &&
	    in_class(x, WC_EVALUATION, k + 1); k += 2)
		;
	return k;
}

/*
 * The adjective of evaluative_adjectives that says what an object after
 * g1 is (a jugé ces annonces insuffisantes, called the offer unfair): the
 * object a determiner opens, then at most EVALUATED_OBJECT words, none a
 * mark, a complementizer, a relative, a coordinator, an auxiliary, a cue
 * or an infinitive's marker; or -1.
 */
#define EVALUATED_OBJECT	6
static long
evaluation_after(struct ctx *x, long g1, long last)
{
	long k;

	if (g1 + 1 >= last || !(x->toks[g1].flags & T_DET))
		return -1;
	for (k = g1 + 1; k < last && k - g1 <= EVALUATED_OBJECT; k++) {
		if (in_class(x, WC_EVALUATION, k))
			return k > g1 + 1 ? k : -1;
		if (object_ends(x, k) || x->toks[k].flags & (T_COORD | T_AUX))
			return -1;
	}
	return -1;
}

/*
 * The end of an object at k after the name that comes first (a jugé
 * « irresponsable » l'appel à la grève), at a mark, a complementizer, a
 * relative or a coordinator; *objend set to it.
 */
static long
object_phrase_end(struct ctx *x, long k, long last, long *objend)
{
	long end;

	for (end = k; end < last && !(x->toks[end].flags & (T_PUNCT |
	    T_COMP | T_REL | T_COORD)); end++)
		;
	*objend = end;
	return end;
}

/*
 * Called him a liar, called the plan "a disgrace": an object (a pronoun,
 * or a few words not all determiners) and what it is called (a
 * quotation, a phrase after a or an, or after a pronoun a word that
 * starts no adverbial).  Returns where that ends and sets *objend, or
 * returns -1 (a group called the "X", what it calls "Y", called him in).
 * With an object pronoun before the verb (l'a qualifié de menteur), the
 * name follows at once.
 */
static long
object_name_end(struct ctx *x, long g1, long last, int object_before,
    long *objend)
{
	long k = g1, end, n;
	int pronoun = 0, named = 0;

	/* a qualifié de « dictateur » le président, d'irresponsable
	 * l'appel: the name first, a quotation or a word, then the object
	 * with its determiner; where the name's word is a preposition, as
	 * an article's name never comes first (what she called a "rant", a
	 * series of…) */
	if (!object_before && k + 2 < last && in_class(x, WC_NAMING_ARTICLE,
	    k) && !(x->toks[k].flags & T_DET)) {
		n = x->toks[k + 1].flags & T_OPENQ ? x->toks[k + 1].mate + 1 :
		    is_word_at(x, x->toks[k + 1].start) && !(x->toks[k + 1].flags &
		    (T_DET | T_PRON | T_PUNCT)) ? k + 2 : -1;
		if (n > k + 1 && n < last && x->toks[n].flags & T_DET)
			return object_phrase_end(x, n, last, objend);
	}
	if (object_before && k < last && in_class(x, WC_NAMING_ARTICLE, k))
		named = 1;
	else if (k < last && x->toks[k].flags & T_PRON) {
		pronoun = named = 1;
		k++;
	} else
		/* a preposition after the object's noun is its complement's
		 * (a qualifié l'appel à la grève d'irresponsable), where no
		 * preposition opens it (calling into the shows to preempt) */
		for (; k < last && k - g1 < 6 && !(x->toks[k].flags & (T_PUNCT |
		    T_COMP | T_REL | T_ADVERBIAL | T_COORD)) &&
		    !(x->toks[k].flags & T_SKIP && (!named ||
		    in_class(x, WC_NOUN_PREP, g1) ||
		    in_class(x, WC_ADVERBIAL_PREP, g1))) &&
		    !in_class(x, WC_NAMING_ARTICLE, k) &&
		    !(named && in_class(x, WC_EVALUATION, k)); k++)
			named |= !(x->toks[k].flags & T_DET);
	/* what he called Machado's "sex tape": a noun phrase, not a name */
	if (!named || k >= last || (k > g1 &&
	    in_class(x, WC_POSSESSIVE, k - 1)))
		return -1;
	*objend = k;
	if (x->toks[k].flags & T_OPENQ)
		return naming_quotation(x, k) ? x->toks[k].mate + 1 : -1;
	/* called the offer unfair, l'a qualifié d'inacceptable */
	if (in_class(x, WC_EVALUATION, k))
		return evaluation_end(x, k, last);
	if (!in_class(x, WC_NAMING_ARTICLE, k) && (!pronoun ||
	    !is_word_at(x, x->toks[k].start) || x->toks[k].flags &
	    (T_ADVERBIAL | T_SKIP | T_COMP | T_REL | T_COORD | T_AUX | T_PRON |
	    T_PUNCT)))
		return -1;
	for (end = k + 1; end < last; end++)
		if (opens_quotation(x, end))
			end = x->toks[end].mate;
		else if (x->toks[end].flags & (T_PUNCT | T_COMP | T_REL |
		    T_COORD))
			break;
	return end;
}

/*
 * Where a naming's content ends (object_name_end()), or where the
 * quotation ends that names a longer object (quoted_name_after()), *objend
 * set to the object's end; -1 if neither.
 */
long
naming_end(struct ctx *x, long g1, long last, int object_before,
    long *objend)
{
	long end, q;

	if ((end = object_name_end(x, g1, last, object_before, objend)) >= 0 ||
	    object_before || (g1 < last && x->toks[g1].flags & T_PRON) ||
	    (q = quoted_name_after(x, g1, last)) < 0)
		return end;
	*objend = q;
	return x->toks[q].mate + 1;
}

/*
 * Where a naming's content ends whose name is a quotation (a jugé les
 * prévisions de croissance « irréalistes », l'a jugé « irréaliste ») or
 * an adjective of judgment (a jugé ces annonces insuffisantes), *objend
 * set to its opening mark or the adjective; -1 if none.
 */
long
quoted_naming_end(struct ctx *x, long g1, long last, int object_before,
    long *objend)
{
	long q;

	/* unquoted, an adjective of judgment: l'a jugé inacceptable, a
	 * jugé ces annonces insuffisantes */
	if (object_before && g1 < last && in_class(x, WC_EVALUATION, g1)) {
		*objend = g1;
		return evaluation_end(x, g1, last);
	}
	if (!object_before && (q = evaluation_after(x, g1, last)) >= 0) {
		*objend = q;
		return evaluation_end(x, q, last);
	}
	if (object_before && g1 < last && x->toks[g1].flags & T_OPENQ &&
	    naming_quotation(x, g1))
		q = g1;
	else if (g1 < last && x->toks[g1].flags & T_OPENQ &&
	    naming_quotation(x, g1) && (q = x->toks[g1].mate) + 2 < last &&
	    (opens_phrase(x, q + 1) || in_class(x, WC_ANY, q + 1)))
		/* a jugé « irresponsable » l'appel à la grève, juge
		 * « inacceptable » toute tricherie: the name first, then
		 * the object, up to the clause's end */
		return object_phrase_end(x, q + 1, last, objend);
	else if ((q = quoted_name_after(x, g1, last)) < 0)
		return -1;
	*objend = q;
	return x->toks[q].mate + 1;
}

/*
 * What selon X at token i scopes over when it ends the sentence: back to
 * its start or a colon, across quotations, or from a relative pronoun
 * after a comma.
 */
long
clause_before(struct ctx *x, long i, long first)
{
	long k, j;

	for (k = i; k > first; k--) {
		if ((j = before_quotation(x, k, first)) != k) {
			k = j;
			continue;
		}
		/* a relative after a comma adds to its antecedent, and the
		 * attribution is its own (les manifestants, qui étaient 300
		 * selon la police); one with none restricts a noun of the
		 * clause, and the attribution covers it whole (une rencontre
		 * au sommet qui doit se tenir lundi, selon le ministre), as
		 * it does a clause whose relative a comma closed before it
		 * (L'État, qui détient 15 %, n'a pas été consulté, selon…) */
		if (x->toks[k - 1].flags & T_REL && k - 1 > first &&
		    x->toks[k - 2].flags & T_COMMA && next_comma(x, k, i) == i)
			return k - 1;
		/* a pair of dashes holds an aside: — or about 0.2 points — */
		if (x->toks[k - 1].flags & T_DASH) {
			for (j = k - 2; j > first && !(x->toks[j].flags &
			    (T_DASH | T_STOP | T_COLON)); j--)
				;
			if (j > first && x->toks[j].flags & T_DASH) {
				k = j + 1;
				continue;
			}
		}
		if (x->toks[k - 1].flags & (T_STOP | T_COLON | T_DASH))
			return k;
	}
	return first;
}
