/*
 * segment_fuzz: libFuzzer target for segment's tokenizer and sentence
 * rules, on any valid UTF-8 text or whole record (records.h).  Checks that every span lies inside the
 * text, is not empty, and that tokens come in order without overlapping.
 *   make fuzz FUZZ_SECONDS=60   (DEPECHE_LEXICONS is set by the target)
 */

#include <stdlib.h>

#include "common.h"
#include "../../cmd/segment/segment.h"

#include "records.h"

static int
check_spans(const uint32_t *v, size_t n, size_t len)
{
	size_t i;

	for (i = 0; i < n; i += 2)
		if (v[i] >= v[i + 1] || v[i + 1] > len ||
		    (i > 0 && v[i] < v[i - 1]))
			return 0;
	return 1;
}

/* The run's context, kept between inputs as segment keeps it. */
static struct ctx fx;

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct dp_buf line = { 0 };
	struct dp_record r = { 0 };
	size_t i, n;
	int how, rc;

	if (fx.langs == NULL)
		fx.langs = dp_langs_new(&lang_ops, NULL, &fx);
	if ((how = fuzz_record(&r, &line, data, size, 0)) == FUZZ_NONE)
		return 0;
	rc = run_quietly(segment_record, &r, &fx);
	if (!fuzz_rc_ok(how, rc))
		abort();
	if (rc != 0)
		goto done;
	n = fx.ncps;
	for (i = 0; i < fx.ntoks; i++)
		if (fx.toks[i].start >= fx.toks[i].end || fx.toks[i].end > n ||
		    (i > 0 && fx.toks[i].start < fx.toks[i - 1].end))
			abort();
	if (!check_spans(fx.sents, fx.nsents, n) ||
	    !check_spans(fx.paras, fx.nparas, n))
		abort();
done:
	dp_record_free(&r);
	dp_buf_free(&line);
	return 0;
}
