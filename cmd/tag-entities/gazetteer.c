/*
 * gazetteer.c: the gazetteers' names at each token (the longest wins),
 * as features and for the rules; names in capitals; the user's names,
 * which win over everything else.
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

/*
 * The gazetteer entry for tokens i..j-1 joined as written (one space
 * where there is any), or NULL.
 */
const struct gazentry *
gaz_lookup(struct ctx *x, const struct lang *l, size_t i, size_t j)
{
	size_t k;
	int *slot;

	dp_buf_reset(&x->keybuf);
	for (k = i; k < j; k++) {
		if (k > i && x->doc.toks[k].space)
			dp_buf_addc(&x->keybuf, ' ');
		add_token_text(x, &x->keybuf, k);
		if (k == i && j > i + 1 && dp_strset_find(l->prefixes,
		    x->keybuf.data, x->keybuf.len) == NULL)
			return NULL;
	}
	slot = dp_strset_find(l->names, x->keybuf.data, x->keybuf.len);
	return slot != NULL ? &l->entries[*slot - 1] : NULL;
}

/*
 * The label entry g gives a name, among those of allowed (a bit per
 * label): a known organisation's or a seat's first, then an event's, then
 * a place, a people, an organisation, a person, another name; -1 if none
 * of allowed.
 */
int
gaz_label(const struct gazentry *g, unsigned allowed)
{
	static const enum label order[] = { L_LOC, L_NORP, L_ORG, L_PER,
	    L_MISC };
	size_t k;

	if (g == NULL)
		return -1;
	if (g->labels & (G_KNOWN_ORG | G_SEAT) && allowed & 1U << L_ORG)
		return L_ORG;
	if (g->labels & G_EVENT && allowed & 1U << L_MISC)
		return L_MISC;
	for (k = 0; k < sizeof(order) / sizeof(order[0]); k++)
		if (g->labels & allowed & 1U << order[k])
			return (int)order[k];
	return -1;
}

/*
 * Is place key k a country's or a region's (iso:FR, m49:150,
 * geonames-admin1:US.WA), not a town's?
 */
int
country_or_region(const char *k)
{
	return k != NULL && (strncmp(k, "iso:", 4) == 0 ||
	    strncmp(k, "m49:", 4) == 0 ||
	    strncmp(k, "geonames-admin1:", 16) == 0);
}

/* Does no organisation share entry g's name (UN, EU have iso: codes)? */
static int
no_organisation(const struct gazentry *g)
{
	return !(g->labels & (1U << L_ORG | G_KNOWN_ORG));
}

/* Is entry g a country's name (its place key iso:) and no organisation's? */
int
is_country(const struct lang *l, const struct gazentry *g)
{
	const char *k = gaz_key(l, g, L_LOC);

	return k != NULL && strncmp(k, "iso:", 4) == 0 && no_organisation(g);
}

/* Is entry g a country's or a region's name and no organisation's? */
int
is_country_or_region(const struct lang *l, const struct gazentry *g)
{
	return g != NULL && country_or_region(gaz_key(l, g, L_LOC)) &&
	    no_organisation(g);
}

/* The key of entry g as a name of label y, or NULL. */
const char *
gaz_key(const struct lang *l, const struct gazentry *g, enum label y)
{
	return g != NULL && g->labels & 1U << y ?
	    lang_string(l, (int)g->key[y]) : NULL;
}

/*
 * The longest gazetteer name at token i: its end (or i) and entry.  The
 * key grows a token at a time and is looked up at each; where the text
 * goes on after a space or an apostrophe, a key that no longer name
 * begins with (l->prefixes) ends the search.  Each key is hashed once,
 * for both sets (a word written in lowercase has its hash already).
 */
static size_t
gaz_longest(struct ctx *x, const struct lang *l, size_t i,
    const struct gazentry **gp)
{
	size_t j, end = i, max;
	uint64_t h = 0;	/* set before its first use, at j == i */
	int *slot;

	*gp = NULL;
	max = i + MAXPHRASE < x->doc.ntoks ? i + MAXPHRASE : x->doc.ntoks;
	dp_buf_reset(&x->keybuf);
	for (j = i; j < max; j++) {
		if (j > i && (x->doc.toks[j].space ||
		    x->keybuf.data[x->keybuf.len - 1] == '\'') &&
		    dp_strset_find_hashed(l->prefixes, x->keybuf.data,
		    x->keybuf.len, h) == NULL)
			break;
		if (j > i && x->doc.toks[j].space)
			dp_buf_addc(&x->keybuf, ' ');
		add_token_text(x, &x->keybuf, j);
		if (j == i && !dp_strset_may_begin(l->names,
		    (unsigned char)x->keybuf.data[0]))
			break;
		h = j == i && !x->doc.toks[i].cased ? x->toks[i].hlower :
		    dp_strset_hash(x->keybuf.data, x->keybuf.len);
		if ((slot = dp_strset_find_hashed(l->names, x->keybuf.data,
		    x->keybuf.len, h)) != NULL) {
			end = j + 1;
			*gp = &l->entries[*slot - 1];
		}
		/* A name of several tokens begins with a longer one's. */
		if (j == i && dp_strset_find_hashed(l->prefixes,
		    x->keybuf.data, x->keybuf.len, h) == NULL)
			break;
	}
	return end;
}

/* Marks the tokens of the longest gazetteer name at each token. */
void
gazetteer_features(struct ctx *x, struct lang *l)
{
	const struct gazentry *g;
	size_t i, j, k;
	int y;

	for (i = 0; i < x->doc.ntoks; i++) {
		x->toks[i].gazend = i;
		x->toks[i].gazentry = NULL;
		if (!(x->toks[i].info & W_GAZFIRST) ||
		    (j = gaz_longest(x, l, i, &g)) == i)
			continue;
		x->toks[i].gazend = j;
		x->toks[i].gazentry = g;
		for (y = 0; y < NLABELS; y++) {
			if (!(g->labels & 1U << y))
				continue;
			for (k = i; k < j; k++)
				if (x->toks[k].gaz[y] == 0) {
					x->toks[k].gaz[y] = k == i ? 1 : 2;
					x->toks[k].gazminor |= y == L_LOC &&
					    g->labels & G_MINOR;
				}
		}
	}
}

/* The gazetteer's entry for tokens i..j-1 in capitals (NEW YORK), or NULL. */
const struct gazentry *
title_case_lookup(struct ctx *x, const struct lang *l, size_t i, size_t j)
{
	const char *p, *end;
	size_t k, n;
	int32_t c, prev;
	int *slot;

	dp_buf_reset(&x->keybuf);
	for (k = i; k < j; k++) {
		if (k > i && x->doc.toks[k].space)
			dp_buf_addc(&x->keybuf, ' ');
		end = x->doc.text + x->doc.toks[k].bend;
		for (p = x->doc.text + x->doc.toks[k].bstart, prev =
		    ' '; p < end; p += n) {
			n = dp_utf8_decode(p, (size_t)(end - p), &c);
			dp_utf8_put(&x->keybuf, prev == ' ' || prev == '-' ?
			    c : dp_ulower(c));
			prev = c;
		}
	}
	slot = dp_strset_find(l->names, x->keybuf.data, x->keybuf.len);
	return slot != NULL ? &l->entries[*slot - 1] : NULL;
}

/* The user's names win over everything else. */
void
user_names(struct ctx *x, const struct lang *l)
{
	const struct gazentry *g;
	struct entity e;
	size_t i, j;
	int y;

	if (x->opt->lexicon == NULL)
		return;
	for (i = 0; i < x->doc.ntoks; i = j > i ? j : i + 1) {
		if ((j = x->toks[i].gazend) == i ||
		    !((g = x->toks[i].gazentry)->labels & G_USER))
			continue;
		for (y = 0; y < NLABELS && !(g->labels & 1U << y); y++)
			;
		if (y == NLABELS)
			continue;
		e = entity(i, j - 1, (enum label)y, O_USER);
		e.key = gaz_key(l, g, (enum label)y);
		add_entity(x, &e);
	}
}
