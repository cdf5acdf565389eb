/*
 * jsonl_fuzz: libFuzzer target for the record parser.  A line the parser
 * accepts must come back byte for byte (less surrounding white space) when
 * written with no field set, and setting a field must keep it parseable;
 * the spans kept while it was checked must be what the slow path reads.
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

/* Aborts unless each field's kept spans are what the field holds. */
static void
check_spans(const struct dp_record *r)
{
	const struct dp_field *f;
	uint32_t *v = NULL;
	size_t cap = 0, i;
	ssize_t n;

	for (i = 0; i < r->nfields; i++) {
		f = &r->fields[i];
		if (f->nspans < 0)
			continue;
		n = dp_json_spans_parse(r->line + f->start, f->end - f->start,
		    &v, &cap);
		if (n != f->nspans || (n > 0 && memcmp(v, r->spans + f->span0,
		    2 * (size_t)n * sizeof(*v)) != 0))
			abort();
	}
	free(v);
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
		check_spans(&r);
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
