/*
 * reading.c: one reading per document.  A name means one thing in one
 * article: its mentions vote for a label, and those the model labelled
 * otherwise take the label most of them have (Benalla is PER all along,
 * not ORG once); a person's surname alone is that person (Trump after
 * Donald Trump, whatever the votes), but a place after a place
 * preposition stays one (in Carson).  Mentions the model left out get the name's label where
 * the word is no common one.  Votes in the first sentence (a headline)
 * and at a sentence's start, where capitals say least, weigh half.  Only
 * the model's names are relabelled: rules and the user's names stand.
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

/* A vote of a rule's name, against a model's mention's one. */
#define RULE_VOTES	100

/* The four labels the model gives, the ones that vote. */
static int
votes_for(enum label y)
{
	return y == L_PER || y == L_LOC || y == L_ORG || y == L_MISC;
}

/* Is sentence 0 a headline: the record's first, a line of its own? */
static int
headline(struct ctx *x)
{
	uint32_t end;

	if (x->doc.part > 0 || x->doc.nsents < 2)
		return 0;
	end = x->doc.sents[1];
	return end < x->doc.ncps &&
	    x->doc.text[dp_doc_byte(&x->doc, end)] == '\n';
}

/* The weight of a mention at token i: half in a headline or at a start. */
static float
weight_at(struct ctx *x, size_t i)
{
	uint32_t s = x->doc.toks[i].sent;

	return (s == 0 && headline(x)) || x->doc.sfirst[s] == i ? 0.5f : 1.0f;
}

/* The row of votes of the name of tokens first..last, made if need be. */
static float *
votes_of(struct ctx *x, struct dp_strset *names, size_t first, size_t last,
    int make)
{
	int *slot;

	tokens_key(x, first, last + 1, 0);
	if (!make)
		return (slot = dp_strset_find(names, x->keybuf.data,
		    x->keybuf.len)) == NULL ? NULL : x->votes +
		    (size_t)(*slot - 1) * NLABELS;
	slot = dp_strset_add(names, x->keybuf.data, x->keybuf.len);
	if (*slot == 0) {
		if (x->nvotes == x->capvotes) {
			x->capvotes = x->capvotes ? 2 * x->capvotes : 64;
			x->votes = dp_reallocarray(x->votes, x->capvotes,
			    NLABELS * sizeof(*x->votes));
		}
		memset(x->votes + x->nvotes * NLABELS, 0,
		    NLABELS * sizeof(*x->votes));
		*slot = (int)++x->nvotes;
	}
	return x->votes + (size_t)(*slot - 1) * NLABELS;
}

/* The label with most votes, or -1 if none leads alone. */
static int
winner(const float *v)
{
	int y, best = -1, tie = 0;

	for (y = 0; y < NLABELS; y++) {
		if (v[y] <= 0)
			continue;
		if (best < 0 || v[y] > v[best]) {
			best = y;
			tie = 0;
		} else if (v[y] == v[best])
			tie = 1;
	}
	return tie ? -1 : best;
}

/*
 * Does a place preposition put name e as a place: in Carson, not in
 * Carson's home (a possessive names an owner)?
 */
static int
placed_at(struct ctx *x, const struct lang *l, const struct entity *e)
{
	return e->first > 0 && word_in(x, l->placepreps, e->first - 1) &&
	    !(e->last + 1 < x->doc.ntoks &&
	    word_in(x, l->possessives, e->last + 1));
}

/*
 * Is place e after a place preposition a person takes as well (to, à),
 * and a name the gazetteer knows as no well-known place: a letter to
 * Okonjo, écrit à Kervadec, lost to Obama (a town in Japan), not à Lyon?
 * Then the votes say which it is.
 */
static int
shared_placed(struct ctx *x, const struct lang *l, const struct entity *e)
{
	const struct gazentry *g;

	if (!word_in(x, l->sharedpreps, e->first - 1))
		return 0;
	g = gaz_lookup(x, l, e->first, e->last + 1);
	return g == NULL || !(g->labels & 1U << L_LOC) ||
	    g->labels & G_MINOR;
}

/*
 * Every mention's vote, and a person's surname's for PER; the surnames
 * of the full names of persons into surnames, and the places the record
 * puts after a place preposition (in Carson) into placed.
 */
static void
count_votes(struct ctx *x, const struct lang *l, struct dp_strset *names,
    struct dp_strset *surnames, struct dp_strset *placed)
{
	const struct entity *e;
	const char *key;
	size_t k, len;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (!votes_for(e->label))
			continue;
		if (e->label == L_LOC && e->first == e->last &&
		    placed_at(x, l, e)) {
			key = token_key(x, e->first, &len);
			*dp_strset_add(placed, key, len) = 1;
		}
		/* a rule's name (Mr Okonjo, a dateline's place) outweighs
		 * the model's guesses, however many */
		votes_of(x, names, e->first, e->last, 1)[e->label] +=
		    (e->origin == O_MODEL ? 1 : RULE_VOTES) *
		    weight_at(x, e->first);
		/* a full name says more of its surname than a capital */
		if (e->label == L_PER && e->last > e->first) {
			votes_of(x, names, e->last, e->last, 1)[L_PER] +=
			    2 * weight_at(x, e->first);
			*dp_strset_add(surnames, x->keybuf.data,
			    x->keybuf.len) = 1;
		}
	}
}

/*
 * The longest name from token i to last at most, other than first..last
 * itself, that the record gives elsewhere with a label (votes of other
 * mentions; not the surname vote a person's name gives its own last
 * word): its length, its label in *y; or 0.
 */
static size_t
known_within(struct ctx *x, struct dp_strset *names, const struct entity *e,
    size_t i, int *y)
{
	const float *v;
	size_t n;

	for (n = e->last - i + 1; n > 0; n--) {
		if ((i == e->first && n == e->last - e->first + 1) ||
		    (e->label == L_PER && n == 1 && i == e->last))
			continue;
		if ((v = votes_of(x, names, i, i + n - 1, 0)) != NULL &&
		    (*y = winner(v)) >= 0 && v[*y] >= 1)
			return n;
	}
	return 0;
}

/*
 * Is the headline in Title Case: four words or more, four in five of
 * them capitalised (Obama Slams Trump Over Muslim Ban; not Scottish
 * Labour Party narrowly backs referendum)?
 */
static int
title_case_headline(const struct ctx *x)
{
	size_t k, words = 0, upper = 0;

	for (k = 0; k < x->doc.sfirst[1]; k++)
		if (DTOK(x, &x->toks[k])->shape[0] == 'x' ||
		    DTOK(x, &x->toks[k])->shape[0] == 'X') {
			words++;
			upper += x->toks[k].upper != 0;
		}
	return words >= 4 && upper * 5 >= words * 4;
}

/* Is token i in a headline in Title Case? */
int
styled_headline_at(const struct ctx *x, size_t i)
{
	return x->doc.nsents > 1 && i < x->doc.sfirst[1] &&
	    title_case_headline(x);
}

/*
 * Does the model's name e hold a function word capitalised by a
 * headline's style, not as a name's (Over, In, Du)?
 */
static int
styled_word_in(const struct ctx *x, const struct entity *e)
{
	size_t k;

	for (k = e->first; k <= e->last; k++)
		if (x->toks[k].upper && x->toks[k].info & W_COMMON)
			return 1;
	return 0;
}

/*
 * A headline in Title Case runs names into one another and into its
 * capitalised words (Obama Slams Trump Over Muslim Ban): a model's name
 * in it that holds a function word capitalised by the style
 * (styled_word_in()) and two names or more the rest of the record gives
 * is cut to those names, with their labels; the other words are in none.
 * A name that holds one (New York Times, after New York) stays whole, and
 * so does a name of a headline in sentence case (Scottish Labour Party
 * narrowly backs…).
 */
static void
split_headline(struct ctx *x, struct dp_strset *names)
{
	struct entity part[MAXPHRASE];
	size_t k, i, n, nparts;
	int y;

	if (!headline(x) || !title_case_headline(x))
		return;
	for (k = 0; k < x->nents; k++) {
		if (x->ents[k].origin != O_MODEL || x->ents[k].last ==
		    x->ents[k].first || x->doc.toks[x->ents[k].first].sent != 0 ||
		    !styled_word_in(x, &x->ents[k]))
			continue;
		nparts = 0;
		for (i = x->ents[k].first; i <= x->ents[k].last &&
		    nparts < MAXPHRASE; i += n ? n : 1)
			if ((n = known_within(x, names, &x->ents[k], i, &y)) > 0)
				part[nparts++] = entity(i, i + n - 1,
				    (enum label)y, O_MODEL);
		if (nparts < 2)
			continue;
		/* its tokens' index goes stale: entity_over() sees none */
		remove_entity(x, &x->ents[k]);
		for (i = 0; i < nparts; i++)
			add_entity(x, &part[i]);
		/* from the start again: slot k holds another now */
		k = (size_t)-1;
	}
}

/*
 * Whether the model's one-word name e is the surname of a person the
 * record names in full (Khashoggi after Jamal Khashoggi): that person,
 * whatever the votes, as a lone surname is where the model errs most
 * (an unknown word after "la mort de", "the murder of" reads as a
 * place).  So is a town's name (Carson after Ben Carson; Obama, a town
 * in Japan), unless the record puts it after a place preposition
 * somewhere (placed: in Carson, à Washington): then the votes settle it,
 * as they do for an organisation, a country or a region (Jordan after
 * Jim Jordan).
 */
static int
surname_alone(struct ctx *x, const struct lang *l,
    struct dp_strset *surnames, struct dp_strset *placed,
    const struct entity *e)
{
	const struct gazentry *g;
	const char *key;
	size_t len;
	int is_placed;

	if (e->first != e->last)
		return 0;
	key = token_key(x, e->first, &len);
	if (dp_strset_find(surnames, key, len) == NULL)
		return 0;
	is_placed = dp_strset_find(placed, key, len) != NULL;
	if ((g = gaz_lookup(x, l, e->first, e->first + 1)) == NULL)
		return 1;
	if (g->labels & 1U << L_ORG)
		return 0;
	return !(g->labels & 1U << L_LOC) ||
	    (!country_or_region(gaz_key(l, g, L_LOC)) && !is_placed);
}

/* The model's mentions take their name's label, and the key it has. */
static void
relabel(struct ctx *x, const struct lang *l, struct dp_strset *names,
    struct dp_strset *surnames, struct dp_strset *placed)
{
	struct entity *e;
	size_t k;
	int y;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL || !votes_for(e->label))
			continue;
		/* a person's surname stays one too, whatever the votes */
		if (surname_alone(x, l, surnames, placed, e))
			y = L_PER;
		else if ((y = winner(votes_of(x, names, e->first, e->last,
		    0))) < 0)
			continue;
		if ((enum label)y == e->label)
			continue;
		/* in Carson: a place preposition says more than votes */
		if (e->label == L_LOC && placed_at(x, l, e) &&
		    !shared_placed(x, l, e))
			continue;
		/* a country stays a place, whatever it does */
		if (e->label == L_LOC && (enum label)y == L_ORG &&
		    is_country(l, gaz_lookup(x, l, e->first, e->last + 1)))
			continue;
		e->label = (enum label)y;
		e->key = gaz_key(l, gaz_lookup(x, l, e->first, e->last + 1),
		    (enum label)y);
	}
}

/*
 * Mentions the model left out: a capitalised word, or words, outside
 * every entity that spell a name with a label, the word not written in
 * lowercase elsewhere in the record nor a common word.
 */
static void
add_mentions(struct ctx *x, const struct lang *l, struct dp_strset *names,
    struct dp_strset *firsts, struct dp_strset *surnames,
    struct dp_strset *placed)
{
	struct entity e;
	const float *v;
	const char *key;
	size_t i, j, end, n, len;
	int y = 0;

	for (i = 0; i < x->doc.ntoks; i = j) {
		j = i + 1;
		if (!x->toks[i].upper || x->toks[i].lc_elsewhere ||
		    x->toks[i].info & W_COMMON || entity_over(x, i) != NULL)
			continue;
		/* most capitalised words start no name of the record */
		key = token_key(x, i, &len);
		if (dp_strset_find(firsts, key, len) == NULL)
			continue;
		for (end = i; end + 1 < x->doc.ntoks && end - i < MAXPHRASE &&
		    x->toks[end + 1].upper && x->doc.toks[end + 1].space &&
		    entity_over(x, end + 1) == NULL; end++)
			;
		/* the longest run of them that is a name */
		for (n = end - i + 1; n > 0; n--)
			if ((v = votes_of(x, names, i, i + n - 1, 0)) != NULL &&
			    (y = winner(v)) >= 0 && v[y] >= 1)
				break;
		if (n == 0)
			continue;
		end = i + n - 1;
		e = entity(i, end, (enum label)y, O_MODEL);
		/* a person's surname alone, as relabel() has it */
		if (surname_alone(x, l, surnames, placed, &e))
			e.label = L_PER;
		e.key = gaz_key(l, gaz_lookup(x, l, i, end + 1), e.label);
		add_entity(x, &e);
		j = end + 1;
	}
}

/*
 * Keys only when sure: a place the model found whose name is a surname
 * too (Carson, Obama) keeps its gazetteer key unless the record names a
 * person so (Ben Carson) and no place preposition (à, in, from) stands
 * before it.  Countries' keys (iso:) stand.
 */
static void
arbitrate_keys(struct ctx *x, const struct lang *l, struct dp_strset *names)
{
	struct entity *e;
	const float *v;
	size_t k;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->label != L_LOC || e->key == NULL || e->origin !=
		    O_MODEL || strncmp(e->key, "iso:", 4) == 0 ||
		    !(x->toks[e->last].info & W_SURNAME) || placed_at(x, l, e))
			continue;
		if ((v = votes_of(x, names, e->first, e->last, 0)) != NULL &&
		    v[L_PER] > 0)
			e->key = NULL;
	}
}

void
one_reading(struct ctx *x, const struct lang *l)
{
	struct dp_strset *names, *firsts, *surnames, *placed;
	const char *key;
	size_t k, len;

	if (x->nents == 0)
		return;
	names = dp_strset_new();
	firsts = dp_strset_new();
	surnames = dp_strset_new();
	placed = dp_strset_new();
	x->nvotes = 0;
	count_votes(x, l, names, surnames, placed);
	split_headline(x, names);
	relabel(x, l, names, surnames, placed);
	for (k = 0; k < x->nents; k++)
		if (votes_for(x->ents[k].label)) {
			key = token_key(x, x->ents[k].first, &len);
			*dp_strset_add(firsts, key, len) = 1;
			key = token_key(x, x->ents[k].last, &len);
			*dp_strset_add(firsts, key, len) = 1;
		}
	add_mentions(x, l, names, firsts, surnames, placed);
	arbitrate_keys(x, l, names);
	dp_strset_free(names);
	dp_strset_free(firsts);
	dp_strset_free(surnames);
	dp_strset_free(placed);
}
