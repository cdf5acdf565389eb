/*
 * model_test: the span reader takes exactly arrays of [start,end] pairs,
 * and a model learns a separable sequence, survives a save and a load
 * unchanged in what it tags, and keeps forbidden transitions forbidden; a
 * classifier of one position learns from examples, answers as a sequence
 * of one would, and a prior moves its threshold.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "unit.h"

static ssize_t
spans(const char *s, uint32_t **v, size_t *cap)
{
	return dp_json_spans_parse(s, strlen(s), v, cap);
}

static void
test_spans_parse(void)
{
	static const char *bad[] = { "", "[", "[[1,2]", "[[1,2],]", "[[1]]",
	    "[[2,1]]", "[[1,2,3]]", "[[-1,2]]", "[[01,2]]", "[[1,2]] x",
	    "[[1,4294967296]]", "{}", "[[1.5,2]]" };
	uint32_t *v = NULL;
	size_t cap = 0, i;

	CHECK(spans("[]", &v, &cap) == 0, "an empty array has no spans");
	CHECK(spans(" [ [0,2] , [3, 4294967295]]\n", &v, &cap) == 2 &&
	    v[0] == 0 && v[1] == 2 && v[2] == 3 && v[3] == 4294967295U,
	    "spans with white space, up to 2^32 - 1");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CHECK(spans(bad[i], &v, &cap) == -1, bad[i]);
	free(v);
}

/*
 * A toy task: kind 1 is a name's first word, 2 a word inside one, 3 any
 * other word; each position has its kind and the kind before it as
 * features.  Labels O, B-X, I-X.
 */
static void
toy(const int *kinds, size_t n, uint64_t *feats, uint32_t *off)
{
	size_t i;

	for (i = 0; i < n; i++) {
		off[i] = (uint32_t)(2 * i);
		feats[2 * i] = 1000 + (uint64_t)kinds[i];
		feats[2 * i + 1] = 2000 + (uint64_t)(i > 0 ? kinds[i - 1] : 0);
	}
	off[n] = (uint32_t)(2 * n);
}

/*
 * Decoding with fixed labels: none fixed tags as dp_model_tag; a fixed
 * position keeps its label and the rest is the best path through it.
 */
static void
test_fixed(struct dp_model *m)
{
	static const int kinds[] = { 3, 1, 2, 2, 3, 1, 3 };
	static const int none[] = { -1, -1, -1, -1, -1, -1, -1 };
	static const int some[] = { -1, -1, -1, 0, -1, -1, 0 };
	float emit[7 * 4];
	uint64_t feats[14];
	uint32_t off[8];
	size_t S = dp_model_stride(m);
	int want[7], out[7], i, same;

	CHECK(S == 4, "a row of scores is padded to four floats");
	toy(kinds, 7, feats, off);
	dp_model_tag(m, feats, off, 7, want);
	memset(emit, 0, sizeof(emit));
	for (i = 0; i < 7; i++)
		dp_model_scores(m, feats + off[i], off[i + 1] - off[i],
		    emit + S * i);
	dp_model_decode(m, emit, 7, none, out);
	for (i = 0, same = 1; i < 7; i++)
		same &= out[i] == want[i];
	CHECK(same, "decoding with no label fixed tags as the model does");
	dp_model_decode(m, emit, 7, some, out);
	CHECK(out[3] == 0 && out[6] == 0, "fixed positions keep their label");
	/* The same as forbidding the other labels by their scores. */
	for (i = 0; i < 7 * 4; i++)
		if (some[i / 4] >= 0 && i % 4 < 3 && i % 4 != some[i / 4])
			emit[i] = -1e30f;
	dp_model_decode(m, emit, 7, none, want);
	for (i = 0, same = 1; i < 7; i++)
		same &= out[i] == want[i];
	CHECK(same, "the rest is the best path through them");
	/* O fixed before an I-X that the scores want: B-X, not I-X. */
	{
		static const int before[] = { -1, 0, -1, -1, -1, -1, -1 };

		memset(emit, 0, sizeof(emit));
		for (i = 0; i < 7; i++)
			dp_model_scores(m, feats + off[i],
			    off[i + 1] - off[i], emit + S * i);
		dp_model_decode(m, emit, 7, before, out);
		CHECK(out[1] == 0 && out[2] != 2,
		    "no I-X after a position fixed to O");
	}
}

static void
test_learn(void)
{
	char *labels[] = { "O", "B-X", "I-X" };
	static const int kinds[] = { 3, 1, 2, 2, 3, 1, 3 };
	static const int gold[] = { 0, 1, 2, 2, 0, 1, 0 };
	uint64_t feats[14];
	uint32_t off[8];
	int guess[7], again[7], i, same;
	struct dp_model *m;
	char path[] = "/tmp/model_testXXXXXX";
	int fd;

	m = dp_model_new(labels, 3, "toy");
	dp_model_allow(m, 0, 2, 0);	/* no I-X after O */
	dp_model_allow(m, -1, 2, 0);	/* nor first */
	toy(kinds, 7, feats, off);
	for (i = 0; i < 10; i++)
		dp_model_learn(m, feats, off, 7, gold, guess);
	CHECK(dp_model_learn(m, feats, off, 7, gold, guess) == 0,
	    "the perceptron separates a separable sequence");
	if ((fd = mkstemp(path)) == -1)
		return;
	close(fd);
	CHECK(dp_model_save(m, path, 0.01) == 0, "the model saves");
	dp_model_free(m);
	m = dp_model_load(path);
	unlink(path);
	CHECK(strcmp(dp_model_about(m), "toy") == 0 &&
	    dp_model_nlabels(m) == 3 &&
	    strcmp(dp_model_label(m, 2), "I-X") == 0,
	    "the description and labels come back");
	dp_model_tag(m, feats, off, 7, again);
	for (i = 0, same = 1; i < 7; i++)
		same &= again[i] == gold[i];
	CHECK(same, "the loaded model tags as it learned");
	/* A sequence whose scores favour I-X at the start still cannot
	 * begin with it. */
	{
		static const int odd[] = { 2, 2, 3 };
		int out[3];

		toy(odd, 3, feats, off);
		dp_model_tag(m, feats, off, 3, out);
		CHECK(out[0] != 2 && !(out[0] == 0 && out[1] == 2),
		    "forbidden transitions stay forbidden after a load");
	}
	test_fixed(m);
	dp_model_free(m);
}

/*
 * Points of one position each: feature 7 says "yes", 8 "no", 9 is in
 * both.  dp_model_fit learns them; dp_model_best agrees with
 * dp_model_tag; a prior for "no" as large as any score keeps every point
 * "no".
 */
static void
test_classify(void)
{
	char *labels[] = { "no", "yes" };
	struct dp_examples ex = { 0 };
	struct dp_model *m;
	uint64_t f[2];
	uint32_t off[2] = { 0, 2 };
	int y, tagged, i, same = 1;

	m = dp_model_new(labels, 2, "points");
	for (i = 0; i < 20; i++) {
		f[0] = i % 2 ? 7 : 8;
		f[1] = 9;
		y = i % 2;
		dp_examples_add(&ex, f, off, &y, 1);
	}
	CHECK(ex.nseq == 20 && ex.npos == 20 && ex.nfeats == 40 &&
	    ex.off[20] == 40 && ex.first[20] == 20, "twenty points kept");
	dp_model_fit(m, &ex, 3, "points");
	for (i = 0; i < 20; i++) {
		dp_model_tag(m, ex.feats + ex.off[i], off, 1, &tagged);
		y = dp_model_best(m, ex.feats + ex.off[i], 2);
		same &= y == ex.gold[i] && y == tagged;
	}
	CHECK(same, "each point learned, best as a sequence of one tags it");
	dp_model_prior(m, 0, 1000);
	same = 1;
	for (i = 0; i < 20; i++)
		same &= dp_model_best(m, ex.feats + ex.off[i], 2) == 0;
	CHECK(same, "a prior moves the threshold");
	dp_examples_free(&ex);
	CHECK(ex.feats == NULL && ex.nseq == 0, "examples freed and emptied");
	dp_model_free(m);
}

int
main(void)
{
	test_spans_parse();
	test_learn();
	test_classify();
	return unit_done();
}
