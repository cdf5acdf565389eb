/*
 * segment.h: what the files of segment share: tokens as segment sees
 * them, a language's lexicon, the context of a run (struct ctx, passed to
 * every function that reads or changes one record's state), and the
 * questions about one code point or token every step asks, inline.
 *
 *   main.c       options, the run
 *   lexicon.c    segment.yaml, langid.yaml and the user's, into struct lang
 *   record.c     one record: its text decoded, tokens, sentences,
 *                paragraphs, written
 *   tokens.c     words, numbers, URLs, addresses, abbreviations, clitics
 *   sentences.c  where a sentence ends
 *   boundary.c   the learned decision where no stop ends one
 */

#include <stddef.h>
#include <stdint.h>

enum toktype { T_WORD, T_NUM, T_PUNCT, T_URL, T_EMAIL, T_TAG, T_ABBR,
	T_INITIAL };

/*
 * A token: a code point span and what segment knows of it.  The span
 * comes first: the tokens are written as spans from this array.
 */
struct token {
	uint32_t	 start;
	uint32_t	 end;
	unsigned char	 type;
	unsigned char	 newlines;	/* line breaks in the space before */
	unsigned int	 space : 1;	/* any space before */
	unsigned int	 upper : 1;	/* starts with a capital letter */
	unsigned int	 closed : 1;	/* an opening quote closed later */
	unsigned int	 stamp : 1;	/* the AM or PM ending a timestamp */
};

/* Twelve bytes: a long record has a token for every five characters. */
_Static_assert(sizeof(struct token) == 12, "a token's size");
_Static_assert(offsetof(struct token, start) == 0 &&
    offsetof(struct token, end) == sizeof(uint32_t), "a token is its span");

/* What one language's lexicon says. */
struct lang {
	const char	*code;
	struct dp_strset *abbrev;	/* "etc." -> 1, titles -> 2 */
	struct dp_strset *elisions;	/* "qu'" (with ASCII apostrophe) */
	struct dp_strset *clitics;	/* "'s", "n't" */
	struct dp_strset *soft;		/* ";": before a sentence start, or */
					/* any word (SOFT_CLAUSE) */
	struct dp_strset *colon;	/* "Il": a sentence start after ':' */
	struct dp_strset *strong;	/* "Il": a sentence start anywhere */
	struct dp_strset *determiners;	/* "La": one after a content word */
	struct dp_strset *salut;	/* "hi", "regards": lowercased */
	struct dp_strset *starters;	/* function words, lowercased */
	struct dp_strset *times;	/* a.m., p.m.: end a clause's time */
	struct dp_model	*model;		/* segment.model, or NULL */
	int		 comma_soft;	/* "," is a soft stop (none is) */
};

#define ABBR_TITLE	2
#define SOFT_CLAUSE	2	/* a soft stop that ends clauses (fr ;) */

/* A list item's marker: where it ends, its number, how it is written. */
struct marker {
	size_t		 end;		/* its last token */
	long		 value;		/* 1 for "1." and "a." */
	int32_t		 bullet;	/* before the number, or 0 */
	int		 shape;		/* '.', ')' or '.' + ')' */
};

/* What a run keeps: its languages, then one record's state. */
struct ctx {
	const char	*lang_opt;	/* -l: every record's language */
	struct dp_langs	*langs;
	uint32_t	*cps;		/* the text's code points, classed */
	size_t		 ncps, capcps;
	struct token	*toks;
	size_t		 ntoks, captoks;
	uint32_t	*sents, *paras;	/* start, end, ... */
	size_t		 nsents, capsents, nparas, capparas;
	size_t		*sentnext, capsentnext;	/* token after each sentence */
	size_t		*openq, nopen, capopen;	/* quotes not closed yet */
	struct marker	 item;		/* the list marker opening the */
	int		 item_open;	/* sentence, if item_open */
	size_t		 wrapend;	/* the paragraph measured ends here */
	int		 wraplist;	/* and is a list of short lines */
	size_t		 wrapfrom, wrapto;	/* the paragraph's tokens */
	int		 wrapped;	/* hard-wrapped to a width */
	size_t		 wrapwidest;	/* its widest line */
	struct dp_buf	 scratch;
	uint32_t	 ascii[128];	/* each ASCII code point, classed */
	/* boundary.c, training: the gold */
	const char	*train;		/* --train's model, or NULL */
	const struct lang *trainlang;
	struct dp_examples examples;
	unsigned char	*goldend;	/* per token: a sentence ends after */
	size_t		 capgoldend;
};

/*
 * A code point and its class share 32 bits, the class in the top byte:
 * a long text costs four bytes a character, not five.
 */
#define CP_BITS		24
#define CP_MASK		((UINT32_C(1) << CP_BITS) - 1)

static inline int32_t
cp_of(uint32_t packed)
{
	return (int32_t)(packed & CP_MASK);
}

/* The code point i of the text. */
static inline int32_t
cp(struct ctx *x, size_t i)
{
	return cp_of(x->cps[i]);
}

static inline enum dp_class
cl(struct ctx *x, size_t i)
{
	return (enum dp_class)(x->cps[i] >> CP_BITS);
}

/* The word classes are UPPER to DIGIT: one comparison per character. */
_Static_assert(DP_CL_LETTER == DP_CL_UPPER + 1 && DP_CL_MARK ==
    DP_CL_UPPER + 2 && DP_CL_DIGIT == DP_CL_UPPER + 3, "word classes");

static inline int
is_alnum(struct ctx *x, size_t i)
{
	return (unsigned)cl(x, i) - DP_CL_UPPER <= DP_CL_DIGIT - DP_CL_UPPER;
}

/* The end of the letters and digits from i; the class at n is none. */
static inline size_t
alnum_end(struct ctx *x, size_t i)
{
	const uint32_t *p = x->cps + i;

	while ((*p >> CP_BITS) - DP_CL_UPPER <= DP_CL_DIGIT - DP_CL_UPPER)
		p++;
	return (size_t)(p - x->cps);
}

static inline int
is_apostrophe(int32_t c)
{
	return c == '\'' || c == 0x2019;
}

static inline int
is_hyphen(int32_t c)
{
	return c == '-' || c == 0x2010 || c == 0x2011;
}

/*
 * The mark punctuation token k stands for: two apostrophes are a straight
 * double quote and two backquotes an opening one (typewriter and Penn
 * Treebank style: ``Yes,'' he said).
 */
static inline int32_t
mark(struct ctx *x, size_t k)
{
	uint32_t s = x->toks[k].start;

	if (x->toks[k].end - s == 2 && (cp(x, s) == '\'' ||
	    cp(x, s) == '`') && cp(x, s + 1) == cp(x, s))
		return cp(x, s) == '`' ? 0x201C : '"';
	return cp(x, s);
}

static inline int
is_closing(int32_t c)
{
	return c == 0xBB || c == '"' || c == 0x201D || c == 0x2019 ||
	    c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x203A;
}

static inline int
is_opening(int32_t c)
{
	return c == 0xAB || c == '"' || c == 0x201C || c == 0x2018 ||
	    c == '(' || c == '[' || c == 0x2039 || c == 0x2014 ||
	    c == 0x2013 || c == '-' || c == 0x201E;
}

/*
 * Whether token k opens (1) or closes (-1) a quotation, or neither (0).
 * A straight quote closes when glued to the token before it, and opens
 * otherwise.  Asked of every mark, so inline (3 % of segment's time).
 */
static inline int
quote_role(struct ctx *x, size_t k)
{
	int32_t c;

	if (x->toks[k].type != T_PUNCT || cp(x, x->toks[k].start) == ',' ||
	    cp(x, x->toks[k].start) == '.')	/* the common marks, at once */
		return 0;
	c = mark(x, k);
	if (c == 0xAB || c == 0x201C || c == 0x201E)
		return 1;
	if (c == 0xBB || c == 0x201D)
		return -1;
	if (c == '"')
		return k > 0 && !x->toks[k].space ? -1 : 1;
	return 0;
}

/* lexicon.c */
extern const struct dp_lang_ops lang_ops;

/* record.c */
void	 add_span(uint32_t **, size_t *, size_t *, uint32_t, uint32_t);
int	 segment_record(struct dp_record *, void *);

/* boundary.c */
#define BOUNDARY_FEATURES	"segment boundary features 1"
int	 boundary_candidate(struct ctx *, size_t);
int	 boundary_at(struct ctx *, const struct lang *, size_t, size_t);
int	 boundary_gold(struct ctx *, const struct dp_record *);
void	 boundary_train(struct ctx *, int, float);

/* tokens.c */
int	 lookup(struct ctx *, const struct dp_strset *, size_t, size_t);
int	 lookup_lower(struct ctx *, const struct dp_strset *, size_t, size_t);
int	 is_tld(struct ctx *, size_t);
void	 tokenize(struct ctx *, const struct lang *, size_t);

/* sentences.c */
int	 is_terminal(struct ctx *, size_t);
void	 sentences(struct ctx *, const struct lang *);
