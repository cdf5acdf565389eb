/*
 * mojibake_fuzz: libFuzzer target for normalize's mojibake repair
 * (cmd/normalize/mojibake.c), on any valid UTF-8 text.  Checks that the
 * repair writes valid UTF-8, never longer than its input (a repair turns
 * characters into fewer), and that its result needs no more repair: it
 * stops at a text it leaves alone.
 *   make fuzz FUZZ_SECONDS=60
 */

#include <stdlib.h>

#include "common.h"
#include "../../cmd/normalize/normalize.h"

static struct mojibake *m;

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct dp_buf out = { 0 }, again = { 0 };
	const char *s = (const char *)data;

	if (m == NULL)
		m = mojibake_new();
	if (dp_utf8_valid(s, size) != size)
		return 0;
	if (mojibake_repair(m, s, size, &out) > 0) {
		if (out.len > size || dp_utf8_valid(out.data, out.len) !=
		    out.len)
			abort();
		if (mojibake_repair(m, out.data, out.len, &again) > 0)
			abort();
	}
	dp_buf_free(&out);
	dp_buf_free(&again);
	return 0;
}
