/*
 * mojibake_fuzz: libFuzzer target for normalize's mojibake repair
 * (cmd/normalize/mojibake.c), on any valid UTF-8 text.  Checks that each
 * repair writes valid UTF-8, never longer than what it repaired (a repair
 * turns characters into fewer), and that repairing again, as normalize's
 * passes do, comes to a text left alone within their number: one call
 * peels eight misreadings at most, and text misread more times than that
 * (a fuzzer's, not the news's: tests/fuzz/seeds/mojibake-layers) takes a
 * few calls.
 *   make fuzz FUZZ_SECONDS=60
 */

#include <stdlib.h>

#include "common.h"
#include "../../cmd/normalize/normalize.h"

#define PASSES	64	/* normalize_text's bound */

static struct mojibake *m;

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct dp_buf bufs[2] = { { 0 }, { 0 } };
	const char *s = (const char *)data;
	size_t n = size;
	int i;

	if (m == NULL)
		m = mojibake_new();
	if (dp_utf8_valid(s, size) != size)
		return 0;
	for (i = 0; mojibake_repair(m, s, n, &bufs[i % 2]) > 0; i++) {
		if (i == PASSES || bufs[i % 2].len > n ||
		    dp_utf8_valid(bufs[i % 2].data, bufs[i % 2].len) !=
		    bufs[i % 2].len)
			abort();
		s = bufs[i % 2].data;
		n = bufs[i % 2].len;
	}
	dp_buf_free(&bufs[0]);
	dp_buf_free(&bufs[1]);
	return 0;
}
