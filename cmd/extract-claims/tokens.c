/*
 * tokens.c: what each token is to the rules: its flags and cue from the
 * lexicon, an inverted pronoun, its quotation mark's mate; and questions
 * about one token (a date, an auxiliary, a capital, an entity at it).
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The hashes of short words, inlined: a call into the library costs
 * more than hashing most of them. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "common.h"
#include "extract-claims.h"

/* The last person named up to each entity, for put_ref. */
void
index_entities(struct ctx *x)
{
	const struct dp_doc *d = &x->doc;
	size_t i;

	if (!d->ents_ordered)
		return;
	if (dp_resize_cap(&x->caplastper, d->nents)) {
		x->lastper = dp_reallocarray(x->lastper, x->caplastper,
		    sizeof(*x->lastper));
	}
	for (i = 0; i < d->nents; i++)
		x->lastper[i] = dp_entity_is(&d->ents[i], "PER") ? (long)i :
		    i > 0 ? x->lastper[i - 1] : -1;
}

/*
 * Does token i end with one of the language's endings of a class, after
 * a stem of two bytes at least?  A word that is an ending and one letter
 * is no form of a verb or noun (la, sa, va: not the past's -a; ten, bed:
 * not -en, -ed); the lexicon's past_forms list the short ones (vu, eu).
 */
#define MINSTEM	2

int
has_suffix(struct ctx *x, enum sclass class, long i)
{
	const struct phrases *p = &x->lang->suffixes[class];
	size_t k, n;

	for (k = 0; k < p->n; k++) {
		n = strlen(p->v[k].text);
		if (x->toks[i].wordlen >= n + MINSTEM &&
		    memcmp(word(x, i) + x->toks[i].wordlen - n, p->v[k].text,
		    n) == 0)
			return 1;
	}
	return 0;
}

static unsigned
punct_flags(int32_t c)
{
	switch (c) {
	case 0xAB: case 0x201C: case 0x201E: case 0x2039:
		return T_OPENQ;
	case 0xBB: case 0x201D: case 0x203A:
		return T_CLOSEQ;
	case '"':
		return T_OPENQ | T_CLOSEQ;
	case ',': case '(': case ')': case '[': case ']': case '|':
		return T_COMMA;
	case '-': case 0x2013: case 0x2014:
		return T_COMMA | T_DASH;
	case '.': case '!': case '?': case 0x2026: case ';':
		return T_STOP;
	case ':':
		return T_COLON;
	}
	return 0;
}

/*
 * An inverted subject pronoun ending a word (a-t-il, dit-elle), the first
 * of the profile's inverted_pronouns that ends it: sets *base to the
 * length of the word before it and returns the code points of the
 * pronoun after the last hyphen, or 0.
 */
static unsigned
inverted_pronoun(const struct lang *l, const char *w, size_t n,
    size_t *base)
{
	const struct phrases *p = &l->suffixes[SC_INVERTED];
	const char *pron;
	size_t i, k;

	for (i = 0; i < p->n; i++) {
		k = strlen(p->v[i].text);
		if (n > k && memcmp(w + n - k, p->v[i].text, k) == 0) {
			*base = n - k;
			if ((pron = strrchr(p->v[i].text, '-')) == NULL)
				pron = p->v[i].text;
			else
				pron++;
			return (unsigned)dp_utf8_count(pron, strlen(pron));
		}
	}
	return 0;
}

/*
 * Does the hyphen or dash at token i join the tokens either side, glued
 * to both: a hyphen (37-year-old, Paris-Lyon, 2002-2004), an en dash
 * between numbers (2011–2012)?  English writes the dashes of an aside
 * glued too (the debate–published by the Post–shows, it—and): those set
 * off.
 */
static int
joined(const struct ctx *x, size_t i)
{
	const struct dp_token *t = x->doc.toks;

	if (i == 0 || i + 1 >= x->doc.ntoks || t[i].space || t[i + 1].space)
		return 0;
	return t[i].first == '-' || (t[i].first == 0x2013 &&
	    dp_uclass(t[i - 1].first) == DP_CL_DIGIT &&
	    dp_uclass(t[i + 1].first) == DP_CL_DIGIT);
}

/* Is token k the one character c? */
static int
mark_is(struct ctx *x, size_t k, int32_t c)
{
	const struct dp_token *d = &x->doc.toks[k];

	return d->end == d->start + 1 && d->first == c;
}

/*
 * Does token k, glued to a word after it, open a tag: <, or / glued to a
 * < before it (</)?
 */
static int
in_tag_name(struct ctx *x, size_t k)
{
	return mark_is(x, k, '<') || (mark_is(x, k, '/') && k > 0 &&
	    x->doc.toks[k - 1].end == x->doc.toks[k].start &&
	    mark_is(x, k - 1, '<'));
}

/*
 * Is word i a name in markup or code left in the text, no word of it:
 * a tag's (<tweet …>, </tweet>), an attribute's before its = (say="…"),
 * or a part of an identifier glued to an underscore (tweet_id)?
 */
static int
markup_name(struct ctx *x, size_t i)
{
	const struct dp_token *d = &x->doc.toks[i];

	if (i > 0 && d[-1].end == d->start && (in_tag_name(x, i - 1) ||
	    mark_is(x, i - 1, '_')))
		return 1;
	return i + 1 < x->doc.ntoks && d[1].start == d->end &&
	    (mark_is(x, i + 1, '_') || mark_is(x, i + 1, '='));
}

/*
 * Whether the lexicon of language l has lowercase word w, or, where w
 * ends with an inverted pronoun (a-t-il, dit-elle), the word before it:
 * 1 with *value set to its slot's value and *pron to the pronoun's code
 * points (0 if none); else 0.  *classes is set to the bits of the word
 * classes w is of, whether or not the lexicon has it.
 */
static int
word_entry(struct ctx *x, const struct lang *l, const char *w, size_t n,
    int *value, unsigned *pron, uint64_t *classes)
{
	uint64_t h = (XXH3_64bits(w, n) ^ (uint64_t)(uintptr_t)l *
	    UINT64_C(0x9E3779B97F4A7C15)) | 1;
	struct wordslot *e;
	const int *slot;
	unsigned p = 0;
	size_t base;

	if (x->wordcache == NULL)
		x->wordcache = dp_calloc(WORDCACHE, sizeof(*x->wordcache));
	e = &x->wordcache[(size_t)(h >> 40) & (WORDCACHE - 1)];
	if (e->key != h) {
		if ((slot = dp_strset_find(l->words, w, n)) == NULL &&
		    memchr(w, '-', n) != NULL &&
		    (p = inverted_pronoun(l, w, n, &base)) != 0 &&
		    (slot = dp_strset_find(l->words, w, base)) == NULL)
			p = 0;
		e->key = h;
		e->found = slot != NULL;
		e->value = slot != NULL ? *slot : 0;
		e->pron = (uint16_t)p;
		slot = dp_strset_find(l->classwords, w, n);
		e->classes = slot != NULL ? l->classmasks[*slot - 1] : 0;
	}
	*value = e->value;
	*pron = e->pron;
	*classes = e->classes;
	return e->found;
}

/*
 * Is word w of n bytes the bare form of lemma, its first word where words
 * follow (call for, mettre en garde: call, mettre)?
 */
static int
bare_form(const char *lemma, const char *w, size_t n)
{
	return strncmp(lemma, w, n) == 0 && (lemma[n] == '\0' ||
	    lemma[n] == ' ');
}

/* Lowercases each token and looks it up. */
void
describe_tokens(struct ctx *x, struct lang *l)
{
	struct token *t;
	int value, found;
	size_t i;

	if (dp_resize_cap(&x->captoks, x->doc.ntoks)) {
		x->toks = dp_reallocarray(x->toks, x->captoks,
		    sizeof(*x->toks));
	}
	for (i = 0; i < x->doc.ntoks; i++) {
		t = &x->toks[i];
		t->start = x->doc.toks[i].start;
		t->end = x->doc.toks[i].end;
		t->sent = x->doc.toks[i].sent;
		t->word = x->doc.toks[i].lower;
		t->wordlen = x->doc.toks[i].lowerlen;
		t->flags = 0;
		t->cue = -1;
		t->mate = -1;
		t->pron = 0;
		t->quoted = 0;
		t->bare = 0;
		found = word_entry(x, l, x->doc.lower.data + t->word,
		    t->wordlen, &value, &t->pron, &t->classes);
		if (t->end == t->start + 1 &&
		    (t->flags = punct_flags(x->doc.toks[i].first)) != 0) {
			/* a hyphen glued to the words either side joins
			 * them: it sets nothing off, as an aside's dash does */
			if (t->flags & T_DASH && joined(x, i))
				t->flags = 0;
			continue;
		}
		/* '' and ``: quotation marks of typewriters and treebanks */
		if (t->wordlen == 2 && (strcmp(x->doc.lower.data + t->word,
		    "''") == 0 || strcmp(x->doc.lower.data + t->word,
		    "``") == 0)) {
			t->flags = punct_flags(x->doc.lower.data[t->word] == '`'
			    ? 0x201C : '"');
			continue;
		}
		if (!found)
			continue;
		t->flags = (unsigned)value & ((1U << FLAGBITS) - 1);
		/* an auxiliary is none, whatever cue shares its form
		 * (nous sommes: être, not sommer) */
		t->cue = t->flags & (T_AUX | T_PASSIVE) ? -1 :
		    (value >> FLAGBITS) - 1;
		if (t->cue >= 0 && markup_name(x, i))
			t->cue = -1;
		t->bare = t->cue >= 0 && t->pron == 0 &&
		    bare_form(l->cues[t->cue].lemma,
		    x->doc.lower.data + t->word, t->wordlen);
		if (t->pron != 0 && t->cue < 0 && !(t->flags & T_AUX))
			t->pron = 0;
		/* à indiqué for a indiqué: a common misspelling of the
		 * auxiliary is one before a cue's participle, where it could
		 * be nothing else */
		if (t->cue >= 0 && i > 0 && in_class(x, WC_AUX_TYPO,
		    (long)i - 1) && adjectival_participle(x, (long)i))
			x->toks[i - 1].flags |= T_AUX;
	}
}

/* The code point at index cp of the text. */
static int32_t
code_at(struct ctx *x, uint32_t cp)
{
	int32_t c;

	dp_utf8_decode(x->doc.text + x->doc.boff[cp],
	    x->doc.boff[cp + 1] - x->doc.boff[cp], &c);
	return c;
}

/* A letter or digit at code point cp (an apostrophe is none: qu'"il). */
int
is_word_at(struct ctx *x, uint32_t cp)
{
	enum dp_class k = dp_uclass(code_at(x, cp));

	return k == DP_CL_UPPER || k == DP_CL_LETTER || k == DP_CL_DIGIT ||
	    k == DP_CL_MARK;
}

static int
is_upper_at(struct ctx *x, uint32_t cp)
{
	return dp_uclass(code_at(x, cp)) == DP_CL_UPPER;
}

/*
 * Does the character at cp end a word or a clause, so that a straight
 * mark glued after it closes (word", pas?", idée.")?
 */
static int
ends_at(struct ctx *x, uint32_t cp)
{
	int32_t c = code_at(x, cp);

	return is_word_at(x, cp) || c == '.' || c == '?' || c == '!' ||
	    c == ',' || c == ';' || c == 0x2026;
}

static int
is_space_at(struct ctx *x, uint32_t cp)
{
	int32_t c;

	if (cp >= x->doc.ncps)
		return 1;
	c = code_at(x, cp);
	return dp_uclass(c) == DP_CL_SPACE || dp_uclass(c) == DP_CL_NEWLINE ||
	    c == '(' || c == '[';
}

/* Is there a blank line between tokens i - 1 and i: a new paragraph? */
int
paragraph_before(struct ctx *x, size_t i)
{
	const char *p, *end;

	if (i == 0)
		return 0;
	p = x->doc.text + x->doc.toks[i - 1].bend;
	end = x->doc.text + x->doc.toks[i].bstart;
	return (p = memchr(p, '\n', (size_t)(end - p))) != NULL &&
	    memchr(p + 1, '\n', (size_t)(end - p - 1)) != NULL;
}

/*
 * Pairs quotation marks: « with », “ and „ with ”, and a straight " that
 * opens (no letter or digit before, no space after) with the next one
 * that closes, or with a ” (a text typed with straight marks whose
 * closing ones an editor curled: "We will not give in,” he said).  A “
 * glued to the word before and followed by a space closes, mistyped
 * (“Apparently not,“ he said).  A quotation left open at
 * a paragraph's end is closed by none after it: each paragraph of a long
 * quotation opens anew, and a mark lost or mistyped costs a paragraph,
 * not the rest of the article.
 * Marks left unpaired stay so; tokens between a pair are quoted.
 */
void
pair_quotes(struct ctx *x)
{
	long stack[32];
	size_t depth = 0, i, k;
	struct token *t;
	int opens;

	for (i = 0; i < x->doc.ntoks; i++) {
		t = &x->toks[i];
		if (depth > 0 && paragraph_before(x, i))
			depth = 0;
		if (!(t->flags & (T_OPENQ | T_CLOSEQ)))
			continue;
		/* A straight mark opens before a word, not glued to the
		 * end of one or of a clause (pas?", a ironisé), unless a
		 * word follows glued, after a clause's end or with a
		 * capital (a dit."Pour nous, la Cour"C'est...). */
		if ((t->flags & (T_OPENQ | T_CLOSEQ)) == (T_OPENQ | T_CLOSEQ))
			opens = !is_space_at(x, t->end) && (t->start == 0 ||
			    !ends_at(x, t->start - 1) || (t->end < x->doc.ncps &&
			    is_word_at(x, t->end) && (!is_word_at(x,
			    t->start - 1) || is_upper_at(x, t->end))));
		else if (first_char(x, (long)i) == 0x201C && t->start > 0 &&
		    !is_space_at(x, t->start - 1) && is_space_at(x, t->end) &&
		    depth > 0) {
			opens = 0;
			t->flags = (t->flags & ~T_OPENQ) | T_CLOSEQ;
		} else
			opens = (t->flags & T_OPENQ) != 0;
		if (opens) {
			if (depth < sizeof(stack) / sizeof(stack[0]))
				stack[depth++] = (long)i;
			continue;
		}
		/* A closing mark closes the nearest opening of its kind. */
		for (k = depth; k > 0; k--) {
			int32_t o, c;

			o = first_char(x, stack[k - 1]);
			c = first_char(x, (long)i);
			if ((o == 0xAB && c == 0xBB) || (o == '"' &&
			    (c == '"' || c == 0x201D)) || ((o == 0x201C ||
			    o == 0x201E) && c == 0x201D) || (o == 0x2039 &&
			    c == 0x203A) || ((o == 0x201C || o == 0xAB) &&
			    c == '"'))
				break;
		}
		/* Else typographers mixed their marks: “ with ». */
		if (k == 0 && depth > 0 && first_char(x,
		    stack[depth - 1]) != '"' && first_char(x, (long)i) != '"')
			k = depth;
		if (k == 0)
			continue;
		x->toks[stack[k - 1]].mate = (int)i;
		t->mate = (int)stack[k - 1];
		depth = k - 1;
	}
	for (i = 0; i < x->doc.ntoks; i++)
		if (x->toks[i].mate > (int)i && x->toks[i].flags & T_OPENQ)
			for (k = i + 1; k < (size_t)x->toks[i].mate; k++)
				x->toks[k].quoted++;
}

/* The first entity labelled label that starts in [start, end), or nents. */
size_t
entity_in(struct ctx *x, uint32_t start, uint32_t end, const char *label)
{
	size_t e;

	for (e = dp_doc_first_starting_from(&x->doc, start); e < x->doc.nents;
	    e++) {
		if (x->doc.ents[e].start >= start &&
		    x->doc.ents[e].start < end && dp_entity_is(&x->doc.ents[e],
		    label))
			return e;
		if (x->doc.ents_ordered && x->doc.ents[e].start >= end)
			break;
	}
	return x->doc.nents;
}

/* Is token k a word of an entity labelled label? */
static int
in_entity(struct ctx *x, long k, const char *label)
{
	const struct dp_entity *e;
	size_t i;

	for (i = dp_doc_first_ending_after(&x->doc, x->toks[k].start);
	    i < x->doc.nents; i++) {
		e = &x->doc.ents[i];
		if (e->start <= x->toks[k].start && e->end > x->toks[k].start &&
		    dp_entity_is(e, label))
			return 1;
		if (x->doc.ents_ordered && e->start > x->toks[k].start)
			break;
	}
	return 0;
}

/* Is token k any word of a date (mardi soir, Tuesday night)? */
int
is_date(struct ctx *x, long k)
{
	return in_entity(x, k, "DATE");
}

/* Is token k a word of a person's, an organisation's or a place's name? */
int
is_named(struct ctx *x, long k)
{
	return in_entity(x, k, "ORG") || in_entity(x, k, "PER") ||
	    in_entity(x, k, "LOC");
}

/*
 * Does token k say when: a date's word, or a noun of time (time_nouns:
 * semaine, years)?
 */
int
time_word(struct ctx *x, long k)
{
	return is_date(x, k) || in_class(x, WC_TIME_NOUN, k);
}

/*
 * Is token k a past participle or a past form, by its ending or as the
 * lexicon lists it (tué, arrested, told), and not a word that merely ends
 * so (not_participles: plus, au-dessus)?
 */
int
past_participle(struct ctx *x, long k)
{
	return (adjectival_participle(x, k) || has_suffix(x, SC_PAST, k) ||
	    in_class(x, WC_PAST_FORM, k)) && !in_class(x, WC_NOT_PARTICIPLE, k);
}

/*
 * Is token k a participle that is never the finite verb of a clause, by
 * its ending (adjectival_participle_endings: annoncée) or as the profile
 * lists it (adjectival_participles: requis, promis)?  Alone, after its
 * noun, it is an adjective or a passive's (cinq ans de prison requis
 * contre…).
 */
int
adjectival_participle(struct ctx *x, long k)
{
	return has_suffix(x, SC_ADJ_PARTICIPLE, k) ||
	    in_class(x, WC_ADJ_PARTICIPLE, k);
}

/*
 * Is there a negation among the three words before token k, from floor on
 * (je n'ai pas menti; did not deny the report, saying…)?
 */
int
negation_before(struct ctx *x, long k, long floor)
{
	long j;

	for (j = k - 1; j >= floor && j >= k - 3; j--)
		if (in_class(x, WC_NEGATION, j))
			return 1;
	return 0;
}

/*
 * The past participle of a verb group before token k in its clause, from
 * first on: the nearest word after a token with a flag of aux (T_AUX: the
 * perfect, a quitté; T_PASSIVE: the passive, was carried out), with no
 * token with a flag of stops between it and k; or -1.  A group of aux
 * whose next word is no participle ends the search when aux is among
 * stops.
 */
long
participle_after_aux(struct ctx *x, long k, long first, unsigned aux,
    unsigned stops)
{
	long j;

	for (j = k - 1; j > first; j--) {
		if (x->toks[j].flags & stops)
			return -1;
		if (x->toks[j - 1].flags & aux && past_participle(x, j))
			return j;
	}
	return -1;
}

/*
 * Is token k an auxiliary?  Not 's, a possessive as often as is or has
 * (NBC's Dante Chinni).
 */
int
auxiliary(struct ctx *x, long k)
{
	return x->toks[k].flags & T_AUX && !in_class(x, WC_POSSESSIVE, k);
}

/*
 * Does a gerund's marker open at token k, before last: a word of
 * gerund_markers (en, while), or a phrase of infinitive_gerunds before an
 * infinitive (avant d'ajouter)?  Its length, or 0.
 */
int
opens_gerund(struct ctx *x, long k, long last)
{
	size_t p;

	if (k >= last)
		return 0;
	if (in_class(x, WC_GERUND, k))
		return 1;
	return (int)phrases_at(x, &x->lang->infgerunds, k, last, &p);
}

/*
 * The first token of the gerund's marker that ends right before token p0,
 * the verb's first (its reflexive pronoun's), from first on (en ajoutant,
 * before adding, avant d'ajouter); -1 if none.
 */
#define GERUND_WORDS	2	/* avant de */

long
gerund_marker(struct ctx *x, long p0, long first)
{
	long k;

	for (k = p0 - 1; k >= first && p0 - k <= GERUND_WORDS; k--)
		if (opens_gerund(x, k, p0) == p0 - k)
			return k;
	return -1;
}

/*
 * Is token k an auxiliary or a modal verb (modal_verbs), a word that
 * tells a clause's verb has begun (the costs could reach…, the river may
 * flood)?  Not May, a month.
 */
int
finite_marker(struct ctx *x, long k)
{
	return auxiliary(x, k) || (in_class(x, WC_MODAL, k) && !is_upper(x, k));
}

int
is_upper(struct ctx *x, long i)
{
	return dp_uclass(first_char(x, i)) == DP_CL_UPPER;
}

/* Is token i a plural of the first n bytes of word? */
static int
plural_of_stem(struct ctx *x, long i, const char *word, size_t n)
{
	const struct phrases *p = &x->lang->suffixes[SC_PLURAL];
	size_t k;

	for (k = 0; k < p->n; k++)
		if (x->toks[i].wordlen == n + strlen(p->v[k].text) &&
		    memcmp(x->doc.lower.data + x->toks[i].word, word, n) == 0 &&
		    ends_with(x, i, p->v[k].text))
			return 1;
	return 0;
}

/*
 * Is token i the plural of a cue's noun: its lemma (reports: report), or
 * the lemma less an ending the profile's noun_stem_endings name
 * (annonces: annoncer)?
 */
int
plural_of(struct ctx *x, long i, const char *lemma)
{
	const struct phrases *e = &x->lang->suffixes[SC_NOUN_STEM];
	size_t k, n = strlen(lemma), m;

	if (plural_of_stem(x, i, lemma, n))
		return 1;
	for (k = 0; k < e->n; k++) {
		m = strlen(e->v[k].text);
		if (n > m && memcmp(lemma + n - m, e->v[k].text, m) == 0 &&
		    plural_of_stem(x, i, lemma, n - m))
			return 1;
	}
	return 0;
}

/*
 * Is the sentence first..last-1 in Title Case, as English headlines are
 * (Trump Says He Will Run), with no verb of saying before token i?  Then
 * a capital at i starts no name, and the first cue is one.
 */
int
title_case(struct ctx *x, long first, long i, long last)
{
	long k, nwords = 0, upper = 0;

	for (k = first; k < last; k++) {
		if (k < i && x->toks[k].cue >= 0 && !x->toks[k].bare)
			return 0;
		if (is_word_at(x, x->toks[k].start)) {
			nwords++;
			upper += is_upper(x, k);
		}
	}
	return nwords >= 4 && upper * 10 >= nwords * 7;
}

static int
is_name(const struct dp_entity *e)
{
	return dp_entity_is(e, "PER") || dp_entity_is(e, "ORG") ||
	    dp_entity_is(e, "LOC");
}

/* The first name entity that overlaps [start, end), else any, or -1. */
long
entity_of(struct ctx *x, uint32_t start, uint32_t end)
{
	size_t i, first = x->doc.nents;

	for (i = dp_doc_first_ending_after(&x->doc, start); i < x->doc.nents;
	    i++) {
		if (x->doc.ents[i].start < end && start < x->doc.ents[i].end) {
			if (is_name(&x->doc.ents[i]))
				return (long)i;
			if (first == x->doc.nents)
				first = i;
		} else if (x->doc.ents_ordered)
			break;
	}
	return first < x->doc.nents ? (long)first : -1;
}

/* Is token k in a name (PER, ORG, LOC)? */
static int
in_name(struct ctx *x, long k)
{
	long e = entity_of(x, x->toks[k].start, x->toks[k].end);

	return e >= 0 && is_name(&x->doc.ents[e]);
}

/*
 * Is token k a coordinator or a mark inside a name (the Food and Drug
 * Administration, ministère de l'Économie et des Finances, Procter &
 * Gamble), or a coordinator between two (ministers in Spain and Italy,
 * Smith and Jones said)?  It ends no clause nor noun phrase.
 */
int
inside_name(struct ctx *x, long k)
{
	long e;

	if (k < 1 || k + 1 >= (long)x->doc.ntoks)
		return 0;
	e = entity_of(x, x->toks[k].start, x->toks[k].end);
	if (e >= 0 && is_name(&x->doc.ents[e]))
		return x->doc.ents[e].start <= x->toks[k - 1].start &&
		    x->doc.ents[e].end >= x->toks[k + 1].end;
	return x->toks[k].flags & T_COORD && in_name(x, k - 1) &&
	    in_name(x, k + 1);
}
