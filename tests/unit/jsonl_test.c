/*
 * jsonl_test: the record parser accepts exactly RFC 8259 objects, finds
 * top-level fields, and the writer keeps every byte it does not own.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "unit.h"

static int
parses(const char *line)
{
	struct dp_record r = { 0 };
	char *copy = strdup(line), err[160];
	int rc;

	rc = dp_record_parse(&r, copy, strlen(copy), err, sizeof(err));
	dp_record_free(&r);
	free(copy);
	return rc == 0;
}

static void
test_grammar(void)
{
	static const char *good[] = {
		"{}", " {\"a\":1} \r", "{\"n\":12345678901234567890}",
		"{\"n\":-0.5e+10,\"m\":1E400,\"z\":0}",
		"{\"a\":[1,[2,{\"b\":null}],true,false],\"c\":{}}",
		"{\"s\":\"\\u00e9\\ud83d\\ude00\\n\\\"\\/\"}",
		"{\"s\":\"caf\xc3\xa9\",\"t\":\"\\u0000\"}",
		"{\"a\" : [ ] , \"b\" :\t{ } }",
		"{\"t\":[[0,3],[4,10],[0,0]],\"u\":[[1,2] ,[3, 4]]}",
	};
	static const char *bad[] = {
		"", "[]", "\"x\"", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}",
		"{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}",
		"{\"a\":tru}", "{\"a\":\"\x01\"}", "{\"a\":\"\\x\"}",
		"{\"a\":\"\\u12\"}", "{\"a\":\"caf\xe9\"}", "{\"a\":1} x",
		"{\"a\":[1,2}", "{\"a\":{\"b\":1]}", "{a:1}", "{'a':1}",
		"{\"a\":1,\"a\":2}", "{\"a\":1,\"\\u0061\":2}", "{\"a\":NaN}",
		"{\"\\udc00\":1}",
		"{\"t\":[[01,2]]}", "{\"t\":[[1,2]x]}", "{\"t\":[[1,2],]}",
		"{\"t\":[[1,2]}", "[[1,2]]",
	};
	size_t i;
	char what[128];

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		snprintf(what, sizeof(what), "accepts %s", good[i]);
		CHECK(parses(good[i]), what);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(what, sizeof(what), "rejects %s", bad[i]);
		CHECK(!parses(bad[i]), what);
	}
}

static void
test_deep(void)
{
	size_t depth = 100000, i;
	char *s = malloc(2 * depth + 16), *p = s;

	p += sprintf(p, "{\"a\":");
	for (i = 0; i < depth; i++)
		*p++ = '[';
	for (i = 0; i < depth; i++)
		*p++ = ']';
	strcpy(p, "}");
	CHECK(parses(s), "nesting 100000 deep does not overflow the stack");
	free(s);
}

static void
test_fields(void)
{
	struct dp_record r = { 0 };
	struct dp_buf scratch = { 0 };
	char line[] = "{\"id\":\"x\",\"te\\u0078t\":\"a\\tb\",\"n\":[1]}";
	char err[160];
	const struct dp_field *f;
	const char *s;
	size_t len;

	CHECK(dp_record_parse(&r, line, strlen(line), err, sizeof(err)) == 0,
	    "parse a record with an escaped key");
	CHECK(r.nfields == 3, "three fields");
	f = dp_record_get(&r, "text");
	CHECK(f != NULL && f->type == DP_STRING, "escaped key found");
	s = f ? dp_record_str(&r, f, &scratch, &len) : NULL;
	CHECK(s != NULL && len == 3 && memcmp(s, "a\tb", 3) == 0,
	    "string value decoded");
	f = dp_record_get(&r, "n");
	CHECK(f != NULL && f->type == DP_ARRAY && f->end - f->start == 3,
	    "array value located");
	dp_buf_free(&scratch);
	dp_record_free(&r);
}

/* Writes r with sets to a pipe and returns what came out. */
static char *
written(const char *line, const struct dp_set *sets, size_t nsets)
{
	struct dp_record r = { 0 };
	char *copy = strdup(line), err[160];
	static char buf[4096];
	FILE *saved = stdout, *tmp = tmpfile();
	size_t n;

	dp_record_parse(&r, copy, strlen(copy), err, sizeof(err));
	stdout = tmp;
	dp_record_write(&r, sets, nsets);
	fflush(tmp);
	stdout = saved;
	rewind(tmp);
	n = fread(buf, 1, sizeof(buf) - 1, tmp);
	buf[n] = '\0';
	fclose(tmp);
	dp_record_free(&r);
	free(copy);
	return buf;
}

static void
test_write(void)
{
	const char *in = "{\"big\":12345678901234567890,\"f\":1.0,"
	    "\"e\":1e400,\"u\":\"\\u00e9\",\"n\":{\"deep\":[1, 2]},"
	    "\"text\":\"old\"}";
	struct dp_set set[] = {
		{ "text", "\"new\"", 5, NULL, NULL },
		{ "tokens", "[[0,3]]", 7, NULL, NULL },
	};

	CHECK(strncmp(written(in, NULL, 0), in, strlen(in)) == 0 &&
	    written(in, NULL, 0)[strlen(in)] == '\n',
	    "unchanged record is byte for byte the input");
	CHECK(strcmp(written(in, set, 2),
	    "{\"big\":12345678901234567890,\"f\":1.0,\"e\":1e400,"
	    "\"u\":\"\\u00e9\",\"n\":{\"deep\":[1, 2]},\"text\":\"new\","
	    "\"tokens\":[[0,3]]}\n") == 0,
	    "owned field replaced in place, new one appended");
	CHECK(strcmp(written("{ }", set + 1, 1),
	    "{\"tokens\":[[0,3]] }\n") == 0,
	    "field appended to an empty object");
}

static void
test_escape(void)
{
	struct dp_buf b = { 0 };
	size_t lone;
	const char s[] = "a\"b\\c\x01\n\x1f\xc3\xa9 long enough to scan fast";

	dp_json_str(&b, s, sizeof(s) - 1);
	CHECK_MEM(b.data, b.len, "\"a\\\"b\\\\c\\u0001\\n\\u001f\xc3\xa9 long "
	    "enough to scan fast\"", "JSON string escaping");
	dp_buf_reset(&b);
	CHECK(dp_json_unescape(&b, "\\ud83d\\ude00", 12, NULL) == 0 &&
	    b.len == 4 && memcmp(b.data, "\xf0\x9f\x98\x80", 4) == 0,
	    "surrogate pair decoded");
	dp_buf_reset(&b);
	CHECK(dp_json_unescape(&b, "\\ud83d x", 8, NULL) == -1,
	    "lone high surrogate refused");
	dp_buf_reset(&b);
	lone = 0;
	CHECK(dp_json_unescape(&b, "a\\udc00\\ud83d", 13, &lone) == 0 &&
	    lone == 2 && b.len == 7 && memcmp(b.data, "a\xef\xbf\xbd"
	    "\xef\xbf\xbd", 7) == 0, "lone surrogates to U+FFFD, counted");
	dp_buf_free(&b);
}

/* Span lists against printf, rising by small steps and jumping about. */
static void
test_spans(void)
{
	struct dp_buf got = { 0 }, want = { 0 };
	static const uint32_t edges[20] = { 0, 9, 10, 99, 100, 999, 1000,
	    9999, 10000, 99999, 100000, 999999, 1000000, 9999999, 10000000,
	    99999999, 100000000, 999999999, 1000000000, 4294967295u };
	uint32_t v[400], x = 0;
	size_t i, round;
	int bad = 0;

	srand(7);
	for (round = 0; round < 2000 && !bad; round++) {
		for (i = 0; i < 400; i++) {
			if (rand() % 50 == 0)
				x = (uint32_t)rand() % 100000000u;
			else if (rand() % 40 == 0)
				x = x > 5000 ?
				    x - (uint32_t)(rand() % 5000) : x;
			else
				x += (uint32_t)(rand() %
				    (round % 2 ? 2000 : 12));
			v[i] = x;
		}
		v[0] = round == 0 ? 4294967295u : v[0];
		/* Each number of digits at its edges. */
		for (i = 0; round == 1 && i < 20; i++)
			v[i] = edges[i];
		dp_buf_reset(&got);
		dp_buf_reset(&want);
		dp_json_spans(&got, v, 200);
		dp_buf_addc(&want, '[');
		for (i = 0; i < 200; i++)
			dp_buf_printf(&want, "%s[%u,%u]", i ? "," : "",
			    v[2 * i], v[2 * i + 1]);
		dp_buf_addc(&want, ']');
		bad = got.len != want.len ||
		    memcmp(got.data, want.data, got.len) != 0;
	}
	CHECK(!bad, "span lists written as printf writes them, 2000 rounds");
	dp_buf_free(&got);
	dp_buf_free(&want);
}

int
main(void)
{
	test_grammar();
	test_deep();
	test_fields();
	test_write();
	test_escape();
	test_spans();
	return unit_done();
}
