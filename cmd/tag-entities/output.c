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

/*
 * x->order: the entities by their first token, those on the same one in
 * the order found.  A counting sort over the record's tokens: linear, and
 * no copy of an entity.
 */
static void
order_entities(struct ctx *x)
{
	size_t i, n = x->doc.ntoks + 1;

	if (dp_resize_cap(&x->caporder, x->nents))
		x->order = dp_reallocarray(x->order, x->caporder,
		    sizeof(*x->order));
	if (dp_resize_cap(&x->capstarts, n))
		x->starts = dp_reallocarray(x->starts, x->capstarts,
		    sizeof(*x->starts));
	memset(x->starts, 0, n * sizeof(*x->starts));
	for (i = 0; i < x->nents; i++)
		x->starts[x->ents[i].first + 1]++;
	for (i = 1; i < n; i++)
		x->starts[i] += x->starts[i - 1];
	for (i = 0; i < x->nents; i++)
		x->order[x->starts[x->ents[i].first]++] = (uint32_t)i;
}

/* A number's value: an integer in digits, a fraction as %.15g says. */
static void
add_value(struct dp_buf *b, double v)
{
	if (v == floor(v) && fabs(v) < 1e15 && !signbit(v)) {
		dp_buf_addu(b, (unsigned long)v);
		return;
	}
	if (v == floor(v) && fabs(v) < 1e15)
		dp_buf_printf(b, "%.0f", v);
	else
		dp_buf_printf(b, "%.15g", v);
}

/* Starts the record's entities array in x->out. */
void
begin_entities(struct ctx *x)
{
	dp_buf_reset(&x->out);
	dp_buf_addc(&x->out, '[');
}

/* Adds the part's entities to the array, in the order of the text. */
void
add_entities(struct ctx *x)
{
	const struct entity *e;
	uint32_t start, end, bstart;
	size_t i;

	order_entities(x);
	for (i = 0; i < x->nents; i++) {
		e = &x->ents[x->order[i]];
		/* printf(3) was a twentieth of the tool's time */
		start = x->doc.toks[e->first].start + e->head;
		end = x->doc.toks[e->last].end - e->tail;
		dp_buf_adds(&x->out, x->out.len > 1 ? ",{\"start\":" :
		    "{\"start\":");
		dp_buf_addu(&x->out, start);
		dp_buf_adds(&x->out, ",\"end\":");
		dp_buf_addu(&x->out, end);
		dp_buf_adds(&x->out, ",\"label\":\"");
		dp_buf_adds(&x->out, label_names[e->label]);
		dp_buf_adds(&x->out, "\",\"text\":");
		bstart = dp_doc_byte(&x->doc, start);
		dp_json_str(&x->out, x->doc.text + bstart,
		    dp_doc_byte(&x->doc, end) - bstart);
		if (e->key != NULL) {
			dp_buf_adds(&x->out, ",\"key\":");
			dp_json_strz(&x->out, e->key);
		}
		if (e->hasvalue) {
			dp_buf_adds(&x->out, ",\"value\":");
			add_value(&x->out, e->value);
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
}

/* Writes the record with its entities. */
void
write_record(struct ctx *x, struct dp_record *r)
{
	struct dp_set set;

	dp_buf_addc(&x->out, ']');
	set = (struct dp_set){ "entities", x->out.data, x->out.len, NULL,
	    NULL };
	dp_record_write(r, &set, 1);
}
