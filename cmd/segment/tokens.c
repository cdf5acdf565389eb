/*
 * tokens.c: the text cut into tokens: words (with elisions, clitics and
 * abbreviations), numbers, URLs, e-mail addresses, hashtags and marks,
 * quotation marks paired on the way.
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "segment.h"

static void	 match_quote(struct ctx *, size_t);
static size_t	 clitic_at(struct ctx *, const struct lang *, size_t);
static size_t	 scan_email(struct ctx *, size_t, size_t);
static size_t	 scan_url(struct ctx *, size_t, size_t);
static size_t	 scan_number(struct ctx *, size_t, size_t);
static size_t	 scan_word(struct ctx *, const struct lang *, size_t,
		    size_t, int *);
static int	 timestamp_at(struct ctx *, size_t);

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
		c = is_apostrophe(cp(x, i)) ? '\'' : lower ?
		    dp_ulower(cp(x, i)) : cp(x, i);
		if (c < 0x80)
			key[len++] = (char)c;
		else
			len += dp_utf8_encode(c, key + len);
	}
	v = dp_strset_find(set, key, len);
	return v != NULL ? *v : 0;
}

int
lookup(struct ctx *x, const struct dp_strset *set, size_t s, size_t e)
{
	return find(x, set, s, e, 0);
}

int
lookup_lower(struct ctx *x, const struct dp_strset *set, size_t s, size_t e)
{
	return find(x, set, s, e, 1);
}

/* A top-level domain written capitalized: Newsfeed.Com is no break. */
int
is_tld(struct ctx *x, size_t k)
{
	static const char *const tlds[] = { "com", "net", "org", "edu", "gov",
	    "info", "biz", "io", "fr", "be", "ch", "ca", "uk", "de" };
	size_t i, j, n = x->toks[k].end - x->toks[k].start;

	for (i = 0; i < sizeof(tlds) / sizeof(tlds[0]); i++) {
		if (strlen(tlds[i]) != n)
			continue;
		for (j = 0; j < n &&
		    dp_ulower(cp(x, x->toks[k].start + j)) == tlds[i][j]; j++)
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
	/* One store of the whole token: its flags share a word. */
	*t = (struct token){ .start = (uint32_t)s, .end = (uint32_t)e,
	    .type = (unsigned char)type,
	    .newlines = (unsigned char)(newlines > 2 ? 2 : newlines),
	    .space = space != 0, .upper = cl(x, s) == DP_CL_UPPER };
	if (e - s == 2 && (cp(x, s + 1) | 0x20) == 'm' && x->ntoks >= 3)
		t->stamp = timestamp_at(x, x->ntoks - 3);
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

/* Is c a sign a word may stop at inside an address: @ . _ - + ? */
static inline int
address_sign(int32_t c)
{
	const uint64_t signs = UINT64_C(1) << '.' | UINT64_C(1) << '-' |
	    UINT64_C(1) << '+', more = UINT64_C(1) << ('@' - 64) |
	    UINT64_C(1) << ('_' - 64);

	return c < 64 ? (signs >> c) & 1 : c < 128 && ((more >> (c - 64)) & 1);
}

/*
 * Room for a token every two of the n characters at once: more than text
 * has, and pages never written cost nothing, where growing a large array
 * by copies would hold it twice.
 */
static void
reserve_tokens(struct ctx *x, size_t n)
{
	if (x->captoks >= n / 2)
		return;
	x->captoks = n / 2;
	free(x->toks);
	x->toks = dp_reallocarray(NULL, x->captoks, sizeof(*x->toks));
}

/* Splits cps[0..n) into tokens. */
void
tokenize(struct ctx *x, const struct lang *l, size_t n)
{
	size_t i = 0, e, k2;
	int newlines = 0, space = 0, type;
	int32_t c;
	enum dp_class k;
	/* A copy the compiler need not reload after each token's stores. */
	const uint32_t *const cps = x->cps;

	x->ntoks = x->nopen = 0;
	reserve_tokens(x, n);
	while (i < n) {
		c = cp_of(cps[i]);
		if (c == ' ') {		/* the common case */
			space = 1;
			i++;
			continue;
		}
		k = cl(x, i);
		if (k == DP_CL_SPACE || k == DP_CL_NEWLINE || c == 0xFEFF ||
		    c == 0x200B) {
			if (c == '\n' || c == 0x2028 || c == 0x2029 ||
			    (c == '\r' && cp_of(cps[i + 1]) != '\n'))
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
			    cp_of(cps[e]) == '_'); e++)
				;
			type = T_TAG;
		} else if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
			/* "...", "?!", "!!!" are one token. */
			for (e = i + 1; e < n && (cp_of(cps[e]) == '.' ||
			    cp_of(cps[e]) == '!' || cp_of(cps[e]) == '?' ||
			    cp_of(cps[e]) == 0x2026); e++)
				;
		} else if (is_hyphen(c)) {
			for (e = i + 1; e < n && is_hyphen(cp_of(cps[e])); e++)
				;
		} else if ((c == '\'' || c == '`') && i + 1 < n &&
		    cp_of(cps[i + 1]) == c)
			e = i + 2;	/* '' and ``, quotation marks */
		else
			e = i + 1;
		/* An address only where a word stops at one of its signs. */
		if ((type == T_WORD || type == T_NUM || type == T_ABBR) &&
		    (address_sign(cp_of(cps[e])) || cp_of(cps[e - 1]) == '.') &&
		    (k2 = scan_email(x, i, n)) > e) {
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

	while (k < n && (is_alnum(x, k) || cp(x, k) == '.' ||
	    cp(x, k) == '_' || cp(x, k) == '-' || cp(x, k) == '+'))
		k++;
	if (k == i || k >= n || cp(x, k) != '@' || cp(x, k - 1) == '.')
		return i;
	for (at = k++; k < n && (is_alnum(x, k) || cp(x, k) == '-' ||
	    (cp(x, k) == '.' && k + 1 < n && is_alnum(x, k + 1))); k++)
		if (cp(x, k) == '.')
			dot = k;
	return dot > at + 1 && k - dot > 2 ? k : i;
}

/*
 * Does a host name with no scheme start at i, a path right after it
 * (pic.twitter.com/PcvodNaCeG, bit.ly/3xYz, lemonde.fr/politique/):
 * labels of letters, digits and hyphens joined by dots, the last two to
 * six ASCII letters in lowercase, then a slash and no white space?  A
 * word's letters are looked at once more only where a dot follows them.
 */
#define TLD_MIN	2
#define TLD_MAX	6

static int
bare_host(struct ctx *x, size_t i, size_t n)
{
	size_t k = alnum_end(x, i), label = i, j;

	if (k >= n || cp(x, k) != '.')
		return 0;
	while (k < n && (is_alnum(x, k) || cp(x, k) == '-' ||
	    (cp(x, k) == '.' && k + 1 < n && is_alnum(x, k + 1)))) {
		if (cp(x, k) == '.')
			label = k + 1;
		k++;
	}
	if (label == i || k - label < TLD_MIN || k - label > TLD_MAX ||
	    k + 1 >= n || cp(x, k) != '/' || cl(x, k + 1) == DP_CL_SPACE ||
	    cl(x, k + 1) == DP_CL_NEWLINE)
		return 0;
	for (j = label; j < k; j++)
		if (cp(x, j) < 'a' || cp(x, j) > 'z')
			return 0;
	return 1;
}

/*
 * A URL at i (scheme:// or www., or a host and its path: bare_host()),
 * less its trailing punctuation.
 */
static size_t
scan_url(struct ctx *x, size_t i, size_t n)
{
	static const char *const starts[] = { "https://", "http://", "ftp://",
	    "www." };
	size_t j, k, e;
	const char *p;

	/* Most words start otherwise: a quick look at two letters. */
	j = 0;
	if (((cp(x, i) | 0x20) != 'h' && (cp(x, i) | 0x20) != 'w' &&
	    (cp(x, i) | 0x20) != 'f') || ((cp(x, i + 1) | 0x20) != 't' &&
	    (cp(x, i + 1) | 0x20) != 'w'))
		j = sizeof(starts) / sizeof(starts[0]);
	for (; j < sizeof(starts) / sizeof(starts[0]); j++) {
		p = starts[j];
		for (k = 0; p[k] != '\0' && i + k < n &&
		    dp_ulower(cp(x, i + k)) == p[k]; k++)
			;
		if (p[k] == '\0' && i + k < n && is_alnum(x, i + k))
			break;
	}
	if (j == sizeof(starts) / sizeof(starts[0]) && !bare_host(x, i, n))
		return i;
	for (e = i; e < n && cl(x, e) != DP_CL_SPACE && cl(x,
	    e) != DP_CL_NEWLINE && cp(x, e) != '<' && cp(x, e) != '>' &&
	    cp(x, e) != '"' && cp(x, e) != 0xAB && cp(x, e) != 0xBB; e++)
		;
	while (e > i && strchr(".,;:!?)]}'", cp(x, e - 1) < 128 ?
	    (int)cp(x, e - 1) : 1) != NULL && cp(x, e - 1) != 0)
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
		if (e + 1 < n && (cp(x, e) == '.' || cp(x, e) == ',' ||
		    cp(x, e) == ':' || cp(x, e) == '/') &&
		    cl(x, e + 1) == DP_CL_DIGIT) {
			for (e++; e < n && cl(x, e) == DP_CL_DIGIT; e++)
				;
			group = 4;	/* no thousands after a fraction */
			continue;
		}
		c = e < n ? cp(x, e) : 0;
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
		/* Canal+, Disney+, C++: the plus signs glued to a
		 * capitalised word, nothing glued after them, are its own
		 * (not bac+5) */
		if (e < n && cp(x, e) == '+' && cl(x, i) == DP_CL_UPPER) {
			for (k = e; k < n && cp(x, k) == '+' && k - e < 2; k++)
				;
			if (k >= n || !is_alnum(x, k))
				return k;
		}
		/* Most words end at a space: apostrophes, hyphens and
		* periods are all punctuation. */
		if (cl(x, e) != DP_CL_PUNCT)
			return e;
		if (e + 1 >= n || (!is_apostrophe(cp(x, e)) &&
		    !is_hyphen(cp(x, e))))
			break;
		if (is_apostrophe(cp(x, e)) && is_alnum(x, e + 1)) {
			if (lookup_lower(x, l->elisions, i, e + 1))
				return e + 1;
			k = alnum_end(x, e + 1);
			if (lookup_lower(x, l->clitics, e, k))
				return e;
			if (e - 1 > i && cp(x, e - 1) == 'n' &&
			    lookup_lower(x, l->clitics, e - 1, k))
				return e - 1;
			e++;
			continue;
		}
		if (e + 1 < n && is_hyphen(cp(x, e)) && is_alnum(x, e + 1)) {
			e++;
			continue;
		}
		/* An elision before a quotation: qu'"il, l'« union ». */
		if (e + 1 < n && is_apostrophe(cp(x, e)) &&
		    (cp(x, e + 1) == '"' || cp(x, e + 1) == 0xAB ||
		    cp(x, e + 1) == 0x201C) && lookup_lower(x, l->elisions, i,
		    e + 1))
			return e + 1;
		break;
	}
	if (e >= n || cp(x, e) != '.')
		return e;
	/* Dotted: U.S., e.g., J.-L., Ph.D., c.-à-d.; parts of 1 to 3
	* characters and their hyphens, so that a bare domain
	* (example.com.) is no acronym. */
	k = e + 1;
	while (e - i <= 3 && k + 1 < n && (is_alnum(x, k) ||
	    (is_hyphen(cp(x, k)) && is_alnum(x, k + 1)))) {
		size_t w = k, hyphens = 0;

		for (; w < n && (is_alnum(x, w) || is_hyphen(cp(x, w))); w++)
			hyphens += is_hyphen(cp(x, w));
		if (w >= n || cp(x, w) != '.' || w - k - hyphens > 3)
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
	    ((cp(x, x->toks[k + 2].start) | 0x20) != 'a' &&
	    (cp(x, x->toks[k + 2].start) | 0x20) != 'p') ||
	    (cp(x, x->toks[k + 2].start + 1) | 0x20) != 'm')
		return 0;
	for (i = x->toks[k].start; i < x->toks[k].end; i++)
		slashes += cp(x, i) == '/';
	return slashes == 2 && cp(x, x->toks[k + 1].start + 1) != '/' &&
	    (cp(x, x->toks[k + 1].start + 1) == ':' ||
	    cp(x, x->toks[k + 1].start + 2) == ':');
}
