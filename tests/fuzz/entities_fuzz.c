/*
 * entities_fuzz: libFuzzer target for tag-entities' model and rules (dates,
 * quantities, money, gazetteers) on any valid UTF-8 text cut into tokens
 * and sentences by records.h.  Checks that every entity covers tokens in
 * order inside the record, and that nothing reads out of bounds (ASan) or
 * overflows (UBSan).
 *   make fuzz FUZZ_SECONDS=60   (DEPECHE_LEXICONS is set by the target)
 */

#define main tag_entities_main
#include "../../cmd/tag-entities.c"
#undef main

#include "records.h"

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static int ready;
	struct dp_buf line = { 0 };
	struct dp_record r = { 0 };
	size_t i;

	if (!ready) {
		for (i = 0; i < 128; i++)
			ascii_class[i] = (unsigned char)dp_uclass((int32_t)i);
		ready = 1;
	}
	if (!fuzz_record(&r, &line, data, size, 1))
		return 0;
	if (run_quietly(tag_record, &r, NULL) != 0)
		abort();
	for (i = 0; i < nents; i++)
		if (ents[i].first > ents[i].last || ents[i].last >= ntoks ||
		    (i > 0 && ents[i].first <= ents[i - 1].last))
			abort();
	dp_record_free(&r);
	dp_buf_free(&line);
	return 0;
}
