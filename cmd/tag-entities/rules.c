/*
 * rules.c: the rules for what has a value: dates, quantities, money and
 * percentages, with numbers in digits or words and approximations; and
 * institutions (ministère de la Défense) and demonyms.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

/*
 * The slot of token i in set, as written or lowercased: the lowercase
 * form and most tokens are keys as they are, with no copy, and the
 * lowercase form's hash is had (describe_tokens()).
 */
static int *
token_find(struct ctx *x, const struct dp_strset *set, size_t i, int lower)
{
	const struct dp_token *t = &x->doc.toks[i];
	const char *key;
	size_t len;

	if (lower || !t->cased)
		return dp_strset_find_hashed(set, x->doc.lower.data +
		    t->lower, t->lowerlen, x->toks[i].hlower);
	key = token_key(x, i, &len);
	return dp_strset_find(set, key, len);
}

/*
 * The longest phrase of up to max tokens at i that set holds, written as
 * in the text or lowercased: sets *slot and returns its end, or i.  The
 * key of all of them is made once; the shorter are its prefixes.
 */
size_t
phrase_at(struct ctx *x, const struct dp_strset *set, size_t i, size_t max,
    int lower, int *slot)
{
	size_t j, k;
	unsigned char c;
	int *v;

	if (i >= x->doc.ntoks)
		return i;
	/* The first byte of the key turns most words away: a curly
	* apostrophe is keyed as a straight one, so it is let by. */
	c = lower ? (unsigned char)x->doc.lower.data[x->doc.toks[i].lower] :
	    (unsigned char)x->doc.text[x->doc.toks[i].bstart];
	if (c != 0xE2 && !dp_strset_may_begin(set, c))
		return i;
	j = i + max < x->doc.ntoks ? i + max : x->doc.ntoks;
	if (j == i + 1) {
		if ((v = token_find(x, set, i, lower)) == NULL)
			return i;
		*slot = *v;
		return j;
	}
	for (k = j > i ? tokens_key_prefixes(x, i, j, lower,
	    dp_strset_maxlen(set)) : 0; k > 0; k--)
		if ((v = dp_strset_find(set, x->keybuf.data,
		    x->keyends[k - 1])) != NULL) {
			*slot = *v;
			return i + k;
		}
	return i;
}

/*
 * The phrase of up to max tokens at i that set holds as written, else
 * lowercased: its end, *slot set; or i.
 */
static size_t
phrase_in(struct ctx *x, const struct dp_strset *set, size_t i, size_t max,
    int *slot)
{
	size_t j;

	if ((j = phrase_at(x, set, i, max, 0, slot)) > i)
		return j;
	/* a word written in lowercase was looked up as such */
	if ((max == 1 || i + 1 == x->doc.ntoks) && i < x->doc.ntoks &&
	    !x->doc.toks[i].cased)
		return i;
	return phrase_at(x, set, i, max, 1, slot);
}

/* A word of the set at i, as written or lowercased; 0 if none. */
int
word_in(struct ctx *x, const struct dp_strset *set, size_t i)
{
	int slot = 0;

	if (i >= x->doc.ntoks || phrase_in(x, set, i, 1, &slot) == i)
		return 0;
	return slot;
}

/*
 * Is the word at i a place preposition a person's name does not take as
 * well (in, en; not to, à)?  After it, a name is expected to be a place.
 */
int
place_only_prep(struct ctx *x, const struct lang *l, size_t i)
{
	return word_in(x, l->placepreps, i) && !word_in(x, l->sharedpreps, i);
}

/*
 * Does the word at i, lowercased, end with one of the n endings, at least
 * stem bytes before it?  The profile's endings: adverbs', plurals'.
 */
int
word_ends_in(struct ctx *x, size_t i, char *const *endings, size_t n,
    size_t stem)
{
	const struct dp_token *d = &x->doc.toks[i];
	const char *w = x->doc.lower.data + d->lower;
	size_t k, len;

	for (k = 0; k < n; k++)
		if (d->lowerlen >= (len = strlen(endings[k])) + stem &&
		    memcmp(w + d->lowerlen - len, endings[k], len) == 0)
			return 1;
	return 0;
}

static int
is_digits(struct ctx *x, size_t i)
{
	return i < x->doc.ntoks && x->doc.text[x->doc.toks[i].bstart] >= '0' &&
	    x->doc.text[x->doc.toks[i].bstart] <= '9';
}

/*
 * The value of digits p..end: "10 000", "3,5", "1,000.5".  A lone
 * separator followed by three digits groups thousands in the language that
 * groups with it.  Returns 0 if they are no plain number.
 */
static int
number_value(const struct lang *l, const char *p, const char *end, double *v,
    int *ndigits)
{
	char buf[64];
	size_t n = 0, k, seps = 0, after = 0;
	char sep = 0, last = 0;

	*ndigits = 0;
	for (; p < end; p++) {
		if (*p >= '0' && *p <= '9') {
			if (n + 2 >= sizeof(buf))
				return 0;
			buf[n++] = *p;
			(*ndigits)++;
			after++;
		} else if (*p == ',' || *p == '.') {
			if (sep != 0 && sep != *p)
				last = *p;
			sep = sep ? sep : *p;
			seps++;
			buf[n++] = *p;
			after = 0;
		} else if (*p == ' ')
			continue;
		else if ((unsigned char)*p == 0xC2 && p + 1 < end &&
		    (unsigned char)p[1] == 0xA0)
			p++;
		else if ((unsigned char)*p == 0xE2 && p + 2 < end &&
		    (unsigned char)p[1] == 0x80 &&
		    ((unsigned char)p[2] == 0xAF ||
		    (unsigned char)p[2] == 0x89))
			p += 2;
		else
			return 0;
	}
	buf[n] = '\0';
	/* Which separator is the decimal one, if any. */
	if (last == 0 && sep != 0 && (seps > 1 || (after == 3 &&
	    (sep == ',') == l->thousands_comma)))
		last = 0;
	else if (last == 0)
		last = sep;
	for (k = 0, n = 0; buf[k] != '\0'; k++)
		if (buf[k] >= '0' && buf[k] <= '9')
			buf[n++] = buf[k];
		else if (buf[k] == last)
			buf[n++] = '.';
	buf[n] = '\0';
	*v = strtod(buf, NULL);
	return 1;
}

static int
plain_number(struct ctx *x, const struct lang *l, size_t i, double *v,
    int *ndigits)
{
	return is_digits(x, i) && number_value(l, x->doc.text +
	    x->doc.toks[i].bstart, x->doc.text + x->doc.toks[i].bend, v,
	    ndigits);
}

/*
 * A number with its magnitude glued to it, as money is written after its
 * symbol ($5bn, £20m): the suffix one of magnitude_suffixes, the value
 * times it.  Returns i + 1, or i.
 */
static size_t
glued_magnitude(struct ctx *x, const struct lang *l, size_t i, double *v,
    int *ndigits)
{
	const char *p, *start, *end;
	const int *slot;

	if (!is_digits(x, i))
		return i;
	start = x->doc.text + x->doc.toks[i].bstart;
	end = x->doc.text + x->doc.toks[i].bend;
	for (p = start; p < end && ((*p >= '0' && *p <= '9') || *p == ',' ||
	    *p == '.'); p++)
		;
	if (p == end || p[-1] < '0' || p[-1] > '9' ||
	    (slot = dp_strset_find(l->magnitudes, p, (size_t)(end - p))) ==
	    NULL || !number_value(l, start, p, v, ndigits))
		return i;
	*v *= l->values[*slot - 1];
	return i + 1;
}

/*
 * A number at i, in digits ("10 000", "1,5 million") or words
 * ("quatre-vingt-dix", "two hundred"): sets *v and returns its end, or i.
 */
static size_t
number_at(struct ctx *x, const struct lang *l, size_t i, double *v,
    int *ndigits)
{
	double parts[32], total = 0, cur = 0, m;
	size_t j = i, np = 0, k, a, b;
	int slot;

	*ndigits = 0;
	if (i >= x->doc.ntoks)
		return i;
	if (is_digits(x, i)) {
		if (!plain_number(x, l, i, v, ndigits))
			return i;
		j = i + 1;
		if ((slot = word_in(x, l->numbers, j)) > 0 &&
		    l->values[slot - 1] >= 1000) {
			*v *= l->values[slot - 1];
			j++;
		}
		return j;
	}
	for (; j < x->doc.ntoks && np < 28; j++) {
		const char *w = x->doc.lower.data + x->doc.toks[j].lower;

		if ((slot = word_in(x, l->numbers, j)) > 0) {
			parts[np++] = l->values[slot - 1];
			continue;
		}
		/* "dix-sept", "twenty-one": every part a number word. */
		for (a = 0, k = np; a < x->doc.toks[j].lowerlen && k < 28; a =
		    b + 1) {
			for (b = a; b < x->doc.toks[j].lowerlen && w[b] != '-'; b++)
				;
			int *sv = dp_strset_find(l->numbers, w + a, b - a);
			if (sv == NULL)
				break;
			parts[k++] = l->values[*sv - 1];
		}
		if (a > x->doc.toks[j].lowerlen && k > np + 1) {
			np = k;
			continue;
		}
		if (np > 0 && j + 1 < x->doc.ntoks && word_in(x, l->joiners,
		    j) && word_in(x, l->numbers, j + 1))
			continue;
		break;
	}
	/* "un", "une", "one" alone are articles more often than numbers. */
	if (np == 0 || (np == 1 && parts[0] == 1))
		return i;
	for (k = 0; k < np; k++) {
		m = parts[k];
		if (m >= 1000) {
			total += (cur > 0 ? cur : 1) * m;
			cur = 0;
		} else if (m == 100)
			cur = (cur > 0 ? cur : 1) * 100;
		else if (m == 20 && cur >= 2 && cur <= 9 && l->vigesimal)
			cur *= 20;	/* quatre-vingts */
		else
			cur += m;
	}
	*v = total + cur;
	return j;
}

/*
 * A lowercase word that can be counted: no function word, no month.  The
 * common words are language identification's, which hold nouns too
 * (years, members, personnes): those of counted_nouns are counted.
 */
static int
counted_noun(struct ctx *x, const struct lang *l, size_t i)
{
	return i < x->doc.ntoks && x->doc.toks[i].shape[0] == 'x' &&
	    x->doc.toks[i].space && strspn(x->doc.toks[i].shape,
	    "x-") == strlen(x->doc.toks[i].shape) && (!(x->toks[i].info &
	    W_COMMON) || word_in(x, l->countednouns, i)) &&
	    !word_in(x, l->months, i) && !word_in(x, l->numbers, i) &&
	    x->doc.toks[i].end - x->doc.toks[i].start > 1;
}

/* A month at i (with its period when split off): its number, end in *j. */
static int
month_at(struct ctx *x, const struct lang *l, size_t i, size_t *j)
{
	int slot;

	if (i >= x->doc.ntoks)
		return 0;
	if ((slot = word_in(x, l->months, i)) > 0) {
		*j = i + 1;
		return (int)l->values[slot - 1];
	}
	if (i + 1 < x->doc.ntoks && !x->doc.toks[i + 1].space &&
	    x->doc.text[x->doc.toks[i + 1].bstart] == '.' &&
	    x->doc.toks[i + 1].end == x->doc.toks[i + 1].start + 1 && phrase_at(x,
	    l->months, i, 2, 1, &slot) == i + 2) {
		*j = i + 2;
		return (int)l->values[slot - 1];
	}
	return 0;
}

/*
 * Reads the ASCII digits at *p, before end, into *v: at most nine, so the
 * number fits an int.  Returns how many it read.  Bounded by end, not by a
 * NUL: the text may be a slice of the input line.
 */
static int
read_digits(const char **p, const char *end, int *v)
{
	int n = 0;

	for (*v = 0; *p < end && **p >= '0' && **p <= '9' && n < 9; (*p)++, n++)
		*v = *v * 10 + (**p - '0');
	return n;
}

/* The value of token i if it is digits only, else -1. */
static int
digits_value(struct ctx *x, size_t i)
{
	const char *p = x->doc.text + x->doc.toks[i].bstart, *end =
	    x->doc.text + x->doc.toks[i].bend;
	int v;

	return read_digits(&p, end, &v) > 0 && p == end ? v : -1;
}

/* The ordinal suffix at p, the longest listed (see tag-entities.h). */
size_t
ordinal_suffix(const struct lang *l, const char *p, const char *end)
{
	size_t k, n, best = 0;

	for (k = 0; k < l->nordinals; k++)
		if ((n = strlen(l->ordinals[k])) > best &&
		    (size_t)(end - p) >= n && strncmp(p, l->ordinals[k], n) == 0)
			best = n;
	return best;
}

/*
 * A day of the month at i: "23", or digits and one of the language's
 * ordinal suffixes ("1er", "1st"); 0 if none.
 */
static int
day_at(struct ctx *x, const struct lang *l, size_t i)
{
	const char *p, *end;
	int d;

	if (i >= x->doc.ntoks || !is_digits(x, i))
		return 0;
	p = x->doc.text + x->doc.toks[i].bstart;
	end = x->doc.text + x->doc.toks[i].bend;
	read_digits(&p, end, &d);
	if (p < end && ordinal_suffix(l, p, end) == 0)
		return 0;
	return d >= 1 && d <= 31 ? d : 0;
}

/* A year at i: four digits, nothing else. */
static int
year_at(struct ctx *x, size_t i)
{
	int y;

	if (i >= x->doc.ntoks || x->doc.toks[i].end - x->doc.toks[i].start != 4)
		return 0;
	return (y = digits_value(x, i)) >= 1000 ? y : 0;
}

/*
 * A year that four digits alone may be at i, 1500 to 2100 (a date's
 * month or day says the others are years): it, or 0.
 */
static int
lone_year_at(struct ctx *x, size_t i)
{
	int y = year_at(x, i);

	return y >= 1500 && y <= 2100 ? y : 0;
}

int
glued(struct ctx *x, size_t i, char c)
{
	return i < x->doc.ntoks && !x->doc.toks[i].space &&
	    x->doc.toks[i].end == x->doc.toks[i].start + 1 &&
	    x->doc.text[x->doc.toks[i].bstart] == c;
}

/* A month or day of two digits at i, glued to what is before it. */
static int
two_digits_at(struct ctx *x, size_t i, int max)
{
	int v;

	if (i >= x->doc.ntoks || x->doc.toks[i].space ||
	    x->doc.toks[i].end - x->doc.toks[i].start != 2)
		return 0;
	return (v = digits_value(x, i)) >= 1 && v <= max ? v : 0;
}

/* Skips the separators of a numeric date ("." or "/"): 1 if any. */
static int
read_date_seps(const char **p, const char *end)
{
	const char *s = *p;

	while (*p < end && (**p == '.' || **p == '/'))
		(*p)++;
	return *p > s;
}

/*
 * A date in digits at i, "23.11.2026", "23/11/2026" or, in a language that
 * writes the year first, "2026/11/24": sets day, month and year in the
 * order the profile gives dates with slashes or with dots, 1 if so.
 */
static int
numeric_date_at(struct ctx *x, const struct lang *l, size_t i, int *d,
    int *m, int *y)
{
	const char *p, *end;
	enum date_order order;
	int g[3];

	if (!is_digits(x, i))
		return 0;
	p = x->doc.text + x->doc.toks[i].bstart;
	end = x->doc.text + x->doc.toks[i].bend;
	if (!(read_digits(&p, end, &g[0]) && read_date_seps(&p, end) &&
	    read_digits(&p, end, &g[1]) && read_date_seps(&p, end) &&
	    read_digits(&p, end, &g[2]) && p == end))
		return 0;
	order = memchr(x->doc.text + x->doc.toks[i].bstart, '/',
	    x->doc.toks[i].bend - x->doc.toks[i].bstart) != NULL ? l->slash_order :
	    l->dot_order;
	*y = g[order == D_YMD ? 0 : 2];
	*m = g[order == D_MDY ? 0 : 1];
	*d = g[order == D_DMY ? 0 : order == D_MDY ? 1 : 2];
	return *y >= 1000;
}

/* A date at i into *e: returns its end, or i. */
static size_t
date_at(struct ctx *x, const struct lang *l, size_t i, struct entity *e)
{
	size_t j = i, k;
	int d, m, y, slot;

	e->date[0] = '\0';
	/* 2026-11-24, 2025-07 */
	if ((y = year_at(x, i)) && glued(x, i + 1, '-') &&
	    (m = two_digits_at(x, i + 2, 12))) {
		snprintf(e->date, sizeof(e->date), "%04d-%02d", y, m);
		j = i + 3;
		if (glued(x, j, '-') && (d = two_digits_at(x, j + 1, 31))) {
			snprintf(e->date + 7, sizeof(e->date) - 7, "-%02d", d);
			j += 2;
		}
		return j;
	}
	/* 23.11.2026, 23/11/2026 (11/23/2026 in English) */
	if (numeric_date_at(x, l, i, &d, &m, &y)) {
		if (d >= 1 && d <= 31 && m >= 1 && m <= 12) {
			snprintf(e->date, sizeof(e->date), "%04d-%02d-%02d", y,
			    m, d);
			return i + 1;
		}
	}
	if (word_in(x, l->weekdays, j))
		j++;
	/* 23 novembre 2026, 1er déc., November 23, 2026, novembre 2020 */
	if ((d = day_at(x, l, j)) && (m = month_at(x, l, j + 1, &k))) {
		j = k;
		if ((y = year_at(x, j)))
			j++;
	} else if ((m = month_at(x, l, j, &k))) {
		d = day_at(x, l, k) && !year_at(x, k) ? day_at(x, l, k) : 0;
		y = 0;
		if (d) {
			k++;
			if (glued(x, k, ',') && year_at(x, k + 1))
				k++;
		}
		if ((y = year_at(x, k)))
			k++;
		/* A month alone is a date, but for a word that is a month
		 * only in its lowercase form (Mars) or is not one alone
		 * (May, the name and the verb). */
		if (!d && !y && j == i && (word_in(x, l->monthsnotalone, j) ||
		    phrase_at(x, l->months, j, k - j, 0, &slot) < k))
			return i;
		j = k;
	} else
		return j;	/* a weekday alone, or nothing */
	if (y && d)
		snprintf(e->date, sizeof(e->date), "%04d-%02d-%02d", y, m, d);
	else if (y)
		snprintf(e->date, sizeof(e->date), "%04d-%02d", y, m);
	else if (d)
		snprintf(e->date, sizeof(e->date), "--%02d-%02d", m, d);
	else
		snprintf(e->date, sizeof(e->date), "--%02d", m);
	return j;
}

/* A decade at i: "les années 1990", "the 1990s", "1990s". */
static size_t
decade_at(struct ctx *x, const struct lang *l, size_t i, struct entity *e)
{
	size_t j;
	int slot, y = 0, n = 0;
	const char *p;

	j = phrase_at(x, l->decades, i, 2, 1, &slot);
	if (j >= x->doc.ntoks || !is_digits(x, j))
		return i;
	/* Four digits at most are read: a long number is no decade. */
	for (p = x->doc.text + x->doc.toks[j].bstart; *p >= '0' && *p <= '9' &&
	    n < 5; p++)
		y = y * 10 + (*p - '0'), n++;
	if (n != 4 || y % 10 != 0 || y < 1000)
		return i;
	if (p == x->doc.text + x->doc.toks[j].bend) {
		if (j == i)
			return i;
	} else if (!(*p == 's' && p + 1 == x->doc.text + x->doc.toks[j].bend))
		return i;
	snprintf(e->date, sizeof(e->date), "%04d/%04d", y, y + 9);
	return j + 1;
}

/* Is token i a plural noun: the profile's plural endings, or a counted
 * noun of the lexicon's (people, men)? */
static int
plural_at(struct ctx *x, const struct lang *l, size_t i)
{
	return word_in(x, l->countednouns, i) ||
	    word_ends_in(x, i, l->plurals, l->nplurals, 1);
}

/*
 * Four digits of a year (1500 to 2100) at i, a lowercase word after them
 * at i + 1: a year that qualifies the word or ends a phrase before a
 * verb (the 2016 campaign, its 2019 report, sales in 2019 rose, les
 * changements de 2014 incluent), not a count of it, unless the word is a
 * plural (2000 soldiers, 1500 personnes) and no word of year_markers
 * stands before the digits (in 2014 profits fell; in English, where a
 * year qualifies a noun before it, the 2016 elections; not in French:
 * les 1500 salariés).  An approximation before them makes a count (some
 * 2000 people): the caller asks only where there is none.
 */
static int
year_before_word(struct ctx *x, const struct lang *l, size_t i)
{
	if (!lone_year_at(x, i))
		return 0;
	return !plural_at(x, l, i + 1) || (i > 0 &&
	    word_in(x, l->yearmarkers, i - 1));
}

/*
 * Is the number at i a name's own, right after it: a capitalised word
 * that ends a name, or that no entity holds and is no common word (la
 * fusée Falcon 9 emporte, Windows 8 sortira, Apollo 11 mission)?
 */
static int
names_number(struct ctx *x, size_t i)
{
	const struct entity *o;

	if (i == 0 || !x->toks[i - 1].upper || !x->doc.toks[i].space)
		return 0;
	if ((o = entity_over(x, i - 1)) != NULL)
		return o->last == i - 1 && o->label <= L_MISC;
	/* a name the model missed (Windows 8 sortira), no common word
	 * capitalised for opening its sentence (Les 300 manifestants) */
	return !(x->toks[i - 1].info & W_COMMON);
}

/*
 * A unit's abbreviation at i: a word of at most UNIT_LETTERS letters
 * (5 km, 3 kg, 200 mg, 10 h), which takes no plural's ending.
 */
#define UNIT_LETTERS	3

static int
unit_at(const struct ctx *x, size_t i)
{
	return x->doc.toks[i].end - x->doc.toks[i].start <= UNIT_LETTERS;
}

/*
 * Does the number of tokens a..j-1, of value v, count the word at j (i:
 * where the rule started, before an approximation)?  A counted noun, but
 * not after a year that qualifies it (year_before_word), nor after a
 * name's number unless a plural (Falcon 9 emporte; in Paris 300 people
 * marched).  Two or more count a plural, in a language that marks one,
 * or a unit: a word in the singular after them is the verb of a clause
 * whose subject the number is (un sur trois circulera, the three agreed,
 * about 300 marched).
 */
static int
counted_at(struct ctx *x, const struct lang *l, size_t i, size_t a,
    size_t j, double v)
{
	if (!counted_noun(x, l, j) || (a == i && j == i + 1 &&
	    year_before_word(x, l, i)))
		return 0;
	if (v >= 2 && l->nplurals > 0 && !plural_at(x, l, j) &&
	    !unit_at(x, j))
		return 0;
	return j != a + 1 || !names_number(x, a) || plural_at(x, l, j);
}

/* A currency at i, "de"/"of" before it allowed: its end, or i. */
static size_t
currency_at(struct ctx *x, const struct lang *l, size_t i, int *slot)
{
	size_t k = word_in(x, l->complements, i) ? i + 1 : i, j;

	if ((j = phrase_at(x, l->currencies, k, 2, 0, slot)) > k ||
	    (j = phrase_at(x, l->currencies, k, 2, 1, slot)) > k)
		return j;
	return i;
}

/*
 * A number's rule at i: money (€5, 5 millions d'euros), a percentage, a
 * quantity of a counted noun, each after an approximation (*a: where its
 * number starts, after one).  Returns its end, or i.
 */
static size_t
amount_rule(struct ctx *x, struct lang *l, size_t i, size_t *a)
{
	struct entity e = entity(i, i, L_DATE, O_RULE);
	size_t j = i, k, n;
	double v;
	int slot, aslot = 0, nd;

	/* Approximations bound the number that follows them. */
	*a = x->toks[i].info & W_APPROX ?
	    phrase_at(x, l->approx, i, 3, 1, &aslot) : i;
	if (*a == i)
		aslot = 0;
	if (*a >= x->doc.ntoks || (!(x->toks[*a].info & W_NUMBER) &&
	    !is_digits(x, *a)))
		return i;
	/* 03.12.2025 lo: a date in digits, not a quantity of lo */
	if (*a == i && is_digits(x, i) && date_at(x, l, i, &e) > i)
		return i;
	/* $5 million, £10, $5bn */
	if ((k = phrase_at(x, l->currencies, *a, 1, 0, &slot)) > *a &&
	    ((n = number_at(x, l, k, &v, &nd)) > k ||
	    (n = glued_magnitude(x, l, k, &v, &nd)) > k)) {
		k = n;
		e.label = L_MONEY;
		e.currency = lang_string(l, slot);
		j = k;
	} else if ((k = number_at(x, l, *a, &v, &nd)) > *a) {
		j = k;
		if ((k = phrase_at(x, l->percent, j, 2, 1, &slot)) > j) {
			e.label = L_PERCENT;
			j = k;
		} else if ((k = currency_at(x, l, j, &slot)) > j) {
			e.label = L_MONEY;
			e.currency = lang_string(l, slot);
			j = k;
		} else if (counted_at(x, l, i, *a, j, v)) {
			e.label = L_QUANTITY;
			j++;
			if (word_in(x, l->complements, j) &&
			    counted_noun(x, l, j + 1))
				j += 2;
		} else
			j = i;
	}
	if (j == i)
		return i;
	e.value = v;
	e.hasvalue = 1;
	e.approx = lang_string(l, aslot);
	e.last = j - 1;
	add_entity(x, &e);
	return j;
}

/*
 * The words around a date that belong to it (NEWS_GUIDE): modifiers
 * before (début novembre, last Friday, end of January) and after (jeudi
 * soir, Friday morning), and a range (1999-2013, de 1966 à 1996) read as
 * one date, the interval of its ends where both have values.
 */
static void
widen_date(struct ctx *x, const struct lang *l, struct entity *e)
{
	struct entity end = entity(0, 0, L_DATE, O_RULE);
	size_t n, k, j;
	int slot, y;

	for (n = 3; n > 0; n--)
		if (e->first >= n && phrase_at(x, l->datebefore, e->first - n,
		    n, 1, &slot) == e->first) {
			e->first -= n;
			break;
		}
	if ((k = phrase_at(x, l->dateafter, e->last + 1, 2, 1, &slot)) >
	    e->last + 1)
		e->last = k - 1;
	if ((k = phrase_at(x, l->datejoiners, e->last + 1, 1, 1, &slot)) ==
	    e->last + 1 || k >= x->doc.ntoks)
		return;
	if ((j = date_at(x, l, k, &end)) == k && (y = lone_year_at(x, k)) &&
	    year_at(x, e->last) != 0) {
		snprintf(end.date, sizeof(end.date), "%04d", y);
		j = k + 1;
	}
	if (j == k)
		return;
	if (e->date[0] != '\0' && end.date[0] != '\0' &&
	    strlen(e->date) + strlen(end.date) + 2 <= sizeof(e->date)) {
		strcat(e->date, "/");
		strcat(e->date, end.date);
	} else
		e->date[0] = '\0';
	e->last = j - 1;
}

/*
 * A range of days in one month at i (21 au 22 décembre, 3-5 March): its
 * end, or i; its value the interval of its days.
 */
static size_t
day_range(struct ctx *x, const struct lang *l, size_t i, struct entity *e)
{
	struct entity end = entity(0, 0, L_DATE, O_RULE);
	size_t k, j;
	int d;

	if (!(d = day_at(x, l, i)) || (k = phrase_at(x, l->datejoiners, i + 1,
	    1, 1, &d)) == i + 1 || !(d = day_at(x, l, k)) ||
	    (j = date_at(x, l, k, &end)) == k || strncmp(end.date, "--", 2) !=
	    0 || strlen(end.date) != 7)
		return i;
	/* --MM-DD: the first day in the month of the second */
	snprintf(e->date, sizeof(e->date), "--%.2s-%02d/%s", end.date + 2,
	    day_at(x, l, i), end.date);
	return j;
}

/*
 * A date's rule at i: a decade, a date in words or digits, a date word
 * (aujourd'hui), or a year alone (four digits, 1500 to 2100, with no
 * approximation before: a is where amount_rule's number started).
 * Returns its end, or i.
 */
static size_t
date_rule(struct ctx *x, struct lang *l, size_t i, size_t a)
{
	struct entity e = entity(i, i, L_DATE, O_RULE);
	size_t j;
	int slot, year;

	if (!(x->toks[i].info & W_DATE) && !is_digits(x, i))
		return i;
	if ((j = day_range(x, l, i, &e)) > i ||
	    (j = decade_at(x, l, i, &e)) > i ||
	    (j = date_at(x, l, i, &e)) > i ||
	    (j = phrase_at(x, l->datewords, i, 1, 1, &slot)) > i) {
		e.last = j - 1;
		widen_date(x, l, &e);
		add_entity(x, &e);
		return e.last + 1;
	}
	if ((year = lone_year_at(x, i)) && a == i) {
		snprintf(e.date, sizeof(e.date), "%04d", year);
		widen_date(x, l, &e);
		add_entity(x, &e);
		return e.last + 1;
	}
	return i;
}

/*
 * What joins a name's part ending at k to the next: a coordinator (or &),
 * one or two links, or, where names write their words in lowercase, both
 * (ministère de l'Économie et des Finances; not the Department of Energy
 * and the Environment Agency, two names).  Returns the token after it
 * (k + 1 if nothing joins), *linked set where links are among it.
 */
static size_t
joined_at(struct ctx *x, const struct lang *l, size_t k, int *linked)
{
	size_t m = k + 1, n;

	if (m < x->doc.ntoks && (word_in(x, l->coordinators, m) ||
	    x->doc.text[x->doc.toks[m].bstart] == '&'))
		m++;
	for (n = m; m < n + 2 && m < x->doc.ntoks &&
	    (m == k + 1 || !l->capital_names) &&
	    word_in(x, l->orglinks, m) &&
	    !(m == n && word_in(x, l->linkarticles, m)); m++)
		;
	*linked = m > n;
	return m;
}

/*
 * Is token m a place the gazetteer knows?  After a link it is where an
 * institution is (le ministère de la Défense de Bakou), no part of its
 * name.
 */
static int
known_place(const struct ctx *x, size_t m)
{
	return x->toks[m].gazentry != NULL &&
	    x->toks[m].gazentry->labels & 1U << L_LOC;
}

/*
 * Is capitalised token m no part of the complement before it: a date's
 * word (the Court of Appeals on Tuesday), or the first of a person's name
 * the model reads (the Office of Immigrant Affairs Clinton had
 * announced: a relative clause without its that)?
 */
static int
apart_from_name(struct ctx *x, size_t m)
{
	const struct entity *o;

	return x->toks[m].info & W_DATE || ((o = entity_over(x, m)) != NULL &&
	    o->origin == O_MODEL && o->label == L_PER && o->first == m);
}

/*
 * Does token m open a verb's object: an article that is no link (les,
 * un) or one that links only after another (la, l')?  The word before it
 * is then an infinitive, no noun of a complement (a demandé à la
 * Fédération française de football de publier les échanges).
 */
static int
opens_object(struct ctx *x, const struct lang *l, size_t m)
{
	return m < x->doc.ntoks && ((word_in(x, l->articles, m) &&
	    !word_in(x, l->orglinks, m)) || word_in(x, l->linkarticles, m));
}

/*
 * A complement in lowercase from its noun at k, where names write their
 * words in lowercase after a capitalised head (Agence nationale de
 * sécurité du médicament, Haut Conseil des finances publiques): the noun
 * and an adjective of organisation_adjectives after it, then up to
 * LOWERCASE_LINKS more nouns after one or two links, a coordinator before
 * them or not (de l'informatique et des libertés), or a name (de
 * l'ONU) but a place's; a verb, which no adjective list holds, ends it
 * (l'Institut national de la statistique publie).  Returns its last
 * token.
 */
#define LOWERCASE_LINKS	3

static size_t
lowercase_complement(struct ctx *x, const struct lang *l, size_t k)
{
	size_t m, links;
	int linked;

	for (links = 0;; links++) {
		while (k + 1 < x->doc.ntoks && word_in(x, l->orgadjs, k + 1))
			k++;
		if (links == LOWERCASE_LINKS)
			return k;
		m = joined_at(x, l, k, &linked);
		if (!linked || m >= x->doc.ntoks ||
		    x->doc.toks[m].sent != x->doc.toks[k].sent)
			return k;
		/* a name after the link is part of it (Conseil de sécurité
		 * de l'ONU), not a place, where it is (de Genève) */
		if (x->toks[m].upper && x->doc.toks[m].shape[0] == 'X') {
			if (known_place(x, m) || apart_from_name(x, m))
				return k;
			while (m + 1 < x->doc.ntoks && x->toks[m + 1].upper &&
			    x->doc.toks[m + 1].space)
				m++;
		} else if (!content_word(x, m) || opens_object(x, l, m + 1))
			return k;
		k = m;
	}
}

/*
 * The capitalised complement of a head noun that ends before token j: a
 * lowercase word (an adjective, where adjectives follow nouns), one or two
 * links (de la, of) and capitalised words, on across links and
 * coordinators, and an adjective of the lexicon's that completes
 * them (ministère (azerbaïdjanais) de la Défense, ministre des Affaires
 * étrangères, not ministère de la Santé recommande).  A portfolio of the
 * lexicon's portfolio_words is one in lowercase too (ministère de
 * l'intérieur, des affaires étrangères).  Sets *first to its first
 * capitalised or portfolio token and returns its last, or returns
 * SIZE_MAX.
 */
size_t
capitalised_complement(struct ctx *x, const struct lang *l, size_t j,
    size_t *first, int lowercase)
{
	size_t k, m, adjective = SIZE_MAX;
	int linked;

	if (l->adjectives_after && j < x->doc.ntoks &&
	    x->doc.toks[j].shape[0] == 'x' && !word_in(x, l->orglinks, j) &&
	    !word_in(x, l->coordinators, j)) {
		/* more adjectives of the lexicon's in a lowercase
		 * complement (Centre hospitalier universitaire) */
		if (lowercase && word_in(x, l->orgadjs, j))
			adjective = j;
		for (j++; adjective != SIZE_MAX && j < x->doc.ntoks &&
		    word_in(x, l->orgadjs, j); j++)
			;
	}
	for (k = j; k < j + 2 && word_in(x, l->orglinks, k) &&
	    !(k == j && word_in(x, l->linkarticles, k)); k++)
		;
	/* not a date's word (the Security Council on Friday) nor, after a
	 * head in lowercase, a person's name (le Parti québécois de Jacques
	 * Parizeau; the model may run a portfolio into a name: ministre de
	 * la Justice Alberto Ruiz-Gallardón, titles.c's to cut); the
	 * adjectives alone where there are (Commission électorale
	 * indépendante) */
	if (k == j || k >= x->doc.ntoks || x->toks[k].info & W_DATE ||
	    (lowercase && x->toks[k].upper && apart_from_name(x, k))) {
		if (adjective == SIZE_MAX)
			return SIZE_MAX;
		*first = adjective;
		return j - 1;
	}
	if (!x->toks[k].upper) {
		if (!word_in(x, l->portwords, k) && (!lowercase ||
		    !content_word(x, k)))
			return SIZE_MAX;
		*first = k;
		if (lowercase)
			return lowercase_complement(x, l, k);
		if (k + 1 < x->doc.ntoks && word_in(x, l->orgadjs, k + 1))
			k++;
		return k;
	}
	*first = k;
	for (;;) {
		while (k + 1 < x->doc.ntoks && x->toks[k + 1].upper &&
		    x->doc.toks[k + 1].space && !apart_from_name(x, k + 1))
			k++;
		/* on to a capital (Center for Strategic and International
		 * Studies, Institute for the Study of Human Rights) */
		m = joined_at(x, l, k, &linked);
		if (m == k + 1 || m >= x->doc.ntoks || !x->toks[m].upper ||
		    x->doc.toks[m].sent != x->doc.toks[k].sent ||
		    apart_from_name(x, m))
			break;
		if (linked && known_place(x, m))
			break;
		k = m;
	}
	if (k + 1 < x->doc.ntoks && !x->toks[k + 1].upper &&
	    word_in(x, l->orgadjs, k + 1))
		k++;
	return k;
}

/*
 * Adds rule entity e, which may cut a model's name that runs on past it
 * (ministère de la Santé de Kinshasa, le député France insoumise Eric
 * Coquerel): the capitalised rest of that name is a name of its own, with
 * the label and key the gazetteer gives it, a person's if it opens with a
 * given name, else label y (a place after an institution, a person after
 * a party).
 */
static void
add_keeping_rest(struct ctx *x, const struct lang *l, const struct entity *e,
    enum label y)
{
	const struct gazentry *g;
	const struct entity *o;
	struct entity r;
	size_t rest = e->last, i;
	int known;

	if (e->force && (o = entity_over(x, e->last)) != NULL &&
	    o->origin == O_MODEL && o->last > e->last)
		rest = o->last;
	add_entity(x, e);
	for (i = e->last + 1; i <= rest && !x->toks[i].upper; i++)
		;
	/* a company's legal form is the organisation's (Times Limited) */
	if (i > rest || word_in(x, l->orgsuffixes, i))
		return;
	g = gaz_lookup(x, l, i, rest + 1);
	if ((known = gaz_label(g, 1U << L_LOC | 1U << L_ORG | 1U << L_PER |
	    1U << L_MISC)) >= 0)
		y = (enum label)known;
	else if (x->toks[i].info & W_GIVEN)
		y = L_PER;
	r = entity(i, rest, y, O_MODEL);
	r.key = gaz_key(l, g, y);
	add_entity(x, &r);
}

/*
 * Is token k a possessive (the lexicon's possessives: 's, ') inside a
 * name, glued to a capitalised word before it that is no name of its own
 * (the Ontario Nurses' Association, the Children's Hospital; not
 * Canada's Nurses Association: a place's, nor Smith's: a person's), a
 * word after it apart?
 */
static int
possessive_in_name(struct ctx *x, const struct lang *l, size_t k)
{
	return k > 0 && k + 1 < x->doc.ntoks && !x->doc.toks[k].space &&
	    x->doc.toks[k + 1].space && word_in(x, l->possessives, k) &&
	    x->toks[k - 1].upper && x->toks[k - 1].gazbits <= 1 &&
	    !(x->toks[k - 1].info & (W_GIVEN | W_SURNAME));
}

/*
 * The capitalised words before token start, of the name of a capitalised
 * head at i: not an article, a date's word (the August [National
 * Association of...]) nor a common word that opens the sentence (the
 * [News Agency of Nigeria]); a possessive inside the name joins its
 * words (possessive_in_name()).  Returns the first.
 */
static size_t
words_before(struct ctx *x, const struct lang *l, size_t i, size_t start)
{
	size_t k;

	for (;;) {
		/* the word before start, or before its possessive, glued
		 * to it; a word apart otherwise */
		if (start > 1 && possessive_in_name(x, l, start - 1))
			k = start - 1;
		else if (start > 0 && x->doc.toks[start].space)
			k = start;
		else
			return start;
		if (!x->toks[k - 1].upper ||
		    word_in(x, l->articles, k - 1) ||
		    x->toks[k - 1].info & W_DATE ||
		    x->doc.toks[k - 1].sent != x->doc.toks[i].sent ||
		    (x->doc.sfirst[x->doc.toks[i].sent] == k - 1 &&
		    x->toks[k - 1].info & W_COMMON))
			return start;
		start = k - 1;
	}
}

/*
 * The name of a capitalised head at i, its words from start, across a
 * coordinator to the capitalised words before it (Baker Heart and
 * Diabetes Institute, Bill and Melinda Gates Foundation), where those
 * are no place or organisation of their own the model reads (not
 * Britain and Acme Foundation; the gazetteer's places are too many to
 * ask: Hartley, Moss); the Ford Foundation and... stops at its article.
 * Returns the name's first token.
 */
static size_t
coordinated_before(struct ctx *x, const struct lang *l, size_t i,
    size_t start)
{
	const struct entity *o;
	size_t first, k;

	if (start >= i || start < 2 || !word_in(x, l->coordinators,
	    start - 1) || !x->doc.toks[start - 1].space ||
	    (first = words_before(x, l, i, start - 1)) == start - 1)
		return start;
	for (k = first; k < start - 1; k++)
		if ((o = entity_over(x, k)) != NULL &&
		    (o->label == L_LOC || o->label == L_ORG))
			return start;
	return first;
}

/*
 * Does the model's name o begin before start by more than an article
 * that opens the sentence (The Acme Foundation gave: the name is Acme
 * Foundation, NEWS_GUIDE's names dropping their article)?
 */
static int
longer_before(struct ctx *x, const struct lang *l, const struct entity *o,
    size_t start)
{
	return o->first < start && !(o->first + 1 == start &&
	    opening_article(x, l, o->first));
}

/*
 * The end of the institution whose head runs from i to head: the last
 * token of its complement into *k, or SIZE_MAX where a capitalised head
 * after capitalised words ends the name (Columbia University, the Ford
 * Foundation).  Where names write their words in lowercase, a capitalised
 * head takes a complement in lowercase (Observatoire français des
 * drogues).  Returns 0 where there is no institution: a head that needs a
 * complement and has none.
 */
static int
institution_end(struct ctx *x, const struct lang *l, size_t i, size_t head,
    int capital, size_t *k)
{
	const struct entity *o;
	size_t first;
	int lowercase = !l->capital_names && x->toks[i].upper;

	*k = capitalised_complement(x, l, head, &first, lowercase);
	/* a head of several words capitalised as written, not by the
	 * sentence, is a name with no complement (l'Agence régionale de
	 * santé, la Chambre régionale des comptes; not la chambre
	 * régionale des comptes, the one of a region) */
	if (*k == SIZE_MAX && head > i + 1 && !capital && x->toks[i].upper &&
	    x->doc.sfirst[x->doc.toks[i].sent] != i)
		*k = head - 1;
	if (*k == SIZE_MAX)
		return !capital && x->toks[i].upper && head == i + 1;
	/* a complement in lowercase is read with less certainty than the
	 * model's name over it that runs on across a link, a coordinator
	 * or an adjective no list holds (Fédération des États-Unis de
	 * soccer, Académie des inscriptions et belles-lettres, Agence
	 * mondiale antidopage; not into a verb: l'Office national des
	 * forêts recrute) */
	if (lowercase && (o = entity_over(x, i)) != NULL &&
	    o->origin == O_MODEL && o->first <= i && o->last > *k &&
	    (word_in(x, l->orglinks, *k + 1) ||
	    word_in(x, l->coordinators, *k + 1) ||
	    !(x->toks[*k + 1].info & W_OUTSIDE)))
		*k = o->last;
	return 1;
}

/*
 * An institution at i: a head (ministère, Center; cour d'appel, conseil
 * départemental: a head may be a phrase) and its complement; a
 * capitalised head takes the capitalised words before it, not an article,
 * a date's word (the August [National Association of...]) nor a common
 * word that opens the sentence (the [News Agency of Nigeria], the [Media
 * Research Center for...]), and needs no complement after them (the
 * [Ford Foundation], the [Federal Open Market Committee]) but where the
 * model reads a place, a venue's name.
 */
static size_t
institution_rule(struct ctx *x, struct lang *l, size_t i)
{
	const struct entity *o;
	struct entity e;
	size_t k, head, start = i;
	int slot, capital = 0;

	/* a headline in Title Case capitalises any noun (Pundit Turns
	 * Adviser in the Service of Trump): headline_names() reads it */
	if (!(x->toks[i].info & W_ORG) || styled_headline_at(x, i))
		return i;
	/* Agence, Conseil: a head as written, capitalised (not le conseil
	 * de son avocat, advice), that needs a complement (not Microsoft
	 * Office) */
	if ((head = phrase_in(x, l->orgheads, i, MAXPHRASE, &slot)) == i) {
		if ((head = phrase_at(x, l->capheads, i, 1, 0, &slot)) == i)
			return i;
		capital = 1;
	}
	if (!institution_end(x, l, i, head, capital, &k))
		return i;
	if (x->toks[i].upper && l->capital_names)
		start = coordinated_before(x, l, i, words_before(x, l, i, i));
	else if (x->toks[i].upper)
		start = words_before(x, l, i, i);
	if (k == SIZE_MAX) {
		/* the name ends at the head (not First Bank System Inc.);
		 * a place the model reads there is a venue's (the National
		 * Tennis Centre), and a name of its that begins before is
		 * longer, as is one that runs on across a coordinator after
		 * the head to another head (National Korean American Service
		 * and Education Consortium; not the National Student
		 * Association and Students for...): either stands */
		if (start == i || (head < x->doc.ntoks &&
		    x->toks[head].upper) || ((o = entity_over(x, i)) != NULL &&
		    (o->label == L_LOC || longer_before(x, l, o, start) ||
		    (o->last > i &&
		    word_in(x, l->coordinators, i + 1) &&
		    x->toks[o->last].info & W_ORG &&
		    phrase_in(x, l->orgheads, o->last, 1, &slot) > o->last))))
			return i;
		k = i;
	}
	/* a listed organisation that goes on past the complement read,
	 * across its commas, is the name (the Department for Environment,
	 * Food and Rural Affairs) */
	if (x->toks[start].gazend > k + 1 && gaz_label(x->toks[start].gazentry,
	    1U << L_ORG) == L_ORG &&
	    x->toks[start].gazentry->labels & G_KNOWN_ORG)
		k = x->toks[start].gazend - 1;
	e = entity(start, k, L_ORG, O_RULE);
	e.force = 1;
	/* a known organisation keeps its key (Conseil d'État) */
	e.key = gaz_key(l, gaz_lookup(x, l, start, k + 1), L_ORG);
	add_keeping_rest(x, l, &e, L_LOC);
	return k + 1;
}

/*
 * An institution named before its head, the head in lowercase (the
 * lexicon's organisation_heads_after): by one or two words of
 * portfolio_words (the interior ministry, the foreign affairs ministry),
 * or by the place it serves, a name found before (the [Paris]
 * prosecutor's office).
 */
static size_t
portfolio_rule(struct ctx *x, struct lang *l, size_t i)
{
	const struct entity *o;
	struct entity e;
	size_t k = i, j;
	int slot;

	if (x->toks[i].upper)
		return i;
	if (word_in(x, l->portwords, i)) {
		if (k + 1 < x->doc.ntoks && word_in(x, l->portwords, k + 1))
			k++;
		if ((j = phrase_at(x, l->orgheadsafter, k + 1, 3, 1,
		    &slot)) == k + 1)
			return i;
		e = entity(i, j - 1, L_ORG, O_RULE);
	} else if (i > 0 && (o = entity_over(x, i - 1)) != NULL &&
	    o->label == L_LOC && o->last == i - 1 &&
	    (j = phrase_at(x, l->orgheadsafter, i, 3, 1, &slot)) > i)
		e = entity(o->first, j - 1, L_ORG, O_RULE);
	else
		return i;
	e.force = 1;
	add_entity(x, &e);
	return j;
}

/* A lowercase word, no function word: a noun or an adjective. */
int
content_word(struct ctx *x, size_t k)
{
	return x->doc.toks[k].shape[0] == 'x' &&
	    !(x->toks[k].info & W_COMMON);
}

/* A content word that is no office either. */
static int
plain_word(struct ctx *x, size_t k)
{
	return content_word(x, k) && !(x->toks[k].info & W_OFFICE);
}

/*
 * Does token k end the noun phrase of an apposition before it: a mark,
 * a preposition, a link, a participle of compound_suffixes (a company
 * based in Ohio, owned by), a relative pronoun (a group that lobbies),
 * another sentence or the text's end?
 */
static int
ends_apposition(struct ctx *x, const struct lang *l, size_t k, size_t i)
{
	return k >= x->doc.ntoks || x->doc.toks[k].sent != x->doc.toks[i].sent ||
	    strpbrk(x->doc.toks[k].shape, "xXd") == NULL ||
	    word_in(x, l->prepositions, k) || word_in(x, l->orglinks, k) ||
	    word_in(x, l->compoundsuf, k) || word_in(x, l->relatives, k);
}

#define APPOSITION_WORDS	3	/* the head and words before it */
#define APPOSITION_AFTER	6	/* tokens from its head to its end */
#define RELATIVE_AFTER		16	/* from a head a relative follows */

/* Does token k close an apposition: a comma, a closing bracket, a dash? */
static int
closes_apposition(const struct ctx *x, size_t k)
{
	const struct dp_token *d = &x->doc.toks[k];

	return d->end == d->start + 1 && (d->first == ',' || d->first == ')' ||
	    d->first == 0x2013 || d->first == 0x2014);
}

/*
 * Is the model's name o a person's given name and surname (Paul Durand)?
 * An apposition or an employer's place seldom follows one: it stays.
 */
static int
full_person(const struct ctx *x, const struct entity *o)
{
	return o->label == L_PER && o->last > o->first &&
	    x->toks[o->first].info & W_GIVEN;
}

/*
 * Is token k a capitalised word of one token that could be a name: in
 * lowercase nowhere in the record, no function word nor one no name holds
 * (outside_names: Pourtant), no date's word, no number, apart from the
 * word before it?
 */
static int
unnamed_word(const struct ctx *x, size_t k)
{
	const struct dp_token *d = &x->doc.toks[k];

	return x->toks[k].upper && !x->toks[k].lc_elsewhere &&
	    !(x->toks[k].info & (W_COMMON | W_DATE | W_OUTSIDE)) &&
	    d->space && strpbrk(d->shape, "d") == NULL &&
	    d->end > d->start + 1;
}

/*
 * The model's name before a comma and an apposition headed by a noun of
 * organisation_appositions at i is an organisation's (la Semmaris, la
 * société gestionnaire du marché; Tarvex, a software company based in
 * Ohio; Jefferies, the investment bank), one headed by a noun of
 * place_appositions a place's (Plouvenec, une commune de 2 000
 * habitants, …; Ardmore, a small town in Oklahoma, …): the head is the
 * first word after the article where adjectives follow nouns (the
 * profile's adjectives_follow_nouns), else the last of up to
 * APPOSITION_WORDS lowercase words before the phrase ends (not: a bank
 * manager, the company's founder, a town councillor); and a comma, a
 * bracket or a dash closes it within APPOSITION_AFTER tokens (a clause
 * after a fronted name's comma runs on: À Anzio, le groupe prend le
 * train).  Not a person's given name and surname, whom such an
 * apposition seldom follows.  Its other mentions follow it
 * (one_reading()).  The rules go on at i.
 */
static void
apposed_name(struct ctx *x, struct lang *l, size_t i)
{
	struct entity *o, e;
	size_t a, k, reach;
	enum label label;

	if (x->toks[i].upper)
		return;
	if (word_in(x, l->orgappos, i))
		label = L_ORG;
	else if (word_in(x, l->placeappos, i))
		label = L_LOC;
	else
		return;
	if (!l->adjectives_after && !ends_apposition(x, l, i + 1, i))
		return;
	/* back to the article over the head's modifiers */
	for (a = i; a > 0 && !word_in(x, l->articles, a - 1); a--)
		if (l->adjectives_after || i + 1 - a >= APPOSITION_WORDS ||
		    x->doc.toks[a - 1].shape[0] != 'x' ||
		    ends_apposition(x, l, a - 1, i))
			return;
	/* set off by a second comma, a bracket or a dash soon after; a
	 * relative clause after the head runs longer (a trade group whose
	 * members include Meta and Google, …) */
	reach = i + 1 < x->doc.ntoks && word_in(x, l->relatives, i + 1) ?
	    RELATIVE_AFTER : APPOSITION_AFTER;
	for (k = i + 1; k < x->doc.ntoks && k <= i + reach &&
	    x->doc.toks[k].sent == x->doc.toks[i].sent &&
	    !closes_apposition(x, k); k++)
		;
	if (k >= x->doc.ntoks || k > i + reach ||
	    x->doc.toks[k].sent != x->doc.toks[i].sent)
		return;
	if (a < 3 || x->doc.toks[a - 2].first != ',' ||
	    x->doc.toks[a - 2].end != x->doc.toks[a - 2].start + 1)
		return;
	/* a word the model left out, capitalised, no function word nor a
	 * date's (Santésuisse, la faîtière des assureurs, …; Amnesty, the
	 * rights group, …): the apposition names it */
	if ((o = entity_over(x, a - 3)) == NULL) {
		if (unnamed_word(x, a - 3)) {
			e = entity(a - 3, a - 3, label, O_RULE);
			e.key = gaz_key(l, gaz_lookup(x, l, a - 3, a - 2),
			    label);
			add_entity(x, &e);
		}
		return;
	}
	if (o->last != a - 3 || o->origin != O_MODEL || o->label == label ||
	    full_person(x, o))
		return;
	o->label = label;
	o->origin = O_RULE;
	o->key = gaz_key(l, gaz_lookup(x, l, o->first, o->last + 1), label);
}

/*
 * The model's name o is an employer's, an organisation, unless the
 * gazetteer knows a well-known place of that name; a little-known one of
 * the same name (Ford, Kansas) is no evidence.
 */
static void
employer_of(struct ctx *x, struct lang *l, struct entity *o)
{
	const struct gazentry *g;

	g = gaz_lookup(x, l, o->first, o->last + 1);
	if (g != NULL && !(g->labels & G_MINOR) &&
	    gaz_key(l, g, L_LOC) != NULL)
		return;
	o->label = L_ORG;
	o->origin = O_RULE;
	o->key = gaz_key(l, g, L_ORG);
}

/*
 * The model's name after a noun of employee_nouns at i and a preposition
 * of employer_prepositions is an employer's, an organisation (économiste
 * chez Natixis, analysts at Bernstein, a researcher at Stanford): not a
 * person's given name and surname, nor a name the gazetteer knows as a
 * well-known place (a nurse at Lyon's hospital).  Its other mentions
 * follow it (one_reading()).
 */
static void
employer_rule(struct ctx *x, struct lang *l, size_t i)
{
	struct entity *o;

	/* the noun in lowercase, or capitalised for opening its sentence
	 * (Analysts at Bernstein said) */
	if ((x->toks[i].upper && x->doc.sfirst[x->doc.toks[i].sent] != i) ||
	    i + 2 >= x->doc.ntoks ||
	    !word_in(x, l->employees, i) || !word_in(x, l->employers, i + 1) ||
	    (o = entity_over(x, i + 2)) == NULL || o->first != i + 2 ||
	    o->origin != O_MODEL || o->label == L_ORG || full_person(x, o))
		return;
	employer_of(x, l, o);
}

/*
 * The model's name after a person's given name and surname ending at i
 * and a preposition of name_employer_prepositions is the employer's, an
 * organisation (Brent Thill of Jefferies, Brendan Fischer of Documented):
 * not a person's, nor a name the gazetteer knows as a well-known place
 * (John Smith of Boston).  Its other mentions follow it (one_reading()).
 */
static void
named_employer_rule(struct ctx *x, struct lang *l, size_t i)
{
	struct entity *p, *o;

	if (i + 2 >= x->doc.ntoks || (p = entity_over(x, i)) == NULL ||
	    p->last != i || !full_person(x, p) ||
	    !word_in(x, l->nameemployers, i + 1) ||
	    (o = entity_over(x, i + 2)) == NULL ||
	    o->first != i + 2 || o->origin != O_MODEL || o->label == L_ORG ||
	    (o->label == L_PER && o->last > o->first))
		return;
	employer_of(x, l, o);
}

/*
 * The names of a list after an apposition's first, at first (les
 * sociétés Provence Chimie et Durance Raffinage, the carmakers Renault,
 * Nissan and Kia): the model's names, items apart by a comma or a
 * coordinator, up to the last a coordinator joins (a comma alone is as
 * often the sentence going on), take the apposition's label, unless one
 * is a person's given name and surname (le groupe Valtrex et Paul
 * Durand, son fondateur).
 */
static void
apposed_list(struct ctx *x, const struct lang *l, size_t first,
    enum label label)
{
	struct entity *item[LIST_ITEMS], *e;
	size_t n = 0, k, last = 0;

	if ((e = entity_over(x, first)) == NULL)
		return;
	while (n < LIST_ITEMS && (e = list_neighbour(x, l, e, 1)) != NULL) {
		item[n++] = e;
		if (word_in(x, l->coordinators, e->first - 1))
			last = n;
	}
	for (k = 0; k < last; k++) {
		e = item[k];
		if (e->origin != O_MODEL || e->label == label ||
		    full_person(x, e))
			continue;
		e->label = label;
		e->origin = O_RULE;
		e->key = gaz_key(l, gaz_lookup(x, l, e->first, e->last + 1),
		    label);
	}
}

/* Is token k a road's number: capitals, then digits (A64, RN7, N118)? */
static int
road_number(const struct ctx *x, size_t k)
{
	const char *s = x->doc.toks[k].shape;

	while (*s == 'X')
		s++;
	if (s == x->doc.toks[k].shape || *s != 'd')
		return 0;
	while (*s == 'd')
		s++;
	return *s == '\0';
}

/*
 * The capitalised name in apposition to a noun of organisation_appositions
 * at i is an organisation (le quotidien progouvernemental [Sabah], la
 * chaîne d'information [CNN-Türk], the broadcaster [RTL]).  Between them
 * may stand de and a noun, or, where adjectives follow nouns (the
 * profile's adjectives_follow_nouns), an adjective; not an office nor a
 * function word (le parti du président Macron, le journal de Paul
 * Durand: a person's).  The model's name there becomes an ORG, unless it
 * is a person's given name and surname (a given name alone names the
 * business: la boulangerie Paul), and so do capitalised words the model
 * left out; a name of the rules or the user's stands.  A noun of
 * work_appositions makes its apposition a work's, a product's or a
 * programme's name, a MISC (NEWS_GUIDE) in the same way: la capsule
 * [Dragon], le télescope spatial [Kepler], the film [Gladiator]; and a
 * noun of road_nouns a road's, a place (l'autoroute [A64]).  Returns
 * i + 1: the rules go on after the noun.
 */
/*
 * What a noun at i makes the name in apposition to it (apposition_rule()),
 * or NLABELS for nothing.
 */
static enum label
apposition_label(struct ctx *x, const struct lang *l, size_t i)
{
	/* a line in capitals (SPAIN, U.S. TEAMS OPEN ON ROAD): no noun
	 * there is told from a name; an acronym of the list stands before
	 * a name (l'ONG Solidarité Sahel) */
	if (dp_doc_in_capitals(&x->doc, i, 0) && i + 1 < x->doc.ntoks &&
	    dp_doc_in_capitals(&x->doc, i + 1, 1))
		return NLABELS;
	if (word_in(x, l->orgappos, i))
		return L_ORG;
	/* a work's noun in lowercase only: capitalised, it heads a
	 * heading's or a body's name as often (Software Revenue) */
	if (!x->toks[i].upper && word_in(x, l->workappos, i))
		return L_MISC;
	if (!x->toks[i].upper && word_in(x, l->roadnouns, i))
		return L_LOC;
	return NLABELS;
}

/*
 * Where an organisation's name after its noun ends, from its last
 * capitalised word at last: where names write their words in lowercase
 * but the first (French), a short word in lowercase, at most three
 * letters, and capitalised words after it that are no place the
 * gazetteer knows well go on the name (l'association Marseille en
 * Mouvement; not la société Valdrin à Lyon, nor over a coordinator: les
 * groupes Stone Temple Pilots et Velvet Revolver).
 */
static size_t
short_word_name(struct ctx *x, const struct lang *l, size_t last)
{
	size_t k = last + 1, n = x->doc.ntoks;

	if (l->capital_names || k + 1 >= n || x->toks[k].upper ||
	    strncmp(x->doc.toks[k].shape, "x", 2) != 0 ||
	    word_in(x, l->coordinators, k) ||
	    x->doc.toks[k].bend - x->doc.toks[k].bstart > 3 ||
	    !x->toks[k + 1].upper || !x->doc.toks[k + 1].space ||
	    strncmp(x->doc.toks[k + 1].shape, "Xx", 3) != 0 ||
	    (x->toks[k + 1].gaz[L_LOC] == 1 && !x->toks[k + 1].gazminor) ||
	    x->toks[k + 1].info & W_GIVEN)
		return last;
	for (last = k + 1; last + 1 < n && x->toks[last + 1].upper &&
	    x->doc.toks[last + 1].space; last++)
		;
	return last;
}

/*
 * Where a name an inclusion word lists ends, from its last capitalised
 * word at last: where names write their words in lowercase but the first
 * (French), up to two lowercase words after it that run to the list's
 * next comma or coordinator, or to its end (dont Générations futures, Lutte
 * ouvrière et…), are the name's.
 */
static size_t
member_name_end(struct ctx *x, const struct lang *l, size_t last)
{
	size_t k, n = x->doc.ntoks;

	if (l->capital_names)
		return last;
	for (k = last + 1; k < n && k <= last + 2 && plain_word(x, k) &&
	    !x->toks[k].upper && x->doc.toks[k].space; k++)
		;
	if (k == last + 1 || (k < n && x->doc.toks[k].first != ',' &&
	    x->doc.toks[k].first != '.' && !word_in(x, l->coordinators, k)))
		return last;
	return k - 1;
}

/*
 * Where the name in apposition to the noun at i may start: right after
 * it, or past de and a noun (la chaîne d'information CNN-Türk) or, where
 * adjectives follow nouns, an adjective (le quotidien progouvernemental
 * Sabah); past an inclusion word after a plural noun's comma (Plusieurs
 * associations, dont Vignes vivantes; several groups, including Future
 * Fields), *inclusion set, not after a singular's (des membres du
 * groupe, dont Bobby Seale).  The noun is in lowercase, or capitalised
 * for opening its sentence (Carmaker Valdrin recalled…), or an acronym
 * (l'ONG, the NGO): a capitalised noun may head the name itself (Agence
 * de l'Industrie), and only a name right after it is its apposition.
 */
static size_t
apposed_start(struct ctx *x, const struct lang *l, size_t i, int *inclusion)
{
	size_t k = i + 1, n = x->doc.ntoks;

	if (!x->toks[i].upper && k + 2 < n && word_in(x, l->orglinks, k) &&
	    plain_word(x, k + 1))
		k += 2;
	else if (!x->toks[i].upper && l->adjectives_after && k + 1 < n &&
	    !word_in(x, l->orglinks, k) && plain_word(x, k))
		k++;
	if ((*inclusion = !x->toks[i].upper && plural_at(x, l, i) &&
	    k + 2 < n && x->doc.toks[k].first == ',' &&
	    word_in(x, l->inclusions, k + 1)))
		k += 2;
	return k;
}

/*
 * A name the model read as a person's, one word right before a noun of
 * product_nouns_after in lowercase (two Canadair planes, Leopard tanks),
 * names the product or its maker, no person: a MISC (NEWS_GUIDE's
 * products).  Not a person's given name and surname (John Deere
 * tractors stays as the model read it).  Where nouns come first
 * (French) the list is empty: la capsule Dragon is work_appositions'.
 */
static void
product_before(struct ctx *x, const struct lang *l, size_t i)
{
	struct entity *o;

	if (i == 0 || x->toks[i].upper || !word_in(x, l->productnouns, i) ||
	    (o = entity_over(x, i - 1)) == NULL || o->origin != O_MODEL ||
	    o->label != L_PER || o->first != i - 1 || o->last != i - 1)
		return;
	o->label = L_MISC;
	o->key = NULL;
}

static size_t
apposition_rule(struct ctx *x, struct lang *l, size_t i)
{
	struct entity *o, e;
	size_t k, n = x->doc.ntoks;
	enum label label;
	int inclusion;

	if ((label = apposition_label(x, l, i)) == NLABELS)
		return i;
	/* capitalised inside the sentence, the noun is the name's own
	 * first word (aux Éditions Tallandier, la Fondation Abbé Pierre):
	 * the model's name that opens with it is an organisation's */
	if (x->toks[i].upper && x->doc.sfirst[x->doc.toks[i].sent] != i &&
	    !dp_doc_in_capitals(&x->doc, i, 0)) {
		if ((o = entity_over(x, i)) != NULL && o->origin == O_MODEL &&
		    o->first == i && o->last > i && o->label != L_ORG) {
			o->label = L_ORG;
			o->key = NULL;
		}
		return i;
	}
	if ((k = apposed_start(x, l, i, &inclusion)) >= n ||
	    !x->toks[k].upper)
		return i;
	if ((o = entity_over(x, k)) == NULL) {
		/* the model saw none: the capitalised words there, if
		 * the first is a word (not A, N, a weekday, The, nor an
		 * office before a given name: Union President John
		 * Davis), or a road's number after a road's noun
		 * (l'autoroute A64) */
		if ((strncmp(x->doc.toks[k].shape, "Xx", 2) != 0 &&
		    !(label == L_LOC && road_number(x, k))) ||
		    x->toks[k].info & (W_DATE | W_COMMON) ||
		    (x->toks[k].info & W_OFFICE && k + 1 < n &&
		    x->toks[k + 1].info & W_GIVEN))
			return i;
		e = entity(k, k, label, O_RULE);
		while (e.last + 1 < n && x->toks[e.last + 1].upper &&
		    x->doc.toks[e.last + 1].space)
			e.last++;
	} else if (x->toks[i].upper && o->origin == O_MODEL &&
	    o->first == i && o->last >= k)
		/* the model's name held the capitalised noun (ONG
		 * Solidarité Sahel); a lowercase one it holds is the
		 * name's (la chaîne Wasatch, mountains) */
		e = entity(k, o->last, label, O_RULE);
	else if (o->first != k || o->origin != O_MODEL ||
	    full_person(x, o) || (label == L_MISC &&
	    o->last > o->first && (o->label == L_PER || o->label == L_ORG)))
		/* a work's noun may end a phrase before a person's or a
		 * company's name of several words (les acteurs de la série
		 * Bridget Regan, la société de production de film Anna
		 * Sanders Films) */
		return i;
	else if (o->label == label) {
		/* the model's own: the list after it may not be */
		apposed_list(x, l, o->first, label);
		return i;
	} else
		e = entity(o->first, o->last, label, O_RULE);
	if (label == L_ORG)
		e.last = short_word_name(x, l, e.last);
	if (inclusion)
		e.last = member_name_end(x, l, e.last);
	/* a known organisation's name the model ran on past (le journal
	 * Le Monde révèle: a verb) is the name */
	if (x->toks[e.first].gazend > e.first + 1 &&
	    x->toks[e.first].gazend <= e.last &&
	    x->toks[e.first].gazentry->labels & G_KNOWN_ORG)
		e.last = x->toks[e.first].gazend - 1;
	e.key = gaz_key(l, gaz_lookup(x, l, e.first, e.last + 1), label);
	e.force = 1;
	add_entity(x, &e);
	apposed_list(x, l, e.first, label);
	return i + 1;
}

/*
 * Does the model's name o end with the rule's name e and extend it with
 * capitalised words before it only (Scottish Labour Party)?  Words after
 * a party's name are more often a person's (France insoumise Paul Durand).
 */
static int
extends(struct ctx *x, const struct entity *o, const struct entity *e)
{
	size_t t;

	if (o->first > e->first || o->last != e->last)
		return 0;
	for (t = o->first; t < e->first; t++)
		if (!x->toks[t].upper)
			return 0;
	return 1;
}

/*
 * Does a place preposition stand before token i, an article between or
 * not (à l'Élysée, au Kremlin, at the White House)?
 */
static int
after_place_preposition(struct ctx *x, const struct lang *l, size_t i)
{
	if (i > 0 && word_in(x, l->articles, i - 1))
		i--;
	return i > 0 && word_in(x, l->placepreps, i - 1);
}

/*
 * A seat of power at i..j-1 (the lexicon's seats: the White House, le
 * Kremlin) acts for the institution in it, an ORG with its key, unless a
 * place preposition makes it the place, a LOC (NEWS_GUIDE).  Either wins
 * over the model's name on it, or on it and its article (la [Maison
 * Blanche], read as a person's), not over one that goes on with other
 * words (the Kremlin Palace, l'Élysée Montmartre): another name.
 */
static void
seat_rule(struct ctx *x, const struct lang *l, const struct gazentry *g,
    size_t i, size_t j)
{
	const struct entity *o;
	struct entity e;
	int place = after_place_preposition(x, l, i);

	e = entity(i, j - 1, place ? L_LOC : L_ORG, O_RULE);
	e.key = place ? NULL : gaz_key(l, g, L_ORG);
	o = entity_over(x, i);
	if (o == NULL)
		o = entity_over(x, j - 1);
	e.force = o == NULL || (o->last <= j - 1 && (o->first >= i ||
	    (o->first + 1 == i && word_in(x, l->articles, o->first))));
	add_entity(x, &e);
}

/*
 * A gazetteer's name at i that a rule tags: a seat of power, an event, a
 * demonym, as a noun or an adjective (NORP), a country's name if it is a
 * demonym too (LOC), or an organisation of the lexicon's (ONU, Banque
 * mondiale) that the gazetteer holds as nothing else, except one word
 * that is a surname or a given name too (Renault, Roche: the model and
 * the record's reading tell), and an acronym among words in capitals (a
 * headline that shouts: WHO IS TO BLAME).  Returns the end of the
 * longest gazetteer name at i, whatever its label, or i: the rules go on
 * after it.
 */
static size_t
gazetteer_rule(struct ctx *x, const struct lang *l, size_t i)
{
	const struct gazentry *g;
	const struct entity *o;
	const char *key;
	struct entity e;
	size_t j;

	if ((j = x->toks[i].gazend) <= i)
		return j;
	g = x->toks[i].gazentry;
	if (g->labels & G_SEAT)
		seat_rule(x, l, g, i, j);
	else if (g->labels & G_EVENT) {
		/* an event (Brexit, la guerre froide): over the model's name
		 * on it, not one that goes on (the Brexit Party) */
		e = entity(i, j - 1, L_MISC, O_RULE);
		add_entity(x, &e);
	} else if (g->labels & 1U << L_NORP &&
	    (key = gaz_key(l, g, L_LOC)) != NULL &&
	    strncmp(key, "iso:", 4) == 0) {
		/* a country's name that is its demonym too (Argentine,
		 * Suisse) is the country, which the news names more */
		e = entity(i, j - 1, L_LOC, O_RULE);
		e.key = key;
		add_entity(x, &e);
	} else if (g->labels & 1U << L_NORP) {
		e = entity(i, j - 1, L_NORP, O_RULE);
		e.key = gaz_key(l, g, L_NORP);
		add_entity(x, &e);
	} else if (g->labels & G_KNOWN_ORG && g->labels & 1U << L_ORG &&
	    !(g->labels & (1U << L_LOC | 1U << L_PER | 1U << L_MISC)) &&
	    !(j == i + 1 && x->toks[i].info & (W_SURNAME | W_GIVEN)) &&
	    !(j == i + 1 && dp_doc_in_capitals(&x->doc, i, 0) && ((i > 0 &&
	    dp_doc_in_capitals(&x->doc, i - 1, 0)) ||
	    dp_doc_in_capitals(&x->doc, i + 1, 0)))) {
		/* a name of several words the lexicon lists wins over a
		 * name of the model's that crosses it (le sénateur [France]
		 * insoumise) or holds it with other words (le syndicat Force
		 * ouvrière, Human Rights Watch says), not one that extends
		 * it before (Scottish Labour Party); its article stays out
		 * where the lexicon knows it without (La France insoumise) */
		e = entity(i, j - 1, L_ORG, O_RULE);
		/* unless one word would be left (Le Monde, whose Monde
		 * alone the gazetteer knows as the world) */
		if (word_in(x, l->articles, i) && j > i + 2 &&
		    x->toks[i + 1].gazend == j)
			e.first = i + 1;
		/* nor where the model's name is the whole title, its
		 * article with it (à [La Voix du Nord]): its label goes */
		if (e.first > i && (o = entity_over(x, i)) != NULL &&
		    o->origin == O_MODEL && o->first == i && o->last == j - 1)
			e.first = i;
		e.key = gaz_key(l, g, L_ORG);
		o = entity_over(x, e.first);
		e.force = e.last > e.first && !(o != NULL &&
		    o == entity_over(x, e.last) && extends(x, o, &e));
		add_keeping_rest(x, l, &e, L_PER);
	}
	return j;
}

/*
 * Dates, quantities, money, percentages, institutions, demonyms and
 * known organisations: at each token the first rule that tags something
 * (a listed event first); what it tagged is skipped.
 */
void
rules(struct ctx *x, struct lang *l)
{
	size_t i, j, a;

	for (i = 0; i < x->doc.ntoks; i = j > i ? j : i + 1) {
		/* an event named with a date's word is the event (le
		 * vendredi saint, lundi de Pâques), not the date */
		if (x->toks[i].gazend > i &&
		    x->toks[i].gazentry->labels & G_EVENT) {
			j = gazetteer_rule(x, l, i);
			continue;
		}
		if (x->toks[i].info & W_TRIGGER || is_digits(x, i)) {
			if ((j = amount_rule(x, l, i, &a)) > i ||
			    (j = date_rule(x, l, i, a)) > i ||
			    (j = institution_rule(x, l, i)) > i ||
			    (j = portfolio_rule(x, l, i)) > i)
				continue;
		}
		if (x->toks[i].info & W_APPOS) {
			product_before(x, l, i);
			apposed_name(x, l, i);
			employer_rule(x, l, i);
			if ((j = apposition_rule(x, l, i)) > i)
				continue;
		}
		if (x->toks[i].upper)
			named_employer_rule(x, l, i);
		j = gazetteer_rule(x, l, i);
	}
}
