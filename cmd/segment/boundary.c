/*
 * boundary.c: the learned decision where the rules see no stop.  After a
 * mark that is no stop, before a capitalised word on the same line, a
 * sentence may end or go on: a heading closed by a colon or a bracket
 * (« Posologie : La dose… », « Effets indésirables (voir rubrique 4) Des
 * nausées… »), a mail's header or attachment line run into its text
 * (« <<File: plan.doc>> Let me know »), an emoticon; or a list, a
 * quotation, a name in brackets going on (« trois villes : Paris, Lyon »).
 * The rules know only the words listed after a colon or semicolon
 * (colon_starters, soft_stops); a linear model over the words around the
 * point, their shapes, and the sentence so far weighs every such point.
 * It is trained by --train from gold sentences (tools/train-segment, make
 * model) and read from LEXDIR/LANG/segment.model; a language without one
 * keeps its rules.  Between a word and a capitalised word, where most
 * missed boundaries of the training sets are, a model learned the
 * training sets' words and cost a third of segment's time for a gain on
 * the dev sets half of that at marks (see segment(1)).
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "segment.h"

/*
 * Feature templates; their numbers are part of a model (the version).
 * Each is a weight lookup at every point weighed: fewer templates, each
 * richer (shape pairs, not shapes; one key for the sentence so far), gave
 * the same dev scores as more.
 */
enum { B_BIAS = 1, B_W0, B_W1, B_S0S1, B_S1S2, B_W1S2, B_W0W1, B_SENT,
	B_FIRST, B_WM1, NBFEATS = B_WM1 };

/* Labels: the sentence goes on after the point, or ends there. */
#define GOES_ON	0
#define ENDS	1

/* Weights under this in magnitude are left out of a saved model. */
#define PRUNE_BELOW	0.01

/* A token's word and shape, hashed; the text's end has its own. */
struct hashes {
	uint64_t	 word, shape;
};

static const struct hashes text_end = { 0x7654321, 0x1234567 };

static inline uint64_t
feat(uint64_t tmpl, uint64_t value)
{
	return dp_mix64(value ^ dp_mix64(tmpl));
}

/*
 * Token k's hashes in one pass over its code points: its word lowercased
 * (apostrophes as U+0027), FNV-1a over the code points; and its shape, X
 * for capitals, x for small letters, d for digits, an ASCII sign as
 * itself, runs of one kind written once (Xx, X, d.d), and its length up
 * to 4 (I, EDIT).  No key is built: a word's hash is only ever compared
 * with the model's, made the same way.
 */
static struct hashes
token_hashes(struct ctx *x, size_t k)
{
	/* a class's letter in a shape; 0: the sign itself */
	static const unsigned char kinds[] = { [DP_CL_UPPER] = 'X',
	    [DP_CL_LETTER] = 'x', [DP_CL_DIGIT] = 'd', [DP_CL_SYMBOL] = 0 };
	uint64_t word = UINT64_C(0xcbf29ce484222325), shape = 0;
	const uint32_t *p = x->cps + x->toks[k].start;
	const uint32_t *end = x->cps + x->toks[k].end;
	uint32_t kind, last = 0, c, class;
	size_t n = 0, len = (size_t)(end - p);

	for (; p < end; p++) {
		c = *p & CP_MASK;
		class = *p >> CP_BITS;
		kind = class == DP_CL_MARK ? last : kinds[class] ? kinds[class] :
		    c < 0x80 ? c : 'p';
		if (kind != last && n < 8) {
			shape = shape << 8 | kind;
			n++;
		}
		last = kind;
		if (c >= 0x80)
			c = c == 0x2019 ? '\'' : (uint32_t)dp_ulower((int32_t)c);
		else if (class == DP_CL_UPPER)
			c += 32;
		word = (word ^ c) * UINT64_C(0x100000001b3);
	}
	return (struct hashes){ dp_mix64(word),
	    dp_mix64(shape << 8 | (len > 4 ? 4 : len)) };
}

/* A length in tokens as a class: 1, 2, 3, 4, 5-6, 7-9, 10-14, 15-24, 25-. */
static uint64_t
length_class(size_t n)
{
	static const size_t bounds[] = { 1, 2, 3, 4, 6, 9, 14, 24 };
	size_t i;

	for (i = 0; i < sizeof(bounds) / sizeof(bounds[0]); i++)
		if (n <= bounds[i])
			return i;
	return i;
}

/*
 * Is the point after token k, in a sentence from token first and outside
 * any quotation, one the model weighs: a capitalised word after a space
 * on the same line, after a mark that is no stop, comma, hyphen or
 * opening mark (those are the rules' to judge), nor a list item's marker?
 */
int
boundary_candidate(struct ctx *x, size_t k)
{
	const struct token *t = &x->toks[k], *next;
	int32_t c;

	/* the marker of a list item opening the sentence ends nothing */
	if (k + 1 >= x->ntoks || t->type != T_PUNCT ||
	    (x->item_open && x->item.end >= k))
		return 0;
	next = &x->toks[k + 1];
	if (!next->upper || next->newlines != 0 || !next->space ||
	    next->type != T_WORD)
		return 0;
	c = mark(x, k);
	return !is_terminal(x, k) && c != ',' && !is_hyphen(c) &&
	    (!is_opening(c) || quote_role(x, k) < 0);
}

/* The lowercase words of tokens first..k. */
static size_t
lowercase_words(struct ctx *x, size_t first, size_t k)
{
	size_t i, n = 0;

	for (i = first; i <= k; i++)
		n += x->toks[i].type == T_WORD &&
		    cl(x, x->toks[i].start) == DP_CL_LETTER;
	return n;
}

/*
 * The features of the point after token k, in the sentence from first,
 * into f (NBFEATS of them).  Which words start sentences the model learns
 * from their own weights: the rules' lists of them (starters,
 * strong_starters, determiners) as a feature lowered Sequoia dev.
 */
static void
boundary_features(struct ctx *x, size_t first, size_t k, uint64_t *f)
{
	struct hashes h0, h1, h2;
	size_t lower, k2 = k + 2;
	uint64_t sent;

	/* the word after next, if on the same line */
	if (k2 < x->ntoks && x->toks[k2].newlines > 0)
		k2 = x->ntoks;
	h0 = token_hashes(x, k);
	h1 = token_hashes(x, k + 1);
	h2 = k2 < x->ntoks ? token_hashes(x, k2) : text_end;
	/* a heading is short, in capitals, at the start of its line */
	lower = lowercase_words(x, first, k);
	sent = length_class(k + 1 - first) << 3 | (lower > 3 ? 3 : lower) << 1 |
	    (first == 0 || x->toks[first].newlines > 0);
	*f++ = feat(B_BIAS, 0);
	*f++ = feat(B_W0, h0.word);
	*f++ = feat(B_W1, h1.word);
	*f++ = feat(B_S0S1, h0.shape ^ dp_mix64(h1.shape));
	*f++ = feat(B_S1S2, h1.shape ^ dp_mix64(h2.shape));
	*f++ = feat(B_W1S2, h1.word ^ dp_mix64(h2.shape));
	*f++ = feat(B_W0W1, h0.word ^ dp_mix64(h1.word));
	*f++ = feat(B_SENT, sent);
	/* a sentence that opens with a preposition (Dans, Pourtant en)
	 * goes on past its adjunct */
	*f++ = feat(B_FIRST, k > first ? token_hashes(x, first).word : 0);
	*f = feat(B_WM1, k > first ? token_hashes(x, k - 1).word : 0);
}

/*
 * Does a sentence end after token k, a candidate point?  Training, the
 * gold says so, and the point is kept to learn from.
 */
int
boundary_at(struct ctx *x, const struct lang *l, size_t first, size_t k)
{
	uint64_t f[NBFEATS];
	uint32_t off[2] = { 0, NBFEATS };
	int y;

	if (l->model == NULL && x->train == NULL)
		return 0;
	boundary_features(x, first, k, f);
	if (x->train != NULL) {
		y = x->goldend[k] ? ENDS : GOES_ON;
		dp_examples_add(&x->examples, f, off, &y, 1);
		return y == ENDS;
	}
	return dp_model_best(l->model, f, NBFEATS) == ENDS;
}

/*
 * Training: marks the tokens after which a gold sentence of the record
 * ends (its "sentences" field), x->sents serving to read them.  Returns
 * 0, or -1 after saying what is wrong.
 */
int
boundary_gold(struct ctx *x, const struct dp_record *r)
{
	ssize_t n;
	size_t i, k = 0;
	uint32_t e;

	if (dp_record_get(r, "sentences") == NULL) {
		dp_warnat(r->name, r->lineno, "no \"sentences\" to learn from");
		return -1;
	}
	if ((n = dp_record_spans(r, "sentences", "segment", &x->sents,
	    &x->capsents)) < 0 || dp_record_check_spans(r, "sentence",
	    x->sents, (size_t)n, x->ncps) != 0)
		return -1;
	if (dp_resize_cap(&x->capgoldend, x->ntoks + 1)) {
		x->goldend = dp_reallocarray(x->goldend, x->capgoldend, 1);
	}
	memset(x->goldend, 0, x->ntoks + 1);
	for (i = 0; i < (size_t)n; i++) {
		e = x->sents[2 * i + 1];
		while (k + 1 < x->ntoks && x->toks[k + 1].end <= e)
			k++;
		if (k < x->ntoks && x->toks[k].end <= e &&
		    (k + 1 >= x->ntoks || e <= x->toks[k + 1].start))
			x->goldend[k] = 1;
	}
	return 0;
}

/*
 * Learns the model from the points kept and writes it to x->train, an end
 * having to outweigh going on by margin: the perceptron's weights are
 * not probabilities, and a margin chosen on the dev sets trades the
 * boundaries found for those made up.
 */
void
boundary_train(struct ctx *x, int epochs, float margin)
{
	char *labels[] = { "on", "end" }, about[256];
	struct dp_model *m;

	if (x->examples.nseq == 0)
		dp_die(DP_EX_DATAERR, "no candidate points to learn from");
	snprintf(about, sizeof(about), "%s; lang %s; %zu points, %d epochs, "
	    "margin %g", BOUNDARY_FEATURES, x->trainlang->code,
	    x->examples.nseq, epochs, (double)margin);
	m = dp_model_new(labels, 2, about);
	dp_model_fit(m, &x->examples, epochs, "points");
	dp_model_prior(m, GOES_ON, margin);
	if (dp_model_save(m, x->train, PRUNE_BELOW) == -1)
		dp_die(DP_EX_IOERR, "%s: %s", x->train, strerror(errno));
	dp_warn("%s: %zu features learned; %s", x->train,
	    dp_model_nfeatures(m), about);
	dp_model_free(m);
}
