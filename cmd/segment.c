/*
 * segment: adds paragraphs, sentences and tokens to each record, as code
 * point spans into its text (depeche(7)).  Tokens come first; sentence
 * boundaries are decided over tokens, with the abbreviations, titles and
 * elisions of the record's language (lexicons/LANG/segment.yaml).
 */

#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

enum toktype { T_WORD, T_NUM, T_PUNCT, T_URL, T_EMAIL, T_TAG, T_ABBR,
	T_INITIAL };

/* A token: a code point span and what segment knows of it. */
struct token {
	uint32_t	 start;
	uint32_t	 end;
	unsigned char	 type;
	unsigned char	 newlines;	/* line breaks in the space before */
	unsigned char	 space;		/* any space before */
	unsigned char	 upper;		/* starts with a capital letter */
	unsigned char	 closed;	/* an opening quote closed later */
	unsigned char	 stamp;		/* the AM or PM ending a timestamp */
};

/* What one language's lexicon says. */
struct lang {
	const char	*code;
	struct dp_strset *abbrev;	/* "etc." -> 1, titles -> 2 */
	struct dp_strset *elisions;	/* "qu'" (with ASCII apostrophe) */
	struct dp_strset *clitics;	/* "'s", "n't" */
	struct dp_strset *soft;		/* ";": before a sentence start */
	struct dp_strset *colon;	/* "Il": a sentence start after ':' */
	struct dp_strset *strong;	/* "Il": a sentence start anywhere */
	struct dp_strset *determiners;	/* "La": one after a content word */
	struct dp_strset *salut;	/* "hi", "regards": lowercased */
	struct dp_strset *starters;	/* function words, lowercased */
};

#define ABBR_TITLE	2

/* The sets every language has, made by lang_init. */
static const size_t lang_sets[] = {
	offsetof(struct lang, abbrev), offsetof(struct lang, elisions),
	offsetof(struct lang, clitics), offsetof(struct lang, soft),
	offsetof(struct lang, colon), offsetof(struct lang, strong),
	offsetof(struct lang, determiners), offsetof(struct lang, salut),
	offsetof(struct lang, starters),
};

static struct options {
	const char	*lang;		/* forced, or NULL: the record's */
	const char	*lexicon;	/* the user's extra lexicon */
	struct dp_filter filter;
} opt;

/* What a run keeps: its languages, then one record's state. */
struct ctx {
	struct dp_langs	*langs;
	int32_t		*cps;		/* the text's code points */
	unsigned char	*cls;		/* and their classes */
	size_t		 ncps, capcps;
	struct token	*toks;
	size_t		 ntoks, captoks;
	uint32_t	*sents, *paras, *tspans;	/* start, end, ... */
	size_t		 nsents, capsents, nparas, capparas, captspans;
	size_t		*sentnext, capsentnext;	/* token after each sentence */
	size_t		*openq, nopen, capopen;	/* quotes not closed yet */
	struct dp_buf	 scratch, out;
};

static DP_NORETURN void usage(int);
static void	 ctx_free(struct ctx *);
static void	 lang_init(void *, const char *, void *);
static void	 lang_load(void *, const char *, struct dp_yaml *, void *);
static void	 lang_free(void *);
static int	 ascii8(const char *);
static size_t	 alnum_end(struct ctx *, size_t);
static int	 segment_record(struct dp_record *, void *);
static void	 decode(struct ctx *, const char *, size_t);
static void	 tokenize(struct ctx *, const struct lang *, size_t);
static size_t	 scan_word(struct ctx *, const struct lang *, size_t, size_t,
		    int *);
static int	 noun_not_abbreviation(struct ctx *, const struct lang *,
		    size_t, size_t, size_t);
static size_t	 scan_number(struct ctx *, size_t, size_t);
static size_t	 scan_url(struct ctx *, size_t, size_t);
static size_t	 scan_email(struct ctx *, size_t, size_t);
static size_t	 clitic_at(struct ctx *, const struct lang *, size_t);
static int	 find(struct ctx *, const struct dp_strset *, size_t, size_t,
		    int);
static int	 lookup(struct ctx *, const struct dp_strset *, size_t, size_t);
static int	 lookup_lower(struct ctx *, const struct dp_strset *, size_t,
		    size_t);
static void	 match_quote(struct ctx *, size_t);
static int	 timestamp_at(struct ctx *, size_t);
static int	 quote_role(struct ctx *, size_t);
static void	 sentences(struct ctx *, const struct lang *);
static int	 salutation(struct ctx *, const struct lang *, size_t, size_t);
static int	 lost_stop(struct ctx *, const struct lang *, size_t);
static int	 list_marker(struct ctx *, size_t);
static int	 ends_sentence(struct ctx *, const struct lang *, size_t,
		    size_t, size_t *, int);
static void	 add_sentence(struct ctx *, size_t, size_t);
static void	 paragraphs(struct ctx *);

/* Their files under LEXDIR/LANG/, after profile.yaml. */
static const char *const lang_files[] = { "segment.yaml", "langid.yaml",
    NULL };
static const struct dp_lang_ops lang_ops = { lang_files, sizeof(struct lang),
    lang_init, lang_load, NULL, lang_free };

static const struct option longopts[] = {
	{ "lang",	required_argument,	NULL, 'l' },
	{ "lexicon",	required_argument,	NULL, 'L' },
	DP_LONGOPTS_KEEP_GOING,
	DP_LONGOPTS_COMMON
};

static void
usage(int status)
{
	dp_usage(status,
	    "usage: segment [-hkuV] [-L lexicon.yaml] [-l lang] [file ...]\n"
	    "  -L, --lexicon FILE   more abbreviations, titles, elisions\n"
	    "  -l, --lang LANG      segment every record as LANG\n", 1);
}

int
main(int argc, char *argv[])
{
	struct ctx x = { 0 };
	char code[16];
	int ch, rc;

	dp_setprogname(argv);
	while ((ch = getopt_long(argc, argv, "hkL:l:uV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'h':
			usage(0);
		case 'k':
			opt.filter.keep_going = 1;
			break;
		case 'L':
			opt.lexicon = optarg;
			break;
		case 'l':
			opt.lang = optarg;
			break;
		case 'u':
			opt.filter.unbuffered = 1;
			break;
		case 'V':
			dp_version();
		default:
			usage(DP_EX_USAGE);
		}
	}
	argc -= optind;
	argv += optind;

	x.langs = dp_langs_new(&lang_ops, opt.lexicon, NULL);
	/* Bad lexicons are found before any input is read. */
	dp_record_lang(NULL, opt.lang != NULL ? opt.lang : "und", code,
	    sizeof(code));
	dp_langs_get(x.langs, code);
	rc = dp_filter_run(&opt.filter, argv, argc, segment_record, &x);
	ctx_free(&x);
	return dp_worst(rc, dp_close_stdout());
}

static void
ctx_free(struct ctx *x)
{
	dp_langs_free(x->langs);
	free(x->cps);
	free(x->cls);
	free(x->toks);
	free(x->sents);
	free(x->paras);
	free(x->tspans);
	free(x->sentnext);
	free(x->openq);
	dp_buf_free(&x->scratch);
	dp_buf_free(&x->out);
}

static void
lang_init(void *lang, const char *code, void *arg)
{
	struct lang *l = lang;
	size_t i;

	(void)arg;
	l->code = code;
	for (i = 0; i < sizeof(lang_sets) / sizeof(lang_sets[0]); i++)
		*(struct dp_strset **)((char *)l + lang_sets[i]) =
		    dp_strset_new();
}

static void
lang_free(void *lang)
{
	struct lang *l = lang;
	size_t i;

	for (i = 0; i < sizeof(lang_sets) / sizeof(lang_sets[0]); i++)
		dp_strset_free(*(struct dp_strset **)((char *)l +
		    lang_sets[i]));
}

/*
 * Adds one lexicon file's lists: segment.yaml or the user's; langid.yaml,
 * whose function words tell a sentence start after an abbreviation.  A
 * language without files segments with the user's lexicon alone.
 */
static void
lang_load(void *lang, const char *file, struct dp_yaml *y, void *arg)
{
	static const struct {
		const char *key;
		size_t set;
		int value;
	} lists[] = {
		{ "abbreviations", offsetof(struct lang, abbrev), 1 },
		{ "titles", offsetof(struct lang, abbrev), ABBR_TITLE },
		{ "elisions", offsetof(struct lang, elisions), 1 },
		{ "clitics", offsetof(struct lang, clitics), 1 },
		{ "soft_stops", offsetof(struct lang, soft), 1 },
		{ "strong_starters", offsetof(struct lang, strong), 1 },
		{ "salutations", offsetof(struct lang, salut), 1 },
		{ "determiners", offsetof(struct lang, determiners), 1 },
		{ "colon_starters", offsetof(struct lang, colon), 1 },
	};
	struct lang *l = lang;
	struct dp_strset *set;
	char **words, *p;
	size_t i, j, n;

	(void)arg;
	if (file != NULL && strcmp(file, "langid.yaml") == 0) {
		words = dp_yaml_strings(y, "words", &n);
		for (j = 0; j < n; j++)
			*dp_strset_add(l->starters, words[j],
			    strlen(words[j])) = 1;
		free(words);
		return;
	}
	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		if (dp_yaml_get(y, dp_yaml_root(y), lists[i].key) == 0)
			continue;
		set = *(struct dp_strset **)((char *)l + lists[i].set);
		words = dp_yaml_strings(y, lists[i].key, &n);
		for (j = 0; j < n; j++) {
			/* Apostrophes are looked up as U+0027. */
			while ((p = strstr(words[j], "\xe2\x80\x99")) != NULL) {
				*p = '\'';
				memmove(p + 1, p + 3, strlen(p + 3) + 1);
			}
			*dp_strset_add(set, words[j], strlen(words[j])) |=
			    lists[i].value;
		}
		free(words);
	}
}

static void
add_span(uint32_t **v, size_t *n, size_t *cap, uint32_t s, uint32_t e)
{
	if (*n + 2 > *cap) {
		*cap = *cap ? 2 * *cap : 256;
		*v = dp_reallocarray(*v, *cap, sizeof(**v));
	}
	(*v)[(*n)++] = s;
	(*v)[(*n)++] = e;
}

/* Nonzero if the 8 bytes at p are all ASCII. */
static int
ascii8(const char *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return (v & UINT64_C(0x8080808080808080)) == 0;
}

static int
segment_record(struct dp_record *r, void *arg)
{
	struct ctx *x = arg;
	struct dp_set sets[3];
	const struct lang *l;
	char code[16];
	const char *text;
	size_t len, i, k, tpos;

	if ((text = dp_record_need(r, "text", "to-jsonl", &x->scratch, &len,
	    NULL)) == NULL)
		return DP_EX_DATAERR;
	dp_record_lang(r, opt.lang, code, sizeof(code));
	l = dp_langs_get(x->langs, code);

	if (len + 1 > x->capcps) {
		x->capcps = len + 1;
		x->cps = dp_reallocarray(x->cps, x->capcps, sizeof(*x->cps));
		x->cls = dp_realloc(x->cls, x->capcps);
	}
	decode(x, text, len);

	tokenize(x, l, x->ncps);
	sentences(x, l);
	paragraphs(x);

	/* Token spans go out through the same writer as the others. */
	if (2 * x->ntoks > x->captspans) {
		x->captspans = 2 * x->ntoks;
		x->tspans = dp_reallocarray(x->tspans, x->captspans,
		    sizeof(*x->tspans));
	}
	for (i = 0; i < x->ntoks; i++) {
		x->tspans[2 * i] = x->toks[i].start;
		x->tspans[2 * i + 1] = x->toks[i].end;
	}
	dp_buf_reset(&x->out);
	dp_json_spans(&x->out, x->paras, x->nparas / 2);
	sets[0] = (struct dp_set){ "paragraphs", NULL, x->out.len };
	tpos = x->out.len;
	dp_json_spans(&x->out, x->sents, x->nsents / 2);
	sets[1] = (struct dp_set){ "sentences", NULL, x->out.len - tpos };
	k = x->out.len;
	dp_json_spans(&x->out, x->tspans, x->ntoks);
	sets[2] = (struct dp_set){ "tokens", NULL, x->out.len - k };
	sets[0].json = x->out.data;
	sets[1].json = x->out.data + tpos;
	sets[2].json = x->out.data + k;
	dp_record_write(r, sets, 3);
	return 0;
}

/*
 * Decodes text into cps and cls, with a last code point 0 of class OTHER
 * that ends every scan.  Local pointers, as a store through the unsigned
 * char *cls could otherwise change the pointers themselves.
 */
static void
decode(struct ctx *x, const char *text, size_t len)
{
	int32_t *points = x->cps;
	unsigned char *classes = x->cls, b;
	size_t i, n = 0, k;

	for (i = 0; i < len; i += k, n++) {
		/* Eight ASCII bytes at a time, the common case. */
		while (i + 8 <= len && ascii8(text + i)) {
			for (k = 0; k < 8; k++) {
				b = (unsigned char)text[i + k];
				points[n + k] = b;
				classes[n + k] = dp_ascii_class[b];
			}
			i += 8;
			n += 8;
		}
		if (i >= len)
			break;
		if ((unsigned char)text[i] < 0x80) {
			points[n] = (unsigned char)text[i];
			classes[n] = dp_ascii_class[(unsigned char)text[i]];
			k = 1;
			continue;
		}
		k = dp_utf8_decode(text + i, len - i, &points[n]);
		classes[n] = (unsigned char)dp_uclass(points[n]);
	}
	points[n] = 0;
	classes[n] = DP_CL_OTHER;
	x->ncps = n;
}

static enum dp_class
cl(struct ctx *x, size_t i)
{
	return (enum dp_class)x->cls[i];
}

/* The word classes are UPPER to DIGIT: one comparison per character. */
_Static_assert(DP_CL_LETTER == DP_CL_UPPER + 1 && DP_CL_MARK ==
    DP_CL_UPPER + 2 && DP_CL_DIGIT == DP_CL_UPPER + 3, "word classes");

static int
is_alnum(struct ctx *x, size_t i)
{
	return (unsigned)x->cls[i] - DP_CL_UPPER <= DP_CL_DIGIT - DP_CL_UPPER;
}

/* The end of the letters and digits from i; cls[n] is none of them. */
static size_t
alnum_end(struct ctx *x, size_t i)
{
	const unsigned char *p = x->cls + i;

	while ((unsigned)*p - DP_CL_UPPER <= DP_CL_DIGIT - DP_CL_UPPER)
		p++;
	return (size_t)(p - x->cls);
}

static int
is_apostrophe(int32_t c)
{
	return c == '\'' || c == 0x2019;
}

static int
is_hyphen(int32_t c)
{
	return c == '-' || c == 0x2010 || c == 0x2011;
}

/*
 * Looks up cps[s..e) in a set, apostrophes as U+0027, lowercased if lower.
 * Returns the slot's value, or 0; lexicon entries are short.
 */
static int
find(struct ctx *x, const struct dp_strset *set, size_t s, size_t e, int lower)
{
	char key[128];
	size_t i, len = 0;
	int32_t c;
	int *v;

	/* A code point is at least a byte. */
	if (e - s > sizeof(key) / 4 || e - s > dp_strset_maxlen(set))
		return 0;
	for (i = s; i < e; i++) {
		c = is_apostrophe(x->cps[i]) ? '\'' : lower ?
		    dp_ulower(x->cps[i]) : x->cps[i];
		if (c < 0x80)
			key[len++] = (char)c;
		else
			len += dp_utf8_encode(c, key + len);
	}
	v = dp_strset_find(set, key, len);
	return v != NULL ? *v : 0;
}

static int
lookup(struct ctx *x, const struct dp_strset *set, size_t s, size_t e)
{
	return find(x, set, s, e, 0);
}

static int
lookup_lower(struct ctx *x, const struct dp_strset *set, size_t s, size_t e)
{
	return find(x, set, s, e, 1);
}

/* A top-level domain written capitalized: Newsfeed.Com is no break. */
static int
is_tld(struct ctx *x, size_t k)
{
	static const char *const tlds[] = { "com", "net", "org", "edu", "gov",
	    "info", "biz", "io", "fr", "be", "ch", "ca", "uk", "de" };
	size_t i, j, n = x->toks[k].end - x->toks[k].start;

	for (i = 0; i < sizeof(tlds) / sizeof(tlds[0]); i++) {
		if (strlen(tlds[i]) != n)
			continue;
		for (j = 0; j < n &&
		    dp_ulower(x->cps[x->toks[k].start + j]) == tlds[i][j]; j++)
			;
		if (j == n)
			return 1;
	}
	return 0;
}

/*
 * Appends a token.  What depends only on the tokens before it is known
 * now: whether it ends a timestamp, and which quotation it closes.
 */
static void
add_token(struct ctx *x, size_t s, size_t e, int type, int newlines, int space)
{
	struct token *t;

	if (x->ntoks == x->captoks) {
		x->captoks = x->captoks ? 2 * x->captoks : 1024;
		x->toks = dp_reallocarray(x->toks, x->captoks,
		    sizeof(*x->toks));
	}
	t = &x->toks[x->ntoks++];
	t->start = (uint32_t)s;
	t->end = (uint32_t)e;
	t->type = (unsigned char)type;
	t->newlines = (unsigned char)(newlines > 2 ? 2 : newlines);
	t->space = (unsigned char)space;
	t->upper = cl(x, s) == DP_CL_UPPER;
	t->closed = 0;
	t->stamp = e - s == 2 && (x->cps[s + 1] | 0x20) == 'm' &&
	    x->ntoks >= 3 && timestamp_at(x, x->ntoks - 3);
	if (newlines >= 2)
		x->nopen = 0;
	if (type == T_PUNCT)
		match_quote(x, x->ntoks - 1);
}

/*
 * Marks the opening quotes that a closing one matches in their paragraph.
 * The others (a quotation cut by the text's source, a stray mark) must
 * not hold the rest of the paragraph together as one quotation.
 */
static void
match_quote(struct ctx *x, size_t k)
{
	int role = quote_role(x, k);

	if (role > 0) {
		if (x->nopen == x->capopen) {
			x->capopen = x->capopen ? 2 * x->capopen : 64;
			x->openq = dp_reallocarray(x->openq, x->capopen,
			    sizeof(*x->openq));
		}
		x->openq[x->nopen++] = k;
	} else if (role < 0 && x->nopen > 0)
		x->toks[x->openq[--x->nopen]].closed = 1;
}

/* Splits cps[0..n) into tokens. */
static void
tokenize(struct ctx *x, const struct lang *l, size_t n)
{
	size_t i = 0, e, k2;
	int newlines = 0, space = 0, type;
	int32_t c;
	enum dp_class k;
	/* A copy the compiler need not reload after each token's stores. */
	const int32_t *const cps = x->cps;

	x->ntoks = x->nopen = 0;
	while (i < n) {
		c = cps[i];
		if (c == ' ') {		/* the common case */
			space = 1;
			i++;
			continue;
		}
		k = cl(x, i);
		if (k == DP_CL_SPACE || k == DP_CL_NEWLINE || c == 0xFEFF ||
		    c == 0x200B) {
			if (c == '\n' || c == 0x2028 || c == 0x2029 ||
			    (c == '\r' && cps[i + 1] != '\n'))
				newlines += c == 0x2029 ? 2 : 1;
			space = 1;
			i++;
			continue;
		}
		type = T_PUNCT;
		if (k == DP_CL_UPPER || k == DP_CL_LETTER || k == DP_CL_MARK) {
			if ((e = scan_url(x, i, n)) > i)
				type = T_URL;
			else
				e = scan_word(x, l, i, n, &type);
		} else if (k == DP_CL_DIGIT) {
			e = scan_number(x, i, n);
			type = T_NUM;
		} else if (is_apostrophe(c) && x->ntoks > 0 && !space &&
		    (e = clitic_at(x, l, i)) > i)
			type = T_WORD;
		else if ((c == '#' || c == '@') && i + 1 < n &&
		    is_alnum(x, i + 1) && (i == 0 || !is_alnum(x, i - 1))) {
			for (e = i + 1; e < n && (is_alnum(x, e) ||
			    cps[e] == '_'); e++)
				;
			type = T_TAG;
		} else if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
			/* "...", "?!", "!!!" are one token. */
			for (e = i + 1; e < n && (cps[e] == '.' ||
			    cps[e] == '!' || cps[e] == '?' ||
			    cps[e] == 0x2026); e++)
				;
		} else if (is_hyphen(c)) {
			for (e = i + 1; e < n && is_hyphen(cps[e]); e++)
				;
		} else if ((c == '\'' || c == '`') && i + 1 < n &&
		    cps[i + 1] == c)
			e = i + 2;	/* '' and ``, quotation marks */
		else
			e = i + 1;
		/* An address only where a word stops at one of its signs. */
		if ((type == T_WORD || type == T_NUM || type == T_ABBR) &&
		    (cps[e] == '@' || cps[e - 1] == '.' ||
		    cps[e] == '.' || cps[e] == '_' || cps[e] == '-' ||
		    cps[e] == '+') && (k2 = scan_email(x, i, n)) > e) {
			e = k2;
			type = T_EMAIL;
		}
		if (e <= i)
			dp_die(DP_EX_SOFTWARE, "empty token at %zu", i);
		add_token(x, i, e, type, newlines, space);
		newlines = space = 0;
		i = e;
	}
}

/* The end of an English clitic ('s, 're) at the apostrophe i, or i. */
static size_t
clitic_at(struct ctx *x, const struct lang *l, size_t i)
{
	size_t k;

	k = alnum_end(x, i + 1);
	return k > i + 1 && lookup_lower(x, l->clitics, i, k) ? k : i;
}

/* An e-mail address at i (local@domain.tld), or i. */
static size_t
scan_email(struct ctx *x, size_t i, size_t n)
{
	size_t k = i, at, dot = 0;

	while (k < n && (is_alnum(x, k) || x->cps[k] == '.' ||
	    x->cps[k] == '_' || x->cps[k] == '-' || x->cps[k] == '+'))
		k++;
	if (k == i || k >= n || x->cps[k] != '@' || x->cps[k - 1] == '.')
		return i;
	for (at = k++; k < n && (is_alnum(x, k) || x->cps[k] == '-' ||
	    (x->cps[k] == '.' && k + 1 < n && is_alnum(x, k + 1))); k++)
		if (x->cps[k] == '.')
			dot = k;
	return dot > at + 1 && k - dot > 2 ? k : i;
}

/* A URL at i (scheme:// or www.), less its trailing punctuation. */
static size_t
scan_url(struct ctx *x, size_t i, size_t n)
{
	static const char *const starts[] = { "https://", "http://", "ftp://",
	    "www." };
	size_t j, k, e;
	const char *p;

	/* Most words start otherwise: a quick look at two letters. */
	if (((x->cps[i] | 0x20) != 'h' && (x->cps[i] | 0x20) != 'w' &&
	    (x->cps[i] | 0x20) != 'f') || ((x->cps[i + 1] | 0x20) != 't' &&
	    (x->cps[i + 1] | 0x20) != 'w'))
		return i;
	for (j = 0; j < sizeof(starts) / sizeof(starts[0]); j++) {
		p = starts[j];
		for (k = 0; p[k] != '\0' && i + k < n &&
		    dp_ulower(x->cps[i + k]) == p[k]; k++)
			;
		if (p[k] == '\0' && i + k < n && is_alnum(x, i + k))
			break;
	}
	if (j == sizeof(starts) / sizeof(starts[0]))
		return i;
	for (e = i; e < n && cl(x, e) != DP_CL_SPACE && cl(x,
	    e) != DP_CL_NEWLINE && x->cps[e] != '<' && x->cps[e] != '>' &&
	    x->cps[e] != '"' && x->cps[e] != 0xAB && x->cps[e] != 0xBB; e++)
		;
	while (e > i && strchr(".,;:!?)]}'", x->cps[e - 1] < 128 ?
	    (int)x->cps[e - 1] : 1) != NULL && x->cps[e - 1] != 0)
		e--;
	return e;
}

/*
 * A number at i: digits, with inner separators followed by digits (3,5;
 * 23.11.2026; 14:30; 1/2), thousands after a space (10 000, 5 000 000),
 * and letters stuck to it (1er, 2e, 10h, 3D).
 */
static size_t
scan_number(struct ctx *x, size_t i, size_t n)
{
	size_t e = i, group;
	int32_t c;

	while (e < n && cl(x, e) == DP_CL_DIGIT)
		e++;
	group = e - i;
	for (;;) {
		if (e + 1 < n && (x->cps[e] == '.' || x->cps[e] == ',' ||
		    x->cps[e] == ':' || x->cps[e] == '/') &&
		    cl(x, e + 1) == DP_CL_DIGIT) {
			for (e++; e < n && cl(x, e) == DP_CL_DIGIT; e++)
				;
			group = 4;	/* no thousands after a fraction */
			continue;
		}
		c = e < n ? x->cps[e] : 0;
		/* Groups of three after a first group of one to three. */
		if (group <= 3 && (c == ' ' || c == 0xA0 || c == 0x202F ||
		    c == 0x2009) && e + 3 < n + 1 && e + 3 <= n && cl(x,
		    e + 1) == DP_CL_DIGIT && cl(x, e + 2) == DP_CL_DIGIT &&
		    cl(x, e + 3) == DP_CL_DIGIT && (e + 4 >= n || cl(x,
		    e + 4) != DP_CL_DIGIT)) {
			e += 4;
			continue;
		}
		break;
	}
	while (e < n && (cl(x, e) == DP_CL_LETTER || cl(x, e) == DP_CL_UPPER))
		e++;
	return e;
}

/*
 * Is the word i..e, listed as an abbreviation, the noun it spells
 * instead?  So it is after a function word and before a capital: "dans
 * la mer. Identifié" ends a sentence, "mer. 12 nov." (mercredi) does not.
 */
static int
noun_not_abbreviation(struct ctx *x, const struct lang *l, size_t i, size_t e,
    size_t n)
{
	const struct token *prev;

	if (x->ntoks == 0)
		return 0;
	prev = &x->toks[x->ntoks - 1];
	return e - i >= 3 && prev->type == T_WORD && e + 2 < n && cl(x,
	    e + 1) == DP_CL_SPACE && cl(x, e + 2) == DP_CL_UPPER &&
	    lookup_lower(x, l->starters, prev->start, prev->end);
}

/*
 * A word at i: letters, marks and digits, joined by inner hyphens
 * (Marseille-Fos, a-t-il) and apostrophes (aujourd'hui), but split after
 * an elision (L'|Azerbaïdjan, qu'|il) and before a clitic (do|n't,
 * John|'s).  A word with its period is one token when it is a known
 * abbreviation, an initial (J., J.-L.) or a dotted acronym (U.S., e.g.).
 */
static size_t
scan_word(struct ctx *x, const struct lang *l, size_t i, size_t n, int *type)
{
	size_t e = i, k;
	int v;

	*type = T_WORD;
	for (;;) {
		e = alnum_end(x, e);
		/* Most words end at a space: apostrophes, hyphens and
		* periods are all punctuation. */
		if (x->cls[e] != DP_CL_PUNCT)
			return e;
		if (e + 1 >= n || (!is_apostrophe(x->cps[e]) &&
		    !is_hyphen(x->cps[e])))
			break;
		if (is_apostrophe(x->cps[e]) && is_alnum(x, e + 1)) {
			if (lookup_lower(x, l->elisions, i, e + 1))
				return e + 1;
			k = alnum_end(x, e + 1);
			if (lookup_lower(x, l->clitics, e, k))
				return e;
			if (e - 1 > i && x->cps[e - 1] == 'n' &&
			    lookup_lower(x, l->clitics, e - 1, k))
				return e - 1;
			e++;
			continue;
		}
		if (e + 1 < n && is_hyphen(x->cps[e]) && is_alnum(x, e + 1)) {
			e++;
			continue;
		}
		/* An elision before a quotation: qu'"il, l'« union ». */
		if (e + 1 < n && is_apostrophe(x->cps[e]) &&
		    (x->cps[e + 1] == '"' || x->cps[e + 1] == 0xAB ||
		    x->cps[e + 1] == 0x201C) && lookup_lower(x, l->elisions, i,
		    e + 1))
			return e + 1;
		break;
	}
	if (e >= n || x->cps[e] != '.')
		return e;
	/* Dotted: U.S., e.g., J.-L., Ph.D.; parts of 1 to 3 characters,
	* so that a bare domain (example.com.) is no acronym. */
	k = e + 1;
	while (e - i <= 3 && k + 1 < n && (is_alnum(x, k) ||
	    (is_hyphen(x->cps[k]) && is_alnum(x, k + 1)))) {
		size_t w = k;

		while (w < n && (is_alnum(x, w) || is_hyphen(x->cps[w])))
			w++;
		if (w >= n || x->cps[w] != '.' || w - k > 3)
			break;
		k = w + 1;
	}
	if (k > e + 1) {
		*type = T_ABBR;
		return k;
	}
	if ((v = lookup(x, l->abbrev, i, e + 1)) != 0) {
		if (!(v & ABBR_TITLE) && noun_not_abbreviation(x, l, i, e, n))
			return e;
		*type = T_ABBR;
		return k;
	}
	if (e - i == 1 && cl(x, i) == DP_CL_UPPER) {
		*type = T_INITIAL;
		return e + 1;
	}
	return e;
}

/*
 * The mark punctuation token k stands for: two apostrophes are a straight
 * double quote and two backquotes an opening one (typewriter and Penn
 * Treebank style: ``Yes,'' he said).
 */
static int32_t
mark(struct ctx *x, size_t k)
{
	uint32_t s = x->toks[k].start;

	if (x->toks[k].end - s == 2 && (x->cps[s] == '\'' ||
	    x->cps[s] == '`') && x->cps[s + 1] == x->cps[s])
		return x->cps[s] == '`' ? 0x201C : '"';
	return x->cps[s];
}

static int
is_closing(int32_t c)
{
	return c == 0xBB || c == '"' || c == 0x201D || c == 0x2019 ||
	    c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x203A;
}

static int
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

	if (x->toks[k].type != T_PUNCT || x->cps[x->toks[k].start] == ',' ||
	    x->cps[x->toks[k].start] == '.')	/* the common marks, at once */
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

/* Is token j a list marker: "1." or "2)" glued to its number, or a bullet? */
static int
list_marker(struct ctx *x, size_t j)
{
	int32_t c = x->cps[x->toks[j].start];

	if (x->toks[j].type == T_NUM)
		return j + 1 < x->ntoks && !x->toks[j + 1].space &&
		    (x->cps[x->toks[j + 1].start] == '.' ||
		    x->cps[x->toks[j + 1].start] == ')');
	return x->toks[j].type == T_PUNCT && (c == '-' || c == '*' ||
	    c == 0x2022 || c == 0x2013 || c == 0x2014);
}

/* Is token k the terminal punctuation ". ! ? … ..."? */
static int
is_terminal(struct ctx *x, size_t k)
{
	const struct token *t = &x->toks[k];
	size_t i;

	if (t->type != T_PUNCT)
		return 0;
	for (i = t->start; i < t->end; i++)
		if (x->cps[i] != '.' && x->cps[i] != '!' && x->cps[i] != '?' &&
		    x->cps[i] != 0x2026)
			return 0;
	return 1;
}

/* Does token k, a capitalized word, look like a sentence's first word? */
static int
starts_sentence(struct ctx *x, const struct lang *l, size_t k)
{
	return x->toks[k].type == T_WORD &&
	    lookup_lower(x, l->starters, x->toks[k].start, x->toks[k].end);
}

/*
 * After a semicolon French and English go on in lowercase: a capitalized
 * elision (Qu'est-ce, L'enquête) or adverb in -ment (Naturellement) there
 * starts a new sentence, as a name would not.
 */
static int
after_semicolon(struct ctx *x, size_t k)
{
	size_t n = x->toks[k].end - x->toks[k].start;
	uint32_t e = x->toks[k].end;

	if (x->toks[k].type != T_WORD)
		return 0;
	if (n >= 2 && n <= 3 && is_apostrophe(x->cps[e - 1]))
		return 1;
	return n >= 8 && x->cps[e - 4] == 'm' && x->cps[e - 3] == 'e' &&
	    x->cps[e - 2] == 'n' && x->cps[e - 1] == 't';
}

/*
 * Does a timestamp "08/16/2000 12:05 PM" start at token k?  A mail
 * header's, put on one line with the name before it and the message
 * after it when its line breaks were lost.
 */
static int
timestamp_at(struct ctx *x, size_t k)
{
	size_t i;
	int slashes = 0;

	if (k + 2 >= x->ntoks || x->toks[k].type != T_NUM ||
	    x->toks[k + 1].type != T_NUM || x->toks[k + 2].type != T_WORD ||
	    x->toks[k + 2].end - x->toks[k + 2].start != 2 ||
	    ((x->cps[x->toks[k + 2].start] | 0x20) != 'a' &&
	    (x->cps[x->toks[k + 2].start] | 0x20) != 'p') ||
	    (x->cps[x->toks[k + 2].start + 1] | 0x20) != 'm')
		return 0;
	for (i = x->toks[k].start; i < x->toks[k].end; i++)
		slashes += x->cps[i] == '/';
	return slashes == 2 && x->cps[x->toks[k + 1].start + 1] != '/' &&
	    (x->cps[x->toks[k + 1].start + 1] == ':' ||
	    x->cps[x->toks[k + 1].start + 2] == ':');
}

/* Is token k an e-mail address or a URL, or the ">" after "<address"? */
static int
is_address(struct ctx *x, size_t k)
{
	return x->toks[k].type == T_URL || x->toks[k].type == T_EMAIL ||
	    (x->cps[x->toks[k].start] == '>' && k > 0 && !x->toks[k].space &&
	    x->toks[k - 1].type == T_EMAIL);
}

/*
 * Has the sentence that token k ends lost its full stop (a headline glued
 * to its text, a careless mail)?  So it has when, after a lowercase word
 * and before another (not Title Case), comes a capitalized word that only
 * starts sentences ("Il", "He"), or a determiner ("La", "The") when the
 * word before is no function word ("... célébrités La communauté a").
 */
static int
lost_stop(struct ctx *x, const struct lang *l, size_t k)
{
	const struct token *t = &x->toks[k], *next = &x->toks[k + 1];

	if (!next->upper || next->newlines != 0 || !next->space ||
	    next->type != T_WORD || cl(x, t->end - 1) == DP_CL_UPPER ||
	    (k + 2 < x->ntoks && cl(x, x->toks[k + 2].start) == DP_CL_UPPER))
		return 0;
	if (((t->type == T_WORD && !(t->end - t->start <= 4 &&
	    lookup_lower(x, l->starters, t->start, t->end))) ||
	    t->type == T_NUM || x->cps[t->start] == ',' ||
	    x->cps[t->start] == ')') &&
	    lookup(x, l->strong, next->start, next->end))
		return 1;
	return k + 2 < x->ntoks && x->toks[k + 2].type == T_WORD &&
	    cl(x, x->toks[k + 2].start) == DP_CL_LETTER &&
	    lookup(x, l->determiners, next->start, next->end) &&
	    ((t->type == T_WORD && t->end - t->start >= 3 &&
	    !lookup_lower(x, l->starters, t->start, t->end)) ||
	    x->cps[t->start] == ')');
}

/*
 * Is tokens first..k-1 a greeting or a sign-off ("Hi John", "Best
 * regards"): at most three words, one of them a salutation?
 */
static int
salutation(struct ctx *x, const struct lang *l, size_t first, size_t k)
{
	size_t q;

	if (k <= first || k - first > 3)
		return 0;
	for (q = first; q < k; q++)
		if (x->toks[q].type == T_WORD &&
		    lookup_lower(x, l->salut, x->toks[q].start, x->toks[q].end))
			return 1;
	return 0;
}

/*
 * Does the sentence end at token k, which is no terminal punctuation or
 * is one that a line, a list, a signature or a mail header ends anyway?
 * (A headline, "Hi John,", a URL list, a soft stop before a sentence
 * start.)  j is k + 1, a token.
 */
static int
ends_without_stop(struct ctx *x, const struct lang *l, size_t first,
    size_t k, int quoted)
{
	const struct token *t = &x->toks[k], *next = &x->toks[k + 1];
	size_t j = k + 1;

	/* A line break with nothing at the end of the line: a headline. */
	if (next->newlines >= 2)
		return 1;
	/* A list item starts on a line of its own. */
	if (next->newlines == 1 && list_marker(x, j))
		return 1;
	if (next->newlines == 1 && !is_terminal(x, k) &&
	    !(t->type == T_PUNCT && strchr(",;:(-", x->cps[t->start] < 128 ?
	    (int)x->cps[t->start] : 1)) && (next->upper ||
	    cl(x, next->start) == DP_CL_DIGIT || is_opening(mark(x, j))))
		return 1;
	if (!quoted && lost_stop(x, l, k))
		return 1;
	/* "Hi John," and "Best regards," stand alone before a capital. */
	if (t->type == T_PUNCT && x->cps[t->start] == ',' && next->upper &&
	    salutation(x, l, first, k))
		return 1;
	/* URLs listed one after another are one sentence each; a
	 * capitalized word after an address (a signature, a header that
	 * lost its line break) starts a sentence. */
	if (t->type == T_URL && next->type == T_URL)
		return 1;
	if (next->upper && next->type == T_WORD && next->space &&
	    !(next->end - next->start > 1 && cl(x,
	    next->start + 1) == DP_CL_UPPER) && is_address(x, k))
		return 1;
	/* A mail header's timestamp is a sentence of its own. */
	if (t->stamp)
		return 1;
	if (j + 2 < x->ntoks && x->toks[j + 2].stamp && (t->upper ||
	    is_address(x, k)))
		return 1;
	/* After a soft stop (";"), a capitalized function word starts a
	 * sentence. */
	if (t->type == T_PUNCT && !quoted && next->upper &&
	    lookup(x, l->soft, t->start, t->end) && (starts_sentence(x, l, j) ||
	    (x->cps[t->start] == ';' && after_semicolon(x, j))))
		return 1;
	/* French goes on in lowercase after a colon: a capitalized subject
	 * pronoun there starts a sentence ("sentiments : Ce basculement"). */
	return t->type == T_PUNCT && !quoted && next->upper &&
	    x->cps[t->start] == ':' && next->type == T_WORD &&
	    lookup(x, l->colon, next->start, next->end);
}

/*
 * The first token after the closing marks that follow k: closing quotes
 * and brackets go with the sentence, even after a space; a straight
 * quote after a space too, unless a word is glued after it ("The): that
 * one opens.
 */
static size_t
after_closing_marks(struct ctx *x, size_t k, int quoted)
{
	size_t j = k + 1;

	while (j < x->ntoks && x->toks[j].type == T_PUNCT &&
	    is_closing(mark(x, j)) && x->toks[j].newlines == 0 &&
	    !(x->toks[j].space && !quoted && quote_role(x, j) < 0) &&
	    !(x->toks[j].space && (mark(x, j) == '\'' || mark(x, j) == 0x2019 ||
	    mark(x, j) == '(' || (mark(x, j) == '"' && j + 1 < x->ntoks &&
	    !x->toks[j + 1].space))))
		j++;
	return j;
}

/*
 * Nothing between the stop k and token j: a name or number goes on
 * (10.JPG, R.I.Ma), but not a lowercase word glued by its full stop to a
 * capitalized one or a quotation (Le Maire.Une mission, français.«C'est):
 * a space lost on the way from the web page.
 */
static int
ends_glued(struct ctx *x, size_t first, size_t k, size_t j)
{
	const struct token *t = &x->toks[k], *next = &x->toks[j];
	const struct token *prev = k > first ? &x->toks[k - 1] : NULL;
	int32_t c = mark(x, j);

	return j == k + 1 && x->cps[t->start] == '.' && prev != NULL &&
	    prev->type == T_WORD && prev->end == t->start &&
	    prev->end - prev->start >= 3 && cl(x, prev->end - 1) ==
	    DP_CL_LETTER && ((next->upper && next->type == T_WORD &&
	    next->end - next->start >= 2 && cl(x, next->start + 1) ==
	    DP_CL_LETTER && !is_tld(x, j)) || c == 0xAB || c == 0x201C);
}

/*
 * Does the sentence go on at token j, after the stop k?  A lowercase
 * start does, but after a plain word or number and a full stop it is a
 * careless new sentence (mail, web); so it is after ! and ? outside
 * quotations (« Jamais ! », a-t-il dit).
 */
static int
goes_on_lowercase(struct ctx *x, size_t k, size_t j, size_t last,
    int quoted)
{
	const struct token *t = &x->toks[k], *next = &x->toks[j];
	int32_t c = mark(x, j);

	return !(next->upper || cl(x, next->start) == DP_CL_DIGIT ||
	    is_opening(c) || c == 0xBF || c == 0xA1) && !(cl(x,
	    next->start) == DP_CL_LETTER && (next->type == T_WORD ||
	    next->type == T_URL) && !quoted && last == k &&
	    ((t->end - t->start == 1 && x->cps[t->start] == '.' && k > 0 &&
	    (x->toks[k - 1].type == T_WORD || x->toks[k - 1].type == T_NUM) &&
	    x->toks[k - 1].end - x->toks[k - 1].start >= 2 &&
	    x->toks[k - 1].end == t->start) || x->cps[t->end - 1] == '?' ||
	    x->cps[t->end - 1] == '!'));
}

/*
 * Inside a quotation that an attribution follows (« ... pas. Jamais ! »,
 * a-t-il dit), the quotation is one sentence: does its closing mark come
 * before a comma or a word, from j on?
 */
static int
quotation_goes_on(struct ctx *x, size_t j)
{
	size_t q;

	for (q = j; q < x->ntoks && q < j + 400 && x->toks[q].newlines < 2;
	    q++) {
		if (quote_role(x, q) > 0)
			return 0;
		if (quote_role(x, q) < 0)
			return q + 1 < x->ntoks && x->toks[q + 1].newlines == 0 &&
			    (x->cps[x->toks[q + 1].start] == ',' ||
			    cl(x, x->toks[q + 1].start) == DP_CL_LETTER);
	}
	return 0;
}

/*
 * Does a sentence end after token k?  If so, sets *last to the last token
 * of the sentence (closing quotes and brackets after k belong to it).
 * quoted: a quotation is open after token k.
 */
static int
ends_sentence(struct ctx *x, const struct lang *l, size_t first, size_t k,
    size_t *last, int quoted)
{
	const struct token *t = &x->toks[k], *next;
	size_t j;
	int abbr = t->type == T_ABBR || t->type == T_INITIAL;

	*last = k;
	if (k + 1 >= x->ntoks || ends_without_stop(x, l, first, k, quoted))
		return 1;
	if (!is_terminal(x, k) && !abbr)
		return 0;
	if (abbr && lookup(x, l->abbrev, t->start, t->end) == ABBR_TITLE)
		return 0;
	j = after_closing_marks(x, k, quoted);
	*last = j - 1;
	if (j >= x->ntoks)
		return 1;
	next = &x->toks[j];
	if (next->newlines >= 1 && !abbr)
		return 1;
	/* A closing quote with no quotation open is the next sentence's:
	 * its quotation opened in a sentence the text does not have. */
	if (!quoted && !abbr && next->space && quote_role(x, j) < 0)
		return 1;
	if (!next->space)
		return ends_glued(x, first, k, j);
	/* An abbreviation or initial ends a sentence only before a word
	 * that usually starts one ("etc. Le", not "J. Martin"). */
	if (abbr)
		return next->upper && starts_sentence(x, l, j);
	if (goes_on_lowercase(x, k, j, *last, quoted))
		return 0;
	/* A numbered list item: "1." at the start of a line. */
	if (k > 0 && x->toks[k - 1].type == T_NUM &&
	    x->toks[k - 1].newlines > 0 && t->end - t->start == 1 &&
	    x->cps[t->start] == '.')
		return 0;
	return !(quoted && quotation_goes_on(x, j));
}

/* Groups the tokens into sentences. */
static void
sentences(struct ctx *x, const struct lang *l)
{
	size_t k, first = 0, last, q;
	int depth = 0;

	x->nsents = 0;
	for (k = 0; k < x->ntoks; k++) {
		if (x->toks[k].newlines >= 2)
			depth = 0;
		/* Most tokens are words that no line break follows: only
		 * punctuation, abbreviations, initials and URLs end a
		* sentence on the same line. */
		if (x->toks[k].type == T_WORD || x->toks[k].type == T_NUM ||
		    x->toks[k].type == T_TAG || x->toks[k].type == T_EMAIL) {
			if (k + 1 < x->ntoks && x->toks[k + 1].newlines == 0 &&
			    !x->toks[k + 1].upper && !(k + 3 < x->ntoks &&
			    x->toks[k + 3].stamp) && !x->toks[k].stamp)
				continue;
		} else if (quote_role(x, k) > 0)
			depth += x->toks[k].closed;
		else if (quote_role(x, k) < 0 && depth > 0)
			depth--;
		if (!ends_sentence(x, l, first, k, &last, depth > 0))
			continue;
		/* Quotes the sentence took along close it. */
		for (q = k + 1; q <= last; q++)
			if (depth > 0 && (quote_role(x, q) < 0 ||
			    mark(x, q) == '"'))
				depth--;
		add_sentence(x, first, last);
		k = last;
		first = last + 1;
	}
	if (first < x->ntoks)
		add_sentence(x, first, x->ntoks - 1);
}

/* Adds the sentence of tokens first..last. */
static void
add_sentence(struct ctx *x, size_t first, size_t last)
{
	add_span(&x->sents, &x->nsents, &x->capsents, x->toks[first].start,
	    x->toks[last].end);
	if (x->nsents / 2 > x->capsentnext) {
		x->capsentnext = x->capsents / 2;
		x->sentnext = dp_reallocarray(x->sentnext, x->capsentnext,
		    sizeof(*x->sentnext));
	}
	x->sentnext[x->nsents / 2 - 1] = last + 1;
}

/*
 * Paragraphs run between blank lines; a sentence that ends at a line
 * break without final punctuation (a headline) is a paragraph of its own.
 */
static void
paragraphs(struct ctx *x)
{
	size_t s, first = 0, k;
	uint32_t end;

	x->nparas = 0;
	for (s = 0; s < x->nsents; s += 2) {
		k = x->sentnext[s / 2];
		end = x->sents[s + 1];
		if (k < x->ntoks && (x->toks[k].newlines >= 2 ||
		    (x->toks[k].newlines == 1 && !is_terminal(x, k - 1) &&
		    !is_closing(mark(x, k - 1))))) {
			add_span(&x->paras, &x->nparas, &x->capparas,
			    x->sents[first], end);
			first = s + 2;
		}
	}
	if (first < x->nsents)
		add_span(&x->paras, &x->nparas, &x->capparas, x->sents[first],
		    x->sents[x->nsents - 1]);
}
