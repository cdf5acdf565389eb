/* utf8_test: UTF-8 validation, counting, decoding and Windows-1252. */

#include <stdint.h>
#include <string.h>

#include <stdlib.h>

#include <utf8proc.h>

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

/*
 * dp_utf8_nfc composes segment by segment: it must agree with utf8proc on
 * the whole text, for random mixes of inert and composing characters.
 */
static void
test_nfc_segments(void)
{
	static const char *pieces[] = {
		"e", "\xcc\x81", "\xcc\xa7", "C", " ", "\xc3\xa9",
		"\xe2\x84\xab", "\xcd\x84", "\xe1\x84\x80", "\xe1\x85\xa1",
		"\xe1\x86\xa8",
		"\xea\xb0\x80", "\xe2\x80\x99", "\xef\xac\x81", "\xc2\xa0",
		"\xe2\x80\x80", "\xe0\xa4\xa8\xe0\xa4\xbc", "\xd6\xb8",
		"\xd6\xb7", "a", "\xc5\x93", "\xc2\xbd",
		"abcdefghijklmnopqrstuvwxyz0123456789",
	};
	struct dp_buf in = { 0 }, got = { 0 };
	utf8proc_uint8_t *want;
	utf8proc_ssize_t len;
	int round, i, k, compat, bad = 0;

	srand(1);
	for (round = 0; round < 20000 && !bad; round++) {
		dp_buf_reset(&in);
		for (i = rand() % 30; i > 0; i--)
			dp_buf_adds(&in, pieces[rand() %
			    (int)(sizeof(pieces) / sizeof(pieces[0]))]);
		for (compat = 0; compat <= 1; compat++) {
			dp_buf_reset(&got);
			dp_utf8_nfc(&got, in.data, in.len, compat);
			len = utf8proc_map((utf8proc_uint8_t *)in.data,
			    (utf8proc_ssize_t)in.len, &want, UTF8PROC_STABLE |
			    UTF8PROC_COMPOSE | (compat ? UTF8PROC_COMPAT : 0));
			k = len < 0 || (size_t)len != got.len ||
			    memcmp(want, got.data, got.len) != 0;
			bad |= k;
			free(want);
		}
	}
	CHECK(!bad, "segmented NFC and NFKC agree with utf8proc on 20000 "
	    "random texts");
	dp_buf_free(&in);
	dp_buf_free(&got);
}

/* UTF-16 in both byte orders: a pair, a lone surrogate, an odd byte. */
static void
test_utf16(void)
{
	struct dp_buf b = { 0 };

	dp_utf16_decode(&b, "A\0\x3d\xd8\x00\xde", 6, 0);
	CHECK(b.len == 5 && memcmp(b.data, "A\xf0\x9f\x98\x80", 5) == 0,
	    "UTF-16LE letter and surrogate pair");
	dp_buf_reset(&b);
	dp_utf16_decode(&b, "\0A\xd8\x3d\0B\x01", 7, 1);
	CHECK(b.len == 8 && memcmp(b.data, "A\xef\xbf\xbd" "B\xef\xbf\xbd", 8) ==
	    0, "UTF-16BE lone surrogate and odd byte become U+FFFD");
	dp_buf_free(&b);
}

/* The ASCII table agrees with dp_uclass(). */
static void
test_ascii_class(void)
{
	int32_t c;

	for (c = 0; c < 128 && dp_ascii_class[c] == dp_uclass(c); c++)
		;
	CHECK(c == 128, "the ASCII class table agrees with dp_uclass");
}

/* Currency signs are Unicode's Sc, in ASCII and beyond it. */
static void
test_currency(void)
{
	CHECK(dp_ucurrency('$') && dp_ucurrency(0x20AC) &&
	    dp_ucurrency(0xA3) && dp_ucurrency(0x20A3), "$ € £ ₣ are currency");
	CHECK(!dp_ucurrency('#') && !dp_ucurrency('%') && !dp_ucurrency('5') &&
	    !dp_ucurrency(0xA7), "# % 5 § are none");
}

int
main(void)
{
	test_valid();
	test_count();
	test_decode();
	test_cp1252();
	test_nfc_segments();
	test_ascii_class();
	test_currency();
	test_utf16();
	return unit_done();
}
