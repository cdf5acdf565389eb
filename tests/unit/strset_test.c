/*
 * strset_test: the set of strings the lexicons are read into: keys found
 * after the table has grown many times, near misses not found, values
 * kept, and a set written into an image and read back, then changed.
 * 5000 keys make a table of 16384 slots, large enough for its Bloom
 * filter: a key it turned away would be a key not found.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "unit.h"

#define NKEYS	5000	/* the table starts at 64 slots: grows 8 times */

static void
key(char *buf, size_t cap, size_t i)
{
	snprintf(buf, cap, "mot-%zu", i);
}

/* Every key of 0..n-1 has value i + 1; returns how many do not. */
static size_t
wrong_values(const struct dp_strset *set, size_t n)
{
	char buf[32];
	size_t i, bad = 0;
	int *v;

	for (i = 0; i < n; i++) {
		key(buf, sizeof(buf), i);
		v = dp_strset_find(set, buf, strlen(buf));
		bad += v == NULL || *v != (int)i + 1;
	}
	return bad;
}

static void
test_grow(void)
{
	struct dp_strset *set = dp_strset_new();
	char buf[32];
	size_t i, found = 0;

	for (i = 0; i < NKEYS; i++) {
		key(buf, sizeof(buf), i);
		*dp_strset_add(set, buf, strlen(buf)) = (int)i + 1;
	}
	CHECK(wrong_values(set, NKEYS) == 0,
	    "every key found with its value after the table grew");
	for (i = 0; i < NKEYS; i++) {
		key(buf, sizeof(buf), i + NKEYS);
		found += dp_strset_find(set, buf, strlen(buf)) != NULL;
	}
	CHECK(found == 0, "keys never added are not found");
	CHECK(dp_strset_find(set, "mot-1", 4) == NULL,
	    "a key's prefix is not the key");
	CHECK(dp_strset_find(set, "mot-10", 6) != NULL &&
	    *dp_strset_find(set, "mot-10", 6) == 11,
	    "a key that is another's prefix is itself");
	CHECK(*dp_strset_add(set, "mot-7", 5) == 8,
	    "adding a key again returns its slot, value kept");
	CHECK(dp_strset_maxlen(set) == strlen("mot-4999"),
	    "the longest key's length");
	CHECK(dp_strset_find_hashed(set, "mot-10", 6,
	    dp_strset_hash("mot-10", 6)) == dp_strset_find(set, "mot-10", 6) &&
	    dp_strset_find_hashed(set, "mot-9999", 8,
	    dp_strset_hash("mot-9999", 8)) == NULL,
	    "a key looked up with its hash: the same slot, or none");
	CHECK(dp_strset_find(set, "", 0) == NULL, "no empty key by default");
	*dp_strset_add(set, "", 0) = 42;
	CHECK(dp_strset_find(set, "", 0) != NULL &&
	    *dp_strset_find(set, "", 0) == 42, "the empty key, once added");
	dp_strset_free(set);
}

static void
test_image(void)
{
	struct dp_strset *set = dp_strset_new(), *back;
	struct dp_buf b = { 0 };
	char buf[32], *copy;
	size_t i, used = 0;

	for (i = 0; i < 300; i++) {
		key(buf, sizeof(buf), i);
		*dp_strset_add(set, buf, strlen(buf)) = (int)i + 1;
	}
	dp_strset_to_image(set, &b);
	/* An image is mapped at a page: 8-byte aligned. */
	copy = aligned_alloc(8, (b.len + 7) / 8 * 8);
	memcpy(copy, b.data, b.len);
	back = dp_strset_from_image(copy, b.len, &used);
	CHECK(back != NULL && used == b.len, "a set read back from its image");
	if (back == NULL) {
		free(copy);
		dp_buf_free(&b);
		dp_strset_free(set);
		return;
	}
	CHECK(wrong_values(back, 300) == 0, "its keys and values");
	CHECK(dp_strset_from_image(copy, b.len - 1, &used) == NULL,
	    "a truncated image is refused");
	/* Adding to a borrowed set copies it first, and grows it. */
	for (i = 300; i < 1000; i++) {
		key(buf, sizeof(buf), i);
		*dp_strset_add(back, buf, strlen(buf)) = (int)i + 1;
	}
	CHECK(wrong_values(back, 1000) == 0,
	    "a borrowed set takes new keys and keeps the old");
	dp_strset_free(back);
	back = dp_strset_from_image(copy, b.len, &used);
	CHECK(back != NULL && wrong_values(back, 300) == 0 &&
	    dp_strset_find(back, "mot-500", 7) == NULL,
	    "the image itself is unchanged");
	dp_strset_free(back);
	free(copy);
	dp_buf_free(&b);
	dp_strset_free(set);
}

int
main(void)
{
	test_grow();
	test_image();
	return unit_done();
}
