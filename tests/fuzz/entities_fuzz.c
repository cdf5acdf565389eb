/*
 * entities_fuzz: libFuzzer target for tag-entities' model and rules (dates,
 * quantities, money, gazetteers) on any valid UTF-8 text cut into tokens
 * and sentences by records.h.  Checks that every entity covers tokens in
 * order inside the record, and is not empty where it leaves part of a word
 * out (US-led), and that nothing reads out of bounds (ASan) or overflows
 * (UBSan).
 *   make fuzz FUZZ_SECONDS=60   (DEPECHE_LEXICONS is set by the target)
 */

#include <stdlib.h>

#include "common.h"
#include "../../cmd/tag-entities/tag-entities.h"

#include "records.h"

/* The run's options and context, kept between inputs as in a run. */
static struct options fopt = { .epochs = 1 };
static struct ctx fx;

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct dp_buf line = { 0 };
	struct dp_record r = { 0 };
	const struct entity *e, *prev = NULL;
	size_t i;
	int how, rc;

	if (fx.langs == NULL) {
		fx.opt = &fopt;
		fx.langs = dp_langs_new(&lang_ops, NULL, &fopt);
	}
	if ((how = fuzz_record(&r, &line, data, size, 1)) == FUZZ_NONE)
		return 0;
	rc = run_quietly(tag_record, &r, &fx);
	if (!fuzz_rc_ok(how, rc))
		abort();
	/* in the order written (output.c's x->order) */
	for (i = 0; rc == 0 && i < fx.nents; i++) {
		e = &fx.ents[fx.order[i]];
		if (e->first > e->last || e->last >= fx.doc.ntoks ||
		    (i > 0 && e->first <= prev->last) ||
		    fx.doc.toks[e->first].start + e->head >=
		    fx.doc.toks[e->last].end - e->tail)
			abort();
		prev = e;
	}
	dp_record_free(&r);
	dp_buf_free(&line);
	return 0;
}
