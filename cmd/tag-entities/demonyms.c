/*
 * demonyms.c: the words for a place's people, made from its name
 * (Parisiens, Lorrains, Texans, New Yorkers).  Each of the profile's
 * demonym_endings, "ENDING>PLACE_ENDING", turns such a word back into a
 * name to look up (Texans: ans>as, Texas); one the gazetteer knows as a
 * place, and not only as a little-known one (G_MINOR), makes the word a
 * people (NORP, as the gazetteer's country demonyms are): not the place,
 * the person or the organisation the model may read in it.  A given name
 * or a surname is left (Romain, Sanders), and so is a word the gazetteer
 * knows itself (Calais) or a rule's name (le Parisien, a newspaper), and
 * so is a name that holds it after words of its own (Crédit Lyonnais).
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

/* Capitalised words a place's name may have before the demonym's own
 * (New Yorkers, Nouveaux-Brunswickois is one token). */
#define WORDS_BEFORE	2

/*
 * The place tokens from..i make, the last one's ending of elen bytes
 * replaced by place_ending (New Yorkers: New York), if the gazetteer
 * knows it as a known place; else NULL.
 */
static const struct gazentry *
place_of(struct ctx *x, const struct lang *l, size_t from, size_t i,
    size_t elen, const char *place_ending)
{
	const struct gazentry *g;
	int *slot;

	tokens_key(x, from, i + 1, 0);
	if (x->keybuf.len < elen + 2)
		return NULL;
	x->keybuf.len -= elen;
	dp_buf_adds(&x->keybuf, place_ending);
	if ((slot = dp_strset_find(l->names, x->keybuf.data,
	    x->keybuf.len)) == NULL)
		return NULL;
	g = &l->entries[*slot - 1];
	return g->labels & 1U << L_LOC && !(g->labels & G_MINOR) ? g : NULL;
}

/*
 * Can token i be a demonym: a capital and then lowercase letters (not a
 * headline's capitals), no given name or surname nor a person's word
 * after a given name (Jules Romains), in no name the gazetteer knows (St
 * Albans), not glued to a word after it (Berners-Lee)?
 */
static int
may_be_demonym(struct ctx *x, size_t i)
{
	const char *shape = x->doc.toks[i].shape;

	/* gazbits: 1 where no gazetteer name marks the token */
	return shape[0] == 'X' && shape[1] == 'x' && shape[2] == '\0' &&
	    !(x->toks[i].info & (W_GIVEN | W_SURNAME)) &&
	    x->toks[i].gazbits == 1 &&
	    !(i > 0 && x->toks[i - 1].upper &&
	    x->toks[i - 1].info & W_GIVEN) &&
	    !(i + 1 < x->doc.ntoks && !x->doc.toks[i + 1].space);
}

/* Does the word w of n bytes end with e's first elen bytes after a
 * stem of two bytes at least (Texans: ans, not ans itself)? */
static int
ends_as(const char *w, size_t n, const char *e, size_t elen)
{
	return n > elen + 1 && memcmp(w + n - elen, e, elen) == 0;
}

/*
 * The place demonym i is made from, with the capitalised words before it
 * (the longest first): *from set to its first token.
 */
static const struct gazentry *
demonym_place(struct ctx *x, const struct lang *l, size_t i, size_t *from)
{
	const struct gazentry *g;
	const char *w = x->doc.text + x->doc.toks[i].bstart, *gt;
	size_t n = x->doc.toks[i].bend - x->doc.toks[i].bstart, k, elen,
	    first = i;

	if (n == 0 || !(l->demonymlast[(unsigned char)w[n - 1] >> 6] >>
	    ((unsigned char)w[n - 1] & 63) & 1))
		return NULL;
	while (first > 0 && i - first < WORDS_BEFORE &&
	    x->toks[first - 1].upper && x->doc.toks[first].space)
		first--;
	for (k = 0; k < l->ndemonyms; k++) {
		gt = strchr(l->demonyms[k], '>');	/* demonym_lasts() */
		elen = (size_t)(gt - l->demonyms[k]);
		if (!ends_as(w, n, l->demonyms[k], elen))
			continue;
		for (*from = first; *from <= i; (*from)++)
			if ((g = place_of(x, l, *from, i, elen, gt + 1)) !=
			    NULL)
				return g;
	}
	return NULL;
}

/*
 * Does lowercase token i end as a demonym does, plural or singular (the
 * profile's demonym_endings, their final s dropped or not: brestois,
 * toulousain, rennaise)?  Such an adjective names a place's people.
 */
int
demonym_adjective(struct ctx *x, const struct lang *l, size_t i)
{
	const char *w = x->doc.lower.data + x->doc.toks[i].lower, *gt;
	size_t n = x->doc.toks[i].lowerlen, k, elen;

	if (x->toks[i].upper || x->doc.toks[i].shape[0] != 'x' ||
	    strpbrk(x->doc.toks[i].shape, "Xd") != NULL)
		return 0;
	for (k = 0; k < l->ndemonyms; k++) {
		gt = strchr(l->demonyms[k], '>');
		elen = (size_t)(gt - l->demonyms[k]);
		if (ends_as(w, n, l->demonyms[k], elen) || (elen > 1 &&
		    l->demonyms[k][elen - 1] == 's' && ends_as(w, n,
		    l->demonyms[k], elen - 1)))
			return 1;
	}
	return 0;
}

void
demonyms(struct ctx *x, const struct lang *l)
{
	const struct gazentry *g;
	const struct entity *o;
	struct entity e;
	size_t i, from;

	if (l->ndemonyms == 0)
		return;
	for (i = 0; i < x->doc.ntoks; i++) {
		if (!may_be_demonym(x, i) ||
		    (g = demonym_place(x, l, i, &from)) == NULL)
			continue;
		/* a name that holds it after words of its own is an
		 * organisation's or a work's (Crédit Lyonnais) */
		if ((o = entity_over(x, i)) != NULL && o->first < from)
			continue;
		e = entity(from, i, L_NORP, O_RULE);
		e.key = gaz_key(l, g, L_LOC);
		e.force = 1;
		add_entity(x, &e);
	}
}
