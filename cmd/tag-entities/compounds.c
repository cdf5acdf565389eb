/*
 * compounds.c: a name inside a hyphenated word.  US-led, Iran-backed,
 * anti-Macron, pro-Brexit, l'ex-PS are one token each, and the name is a
 * part of it (the news convention: US-led -> US); the word as a whole is
 * none (anti-Semitism).  A word is such a compound when one end of it is
 * a listed affix (compound_prefixes: anti, pro, ex; compound_suffixes:
 * led, backed, based) and what is left starts with a capital; after a
 * party's initial (party_prefixes: R-Texas, the US news's party and
 * state) only a place the gazetteer knows, and an abbreviated state
 * (R-Wis.) is none.  The name
 * takes the label its text has elsewhere: in the gazetteers (US a place,
 * EI an organisation, Brexit an event), else as an entity of the same
 * record (Macron, a person there); a part known nowhere is no entity.
 * A known organisation's name, a hyphen and a capitalised word is a
 * branch of it, an organisation whole (CGT-Cheminots).
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

/*
 * Where a compound's name is in its token, in bytes from its start, and
 * whether it follows a party's initial (R-Texas: a place, or nothing).
 */
struct part {
	size_t		 from, to;
	int		 party;
};

/* Does s (n bytes) start with a capital letter? */
static int
capital(const char *s, size_t n)
{
	int32_t c;

	return n > 0 && dp_utf8_decode(s, n, &c) > 0 &&
	    dp_uclass(c) == DP_CL_UPPER;
}

/*
 * Is token i a compound of a listed affix and a capitalised rest?  If so
 * sets *p to the rest.  The affix is looked up lowercase.
 */
static int
compound_at(struct ctx *x, const struct lang *l, size_t i, struct part *p)
{
	const struct dp_token *t = &x->doc.toks[i];
	const char *w = x->doc.text + t->bstart, *dash;
	const char *lw = x->doc.lower.data + t->lower;
	size_t n = t->bend - t->bstart, a;

	if (t->lowerlen != n || (dash = memchr(w, '-', n)) == NULL)
		return 0;
	/* a prefix: anti-Macron (the lowercase form has the same bytes);
	 * a party's initial, as written: R-Texas */
	a = (size_t)(dash - w);
	p->party = a > 0 && dp_strset_find(l->partyprefixes, w, a) != NULL;
	if (a > 0 && a + 1 < n && (p->party || dp_strset_find(l->compoundpre,
	    lw, a) != NULL) && capital(w + a + 1, n - a - 1)) {
		p->from = a + 1;
		p->to = n;
		return 1;
	}
	p->party = 0;
	/* a suffix: US-led */
	for (a = n; a > 0 && w[a - 1] != '-'; a--)
		;
	if (a > 1 && a < n && dp_strset_find(l->compoundsuf, lw + a,
	    n - a) != NULL && capital(w, n)) {
		p->from = 0;
		p->to = a - 1;
		return 1;
	}
	return 0;
}

/*
 * The gazetteers' label for a name (and its key), or -1; *weak if it is
 * a little-known place (G_MINOR), which the record's reading beats.
 */
static int
gazetteer_label(const struct lang *l, const char *s, size_t n,
    const char **key, int *weak)
{
	const struct gazentry *g;
	int *slot, y;

	*weak = 0;
	if ((slot = dp_strset_find(l->names, s, n)) == NULL)
		return -1;
	g = &l->entries[*slot - 1];
	if ((y = gaz_label(g, 1U << L_PER | 1U << L_LOC | 1U << L_ORG |
	    1U << L_MISC | 1U << L_NORP)) >= 0)
		*key = gaz_key(l, g, (enum label)y);
	*weak = y == L_LOC && g->labels & G_MINOR;
	return y;
}

/* Is the text of tokens i..j s? */
static int
text_is(struct ctx *x, size_t i, size_t j, const char *s, size_t n)
{
	return x->doc.toks[j].bend - x->doc.toks[i].bstart == n &&
	    memcmp(x->doc.text + x->doc.toks[i].bstart, s, n) == 0;
}

/*
 * The label of a name of the record whose text is s, or of a person's
 * whose surname it is (anti-Macron after Emmanuel Macron), or -1.
 */
static int
record_label(struct ctx *x, const char *s, size_t n, const char **key)
{
	const struct entity *e;
	size_t k;

	for (k = 0; k < x->nents; k++) {
		e = &x->ents[k];
		if (e->label > L_NORP || e->head != 0 || e->tail != 0)
			continue;
		if (text_is(x, e->first, e->last, s, n) || (e->label == L_PER &&
		    text_is(x, e->last, e->last, s, n))) {
			*key = e->key;
			return (int)e->label;
		}
	}
	return -1;
}

/*
 * Is the rest of party compound i an abbreviated state, its period glued
 * after it (R-Wis., D-Calif.): a capital and at most four more letters?
 */
static int
abbreviated_state(struct ctx *x, size_t i, const struct part *p)
{
	const struct dp_token *t = &x->doc.toks[i];

	return p->to - p->from >= 2 && p->to - p->from <= 5 &&
	    i + 1 < x->doc.ntoks && !x->doc.toks[i + 1].space &&
	    x->doc.toks[i + 1].first == '.' && t->bend - t->bstart == p->to;
}

/*
 * The organisation's branch at token i, over the model's reading of the
 * word alone (CFDT-Cheminots a LOC); a longer name holds it (the
 * Boeing-Bell V-22 Osprey, a product).
 */
static void
branch_name(struct ctx *x, size_t i)
{
	struct entity e, *o;

	if ((o = entity_over(x, i)) != NULL) {
		if (o->origin != O_MODEL || o->first != i || o->last != i)
			return;
		remove_entity(x, o);
	}
	e = entity(i, i, L_ORG, O_RULE);
	add_entity(x, &e);
}

/*
 * Is token i a branch of an organisation the gazetteer knows: its name,
 * a hyphen and a capitalised word (CGT-Cheminots, FO-Métaux, the union's
 * federation of a trade)?  The whole word is an organisation's name.
 */
static int
branch_at(struct ctx *x, const struct lang *l, size_t i)
{
	const struct dp_token *t = &x->doc.toks[i];
	const char *w = x->doc.text + t->bstart, *dash, *key;
	size_t n = t->bend - t->bstart, a;
	int weak;

	if ((dash = memchr(w, '-', n)) == NULL || (a = (size_t)(dash - w)) ==
	    0 || a + 1 >= n || !capital(w + a + 1, n - a - 1))
		return 0;
	return gazetteer_label(l, w, a, &key, &weak) == L_ORG;
}

void
compound_names(struct ctx *x, const struct lang *l)
{
	const struct dp_token *t;
	struct entity e, *o;
	const char *key, *w;
	struct part p;
	size_t i, k;
	int label, y, weak;

	/* the tokens whose shape holds a capital and a hyphen (tokens.c) */
	for (k = 0; k < x->ncompounds; k++) {
		i = x->compounds[k];
		t = &x->doc.toks[i];
		if (!compound_at(x, l, i, &p)) {
			if (branch_at(x, l, i))
				branch_name(x, i);
			continue;
		}
		w = x->doc.text + t->bstart;
		key = NULL;
		label = gazetteer_label(l, w + p.from, p.to - p.from, &key,
		    &weak);
		/* R-Texas: after a party's initial, a state; an abbreviated
		 * one, its period glued (R-Wis., D-Nev.), is no name of the
		 * gazetteer's, and the word no person's nor any name: the
		 * model's reading goes; else the word is left to the model
		 * (D-Day) */
		if (p.party && label != L_LOC) {
			if (abbreviated_state(x, i, &p) &&
			    (o = entity_over(x, i)) != NULL &&
			    o->origin == O_MODEL && o->first == i &&
			    o->last == i)
				remove_entity(x, o);
			continue;
		}
		/* the model's reading of the word (pro-Brexit MPs) goes; a
		 * rule's or the user's longer name holds it */
		if ((o = entity_over(x, i)) != NULL && (o->origin == O_MODEL ||
		    (o->first == i && o->last == i && o->origin != O_USER)))
			remove_entity(x, o);
		else if (o != NULL)
			continue;
		/* pro-Clinton after Hillary Clinton: not the town (the
		 * record's label and key, if it has the name) */
		if ((label < 0 || weak) && (y = record_label(x, w + p.from,
		    p.to - p.from, &key)) >= 0)
			label = y;
		if (label < 0)
			continue;
		e = entity(i, i, (enum label)label, O_RULE);
		e.key = key;
		e.head = (uint32_t)dp_utf8_count(w, p.from);
		e.tail = (uint32_t)dp_utf8_count(w + p.to,
		    t->bend - t->bstart - p.to);
		add_entity(x, &e);
	}
}
