/*
 * reading.c: one reading per document.  A name means one thing in one
 * article: its mentions vote for a label, and those the model labelled
 * otherwise take the label most of them have (Benalla is PER all along,
 * not ORG once); a person's surname alone is that person (Trump after
 * Donald Trump, whatever the votes), but a place after a place
 * preposition stays one (in Carson); a company's name before its trade's
 * word votes for an organisation as its full name does (Halvorsen after
 * Halvorsen Pharma).  Mentions the model left out get
 * the name's label where the word is no common one.  Votes in a headline
 * and at a sentence's start, where capitals say least, weigh half; in a
 * headline in Title Case, where they say nothing, the model's names are
 * cut to what says name otherwise.  Only the model's names are
 * relabelled: rules and the user's names stand.
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

/*
 * The weight of a mention at token i: half in a headline (of one sentence,
 * or in Title Case) or at a start.
 */
static float
weight_at(struct ctx *x, size_t i)
{
	uint32_t s = x->doc.toks[i].sent;

	return (s == 0 && headline(x)) || i < x->titlecase ||
	    x->doc.sfirst[s] == i ? 0.5f : 1.0f;
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

/* Are tokens first..last a surname with its article (Le Pen, La Fontaine)? */
static int
article_surname(struct ctx *x, const struct lang *l, size_t first,
    size_t last)
{
	return last == first + 1 && x->toks[first].upper &&
	    x->toks[last].upper && word_in(x, l->namearticles, first);
}

/*
 * Notes that the name keyed key alone, a short form, is what a longer
 * name of label y makes it: a person's surname (PER), a company's name
 * before its trade's word (ORG).  The slot holds the label plus one; a
 * short form of both is neither's (-1): the votes settle it.
 */
static void
short_form(struct dp_strset *shorts, const char *key, size_t len,
    enum label y)
{
	int *slot = dp_strset_add(shorts, key, len);

	*slot = *slot == 0 || *slot == (int)y + 1 ? (int)y + 1 : -1;
}

/*
 * Every mention's vote, and a person's surname's for PER; the short
 * forms of longer names into shorts (short_form()), and the places the
 * record puts after a place preposition (in Carson) into placed.
 */
static void
count_votes(struct ctx *x, const struct lang *l, struct dp_strset *names,
    struct dp_strset *shorts, struct dp_strset *placed)
{
	const struct entity *e;
	const char *key;
	size_t k, len;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (!votes_for(e->label))
			continue;
		/* not after a preposition a person takes as well (a letter
		 * to Carson) */
		if (e->label == L_LOC && e->first == e->last &&
		    placed_at(x, l, e) && place_only_prep(x, l, e->first - 1)) {
			key = token_key(x, e->first, &len);
			*dp_strset_add(placed, key, len) = 1;
		}
		/* a rule's name (Mr Okonjo, a dateline's place) outweighs
		 * the model's guesses, however many */
		votes_of(x, names, e->first, e->last, 1)[e->label] +=
		    (e->origin == O_MODEL ? 1 : RULE_VOTES) *
		    weight_at(x, e->first);
		/* a full name says more of its surname than a capital, its
		 * article with it (Marine Le Pen: Pen, Le Pen) */
		if (e->label == L_PER && e->last > e->first) {
			votes_of(x, names, e->last, e->last, 1)[L_PER] +=
			    2 * weight_at(x, e->first);
			short_form(shorts, x->keybuf.data, x->keybuf.len,
			    L_PER);
		}
		/* a company's name says the same of its name before its
		 * trade's word or legal form (Halvorsen after Halvorsen
		 * Pharma, Kerry after Kerry Foods plc) */
		if (e->label == L_ORG && e->last > e->first &&
		    company_ending(x, l, e)) {
			votes_of(x, names, e->first, e->last - 1, 1)[L_ORG] +=
			    2 * weight_at(x, e->first);
			short_form(shorts, x->keybuf.data, x->keybuf.len,
			    L_ORG);
			/* and of its first word alone, where more words
			 * stand before the trade's (Meridian after
			 * Meridian Health Partners), not a common word nor
			 * a place the gazetteer knows well, where the body
			 * is (York after York Flood Action Group; not a
			 * minor place's name: Roosevelt Financial Group) */
			if (e->last > e->first + 1 &&
			    !(x->toks[e->first].info & W_COMMON) &&
			    (x->toks[e->first].gazminor || gaz_label(gaz_lookup(x,
			    l, e->first, e->first + 1), 1U << L_LOC) < 0)) {
				votes_of(x, names, e->first, e->first,
				    1)[L_ORG] += 2 * weight_at(x, e->first);
				short_form(shorts, x->keybuf.data,
				    x->keybuf.len, L_ORG);
			}
		}
		/* not in a Title Case headline, whose capitals are no
		 * article's nor surname's (Mentir Sur Le Budget) */
		if (e->label == L_PER && e->last > e->first + 1 &&
		    !styled_headline_at(x, e->first) &&
		    article_surname(x, l, e->last - 1, e->last)) {
			votes_of(x, names, e->last - 1, e->last, 1)[L_PER] +=
			    2 * weight_at(x, e->first);
			short_form(shorts, x->keybuf.data, x->keybuf.len,
			    L_PER);
		}
	}
}

/*
 * The tokens of the record's first line, where it is a line of its own
 * of at most MAXHEADLINE tokens, before more text: a headline.  0 if
 * there is none, or not in this part.
 */
#define MAXHEADLINE	64

static size_t
first_line(const struct ctx *x)
{
	const struct dp_token *t = x->doc.toks;
	size_t k;

	if (x->doc.part > 0)
		return 0;
	for (k = 1; k < x->doc.ntoks && k <= MAXHEADLINE; k++)
		if (memchr(x->doc.text + t[k - 1].bend, '\n', t[k].bstart -
		    t[k - 1].bend) != NULL)
			return k;
	return 0;
}

/* Does token k start with a letter? */
static int
is_word(const struct ctx *x, size_t k)
{
	char c = x->doc.toks[k].shape[0];

	return c == 'x' || c == 'X';
}

/*
 * The tokens of the record's headline if it is in Title Case, else 0
 * (x->titlecase).  Four words or more, and either four in five of them
 * capitalised (Obama Slams Trump Over Muslim Ban), or all in lowercase
 * function words with one capitalised after the first, as the styles
 * that leave the short ones in lowercase write (Visa Program Up for
 * Renewal Amid Allegations of Fraud); in capitals and small letters,
 * not a headline that shouts (CoNLL-2003's, whose names the model learned
 * from); not a headline in sentence case, whose other words are in
 * lowercase (Scottish Labour Party narrowly backs referendum).
 */
size_t
title_case_headline(const struct ctx *x)
{
	size_t k, n = first_line(x), words = 0, upper = 0, plain = 0;
	size_t styled = 0, small = 0;

	for (k = 0; k < n; k++) {
		/* words, not their glued ends (Don't, Clinton's) */
		if (!is_word(x, k) || (k > 0 && !x->doc.toks[k].space &&
		    is_word(x, k - 1)))
			continue;
		if (x->toks[k].upper) {
			upper++;
			small += DTOK(x, &x->toks[k])->shape[1] == 'x';
			styled += words > 0 && x->toks[k].info & W_COMMON;
		} else
			plain += !(x->toks[k].info & W_COMMON);
		words++;
	}
	return words >= 4 && 2 * small >= upper && (upper * 5 >= words * 4 ||
	    (plain == 0 && styled > 0)) ? n : 0;
}

/* Is token i in a headline in Title Case? */
int
styled_headline_at(const struct ctx *x, size_t i)
{
	return i < x->titlecase;
}

/*
 * The longest name from token i on within the model's name e that the
 * rest of the record gives with a label (e itself too, but not the
 * surname vote e gives its own last word), or of two words or more that
 * the gazetteer knows, not as a little-known place (one word it knows is
 * too often a plain one: East, Plan): its length, its label in *y; or 0.
 */
static size_t
known_at(struct ctx *x, const struct lang *l, struct dp_strset *names,
    const struct entity *e, size_t i, int *y)
{
	const struct gazentry *g;
	const float *v;
	size_t n;

	for (n = e->last - i + 1; n > 0; n--) {
		if (!(e->label == L_PER && n == 1 && i == e->last &&
		    e->last > e->first) &&
		    (v = votes_of(x, names, i, i + n - 1, 0)) != NULL &&
		    (*y = winner(v)) >= 0 && v[*y] >= 1)
			return n;
		if (n > 1 && (g = gaz_lookup(x, l, i, i + n)) != NULL &&
		    !(g->labels & G_MINOR) &&
		    (*y = gaz_label(g, 1U << L_PER | 1U << L_LOC |
		    1U << L_ORG | 1U << L_MISC)) >= 0)
			return n;
	}
	return 0;
}

/* Is token k a word in capitals (DNC, N.Y.)? */
int
shouted(const struct ctx *x, size_t k)
{
	return x->toks[k].upper && x->doc.toks[k].end >
	    x->doc.toks[k].start + 1 &&
	    strpbrk(DTOK(x, &x->toks[k])->shape, "xd") == NULL;
}

/*
 * A name that its words' form gives at token i, up to token last: a
 * given name and a surname, an initial between (Lindsey Graham, Mary J.
 * Blige: a person), or words in capitals (with the label of the model's
 * name, label).  Its length, its label in *y; or 0.
 */
static size_t
form_at(const struct ctx *x, size_t i, size_t last, enum label label,
    int *y)
{
	size_t j = i + 1;

	if (j < last && initial_at(x, j))
		j++;
	if (x->toks[i].info & W_GIVEN && !(x->toks[i].info & W_COMMON) &&
	    j <= last && x->toks[j].upper && !(x->toks[j].info & W_COMMON)) {
		*y = L_PER;
		return j - i + 1;
	}
	for (j = i; j <= last && shouted(x, j); j++)
		;
	*y = (int)label;
	return j - i;
}

/*
 * Cuts the model's name e in a headline in Title Case to the names in
 * it: those the record or the gazetteer knows first, a person's with the
 * given name before it, then those their words' form gives between them
 * (form_at()).  Returns how many, in part.
 */
static size_t
headline_parts(struct ctx *x, const struct lang *l, struct dp_strset *names,
    const struct entity *e, struct entity *part)
{
	unsigned char known[MAXHEADLINE];
	size_t i, n, nparts = 0, end, first;
	int y;

	memset(known, 0, sizeof(known));
	for (i = e->first; i <= e->last; i += n ? n : 1) {
		if ((n = known_at(x, l, names, e, i, &y)) == 0 ||
		    nparts == MAXPHRASE)
			continue;
		/* a person's given name before the surname alone the
		 * record gives (Marie Duval, after Duval); not before a
		 * whole name (Star Norbert Leo Butz) */
		first = i;
		if (y == L_PER && n == 1 && first > e->first + 1 &&
		    initial_at(x, first - 1) && !known[first - 2])
			first--;
		if (y == L_PER && n == 1 && first > e->first &&
		    !known[first - 1] &&
		    x->toks[first - 1].info & W_GIVEN &&
		    !(x->toks[first - 1].info & W_COMMON))
			first--;
		else
			first = i;
		part[nparts++] = entity(first, i + n - 1, (enum label)y,
		    O_MODEL);
		memset(known + first, 1, i + n - first);
	}
	for (i = e->first; i <= e->last; i += n ? n : 1) {
		n = 0;
		if (known[i])
			continue;
		for (end = i; end < e->last && !known[end + 1]; end++)
			;
		if ((n = form_at(x, i, end, e->label, &y)) > 0 &&
		    nparts < MAXPHRASE)
			part[nparts++] = entity(i, i + n - 1, (enum label)y,
			    O_MODEL);
	}
	return nparts;
}

/*
 * A headline in Title Case capitalises every word, so that its capitals
 * say nothing of names: the model runs names into the words around them
 * (Lindsey Graham Says, Wealthy Voters Abandon Republican Party) and
 * makes names of plain words (Small Donors).  A model's name there is cut
 * to what says name without capitals (headline_parts()), with those
 * labels; its other words are in none, and a name with nothing of the
 * kind is none.  A name the record gives whole stays whole (New York
 * Times, after New York).
 */
static void
headline_names(struct ctx *x, const struct lang *l, struct dp_strset *names)
{
	struct entity part[MAXPHRASE], *e;
	size_t k, i, nparts;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL || !votes_for(e->label) ||
		    e->last >= x->titlecase)
			continue;
		nparts = headline_parts(x, l, names, e, part);
		if (nparts == 1 && part[0].first == e->first &&
		    part[0].last == e->last)
			continue;
		/* its tokens' index goes stale: entity_over() sees none */
		remove_entity(x, e);
		/* each part votes, as count_votes() has the others vote */
		for (i = 0; i < nparts; i++) {
			add_entity(x, &part[i]);
			votes_of(x, names, part[i].first, part[i].last,
			    1)[part[i].label] += weight_at(x, part[i].first);
		}
		/* from the start again: slot k holds another now */
		k = (size_t)-1;
	}
}

/*
 * The label the model's name e takes as the short form of a longer name
 * of the record, whatever the votes, or -1.  The surname of a person the
 * record names in full (Khashoggi after Jamal Khashoggi) is that person,
 * as a lone surname is where the model errs most (an unknown word after
 * "la mort de", "the murder of" reads as a place).  So is a town's name
 * (Carson after Ben Carson; Obama, a town in Japan), unless the record
 * puts it after a place preposition somewhere (placed: in Carson, à
 * Washington): then the votes settle it, as they do for an organisation,
 * a country or a region (Jordan after Jim Jordan).  A company's name
 * before its trade's word is that company (Halvorsen after Halvorsen
 * Pharma).
 */
static int
short_form_label(struct ctx *x, const struct lang *l,
    struct dp_strset *shorts, struct dp_strset *placed,
    const struct entity *e)
{
	const struct gazentry *g;
	const char *key;
	size_t len;
	int is_placed, *slot;

	if (e->first == e->last)
		key = token_key(x, e->first, &len);
	else {
		tokens_key(x, e->first, e->last + 1, 0);
		key = x->keybuf.data;
		len = x->keybuf.len;
	}
	if ((slot = dp_strset_find(shorts, key, len)) == NULL || *slot <= 0)
		return -1;
	if (*slot == L_ORG + 1)
		return L_ORG;
	/* a surname: one word, or with its article (Le Pen) */
	if (e->first != e->last && !article_surname(x, l, e->first, e->last))
		return -1;
	is_placed = dp_strset_find(placed, key, len) != NULL;
	if ((g = gaz_lookup(x, l, e->first, e->first + 1)) == NULL)
		return L_PER;
	if (g->labels & 1U << L_ORG)
		return -1;
	return !(g->labels & 1U << L_LOC) ||
	    (!country_or_region(gaz_key(l, g, L_LOC)) && !is_placed) ?
	    L_PER : -1;
}

/* The model's mentions take their name's label, and the key it has. */
static void
relabel(struct ctx *x, const struct lang *l, struct dp_strset *names,
    struct dp_strset *shorts, struct dp_strset *placed)
{
	struct entity *e;
	size_t k;
	int y;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL || !votes_for(e->label))
			continue;
		/* a short form takes its long name's label, whatever the
		 * votes (a person's surname, a company's name) */
		if ((y = short_form_label(x, l, shorts, placed, e)) < 0 &&
		    (y = winner(votes_of(x, names, e->first, e->last,
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
    struct dp_strset *firsts, struct dp_strset *shorts,
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
		/* a short form, as relabel() has it */
		if ((y = short_form_label(x, l, shorts, placed, &e)) >= 0)
			e.label = (enum label)y;
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

/*
 * A name written with its article (Le Pen, Le Drian, La Fontaine) whose
 * article opens a sentence is capitalised there for both: the model
 * leaves the article out ([Pen] a parlé).  Where the record writes the
 * same name with the article inside a name elsewhere (Marine Le Pen,
 * selon Le Pen; not in a Title Case headline, whose capitals say
 * nothing), the article is the name's at the start too.
 */
static void
articles_at_start(struct ctx *x, const struct lang *l)
{
	struct dp_strset *inside = NULL;
	struct entity *e;
	const char *key;
	size_t k, t, p, len;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		for (t = e->first; t < e->last; t++) {
			if (!x->toks[t].upper || !word_in(x, l->namearticles,
			    t) || (t == e->first && placed_first(x, t)) ||
			    styled_headline_at(x, t))
				continue;
			if (inside == NULL)
				inside = dp_strset_new();
			tokens_key(x, t, t + 2, 0);
			*dp_strset_add(inside, x->keybuf.data,
			    x->keybuf.len) = 1;
		}
	}
	if (inside == NULL)
		return;
	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL || e->first == 0)
			continue;
		p = e->first - 1;
		if (!x->toks[p].upper || entity_over(x, p) != NULL ||
		    !placed_first(x, p) || !word_in(x, l->namearticles, p) ||
		    !x->doc.toks[e->first].space)
			continue;
		tokens_key(x, p, p + 2, 0);
		key = x->keybuf.data;
		len = x->keybuf.len;
		if (dp_strset_find(inside, key, len) == NULL)
			continue;
		e->first = p;
		x->toks[p].ent = k + 1;
	}
	dp_strset_free(inside);
}

/*
 * A kicker: the one word before a colon that opens the record's
 * headline, a rubric's (Tennis : victoire de…, Science : découverte…),
 * capitalised as the line's first word.  A name of the model's there
 * that the gazetteer does not know, no given name nor surname, and that
 * the rest of the record does not give (its only vote is its own) is
 * none; a place or a name the article gives stands (France : …).
 */
static void
drop_kicker(struct ctx *x, const struct lang *l, struct dp_strset *names)
{
	struct entity *e;
	const float *v;
	float sum = 0;
	int y;

	if (x->doc.part > 0 || first_line(x) < 3 ||
	    (e = entity_over(x, 0)) == NULL || e->origin != O_MODEL ||
	    e->last != 0 || x->doc.toks[1].end != x->doc.toks[1].start + 1 ||
	    x->doc.toks[1].first != ':' || x->toks[0].info & (W_GIVEN |
	    W_SURNAME) || gaz_lookup(x, l, 0, 1) != NULL ||
	    (v = votes_of(x, names, 0, 0, 0)) == NULL)
		return;
	for (y = 0; y < NLABELS; y++)
		sum += v[y];
	if (sum <= weight_at(x, 0))
		remove_entity(x, e);
}

void
one_reading(struct ctx *x, const struct lang *l)
{
	struct dp_strset *names, *firsts, *shorts, *placed;
	const char *key;
	size_t k, len;

	if (x->nents == 0)
		return;
	names = dp_strset_new();
	firsts = dp_strset_new();
	shorts = dp_strset_new();
	placed = dp_strset_new();
	x->nvotes = 0;
	count_votes(x, l, names, shorts, placed);
	drop_kicker(x, l, names);
	headline_names(x, l, names);
	relabel(x, l, names, shorts, placed);
	for (k = 0; k < x->nents; k++)
		if (votes_for(x->ents[k].label)) {
			key = token_key(x, x->ents[k].first, &len);
			*dp_strset_add(firsts, key, len) = 1;
			key = token_key(x, x->ents[k].last, &len);
			*dp_strset_add(firsts, key, len) = 1;
		}
	add_mentions(x, l, names, firsts, shorts, placed);
	articles_at_start(x, l);
	arbitrate_keys(x, l, names);
	dp_strset_free(names);
	dp_strset_free(firsts);
	dp_strset_free(shorts);
	dp_strset_free(placed);
}
