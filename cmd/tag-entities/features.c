/*
 * features.c: the features of a token's position, hashed: its word,
 * shape and affixes, its neighbours', gazetteer marks, list memberships.
 * Their templates and the order of the labels in set_gazbits() are part of
 * the feature version a model names (FEATURES): change them and bump it.
 */

#include <stdlib.h>
#include <string.h>

/* The hashes of short words, inlined: a call into the library costs
 * more than hashing most of them. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "common.h"
#include "tag-entities.h"

/* Feature templates; their numbers are part of a model. */
enum { F_BIAS = 1, F_W, F_SHAPE, F_LEN, F_P2, F_P3, F_S2, F_S3, F_S4,
	F_WM1, F_WP1, F_WM2, F_WP2, F_SM1, F_SP1, F_SM1S, F_SSP1, F_WM1W,
	F_WWP1, F_FIRST, F_GAZ, F_GAZM1, F_GAZP1, F_GIVEN, F_SURNAME,
	F_LCELSE, F_COMMON, F_WM1S, F_GIVENP1, F_SURM1, F_UPPERSEQ };

static inline void
feat(struct ctx *x, uint64_t tmpl, uint64_t a, uint64_t b)
{
	if (x->nfeats == x->capfeats) {
		x->capfeats = x->capfeats ? 2 * x->capfeats : 4096;
		x->feats = dp_reallocarray(x->feats, x->capfeats,
		    sizeof(*x->feats));
	}
	x->feats[x->nfeats++] = dp_mix64(a ^ dp_mix64(b ^
	    dp_mix64(tmpl)));
}

/* Hash of the first (from_end == 0) or last n code points of a word. */
static uint64_t
affix(struct ctx *x, const struct token *t, size_t n, int from_end)
{
	const char *w = x->doc.lower.data + DTOK(x, t)->lower;
	size_t len = DTOK(x, t)->lowerlen, b, count = 0;

	if (!from_end) {
		for (b = 0; b < len && count < n; count++)
			b += dp_utf8_seqlen(w + b, len - b) ?
			    dp_utf8_seqlen(w + b, len - b) : 1;
		return XXH3_64bits(w, b);
	}
	for (b = len; b > 0 && count < n; count++)
		while (--b > 0 && ((unsigned char)w[b] & 0xC0) == 0x80)
			;
	return XXH3_64bits(w + b, len - b);
}

/*
 * Each token's gazetteer marks as one number (gazbits), 1 for none, and
 * the key of its word and shape, which role_scores() caches by.  A place
 * mark of a little-known place (G_MINOR) is a number of its own, above
 * every other: the model learns how little such a place says (a town
 * named Obama or Jupiter is a person or a company as often).
 */
#define GAZ_MINOR	19683	/* 3 to the NLABELS: above every mark */
_Static_assert(NLABELS == 9, "GAZ_MINOR is 3 to the NLABELS");

void
set_gazbits(struct ctx *x)
{
	struct token *t;
	unsigned bits;
	static const unsigned char none[NLABELS];
	size_t i;
	int y;

	for (i = 0; i < x->doc.ntoks; i++) {
		t = &x->toks[i];
		bits = 0;
		/* most tokens are in no name */
		if (memcmp(t->gaz, none, NLABELS) != 0)
			for (y = 0; y < NLABELS; y++)
				bits = bits * 3 + t->gaz[y];
		if (t->gazminor)
			bits += GAZ_MINOR;
		t->gazbits = bits + 1;
		t->rolekey = dp_mix64(t->hlower ^ dp_mix64(t->hshape)) | 1;
	}
}

void
role_features(struct ctx *x, const struct token *t, enum role role, int before)
{
	static const uint64_t BOS = 0x1234567, EOS = 0x7654321;
	uint64_t hl = t ? t->hlower : before ? BOS : EOS;
	uint64_t hs = t ? t->hshape : before ? BOS : EOS;
	size_t cps;

	switch (role) {
	case R_SELF:
		cps = DTOK(x, t)->end - DTOK(x, t)->start;
		feat(x, F_BIAS, 0, 0);
		feat(x, F_W, hl, 0);
		feat(x, F_SHAPE, hs, 0);
		feat(x, F_LEN, cps > 8 ? 8 : cps, t->upper);
		feat(x, F_P2, affix(x, t, 2, 0), 0);
		feat(x, F_P3, affix(x, t, 3, 0), 0);
		feat(x, F_S2, affix(x, t, 2, 1), 0);
		feat(x, F_S3, affix(x, t, 3, 1), 0);
		feat(x, F_S4, affix(x, t, 4, 1), 0);
		if (t->info & W_GIVEN)
			feat(x, F_GIVEN, t->upper, 0);
		if (t->info & W_SURNAME)
			feat(x, F_SURNAME, t->upper, 0);
		break;
	case R_PREV:
		feat(x, F_WM1, hl, 0);
		feat(x, F_SM1, hs, 0);
		break;
	case R_NEXT:
		feat(x, F_WP1, hl, 0);
		feat(x, F_SP1, hs, 0);
		break;
	case R_PREV2:
		feat(x, F_WM2, hl, 0);
		break;
	case R_NEXT2:
		feat(x, F_WP2, hl, 0);
		break;
	default:
		break;
	}
}

/* The features of token i that depend on its neighbours together. */
void
context_features(struct ctx *x, size_t i, size_t first, size_t last)
{
	static const uint64_t BOS = 0x1234567, EOS = 0x7654321;
	const struct token *t = &x->toks[i];
	uint64_t wm1, wp1, sm1, sp1;

	wm1 = i > first ? x->toks[i - 1].hlower : BOS;
	wp1 = i + 1 < last ? x->toks[i + 1].hlower : EOS;
	sm1 = i > first ? x->toks[i - 1].hshape : BOS;
	sp1 = i + 1 < last ? x->toks[i + 1].hshape : EOS;
	feat(x, F_SM1S, sm1, t->hshape);
	feat(x, F_SSP1, t->hshape, sp1);
	feat(x, F_WM1W, wm1, t->hlower);
	feat(x, F_WWP1, t->hlower, wp1);
	feat(x, F_WM1S, wm1, t->hshape);
	if (i == first)
		feat(x, F_FIRST, t->hshape, 0);
	if (t->gazbits > 1)
		feat(x, F_GAZ, t->gazbits, t->upper);
	if (i > first && t[-1].gazbits > 1)
		feat(x, F_GAZM1, t[-1].gazbits, 0);
	if (i + 1 < last && t[1].gazbits > 1)
		feat(x, F_GAZP1, t[1].gazbits, 0);
	if (i + 1 < last && x->toks[i + 1].info & W_GIVEN)
		feat(x, F_GIVENP1, x->toks[i + 1].upper, t->upper);
	if (i > first && x->toks[i - 1].info & W_GIVEN)
		feat(x, F_SURM1, x->toks[i - 1].upper, t->upper);
	if (t->upper)
		feat(x, F_LCELSE, t->lc_elsewhere, i == first);
	if (t->info & W_COMMON)
		feat(x, F_COMMON, t->upper, i == first);
	if (t->upper)
		feat(x, F_UPPERSEQ, i > first && x->toks[i - 1].upper,
		    i + 1 < last && x->toks[i + 1].upper);
}

void
reserve_featoff(struct ctx *x, size_t n)
{
	if (dp_resize_cap(&x->capfeatoff, n + 1)) {
		x->featoff = dp_reallocarray(x->featoff, x->capfeatoff,
		    sizeof(*x->featoff));
	}
}

/* All the features of tokens first..last-1, one position each. */
void
sentence_features(struct ctx *x, size_t first, size_t last)
{
	static const long offset[NROLES] = { 0, -1, 1, -2, 2 };
	size_t i;
	int r;

	x->nfeats = 0;
	reserve_featoff(x, last - first);
	for (i = first; i < last; i++) {
		x->featoff[i - first] = (uint32_t)x->nfeats;
		for (r = 0; r < NROLES; r++)
			role_features(x, near(x, i, offset[r], first, last),
			    (enum role)r, offset[r] < 0);
		context_features(x, i, first, last);
	}
	x->featoff[last - first] = (uint32_t)x->nfeats;
}
