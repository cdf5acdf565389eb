/* utf8_test: UTF-8 validation, counting, decoding and Windows-1252. */

#include <stdint.h>
#include <string.h>

#include "common.h"
#include "unit.h"

static void
test_valid(void)
{
	static const struct {
		const char *s;
		size_t good;	/* length of the valid prefix */
		const char *what;
	} cases[] = {
		{ "plain ASCII text, longer than eight", 35, "ASCII" },
		{ "L'Azerba\xc3\xaf" "djan", 14, "two-byte letters" },
		{ "\xe2\x80\xaf\xe2\x82\xac", 6, "three-byte NNBSP and euro" },
		{ "\xf0\x9f\x98\x80", 4, "four-byte emoji" },
		{ "ab\xc0\xaf", 2, "overlong slash" },
		{ "abc\xed\xa0\x80", 3, "encoded surrogate" },
		{ "\xf4\x90\x80\x80", 0, "above U+10FFFF" },
		{ "caf\xe9 au lait", 3, "Latin-1 byte" },
		{ "12345678\xc3", 8, "truncated at the end" },
		{ "\x80", 0, "lone continuation byte" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK(dp_utf8_valid(cases[i].s, strlen(cases[i].s)) ==
		    cases[i].good, cases[i].what);
}

static void
test_count(void)
{
	const char *s = "\xc3\xa9t\xc3\xa9 \xe2\x80\x99 \xf0\x9f\x98\x80 and "
	    "some ASCII after it";
	size_t i, n = strlen(s), slow = 0;

	for (i = 0; i < n; i++)
		slow += ((unsigned char)s[i] & 0xC0) != 0x80;
	CHECK(dp_utf8_count(s, n) == slow, "count agrees with a byte loop");
	CHECK(dp_utf8_count("", 0) == 0, "count of nothing");
}

static void
test_decode(void)
{
	int32_t cp;

	CHECK(dp_utf8_decode("\xc5\x93", 2, &cp) == 2 && cp == 0x153,
	    "decode oe ligature");
	CHECK(dp_utf8_decode("\xff", 1, &cp) == 1 && cp == -1,
	    "decode an invalid byte");
}

static void
test_cp1252(void)
{
	struct dp_buf b = { 0 };
	const char in[] = "\x93" "caf\xe9\x94 \x80 \x9c\x81";

	dp_cp1252_decode(&b, in, sizeof(in) - 1);
	CHECK_MEM(b.data, b.len, "\xe2\x80\x9c" "caf\xc3\xa9\xe2\x80\x9d "
	    "\xe2\x82\xac \xc5\x93\xc2\x81", "Windows-1252, undefined 0x81 "
	    "to C1");
	dp_buf_free(&b);
}

int
main(void)
{
	test_valid();
	test_count();
	test_decode();
	test_cp1252();
	return unit_done();
}
