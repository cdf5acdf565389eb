/*
 * titles.c: what stands before a person's name and is no part of it
 * (NEWS_GUIDE, CoNLL): honorifics (M., Mme, Mr, Dr), written with or
 * without their period, and offices (président, Prime Minister).  They
 * are trimmed from the model's names; a name that was nothing else goes;
 * a capitalised name after an honorific is a person, found by the model
 * or not.  The words are the lexicons': honorifics (entities.yaml, and
 * segment.yaml's titles) and person_titles.
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

static void	 name_after(struct ctx *, const struct lang *, size_t, size_t);
static void	 names_inside_offices(struct ctx *, const struct lang *);
static void	 split_at_offices(struct ctx *, const struct lang *);
static int	 person_words(struct ctx *, const struct lang *, size_t, size_t);
static int	 particle_then_name(struct ctx *, const struct lang *, size_t);

/*
 * The end of an honorific at token i (M., Mme, Mr, or Mr and a period
 * glued to it), or i.  Honorifics are capitalised, and their lowercase
 * forms flagged (W_HONORIFIC): the others are not looked up (asked at
 * every token, as trim_titles() does).
 */
static size_t
honorific_end(struct ctx *x, const struct lang *l, size_t i)
{
	int slot;

	if (!x->toks[i].upper || !(x->toks[i].info & W_HONORIFIC))
		return i;
	/* a name the gazetteer knows whole is no title and a person's
	 * name (St. Louis, St Albans) */
	if (x->toks[i].gazend > i + 1 + (size_t)glued(x, i + 1, '.'))
		return i;
	/* written out (longer than any abbreviation, Mlles), before a
	 * name's particle, it is the name's own, as older text writes
	 * it (Madame de Maintenon; not M. de Villepin) */
	if (i + 1 < x->doc.ntoks && x->toks[i + 1].info & W_CONNECTOR &&
	    !x->toks[i + 1].upper && DTOK(x, &x->toks[i])->bend -
	    DTOK(x, &x->toks[i])->bstart > 5)
		return i;
	if (phrase_at(x, l->honorifics, i, 1, 0, &slot) > i)
		return i + 1 + (size_t)glued(x, i + 1, '.');
	if (!glued(x, i + 1, '.'))
		return i;
	dp_buf_reset(&x->keybuf);
	add_token_text(x, &x->keybuf, i);
	dp_buf_addc(&x->keybuf, '.');
	return dp_strset_find(l->honorifics, x->keybuf.data,
	    x->keybuf.len) != NULL ? i + 2 : i;
}

/*
 * The end of an office at token i (premier ministre), in any case, or i.
 * A word that begins none (W_OFFICE) is not looked up: the phrases are
 * up to four words long, and asked about at every token.
 */
static size_t
office_end(struct ctx *x, const struct lang *l, size_t i)
{
	int slot;

	if (!(x->toks[i].info & W_OFFICE))
		return i;
	return phrase_at(x, l->offices, i, 4, 1, &slot);
}

/*
 * The capitalised words of tokens from..last, after the lowercase ones,
 * where the gazetteer knows them as a place or an organisation: e set to
 * them, with their label and key (returns 1); else 0.  What is left of a
 * name a title's rule cut (name_after()), or an office's complement (au
 * Président [de la Commission], M. Prodi: trim_entity()).
 */
static int
known_rest(struct ctx *x, const struct lang *l, size_t from, size_t last,
    struct entity *e)
{
	const struct gazentry *g;
	size_t k;
	int y;

	for (k = from; k <= last && !x->toks[k].upper; k++)
		;
	if (k > last || (y = gaz_label(g = gaz_lookup(x, l, k,
	    last + 1), 1U << L_LOC | 1U << L_ORG)) < 0)
		return 0;
	e->first = k;
	e->last = last;
	e->label = (enum label)y;
	e->key = gaz_key(l, g, (enum label)y);
	return 1;
}

/*
 * Trims the honorifics and offices that begin entity e, and honorifics
 * that end it (l'AFP Mme).  An office is trimmed from a person's name
 * only (General Motors stays), unless it is the whole name (le Premier
 * ministre: no LOC Premier), or written in lowercase before a capital.
 * Returns 0 if nothing is left, else 1; a name after an honorific or a
 * lowercase office becomes a person's.
 */
static int
trim_entity(struct ctx *x, const struct lang *l, struct entity *e)
{
	size_t j;
	int honorific = 0, office = 0;

	for (;;) {
		if ((j = honorific_end(x, l, e->first)) > e->first) {
			honorific = 1;
			e->first = j;
		} else if ((j = office_end(x, l, e->first)) > e->first &&
		    (e->label == L_PER || honorific || j > e->last)) {
			office = 1;
			e->first = j;
		} else if (j > e->first && j <= e->last &&
		    !x->toks[e->first].upper && x->toks[j].upper) {
			/* le prince Salmane, whatever the model's label: a
			 * capital would make the office a name's (General
			 * Motors); in lowercase it is a title before a
			 * person's name, as an honorific is */
			honorific = 1;
			e->first = j;
		} else
			break;
		if (e->first > e->last)
			return 0;
	}
	/* what is left after an office, opening with a lowercase word, is
	 * its complement, no person: a known name, or none */
	if (office && !honorific && !x->toks[e->first].upper &&
	    !known_rest(x, l, e->first, e->last, e))
		return 0;
	while (e->last > e->first && (honorific_end(x, l, e->last) >
	    e->last || (e->last > e->first + 1 && glued(x, e->last, '.') &&
	    honorific_end(x, l, e->last - 1) > e->last - 1)))
		e->last -= glued(x, e->last, '.') ? 2 : 1;
	if (honorific && e->label != L_PER) {
		e->label = L_PER;
		e->key = NULL;
	}
	return 1;
}

/*
 * Is token i an article that opens its sentence (The Acme Foundation
 * gave, La Coupe du monde commence)?  NEWS_GUIDE's names leave it out.
 */
int
opening_article(struct ctx *x, const struct lang *l, size_t i)
{
	return x->doc.sfirst[x->doc.toks[i].sent] == i &&
	    word_in(x, l->articles, i);
}

/*
 * Does token i open a sentence, or follow an opening quotation mark, or a
 * mark alone that opens the sentence (a list's dash or bullet, a
 * dateline's dash the segmenter left there: 22 juin 2012. | - La
 * Croatie)?  A word capitalised by its place, not as a name's.
 */
int
placed_first(struct ctx *x, size_t i)
{
	const struct dp_token *p;
	int32_t q;

	if (i == 0 || x->doc.toks[i].sent != x->doc.toks[i - 1].sent)
		return 1;
	p = &x->doc.toks[i - 1];
	q = p->first;
	if (x->doc.sfirst[p->sent] == i - 1 && p->end == p->start + 1 &&
	    dp_uclass(q) == DP_CL_PUNCT)
		return 1;
	return q == 0xAB || q == '"' || q == 0x201C || q == 0x2018;
}

/* Is e less its first word a known organisation of several words? */
static int
known_org_after(struct ctx *x, const struct lang *l, const struct entity *e)
{
	const struct gazentry *g;

	return e->last > e->first + 1 && (g = gaz_lookup(x, l, e->first + 1,
	    e->last + 1)) != NULL && g->labels & G_KNOWN_ORG;
}

/*
 * A preposition that opens its sentence is capitalised by its place: a
 * model's name of several words it begins (Selon Le Maire, For Nancy
 * Pelosi, Despite Trump) is the words after it, unless the gazetteer
 * knows the whole.  Inside a sentence it is in lowercase and the model
 * leaves it out.
 */
static void
trim_prepositions(struct ctx *x, const struct lang *l)
{
	struct entity *e;
	size_t k;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL || e->last == e->first ||
		    !x->toks[e->first].upper || !placed_first(x, e->first) ||
		    !word_in(x, l->prepositions, e->first) ||
		    !x->toks[e->first + 1].upper ||
		    gaz_lookup(x, l, e->first, e->last + 1) != NULL)
			continue;
		x->toks[e->first].ent = 0;
		e->first++;
		/* the label was weighed with the preposition in: a given
		 * name now first makes a person's (For Nancy Pelosi: ORG) */
		if (x->toks[e->first].info & W_GIVEN &&
		    !(x->toks[e->first].info & W_COMMON) &&
		    gaz_lookup(x, l, e->first, e->last + 1) == NULL)
			e->label = L_PER;
	}
}

/*
 * An article that begins the model's name is no part of it (les [Forces
 * démocratiques], « [Otan] »): lowercase, or capitalised by its place
 * (after a quotation mark: "Les Russes"), not those that begin names too
 * where a capital is the name's (Le Pen, La Fontaine, The Guardian),
 * unless the capital is the place's and the rest is an organisation of
 * several words the lexicon knows (The Conservative Party said: the
 * Conservative Party; not The Guardian, The Netherlands); and not where
 * the gazetteer knows the name with it.  From other names
 * (MISC: titles of works, Les Misérables, l'Auberge du Salut) only where
 * the gazetteer knows the rest (les [Russes], L'[Otan]), whose label it
 * then takes, or where the article, capitalised, opens the sentence or a
 * quotation that opens it (« Les Nantais ont peur »; not a quoted title's
 * after other words: le jeu « Les Sims »).  A name's article capitalised
 * by its place goes where the
 * rest is a place the gazetteer knows well, and the name is that place,
 * after a quotation mark or a list's dash (- La Croatie a décidé:
 * [Croatie]); not where the rest is a little-known one (La Fontaine).
 */
/*
 * Does capitalised token i open its sentence, or a quotation or a mark
 * that opens it?
 */
int
opens_sentence(struct ctx *x, size_t i)
{
	return x->toks[i].upper && placed_first(x, i) && (i == 0 ||
	    x->doc.sfirst[x->doc.toks[i].sent] >= i - 1);
}

static void
trim_articles(struct ctx *x, const struct lang *l)
{
	const struct gazentry *g = NULL;
	struct entity *e;
	size_t k;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->origin != O_MODEL || e->last == e->first ||
		    !word_in(x, l->articles, e->first) ||
		    gaz_lookup(x, l, e->first, e->last + 1) != NULL)
			continue;
		if (x->toks[e->first].upper && placed_first(x, e->first) &&
		    word_in(x, l->namearticles, e->first) &&
		    !known_org_after(x, l, e)) {
			/* - La Croatie a décidé: the rest a well-known place;
			 * at the sentence's very start the model weighs the
			 * place itself (The Netherlands, CoNLL's span) */
			if (x->doc.sfirst[x->doc.toks[e->first].sent] ==
			    e->first || (g = gaz_lookup(x, l, e->first + 1,
			    e->last + 1)) == NULL || !(g->labels & 1U << L_LOC) ||
			    g->labels & G_MINOR)
				continue;
			x->toks[e->first].ent = 0;
			e->first++;
			e->label = L_LOC;
			e->key = gaz_key(l, g, L_LOC);
			continue;
		}
		if ((x->toks[e->first].upper && !placed_first(x, e->first)) ||
		    (e->label == L_MISC && (g = gaz_lookup(x, l, e->first + 1,
		    e->last + 1)) == NULL && !opens_sentence(x, e->first)))
			continue;
		x->toks[e->first].ent = 0;
		e->first++;
		if (e->label == L_MISC && g != NULL &&
		    !(g->labels & (1U << L_MISC | 1U << L_NORP)))
			e->label = g->labels & 1U << L_ORG ? L_ORG :
			    g->labels & 1U << L_LOC ? L_LOC : L_PER;
	}
}

/*
 * The capitalised words after a link of portfolio_links at j and its
 * article, if any (ministre délégué aux [Transports], haut-commissaire au
 * [Plan], chargée de la [Mer] takes capitalised_complement()'s links):
 * sets *first to the first and returns the last, or returns SIZE_MAX.
 * Only after an office of portfolio_link_offices: an institution's name
 * takes no such link (le Parlement européen à Strasbourg), nor does a
 * minister alone, whose à names where he serves (notre ministre à Tokio).
 */
static size_t
portfolio_after_link(struct ctx *x, const struct lang *l, size_t j,
    size_t *first)
{
	size_t k = j + 1, end;

	if (j >= x->doc.ntoks || !word_in(x, l->portlinks, j))
		return SIZE_MAX;
	if (k < x->doc.ntoks && word_in(x, l->linkarticles, k))
		k++;
	if (k >= x->doc.ntoks || !x->toks[k].upper ||
	    x->toks[k].info & W_DATE)
		return SIZE_MAX;
	for (end = k; end + 1 < x->doc.ntoks && x->toks[end + 1].upper &&
	    x->doc.toks[end + 1].space && x->doc.toks[end + 1].sent ==
	    x->doc.toks[k].sent; end++)
		;
	*first = k;
	return end;
}

/*
 * Is the model's name o, which ends by token end, a portfolio's, no
 * name: not a person's, nor one the gazetteer knows?
 */
static int
portfolio_name(struct ctx *x, const struct lang *l, const struct entity *o,
    size_t end)
{
	return o->last <= end && o->origin == O_MODEL && o->label != L_PER &&
	    gaz_lookup(x, l, o->first, o->last + 1) == NULL;
}

/*
 * The model's name of one word right before an office in lowercase that
 * has a portfolio at i, a word of portfolio_words, is the portfolio put
 * first, no name (Interior ministers from France and Italy): it goes.
 */
static void
portfolio_before(struct ctx *x, const struct lang *l, size_t i)
{
	struct entity *o;

	if (i > 0 && !x->toks[i].upper && (o = entity_over(x, i - 1)) != NULL &&
	    o->first == i - 1 && o->last == i - 1 &&
	    word_in(x, l->portwords, i - 1) && portfolio_name(x, l, o, i - 1))
		remove_entity(x, o);
}

/*
 * The portfolio of an office that has one (the lexicon's
 * portfolio_offices, in any case): its capitalised complement
 * (ministre français de l'[Économie], Minister of [Education], ministre
 * des Affaires étrangères).  A title is no name (NEWS_GUIDE): what the
 * model made of the portfolio, or of the office with it, goes, unless it
 * is a person's or the gazetteer knows it; a person's name the model ran
 * into a portfolio of one word (portfolio_words) is the words after it.  Other offices take names (général de
 * Gaulle, roi de Pologne, président du Conseil général) and are not
 * asked.
 */
static void
drop_portfolios(struct ctx *x, const struct lang *l)
{
	struct entity *o;
	size_t i, j, k, end;
	int slot;

	for (i = 0; i < x->doc.ntoks; i++) {
		if (!(x->toks[i].info & W_OFFICE) ||
		    (j = phrase_at(x, l->portfolios, i, 4, 1, &slot)) == i)
			continue;
		portfolio_before(x, l, i);
		if (((phrase_at(x, l->linkoffices, i, 4, 1, &slot) != j ||
		    (end = portfolio_after_link(x, l, j, &k)) == SIZE_MAX) &&
		    (end = capitalised_complement(x, l, j, &k, 0)) ==
		    SIZE_MAX))
			continue;
		if (((o = entity_over(x, k)) != NULL || (o = entity_over(x,
		    i)) != NULL) && (o->first == k || o->first == i) &&
		    portfolio_name(x, l, o, end)) {
			remove_entity(x, o);
			/* and those of the portfolios coordinated with it
			 * (ministre de l'Économie et de l'[Énergie]) */
			for (k++; k <= end; k++)
				if ((o = entity_over(x, k)) != NULL &&
				    o->first == k && portfolio_name(x, l, o,
				    end))
					remove_entity(x, o);
		}
		/* le ministre de la Justice Alberto Ruiz-Gallardón: the
		 * person's name the model ran into the portfolio is the
		 * words after it */
		else if ((o = entity_over(x, k)) != NULL && o->first == k &&
		    o->last > k && o->origin == O_MODEL &&
		    o->label == L_PER && word_in(x, l->portwords, k) &&
		    person_words(x, l, k + 1, o->last)) {
			x->toks[k].ent = 0;
			o->first = k + 1;
		}
	}
}

static int	 person_like(struct ctx *, const struct lang *, size_t,
		    size_t);

/*
 * An office of several words is a title, no name, whatever capitals it
 * has (le président de la République, le procureur de la République de
 * Nanterre: no LOC République).  A name of the model's that begins
 * inside one goes, or, where it runs on past it, keeps what follows: a
 * person's name (Chief Financial Officer [Petra Lindqvist]), or one the
 * gazetteer knows (name_after: Nanterre).
 */
static void
names_inside_offices(struct ctx *x, const struct lang *l)
{
	struct entity *o, e;
	size_t i, j, k, last;

	for (i = 0; i < x->doc.ntoks; i = j > i ? j : i + 1) {
		if ((j = office_end(x, l, i)) <= i + 1)
			continue;
		for (k = i + 1; k < j; k++) {
			if ((o = entity_over(x, k)) == NULL || o->first != k ||
			    o->origin != O_MODEL)
				continue;
			last = o->last;
			remove_entity(x, o);
			if (j <= last && person_like(x, l, j, last)) {
				e = entity(j, last, L_PER, O_MODEL);
				add_entity(x, &e);
			} else
				name_after(x, l, j, last);
			break;
		}
	}
}

/*
 * Can tokens a..b be a person's name: one to three capitalised words, not
 * in capitals, no function word (a headline's Who Once Mocked) nor an
 * organisation's or place's word among them, no name the gazetteer has as
 * a place or an organisation?
 */
static int
person_words(struct ctx *x, const struct lang *l, size_t a, size_t b)
{
	size_t k;

	if (b < a || b - a > 2)
		return 0;
	for (k = a; k <= b; k++)
		if (!x->toks[k].upper ||
		    strchr(x->doc.toks[k].shape, 'x') == NULL ||
		    x->toks[k].info & (W_ORG | W_COMMON) ||
		    word_in(x, l->orgsuffixes, k) ||
		    word_in(x, l->placelast, k))
			return 0;
	return gaz_label(gaz_lookup(x, l, a, b + 1), 1U << L_LOC |
	    1U << L_ORG | 1U << L_MISC) < 0;
}

/*
 * Do tokens a..b look like a person's name: words that can be one, and a
 * given name first or more than one word or a surname (Ben Cardin, Reince
 * Priebus, Trump; not Motors, Mary University, America)?
 */
static int
person_like(struct ctx *x, const struct lang *l, size_t a, size_t b)
{
	return person_words(x, l, a, b) && (x->toks[a].info & W_GIVEN ||
	    b > a || x->toks[a].info & W_SURNAME);
}

/*
 * The model's name right after an office ending at j is a person's where
 * it looks like one (person_like(): Secretary of State Antony Blinken; not
 * Captain America), or, after an office in lowercase, where its words can
 * be one (la duchesse Anne-Amélie, le juge Burgaud): the press writes an
 * office in lowercase as a title before a name, not as part of an
 * organisation's or a place's name, which capitalise it (Prince Edward
 * Island, General Motors).
 */
static void
person_after_office(struct ctx *x, const struct lang *l, size_t j,
    int lowercase)
{
	struct entity *o;

	if (j < x->doc.ntoks && (o = entity_over(x, j)) != NULL &&
	    o->first == j && o->origin == O_MODEL && o->label != L_PER &&
	    (lowercase ? person_words(x, l, j, o->last) :
	    person_like(x, l, j, o->last))) {
		o->label = L_PER;
		o->key = NULL;
	}
}

/*
 * The model's name that ends right before the office at i is the office's
 * place where the gazetteer knows it as a country's or a region's and no
 * organisation's (Texas Congressman, Ohio Governor, US Senator; not UN
 * Secretary General): a place, whatever label the model gave it.
 */
static void
place_before_office(struct ctx *x, const struct lang *l, size_t i)
{
	const struct gazentry *g;
	struct entity *o;

	if (i == 0 || (o = entity_over(x, i - 1)) == NULL || o->last != i - 1 ||
	    o->origin != O_MODEL || o->label == L_LOC ||
	    !is_country_or_region(l, g = gaz_lookup(x, l, o->first, i)))
		return;
	o->label = L_LOC;
	o->key = gaz_key(l, g, L_LOC);
}

/*
 * A capitalised office in a name of the model's that is no person's cuts
 * it, as the press puts a title and its affiliation before a name (US
 * Senator Jeff Sessions, Tesla CEO Elon Musk, DNC Chair, Senator Ben
 * Cardin): the words before it are the affiliation, with the label the
 * gazetteer gives them (a place, a people, an organisation), else an
 * organisation's or the model's place; the office is no name; the words
 * after it within the name are a person's.  Only where the affiliation is
 * a name the gazetteer knows, the name ends inside the office, before its
 * last word (Senate Majority | Leader), or the rest looks like a person's
 * (person_like()), and not in a name the gazetteer knows whole: General
 * Motors, Burger King, Queen Mary University, Prince Edward Island stay.
 * A name of the model's right after an office that looks like a person's
 * is one (Secretary of State Antony Blinken; not Captain America).
 */
static void
split_at_offices(struct ctx *x, const struct lang *l)
{
	const struct gazentry *g;
	struct entity *o, e;
	size_t i, j, first, last;
	enum label model;
	int y, person;

	for (i = 0; i < x->doc.ntoks; i = j > i ? j : i + 1) {
		j = i;
		y = -1;
		g = NULL;
		if (!(x->toks[i].info & W_OFFICE) ||
		    (j = office_end(x, l, i)) == i)
			continue;
		if (!x->toks[i].upper) {
			person_after_office(x, l, j, 1);
			continue;
		}
		if ((o = entity_over(x, i)) == NULL) {
			person_after_office(x, l, j, 0);
			place_before_office(x, l, i);
			continue;
		}
		if (o->origin != O_MODEL || o->label == L_PER ||
		    gaz_lookup(x, l, o->first, o->last + 1) != NULL)
			continue;
		first = o->first;
		last = o->last;
		model = o->label;
		person = j <= last && person_like(x, l, j, last);
		if (first < i)
			y = gaz_label(g = gaz_lookup(x, l, first, i),
			    1U << L_LOC | 1U << L_NORP | 1U << L_ORG |
			    1U << L_MISC);
		/* a name that ends inside the office (Senate Majority |
		 * Leader) is cut before it whatever its words are; one
		 * that ends with it may be a name (Bibliothèque du Roi) */
		if (!person && (first == i || (y < 0 && j <= last + 1)))
			continue;
		remove_entity(x, o);
		if (first < i) {
			if (y < 0)
				y = model == L_LOC ? L_LOC : L_ORG;
			e = entity(first, i - 1, (enum label)y, O_MODEL);
			e.key = gaz_key(l, g, (enum label)y);
			add_entity(x, &e);
		}
		if (person) {
			e = entity(j, last, L_PER, O_MODEL);
			add_entity(x, &e);
		}
	}
}

/*
 * The capitalised words from token j on, written apart, as a person's
 * name whatever the model made of them, unless a rule named them; returns
 * the name's last token, or j - 1 for none.  What is left of a model's
 * name that ran on past them is a name of its own where the gazetteer
 * knows it.
 */
static size_t
person_from(struct ctx *x, const struct lang *l, size_t j)
{
	struct entity e, tail, *o;
	size_t end;

	if (j >= x->doc.ntoks || !x->toks[j].upper || ((o = entity_over(x,
	    j)) != NULL && o->origin != O_MODEL))
		return j - 1;
	/* M. Le Maire, whatever the model made of Le or Maire */
	for (end = j; end + 1 < x->doc.ntoks; end++)
		if (particle_then_name(x, l, end + 1))
			end++;
		else if (!x->toks[end + 1].upper ||
		    !x->doc.toks[end + 1].space)
			break;
	tail = (o = entity_over(x, end)) != NULL && o->last > end ?
	    *o : entity(0, 0, L_PER, O_RULE);
	e = entity(j, end, L_PER, O_RULE);
	e.force = 1;
	add_entity(x, &e);
	if (tail.origin == O_MODEL)
		name_after(x, l, end + 1, tail.last);
	return end;
}

/*
 * Is token k a particle of a name and the word after it capitalised, so
 * that both go on the name an honorific opens (M. Paul de Lacroix, Mme
 * Anne d'Ornano)?  Not a place the gazetteer knows well (M. Paul Durand
 * de Bordeaux: where he is from).  Where the profile says names capitalise their words
 * (English), name_connectors hold more than particles (Mr Smith of
 * Kentucky): there, none is.
 */
static int
particle_then_name(struct ctx *x, const struct lang *l, size_t k)
{
	return !l->capital_names && k + 1 < x->doc.ntoks &&
	    x->doc.toks[k].space && !x->toks[k].upper &&
	    x->toks[k].info & W_CONNECTOR && x->toks[k + 1].upper &&
	    !(x->toks[k + 1].gaz[L_LOC] == 1 && !x->toks[k + 1].gazminor);
}

/*
 * Is the honorific of tokens i..j-1 a plural one (MM., Messrs): one for
 * each of the names it heads?
 */
static int
plural_honorific(struct ctx *x, const struct lang *l, size_t i, size_t j)
{
	dp_buf_reset(&x->keybuf);
	for (; i < j; i++)
		add_token_text(x, &x->keybuf, i);
	return dp_strset_find(l->pluralhons, x->keybuf.data,
	    x->keybuf.len) != NULL;
}

/*
 * Honorifics and offices out of the model's names; the capitalised words
 * after an honorific are a person's name, whatever the model made of them
 * (M. Le Maire: not M. and LOC Maire; Ms Short said); after a plural one,
 * so are the names listed with it (MM. Farinet et Verneau; Messrs Hall,
 * Reed and Cole).
 */
void
trim_titles(struct ctx *x, const struct lang *l)
{
	size_t k, i, j, end;

	for (k = 0; k < x->nents; k++)
		if (!trim_entity(x, l, &x->ents[k]))
			remove_entity(x, &x->ents[k--]);
	trim_prepositions(x, l);
	trim_articles(x, l);
	drop_portfolios(x, l);
	names_inside_offices(x, l);
	split_at_offices(x, l);
	for (i = 0; i < x->doc.ntoks; i = j > i ? j : i + 1) {
		if ((j = honorific_end(x, l, i)) == i ||
		    (end = person_from(x, l, j)) < j || !plural_honorific(x, l,
		    i, j))
			continue;
		/* the names listed after it: , Name and Name */
		for (k = end + 1; k + 1 < x->doc.ntoks &&
		    (x->doc.toks[k].first == ',' || word_in(x, l->coordinators,
		    k)) && (end = person_from(x, l, k + 1)) > k; k = end + 1)
			;
	}
}

/*
 * What is left of a name of the model's that a title's rule cut at from
 * (Sen. Mitch McConnell of Kentucky: the person's replaced McConnell of
 * Kentucky; le procureur de la République de Nanterre: the office took
 * République de): the capitalised words at its end, after the lowercase
 * ones, up to last, stay a name where the gazetteer knows them as a place
 * or an organisation.
 */
static void
name_after(struct ctx *x, const struct lang *l, size_t from, size_t last)
{
	struct entity e = entity(from, last, L_LOC, O_RULE);

	if (known_rest(x, l, from, last, &e))
		add_entity(x, &e);
}
