/*
 * entities.c: a record's entities, in token order, none overlapping:
 * a new one replaces those of no stronger origin (model < rule < user).
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

/*
 * The entity over token t, or NULL.  Entities never overlap, so a token's
 * index is right whenever it is still inside the entity it names; one
 * that was removed, moved or trimmed since is seen as stale here.
 */
struct entity *
entity_over(struct ctx *x, size_t t)
{
	size_t k = x->toks[t].ent - 1;

	return x->toks[t].ent > 0 && k < x->nents && x->ents[k].first <= t &&
	    t <= x->ents[k].last ? &x->ents[k] : NULL;
}

static void
index_entity(struct ctx *x, size_t k)
{
	size_t t;

	for (t = x->ents[k].first; t <= x->ents[k].last; t++)
		x->toks[t].ent = k + 1;
}

/* Removes an entity: the last one takes its place (they are sorted later). */
void
remove_entity(struct ctx *x, struct entity *e)
{
	size_t k = (size_t)(e - x->ents);

	if (k != --x->nents) {
		x->ents[k] = x->ents[x->nents];
		index_entity(x, k);
	}
}

/*
 * Replaces entities a and b, side by side in the text, with n, which
 * covers both (a given name and a surname the model split, a place and
 * the company it opens): the later in the array is removed first, as
 * removing moves the last entity.
 */
void
replace_pair(struct ctx *x, struct entity *a, struct entity *b,
    const struct entity *n)
{
	struct entity joined = *n;

	if (a < b) {
		remove_entity(x, b);
		remove_entity(x, a);
	} else {
		remove_entity(x, a);
		remove_entity(x, b);
	}
	add_entity(x, &joined);
}

/*
 * Adds an entity unless a stronger one overlaps it.  One that covers
 * another of no stronger origin replaces it; the user's names replace any.
 * The overlapping ones are found through their tokens, so a record with
 * many entities costs no more per entity than one with few.
 */
void
add_entity(struct ctx *x, const struct entity *c)
{
	struct entity *o;
	size_t t;

	for (t = c->first; t <= c->last; t++) {
		if ((o = entity_over(x, t)) == NULL)
			continue;
		t = o->last;
		if ((c->origin == O_USER && o->origin != O_USER) ||
		    (c->force && o->origin == O_MODEL))
			continue;
		if (c->origin >= o->origin && c->first <= o->first &&
		    c->last >= o->last && (c->first != o->first ||
		    c->last != o->last || c->origin > o->origin))
			continue;
		return;
	}
	for (t = c->first; t <= c->last; t++)
		if ((o = entity_over(x, t)) != NULL)
			remove_entity(x, o);
	if (x->nents == x->capents) {
		x->capents = x->capents ? 2 * x->capents : 64;
		x->ents = dp_reallocarray(x->ents, x->capents,
		    sizeof(*x->ents));
	}
	x->ents[x->nents++] = *c;
	index_entity(x, x->nents - 1);
}

struct entity
entity(size_t first, size_t last, enum label label, enum origin origin)
{
	struct entity e;

	memset(&e, 0, sizeof(e));
	e.first = first;
	e.last = last;
	e.label = label;
	e.origin = origin;
	return e;
}
