/*
 * jsonl_fuzz: libFuzzer target for the record parser.  A line the parser
 * accepts must come back byte for byte (less surrounding white space) when
 * written with no field set, and setting a field must keep it parseable.
 *   make fuzz FUZZ_SECONDS=60
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

static char *
write_to_memory(const struct dp_record *r, const struct dp_set *s, size_t n,
    size_t *lenp)
{
	FILE *saved = stdout, *mem;
	char *out = NULL;

	if ((mem = open_memstream(&out, lenp)) == NULL)
		abort();
	stdout = mem;
	dp_record_write(r, s, n);
	fclose(mem);
	stdout = saved;
	return out;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct dp_record r = { 0 }, again = { 0 };
	struct dp_set set = { "text", "\"x\"", 3 };
	char *line, *out, err[160];
	size_t len;

	if (memchr(data, '\n', size) != NULL)
		return 0;	/* one line per record */
	line = malloc(size + 1);
	memcpy(line, data, size);
	if (dp_record_parse(&r, line, size, err, sizeof(err)) == 0) {
		out = write_to_memory(&r, NULL, 0, &len);
		if (len != r.len + 1 || memcmp(out, r.line, r.len) != 0)
			abort();
		free(out);
		out = write_to_memory(&r, &set, 1, &len);
		if (dp_record_parse(&again, out, len - 1, err,
		    sizeof(err)) != 0 || dp_record_get(&again, "text") == NULL)
			abort();
		free(out);
	}
	dp_record_free(&r);
	dp_record_free(&again);
	free(line);
	return 0;
}
