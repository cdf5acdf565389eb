/*
 * output.c: a record's entities as JSON: label, span, text, and the
 * value, key, currency or date a rule found.
 */

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

const char *const label_names[NLABELS] = { "PER", "LOC", "ORG", "MISC",
	"NORP", "DATE", "QUANTITY", "MONEY", "PERCENT" };

static int
by_first(const void *a, const void *b)
{
	const struct entity *x = a, *y = b;

	return x->first < y->first ? -1 : x->first > y->first;
}

void
write_record(struct ctx *x, struct dp_record *r, struct lang *l)
{
	struct dp_set set;
	const struct entity *e;
	size_t i;

	(void)l;
	if (x->nents > 1)
		qsort(x->ents, x->nents, sizeof(*x->ents), by_first);
	dp_buf_reset(&x->out);
	dp_buf_addc(&x->out, '[');
	for (i = 0; i < x->nents; i++) {
		e = &x->ents[i];
		/* printf(3) was a twentieth of the tool's time */
		dp_buf_adds(&x->out, i ? ",{\"start\":" : "{\"start\":");
		dp_buf_addu(&x->out, x->doc.toks[e->first].start);
		dp_buf_adds(&x->out, ",\"end\":");
		dp_buf_addu(&x->out, x->doc.toks[e->last].end);
		dp_buf_adds(&x->out, ",\"label\":\"");
		dp_buf_adds(&x->out, label_names[e->label]);
		dp_buf_adds(&x->out, "\",\"text\":");
		dp_json_str(&x->out, x->doc.text + x->doc.toks[e->first].bstart,
		    x->doc.toks[e->last].bend - x->doc.toks[e->first].bstart);
		if (e->key != NULL) {
			dp_buf_adds(&x->out, ",\"key\":");
			dp_json_strz(&x->out, e->key);
		}
		if (e->hasvalue) {
			if (e->value == floor(e->value) &&
			    fabs(e->value) < 1e15)
				dp_buf_printf(&x->out, ",\"value\":%.0f",
				    e->value);
			else
				dp_buf_printf(&x->out, ",\"value\":%.15g",
				    e->value);
		} else if (e->date[0] != '\0') {
			dp_buf_adds(&x->out, ",\"value\":\"");
			dp_buf_adds(&x->out, e->date);
			dp_buf_addc(&x->out, '"');
		}
		if (e->approx != NULL) {
			dp_buf_adds(&x->out, ",\"approx\":\"");
			dp_buf_adds(&x->out, e->approx);
			dp_buf_addc(&x->out, '"');
		}
		if (e->currency != NULL) {
			dp_buf_adds(&x->out, ",\"currency\":");
			dp_json_strz(&x->out, e->currency);
		}
		dp_buf_addc(&x->out, '}');
	}
	dp_buf_addc(&x->out, ']');
	set = (struct dp_set){ "entities", x->out.data, x->out.len, NULL,
	    NULL };
	dp_record_write(r, &set, 1);
}
