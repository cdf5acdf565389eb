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
	char		 code[16];
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

static struct options {
	const char	*lang;		/* forced, or NULL: the record's */
	const char	*lexicon;	/* the user's extra lexicon */
	struct dp_filter filter;
} opt;

static struct lang	*langs;
static size_t		 nlangs;
static int32_t		*cps;		/* the text's code points */
static unsigned char	*cls;		/* and their classes */
static size_t		 ncps, capcps;
static struct token	*toks;
static size_t		 ntoks, captoks;
static uint32_t		*sents, *paras, *tspans;	/* start, end, ... */
static size_t		 nsents, capsents, nparas, capparas, captspans;
static size_t		*sentnext, capsentnext;	/* token after each sentence */
static size_t		*openq, nopen, capopen;	/* quotes not closed yet */
static struct dp_buf	 scratch, out;

static DP_NORETURN void usage(int);
static struct lang *lang_get(const char *);
static void	 lang_load_file(struct lang *, const char *, int);
static int	 ascii8(const char *);
static size_t	 alnum_end(size_t);
static int	 segment_record(struct dp_record *, void *);
static void	 decode(const char *, size_t);
static void	 tokenize(const struct lang *, size_t);
static size_t	 scan_word(const struct lang *, size_t, size_t, int *);
static int	 noun_not_abbreviation(const struct lang *, size_t, size_t,
		    size_t);
static size_t	 scan_number(size_t, size_t);
static size_t	 scan_url(size_t, size_t);
static size_t	 scan_email(size_t, size_t);
static size_t	 clitic_at(const struct lang *, size_t);
static int	 find(const struct dp_strset *, size_t, size_t, int);
static int	 lookup(const struct dp_strset *, size_t, size_t);
static int	 lookup_lower(const struct dp_strset *, size_t, size_t);
static void	 match_quote(size_t);
static int	 timestamp_at(size_t);
static int	 quote_role(size_t);
static void	 sentences(const struct lang *);
static int	 salutation(const struct lang *, size_t, size_t);
static int	 lost_stop(const struct lang *, size_t);
static int	 list_marker(size_t);
static int	 ends_sentence(const struct lang *, size_t, size_t, size_t *,
		    int);
static void	 add_sentence(size_t, size_t);
static void	 paragraphs(void);

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

	/* Bad lexicons are found before any input is read. */
	dp_record_lang(NULL, opt.lang != NULL ? opt.lang : "und", code,
	    sizeof(code));
	lang_get(code);
	rc = dp_filter_run(&opt.filter, argv, argc, segment_record, NULL);
	return dp_worst(rc, dp_close_stdout());
}

/*
 * The lexicon of a language (its primary subtag), loaded the first time a
 * record asks for it:
 * lexicons/LANG/segment.yaml and langid.yaml (whose function words tell a
 * sentence start after an abbreviation), then the user's --lexicon.  A
 * language without files segments with the user's lexicon alone.
 */
static struct lang *
lang_get(const char *code)
{
	struct lang *l;
	struct dp_buf path = { 0 };
	const char *dir;
	size_t i;

	for (i = 0; i < nlangs; i++)
		if (strcmp(langs[i].code, code) == 0)
			return &langs[i];
	langs = dp_reallocarray(langs, nlangs + 1, sizeof(*langs));
	l = &langs[nlangs++];
	memset(l, 0, sizeof(*l));
	snprintf(l->code, sizeof(l->code), "%s", code);
	l->abbrev = dp_strset_new();
	l->elisions = dp_strset_new();
	l->clitics = dp_strset_new();
	l->soft = dp_strset_new();
	l->colon = dp_strset_new();
	l->strong = dp_strset_new();
	l->determiners = dp_strset_new();
	l->salut = dp_strset_new();
	l->starters = dp_strset_new();
	if ((dir = dp_lexicon_dir()) != NULL && code[0] != '\0' &&
	    strspn(code, "abcdefghijklmnopqrstuvwxyz") == strlen(code)) {
		dp_buf_printf(&path, "%s/%s/segment.yaml", dir, code);
		lang_load_file(l, dp_buf_cstr(&path), 0);
		dp_buf_reset(&path);
		dp_buf_printf(&path, "%s/%s/langid.yaml", dir, code);
		lang_load_file(l, dp_buf_cstr(&path), 1);
	}
	if (opt.lexicon != NULL)
		lang_load_file(l, opt.lexicon, 0);
	dp_buf_free(&path);
	return l;
}

/* Adds one lexicon file's lists; a file that does not exist is skipped. */
static void
lang_load_file(struct lang *l, const char *path, int langid)
{
	static const struct {
		const char *key;
		int value;
	} lists[] = {
		{ "abbreviations", 1 }, { "titles", ABBR_TITLE },
		{ "elisions", 1 }, { "clitics", 1 }, { "soft_stops", 1 },
		{ "strong_starters", 1 }, { "salutations", 1 },
		{ "determiners", 1 }, { "colon_starters", 1 }
	};
	struct dp_strset *sets[] = { l->abbrev, l->abbrev, l->elisions,
	    l->clitics, l->soft, l->strong, l->salut, l->determiners,
	    l->colon };
	struct dp_yaml *y;
	FILE *fp;
	char **words, *p;
	size_t i, j, n;

	if ((fp = fopen(path, "r")) == NULL) {
		if (path == opt.lexicon)
			dp_die(DP_EX_CONFIG, "%s: %s", path, strerror(errno));
		return;
	}
	fclose(fp);
	y = dp_yaml_load(path);
	if (langid) {
		words = dp_yaml_strings(y, "words", &n);
		for (j = 0; j < n; j++)
			*dp_strset_add(l->starters, words[j],
			    strlen(words[j])) = 1;
		free(words);
		dp_yaml_free(y);
		return;
	}
	if (!dp_yaml_is_map(y, dp_yaml_root(y)))
		dp_yaml_die(y, dp_yaml_root(y), "a mapping expected");
	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		if (dp_yaml_get(y, dp_yaml_root(y), lists[i].key) == 0)
			continue;
		words = dp_yaml_strings(y, lists[i].key, &n);
		for (j = 0; j < n; j++) {
			/* Apostrophes are looked up as U+0027. */
			while ((p = strstr(words[j], "\xe2\x80\x99")) != NULL) {
				*p = '\'';
				memmove(p + 1, p + 3, strlen(p + 3) + 1);
			}
			*dp_strset_add(sets[i], words[j], strlen(words[j])) |=
			    lists[i].value;
		}
		free(words);
	}
	dp_yaml_free(y);
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
	struct dp_set sets[3];
	const struct lang *l;
	char code[16];
	const char *text;
	size_t len, i, k, tpos;

	(void)arg;
	if ((text = dp_record_need(r, "text", "to-jsonl", &scratch, &len,
	    NULL)) == NULL)
		return DP_EX_DATAERR;
	dp_record_lang(r, opt.lang, code, sizeof(code));
	l = lang_get(code);

	if (len + 1 > capcps) {
		capcps = len + 1;
		cps = dp_reallocarray(cps, capcps, sizeof(*cps));
		cls = dp_realloc(cls, capcps);
	}
	decode(text, len);

	tokenize(l, ncps);
	sentences(l);
	paragraphs();

	/* Token spans go out through the same writer as the others. */
	if (2 * ntoks > captspans) {
		captspans = 2 * ntoks;
		tspans = dp_reallocarray(tspans, captspans, sizeof(*tspans));
	}
	for (i = 0; i < ntoks; i++) {
		tspans[2 * i] = toks[i].start;
		tspans[2 * i + 1] = toks[i].end;
	}
	dp_buf_reset(&out);
	dp_json_spans(&out, paras, nparas / 2);
	sets[0] = (struct dp_set){ "paragraphs", NULL, out.len };
	tpos = out.len;
	dp_json_spans(&out, sents, nsents / 2);
	sets[1] = (struct dp_set){ "sentences", NULL, out.len - tpos };
	k = out.len;
	dp_json_spans(&out, tspans, ntoks);
	sets[2] = (struct dp_set){ "tokens", NULL, out.len - k };
	sets[0].json = out.data;
	sets[1].json = out.data + tpos;
	sets[2].json = out.data + k;
	dp_record_write(r, sets, 3);
	return 0;
}

/*
 * Decodes text into cps and cls, with a last code point 0 of class OTHER
 * that ends every scan.  Local pointers, as a store through the unsigned
 * char *cls could otherwise change the pointers themselves.
 */
static void
decode(const char *text, size_t len)
{
	int32_t *points = cps;
	unsigned char *classes = cls, b;
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
	ncps = n;
}

static enum dp_class
cl(size_t i)
{
	return (enum dp_class)cls[i];
}

/* The word classes are UPPER to DIGIT: one comparison per character. */
_Static_assert(DP_CL_LETTER == DP_CL_UPPER + 1 && DP_CL_MARK ==
    DP_CL_UPPER + 2 && DP_CL_DIGIT == DP_CL_UPPER + 3, "word classes");

static int
is_alnum(size_t i)
{
	return (unsigned)cls[i] - DP_CL_UPPER <= DP_CL_DIGIT - DP_CL_UPPER;
}

/* The end of the letters and digits from i; cls[n] is none of them. */
static size_t
alnum_end(size_t i)
{
	const unsigned char *p = cls + i;

	while ((unsigned)*p - DP_CL_UPPER <= DP_CL_DIGIT - DP_CL_UPPER)
		p++;
	return (size_t)(p - cls);
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
find(const struct dp_strset *set, size_t s, size_t e, int lower)
{
	char key[128];
	size_t i, len = 0;
	int32_t c;
	int *v;

	/* A code point is at least a byte. */
	if (e - s > sizeof(key) / 4 || e - s > dp_strset_maxlen(set))
		return 0;
	for (i = s; i < e; i++) {
		c = is_apostrophe(cps[i]) ? '\'' : lower ? dp_ulower(cps[i]) :
		    cps[i];
		if (c < 0x80)
			key[len++] = (char)c;
		else
			len += dp_utf8_encode(c, key + len);
	}
	v = dp_strset_find(set, key, len);
	return v != NULL ? *v : 0;
}

static int
lookup(const struct dp_strset *set, size_t s, size_t e)
{
	return find(set, s, e, 0);
}

static int
lookup_lower(const struct dp_strset *set, size_t s, size_t e)
{
	return find(set, s, e, 1);
}

/* A top-level domain written capitalized: Newsfeed.Com is no break. */
static int
is_tld(size_t k)
{
	static const char *tlds[] = { "com", "net", "org", "edu", "gov",
	    "info", "biz", "io", "fr", "be", "ch", "ca", "uk", "de" };
	size_t i, j, n = toks[k].end - toks[k].start;

	for (i = 0; i < sizeof(tlds) / sizeof(tlds[0]); i++) {
		if (strlen(tlds[i]) != n)
			continue;
		for (j = 0; j < n && dp_ulower(cps[toks[k].start + j]) ==
		    tlds[i][j]; j++)
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
add_token(size_t s, size_t e, int type, int newlines, int space)
{
	struct token *t;

	if (ntoks == captoks) {
		captoks = captoks ? 2 * captoks : 1024;
		toks = dp_reallocarray(toks, captoks, sizeof(*toks));
	}
	t = &toks[ntoks++];
	t->start = (uint32_t)s;
	t->end = (uint32_t)e;
	t->type = (unsigned char)type;
	t->newlines = (unsigned char)(newlines > 2 ? 2 : newlines);
	t->space = (unsigned char)space;
	t->upper = cl(s) == DP_CL_UPPER;
	t->closed = 0;
	t->stamp = e - s == 2 && (cps[s + 1] | 0x20) == 'm' && ntoks >= 3 &&
	    timestamp_at(ntoks - 3);
	if (newlines >= 2)
		nopen = 0;
	if (type == T_PUNCT)
		match_quote(ntoks - 1);
}

/*
 * Marks the opening quotes that a closing one matches in their paragraph.
 * The others (a quotation cut by the text's source, a stray mark) must
 * not hold the rest of the paragraph together as one quotation.
 */
static void
match_quote(size_t k)
{
	int role = quote_role(k);

	if (role > 0) {
		if (nopen == capopen) {
			capopen = capopen ? 2 * capopen : 64;
			openq = dp_reallocarray(openq, capopen,
			    sizeof(*openq));
		}
		openq[nopen++] = k;
	} else if (role < 0 && nopen > 0)
		toks[openq[--nopen]].closed = 1;
}

/* Splits cps[0..n) into tokens. */
static void
tokenize(const struct lang *l, size_t n)
{
	size_t i = 0, e, k2;
	int newlines = 0, space = 0, type;
	int32_t c;
	enum dp_class k;

	ntoks = nopen = 0;
	while (i < n) {
		c = cps[i];
		if (c == ' ') {		/* the common case */
			space = 1;
			i++;
			continue;
		}
		k = cl(i);
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
			if ((e = scan_url(i, n)) > i)
				type = T_URL;
			else
				e = scan_word(l, i, n, &type);
		} else if (k == DP_CL_DIGIT) {
			e = scan_number(i, n);
			type = T_NUM;
		} else if (is_apostrophe(c) && ntoks > 0 && !space &&
		    (e = clitic_at(l, i)) > i)
			type = T_WORD;
		else if ((c == '#' || c == '@') && i + 1 < n &&
		    is_alnum(i + 1) && (i == 0 || !is_alnum(i - 1))) {
			for (e = i + 1; e < n && (is_alnum(e) || cps[e] == '_');
			    e++)
				;
			type = T_TAG;
		} else if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
			/* "...", "?!", "!!!" are one token. */
			for (e = i + 1; e < n && (cps[e] == '.' ||
			    cps[e] == '!' || cps[e] == '?' || cps[e] == 0x2026);
			    e++)
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
		    (cps[e] == '@' || cps[e - 1] == '.' || cps[e] == '.' ||
		    cps[e] == '_' || cps[e] == '-' || cps[e] == '+') &&
		    (k2 = scan_email(i, n)) > e) {
			e = k2;
			type = T_EMAIL;
		}
		if (e <= i)
			dp_die(DP_EX_SOFTWARE, "empty token at %zu", i);
		add_token(i, e, type, newlines, space);
		newlines = space = 0;
		i = e;
	}
}

/* The end of an English clitic ('s, 're) at the apostrophe i, or i. */
static size_t
clitic_at(const struct lang *l, size_t i)
{
	size_t k;

	k = alnum_end(i + 1);
	return k > i + 1 && lookup_lower(l->clitics, i, k) ? k : i;
}

/* An e-mail address at i (local@domain.tld), or i. */
static size_t
scan_email(size_t i, size_t n)
{
	size_t k = i, at, dot = 0;

	while (k < n && (is_alnum(k) || cps[k] == '.' || cps[k] == '_' ||
	    cps[k] == '-' || cps[k] == '+'))
		k++;
	if (k == i || k >= n || cps[k] != '@' || cps[k - 1] == '.')
		return i;
	for (at = k++; k < n && (is_alnum(k) || cps[k] == '-' ||
	    (cps[k] == '.' && k + 1 < n && is_alnum(k + 1))); k++)
		if (cps[k] == '.')
			dot = k;
	return dot > at + 1 && k - dot > 2 ? k : i;
}

/* A URL at i (scheme:// or www.), less its trailing punctuation. */
static size_t
scan_url(size_t i, size_t n)
{
	static const char *starts[] = { "https://", "http://", "ftp://",
	    "www." };
	size_t j, k, e;
	const char *p;

	/* Most words start otherwise: a quick look at two letters. */
	if (((cps[i] | 0x20) != 'h' && (cps[i] | 0x20) != 'w' &&
	    (cps[i] | 0x20) != 'f') || ((cps[i + 1] | 0x20) != 't' &&
	    (cps[i + 1] | 0x20) != 'w'))
		return i;
	for (j = 0; j < sizeof(starts) / sizeof(starts[0]); j++) {
		p = starts[j];
		for (k = 0; p[k] != '\0' && i + k < n &&
		    dp_ulower(cps[i + k]) == p[k]; k++)
			;
		if (p[k] == '\0' && i + k < n && is_alnum(i + k))
			break;
	}
	if (j == sizeof(starts) / sizeof(starts[0]))
		return i;
	for (e = i; e < n && cl(e) != DP_CL_SPACE && cl(e) != DP_CL_NEWLINE &&
	    cps[e] != '<' && cps[e] != '>' && cps[e] != '"' &&
	    cps[e] != 0xAB && cps[e] != 0xBB; e++)
		;
	while (e > i && strchr(".,;:!?)]}'", cps[e - 1] < 128 ?
	    (int)cps[e - 1] : 1) != NULL && cps[e - 1] != 0)
		e--;
	return e;
}

/*
 * A number at i: digits, with inner separators followed by digits (3,5;
 * 23.11.2026; 14:30; 1/2), thousands after a space (10 000, 5 000 000),
 * and letters stuck to it (1er, 2e, 10h, 3D).
 */
static size_t
scan_number(size_t i, size_t n)
{
	size_t e = i, group;
	int32_t c;

	while (e < n && cl(e) == DP_CL_DIGIT)
		e++;
	group = e - i;
	for (;;) {
		if (e + 1 < n && (cps[e] == '.' || cps[e] == ',' ||
		    cps[e] == ':' || cps[e] == '/') &&
		    cl(e + 1) == DP_CL_DIGIT) {
			for (e++; e < n && cl(e) == DP_CL_DIGIT; e++)
				;
			group = 4;	/* no thousands after a fraction */
			continue;
		}
		c = e < n ? cps[e] : 0;
		/* Groups of three after a first group of one to three. */
		if (group <= 3 && (c == ' ' || c == 0xA0 || c == 0x202F ||
		    c == 0x2009) && e + 3 < n + 1 && e + 3 <= n &&
		    cl(e + 1) == DP_CL_DIGIT && cl(e + 2) == DP_CL_DIGIT &&
		    cl(e + 3) == DP_CL_DIGIT && (e + 4 >= n ||
		    cl(e + 4) != DP_CL_DIGIT)) {
			e += 4;
			continue;
		}
		break;
	}
	while (e < n && (cl(e) == DP_CL_LETTER || cl(e) == DP_CL_UPPER))
		e++;
	return e;
}

/*
 * Is the word i..e, listed as an abbreviation, the noun it spells
 * instead?  So it is after a function word and before a capital: "dans
 * la mer. Identifié" ends a sentence, "mer. 12 nov." (mercredi) does not.
 */
static int
noun_not_abbreviation(const struct lang *l, size_t i, size_t e, size_t n)
{
	const struct token *prev;

	if (ntoks == 0)
		return 0;
	prev = &toks[ntoks - 1];
	return e - i >= 3 && prev->type == T_WORD &&
	    e + 2 < n && cl(e + 1) == DP_CL_SPACE && cl(e + 2) ==
	    DP_CL_UPPER && lookup_lower(l->starters, prev->start, prev->end);
}

/*
 * A word at i: letters, marks and digits, joined by inner hyphens
 * (Marseille-Fos, a-t-il) and apostrophes (aujourd'hui), but split after
 * an elision (L'|Azerbaïdjan, qu'|il) and before a clitic (do|n't,
 * John|'s).  A word with its period is one token when it is a known
 * abbreviation, an initial (J., J.-L.) or a dotted acronym (U.S., e.g.).
 */
static size_t
scan_word(const struct lang *l, size_t i, size_t n, int *type)
{
	size_t e = i, k;
	int v;

	*type = T_WORD;
	for (;;) {
		e = alnum_end(e);
		/* Most words end at a space: apostrophes, hyphens and
		 * periods are all punctuation. */
		if (cls[e] != DP_CL_PUNCT)
			return e;
		if (e + 1 >= n || (!is_apostrophe(cps[e]) &&
		    !is_hyphen(cps[e])))
			break;
		if (is_apostrophe(cps[e]) && is_alnum(e + 1)) {
			if (lookup_lower(l->elisions, i, e + 1))
				return e + 1;
			k = alnum_end(e + 1);
			if (lookup_lower(l->clitics, e, k))
				return e;
			if (e - 1 > i && cps[e - 1] == 'n' &&
			    lookup_lower(l->clitics, e - 1, k))
				return e - 1;
			e++;
			continue;
		}
		if (e + 1 < n && is_hyphen(cps[e]) && is_alnum(e + 1)) {
			e++;
			continue;
		}
		/* An elision before a quotation: qu'"il, l'« union ». */
		if (e + 1 < n && is_apostrophe(cps[e]) && (cps[e + 1] == '"' ||
		    cps[e + 1] == 0xAB || cps[e + 1] == 0x201C) &&
		    lookup_lower(l->elisions, i, e + 1))
			return e + 1;
		break;
	}
	if (e >= n || cps[e] != '.')
		return e;
	/* Dotted: U.S., e.g., J.-L., Ph.D.; parts of 1 to 3 characters,
	 * so that a bare domain (example.com.) is no acronym. */
	k = e + 1;
	while (e - i <= 3 && k + 1 < n && (is_alnum(k) || (is_hyphen(cps[k]) &&
	    is_alnum(k + 1)))) {
		size_t w = k;

		while (w < n && (is_alnum(w) || is_hyphen(cps[w])))
			w++;
		if (w >= n || cps[w] != '.' || w - k > 3)
			break;
		k = w + 1;
	}
	if (k > e + 1) {
		*type = T_ABBR;
		return k;
	}
	if ((v = lookup(l->abbrev, i, e + 1)) != 0) {
		if (!(v & ABBR_TITLE) && noun_not_abbreviation(l, i, e, n))
			return e;
		*type = T_ABBR;
		return k;
	}
	if (e - i == 1 && cl(i) == DP_CL_UPPER) {
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
mark(size_t k)
{
	uint32_t s = toks[k].start;

	if (toks[k].end - s == 2 && (cps[s] == '\'' || cps[s] == '`') &&
	    cps[s + 1] == cps[s])
		return cps[s] == '`' ? 0x201C : '"';
	return cps[s];
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
quote_role(size_t k)
{
	int32_t c;

	if (toks[k].type != T_PUNCT || cps[toks[k].start] == ',' ||
	    cps[toks[k].start] == '.')	/* the common marks, at once */
		return 0;
	c = mark(k);
	if (c == 0xAB || c == 0x201C || c == 0x201E)
		return 1;
	if (c == 0xBB || c == 0x201D)
		return -1;
	if (c == '"')
		return k > 0 && !toks[k].space ? -1 : 1;
	return 0;
}

/* Is token j a list marker: "1." or "2)" glued to its number, or a bullet? */
static int
list_marker(size_t j)
{
	int32_t c = cps[toks[j].start];

	if (toks[j].type == T_NUM)
		return j + 1 < ntoks && !toks[j + 1].space &&
		    (cps[toks[j + 1].start] == '.' ||
		    cps[toks[j + 1].start] == ')');
	return toks[j].type == T_PUNCT && (c == '-' || c == '*' ||
	    c == 0x2022 || c == 0x2013 || c == 0x2014);
}

/* Is token k the terminal punctuation ". ! ? … ..."? */
static int
is_terminal(size_t k)
{
	const struct token *t = &toks[k];
	size_t i;

	if (t->type != T_PUNCT)
		return 0;
	for (i = t->start; i < t->end; i++)
		if (cps[i] != '.' && cps[i] != '!' && cps[i] != '?' &&
		    cps[i] != 0x2026)
			return 0;
	return 1;
}

/* Does token k, a capitalized word, look like a sentence's first word? */
static int
starts_sentence(const struct lang *l, size_t k)
{
	return toks[k].type == T_WORD &&
	    lookup_lower(l->starters, toks[k].start, toks[k].end);
}

/*
 * After a semicolon French and English go on in lowercase: a capitalized
 * elision (Qu'est-ce, L'enquête) or adverb in -ment (Naturellement) there
 * starts a new sentence, as a name would not.
 */
static int
after_semicolon(size_t k)
{
	size_t n = toks[k].end - toks[k].start;
	uint32_t e = toks[k].end;

	if (toks[k].type != T_WORD)
		return 0;
	if (n >= 2 && n <= 3 && is_apostrophe(cps[e - 1]))
		return 1;
	return n >= 8 && cps[e - 4] == 'm' && cps[e - 3] == 'e' &&
	    cps[e - 2] == 'n' && cps[e - 1] == 't';
}

/*
 * Does a timestamp "08/16/2000 12:05 PM" start at token k?  A mail
 * header's, put on one line with the name before it and the message
 * after it when its line breaks were lost.
 */
static int
timestamp_at(size_t k)
{
	size_t i;
	int slashes = 0;

	if (k + 2 >= ntoks || toks[k].type != T_NUM ||
	    toks[k + 1].type != T_NUM || toks[k + 2].type != T_WORD ||
	    toks[k + 2].end - toks[k + 2].start != 2 ||
	    ((cps[toks[k + 2].start] | 0x20) != 'a' &&
	    (cps[toks[k + 2].start] | 0x20) != 'p') ||
	    (cps[toks[k + 2].start + 1] | 0x20) != 'm')
		return 0;
	for (i = toks[k].start; i < toks[k].end; i++)
		slashes += cps[i] == '/';
	return slashes == 2 && cps[toks[k + 1].start + 1] != '/' &&
	    (cps[toks[k + 1].start + 1] == ':' ||
	    cps[toks[k + 1].start + 2] == ':');
}

/* Is token k an e-mail address or a URL, or the ">" after "<address"? */
static int
is_address(size_t k)
{
	return toks[k].type == T_URL || toks[k].type == T_EMAIL ||
	    (cps[toks[k].start] == '>' && k > 0 && !toks[k].space &&
	    toks[k - 1].type == T_EMAIL);
}

/*
 * Has the sentence that token k ends lost its full stop (a headline glued
 * to its text, a careless mail)?  So it has when, after a lowercase word
 * and before another (not Title Case), comes a capitalized word that only
 * starts sentences ("Il", "He"), or a determiner ("La", "The") when the
 * word before is no function word ("... célébrités La communauté a").
 */
static int
lost_stop(const struct lang *l, size_t k)
{
	const struct token *t = &toks[k], *next = &toks[k + 1];

	if (!next->upper || next->newlines != 0 || !next->space ||
	    next->type != T_WORD || cl(t->end - 1) == DP_CL_UPPER ||
	    (k + 2 < ntoks && cl(toks[k + 2].start) == DP_CL_UPPER))
		return 0;
	if (((t->type == T_WORD && !(t->end - t->start <= 4 &&
	    lookup_lower(l->starters, t->start, t->end))) ||
	    t->type == T_NUM || cps[t->start] == ',' ||
	    cps[t->start] == ')') &&
	    lookup(l->strong, next->start, next->end))
		return 1;
	return k + 2 < ntoks && toks[k + 2].type == T_WORD &&
	    cl(toks[k + 2].start) == DP_CL_LETTER &&
	    lookup(l->determiners, next->start, next->end) &&
	    ((t->type == T_WORD && t->end - t->start >= 3 &&
	    !lookup_lower(l->starters, t->start, t->end)) ||
	    cps[t->start] == ')');
}

/*
 * Is tokens first..k-1 a greeting or a sign-off ("Hi John", "Best
 * regards"): at most three words, one of them a salutation?
 */
static int
salutation(const struct lang *l, size_t first, size_t k)
{
	size_t q;

	if (k <= first || k - first > 3)
		return 0;
	for (q = first; q < k; q++)
		if (toks[q].type == T_WORD &&
		    lookup_lower(l->salut, toks[q].start, toks[q].end))
			return 1;
	return 0;
}

/*
 * Does a sentence end after token k?  If so, sets *last to the last token
 * of the sentence (closing quotes and brackets after k belong to it).
 * quoted: a quotation is open after token k.
 */
static int
ends_sentence(const struct lang *l, size_t first, size_t k, size_t *last,
    int quoted)
{
	const struct token *t = &toks[k], *next;
	size_t j = k + 1, q;
	int32_t c;
	int abbr;

	*last = k;
	if (j >= ntoks)
		return 1;
	next = &toks[j];
	/* A line break with nothing at the end of the line: a headline. */
	if (next->newlines >= 2)
		return 1;
	/* A list item starts on a line of its own. */
	if (next->newlines == 1 && list_marker(j))
		return 1;
	if (next->newlines == 1 && !is_terminal(k) &&
	    !(t->type == T_PUNCT && strchr(",;:(-", cps[t->start] < 128 ?
	    (int)cps[t->start] : 1)) && (next->upper ||
	    cl(next->start) == DP_CL_DIGIT || is_opening(mark(j))))
		return 1;
	if (!quoted && lost_stop(l, k))
		return 1;
	/* "Hi John," and "Best regards," stand alone before a capital. */
	if (t->type == T_PUNCT && cps[t->start] == ',' && next->upper &&
	    salutation(l, first, k))
		return 1;
	/* URLs listed one after another are one sentence each; a
	 * capitalized word after an address (a signature, a header that
	 * lost its line break) starts a sentence. */
	if (t->type == T_URL && next->type == T_URL)
		return 1;
	if (next->upper && next->type == T_WORD && next->space &&
	    !(next->end - next->start > 1 && cl(next->start + 1) ==
	    DP_CL_UPPER) && is_address(k))
		return 1;
	/* A mail header's timestamp is a sentence of its own. */
	if (toks[k].stamp)
		return 1;
	if (j + 2 < ntoks && toks[j + 2].stamp && (t->upper || is_address(k)))
		return 1;
	abbr = t->type == T_ABBR || t->type == T_INITIAL;
	/* After a soft stop (";"), a capitalized function
	 * word starts a sentence. */
	if (t->type == T_PUNCT && !quoted && next->upper &&
	    lookup(l->soft, t->start, t->end) && (starts_sentence(l, j) ||
	    (cps[t->start] == ';' && after_semicolon(j))))
		return 1;
	/* French goes on in lowercase after a colon: a capitalized subject
	 * pronoun there starts a sentence ("sentiments : Ce basculement"). */
	if (t->type == T_PUNCT && !quoted && next->upper &&
	    cps[t->start] == ':' && next->type == T_WORD &&
	    lookup(l->colon, next->start, next->end))
		return 1;
	if (!is_terminal(k) && !abbr)
		return 0;
	if (abbr && lookup(l->abbrev, t->start, t->end) == ABBR_TITLE)
		return 0;
	/* Closing quotes and brackets go with the sentence, even after a
	 * space; a straight quote after a space too, unless a word is glued
	 * after it ("The): that one opens. */
	while (j < ntoks && toks[j].type == T_PUNCT &&
	    is_closing(mark(j)) && toks[j].newlines == 0 &&
	    !(toks[j].space && !quoted && quote_role(j) < 0) &&
	    !(toks[j].space && (mark(j) == '\'' || mark(j) == 0x2019 ||
	    mark(j) == '(' || (mark(j) == '"' && j + 1 < ntoks &&
	    !toks[j + 1].space))))
		j++;
	*last = j - 1;
	if (j >= ntoks)
		return 1;
	next = &toks[j];
	c = mark(j);
	if (next->newlines >= 1 && !abbr)
		return 1;
	/*
	 * Nothing between: a name or number goes on (10.JPG, R.I.Ma), but
	 * not a lowercase word glued by its full stop to a capitalized one
	 * or a quotation (Le Maire.Une mission, français.«C'est): a space
	 * lost on the way from the web page.
	 */
	/* A closing quote with no quotation open is the next sentence's:
	 * its quotation opened in a sentence the text does not have. */
	if (!quoted && !abbr && next->space && quote_role(j) < 0)
		return 1;
	if (!next->space)
		return j == k + 1 && cps[t->start] == '.' && k > first &&
		    toks[k - 1].type == T_WORD && toks[k - 1].end == t->start &&
		    toks[k - 1].end - toks[k - 1].start >= 3 &&
		    cl(toks[k - 1].end - 1) == DP_CL_LETTER &&
		    ((next->upper && next->type == T_WORD &&
		    next->end - next->start >= 2 &&
		    cl(next->start + 1) == DP_CL_LETTER && !is_tld(j)) ||
		    c == 0xAB || c == 0x201C);
	/* An abbreviation or initial ends a sentence only before a word
	 * that usually starts one ("etc. Le", not "J. Martin"). */
	if (abbr)
		return next->upper && starts_sentence(l, j);
	/* A lowercase start after a plain word or number and a full stop
	 * is a careless new sentence (mail, web); so it is after ! and ?
	 * outside quotations (« Jamais ! », a-t-il dit). */
	if (!(next->upper || cl(next->start) == DP_CL_DIGIT ||
	    is_opening(c) || c == 0xBF || c == 0xA1) &&
	    !(cl(next->start) == DP_CL_LETTER && (next->type == T_WORD ||
	    next->type == T_URL) &&
	    !quoted && *last == k && ((t->end - t->start == 1 &&
	    cps[t->start] == '.' && k > 0 && (toks[k - 1].type == T_WORD ||
	    toks[k - 1].type == T_NUM) &&
	    toks[k - 1].end - toks[k - 1].start >= 2 &&
	    toks[k - 1].end == t->start) || cps[t->end - 1] == '?' ||
	    cps[t->end - 1] == '!')))
		return 0;
	/* A numbered list item: "1." at the start of a line. */
	if (k > 0 && toks[k - 1].type == T_NUM && toks[k - 1].newlines > 0 &&
	    t->end - t->start == 1 && cps[t->start] == '.')
		return 0;
	/* Inside a quotation that an attribution follows (« ... pas.
	 * Jamais ! », a-t-il dit), the quotation is one sentence. */
	for (q = j; quoted && q < ntoks && q < j + 400 &&
	    toks[q].newlines < 2; q++) {
		if (quote_role(q) > 0)
			break;
		if (quote_role(q) < 0) {
			if (q + 1 < ntoks && toks[q + 1].newlines == 0 &&
			    (cps[toks[q + 1].start] == ',' ||
			    cl(toks[q + 1].start) == DP_CL_LETTER))
				return 0;
			break;
		}
	}
	return 1;
}

/* Groups the tokens into sentences. */
static void
sentences(const struct lang *l)
{
	size_t k, first = 0, last, q;
	int depth = 0;

	nsents = 0;
	for (k = 0; k < ntoks; k++) {
		if (toks[k].newlines >= 2)
			depth = 0;
		/* Most tokens are words that no line break follows: only
		 * punctuation, abbreviations, initials and URLs end a
		 * sentence on the same line. */
		if (toks[k].type == T_WORD || toks[k].type == T_NUM ||
		    toks[k].type == T_TAG || toks[k].type == T_EMAIL) {
			if (k + 1 < ntoks && toks[k + 1].newlines == 0 &&
			    !toks[k + 1].upper && !(k + 3 < ntoks &&
			    toks[k + 3].stamp) && !toks[k].stamp)
				continue;
		} else if (quote_role(k) > 0)
			depth += toks[k].closed;
		else if (quote_role(k) < 0 && depth > 0)
			depth--;
		if (!ends_sentence(l, first, k, &last, depth > 0))
			continue;
		/* Quotes the sentence took along close it. */
		for (q = k + 1; q <= last; q++)
			if (depth > 0 && (quote_role(q) < 0 ||
			    mark(q) == '"'))
				depth--;
		add_sentence(first, last);
		k = last;
		first = last + 1;
	}
	if (first < ntoks)
		add_sentence(first, ntoks - 1);
}

/* Adds the sentence of tokens first..last. */
static void
add_sentence(size_t first, size_t last)
{
	add_span(&sents, &nsents, &capsents, toks[first].start,
	    toks[last].end);
	if (nsents / 2 > capsentnext) {
		capsentnext = capsents / 2;
		sentnext = dp_reallocarray(sentnext, capsentnext,
		    sizeof(*sentnext));
	}
	sentnext[nsents / 2 - 1] = last + 1;
}

/*
 * Paragraphs run between blank lines; a sentence that ends at a line
 * break without final punctuation (a headline) is a paragraph of its own.
 */
static void
paragraphs(void)
{
	size_t s, first = 0, k;
	uint32_t end;

	nparas = 0;
	for (s = 0; s < nsents; s += 2) {
		k = sentnext[s / 2];
		end = sents[s + 1];
		if (k < ntoks && (toks[k].newlines >= 2 || (toks[k].newlines
		    == 1 && !is_terminal(k - 1) &&
		    !is_closing(mark(k - 1))))) {
			add_span(&paras, &nparas, &capparas, sents[first],
			    end);
			first = s + 2;
		}
	}
	if (first < nsents)
		add_span(&paras, &nparas, &capparas, sents[first],
		    sents[nsents - 1]);
}
