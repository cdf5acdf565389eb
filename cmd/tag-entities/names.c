/*
 * names.c: names in a record: the model sentence by sentence, then
 * the names of datelines (PARIS (AFP) -), titles trimmed (titles.c).
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

/* Most words of a place's name in a dateline (Rio de Janeiro (AFP)). */
#define DATELINE_WORDS	4

/*
 * Is token k the opening bracket of a dateline's agency, one capitalised
 * word: (AFP), (CNN)?
 */
static int
agency_at(struct ctx *x, size_t k, size_t end)
{
	return k + 2 < end && x->doc.text[x->doc.toks[k].bstart] == '(' &&
	    x->toks[k + 1].upper &&
	    x->doc.text[x->doc.toks[k + 2].bstart] == ')';
}

/*
 * The place of a dateline in capitals is a location, and so are the
 * capitalised words before its agency's bracket (Cleveland (AFP) –, New
 * York (CNN) —); the agency in its parentheses an organisation: rules
 * the model, which sees few of them.
 */
static void
dateline_names(struct ctx *x, const struct lang *l, size_t first, size_t end)
{
	const struct gazentry *g;
	struct entity e;
	size_t k;

	for (k = first; k < end && dp_doc_in_capitals(&x->doc, k, 1); k++)
		;
	if (k == first) {
		while (k < end && k - first < DATELINE_WORDS &&
		    x->toks[k].upper)
			k++;
		if (!agency_at(x, k, end))
			k = first;
	}
	if (k > first && k < end && (x->doc.text[x->doc.toks[k].bstart] == ',' ||
	    x->doc.text[x->doc.toks[k].bstart] == '(')) {
		e = entity(first, k - 1, L_LOC, O_RULE);
		e.force = 1;
		e.key = gaz_key(l, title_case_lookup(x, l, first, k), L_LOC);
		add_entity(x, &e);
	} else if (k > first && k + 1 == end && (g = title_case_lookup(x, l,
	    first, k)) != NULL && g->labels & 1U << L_LOC) {
		/* DUBAÏ |: with only a rule after it, an acronym
		 * (NATO —) could open the text too: a place the
		 * gazetteer knows */
		e = entity(first, k - 1, L_LOC, O_RULE);
		e.force = 1;
		e.key = gaz_key(l, g, L_LOC);
		add_entity(x, &e);
	}
	for (; k + 2 < end; k++)
		if (agency_at(x, k, end)) {
			e = entity(k + 1, k + 1, L_ORG, O_RULE);
			e.force = 1;
			add_entity(x, &e);
			break;
		}
}

/* Is token i a given name, or a compound of one (Jean-Jacques)? */
static int
given_name(struct ctx *x, const struct lang *l, size_t i)
{
	const char *w = x->doc.lower.data + x->doc.toks[i].lower, *dash;
	const int *slot;

	if (x->toks[i].info & W_GIVEN)
		return 1;
	return (dash = memchr(w, '-', x->doc.toks[i].lowerlen)) != NULL &&
	    (slot = dp_strset_find(l->words, w, (size_t)(dash - w))) != NULL &&
	    *slot & W_GIVEN;
}

/*
 * Does a place of the gazetteer, from token first, run on over the given
 * name at token i: San [Pedro] Sula, San [Jose]?  Then the name is that
 * place, not a place and a person.
 */
static int
place_over(struct ctx *x, const struct lang *l, size_t first, size_t i,
    size_t last)
{
	const struct gazentry *g;
	size_t j;

	for (j = i + 1; j <= last + 1; j++)
		if ((g = gaz_lookup(x, l, first, j)) != NULL &&
		    g->labels & 1U << L_LOC)
			return 1;
	return 0;
}

/*
 * A place the gazetteer knows, then a given name (or a compound of one),
 * in one name of the model: the place is a location of its own and a
 * person's name starts at the given name (le procureur de [Perpignan]
 * [Jean-Jacques Fagni], the mayor of [Leeds] [Tom Riordan]).  A place of
 * one word that is a given name as well opens a person's name more often
 * than it stands before one (Martin Luther King, Mary Kay Henry): it
 * splits only where a place is expected before it, after a noun's
 * complement or a place preposition no person's name takes as well (the
 * mayor of Victoria Paul Sims, in; not to, à), and not when it is a
 * little-known place.
 */
static void
split_place_person(struct ctx *x, const struct lang *l)
{
	const struct gazentry *g;
	struct entity *e, place;
	size_t k, i;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL)
			continue;
		for (i = e->first + 1; i < e->last; i++)
			if (x->toks[i].upper && given_name(x, l, i) &&
			    (g = gaz_lookup(x, l, e->first, i)) != NULL &&
			    g->labels & 1U << L_LOC &&
			    !place_over(x, l, e->first, i, e->last))
				break;
		if (i >= e->last)
			continue;
		if (i == e->first + 1 && given_name(x, l, e->first) &&
		    (g->labels & G_MINOR || e->first == 0 ||
		    (!word_in(x, l->complements, e->first - 1) &&
		    !place_only_prep(x, l, e->first - 1))))
			continue;
		place = entity(e->first, i - 1, L_LOC, O_MODEL);
		place.key = gaz_key(l, g, L_LOC);
		e->first = i;
		e->label = L_PER;
		e->key = NULL;
		for (i = place.first; i <= place.last; i++)
			x->toks[i].ent = 0;
		add_entity(x, &place);
	}
}

/*
 * A place the gazetteer knows, then a word of the lexicon's party_members,
 * in one name of the model: a member of that party from there, a location
 * and a group of their own (the [Nevada] [Democrat], [Kentucky]
 * [Republican] John Thune; NEWS_GUIDE: members' words are MISC).  Not a
 * demonym's (West Indian, South African) nor a team's (Cleveland Indians):
 * those are names of their own.  An article the model took in is no part
 * of either.
 */
static void
split_place_member(struct ctx *x, const struct lang *l)
{
	const struct gazentry *g, *m;
	struct entity *e, place, rest;
	size_t k, i, first;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL || e->label == L_LOC ||
		    e->last == e->first)
			continue;
		first = e->first + opening_article(x, l, e->first);
		for (i = first + 1; i <= e->last; i++)
			if (x->toks[i].upper && word_in(x, l->partymembers, i))
				break;
		if (i > e->last || (g = gaz_lookup(x, l, first, i)) == NULL ||
		    !(g->labels & 1U << L_LOC))
			continue;
		m = gaz_lookup(x, l, i, i + 1);
		place = entity(first, i - 1, L_LOC, O_MODEL);
		place.key = gaz_key(l, g, L_LOC);
		/* whom it names after it keeps the model's label, a
		 * person's if a given name opens it (Kentucky Republican
		 * [Rand Paul]) */
		rest = entity(i + 1, e->last, i + 1 <= e->last &&
		    given_name(x, l, i + 1) ? L_PER : e->label, O_MODEL);
		e->first = i;
		e->last = i;
		e->label = L_NORP;
		e->key = m != NULL ? gaz_key(l, m, L_NORP) : NULL;
		for (i = place.first; i < e->first; i++)
			x->toks[i].ent = 0;
		for (i = rest.first; i <= rest.last; i++)
			x->toks[i].ent = 0;
		add_entity(x, &place);
		if (rest.first <= rest.last)
			add_entity(x, &rest);
	}
}

/* Is token i an initial: a capital and its period (V., J.)? */
int
initial_at(const struct ctx *x, size_t i)
{
	const struct dp_token *d = &x->doc.toks[i];

	return d->end == d->start + 2 && x->toks[i].upper &&
	    x->doc.text[d->bend - 1] == '.';
}

/* Is there a line break between token i and the next? */
static int
line_break_after(const struct ctx *x, size_t i)
{
	return memchr(x->doc.text + x->doc.toks[i].bend, '\n',
	    x->doc.toks[i + 1].bstart - x->doc.toks[i].bend) != NULL;
}

/*
 * A capitalised word the model read as another name, just before a
 * person's name that opens with an initial, is that person's first name:
 * the middle initial of news style joins them (Vladimir V. Putin, Paris
 * J. Hilton), where the model read a place and a person; not after a
 * place preposition (in Paris J. Smith won), across a line (a table's
 * team and its player) nor a country's or a region's that is no given
 * name.
 */
static void
join_middle_initial(struct ctx *x, const struct lang *l)
{
	struct entity *e, *o, person;
	size_t k;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL || e->label == L_PER ||
		    e->first != e->last || e->last + 2 >= x->doc.ntoks ||
		    (e->first > 0 && word_in(x, l->placepreps,
		    e->first - 1)) || !initial_at(x, e->last + 1) ||
		    line_break_after(x, e->last) ||
		    (!given_name(x, l, e->first) &&
		    country_or_region(gaz_key(l, gaz_lookup(x, l, e->first,
		    e->last + 1), L_LOC))) ||
		    (o = entity_over(x, e->last + 1)) == NULL ||
		    o->first != e->last + 1 || o->label != L_PER ||
		    o->origin != O_MODEL || o->last == o->first)
			continue;
		person = *o;
		person.first = e->first;
		person.key = NULL;
		replace_pair(x, e, o, &person);
		k--;
	}
}

/*
 * A given name the model read as a name of its own, no place the
 * gazetteer knows well, then a one-word name of the model's right after
 * it on the same line: one person's name, which the model split
 * (a expliqué la présidente, [Marie-Joseph] [Malé], au journal: two
 * places, Malé being one too).  Not after a place preposition, nor in
 * capitals (the AL East).
 */
static void
join_given_name(struct ctx *x, const struct lang *l)
{
	const struct gazentry *g;
	struct entity *e, *o, person;
	size_t k;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL || e->label == L_PER ||
		    e->first != e->last || e->last + 1 >= x->doc.ntoks ||
		    x->doc.toks[e->first].shape[1] != 'x' ||
		    !given_name(x, l, e->first) ||
		    (e->first > 0 && word_in(x, l->placepreps, e->first - 1)) ||
		    ((g = gaz_lookup(x, l, e->first, e->last + 1)) != NULL &&
		    g->labels & 1U << L_LOC && !(g->labels & G_MINOR)) ||
		    (o = entity_over(x, e->last + 1)) == NULL ||
		    o->first != e->last + 1 || o->last != o->first ||
		    o->origin != O_MODEL || !x->doc.toks[o->first].space ||
		    line_break_after(x, e->last))
			continue;
		person = entity(e->first, o->last, L_PER, O_MODEL);
		replace_pair(x, e, o, &person);
		k--;
	}
}

/*
 * A person's given name alone, then a capitalised word on the same line
 * in no name and no function word: the surname, one the model left out
 * as a common word the record writes in lowercase elsewhere (Theresa May
 * … some may object; Marie Blanc … un drapeau blanc).  Not in a headline
 * in Title Case, whose verbs are capitalised (Hillary Wins Iowa).
 */
static void
join_common_surname(struct ctx *x, const struct lang *l)
{
	struct entity *e;
	size_t k, n;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		n = e->last + 1;
		if (e->label != L_PER || e->first != e->last ||
		    n >= x->doc.ntoks || !given_name(x, l, e->first) ||
		    !x->toks[n].upper || !x->toks[n].lc_elsewhere ||
		    strcmp(DTOK(x, &x->toks[n])->shape, "Xx") != 0 ||
		    entity_over(x, n) != NULL ||
		    x->doc.toks[n].start != x->doc.toks[e->last].end + 1 ||
		    styled_headline_at(x, n))
			continue;
		e->last = n;
		e->key = NULL;
		x->toks[n].ent = k + 1;
	}
}

/* Is token i a word of set, as written? */
static int
place_word(struct ctx *x, const struct dp_strset *set, size_t i)
{
	int slot;

	return phrase_at(x, set, i, 1, 0, &slot) > i;
}

/*
 * Does name e end with a company's legal form or a trade's word, as
 * written (organisation_suffixes: Kerry Foods plc; company_words:
 * Halvorsen Pharma)?
 */
int
company_ending(struct ctx *x, const struct lang *l, const struct entity *e)
{
	return place_word(x, l->orgsuffixes, e->last) ||
	    place_word(x, l->companywords, e->last);
}

/*
 * A company's legal form after a name of the model's or the lexicons', as
 * written (the lexicon's organisation_suffixes: Kerry Foods plc, The
 * Financial Times Limited, Durand Frères SA) is part of it, and makes it
 * an organisation's, whatever label the model gave it; so does a word of
 * company_words that ends a name of two words or more (Halvorsen Pharma,
 * Tesla Motors: a trade's word no person's or place's name ends with).
 * A place's name or a demonym right before such a company's, a name of
 * its own, is its first word (Severn Vale Water, British Gas Trading).
 * After the rules, which find the lexicons' names.
 */
static int	 place_before_company(struct ctx *, size_t);

void
company_suffixes(struct ctx *x, const struct lang *l)
{
	struct entity *e;
	size_t k, j;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin == O_USER || e->label > L_MISC)
			continue;
		j = e->last + 1;
		if (j < x->doc.ntoks && x->doc.toks[j].space &&
		    entity_over(x, j) == NULL &&
		    place_word(x, l->orgsuffixes, j)) {
			e->last = j;
			x->toks[j].ent = (uint32_t)k + 1;
		} else if (!company_ending(x, l, e) || e->last == e->first)
			continue;
		if (e->label != L_ORG) {
			e->label = L_ORG;
			e->key = NULL;
		}
		if (place_before_company(x, k))
			k--;
	}
}

/*
 * Joins to the company's name k a place's or a demonym's name right
 * before it, of the model's or the gazetteer's (Severn Vale Water).
 * Returns whether it did, and so moved the entities.
 */
static int
place_before_company(struct ctx *x, size_t k)
{
	struct entity *e = &x->ents[k], *p, company;

	/* the place a word of its own: not a compound's (Boston-based) */
	if (e->first == 0 || !x->doc.toks[e->first].space ||
	    (p = entity_over(x, e->first - 1)) == NULL ||
	    p->last + 1 != e->first || p->origin == O_USER ||
	    (p->label != L_LOC && p->label != L_MISC) ||
	    strchr(x->doc.toks[p->last].shape, '-') != NULL)
		return 0;
	company = *e;
	company.first = p->first;
	replace_pair(x, e, p, &company);
	return 1;
}

/*
 * A person's name of the model's after a lowercase office of a place and
 * its link (the lexicon's place_offices: the mayor of Logan Lake, le
 * maire de Saint-Jean) is the place it serves, named after a person as
 * towns often are, with the gazetteer's key for one.  Its other names
 * stay (the governor of the Bank of England).
 */
static void
place_of_office(struct ctx *x, const struct lang *l, size_t i)
{
	struct entity *e;
	size_t j;
	int slot;

	if ((j = phrase_at(x, l->placeoffices, i, 3, 1, &slot)) == i ||
	    j >= x->doc.ntoks || (e = entity_over(x, j)) == NULL ||
	    e->first != j || e->origin != O_MODEL || e->label != L_PER)
		return;
	e->label = L_LOC;
	e->key = gaz_key(l, gaz_lookup(x, l, e->first, e->last + 1), L_LOC);
}

/*
 * Is place e of the model's an acronym, a word of capital letters alone
 * the gazetteer has as no place, then a link in lowercase and more (la
 * FDSEA de Haute-Garonne, the UAW of Michigan; not a headline in capitals,
 * LA GUERRE D'ORIENT, nor an initial, A. de Meu)?  An acronym so linked is
 * a body's, the place the one its branch serves, which the model took for
 * the whole.
 */
static int
acronym_branch(struct ctx *x, const struct lang *l, const struct entity *e)
{
	return e->label == L_LOC && e->last > e->first + 1 &&
	    shouted(x, e->first) &&
	    strchr(DTOK(x, &x->toks[e->first])->shape, '.') == NULL &&
	    !x->toks[e->first + 1].upper &&
	    word_in(x, l->orglinks, e->first + 1) &&
	    gaz_label(gaz_lookup(x, l, e->first, e->first + 1),
	    1U << L_LOC) < 0;
}

/*
 * A name of the model's after a lowercase noun of a place and its link
 * (the lexicon's place_nouns: near the city of Rennes, le département de
 * la Moselle) is a place's, with the gazetteer's key for one.  The noun
 * capitalised is a name's own (the Port of London Authority); a person
 * named in full after it is its owner (le village de Jean Morel).  So
 * are the names of a list after a plural (les atolls de Mururoa et
 * Fangataufa), joined by a word of coordinators, and a name before a
 * noun of place_nouns_after (the Moselle region).
 */
static void
place_nouns(struct ctx *x, const struct lang *l)
{
	struct entity *e;
	size_t i, j, k;
	int slot;

	/* the Moselle region: English puts the noun after */
	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL || e->label > L_MISC ||
		    e->label == L_LOC || e->last + 1 >= x->doc.ntoks ||
		    x->toks[e->last + 1].upper ||
		    !word_in(x, l->placeafter, e->last + 1))
			continue;
		e->label = L_LOC;
		e->key = gaz_key(l, gaz_lookup(x, l, e->first, e->last + 1),
		    L_LOC);
	}

	for (i = 0; i + 1 < x->doc.ntoks; i++) {
		if (x->toks[i].upper || !(x->toks[i].info & W_PLACENOUN))
			continue;
		if ((j = phrase_at(x, l->placenouns, i, 3, 1, &slot)) == i) {
			place_of_office(x, l, i);
			continue;
		}
		/* the cities of Lyon and Grenoble: each name of a list */
		while (j < x->doc.ntoks && (e = entity_over(x, j)) != NULL &&
		    e->first == j && e->origin == O_MODEL &&
		    e->label <= L_MISC && !(e->label == L_PER &&
		    e->last > e->first && x->toks[e->first].info & W_GIVEN)) {
			if (e->label != L_LOC) {
				e->label = L_LOC;
				e->key = gaz_key(l, gaz_lookup(x, l, e->first,
				    e->last + 1), L_LOC);
			}
			j = e->last + 1;
			if (j + 1 >= x->doc.ntoks ||
			    !word_in(x, l->coordinators, j))
				break;
			j++;
		}
	}
}

/*
 * The entity of the list item before entity e (A, e; A and e) or after
 * it (dir 1), whose only separator is a comma or a coordinator; NULL.
 */
struct entity *
list_neighbour(struct ctx *x, const struct lang *l, const struct entity *e,
    int dir)
{
	struct entity *o;
	size_t j;

	if (dir < 0) {
		if (e->first < 2)
			return NULL;
		j = e->first - 1;
		if (x->doc.toks[j].first != ',' &&
		    !word_in(x, l->coordinators, j))
			return NULL;
		return (o = entity_over(x, j - 1)) != NULL && o->last == j - 1 ?
		    o : NULL;
	}
	j = e->last + 1;
	if (j + 1 >= x->doc.ntoks || (x->doc.toks[j].first != ',' &&
	    !word_in(x, l->coordinators, j)))
		return NULL;
	return (o = entity_over(x, j + 1)) != NULL && o->first == j + 1 ?
	    o : NULL;
}

/*
 * A list's places: in a list of names (Philadelphia, Pittsburgh,
 * Cleveland, Miami and Tampa) of which most are places, the model's
 * other names that the gazetteer knows as well-known places are places
 * too: the model reads each item alone (Cleveland: ORG, the city's
 * teams).  A list of three names at least, items apart by a comma or a
 * coordinator only.
 */
static void
list_places(struct ctx *x, const struct lang *l)
{
	struct entity *item[LIST_ITEMS];
	const struct entity *o;
	const struct gazentry *g;
	struct entity *e;
	size_t i, n, k, places;

	for (i = 0; i < x->doc.ntoks; i++) {
		if ((e = entity_over(x, i)) == NULL || e->first != i ||
		    ((o = list_neighbour(x, l, e, -1)) != NULL &&
		    o->label <= L_MISC))
			continue;
		for (n = 0, places = 0; e != NULL && e->label <= L_MISC &&
		    n < LIST_ITEMS; e = list_neighbour(x, l, e, 1)) {
			item[n++] = e;
			places += e->label == L_LOC;
		}
		if (n < 3 || 2 * places <= n)
			continue;
		for (k = 0; k < n; k++) {
			e = item[k];
			if (e->origin != O_MODEL || e->label == L_LOC ||
			    (g = gaz_lookup(x, l, e->first, e->last + 1)) ==
			    NULL || !(g->labels & 1U << L_LOC) ||
			    g->labels & G_MINOR)
				continue;
			e->label = L_LOC;
			e->key = gaz_key(l, g, L_LOC);
		}
	}
}

/*
 * Is there a noun of an event before token i (event_nouns: l'ouragan
 * Sandy), or, where adjectives follow nouns, one and an adjective (the
 * profile's adjectives_follow_nouns: l'ouragan meurtrier Sandy, la tempête
 * tropicale Isaac); a noun, not a verb of the same form (to storm)?
 */
static int
event_noun_before(struct ctx *x, const struct lang *l, size_t i)
{
	size_t k;

	if (i > 0 && word_in(x, l->eventnouns, i - 1))
		k = i - 1;
	else if (l->adjectives_after && i > 1 &&
	    word_in(x, l->eventnouns, i - 2) && content_word(x, i - 1))
		k = i - 2;
	else
		return 0;
	/* a noun: capitalised, or after an article or an adjective (the
	 * storm, tropical storm; not to storm Grozny) */
	return x->toks[k].upper || (k > 0 && (word_in(x, l->articles,
	    k - 1) || content_word(x, k - 1)));
}

/*
 * Does a capitalised word of event_words_last that no name holds follow
 * name e in its sentence (the model's [Affordable Care] Act, [Paris]
 * Agreement)?  It closes the name of a law, a treaty or an event, which
 * takes it in (place_words()).
 */
static int
event_word_after(struct ctx *x, const struct lang *l, const struct entity *e)
{
	size_t j = e->last + 1;

	return j < x->doc.ntoks && x->toks[j].upper &&
	    entity_over(x, j) == NULL && x->doc.toks[j].space &&
	    x->doc.toks[j].sent == x->doc.toks[e->last].sent &&
	    place_word(x, l->misclast, j);
}

/* Takes the token after entity e into it. */
static void
take_next(struct ctx *x, struct entity *e)
{
	e->last++;
	x->toks[e->last].ent = x->toks[e->first].ent;
}

/*
 * Is the model's name e a club named after its town's people, a word of
 * club_words and a lowercase adjective that ends as a demonym does (le
 * Stade rennais, le Stade toulousain; not the Bassin parisien)?  The
 * adjective is taken in where the model left it out.
 */
static int
demonym_club(struct ctx *x, const struct lang *l, struct entity *e)
{
	if (!place_word(x, l->clubwords, e->first))
		return 0;
	if (e->last == e->first && e->last + 1 < x->doc.ntoks &&
	    entity_over(x, e->last + 1) == NULL &&
	    demonym_adjective(x, l, e->last + 1)) {
		take_next(x, e);
		return 1;
	}
	return e->last == e->first + 1 && demonym_adjective(x, l, e->last);
}

/*
 * A name of the model's that a word of a place opens (the lexicon's
 * place_words_first: Mount Ararat, Place de la Concorde) or closes
 * (place_words_last: Trump Tower, the Elysée Palace), as written, is a
 * place's, whatever label the model gave it: a building's is a LOC
 * (NEWS_GUIDE), not its owner's nor its institution's.  So is a
 * person's name the model tagged apart from such a word beside it
 * (l'[Aéroport] [Paul Morvan], [John Hale] [Airport]): the place is
 * named after the person.  A word of an event, a law, a treaty or a
 * prize (event_words_first: Traité, Coupe; event_words_last: Summit,
 * Act, Protocol) makes the name a MISC in the same way, and the name
 * takes in such a last word the model left out after it.  A noun of an
 * event that goes before its own name, in any case, no part of it
 * (event_nouns: Hurricane Edouard, l'ouragan Irma, l'ouragan meurtrier
 * Sandy), makes the name after it a MISC, a rule's, which the record's
 * other mentions follow, and leaves the name's span if the model put it
 * there.  An article that opens the sentence is left out of such a name.
 * A word of club_words and an adjective of a place's people after it are
 * a club's name, an ORG (le Stade rennais; demonym_adjective()); so is a
 * name that a word of club_names_first opens (l'Olympique de Marseille).
 */
static void
place_words(struct ctx *x, const struct lang *l)
{
	struct entity *e, *o, c;
	enum label label;
	size_t k;
	int club;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL)
			continue;
		o = e->last + 1 < x->doc.ntoks ? entity_over(x, e->last + 1) :
		    NULL;
		if (o != NULL && (o->first != e->last + 1 ||
		    o->origin != O_MODEL))
			o = NULL;
		if (o != NULL && ((e->first == e->last && o->label == L_PER &&
		    place_word(x, l->placefirst, e->first)) ||
		    (e->label == L_PER && o->first == o->last &&
		    place_word(x, l->placelast, o->first)))) {
			c = *e;
			c.last = o->last;
			c.label = L_LOC;
			c.key = NULL;
			add_entity(x, &c);	/* over both: they go */
			k = (size_t)-1;		/* and the others moved */
			continue;
		}
		if (e->last > e->first && word_in(x, l->eventnouns, e->first))
			e->first++;
		if (event_noun_before(x, l, e->first)) {
			/* a rule's reading: the record's other mentions of
			 * the name (le passage de Sandy) follow it */
			e->label = L_MISC;
			e->key = NULL;
			e->origin = O_RULE;
			continue;
		}
		if (event_word_after(x, l, e))
			take_next(x, e);
		club = demonym_club(x, l, e);
		if (e->last == e->first)
			continue;
		if (club)
			label = L_ORG;
		/* l'Olympique de Marseille, Sporting Lisbon: a club's
		 * name after the town it plays for (club_names_first) */
		else if (place_word(x, l->clubfirst, e->first) ||
		    acronym_branch(x, l, e))
			label = L_ORG;
		else if (place_word(x, l->placefirst, e->first) ||
		    place_word(x, l->placelast, e->last))
			label = L_LOC;
		else if (place_word(x, l->miscfirst, e->first) ||
		    place_word(x, l->misclast, e->last))
			label = L_MISC;
		else
			continue;
		if (e->label != label) {
			e->label = label;
			e->key = NULL;
		}
		/* The Cedar Creek Fire burned, La Coupe du monde commence:
		 * the article that opens the sentence is no part of it */
		if (opening_article(x, l, e->first))
			e->first++;
	}
	place_nouns(x, l);
}

/*
 * The words of a web page around an article (Photograph:, Read more) are
 * no names, whatever the model or a reading made of them: the lexicon's
 * not_names, matched whole and in any case (the user's names excepted).
 */
void
drop_page_words(struct ctx *x, const struct lang *l)
{
	size_t k;
	int slot;

	for (k = 0; k < x->nents; k++)
		if (x->ents[k].origin != O_USER && x->ents[k].last -
		    x->ents[k].first < 3 && phrase_at(x, l->notnames,
		    x->ents[k].first, x->ents[k].last + 1 - x->ents[k].first,
		    1, &slot) == x->ents[k].last + 1)
			remove_entity(x, &x->ents[k--]);
}

/*
 * A name that ends its sentence with a capital and its period (le RER B.,
 * Plan B., Group C.): segment keeps the period with the letter, as with an
 * initial (J. Martin), but no name follows it here: the period is the
 * sentence's, no part of the name.  Not a person's, whose last letter is
 * an initial that keeps its period (signé B. L.).
 */
void
trim_final_initials(struct ctx *x)
{
	const struct dp_token *d;
	struct entity *e;
	size_t k;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		d = &x->doc.toks[e->last];
		if (e->origin == O_USER || e->label == L_PER ||
		    e->last == e->first ||
		    e->tail != 0 || d->end - d->start != 2 ||
		    x->doc.text[d->bend - 1] != '.' || !x->toks[e->last].upper ||
		    x->doc.sfirst[d->sent + 1] != e->last + 1)
			continue;
		e->tail = 1;
	}
}

/*
 * Is token i a Roman numeral with an ordinal suffix of the profile (XIXe,
 * IIIe, Ier): a century's or a reign's number, no name by itself?
 */
static int
roman_ordinal(struct ctx *x, const struct lang *l, size_t i)
{
	const struct dp_token *d = &x->doc.toks[i];
	const char *p = x->doc.text + d->bstart, *end = x->doc.text + d->bend;
	size_t n;

	for (n = 0; p + n < end && strchr("IVXLCDM", p[n]) != NULL &&
	    p[n] != '\0'; n++)
		;
	return n > 0 && p + n < end &&
	    ordinal_suffix(l, p + n, end) == (size_t)(end - p - n);
}

/*
 * Is the one-word name e an adverb opening its sentence (Ultimately, the
 * court ruled): a word ending as the profile's adverbs do, with a comma
 * after it, no given name, surname nor name of the gazetteer (Kelly,
 * who hosts the show)?
 */
static int
opening_adverb(struct ctx *x, const struct lang *l, const struct entity *e)
{
	const struct dp_token *d = &x->doc.toks[e->first];

	if (e->first + 1 >= x->doc.ntoks || x->doc.toks[e->first + 1].first !=
	    ',' || x->doc.sfirst[d->sent] != e->first ||
	    x->toks[e->first].info & (W_GIVEN | W_SURNAME))
		return 0;
	/* more than three letters before the ending: not Fly, Ally */
	return word_ends_in(x, e->first, l->adverbs, l->nadverbs, 4);
}

/*
 * A model's name of one word that is no name whatever its context: an
 * article alone (Le, The: « Le vendredi 25 juin », a headline's first
 * word), a Roman ordinal (au IIIe siècle) or an adverb that opens its
 * sentence (Ultimately, Reportedly,).  With more words they are parts of
 * names (Le Pen, Louis XIV, la Ve République).  So is a common word that
 * opens its sentence or a quotation, or follows a stop inside a
 * quotation the segmenter left whole, and that the gazetteer knows as a
 * little-known place alone (« Mon client… », « …faim. Mon corps… »: Mon,
 * Myanmar's state), and one of outside_names there that the gazetteer
 * does not know, nor the names of people ("Demand is strong," said…;
 * « …pas. Tout le monde l'a vu »): capitalised by its place alone.
 */
static void
drop_lone_words(struct ctx *x, const struct lang *l)
{
	const struct gazentry *g;
	const struct entity *e;
	size_t k;
	int opens;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		/* an article is a common word: the others are not asked */
		if (e->origin != O_MODEL || e->first != e->last)
			continue;
		g = gaz_lookup(x, l, e->first, e->first + 1);
		opens = opens_sentence(x, e->first) || (e->first > 0 &&
		    full_stop(x, e->first - 1, x->doc.ntoks));
		if ((((x->toks[e->first].info & W_COMMON &&
		    word_in(x, l->articles, e->first)) ||
		    roman_ordinal(x, l, e->first) ||
		    opening_adverb(x, l, e)) && g == NULL) ||
		    (x->toks[e->first].info & W_COMMON && opens && g != NULL &&
		    g->labels == (G_MINOR | 1U << L_LOC)) ||
		    (x->toks[e->first].info & W_OUTSIDE &&
		    !(x->toks[e->first].info & (W_GIVEN | W_SURNAME)) &&
		    opens && g == NULL))
			remove_entity(x, &x->ents[k--]);
	}
}

/*
 * A street's name written after its noun in lowercase and a link (rue de
 * la Loi, avenue des Champs-Élysées, boulevard du Temple; street_nouns):
 * the model's name after them, of any label, is the street's, a place
 * with the noun and the link in it (NEWS_GUIDE: streets are places).  The
 * links are organisation_links, two at most (de la, de l').
 */
#define STREET_LINKS	2

static void
street_names(struct ctx *x, const struct lang *l)
{
	struct entity *e, c;
	size_t k, s;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL || e->first < 2)
			continue;
		for (s = e->first; s > 0 && e->first - s < STREET_LINKS &&
		    word_in(x, l->orglinks, s - 1); s--)
			;
		if (s == e->first || s == 0 || x->toks[s - 1].upper ||
		    !word_in(x, l->streets, s - 1) ||
		    (s - 1 > 0 && entity_over(x, s - 2) != NULL))
			continue;
		c = *e;
		c.first = s - 1;
		c.label = L_LOC;
		c.key = NULL;
		c.origin = O_RULE;
		add_entity(x, &c);	/* over e: it goes */
		k = (size_t)-1;		/* and the others moved */
	}
}

/*
 * Is e a word the model calls a person's after a preposition of places
 * only (place_only_prep(): in, en), that the gazetteer g knows as a
 * place, and no owner before a possessive (rivers in [Kent]; not in
 * Jordan's film)?  A place, as most such words are (a surname elsewhere:
 * Clark Kent).  So is a well-known place, no given name nor surname of
 * the lexicons, after a preposition persons take too (to fly to
 * [Denver]; not a letter to Austin).
 */
static int
placed_person(struct ctx *x, const struct lang *l, const struct entity *e,
    const struct gazentry *g)
{
	return e->label == L_PER && e->origin == O_MODEL &&
	    e->first == e->last && e->first > 0 && g->labels & 1U << L_LOC &&
	    (place_only_prep(x, l, e->first - 1) || (word_in(x,
	    l->sharedpreps, e->first - 1) && !(g->labels & G_MINOR) &&
	    !(x->toks[e->first].info & (W_GIVEN | W_SURNAME)))) &&
	    !(e->last + 1 < x->doc.ntoks &&
	    word_in(x, l->possessives, e->last + 1));
}

/*
 * Does token i end with an apostrophe, an elided article or preposition
 * (l', d'), its word glued after it in the same sentence?
 */
static int
elided_before_word(const struct ctx *x, size_t i)
{
	const struct dp_token *d = &x->doc.toks[i];
	size_t n = strlen(d->shape);

	/* the shape's last class: ' for either apostrophe (x' for l') */
	return i + 1 < x->doc.ntoks && !x->doc.toks[i + 1].space &&
	    x->doc.toks[i + 1].sent == d->sent && n >= 2 &&
	    d->shape[n - 1] == '\'' &&
	    strpbrk(x->doc.toks[i + 1].shape, "Xx") != NULL;
}

/*
 * A name of the model's never ends with an elided article or
 * preposition: in lowercase, the word glued after it is the name's,
 * in lowercase though it is (la Ligue des droits de l'homme, la Ligue de
 * l'enseignement), where no other name holds it and it is no function
 * word; capitalised, it opens what follows the name, which ends before
 * it (Georges Plomb C'est…).
 */
static void
elided_ends(struct ctx *x)
{
	struct entity *e;
	size_t k;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL || !elided_before_word(x, e->last))
			continue;
		if (x->toks[e->last].upper) {
			if (e->last > e->first)
				x->toks[e->last--].ent = 0;
		} else if (x->toks[e->last + 1].ent == 0 &&
		    !(x->toks[e->last + 1].info & W_COMMON)) {
			e->last++;
			x->toks[e->last].ent = (uint32_t)k + 1;
		}
	}
}

/* Tags names with the model, sentence by sentence. */
void
tag_names(struct ctx *x, struct lang *l)
{
	const struct gazentry *g;
	size_t s, first = 0, last, k, d;

	if (l->model == NULL)
		return;
	for (s = 0; s < x->doc.nsents; s++) {
		for (last = first; last < x->doc.ntoks &&
		    x->doc.toks[last].end <= x->doc.sents[2 * s + 1]; last++)
			;
		if (s + 1 == x->doc.nsents)
			last = x->doc.ntoks;
		if (last == first)
			continue;
		if ((d = dp_doc_dateline_end(&x->doc, first, last)) > first &&
		    d < last) {
			tag_sequence(x, l, first, d);
			tag_sequence(x, l, d, last);
			dateline_names(x, l, first, d);
		} else
			tag_sequence(x, l, first, last);
		first = last;
	}
	elided_ends(x);
	/* Titles stay out of names: "M. Hervé Lamotte", "l'AFP Mme". */
	trim_titles(x, l);
	drop_lone_words(x, l);
	split_place_person(x, l);
	split_place_member(x, l);
	join_middle_initial(x, l);
	join_given_name(x, l);
	join_common_surname(x, l);
	place_words(x, l);
	street_names(x, l);
	list_places(x, l);
	/* A demonym the model calls MISC is a NORP, a country it calls an
	 * organisation a place; known names get keys. */
	for (k = 0; k < x->nents; k++) {
		if ((g = gaz_lookup(x, l, x->ents[k].first,
		    x->ents[k].last + 1)) == NULL)
			continue;
		if (x->ents[k].label == L_MISC && g->labels & 1U << L_NORP)
			x->ents[k].label = L_NORP;
		/* Russia said, Russia's attempt: a country is a place
		 * whatever it does (NEWS_GUIDE, CoNLL) */
		if ((x->ents[k].label == L_ORG && is_country(l, g)) ||
		    placed_person(x, l, &x->ents[k], g))
			x->ents[k].label = L_LOC;
		if (g->labels & 1U << x->ents[k].label)
			x->ents[k].key = gaz_key(l, g, x->ents[k].label);
	}
}
