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
	char err[160];
	FILE *saved = stdout;
	size_t i;

	if (!ready) {
		for (i = 0; i < 128; i++)
			ascii_class[i] = (unsigned char)dp_uclass((int32_t)i);
		ready = 1;
	}
	if (size < 1 || dp_utf8_valid((const char *)data + 1, size - 1) !=
	    size - 1)
		return 0;
	/* The first byte picks the language. */
	dp_buf_adds(&line, data[0] & 1 ? "{\"lang\":\"en\",\"text\":" :
	    "{\"lang\":\"fr\",\"text\":");
	dp_json_str(&line, (const char *)data + 1, size - 1);
	add_spans(&line, (const char *)data + 1, size - 1);
	if (dp_record_parse(&r, line.data, line.len, err, sizeof(err)) != 0)
		abort();
	r.name = "fuzz";
	stdout = fopen("/dev/null", "w");
	if (tag_record(&r, NULL) != 0)
		abort();
	fclose(stdout);
	stdout = saved;
	for (i = 0; i < nents; i++)
		if (ents[i].first > ents[i].last || ents[i].last >= ntoks ||
		    (i > 0 && ents[i].first <= ents[i - 1].last))
			abort();
	dp_record_free(&r);
	dp_buf_free(&line);
	return 0;
}
