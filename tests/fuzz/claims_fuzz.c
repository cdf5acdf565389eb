/*
 * claims_fuzz: libFuzzer target for extract-claims' rules, on any valid
 * UTF-8 text cut into words, punctuation and sentences by records.h
 * (segment has its own target).  Checks that every claim's spans lie
 * inside the text, are not empty, and that no rule reads out of bounds
 * (ASan).
 *   make fuzz FUZZ_SECONDS=60   (DEPECHE_LEXICONS is set by the target)
 */

#include <stdlib.h>

#include "common.h"
#include "../../cmd/extract-claims/extract-claims.h"

#include "records.h"

/* The run's context, kept between inputs as extract-claims keeps it. */
static struct ctx fx;

static void
check(const struct span *s, int may_be_empty)
{
	if (s->first < 0) {
		if (!may_be_empty)
			abort();
		return;
	}
	if (s->start >= s->end || s->end > fx.doc.ncps ||
	    s->first >= s->last || s->last > (long)fx.doc.ntoks)
		abort();
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct dp_buf line = { 0 };
	struct dp_record r = { 0 };
	size_t i;
	int how, rc;

	if ((how = fuzz_record(&r, &line, data, size, 1)) == FUZZ_NONE)
		return 0;
	if (fx.langs == NULL)
		fx.langs = dp_langs_new(&lang_ops, NULL, NULL);
	rc = run_quietly(extract_record, &r, &fx);
	if (!fuzz_rc_ok(how, rc))
		abort();
	for (i = 0; rc == 0 && i < fx.nclaims; i++) {
		const struct claim *c = &fx.claims[i];

		if (c->dropped)
			continue;
		check(&c->cue, 0);
		check(&c->content, 0);
		check(&c->target, 1);
		if (c->source.first >= 0 &&
		    (c->source.start >= c->source.end ||
		    c->source.end > fx.doc.ncps))
			abort();
	}
	dp_record_free(&r);
	dp_buf_free(&line);
	return 0;
}
