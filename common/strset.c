/*
 * strset.c: a hash set of byte strings with an int slot per string, for
 * lexicon lookups.  Open addressing, linear probing, power-of-two size.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

struct entry {
	size_t		 key;		/* offset in the pool, plus one */
	size_t		 len;
	uint64_t	 hash;
	int		 value;
};

/* Keys live end to end in one pool: no allocation per key. */
struct dp_strset {
	struct entry	*slots;
	size_t		 size;		/* a power of two */
	size_t		 count;
	size_t		 maxlen;	/* of the longest key: longer is no key */
	struct dp_buf	 pool;
};

static uint64_t	 hash(const char *, size_t);
static void	 rehash(struct dp_strset *);

/* FNV-1a: lexicon words are short. */
static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= UINT64_C(0x100000001b3);
	}
	return h;
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

	set->size *= 2;
	set->slots = dp_calloc(set->size, sizeof(*set->slots));
	for (i = 0; i < oldsize; i++) {
		if (old[i].key == 0)
			continue;
		j = old[i].hash & (set->size - 1);
		while (set->slots[j].key != 0)
			j = (j + 1) & (set->size - 1);
		set->slots[j] = old[i];
	}
	free(old);
}

int *
dp_strset_find(const struct dp_strset *set, const char *s, size_t n)
{
	uint64_t h;
	size_t j;
	struct entry *e;

	if (n > set->maxlen)
		return NULL;
	h = hash(s, n);
	j = h & (set->size - 1);
	for (;; j = (j + 1) & (set->size - 1)) {
		e = &set->slots[j];
		if (e->key == 0)
			return NULL;
		if (e->hash == h && e->len == n &&
		    memcmp(set->pool.data + e->key - 1, s, n) == 0)
			return &e->value;
	}
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
	if (2 * (set->count + 1) > set->size)
		rehash(set);
	h = hash(s, n);
	j = h & (set->size - 1);
	while (set->slots[j].key != 0)
		j = (j + 1) & (set->size - 1);
	e = &set->slots[j];
	e->key = set->pool.len + 1;
	dp_buf_add(&set->pool, s, n);
	e->len = n;
	e->hash = h;
	e->value = 0;
	set->count++;
	if (n > set->maxlen)
		set->maxlen = n;
	return &e->value;
}

void
dp_strset_free(struct dp_strset *set)
{
	if (set == NULL)
		return;
	dp_buf_free(&set->pool);
	free(set->slots);
	free(set);
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
