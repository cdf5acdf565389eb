/*
 * html_fuzz: libFuzzer target for to-html's reading of records: any
 * valid UTF-8 text cut into tokens and sentences by records.h, with
 * entities and claims whose spans come from the fuzzer's bytes too.
 * Checks that every such record is shown (none refused) and that nothing
 * reads out of bounds (ASan) or overflows (UBSan).
 *   make fuzz FUZZ_SECONDS=60
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "../../cmd/to-html/to-html.h"

#include "records.h"

/* The run's context, kept between inputs as in a run. */
static struct ctx fx;

/*
 * Appends entities and claims made of the fuzzer's bytes: spans that may
 * lie beyond the text, be empty or reversed, labels with quotes.
 */
static void
add_marks(struct dp_buf *line, const unsigned char *d, size_t n)
{
	size_t i;

	line->len--;	/* the closing brace */
	dp_buf_adds(line, ",\"claims\":[");
	for (i = 0; i + 6 <= n && i < 60; i += 6)
		dp_buf_printf(line, "%s{\"kind\":\"%s\",\"source\":{\"start\":%u,"
		    "\"end\":%u},\"cue\":{\"start\":%u,\"end\":%u},\"content\":"
		    "{\"start\":%u,\"end\":%u},\"hedged\":%s}", i ? "," : "",
		    d[i] & 1 ? "accusation" : "<b>\\\"", d[i], d[i + 1],
		    d[i + 2], d[i + 3], d[i + 4], d[i + 5],
		    d[i] & 2 ? "true" : "false");
	dp_buf_adds(line, "]}");
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct dp_buf line = { 0 };
	struct dp_record r = { 0 };
	char err[160];
	int how;

	if (fx.sources == NULL) {
		fx.title = "fuzz";
		fx.sources = dp_strset_new();
	}
	if ((how = fuzz_record(&r, &line, data, size, 1)) == FUZZ_NONE)
		return 0;
	if (how == FUZZ_TEXT) {
		dp_record_free(&r);
		add_marks(&line, data, size);
		memset(&r, 0, sizeof(r));
		if (dp_record_parse(&r, line.data, line.len, err,
		    sizeof(err)) != 0)
			abort();
		r.name = "fuzz";
	}
	if (!fuzz_rc_ok(how, run_quietly(page_record, &r, &fx)))
		abort();
	dp_record_free(&r);
	dp_buf_free(&line);
	return 0;
}
