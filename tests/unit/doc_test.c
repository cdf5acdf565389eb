/*
 * doc_test: the document object read a part at a time (DP_DOC_PARTS):
 * whole sentences per part, a sentence longer than a part alone, tokens
 * and sentences numbered from 0 in their part, offsets the record's; and
 * the whole record as one part without the flag; which tokens' lowercase
 * forms differ from their text (cased).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "unit.h"

/*
 * "Un été. Trois quatre cinq six. Sept." and its tokens: sentences of 3,
 * 5 and 2 tokens, the dots glued to the words before them; the two bytes
 * of each é make a byte offset two more than its code point's after it.
 */
static const char record[] = "{\"text\":\"Un \u00e9t\u00e9. Trois quatre "
    "cinq six. Sept.\",\"tokens\":[[0,2],[3,6],[6,7],[8,13],[14,20],"
    "[21,25],[26,29],[29,30],[31,35],[35,36]],\"sentences\":[[0,7],[8,30],"
    "[31,36]]}";

/* The part's tokens and sentences are these: its lowercase words. */
static int
part_is(const struct dp_doc *d, size_t part, const char *words,
    size_t nsents)
{
	char got[128] = "";
	size_t i, s;

	if (d->part != part || d->nsents != nsents ||
	    d->sfirst[nsents] != d->ntoks)
		return 0;
	for (i = 0; i < d->ntoks; i++) {
		if (i > 0)
			strcat(got, d->toks[i].space ? " " : "|");
		strcat(got, d->lower.data + d->toks[i].lower);
		s = d->toks[i].sent;
		/* numbered in the part, its sentence's first token first */
		if (s >= nsents || d->sfirst[s] > i ||
		    d->toks[i].start < d->sents[2 * s])
			return 0;
	}
	return strcmp(got, words) == 0;
}

static void
test_parts(void)
{
	struct dp_record r = { 0 };
	struct dp_doc d = { 0 };
	char *copy = unit_record(&r, record);

	CHECK(dp_doc_read(&d, &r, DP_DOC_SENTENCES | DP_DOC_SHAPES |
	    DP_DOC_PARTS) == 0, "a record read in parts");
	CHECK(d.ntoks == 0, "no tokens before the first part");
	CHECK(dp_doc_next_part(&d, 4) && part_is(&d, 0, "un été|.", 1),
	    "a part of 4 tokens: the first sentence, the second not fitting");
	CHECK(dp_doc_next_part(&d, 4) &&
	    part_is(&d, 1, "trois quatre cinq six|.", 1) &&
	    d.toks[0].start == 8 && d.toks[0].bstart == 10 &&
	    d.toks[4].end == 30 && d.toks[4].bend == 32 &&
	    dp_doc_byte(&d, 30) == 32 && d.sents[0] == 8 && d.sents[1] == 30,
	    "a sentence of 5 tokens alone, at the record's offsets");
	CHECK(dp_doc_next_part(&d, 4) && part_is(&d, 2, "sept|.", 1) &&
	    d.toks[1].bend == 38 && dp_doc_byte(&d, d.ncps) == d.len,
	    "the last sentence, to the record's end");
	CHECK(!dp_doc_next_part(&d, 4), "no part after the last");

	CHECK(dp_doc_read(&d, &r, DP_DOC_SENTENCES | DP_DOC_SHAPES |
	    DP_DOC_PARTS) == 0 && dp_doc_next_part(&d, 8) &&
	    part_is(&d, 0, "un été|. trois quatre cinq six|.", 2) &&
	    dp_doc_next_part(&d, 8) && part_is(&d, 1, "sept|.", 1) &&
	    !dp_doc_next_part(&d, 8),
	    "parts of 8 tokens: two sentences, then one");

	CHECK(dp_doc_read(&d, &r, DP_DOC_SENTENCES | DP_DOC_SHAPES) == 0 &&
	    part_is(&d, 0, "un été|. trois quatre cinq six|. sept|.", 3) &&
	    !dp_doc_next_part(&d, 8),
	    "without DP_DOC_PARTS, the record is one part");
	free(copy);

	copy = unit_record(&r, "{\"text\":\"\",\"tokens\":[],\"sentences\":[]}");
	CHECK(dp_doc_read(&d, &r, DP_DOC_SENTENCES | DP_DOC_PARTS) == 0 &&
	    dp_doc_next_part(&d, 8) && d.ntoks == 0 && d.nsents == 0 &&
	    !dp_doc_next_part(&d, 8), "an empty record is one empty part");
	free(copy);
	dp_doc_free(&d);
	dp_record_free(&r);
}

/*
 * A token is cased where its lowercase form is other bytes than its text
 * (a capital, U+2019 keyed as '), by either way the doc lowercases it:
 * eight ASCII bytes at once, or a character at a time.
 */
static void
test_cased(void)
{
	struct dp_record r = { 0 };
	struct dp_doc d = { 0 };
	char *copy = unit_record(&r, "{\"text\":\"l\u2019\u00c9tat "
	    "gouvernement \u00e9t\u00e9 Un GOUVERNEMENT un\",\"tokens\":"
	    "[[0,6],[7,19],[20,23],[24,26],[27,39],[40,42]],"
	    "\"sentences\":[[0,42]]}");

	CHECK(dp_doc_read(&d, &r, DP_DOC_SENTENCES | DP_DOC_SHAPES) == 0 &&
	    d.ntoks == 6, "a record of six tokens");
	CHECK(d.ntoks == 6 && d.toks[0].cased && !d.toks[1].cased &&
	    !d.toks[2].cased && d.toks[3].cased && d.toks[4].cased &&
	    !d.toks[5].cased,
	    "cased: l\u2019\u00c9tat, Un, GOUVERNEMENT; not gouvernement, "
	    "\u00e9t\u00e9, un");
	free(copy);
	dp_doc_free(&d);
	dp_record_free(&r);
}

int
main(void)
{
	test_parts();
	test_cased();
	return unit_done();
}
