/*
 * strset.c: a hash set of byte strings with an int slot per string, for
 * lexicon lookups.  Open addressing, linear probing, power-of-two size.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "common.h"

/*
 * 16 bytes, four to a cache line: a lookup that misses the cache costs
 * one line, and a key's bytes are read only when its tag matches.  The
 * slot is the hash's low bits, the tag its high ones.
 */
struct entry {
	uint32_t	 key;		/* offset in the pool, plus one */
	uint32_t	 len;
	uint32_t	 tag;		/* the hash's high 32 bits */
	int		 value;
};

/* Keys live end to end in one pool: no allocation per key. */
struct dp_strset {
	struct entry	*slots;
	size_t		 size;		/* a power of two */
	size_t		 count;
	size_t		 maxlen;	/* of the longest key: longer is no key */
	/* The bytes keys begin with, a bit each: most words of a text
	 * begin with none of a small set's, and are turned away here
	 * before they are hashed, or a phrase's key is made for them. */
	uint64_t	 firsts[4];
	/* A Bloom filter of the keys: a word of 64 bits per 16 slots, two
	 * bits of it per key, chosen by the hash's middle bits.  A word
	 * that is no key is turned away there, in a table an eighth of the
	 * slots' size that stays in the cache, rather than at a slot the
	 * cache rarely holds: most lookups of a text's words in a large
	 * lexicon (the gazetteer) are misses. */
	uint64_t	*bloom;
	struct dp_buf	 pool;
	const char	*keys;		/* pool.data, or an image's keys */
	size_t		 keyslen;	/* their bytes */
	int		 borrowed;	/* slots and keys are an image's */
};

static uint64_t	 hash(const char *, size_t);
static void	 rehash(struct dp_strset *);
static void	 own(struct dp_strset *);

/*
 * XXH3, inlined: for the short keys of lexicons a few loads and two
 * multiplications, where a byte-at-a-time hash (FNV-1a) waits on one
 * multiplication per byte.  Sets in an image hold slots placed by it: a
 * change of hash is a change of the images' format.
 */
static uint64_t
hash(const char *s, size_t n)
{
	return XXH3_64bits(s, n);
}

/*
 * The filter's words for a table of size slots: none below 8192 slots,
 * where the table is small enough to stay in the cache and the filter
 * would only add to every lookup.
 */
#define BLOOM_MIN		8192
#define BLOOM_WORDS(size)	((size) >= BLOOM_MIN ? (size) / 16 : 0)

/* The filter's word and bits of hash h. */
static DP_INLINE size_t
bloom_word(const struct dp_strset *set, uint64_t h)
{
	return (size_t)(h >> 20) & (BLOOM_WORDS(set->size) - 1);
}

static DP_INLINE uint64_t
bloom_bits(uint64_t h)
{
	return UINT64_C(1) << (h >> 46 & 63) | UINT64_C(1) << (h >> 52 & 63);
}

static void
bloom_add(struct dp_strset *set, uint64_t h)
{
	if (set->bloom != NULL)
		set->bloom[bloom_word(set, h)] |= bloom_bits(h);
}

struct dp_strset *
dp_strset_new(void)
{
	struct dp_strset *set;

	set = dp_calloc(1, sizeof(*set));
	set->size = 64;
	set->slots = dp_calloc(set->size, sizeof(*set->slots));
	return set;
}

static void
rehash(struct dp_strset *set)
{
	struct entry *old = set->slots;
	size_t i, j, oldsize = set->size;

	uint64_t h;

	set->size *= 2;
	set->slots = dp_calloc(set->size, sizeof(*set->slots));
	free(set->bloom);
	set->bloom = BLOOM_WORDS(set->size) == 0 ? NULL :
	    dp_calloc(BLOOM_WORDS(set->size), sizeof(*set->bloom));
	for (i = 0; i < oldsize; i++) {
		if (old[i].key == 0)
			continue;
		h = hash(set->keys + old[i].key - 1, old[i].len);
		bloom_add(set, h);
		j = h & (set->size - 1);
		while (set->slots[j].key != 0)
			j = (j + 1) & (set->size - 1);
		set->slots[j] = old[i];
	}
	free(old);
}

/* A set an image lent its slots and keys: copies of them, to change. */
static void
own(struct dp_strset *set)
{
	struct entry *slots = set->slots;
	const uint64_t *bloom = set->bloom;

	set->slots = dp_reallocarray(NULL, set->size, sizeof(*set->slots));
	memcpy(set->slots, slots, set->size * sizeof(*set->slots));
	if (bloom != NULL) {
		set->bloom = dp_reallocarray(NULL, BLOOM_WORDS(set->size),
		    sizeof(*set->bloom));
		memcpy(set->bloom, bloom, BLOOM_WORDS(set->size) *
		    sizeof(*bloom));
	}
	dp_buf_add(&set->pool, set->keys, set->keyslen);
	set->keys = set->pool.data;
	set->borrowed = 0;
}

/* Whether a key of the set can begin with byte c. */
int
dp_strset_may_begin(const struct dp_strset *set, unsigned char c)
{
	return set->firsts[c >> 6] >> (c & 63) & 1;
}

uint64_t
dp_strset_hash(const char *s, size_t n)
{
	return hash(s, n);
}

/* A key no longer than the longest and of a first byte some key has. */
static int
may_hold(const struct dp_strset *set, const char *s, size_t n)
{
	return n <= set->maxlen && (n == 0 ||
	    dp_strset_may_begin(set, (unsigned char)s[0]));
}

/* The slot of s of hash h, the quick checks (may_hold()) done. */
static int *
find_hashed(const struct dp_strset *set, const char *s, size_t n,
    uint64_t h)
{
	size_t j;
	struct entry *e;

	if (set->bloom != NULL && (set->bloom[bloom_word(set, h)] &
	    bloom_bits(h)) != bloom_bits(h))
		return NULL;
	j = h & (set->size - 1);
	for (;; j = (j + 1) & (set->size - 1)) {
		e = &set->slots[j];
		if (e->key == 0)
			return NULL;
		if (e->tag == (uint32_t)(h >> 32) && e->len == n &&
		    memcmp(set->keys + e->key - 1, s, n) == 0)
			return &e->value;
	}
}

int *
dp_strset_find(const struct dp_strset *set, const char *s, size_t n)
{
	return may_hold(set, s, n) ? find_hashed(set, s, n, hash(s, n)) :
	    NULL;
}

int *
dp_strset_find_hashed(const struct dp_strset *set, const char *s, size_t n,
    uint64_t h)
{
	return may_hold(set, s, n) ? find_hashed(set, s, n, h) : NULL;
}

size_t
dp_strset_maxlen(const struct dp_strset *set)
{
	return set->maxlen;
}

int *
dp_strset_add(struct dp_strset *set, const char *s, size_t n)
{
	struct entry *e;
	uint64_t h;
	size_t j;
	int *v;

	if ((v = dp_strset_find(set, s, n)) != NULL)
		return v;
	/* Offsets are 32 bits: lexicons stop at 256 MB (yaml.c), and a
	* record's keys near 4 GB are more than any machine here holds
	* twice; refused as memory is. */
	if (set->pool.len + n >= UINT32_MAX)
		dp_die(DP_EX_OSERR, "out of memory (a set of strings over "
		    "4 GB)");
	if (set->borrowed)
		own(set);
	if (2 * (set->count + 1) > set->size)
		rehash(set);
	h = hash(s, n);
	bloom_add(set, h);
	j = h & (set->size - 1);
	while (set->slots[j].key != 0)
		j = (j + 1) & (set->size - 1);
	e = &set->slots[j];
	e->key = (uint32_t)set->pool.len + 1;
	dp_buf_add(&set->pool, s, n);
	set->keys = set->pool.data;
	set->keyslen = set->pool.len;
	e->len = (uint32_t)n;
	e->tag = (uint32_t)(h >> 32);
	e->value = 0;
	set->count++;
	if (n > set->maxlen)
		set->maxlen = n;
	if (n > 0)
		set->firsts[(unsigned char)s[0] >> 6] |=
		    UINT64_C(1) << ((unsigned char)s[0] & 63);
	return &e->value;
}

void
dp_strset_free(struct dp_strset *set)
{
	if (set == NULL)
		return;
	dp_buf_free(&set->pool);
	if (!set->borrowed) {
		free(set->slots);
		free(set->bloom);
	}
	free(set);
}

/*
 * A set in an image (image.c): its size, count, longest key, keys'
 * length and the four words of its first bytes as u64s, its slots and
 * its filter's words as they are in memory, then its keys, padded to 8
 * bytes.
 */
void
dp_strset_to_image(const struct dp_strset *set, struct dp_buf *b)
{
	static const char zero[8];
	uint64_t head[8] = { set->size, set->count, set->maxlen,
	    set->keyslen, set->firsts[0], set->firsts[1], set->firsts[2],
	    set->firsts[3] };

	dp_buf_add(b, head, sizeof(head));
	dp_buf_add(b, set->slots, set->size * sizeof(*set->slots));
	if (set->bloom != NULL)
		dp_buf_add(b, set->bloom, BLOOM_WORDS(set->size) *
		    sizeof(*set->bloom));
	dp_buf_add(b, set->keys, set->keyslen);
	dp_buf_add(b, zero, (8 - set->keyslen % 8) % 8);
}

struct dp_strset *
dp_strset_from_image(const char *p, size_t n, size_t *used)
{
	struct dp_strset *set;
	uint64_t head[8];
	size_t need;

	if (n < sizeof(head) || (uintptr_t)p % 8 != 0)
		return NULL;
	memcpy(head, p, sizeof(head));
	if (head[0] < 64 || (head[0] & (head[0] - 1)) != 0 ||
	    head[1] >= head[0] || head[0] > n / sizeof(struct entry) ||
	    head[3] > n)
		return NULL;
	need = sizeof(head) + head[0] * sizeof(struct entry) +
	    BLOOM_WORDS(head[0]) * sizeof(uint64_t) + head[3];
	need += (8 - head[3] % 8) % 8;
	if (need > n)
		return NULL;
	/* The slots are not checked one by one: that would read them all.
	* An image is trusted as the lexicons beside it are, and its hash
	* tells it is whole. */
	set = dp_calloc(1, sizeof(*set));
	set->size = head[0];
	set->count = head[1];
	set->maxlen = head[2];
	set->slots = (struct entry *)(p + sizeof(head));
	set->bloom = BLOOM_WORDS(head[0]) == 0 ? NULL : (uint64_t *)(void *)
	    (p + sizeof(head) + head[0] * sizeof(struct entry));
	set->keys = p + sizeof(head) + head[0] * sizeof(struct entry) +
	    BLOOM_WORDS(head[0]) * sizeof(uint64_t);
	set->keyslen = head[3];
	memcpy(set->firsts, head + 4, sizeof(set->firsts));
	set->borrowed = 1;
	*used = need;
	return set;
}

void
dp_strsets_new(void *owner, const size_t *offsets, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		*(struct dp_strset **)((char *)owner + offsets[i]) =
		    dp_strset_new();
}

void
dp_strsets_free(void *owner, const size_t *offsets, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		dp_strset_free(*(struct dp_strset **)((char *)owner +
		    offsets[i]));
}
