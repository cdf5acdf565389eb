/*
 * train.c: --train: gold entities mapped onto tokens as B- and I- tags,
 * each sentence's features kept, a model learned and written.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

/*
 * The labels a model learns, in the order of its B- and I- tags: the
 * names.  The others come from rules and gazetteers.  A model states its
 * labels (lang_done maps them onto ours), so a model of another label set
 * is this table and a retraining, nothing else.
 */
static const enum label learned[] = { L_PER, L_LOC, L_ORG, L_MISC };
#define NLEARNED	(sizeof(learned) / sizeof(learned[0]))

/* Maps one gold entity onto the tokens as B- and I- tags. */
static void
gold_span(struct ctx *x, unsigned long s, unsigned long e,
    const char *label, size_t n)
{
	size_t k, first, y;

	for (y = 0; y < NLEARNED; y++)
		if (strlen(label_names[learned[y]]) == n &&
		    memcmp(label_names[learned[y]], label, n) == 0)
			break;
	if (y == NLEARNED)
		return;
	for (k = 0; k < x->doc.ntoks && x->doc.toks[k].end <= s; k++)
		;
	first = k;
	for (; k < x->doc.ntoks && x->doc.toks[k].start < e; k++)
		x->tags[k] = (int)(1 + 2 * y + (k > first));
	if (k == first || x->doc.toks[first].start != s || x->doc.toks[k - 1].end != e)
		x->tr.unaligned++;
}

/* Reads the gold entities of a training record into tags. */
int
read_gold(struct ctx *x, struct dp_record *r)
{
	const struct dp_field *f;
	ssize_t n, i;

	if (x->doc.ntoks > x->captags) {
		x->captags = 2 * x->doc.ntoks;
		x->tags = dp_reallocarray(x->tags, x->captags,
		    sizeof(*x->tags));
	}
	memset(x->tags, 0, x->doc.ntoks * sizeof(*x->tags));
	if ((f = dp_record_get(r, "entities")) == NULL ||
	    f->type != DP_ARRAY) {
		dp_warnat(r->name, r->lineno, "no \"entities\" array to "
		    "learn from");
		return -1;
	}
	if ((n = dp_record_entities(r, "tag-entities", &x->tr.ents,
	    &x->tr.capents)) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (x->tr.ents[i].label != NULL)
			gold_span(x, x->tr.ents[i].start, x->tr.ents[i].end,
			    x->tr.ents[i].label, x->tr.ents[i].labellen);
	return 0;
}

/* Keeps the features and gold tags of tokens first..last-1 to learn. */
void
keep_sentence(struct ctx *x, size_t first, size_t last)
{
	sentence_features(x, first, last);
	dp_examples_add(&x->tr.ex, x->feats, x->featoff, x->tags + first,
	    last - first);
}

/* Learns a model from the kept sentences and writes it to x->opt->train. */
void
train(struct ctx *x)
{
	char *labels[1 + 2 * NLEARNED], names[2 * NLEARNED][16], about[256];
	struct dp_model *m;
	size_t j, n;
	int y;

	if (x->tr.ex.nseq == 0)
		dp_die(DP_EX_DATAERR, "no sentences to learn from");
	labels[0] = "O";
	for (y = 0; y < (int)NLEARNED; y++) {
		snprintf(names[2 * y], 16, "B-%s", label_names[learned[y]]);
		snprintf(names[2 * y + 1], 16, "I-%s", label_names[learned[y]]);
		labels[1 + 2 * y] = names[2 * y];
		labels[2 + 2 * y] = names[2 * y + 1];
	}
	snprintf(about, sizeof(about),
	    "%s; lang %s; %zu sentences, %zu " "tokens, %d epochs", FEATURES,
	    x->tr.lang->code, x->tr.ex.nseq, x->tr.ex.npos, x->opt->epochs);
	m = dp_model_new(labels, 1 + 2 * NLEARNED, about);
	/* I-X only inside an X. */
	for (y = 0; y < (int)(1 + 2 * NLEARNED); y++)
		for (j = 0; j < NLEARNED; j++) {
			if ((size_t)y != 1 + 2 * j && (size_t)y != 2 + 2 * j)
				dp_model_allow(m, y, (int)(2 + 2 * j), 0);
			dp_model_allow(m, -1, (int)(2 + 2 * j), 0);
		}
	dp_model_fit(m, &x->tr.ex, x->opt->epochs, "tokens");
	if (x->tr.unaligned > 0)
		dp_warn("%zu gold entities do not fall on token boundaries",
		    x->tr.unaligned);
	n = dp_model_nfeatures(m);
	if (dp_model_save(m, x->opt->train, PRUNE_BELOW) == -1)
		dp_die(DP_EX_IOERR, "%s: %s", x->opt->train, strerror(errno));
	dp_warn("%s: %zu features learned; %s", x->opt->train, n, about);
	dp_model_free(m);
}
