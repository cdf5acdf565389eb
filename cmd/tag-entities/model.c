/*
 * model.c: the name model on a sentence: each position's scores, the
 * part that depends on one token alone kept per word, then the best
 * sequence of labels, read as entities.
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

/*
 * The scores a token's role features give, kept per word and shape in a
 * direct-mapped cache: most tokens of news are a few thousand words.
 */
static const float *
role_scores(struct ctx *x, const struct lang *l, const struct token *t,
    int before)
{
	struct langcache *c = x->cache;
	size_t L = dp_model_stride(l->model), slot, r;
	uint64_t key;
	float *v;

	if (c->cachekeys == NULL) {
		c->cachekeys = dp_calloc(CACHESIZE, sizeof(*c->cachekeys));
		c->cachevals = dp_reallocarray(NULL, CACHESIZE,
		    NROLES * L * sizeof(*c->cachevals));
		c->edges = dp_calloc(2 * NROLES * L, sizeof(*c->edges));
		for (r = 1; r < NROLES; r++) {
			x->nfeats = 0;
			role_features(x, NULL, (enum role)r, 1);
			dp_model_scores(l->model, x->feats, x->nfeats,
			    c->edges + r * L);
			x->nfeats = 0;
			role_features(x, NULL, (enum role)r, 0);
			dp_model_scores(l->model, x->feats, x->nfeats,
			    c->edges + (NROLES + r) * L);
		}
	}
	if (t == NULL)
		return c->edges + (before ? 0 : NROLES * L);
	key = t->rolekey;
	slot = (size_t)(key >> 40) & (CACHESIZE - 1);
	v = c->cachevals + slot * NROLES * L;
	if (c->cachekeys[slot] != key) {
		c->cachekeys[slot] = key;
		memset(v, 0, NROLES * L * sizeof(*v));
		reserve_featoff(x, NROLES);
		x->nfeats = 0;
		for (r = 0; r < NROLES; r++) {
			x->featoff[r] = (uint32_t)x->nfeats;
			role_features(x, t, (enum role)r, 0);
		}
		x->featoff[NROLES] = (uint32_t)x->nfeats;
		dp_model_prefetch(l->model, x->feats, x->nfeats);
		for (r = 0; r < NROLES; r++)
			dp_model_scores(l->model, x->feats + x->featoff[r],
			    x->featoff[r + 1] - x->featoff[r], v + r * L);
	}
	return v;
}

/*
 * Whether a name can be at a token: a capital, at its start or after a
 * particle and its hyphen or apostrophe (al-Qaida), a digit, a known
 * name.  A common word the text writes in lowercase elsewhere,
 * capitalised only for opening its sentence (Le, The, Selon), is none by
 * itself: about a tenth fewer tokens scored, the dev sets' names
 * unchanged.
 */
static int
name_anchor(const struct ctx *x, const struct token *t, int opens)
{
	const char *s = DTOK(x, t)->shape;

	if ((t->upper && !(opens && t->info & W_COMMON &&
	    t->lc_elsewhere)) || t->gazbits > 1 || DTOK(x, t)->digit)
		return 1;
	/* most words' shape is x alone */
	if (s[0] == 'x')
		for (s++; s[0] != '\0' && s[1] != '\0'; s++)
			if ((s[0] == '-' || s[0] == '\'') && s[1] == 'X')
				return 1;
	return 0;
}

/*
 * Which of tokens first..last-1 the model is asked about: those at most
 * AFTER tokens after a name's anchor or BEFORE tokens before one.  The
 * others are fixed to O (x->fixed), a lowercase word far from any capital
 * being in no name; decode still weighs the transitions into and out of
 * them.  Returns how many are fixed.  Names run on in lowercase after
 * their capital more than before it; with less reach the dev sets lose
 * long names (one token each way: WikiNEuRal fr -0.022), with this much
 * they score as with none (news en +0.007: fewer lowercase false names),
 * and over 40 % of the tokens of news are left to O.
 */
#define AFTER	4	/* tokens after an anchor: Coupe du monde de football */
#define BEFORE	2	/* before it: ministère des Affaires */

/*
 * Whether a name never runs across token t: a punctuation mark alone
 * that separates (, ; : brackets, quotation marks), not one names are
 * written with (- ' . & /), or a run of marks ('' -- ...).  Of the
 * training sets' names about 2 in 1000 hold one (Mission: Impossible);
 * the model's reach stops there.
 */
static int
separates(const struct ctx *x, const struct token *t)
{
	const struct dp_token *d = DTOK(x, t);
	int32_t c = d->first;

	/* a run of marks: '' and `` quoting as typewriters did, -- ...
	 * (a word's shape starts with a letter's or a digit's class) */
	if (d->end > d->start + 1)
		return d->shape[0] != 'x' && d->shape[0] != 'X' &&
		    d->shape[0] != 'd' && strpbrk(d->shape, "Xxd") == NULL;
	return d->end == d->start + 1 && (c < 0x80 ?
	    dp_ascii_class[c] == DP_CL_PUNCT && strchr("-'.&/", c) == NULL :
	    c != 0x2019 && dp_uclass(c) == DP_CL_PUNCT);
}

/* What a token is to a name's reach (fix_outside()). */
#define K_ANCHOR	1	/* a name can be at it */
#define K_BREAK		2	/* no name runs across it */
#define K_STOP		4	/* it ends a sentence (full_stop()) */

/*
 * Tokens since the last anchor, after a token of kind k.  A name does not
 * run across a separator, nor across a lowercase word that the model's
 * training names all but never hold (outside-names.yaml, made by
 * tools/mkoutside: est, pour, une; said, was, from): such a word is O
 * without asking the model, two in five of the tokens it would score.
 * The dev sets' F1 moves by at most 0.0024 either way.
 */
static size_t
reach(int k, size_t since)
{
	if (k & K_ANCHOR)
		return 0;
	return since == SIZE_MAX || k & K_BREAK ? SIZE_MAX : since + 1;
}

/*
 * Does token i end a sentence the segmenter left whole: a stop alone
 * (. ! ? …), a space after it?  No name runs across one (the price of
 * [Brexit. This], [. Des mesures]): it is O.  A name's own periods are
 * glued to their letters (J.-L., U.S., St.).
 */
int
full_stop(const struct ctx *x, size_t i, size_t last)
{
	const struct dp_token *d = &x->doc.toks[i];

	return d->end == d->start + 1 && (d->first == '.' || d->first == '!' ||
	    d->first == '?' || d->first == 0x2026) && i + 1 < last &&
	    x->doc.toks[i + 1].space;
}

/*
 * Is token t a lowercase word no name of the language holds?  Those
 * outside-names.yaml lists; and where names capitalise each of their
 * words but connectors (the profile's names_capitalise_words: the
 * Department of Homeland Security, Gone with the Wind), every word written
 * apart and all in lowercase but a connector (name_connectors: of, the,
 * de, van): an adverb or a verb after a name (Cruz openly admitted,
 * Clinton led Sanders) is no part of it, but a particle glued to a capital
 * (al-Assad) or a compound's end (U.S.-led) may be.  French writes names'
 * words in lowercase (Coupe du monde, ministère des Affaires étrangères):
 * its list alone.
 */
static int
outside_names(const struct ctx *x, const struct lang *l,
    const struct token *t)
{
	const struct dp_token *d = DTOK(x, t);

	/* most words' shape is x alone: no search of it */
	return t->info & W_OUTSIDE || (l->capital_names && d->space &&
	    d->shape[0] == 'x' && (d->shape[1] == '\0' ||
	    strpbrk(d->shape, "Xd") == NULL) && !(t->info & W_CONNECTOR));
}

static size_t
fix_outside(struct ctx *x, const struct lang *l, size_t first, size_t last)
{
	size_t i, n = last - first, nfixed = 0, since = SIZE_MAX;
	const struct token *t;
	int *kind = x->tags;	/* free until decode writes the tags */
	int stop = 1;

	/* each token's kind once; a word after a stop opens a sentence as
	* the first does */
	for (i = 0; i < n; i++) {
		t = &x->toks[first + i];
		kind[i] = name_anchor(x, t, stop) ? K_ANCHOR :
		    separates(x, t) || outside_names(x, l, t) ? K_BREAK : 0;
		if ((stop = full_stop(x, first + i, last)))
			kind[i] |= K_STOP;
	}
	for (i = 0; i < n; i++) {
		since = reach(kind[i], since);
		x->fixed[i] = since <= AFTER ? -1 : l->model_o;
	}
	for (i = n, since = SIZE_MAX; i-- > 0; ) {
		since = reach(kind[i], since);
		if (since <= BEFORE)
			x->fixed[i] = -1;
		if (kind[i] & K_STOP)
			x->fixed[i] = l->model_o;
		nfixed += x->fixed[i] >= 0;
	}
	return nfixed;
}

/*
 * The model's scores for tokens first..last-1 into emit: the same sums as
 * over sentence_features(), with the role features' part from the cache.
 * A token fixed to O needs none: every sequence left has O there.
 */
static void
emissions(struct ctx *x, struct lang *l, size_t first, size_t last)
{
	static const long offset[NROLES] = { 0, -1, 1, -2, 2 };
	size_t S = dp_model_stride(l->model), i;
	const struct token *t;
	const float *v;
	float *e;
	int r;

	if (dp_resize_cap(&x->capemit, (last - first) * S)) {
		x->emit = dp_reallocarray(x->emit, x->capemit,
		    sizeof(*x->emit));
	}
	memset(x->emit, 0, (last - first) * S * sizeof(*x->emit));
	for (i = first; i < last; i++) {
		if (x->fixed[i - first] >= 0)
			continue;
		e = x->emit + (i - first) * S;
		/* each row added as soon as it is had: the next token's
		* may take its place in the cache */
		for (r = 0; r < NROLES; r++) {
			t = near(x, i, offset[r], first, last);
			v = role_scores(x, l, t, offset[r] < 0) + (size_t)r * S;
			dp_model_add_row(l->model, e, v);
		}
	}
	/* The context features of the whole sentence in one batch, so
	* that their lookups overlap. */
	x->nfeats = 0;
	reserve_featoff(x, last - first);
	for (i = first; i < last; i++) {
		x->featoff[i - first] = (uint32_t)x->nfeats;
		if (x->fixed[i - first] < 0)
			context_features(x, i, first, last);
	}
	x->featoff[last - first] = (uint32_t)x->nfeats;
	dp_model_prefetch(l->model, x->feats, x->nfeats);
	for (i = first; i < last; i++)
		if (x->fixed[i - first] < 0)
			dp_model_scores(l->model,
			    x->feats + x->featoff[i - first],
			    x->featoff[i - first + 1] - x->featoff[i - first],
			    x->emit + (i - first) * S);
}

/*
 * Does the person's name the model found last in this sequence end right
 * before the particles that come before token i (Borja del Pozo Cruz,
 * Carlos de la Fuente): one or two lowercase words of name_particles,
 * written apart?  The model, which learnt English names whose words are
 * capitalised, ends a name at them; the name after them, whatever the
 * model calls it (de la Fuente: an organisation), is the same person's.
 */
#define PARTICLES	2	/* de la, van der */

static int
particles_join(const struct ctx *x, size_t first, size_t i)
{
	const struct entity *p;
	size_t k;

	if (x->nents == 0 || (p = &x->ents[x->nents - 1])->label != L_PER ||
	    p->origin != O_MODEL || p->last < first || p->last + 1 >= i ||
	    i - p->last - 1 > PARTICLES)
		return 0;
	for (k = p->last + 1; k < i; k++)
		if (!(x->toks[k].info & W_PARTICLE) || x->toks[k].upper ||
		    !x->doc.toks[k].space)
			return 0;
	return 1;
}

/* Tags tokens first..last-1 with the model: one sequence. */
void
tag_sequence(struct ctx *x, struct lang *l, size_t first, size_t last)
{
	struct entity e;
	size_t i, k;
	int code, prev;

	if (dp_resize_cap(&x->captags, last - first)) {
		x->tags = dp_reallocarray(x->tags, x->captags,
		    sizeof(*x->tags));
		x->fixed = dp_reallocarray(x->fixed, x->captags,
		    sizeof(*x->fixed));
	}
	if (l->model_o < 0 || fix_outside(x, l, first, last) == 0)
		memset(x->fixed, 0xff, (last - first) * sizeof(*x->fixed));
	emissions(x, l, first, last);
	dp_model_decode(l->model, x->emit, last - first, x->fixed, x->tags);
	prev = -1;
	for (i = first; i < last; i++) {
		code = l->model_labels[x->tags[i - first]];
		if (code >= 0 && code % 2 == 1 && prev >= 0 &&
		    prev / 2 == code / 2) {
			x->ents[x->nents - 1].last = i;
			x->toks[i].ent = x->nents;
			continue;
		}
		prev = code;
		if (code < 0)
			continue;
		if (particles_join(x, first, i)) {
			for (k = x->ents[x->nents - 1].last + 1; k <= i; k++)
				x->toks[k].ent = x->nents;
			x->ents[x->nents - 1].last = i;
			continue;
		}
		e = entity(i, i, (enum label)(code / 2), O_MODEL);
		add_entity(x, &e);
	}
}
