/*
 * tokens.c: one record through tag-entities, a part of whole sentences
 * at a time (PART_TOKENS): each token described (lowercase form's hashes,
 * list memberships, lowercase elsewhere), then names, rules and the
 * user's names, and the record written.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The hashes of short words, inlined: a call into the library costs
 * more than hashing most of them. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "common.h"
#include "tag-entities.h"

static void	 describe_tokens(struct ctx *, struct lang *);
static struct langcache *lang_cache(struct ctx *, const struct lang *);

/* --train: the record's sentences, with their gold tags, kept. */
static int
learn_record(struct ctx *x, struct dp_record *r, struct lang *l)
{
	size_t k, i, first = 0;

	describe_tokens(x, l);
	x->nents = 0;
	if (x->tr.lang == NULL)
		x->tr.lang = l;
	else if (x->tr.lang != l) {
		dp_warnat(r->name, r->lineno, "a model learns one language "
		    "(%s), not %s", x->tr.lang->code, l->code);
		return DP_EX_DATAERR;
	}
	if (read_gold(x, r) != 0)
		return DP_EX_DATAERR;
	for (k = 0; k < x->doc.nsents; k++) {
		for (i = first; i < x->doc.ntoks &&
		    x->doc.toks[i].end <= x->doc.sents[2 * k + 1]; i++)
			;
		if (i > first)
			keep_sentence(x, first, i);
		first = i;
	}
	return 0;
}

int
tag_record(struct dp_record *r, void *arg)
{
	struct ctx *x = arg;
	struct lang *l;
	char code[16];

	/* A model learns from whole records (short ones); the tagger
	 * reads a record a part at a time. */
	if (dp_doc_read(&x->doc, r, x->opt->train != NULL ? DP_DOC_SHAPES :
	    DP_DOC_SHAPES | DP_DOC_PARTS) != 0)
		return DP_EX_DATAERR;
	dp_record_lang(r, x->opt->lang, code, sizeof(code));
	x->nolang += dp_lang_undetermined(code);
	l = dp_langs_get(x->langs, code);
	x->cache = lang_cache(x, l);
	if (x->opt->train != NULL)
		return learn_record(x, r, l);
	begin_entities(x);
	while (dp_doc_next_part(&x->doc, PART_TOKENS)) {
		describe_tokens(x, l);
		x->titlecase = title_case_headline(x);
		x->nents = 0;
		tag_names(x, l);
		rules(x, l);
		company_suffixes(x, l);
		acronyms(x, l);
		one_reading(x, l);
		demonyms(x, l);
		compound_names(x, l);
		quoted_titles(x);
		drop_page_words(x, l);
		trim_final_initials(x);
		user_names(x, l);
		add_entities(x);
	}
	write_record(x, r);
	return 0;
}

/* The context's caches of language l, made empty the first time. */
static struct langcache *
lang_cache(struct ctx *x, const struct lang *l)
{
	size_t i;

	for (i = 0; i < x->ncaches; i++)
		if (x->caches[i].lang == l)
			return &x->caches[i];
	x->caches = dp_reallocarray(x->caches, x->ncaches + 1,
	    sizeof(*x->caches));
	memset(&x->caches[x->ncaches], 0, sizeof(*x->caches));
	x->caches[x->ncaches].lang = l;
	return &x->caches[x->ncaches++];
}

/*
 * The W_ flags of a lowercase word, looked up in a direct-mapped cache
 * first: the lexicons' sets are large and a word's text far in memory.
 * An entry is one word: the hash's high 48 bits (one of them set: 0 is
 * an empty entry), the flags in the low 16, so that a lookup reads one
 * place in memory.
 */
#define INFO_TAG(h)	(((h) | UINT64_C(1) << 16) & ~UINT64_C(0xFFFF))

static uint16_t
word_info(struct langcache *c, const struct lang *l, uint64_t h,
    const char *w, size_t wl)
{
	size_t k = (size_t)(h >> 48) & (INFOCACHE - 1);
	const char *dash;
	uint16_t info = 0;
	int *slot;

	if (c->infos == NULL)
		c->infos = dp_calloc(INFOCACHE, sizeof(*c->infos));
	if ((c->infos[k] & ~UINT64_C(0xFFFF)) == INFO_TAG(h))
		return (uint16_t)c->infos[k];
	if ((slot = dp_strset_find_hashed(l->words, w, wl, h)) != NULL)
		info = (uint16_t)*slot;
	/* "dix-sept" starts rules as "dix" does. */
	else if ((dash = memchr(w, '-', wl)) != NULL &&
	    (slot = dp_strset_find(l->words, w, (size_t)(dash - w))) != NULL)
		info = (uint16_t)(*slot & W_TRIGGER);
	c->infos[k] = INFO_TAG(h) | info;
	return info;
}

/*
 * The hash of a token's shape, from a direct-mapped cache by its twelve
 * bytes (a shape is NUL-padded to them: lower_and_shape()); and whether a
 * token of that shape may hold a name in a compound (compounds.c), kept
 * in the list of such tokens: asked of the few, not of every token.
 */
static uint64_t
shape_hash(struct ctx *x, const char *shape, size_t i)
{
	uint64_t a;
	uint32_t b;
	size_t k;

	if (shape[0] == '\0')	/* the cache's empty slots hold none */
		return XXH3_64bits(shape, 0);
	memcpy(&a, shape, 8);
	memcpy(&b, shape + 8, 4);
	k = (size_t)((a ^ b) * UINT64_C(0x9E3779B97F4A7C15) >> 58) &
	    (SHAPECACHE - 1);
	if (memcmp(x->shapes[k].shape, shape, 12) != 0) {
		memcpy(x->shapes[k].shape, shape, 12);
		x->shapes[k].hash = XXH3_64bits(shape, strlen(shape));
		x->shapes[k].compound = strchr(shape, '-') != NULL &&
		    strchr(shape, 'X') != NULL;
	}
	if (x->shapes[k].compound) {
		if (x->ncompounds == x->capcompounds) {
			x->capcompounds = x->capcompounds ?
			    2 * x->capcompounds : 64;
			x->compounds = dp_reallocarray(x->compounds,
			    x->capcompounds, sizeof(*x->compounds));
		}
		x->compounds[x->ncompounds++] = (uint32_t)i;
	}
	return x->shapes[k].hash;
}

/* Per token: bytes, lowercase form, shape, capitals, list memberships. */
static void
describe_tokens(struct ctx *x, struct lang *l)
{
	const struct dp_token *d;
	struct token *t;
	size_t i, k, n;

	if (dp_resize_cap(&x->captoks, x->doc.ntoks)) {
		x->toks = dp_reallocarray(x->toks, x->captoks,
		    sizeof(*x->toks));
	}
	for (i = 0; i < x->doc.ntoks; i++) {
		t = &x->toks[i];
		t->upper = x->doc.toks[i].shape[0] == 'X';
		t->ent = 0;
		memset(t->gaz, 0, sizeof(t->gaz));
		t->gazminor = 0;
	}
	/* Lowercase words seen in the record tell a capitalised one is
	* common ("Les" at a sentence start); the table at most half full. */
	n = 1;
	while (n < 2 * x->doc.ntoks + 16)
		n *= 2;
	if (n > x->capseen) {
		x->capseen = n;
		x->seen = dp_reallocarray(x->seen, x->capseen,
		    sizeof(*x->seen));
	}
	memset(x->seen, 0, n * sizeof(*x->seen));
	x->ncompounds = 0;
	for (i = 0; i < x->doc.ntoks; i++) {
		t = &x->toks[i];
		d = &x->doc.toks[i];
		t->hlower = XXH3_64bits(x->doc.lower.data + d->lower,
		    d->lowerlen);
		t->hshape = shape_hash(x, d->shape, i);
		if (d->shape[0] == 'x') {
			for (k = t->hlower & (n - 1); x->seen[k] != 0 &&
			    x->seen[k] != (t->hlower | 1); k = (k + 1) &
			    (n - 1))
				;
			x->seen[k] = t->hlower | 1;
		}
	}
	for (i = 0; i < x->doc.ntoks; i++) {
		const char *w = x->doc.lower.data + x->doc.toks[i].lower;
		size_t wl = x->doc.toks[i].lowerlen;

		t = &x->toks[i];
		t->lc_elsewhere = 0;
		if (t->upper) {
			for (k = t->hlower & (n - 1); x->seen[k] != 0 &&
			    x->seen[k] != (t->hlower | 1); k = (k + 1) &
			    (n - 1))
				;
			t->lc_elsewhere = x->seen[k] != 0;
		}
		t->info = word_info(x->cache, l, t->hlower, w, wl);
	}
	gazetteer_features(x, l);
	set_gazbits(x);
}

/* The token's text, with apostrophes as U+0027, appended to b. */
void
add_token_text(struct ctx *x, struct dp_buf *b, size_t i)
{
	const struct dp_token *t = &x->doc.toks[i];
	const char *e2;
	size_t p;

	/* Most tokens hold no U+2019. */
	if ((e2 = memchr(x->doc.text + t->bstart, 0xE2,
	    t->bend - t->bstart)) == NULL) {
		dp_buf_add(b, x->doc.text + t->bstart, t->bend - t->bstart);
		return;
	}
	for (p = t->bstart; p < t->bend; p++) {
		if ((unsigned char)x->doc.text[p] == 0xE2 && p + 2 < t->bend &&
		    (unsigned char)x->doc.text[p + 1] == 0x80 &&
		    (unsigned char)x->doc.text[p + 2] == 0x99) {
			dp_buf_addc(b, '\'');
			p += 2;
		} else
			dp_buf_addc(b, x->doc.text[p]);
	}
}

/*
 * Token i as written, as the lexicons key it: the text itself where it
 * holds no U+2019 (most tokens: no copy), else a copy in x->keybuf.
 * Sets *len.
 */
const char *
token_key(struct ctx *x, size_t i, size_t *len)
{
	const struct dp_token *t = &x->doc.toks[i];

	if (memchr(x->doc.text + t->bstart, 0xE2, t->bend - t->bstart) ==
	    NULL) {
		*len = t->bend - t->bstart;
		return x->doc.text + t->bstart;
	}
	tokens_key(x, i, i + 1, 0);
	*len = x->keybuf.len;
	return x->keybuf.data;
}

/*
 * Tokens i..j-1 as the lexicons key them, in x->keybuf: joined by one
 * space where the text has any, as written or lowercased.
 */
void
tokens_key(struct ctx *x, size_t i, size_t j, int lower)
{
	tokens_key_prefixes(x, i, j, lower, SIZE_MAX);
}

/*
 * The same key, but no longer than maxlen bytes (no key of a set is
 * longer than its longest): as many of the tokens as fit, each key of
 * tokens i..k-1 being the first x->keyends[k - i - 1] bytes of it.
 * Returns how many tokens went in.
 */
size_t
tokens_key_prefixes(struct ctx *x, size_t i, size_t j, int lower,
    size_t maxlen)
{
	size_t k, len;

	dp_buf_reset(&x->keybuf);
	if (j > i && dp_resize_cap(&x->capkeyends, j - i))
		x->keyends = dp_reallocarray(x->keyends, x->capkeyends,
		    sizeof(*x->keyends));
	for (k = i; k < j; k++) {
		len = x->keybuf.len;
		if (k > i && x->doc.toks[k].space)
			dp_buf_addc(&x->keybuf, ' ');
		if (lower)
			dp_buf_add(&x->keybuf, x->doc.lower.data +
			    x->doc.toks[k].lower, x->doc.toks[k].lowerlen);
		else
			add_token_text(x, &x->keybuf, k);
		if (x->keybuf.len > maxlen) {
			x->keybuf.len = len;
			break;
		}
		x->keyends[k - i] = x->keybuf.len;
	}
	return k - i;
}
