/*
 * record_test: what tools after segment read from a record: the language,
 * span arrays (fast and slow paths alike), entities, and code point offsets.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "unit.h"

static void
test_lang(void)
{
	static const struct {
		const char *line, *forced, *want;
	} cases[] = {
		{ "{\"lang\":\"fr\"}", NULL, "fr" },
		{ "{\"lang\":\"fr-CA\"}", NULL, "fr" },
		{ "{\"lang\":\"EN_us\"}", NULL, "en" },
		{ "{\"lang\":\"\"}", NULL, "und" },
		{ "{\"lang\":\"f1\"}", NULL, "und" },
		{ "{\"lang\":7}", NULL, "und" },
		{ "{}", NULL, "und" },
		{ "{\"lang\":\"fr\"}", "en-GB", "en" },
		{ "{\"lang\":\"averyveryverylongtag\"}", NULL, "und" },
	};
	struct dp_record r = { 0 };
	char code[16], what[96], *copy;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		copy = unit_record(&r, cases[i].line);
		dp_record_lang(&r, cases[i].forced, code, sizeof(code));
		snprintf(what, sizeof(what), "lang of %s is %s", cases[i].line,
		    cases[i].want);
		CHECK(strcmp(code, cases[i].want) == 0, what);
		free(copy);
	}
	dp_record_free(&r);
}

static void
test_spans(void)
{
	static const char *good[] = {
		"[[0,3],[4,9],[10,12]]", "[ [0, 3] , [4,9],[10,12] ]",
		"[[0,3],[4, 9],[10,12]]",
		/* white space before a comma after a compact span (found
		 * by jsonl_fuzz) */
		"[[0,3] ,[4,9]\t\t,[10,12]]", "[[0,3],[4,9] , [10, 12]]",
	};
	static const char *bad[] = {
		"[[0,3],[4,9],]", "[[0,3],[01,9]]", "[[0,3],[9,4]]",
		"[[0,3],[4,9]", "[[0,3],[4,99999999999]]", "[[0,3] x]",
		"[[0,3],[4,9]] x", "[[-1,3]]", "[[0,3.5]]",
	};
	uint32_t *v = NULL;
	size_t cap = 0, i;
	ssize_t n;
	char what[96];

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		n = dp_json_spans_parse(good[i], strlen(good[i]), &v, &cap);
		snprintf(what, sizeof(what), "spans %s read", good[i]);
		CHECK(n == 3 && v[0] == 0 && v[1] == 3 && v[2] == 4 &&
		    v[3] == 9 && v[4] == 10 && v[5] == 12, what);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(what, sizeof(what), "spans %s refused", bad[i]);
		CHECK(dp_json_spans_parse(bad[i], strlen(bad[i]), &v, &cap) ==
		    -1, what);
	}
	free(v);
}

/*
 * A record's span fields are read while it is checked; what
 * dp_record_spans gives must be what the slow path reads from the field.
 */
static void
test_record_spans(void)
{
	static const char *arrays[] = {
		"[[0,3],[4,9],[10,12]]", "[ [0, 3] , [4,9],[10,12] ]",
		"[[0,3],[4, 9],[10,12]]", "[]", "[[0,3],[9,4]]",
		"[[0,3],[4,99999999999]]", "[[0,3],[4,4294967295]]",
		"[[0,3],[4,4294967296]]", "[[0,3],[4,9],[1,[2]]]",
		"[[0,3],\"x\"]", "[[0,3],[4,9,10]]",
		/* numbers of one to ten digits: read eight bytes at a time
		 * up to seven, one at a time beyond */
		"[[1,22],[333,4444],[55555,666666],[7777777,88888888]]",
		"[[9999999,10000000],[123456789,1234567890]]",
		"[[0,0],[0,7],[10,100],[1000,10009]]",
		/* spans of up to fifteen bytes read as vectors (span16),
		 * longer ones beside them byte by byte */
		"[[123456,654321],[1234567,1234568],[0,10],[10,0],[7,7]]",
		"[[12345678,1],[1,12345678],[99999999,100000000],[5,6]]",
		"[[123456789,1],[1,123456789],[0,1000000000],[5,6]]",
	};
	struct dp_record r = { 0 };
	uint32_t *v = NULL, *w = NULL;
	size_t cap = 0, capw = 0, i;
	ssize_t n, m;
	char line[256], what[320], *copy;

	for (i = 0; i < sizeof(arrays) / sizeof(arrays[0]); i++) {
		/* Between other arrays, so that each field has its own. */
		snprintf(line, sizeof(line), "{\"a\":[[1,2]],\"s\":%s,"
		    "\"b\":[[5,6],[7,8]],\"c\":[1]}", arrays[i]);
		copy = unit_record(&r, line);
		n = dp_record_spans(&r, "s", "t", &v, &cap);
		m = dp_json_spans_parse(arrays[i], strlen(arrays[i]), &w,
		    &capw);
		snprintf(what, sizeof(what), "spans of %s as the slow path "
		    "reads them", line);
		CHECK(n == m && (n <= 0 || memcmp(v, w, 2 * (size_t)n *
		    sizeof(*v)) == 0), what);
		n = dp_record_spans(&r, "b", "t", &v, &cap);
		CHECK(n == 2 && v[0] == 5 && v[1] == 6 && v[2] == 7 &&
		    v[3] == 8, "the field after it has its own spans");
		free(copy);
	}
	dp_record_free(&r);
	free(v);
	free(w);
}

static void
test_entities(void)
{
	struct dp_record r = { 0 };
	struct dp_entity *v = NULL;
	size_t cap = 0;
	char *copy;
	ssize_t n;

	copy = unit_record(&r, "{\"entities\":[{\"start\":0,\"end\":5,\"label\":"
	    "\"LOC\",\"text\":\"Bak\\\"ou\",\"key\":{\"a\":[1]}},{\"text\":"
	    "\"x\",\"type\":\"PER\",\"end\":9,\"start\":6}]}");
	n = dp_record_entities(&r, "tag-entities", &v, &cap);
	CHECK(n == 2, "two entities");
	CHECK(n == 2 && v[0].start == 0 && v[0].end == 5 &&
	    v[0].labellen == 3 && memcmp(v[0].label, "LOC", 3) == 0,
	    "the first with its label, past an escaped quote and a nested key");
	CHECK(n == 2 && v[1].start == 6 && v[1].end == 9 &&
	    memcmp(v[1].label, "PER", 3) == 0, "the second, keys in any order");
	free(copy);
	copy = unit_record(&r, "{\"entities\":[{\"start\":4,\"end\":2}]}");
	CHECK(dp_record_entities(&r, "tag-entities", &v, &cap) == -1,
	    "an entity that ends before it starts is refused");
	free(copy);
	/* tag-entities' order, read at once (tagger_entity()), and what
	 * the general reading does after it or instead */
	copy = unit_record(&r, "{\"entities\":[{\"start\":7,\"end\":3,"
	    "\"label\":\"ORG\",\"text\":\"Banque\"}]}");
	CHECK(dp_record_entities(&r, "tag-entities", &v, &cap) == -1,
	    "in tag-entities' order, an entity that ends before it starts too");
	free(copy);
	copy = unit_record(&r, "{\"entities\":[{\"start\":4294967296,"
	    "\"end\":4294967297,\"label\":\"ORG\",\"text\":\"Banque\"}]}");
	CHECK(dp_record_entities(&r, "tag-entities", &v, &cap) == -1,
	    "an offset past 2^32 - 1 is refused");
	free(copy);
	copy = unit_record(&r, "{\"entities\":[{\"start\":0,\"end\":6,"
	    "\"label\":\"ORG\",\"text\":\"Banque\",\"label\":\"MISC\"},"
	    "{\"start\":7,\"end\":9,\"label\":\"P\\u0045R\"}]}");
	n = dp_record_entities(&r, "tag-entities", &v, &cap);
	CHECK(n == 2 && v[0].start == 0 && v[0].end == 6 &&
	    v[0].labellen == 4 && memcmp(v[0].label, "MISC", 4) == 0,
	    "a label given again after the text is the one kept");
	CHECK(n == 2 && v[1].start == 7 && v[1].end == 9 &&
	    v[1].labellen == 1 && v[1].label[0] == 'P',
	    "an escaped label is read up to its escape, as by any reading");
	free(copy);
	copy = unit_record(&r, "{\"entities\":[{\"start\":1.5,\"end\":2}]}");
	CHECK(dp_record_entities(&r, "tag-entities", &v, &cap) == -1,
	    "a fractional offset is refused");
	free(copy);
	copy = unit_record(&r, "{\"entities\":[]}");
	CHECK(dp_record_entities(&r, "tag-entities", &v, &cap) == 0,
	    "no entities");
	free(copy);
	dp_record_free(&r);
	free(v);
}

static void
test_offsets(void)
{
	uint32_t *v = NULL, want[] = { 0, 1, 3, 4, 8, 9 };
	size_t cap = 0, n;
	const char *s = "a\xc3\xa9" "b\xf0\x9f\x98\x80" "c";

	n = dp_utf8_offsets(s, strlen(s), &v, &cap);
	CHECK(n == 5 && memcmp(v, want, sizeof(want)) == 0,
	    "byte offsets of 1-, 2- and 4-byte characters, and the end");
	free(v);
}

static void
test_addu(void)
{
	struct dp_buf b = { 0 };

	dp_buf_addu(&b, 0);
	dp_buf_addc(&b, ' ');
	dp_buf_addu(&b, 4294967295UL);
	CHECK_MEM(b.data, b.len, "0 4294967295", "dp_buf_addu");
	dp_buf_free(&b);
}

int
main(void)
{
	test_lang();
	test_spans();
	test_record_spans();
	test_entities();
	test_offsets();
	test_addu();
	return unit_done();
}
