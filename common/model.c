/*
 * model.c: a linear sequence labeller.  Trained as an averaged structured
 * perceptron (Collins 2002), decoded with Viterbi over label bigrams that
 * the caller may forbid (I-PER after O).  Features are 64-bit hashes the
 * caller computes: the model knows nothing of words.
 *
 * File format, all numbers little-endian: "DPMODEL1", u32 length and bytes
 * of a description, u32 number of labels L and their names each ending in
 * NUL, f32 weight scale, (L+1)*L f32 transition weights (the last row from
 * the start) and as many bytes, 1 where the transition is allowed, u32
 * number of features, then per feature its u64 hash and L i16 weights
 * (times the scale).
 */

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAGIC	"DPMODEL1"
#define MAXLABELS	256	/* the scores' and decode's rows on the stack */
#define LANES		4	/* floats decode adds at once: SSE2's */

struct dp_model {
	size_t		 nlabels;
	char		**labels;	/* one allocation with the names */
	char		*about;		/* the description */
	uint64_t	*keys;		/* open addressing; 0 is empty */
	uint32_t	*slots;		/* key's row in w */
	size_t		 cap;		/* of keys: a power of two */
	size_t		 nfeat;
	float		*w;		/* nfeat rows of nlabels */
	float		*trans;		/* (nlabels + 1) rows of nlabels */
	float		*dense;		/* trans, forbidden as -FLT_MAX */
	unsigned char	*preds;		/* per label, those allowed before */
	float		*predtrans;	/* and the weights of those */
	size_t		*npreds;
	int		 dense_ok;	/* dense and preds are up to date */
	unsigned char	*allowed;	/* as trans */
	/* Training only: sums of c * update, for the average. */
	double		*uw, *utrans;
	size_t		 capw;
	unsigned long	 c;
	/* A loaded model: per slot the key then L i16 weights, in one
	 * cache line, so that a lookup costs one miss. */
	unsigned char	*packed;	/* an image's, if borrowed */
	int		 borrowed;
	size_t		 packcap, packsize;
	float		 scale;
	/* Viterbi's work, kept between sequences: rows of stride floats,
	* nlabels rounded up to LANES. */
	float		*score;
	size_t		 stride;
	size_t		 capseq;
};

static uint64_t
nonzero(uint64_t h)
{
	return h != 0 ? h : 1;
}

static size_t
find_slot(const struct dp_model *m, uint64_t h)
{
	size_t i = (size_t)(h ^ (h >> 29)) & (m->cap - 1);

	while (m->keys[i] != 0 && m->keys[i] != h)
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* The weight row of feature h, or NULL. */
static const float *
row(const struct dp_model *m, uint64_t h)
{
	size_t i;

	if (m->cap == 0)
		return NULL;
	h = nonzero(h);
	i = find_slot(m, h);
	return m->keys[i] != 0 ? m->w + (size_t)m->slots[i] * m->nlabels :
	    NULL;
}

static void
grow_table(struct dp_model *m)
{
	uint64_t *oldkeys = m->keys;
	uint32_t *oldslots = m->slots;
	size_t oldcap = m->cap, i, j;

	m->cap = m->cap ? 2 * m->cap : 4096;
	m->keys = dp_calloc(m->cap, sizeof(*m->keys));
	m->slots = dp_calloc(m->cap, sizeof(*m->slots));
	for (i = 0; i < oldcap; i++)
		if (oldkeys[i] != 0) {
			j = find_slot(m, oldkeys[i]);
			m->keys[j] = oldkeys[i];
			m->slots[j] = oldslots[i];
		}
	free(oldkeys);
	free(oldslots);
}

/* The row of feature h, added with zero weights if new. */
static size_t
add_row(struct dp_model *m, uint64_t h)
{
	size_t i, L = m->nlabels;

	if (2 * (m->nfeat + 1) > m->cap)
		grow_table(m);
	h = nonzero(h);
	i = find_slot(m, h);
	if (m->keys[i] != 0)
		return m->slots[i];
	if (m->nfeat == m->capw) {
		m->capw = m->capw ? 2 * m->capw : 4096;
		m->w = dp_reallocarray(m->w, m->capw, L * sizeof(*m->w));
		if (m->uw != NULL)
			m->uw = dp_reallocarray(m->uw, m->capw,
			    L * sizeof(*m->uw));
	}
	memset(m->w + m->nfeat * L, 0, L * sizeof(*m->w));
	if (m->uw != NULL)
		memset(m->uw + m->nfeat * L, 0, L * sizeof(*m->uw));
	m->keys[i] = h;
	m->slots[i] = (uint32_t)m->nfeat;
	return m->nfeat++;
}

static struct dp_model *
model_alloc(char *const *labels, size_t n)
{
	struct dp_model *m;
	size_t i, size = 0;
	char *p;

	if (n == 0 || n > MAXLABELS)
		dp_die(DP_EX_SOFTWARE, "a model of %zu labels", n);
	m = dp_calloc(1, sizeof(*m));
	m->nlabels = n;
	m->stride = (n + LANES - 1) / LANES * LANES;
	for (i = 0; i < n; i++)
		size += strlen(labels[i]) + 1;
	m->labels = dp_malloc((n + 1) * sizeof(char *) + size);
	p = (char *)(m->labels + n + 1);
	for (i = 0; i < n; i++) {
		m->labels[i] = p;
		p = stpcpy(p, labels[i]) + 1;
	}
	m->labels[n] = NULL;
	m->trans = dp_calloc((n + 1) * n, sizeof(*m->trans));
	m->allowed = dp_malloc((n + 1) * n);
	memset(m->allowed, 1, (n + 1) * n);
	m->about = dp_strdup("");
	return m;
}

struct dp_model *
dp_model_new(char *const *labels, size_t n, const char *about)
{
	struct dp_model *m = model_alloc(labels, n);

	free(m->about);
	m->about = dp_strdup(about);
	m->utrans = dp_calloc((n + 1) * n, sizeof(*m->utrans));
	m->uw = dp_malloc(1);	/* marks a model in training */
	return m;
}

void
dp_model_free(struct dp_model *m)
{
	if (m == NULL)
		return;
	free(m->labels);
	free(m->about);
	free(m->keys);
	free(m->slots);
	free(m->w);
	free(m->trans);
	free(m->dense);
	free(m->preds);
	free(m->predtrans);
	free(m->npreds);
	free(m->allowed);
	free(m->uw);
	free(m->utrans);
	free(m->score);
	if (!m->borrowed)
		free(m->packed);
	free(m);
}

size_t
dp_model_nlabels(const struct dp_model *m)
{
	return m->nlabels;
}

size_t
dp_model_stride(const struct dp_model *m)
{
	return m->stride;
}

const char *
dp_model_label(const struct dp_model *m, size_t i)
{
	return m->labels[i];
}

const char *
dp_model_about(const struct dp_model *m)
{
	return m->about;
}

size_t
dp_model_nfeatures(const struct dp_model *m)
{
	return m->nfeat;
}

void
dp_model_prior(struct dp_model *m, int y, float d)
{
	m->trans[m->nlabels * m->nlabels + (size_t)y] += d;
	m->dense_ok = 0;
}

void
dp_model_allow(struct dp_model *m, int from, int to, int yes)
{
	size_t r = from < 0 ? m->nlabels : (size_t)from;

	m->allowed[r * m->nlabels + (size_t)to] = (unsigned char)(yes != 0);
	m->dense_ok = 0;
}

/*
 * The SSE2 loops below run over V vectors of LANES floats, V being the
 * stride over LANES.  Each is reached through a switch that passes V as a
 * constant for the strides of real models (the entity models' nine
 * labels: 3), so that the compiler unrolls it and keeps the sums in
 * registers: packed_scores and free_step then cost about half the
 * instructions of loops over a V it does not know.
 */
#define BY_STRIDE(V, CALL) do {						\
	switch (V) {							\
	case 1: CALL(1); break;						\
	case 2: CALL(2); break;						\
	case 3: CALL(3); break;						\
	case 4: CALL(4); break;						\
	default: CALL(V); break;					\
	}								\
} while (0)

/*
 * The slot of feature h in a loaded model's packed table, or NULL.
 */
static DP_INLINE const unsigned char *
packed_slot(const struct dp_model *m, uint64_t h)
{
	size_t i, mask = m->packcap - 1;
	const unsigned char *slot;
	uint64_t key;

	for (i = (size_t)(h ^ (h >> 29)) & mask;; i = (i + 1) & mask) {
		slot = m->packed + i * m->packsize;
		memcpy(&key, slot, 8);
		if (key == h)
			return slot;
		if (key == 0)
			return NULL;
	}
}

/*
 * Adds the weights of n features of a loaded model to s.  A slot's
 * weights are padded with zeros to the stride (the slot's size is a
 * multiple of 8 bytes), and summed LANES at a time: SSE2's vectors where
 * there are (the compiler keeps the scalar loop scalar).
 */
#ifdef __SSE2__
static DP_INLINE void
packed_scores_by(const struct dp_model *m, const uint64_t *f, size_t n,
    float *s, size_t V)
{
	__m128i sum[(MAXLABELS + LANES - 1) / LANES], w;
	const unsigned char *slot;
	size_t j, y;

	for (y = 0; y < V; y++)
		sum[y] = _mm_setzero_si128();
	for (j = 0; j < n; j++) {
		if ((slot = packed_slot(m, nonzero(f[j]))) == NULL)
			continue;
		/* four i16 sign-extended to i32: each in a lane's high
		 * half, shifted down */
		for (y = 0; y < V; y++) {
			w = _mm_loadl_epi64((const __m128i *)(const void *)
			    (slot + 8 + 8 * y));
			sum[y] = _mm_add_epi32(sum[y],
			    _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
		}
	}
	for (y = 0; y < V; y++)
		_mm_storeu_ps(s + LANES * y, _mm_add_ps(_mm_loadu_ps(s +
		    LANES * y), _mm_mul_ps(_mm_set1_ps(m->scale),
		    _mm_cvtepi32_ps(sum[y]))));
}

static void
packed_scores(const struct dp_model *m, const uint64_t *f, size_t n,
    float *s)
{
#define PACKED_SCORES(V)	packed_scores_by(m, f, n, s, V)
	BY_STRIDE(m->stride / LANES, PACKED_SCORES);
#undef PACKED_SCORES
}
#else
static void
packed_scores(const struct dp_model *m, const uint64_t *f, size_t n,
    float *s)
{
	size_t S = m->stride, j, y;
	const unsigned char *slot;
	int32_t sum[MAXLABELS + LANES];
	int16_t w;

	memset(sum, 0, S * sizeof(sum[0]));
	for (j = 0; j < n; j++) {
		if ((slot = packed_slot(m, nonzero(f[j]))) == NULL)
			continue;
		for (y = 0; y < S; y++) {
			memcpy(&w, slot + 8 + 2 * y, 2);
			sum[y] += w;
		}
	}
	for (y = 0; y < S; y++)
		s[y] += m->scale * (float)sum[y];
}
#endif

#ifdef __SSE2__
static DP_INLINE void
add_row_by(float *dst, const float *src, size_t V)
{
	size_t c;

	for (c = 0; c < V; c++)
		_mm_storeu_ps(dst + c * LANES, _mm_add_ps(_mm_loadu_ps(dst +
		    c * LANES), _mm_loadu_ps(src + c * LANES)));
}
#endif

void
dp_model_add_row(const struct dp_model *m, float *dst, const float *src)
{
#ifdef __SSE2__
#define ADD_ROW(V)	add_row_by(dst, src, V)
	BY_STRIDE(m->stride / LANES, ADD_ROW);
#undef ADD_ROW
#else
	size_t y;

	for (y = 0; y < m->stride; y++)
		dst[y] += src[y];
#endif
}

void
dp_model_prefetch(const struct dp_model *m, const uint64_t *f, size_t n)
{
#if defined(__GNUC__) || defined(__clang__)
	size_t j;
	uint64_t h;

	if (m->packed == NULL)
		return;
	for (j = 0; j < n; j++) {
		h = nonzero(f[j]);
		__builtin_prefetch(m->packed + ((size_t)(h ^ (h >> 29)) &
		    (m->packcap - 1)) * m->packsize);
	}
#else
	(void)m;
	(void)f;
	(void)n;
#endif
}

void
dp_model_scores(const struct dp_model *m, const uint64_t *f, size_t n,
    float *s)
{
	const float *r;
	size_t j, y;

	if (m->packed != NULL) {
		packed_scores(m, f, n, s);
		return;
	}
	for (j = 0; j < n; j++)
		if ((r = row(m, f[j])) != NULL)
			for (y = 0; y < m->nlabels; y++)
				s[y] += r[y];
}

static void
reserve(struct dp_model *m, size_t n)
{
	if (dp_resize_cap(&m->capseq, n * m->stride))
		m->score = dp_reallocarray(m->score, m->capseq,
		    sizeof(*m->score));
}

/*
 * One step of Viterbi to a position of any label: s, its emission
 * scores, becomes the best sums ending in each label.  The sums come
 * from each label before in turn, a row of the dense transitions at a
 * time (a forbidden one is -inf, and so is a label out of reach: its
 * sums stay -inf and win no max), in runs of LANES floats (SSE2's
 * vectors where there are: for nine labels, about 110 instructions a
 * step against 440 in scalar code); which label gave the best is asked
 * again by best_before() for the one label the way back follows, not
 * kept for all of them.
 */
#ifdef __SSE2__
static DP_INLINE void
free_step_by(const struct dp_model *m, const float *prev, float *s,
    size_t V)
{
	size_t L = m->nlabels, p, c;
	const float *row;
	__m128 best[(MAXLABELS + LANES - 1) / LANES], v;

	for (c = 0; c < V; c++)
		best[c] = _mm_set1_ps(-INFINITY);
	for (p = 0; p < L; p++) {
		row = m->dense + p * V * LANES;
		v = _mm_set1_ps(prev[p]);
		/* max(a, b) is a > b ? a : b, as the scalar code says */
		for (c = 0; c < V; c++)
			best[c] = _mm_max_ps(_mm_add_ps(v,
			    _mm_loadu_ps(row + c * LANES)), best[c]);
	}
	for (c = 0; c < V; c++)
		_mm_storeu_ps(s + c * LANES, _mm_add_ps(_mm_loadu_ps(s +
		    c * LANES), best[c]));
}

static void
free_step(const struct dp_model *m, const float *prev, float *s)
{
#define FREE_STEP(V)	free_step_by(m, prev, s, V)
	BY_STRIDE(m->stride / LANES, FREE_STEP);
#undef FREE_STEP
}
#else
static void
free_step(const struct dp_model *m, const float *prev, float *s)
{
	size_t L = m->nlabels, S = m->stride, p, c;
	const float *row;
	float best[MAXLABELS + LANES], v;

	for (c = 0; c < S; c++)
		best[c] = -INFINITY;
	for (p = 0; p < L; p++) {
		if (prev[p] == -INFINITY)
			continue;
		row = m->dense + p * S;
		for (c = 0; c < S; c++) {
			v = prev[p] + row[c];
			best[c] = v > best[c] ? v : best[c];
		}
	}
	for (c = 0; c < S; c++)
		s[c] += best[c];
}
#endif

/*
 * A step to a position whose label the caller fixed: only that label's
 * sum is reached, the others are -inf.  After a fixed position, only
 * its label can come before.  The others are written -inf only where a
 * step of any label or the end reads them (whole): the row of a fixed
 * position that another follows is read at its label alone, and most
 * of the tokens are such (decode sets whole).
 */
static void
fixed_step(const struct dp_model *m, const float *prev, float *s,
    int before, int label, int whole)
{
	size_t L = m->nlabels, S = m->stride, y = (size_t)label, p;
	float best = -INFINITY, v;

	if (before >= 0)
		best = prev[before] + m->dense[(size_t)before * S + y];
	else
		for (p = 0; p < L; p++) {
			v = prev[p] + m->dense[p * S + y];
			if (v > best)
				best = v;
		}
	v = best + s[y];
	if (whole)
		for (p = 0; p < S; p++)
			s[p] = -INFINITY;
	s[y] = v;
}

/*
 * The label before label y that gave its best sum, from the sums prev
 * of the position before: the allowed ones in order, a tie going to the
 * first, as the sums were taken.
 */
static int
best_before(const struct dp_model *m, const float *prev, int y)
{
	size_t L = m->nlabels, j, np = m->npreds[y];
	const unsigned char *pred = m->preds + (size_t)y * L;
	const float *w = m->predtrans + (size_t)y * L;
	float best = -FLT_MAX, v;
	int arg = 0;

	for (j = 0; j < np; j++) {
		v = prev[pred[j]] + w[j];
		if (v > best) {
			best = v;
			arg = pred[j];
		}
	}
	return arg;
}

/*
 * The transitions as decode reads them: dense, rows of m->stride floats
 * from each label, a forbidden one (and the padding) -inf; and per label
 * those allowed before it.
 */
static void
lay_out_transitions(struct dp_model *m)
{
	size_t L = m->nlabels, S = m->stride, y, p;

	if (m->dense == NULL) {
		m->dense = dp_reallocarray(NULL, L * S, sizeof(*m->dense));
		m->preds = dp_malloc(L * L);
		m->predtrans = dp_reallocarray(NULL, L * L,
		    sizeof(*m->predtrans));
		m->npreds = dp_reallocarray(NULL, L, sizeof(*m->npreds));
	}
	for (y = 0; y < L; y++)
		m->npreds[y] = 0;
	for (p = 0; p < L; p++)
		for (y = 0; y < S; y++) {
			m->dense[p * S + y] = y < L && m->allowed[p * L + y] ?
			    m->trans[p * L + y] : -INFINITY;
			if (y < L && m->allowed[p * L + y]) {
				m->preds[y * L + m->npreds[y]] =
				    (unsigned char)p;
				m->predtrans[y * L + m->npreds[y]++] =
				    m->trans[p * L + y];
			}
		}
	m->dense_ok = 1;
}

/*
 * Viterbi over the emission scores in score, rows of m->stride: the best
 * labels.  A label out of reach sums to -inf and is skipped.  A position
 * whose label the caller fixed (fixed[i] >= 0) costs one label's sum:
 * the others are out of reach there.  The way back asks each position
 * which label before gave the best, from the sums kept.
 */
static void
decode(struct dp_model *m, float *score, size_t n, const int *fixed,
    int *out)
{
	size_t L = m->nlabels, S = m->stride, i, y;
	const float *s;
	int k;

	if (n == 0)
		return;
	if (!m->dense_ok)
		lay_out_transitions(m);
	for (y = 0; y < L; y++)
		score[y] = m->allowed[L * L + y] && (fixed == NULL ||
		    fixed[0] < 0 || fixed[0] == (int)y) ?
		    score[y] + m->trans[L * L + y] : -INFINITY;
	for (y = L; y < S; y++)
		score[y] = -INFINITY;
	for (i = 1; i < n; i++)
		if (fixed != NULL && fixed[i] >= 0)
			fixed_step(m, score + (i - 1) * S, score + i * S,
			    fixed[i - 1], fixed[i], i + 1 == n ||
			    fixed[i + 1] < 0);
		else
			free_step(m, score + (i - 1) * S, score + i * S);
	s = score + (n - 1) * S;
	k = 0;
	for (y = 1; y < L; y++)
		if (s[y] > s[k])
			k = (int)y;
	for (i = n - 1;; i--) {
		out[i] = k;
		if (i == 0)
			break;
		k = fixed != NULL && fixed[i - 1] >= 0 ? fixed[i - 1] :
		    best_before(m, score + (i - 1) * S, k);
	}
}

/* Tags n positions given their features. */
static void
viterbi(struct dp_model *m, const uint64_t *feats, const uint32_t *off,
    size_t n, int *out)
{
	size_t i;

	reserve(m, n);
	memset(m->score, 0, n * m->stride * sizeof(*m->score));
	dp_model_prefetch(m, feats, off[n]);
	for (i = 0; i < n; i++)
		dp_model_scores(m, feats + off[i], off[i + 1] - off[i],
		    m->score + i * m->stride);
	decode(m, m->score, n, NULL, out);
}

int
dp_model_best(const struct dp_model *m, const uint64_t *f, size_t n)
{
	float s[MAXLABELS + LANES], best = -INFINITY;
	size_t L = m->nlabels, y;
	int k = 0;

	memset(s, 0, m->stride * sizeof(*s));
	dp_model_scores(m, f, n, s);
	for (y = 0; y < L; y++)
		if (m->allowed[L * L + y] && s[y] + m->trans[L * L + y] > best) {
			best = s[y] + m->trans[L * L + y];
			k = (int)y;
		}
	return k;
}

void
dp_model_tag(struct dp_model *m, const uint64_t *feats, const uint32_t *off,
    size_t n, int *out)
{
	viterbi(m, feats, off, n, out);
}

void
dp_model_decode(struct dp_model *m, float *emit, size_t n, const int *fixed,
    int *out)
{
	decode(m, emit, n, fixed, out);
}

static void
update_trans(struct dp_model *m, int from, int to, float d)
{
	size_t k = (from < 0 ? m->nlabels : (size_t)from) * m->nlabels +
	    (size_t)to;

	m->trans[k] += d;
	m->dense_ok = 0;
	m->utrans[k] += (double)m->c * d;
}

static void
update_feat(struct dp_model *m, uint64_t h, int y, float d)
{
	size_t k = add_row(m, h) * m->nlabels + (size_t)y;

	m->w[k] += d;
	m->uw[k] += (double)m->c * d;
}

size_t
dp_model_learn(struct dp_model *m, const uint64_t *feats,
    const uint32_t *off, size_t n, const int *gold, int *guess)
{
	size_t i, j, errors = 0;

	m->c++;
	viterbi(m, feats, off, n, guess);
	for (i = 0; i < n; i++) {
		if (guess[i] != gold[i]) {
			errors++;
			for (j = off[i]; j < off[i + 1]; j++) {
				update_feat(m, feats[j], gold[i], 1);
				update_feat(m, feats[j], guess[i], -1);
			}
		}
		if (guess[i] != gold[i] ||
		    (i > 0 && guess[i - 1] != gold[i - 1])) {
			update_trans(m, i > 0 ? gold[i - 1] : -1, gold[i], 1);
			update_trans(m, i > 0 ? guess[i - 1] : -1, guess[i],
			    -1);
		}
	}
	return errors;
}

void
dp_examples_add(struct dp_examples *ex, const uint64_t *feats,
    const uint32_t *featoff, const int *gold, size_t n)
{
	size_t i, nf = featoff[n] - featoff[0];

	if (ex->nfeats + nf > ex->capfeats) {
		ex->capfeats = 2 * (ex->nfeats + nf);
		ex->feats = dp_reallocarray(ex->feats, ex->capfeats,
		    sizeof(*ex->feats));
	}
	if (ex->npos + n + 1 > ex->cappos) {
		ex->cappos = 2 * (ex->npos + n + 1);
		ex->off = dp_reallocarray(ex->off, ex->cappos,
		    sizeof(*ex->off));
		ex->gold = dp_reallocarray(ex->gold, ex->cappos,
		    sizeof(*ex->gold));
	}
	if (ex->nseq + 2 > ex->capseq) {
		ex->capseq = 2 * (ex->nseq + 2);
		ex->first = dp_reallocarray(ex->first, ex->capseq,
		    sizeof(*ex->first));
	}
	memcpy(ex->feats + ex->nfeats, feats + featoff[0],
	    nf * sizeof(*ex->feats));
	for (i = 0; i < n; i++) {
		ex->off[ex->npos + i] = (uint32_t)(ex->nfeats + featoff[i] -
		    featoff[0]);
		ex->gold[ex->npos + i] = gold[i];
	}
	ex->first[ex->nseq++] = ex->npos;
	ex->npos += n;
	ex->nfeats += nf;
	ex->off[ex->npos] = (uint32_t)ex->nfeats;
	ex->first[ex->nseq] = ex->npos;
}

void
dp_examples_free(struct dp_examples *ex)
{
	free(ex->feats);
	free(ex->off);
	free(ex->gold);
	free(ex->first);
	memset(ex, 0, sizeof(*ex));
}

/*
 * Learns from nseq sequences, epochs passes in an order shuffled the same
 * way every run (the same data give the same model, byte for byte), and
 * says how many of the positions, counted as what, each pass got wrong.
 */
void
dp_model_fit(struct dp_model *m, const struct dp_examples *ex, int epochs,
    const char *what)
{
	uint64_t rng = UINT64_C(88172645463325252);
	size_t *order, i, j, s, tmp, errors;
	int *guess, e;

	order = dp_reallocarray(NULL, ex->nseq ? ex->nseq : 1, sizeof(*order));
	for (i = 0; i < ex->nseq; i++)
		order[i] = i;
	guess = dp_reallocarray(NULL, ex->npos + 1, sizeof(*guess));
	for (e = 0; e < epochs; e++) {
		for (i = ex->nseq ? ex->nseq - 1 : 0; i > 0; i--) {
			rng ^= rng << 13;
			rng ^= rng >> 7;
			rng ^= rng << 17;
			j = (size_t)(rng % (i + 1));
			tmp = order[i];
			order[i] = order[j];
			order[j] = tmp;
		}
		errors = 0;
		for (i = 0; i < ex->nseq; i++) {
			s = order[i];
			errors += dp_model_learn(m, ex->feats,
			    ex->off + ex->first[s], ex->first[s + 1] -
			    ex->first[s], ex->gold + ex->first[s], guess);
		}
		dp_warn("epoch %d: %zu of %zu %s wrong", e + 1, errors,
		    ex->npos, what);
	}
	free(order);
	free(guess);
}

static void
put_u32(FILE *fp, uint32_t v)
{
	unsigned char b[4] = { v & 255, (v >> 8) & 255, (v >> 16) & 255,
	    v >> 24 };

	fwrite(b, 1, 4, fp);
}

static void
put_f32(FILE *fp, float f)
{
	uint32_t v;

	memcpy(&v, &f, 4);
	put_u32(fp, v);
}

/*
 * Averages the weights, drops features whose weights all stay below prune
 * in magnitude, and writes the model to path.  Returns 0, or -1 with errno.
 */
int
dp_model_save(struct dp_model *m, const char *path, double prune)
{
	size_t L = m->nlabels, i, y, kept = 0;
	double maxabs = 0, scale, c = m->c ? (double)m->c : 1;
	uint32_t len;
	long q;
	FILE *fp;
	float *avg;
	unsigned char b[2];

	avg = dp_reallocarray(NULL, m->nfeat ? m->nfeat : 1, L * sizeof(*avg));
	for (i = 0; i < m->nfeat * L; i++) {
		avg[i] = (float)(m->w[i] - m->uw[i] / c);
		if (fabs(avg[i]) > maxabs)
			maxabs = fabs(avg[i]);
	}
	for (i = 0; i < (L + 1) * L; i++)
		m->trans[i] = (float)(m->trans[i] - m->utrans[i] / c);
	m->dense_ok = 0;
	scale = maxabs > 0 ? maxabs / 32767 : 1;
	if ((fp = fopen(path, "wb")) == NULL) {
		free(avg);
		return -1;
	}
	fwrite(MAGIC, 1, 8, fp);
	len = (uint32_t)strlen(m->about);
	put_u32(fp, len);
	fwrite(m->about, 1, len, fp);
	put_u32(fp, (uint32_t)L);
	for (y = 0; y < L; y++)
		fwrite(m->labels[y], 1, strlen(m->labels[y]) + 1, fp);
	put_f32(fp, (float)scale);
	for (i = 0; i < (L + 1) * L; i++)
		put_f32(fp, m->trans[i]);
	fwrite(m->allowed, 1, (L + 1) * L, fp);
	for (i = 0; i < m->nfeat; i++) {
		for (y = 0; y < L && fabs(avg[i * L + y]) < prune; y++)
			;
		kept += y < L;
	}
	put_u32(fp, (uint32_t)kept);
	for (i = 0; i < m->cap; i++) {
		const float *a;

		if (m->keys[i] == 0)
			continue;
		a = avg + (size_t)m->slots[i] * L;
		for (y = 0; y < L && fabs(a[y]) < prune; y++)
			;
		if (y == L)
			continue;
		put_u32(fp, (uint32_t)(m->keys[i] & 0xFFFFFFFF));
		put_u32(fp, (uint32_t)(m->keys[i] >> 32));
		for (y = 0; y < L; y++) {
			q = lround(a[y] / scale);
			b[0] = (unsigned char)((unsigned long)q & 255);
			b[1] = (unsigned char)(((unsigned long)q >> 8) & 255);
			fwrite(b, 1, 2, fp);
		}
	}
	free(avg);
	if (ferror(fp)) {
		fclose(fp);
		return -1;
	}
	return fclose(fp) == EOF ? -1 : 0;
}

/* A reader over a model file held in memory. */
struct reader {
	const unsigned char *p, *end;
	int bad;
};

static const unsigned char *
take(struct reader *r, size_t n)
{
	const unsigned char *p = r->p;

	if (r->bad || (size_t)(r->end - r->p) < n) {
		r->bad = 1;
		return NULL;
	}
	r->p += n;
	return p;
}

static uint32_t
get_u32(struct reader *r)
{
	const unsigned char *b = take(r, 4);

	return b == NULL ? 0 : (uint32_t)b[0] | (uint32_t)b[1] << 8 |
	    (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

static float
get_f32(struct reader *r)
{
	uint32_t v = get_u32(r);
	float f;

	memcpy(&f, &v, 4);
	return f;
}

struct dp_model *
dp_model_load(const char *path)
{
	struct dp_buf file = { 0 }, names = { 0 };
	struct reader r;
	struct dp_model *m;
	char *labels[MAXLABELS], buf[65536];
	const unsigned char *b, *nul;
	size_t n, L, i, y, nfeat, k;
	uint32_t len;
	const uint64_t zero = 0;
	int16_t w;
	long q;
	uint64_t h;
	float scale;
	FILE *fp;

	if ((fp = fopen(path, "rb")) == NULL)
		dp_die(DP_EX_CONFIG, "%s: %s", path, strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		dp_buf_add(&file, buf, n);
	if (ferror(fp))
		dp_die(DP_EX_IOERR, "%s: %s", path, strerror(errno));
	fclose(fp);
	r.p = (const unsigned char *)file.data;
	r.end = r.p + file.len;
	r.bad = 0;
	if ((b = take(&r, 8)) == NULL || memcmp(b, MAGIC, 8) != 0)
		dp_die(DP_EX_CONFIG, "%s: not a depeche model", path);
	len = get_u32(&r);
	if ((b = take(&r, len)) != NULL)
		dp_buf_add(&names, b, len);
	dp_buf_addc(&names, '\0');
	L = get_u32(&r);
	if (r.bad || L == 0 || L > sizeof(labels) / sizeof(labels[0]))
		dp_die(DP_EX_CONFIG, "%s: bad label count", path);
	for (y = 0; y < L; y++) {
		nul = r.p < r.end ? memchr(r.p, '\0', (size_t)(r.end - r.p)) :
		    NULL;
		if (nul == NULL)
			dp_die(DP_EX_CONFIG, "%s: truncated", path);
		labels[y] = (char *)r.p;
		r.p = nul + 1;
	}
	m = model_alloc(labels, L);
	free(m->about);
	m->about = dp_strdup(names.data);
	scale = get_f32(&r);
	for (i = 0; i < (L + 1) * L; i++)
		m->trans[i] = get_f32(&r);
	if ((b = take(&r, (L + 1) * L)) != NULL)
		memcpy(m->allowed, b, (L + 1) * L);
	nfeat = get_u32(&r);
	if (r.bad || (size_t)(r.end - r.p) != nfeat * (8 + 2 * L))
		dp_die(DP_EX_CONFIG, "%s: truncated or corrupt", path);
	/* At most three slots in four full, each a multiple of 8 bytes. */
	m->scale = scale;
	m->packsize = (8 + 2 * L + 7) / 8 * 8;
	for (m->packcap = 16; m->packcap < nfeat + nfeat / 3 + 1;)
		m->packcap *= 2;
	m->packed = dp_calloc(m->packcap, m->packsize);
	for (i = 0; i < nfeat; i++) {
		h = get_u32(&r);
		h = nonzero(h | (uint64_t)get_u32(&r) << 32);
		b = take(&r, 2 * L);
		for (k = (size_t)(h ^ (h >> 29)) & (m->packcap - 1);
		    memcmp(m->packed + k * m->packsize, &zero, 8) != 0;
		    k = (k + 1) & (m->packcap - 1))
			;
		memcpy(m->packed + k * m->packsize, &h, 8);
		for (y = 0; y < L; y++) {
			q = (long)(b[2 * y] | (unsigned)b[2 * y + 1] << 8);
			w = (int16_t)(q >= 32768 ? q - 65536 : q);
			memcpy(m->packed + k * m->packsize + 8 + 2 * y, &w, 2);
		}
	}
	m->nfeat = nfeat;
	dp_buf_free(&file);
	dp_buf_free(&names);
	/* laid out now: a loaded model is read only, by any thread */
	lay_out_transitions(m);
	return m;
}

/*
 * A loaded model in an image (image.c), its lookup table as it is in
 * memory, and used in place from there: u32 labels, u32 length and bytes
 * of the description, the labels each ending in NUL, f32 scale, the
 * transitions and what is allowed, u32 features, then the table's u32
 * slots and u32 slot size and its bytes.
 */
void
dp_model_to_image(const struct dp_model *m, struct dp_buf *b)
{
	size_t L = m->nlabels, y;
	uint32_t v;

	v = (uint32_t)L;
	dp_buf_add(b, &v, 4);
	v = (uint32_t)strlen(m->about);
	dp_buf_add(b, &v, 4);
	dp_buf_add(b, m->about, v);
	for (y = 0; y < L; y++)
		dp_buf_add(b, m->labels[y], strlen(m->labels[y]) + 1);
	dp_buf_add(b, &m->scale, 4);
	dp_buf_add(b, m->trans, (L + 1) * L * sizeof(*m->trans));
	dp_buf_add(b, m->allowed, (L + 1) * L);
	v = (uint32_t)m->nfeat;
	dp_buf_add(b, &v, 4);
	v = (uint32_t)m->packcap;
	dp_buf_add(b, &v, 4);
	v = (uint32_t)m->packsize;
	dp_buf_add(b, &v, 4);
	dp_buf_add(b, m->packed, m->packcap * m->packsize);
}

/* The same numbers in the image's order, copied. */
static uint32_t
image_u32(struct reader *r)
{
	const unsigned char *b = take(r, 4);
	uint32_t v = 0;

	if (b != NULL)
		memcpy(&v, b, 4);
	return v;
}

struct dp_model *
dp_model_from_image(const char *p, size_t n)
{
	struct reader r = { (const unsigned char *)p,
	    (const unsigned char *)p + n, 0 };
	char *labels[MAXLABELS];
	const unsigned char *about, *b, *nul;
	struct dp_model *m;
	size_t L, y, len;

	L = image_u32(&r);
	len = image_u32(&r);
	about = take(&r, len);
	if (r.bad || L == 0 || L > MAXLABELS)
		return NULL;
	for (y = 0; y < L; y++) {
		if ((nul = memchr(r.p, '\0', (size_t)(r.end - r.p))) == NULL)
			return NULL;
		labels[y] = (char *)r.p;
		r.p = nul + 1;
	}
	m = model_alloc(labels, L);
	free(m->about);
	m->about = dp_strndup((const char *)about, len);
	if ((b = take(&r, 4)) != NULL)
		memcpy(&m->scale, b, 4);
	if ((b = take(&r, (L + 1) * L * sizeof(*m->trans))) != NULL)
		memcpy(m->trans, b, (L + 1) * L * sizeof(*m->trans));
	if ((b = take(&r, (L + 1) * L)) != NULL)
		memcpy(m->allowed, b, (L + 1) * L);
	m->nfeat = image_u32(&r);
	m->packcap = image_u32(&r);
	m->packsize = image_u32(&r);
	if (r.bad || m->packcap == 0 || (m->packcap & (m->packcap - 1)) ||
	    m->packsize < 8 + 2 * m->stride || m->nfeat >= m->packcap ||
	    (b = take(&r, m->packcap * m->packsize)) == NULL || r.p != r.end) {
		dp_model_free(m);
		return NULL;
	}
	/* The table is used where it is: a run reads the little it needs. */
	m->packed = (unsigned char *)b;
	m->borrowed = 1;
	lay_out_transitions(m);
	return m;
}
