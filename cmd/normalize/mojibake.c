/*
 * mojibake.c: UTF-8 that was read through a single-byte code page
 * (Windows-1252, -1251, -1250, MacRoman...) and written out again: "Ã©"
 * for "é", "РїСЂРё" for "при".  Each such character is a UTF-8 sequence
 * whose bytes became characters of the code page; turned back into those
 * bytes, they decode as UTF-8 again.
 *
 * Text that only looks like it must stay: "NESTLÉ®", "SÓ…", "Õ…".  So a
 * word is repaired by a code page only where the result is clearly
 * better (normalize(1) says how):
 *   - every character the repair makes is one text is written in, its
 *     letters of one script and of the case of a word in capitals
 *     (plausible(), reads_as_text());
 *   - there is evidence (points()), and for code pages but
 *     Windows-1252 evidence in two places of the text (accepted());
 *   - what is left does not still read as sequences (leftover()).
 * Of the code pages that may, the one with the most evidence in the word
 * repairs it, then the one with the most in the text.  Words are runs of
 * characters between ASCII white space, over one space after a character
 * beyond ASCII: the space may be a lost NBSP.  The repair is run again on
 * its result, for text misread twice or three times; text with nothing
 * that may begin a sequence is left at once (next_suspect()).
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "normalize.h"

#define MAXPAGES	12
#define LAYERS		8	/* misreadings repaired one on another */
#define LOST		0xFFFD	/* a byte lost to U+FFFD on the way */

#define DIRECT		0x2600	/* characters below: bytes by table */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SWAR		1	/* next_suspect() reads 8 bytes at a time */
#else
#define SWAR		0
#endif

/*
 * A code page's characters back to their bytes: by a table below DIRECT
 * (0: none), above it by bisection of the characters, sorted.
 */
struct reverse {
	unsigned char	 direct[DIRECT];
	uint32_t	 cp[160];
	unsigned char	 byte[160];
	size_t		 n;
};

/* What follows a word: its white space and the next word's first. */
struct after {
	size_t		 spaces;	/* ASCII spaces right after it */
	int32_t		 next;		/* first character of the next word */
};

#define LEAD		1	/* m->leads: some page's byte C2-F4 */
#define NBSP_LEAD	2	/* of two bytes that with A0 make text */

struct mojibake {
	struct reverse	 rev[MAXPAGES];
	size_t		 npages;
	unsigned char	 leads[DIRECT];	/* LEAD, NBSP_LEAD per character */
	int32_t		*word, *fixed;	/* a word, and its repair */
	unsigned char	*made;		/* per character of fixed: repaired */
	size_t		 cap, nfixed;
	int		 spaces;	/* a space may be a lost NBSP */
	struct span {
		size_t	 start, end;
		struct after after;
	}		*spans;		/* words that may hold mojibake */
	size_t		 nspans, capspans;
	struct dp_buf	 layer[2];
};

/* What a code page makes of a word. */
struct repair {
	size_t		 points;	/* evidence: bytes after the first */
	int		 touch;		/* a sequence touches a letter */
};

enum script { S_NONE, S_LATIN, S_GREEK, S_CYRILLIC, S_HEBREW, S_ARABIC,
	S_INDIC, S_THAI, S_CJK, S_HANGUL };

static int	 plausible(int32_t);

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

struct mojibake *
mojibake_new(void)
{
	struct mojibake *m = dp_calloc(1, sizeof(*m));
	struct reverse *r;
	uint32_t keys[160];
	size_t p, b, i;

	m->npages = ncodepages < MAXPAGES ? ncodepages : MAXPAGES;
	for (p = 0; p < m->npages; p++) {
		r = &m->rev[p];
		for (b = 0; b < 128; b++)
			keys[r->n++] = (uint32_t)codepages[p].high[b] << 8 |
			    (uint32_t)(b + 0x80);
		/* Windows-1252 text read as Latin-1 shows C1 controls. */
		if (p == 0)
			for (b = 0x80; b < 0xA0; b++)
				keys[r->n++] = (uint32_t)b << 8 | (uint32_t)b;
		qsort(keys, r->n, sizeof(keys[0]), cmp_u32);
		for (i = 0; i < r->n; i++) {
			r->cp[i] = keys[i] >> 8;
			r->byte[i] = (unsigned char)(keys[i] & 0xFF);
			if (r->cp[i] < DIRECT)
				r->direct[r->cp[i]] = r->byte[i];
			if (r->cp[i] >= DIRECT || r->byte[i] < 0xC2 ||
			    r->byte[i] > 0xF4)
				continue;
			m->leads[r->cp[i]] |= LEAD;
			if (r->byte[i] <= 0xDF && plausible((r->byte[i] &
			    0x1F) << 6 | 0x20))
				m->leads[r->cp[i]] |= NBSP_LEAD;
		}
	}
	return m;
}

void
mojibake_free(struct mojibake *m)
{
	if (m == NULL)
		return;
	free(m->word);
	free(m->fixed);
	free(m->made);
	free(m->spans);
	dp_buf_free(&m->layer[0]);
	dp_buf_free(&m->layer[1]);
	free(m);
}

/* The byte of c in code page p, or -1. */
static int
byte_of(const struct mojibake *m, size_t p, int32_t c)
{
	const struct reverse *r = &m->rev[p];
	size_t lo = 0, hi = r->n, mid;

	if (c < 0x80)
		return c;
	if (c < DIRECT)
		return r->direct[c] != 0 ? r->direct[c] : -1;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (r->cp[mid] < (uint32_t)c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->n && r->cp[lo] == (uint32_t)c ? r->byte[lo] : -1;
}

static enum script
script_of(int32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
	    (c >= 0x1E00 && c <= 0x1EFF))
		return S_LATIN;
	if (c >= 0x370 && c <= 0x3FF)
		return S_GREEK;
	if (c >= 0x400 && c <= 0x52F)
		return S_CYRILLIC;
	if (c >= 0x5D0 && c <= 0x5F4)
		return S_HEBREW;
	if (c >= 0x620 && c <= 0x64A)
		return S_ARABIC;
	if (c >= 0x900 && c <= 0xDFF)
		return S_INDIC;
	if (c >= 0xE00 && c <= 0xE7F)
		return S_THAI;
	if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF))
		return S_CJK;
	if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF))
		return S_HANGUL;
	return S_NONE;
}

/*
 * Whether a repair may make c: a character text is written in.  Left out:
 * the rare letters mojibake of symbols decodes to (IPA ɒ ɮ, Armenian,
 * Cyrillic extensions, Hebrew points), controls, private use.
 */
static int
plausible(int32_t c)
{
	static const int32_t ranges[][2] = {
		{ 0xA0, 0x17F }, { 0x192, 0x192 }, { 0x1A0, 0x1B0 },
		{ 0x1C4, 0x1DC }, { 0x218, 0x21B }, { 0x2C6, 0x2DD },
		{ 0x300, 0x36F }, { 0x384, 0x3CE }, { 0x400, 0x45F },
		{ 0x490, 0x491 }, { 0x5D0, 0x5EA }, { 0x60C, 0x60C },
		{ 0x61B, 0x61F }, { 0x621, 0x64A }, { 0x660, 0x669 },
		{ 0x900, 0x97F }, { 0xB80, 0xBFF }, { 0xE01, 0xE5B },
		{ 0x1E00, 0x1EFF }, { 0x2000, 0x2027 }, { 0x202F, 0x205E },
		{ 0x20A0, 0x20C0 }, { 0x2100, 0x23FF }, { 0x2460, 0x27BF },
		{ 0x2800, 0x28FF }, { 0x2B00, 0x2BFF }, { 0x3000, 0x30FF },
		{ 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xAC00, 0xD7A3 },
		{ 0xFB00, 0xFB06 }, { 0xFE00, 0xFE0F }, { 0xFF01, 0xFF5E },
		{ 0xFFFD, 0xFFFD }, { 0x1F000, 0x1FAFF },
	};
	/* Latin letters of few languages: more often mojibake of others. */
	static const int32_t rare[] = { 0x128, 0x129, 0x132, 0x133, 0x138,
	    0x13F, 0x140, 0x149, 0x14A, 0x14B, 0x166, 0x167, 0x168, 0x169,
	    0x17F };
	size_t i;

	for (i = 0; i < sizeof(rare) / sizeof(rare[0]); i++)
		if (c == rare[i])
			return 0;
	for (i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++)
		if (c >= ranges[i][0] && c <= ranges[i][1])
			return 1;
	return 0;
}

static int
is_letter(int32_t c)
{
	enum dp_class k = c < 0x80 ? (enum dp_class)dp_ascii_class[c] :
	    dp_uclass(c);

	return k == DP_CL_UPPER || k == DP_CL_LETTER;
}

/* Continuation bytes that are common text after a letter: weak signs. */
static int
weak(unsigned char lead, int32_t cont)
{
	if (cont == 0xA0)
		return lead != 0xC3 && lead != 0xC2;	/* à, NBSP */
	return cont == 0x2019 || cont == 0x2026;
}

/*
 * A surrogate pair written as two sequences of three bytes (CESU-8): the
 * high half's bytes in b, the low half's the next three characters.
 * Sets *cp and returns 6, or 0.
 */
static size_t
cesu_pair(const struct mojibake *m, size_t p, const int32_t *w, size_t n,
    size_t i, const unsigned char *b, int32_t *cp)
{
	int lo[3], j;

	if (b[1] > 0xAF || b[2] < 0x80 || b[2] > 0xBF || i + 6 > n)
		return 0;
	for (j = 0; j < 3; j++)
		lo[j] = byte_of(m, p, w[i + 3 + (size_t)j]);
	if (lo[0] != 0xED || lo[1] < 0xB0 || lo[1] > 0xBF || lo[2] < 0x80 ||
	    lo[2] > 0xBF)
		return 0;
	*cp = 0x10000 + ((((b[1] & 0x0F) << 6 | (b[2] & 0x3F)) << 10) |
	    ((lo[1] & 0x0F) << 6 | (lo[2] & 0x3F)));
	return 6;
}

/* A word's characters and what follows it. */
struct word {
	const int32_t	*c;
	size_t		 n;
	const struct after *after;
};

/* One UTF-8 sequence found in a word. */
struct seq {
	int32_t		 cp;
	size_t		 len;		/* characters it takes */
	int		 weak;		/* no evidence: see weak() */
	int		 space;		/* a space stood for its NBSP byte */
};

static int
is_lower(int32_t c)
{
	return (c < 0x80 ? (enum dp_class)dp_ascii_class[c] : dp_uclass(c)) ==
	    DP_CL_LETTER;
}

/* The character after position j of a word, in it or after it, or 0. */
static int32_t
after_pos(const struct word *w, size_t j)
{
	if (j + 1 < w->n)
		return w->c[j + 1];
	return w->after->spaces > 0 ? ' ' : w->after->next;
}

/*
 * Whether the space at w->c[j] stands for an NBSP lost on the way, the
 * last byte of what the sequence at i makes: inside a word ("Ð ÑƒÑ",
 * "Å veices"), or as the à of "voilÃ le", "Ã nos" after a lowercase
 * letter or an apostrophe and before a lowercase word.
 */
static int
lost_nbsp(const struct word *w, size_t i, size_t j, int b0)
{
	int32_t next = after_pos(w, j), prev = i > 0 ? w->c[i - 1] : 0;

	if (b0 == 0xC3 && j == i + 1)
		return (prev == 0 || is_lower(prev) || prev == '\'' ||
		    prev == 0x2019) && (next == ' ' || is_lower(next));
	return next > 0x7F || (next > 0 && is_letter(next));
}

/*
 * The Latin-1 byte of ¨ ¯ ´ ¸ if w->c[j] is a space and the next a
 * combining mark, as compatibility normalization (NFKC) writes them:
 * "naÃ ̄vetÃ©" is "naÃ¯vetÃ©" so normalized.  Else 0.
 */
static int
decomposed(const struct word *w, size_t j)
{
	static const int32_t marks[][2] = {
		{ 0x308, 0xA8 }, { 0x304, 0xAF }, { 0x301, 0xB4 },
		{ 0x327, 0xB8 },
	};
	size_t k;

	if (j + 1 >= w->n)
		return 0;
	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++)
		if (w->c[j + 1] == marks[k][0])
			return (int)marks[k][1];
	return 0;
}

/*
 * The UTF-8 sequence whose first byte b0 is at w->c[i], its other bytes
 * the next characters in code page p; fills *q and returns its length in
 * characters, or 0.  A character lost to U+FFFD stands for any
 * continuation byte and makes the sequence U+FFFD, as does a "?" for the
 * last of three; a space may stand for a lost NBSP (lost_nbsp()), a space
 * and a combining mark for a spacing mark (decomposed()).  Surrogates
 * encoded one by one (CESU-8) are taken as a pair.
 */
static size_t
sequence(const struct mojibake *m, size_t p, const struct word *w, size_t i,
    int b0, struct seq *q)
{
	unsigned char b[4];
	size_t need, j, extra = 0;
	int lost = 0, v;

	memset(q, 0, sizeof(*q));
	need = b0 >= 0xC2 && b0 <= 0xDF ? 1 : b0 >= 0xE0 && b0 <= 0xEF ? 2 :
	    b0 >= 0xF0 && b0 <= 0xF4 ? 3 : 0;
	if (need == 0 || i + need >= w->n)
		return 0;
	b[0] = (unsigned char)b0;
	for (j = 1; j <= need && i + j + extra < w->n; j++) {
		int32_t c = w->c[i + j + extra];

		/* a lost byte: U+FFFD after a letter (SlovenÄ�ina), or "?"
		 * at the end of "â€?" */
		if ((c == LOST && is_letter(w->c[i])) ||
		    (c == '?' && j == 2 && need == 2)) {
			lost = 1;
			b[j] = 0x80;
		} else if (c == ' ' && (v = decomposed(w, i + j + extra)) > 0) {
			b[j] = (unsigned char)v;
			extra++;
		} else if (c == ' ' && m->spaces &&
		    lost_nbsp(w, i, i + j + extra, b0)) {
			q->space = 1;
			b[j] = 0xA0;
		} else if ((v = byte_of(m, p, c)) >= 0x80 && v <= 0xBF)
			b[j] = (unsigned char)v;
		else
			return 0;
	}
	if (j <= need)
		return 0;
	q->weak = need == 1 && !q->space && weak(b[0], w->c[i + 1]);
	q->len = need + 1 + extra;
	if (lost)
		q->cp = LOST;
	else if (need == 2 && b[0] == 0xED && b[1] >= 0xA0)
		q->len = cesu_pair(m, p, w->c, w->n, i, b, &q->cp);
	else if (dp_utf8_seqlen((const char *)b, need + 1) == need + 1)
		dp_utf8_decode((const char *)b, need + 1, &q->cp);
	else
		q->len = 0;
	/* a lost NBSP makes a letter or an NBSP, or one of three bytes
	* (⠀): not the combining mark of "Ì " */
	if (q->space && need == 1 && !is_letter(q->cp) && q->cp != 0xA0)
		q->len = 0;
	return q->len;
}

/*
 * Evidence of mojibake in a sequence found at w->c[i] in code page p:
 * its bytes after the first, none if weak; two for Ã and Â of
 * Windows-1252 (the leads of Latin-1's letters and symbols, the most
 * common misreading there is) and for a symbol glued to letters (wei√ü:
 * MacRoman); one for an NBSP lost to a space.  Sets *touch if it touches
 * a letter or digit of the word, or makes the word à.
 */
static size_t
points(const struct word *w, size_t p, size_t i, const struct seq *q,
    int *touch)
{
	int32_t prev = i > 0 ? w->c[i - 1] : 0;
	int before = i > 0 && (is_letter(prev) || (prev >= '0' &&
	    prev <= '9'));
	int after = i + q->len < w->n && (is_letter(w->c[i + q->len]) ||
	    (w->c[i + q->len] >= '0' && w->c[i + q->len] <= '9'));

	if (q->space) {
		/* "voilÃ le", "Å veices": the letter after is no sign */
		if (before || prev == '\'' || prev == 0x2019)
			*touch = 1;
		return 1;
	}
	if (before || after || q->cp == 0xE0)
		*touch = 1;
	if (q->weak)
		return 0;
	if (p == 0 && (w->c[i] == 0xC3 || w->c[i] == 0xC2))
		return 2;
	if ((before || after) && !is_letter(w->c[i]) && w->c[i] > 0x7F)
		return 2;
	return q->len - 1;
}

/*
 * Whether letter c of script b may be made in a word whose first made
 * letter is of script a: the same, or a small Greek letter among Latin
 * (IL2Rγc, 10μs; not the ΰ of "in IÎ°").  A letter of another is no part
 * of the repair.
 */
static int
mixes(enum script a, enum script b, int32_t c)
{
	return a == S_NONE || b == S_NONE || a == b ||
	    (a == S_LATIN && b == S_GREEK && c >= 0x3B1 && c <= 0x3C9);
}

/*
 * Word w through code page p, into m->fixed (m->made marks what the
 * repair made); fills r.  Returns 1 if it made a repair, 0 if none.
 */
static int
repair_word(struct mojibake *m, size_t p, const struct word *w,
    struct repair *r)
{
	struct seq q;
	size_t i = 0;
	int b, made = 0;
	enum script first = S_NONE, sc;

	memset(r, 0, sizeof(*r));
	m->nfixed = 0;
	while (i < w->n) {
		if ((b = byte_of(m, p, w->c[i])) >= 0xC2 &&
		    sequence(m, p, w, i, b, &q) > 0 && (plausible(q.cp) ||
		    (p == 0 && q.cp >= 0x80 && q.cp < 0xA0 && (q.weak = 1))) &&
		    mixes(first, sc = script_of(q.cp), q.cp)) {
			if (first == S_NONE)
				first = sc;
			r->points += points(w, p, i, &q, &r->touch);
			m->made[m->nfixed] = 1;
			m->fixed[m->nfixed++] = q.cp;
			made = 1;
			i += q.len;
			/* "voilÃ le": the à, then its word's space */
			if (q.space && q.cp == 0xE0 &&
			    after_pos(w, i - 1) != ' ') {
				m->made[m->nfixed] = 0;
				m->fixed[m->nfixed++] = ' ';
			}
			continue;
		}
		m->made[m->nfixed] = 0;
		m->fixed[m->nfixed++] = w->c[i++];
	}
	return made;
}

/*
 * Whether m->fixed reads as text: the letters the repair made of one
 * script (Latin and Greek may mix: IL2Rγc), and at least two of them if
 * neither (one Hebrew letter out of "5×£35" is no word); no lowercase
 * letter made in a word in capitals (AHÅ™).
 */
static int
reads_as_text(const struct mojibake *m)
{
	unsigned scripts = 0;
	size_t i, upper = 0, lower = 0, madelower = 0, madeletters = 0;
	int32_t made = 0;
	enum script sc;

	for (i = 0; i < m->nfixed; i++) {
		/* the case of a word in capitals, word by word ("OSÅ™ a") */
		if (m->fixed[i] == ' ' && !m->made[i]) {
			if (madelower > 0 && upper >= 2 && lower == 0)
				return 0;
			upper = lower = madelower = 0;
		}
		if (!is_letter(m->fixed[i]))
			continue;
		if (m->made[i]) {
			madeletters++;
			made = m->fixed[i];
			madelower += is_lower(m->fixed[i]);
			if ((sc = script_of(m->fixed[i])) != S_NONE)
				scripts |= 1U << sc;
		} else if (is_lower(m->fixed[i]))
			lower++;
		else
			upper++;
	}
	if ((scripts & (scripts - 1)) != 0 &&
	    scripts != (1U << S_LATIN | 1U << S_GREEK))
		return 0;
	if ((scripts & ~(1U << S_LATIN | 1U << S_GREEK)) != 0 &&
	    madeletters < 2)
		return 0;
	/* one Greek letter among others: a small one (10μs, not IÎ°) */
	if (scripts == 1U << S_GREEK && madeletters == 1 && upper + lower > 0 &&
	    !mixes(S_LATIN, S_GREEK, made))
		return 0;
	return !(madelower > 0 && upper >= 2 && lower == 0);
}

/* Whether characters a and b read as the start of a sequence in page p. */
static int
pair_in(const struct mojibake *m, size_t p, int32_t a, int32_t b)
{
	int x = byte_of(m, p, a), y = byte_of(m, p, b);

	return x >= 0xC2 && x <= 0xF4 && y >= 0x80 && y <= 0xBF;
}

/*
 * Pairs of characters the repair left that still read as a sequence of
 * code page p or of Windows-1252, the commonest: a repair of a word that
 * stays garbled is none ("├┤a┼┐a" is line art, "ã†â€™ãƒâ€" hopeless).
 * Returns their number if more than the characters made, else 0.
 */
static size_t
leftover(const struct mojibake *m, size_t p)
{
	size_t i, n = 0, made = 0;

	for (i = 0; i < m->nfixed; i++) {
		made += m->made[i];
		if (i + 1 < m->nfixed && !m->made[i] && !m->made[i + 1] &&
		    (pair_in(m, p, m->fixed[i], m->fixed[i + 1]) ||
		    pair_in(m, 0, m->fixed[i], m->fixed[i + 1])))
			n++;
	}
	return n > made ? n : 0;
}

/* Whether code page p's repair of a word is kept, given the text's. */
static int
accepted(size_t p, const struct repair *r, size_t textpoints)
{
	if (r->points == 0)
		return 0;
	if (p == 0)
		return r->touch || r->points >= 2 || textpoints >= 2;
	return textpoints >= 2 && (r->touch || r->points >= 2);
}

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/*
 * Whether a code page could read a sequence at character c followed by
 * next and after (0 if none): c's byte a lead, next a continuation byte,
 * or a space or U+FFFD for a lost one.  Two bytes must make text: "l’é"
 * in MacRoman is Armenian, "« " nothing.
 */
static int
may_begin_sequence(const struct mojibake *m, int32_t c, int32_t next,
    int32_t after)
{
	size_t p;
	int b, d;

	if (c < 0xC0)
		return 0;
	for (p = 0; p < m->npages; p++) {
		if ((b = byte_of(m, p, c)) < 0xC2 || b > 0xF4)
			continue;
		/* a space for an NBSP, the second of two bytes or before a
		 * third ("destiné à", "À la" are French) */
		if (next == ' ' && (b <= 0xDF ? plausible((b & 0x1F) << 6 |
		    0x20) : ((d = byte_of(m, p, after)) >= 0x80 && d <= 0xBF)))
			return 1;
		if (next == LOST)
			return 1;
		if ((d = byte_of(m, p, next)) >= 0x80 && d <= 0xBF &&
		    (b > 0xDF || plausible((b & 0x1F) << 6 | (d & 0x3F)) ||
		    (p == 0 && b == 0xC2)))
			return 1;
	}
	return 0;
}

/*
 * Whether the character at s[i..j) may lead a sequence with what follows
 * it, by its bits of m->leads: no code page makes it a lead, or a space
 * and then ASCII follow and no page makes it the lead of an NBSP's
 * sequence ("é le", "à la" of French).  The rest is may_begin_sequence()'s.
 */
static int
may_lead(const struct mojibake *m, const char *s, size_t n, size_t i,
    size_t j)
{
	int32_t c;

	if (j - i == 2)
		c = ((unsigned char)s[i] & 0x1F) << 6 |
		    ((unsigned char)s[i + 1] & 0x3F);
	else
		dp_utf8_decode(s + i, j - i, &c);
	if (c >= DIRECT)
		return 1;
	if (!(m->leads[c] & LEAD))
		return 0;
	if (s[j] == ' ' && j + 1 < n && (unsigned char)s[j + 1] < 0x80)
		return (m->leads[c] & NBSP_LEAD) != 0;
	return 1;
}

/*
 * may_begin_sequence() for the character at s[i..j) and those after it,
 * read from the bytes.
 */
static int
pair_at(const struct mojibake *m, const char *s, size_t n, size_t i,
    size_t j)
{
	int32_t c, next = ' ', after = 0;
	size_t k = j;

	dp_utf8_decode(s + i, j - i, &c);
	if (s[k] != ' ')
		k += dp_utf8_decode(s + k, n - k, &next);
	else
		k++;
	if (k < n)
		dp_utf8_decode(s + k, n - k, &after);
	return may_begin_sequence(m, c, next, after);
}

/*
 * The first character at or after s[i] that may begin mojibake: one
 * beyond ASCII that may begin a sequence with the next character, or a
 * space for a lost NBSP ("Ð ÑƒÑ", "Å veices", "voilÃ le"), as
 * may_begin_sequence() says.  Most text has none; ASCII is skipped eight
 * bytes at a time, and most characters beyond it are told apart by
 * may_lead().  Returns n if there is none.
 */
static size_t
next_suspect(const struct mojibake *m, const char *s, size_t n, size_t i)
{
	const uint64_t high = UINT64_C(0x8080808080808080);
	const uint64_t ones = UINT64_C(0x0101010101010101);
	uint64_t v, hi, x, cand;
	size_t p, q;

	while (i < n) {
		/* Eight bytes at a time: a candidate is a lead byte or a
		 * space right after a byte beyond ASCII, the end of a
		 * character beyond it.  Most text has none.  The lanes are
		 * the bytes in memory order where words are little-endian;
		 * elsewhere, byte by byte. */
		if (i + 9 <= n && SWAR) {
			memcpy(&v, s + i + 1, 8);
			hi = v & high;
			x = v ^ (ones * ' ');
			cand = ((hi & v << 1) | ((x - ones) & ~x & high));
			memcpy(&v, s + i, 8);
			cand &= v & high;
			if (cand == 0) {
				i += 8;
				continue;
			}
			/* the byte after the character's end */
			for (p = i + 1; !(cand & 0x80); cand >>= 8)
				p++;
		} else {
			for (p = i + 1; p < n && !((unsigned char)s[p - 1] >=
			    0x80 && ((unsigned char)s[p] >= 0xC0 ||
			    s[p] == ' ')); p++)
				;
			if (p >= n)
				return n;
		}
		/* the character that ends at p: back over its continuations */
		for (q = p - 1; q > 0 && ((unsigned char)s[q] & 0xC0) == 0x80;
		    q--)
			;
		if (may_lead(m, s, n, q, p) && pair_at(m, s, n, q, p))
			return q;
		i = p;
	}
	return n;
}

int
mojibake_suspect(const struct mojibake *m, const char *s, size_t n)
{
	return next_suspect(m, s, n, 0) < n;
}

/* The characters of bytes s[0..n) into m->word; their number. */
static size_t
decode_word(struct mojibake *m, const char *s, size_t n)
{
	size_t i = 0, k = 0;

	if (dp_resize_cap(&m->cap, n)) {
		m->word = dp_reallocarray(m->word, m->cap, sizeof(*m->word));
		m->fixed = dp_reallocarray(m->fixed, m->cap,
		    sizeof(*m->fixed));
		m->made = dp_reallocarray(m->made, m->cap, 1);
	}
	while (i < n)
		i += dp_utf8_decode(s + i, n - i, &m->word[k++]);
	return k;
}

/*
 * The word at s[i..) ends at *end; what follows it into *a.  A word goes
 * on over one space after a character beyond ASCII: the space may be a
 * lost NBSP of a sequence ("Ð ÑƒÑ�", "voilÃ le").
 */
static void
next_word(const char *s, size_t n, size_t i, size_t *end, struct after *a)
{
	size_t j;
	int merged = 0;

	for (j = i; j < n; j++) {
		if (s[j] == ' ' && !merged && j > i &&
		    (unsigned char)s[j - 1] >= 0x80 && j + 1 < n &&
		    (s[j + 1] == ' ' || !is_space((unsigned char)s[j + 1]))) {
			merged = 1;
			continue;
		}
		if (is_space((unsigned char)s[j]))
			break;
	}
	*end = j;
	for (a->spaces = 0; j < n && s[j] == ' '; j++)
		a->spaces++;
	a->next = 0;
	if (j < n && !is_space((unsigned char)s[j]))
		dp_utf8_decode(s + j, n - j, &a->next);
}

/* Whether word w may hold a sequence (may_begin_sequence()). */
static int
may_hold_sequence(const struct mojibake *m, const struct word *w)
{
	size_t i;

	for (i = 0; i + 1 < w->n; i++)
		if (may_begin_sequence(m, w->c[i], w->c[i + 1],
		    i + 2 < w->n ? w->c[i + 2] : 0))
			return 1;
	return 0;
}

/*
 * Whether code page p repairs word w into text (m->fixed), its spaces
 * taken as lost NBSPs where they may be, else as spaces.
 */
static int
good_repair(struct mojibake *m, size_t p, const struct word *w,
    struct repair *r)
{
	for (m->spaces = 1; m->spaces >= 0; m->spaces--)
		if (repair_word(m, p, w, r) && reads_as_text(m) &&
		    leftover(m, p) == 0)
			return 1;
	return 0;
}

/*
 * The code page whose repair of word w is kept: of those whose evidence
 * over the text is enough, the one with the most in the word, then in the
 * text, then the first.  Counts that evidence in round 0; returns
 * m->npages if none.
 */
static size_t
choose_page(struct mojibake *m, const struct word *w, size_t *textpoints,
    int round)
{
	struct repair r;
	size_t p, best = m->npages, bestpoints = 0;

	if (!may_hold_sequence(m, w))
		return best;
	for (p = 0; p < m->npages; p++) {
		if (!good_repair(m, p, w, &r))
			continue;
		if (round == 0)
			textpoints[p] += r.points;
		else if (accepted(p, &r, textpoints[p]) &&
		    (r.points > bestpoints || (r.points == bestpoints &&
		    textpoints[p] > textpoints[best]))) {
			best = p;
			bestpoints = r.points;
		}
	}
	return best;
}

/* The start of the word that holds s[i]: after white space. */
static size_t
word_start(const char *s, size_t i, size_t from)
{
	while (i > from && !is_space((unsigned char)s[i - 1]))
		i--;
	return i;
}

/*
 * The words of s that may hold mojibake, from position i on, into
 * m->spans: one scan of the text for the layer's two rounds.
 */
static void
find_spans(struct mojibake *m, const char *s, size_t n, size_t i)
{
	struct span *sp;
	size_t done = 0;

	for (m->nspans = 0; i < n; i = next_suspect(m, s, n, sp->end)) {
		if (m->nspans == m->capspans) {
			m->capspans = m->capspans ? 2 * m->capspans : 64;
			m->spans = dp_reallocarray(m->spans, m->capspans,
			    sizeof(*m->spans));
		}
		sp = &m->spans[m->nspans++];
		sp->start = word_start(s, i, done);
		next_word(s, n, sp->start, &sp->end, &sp->after);
		done = sp->end;
	}
}

/*
 * One layer of repair over s, whose first suspect character is at first,
 * into out: the code pages' evidence over the words that may hold
 * mojibake first, then each one's repair; the text between them is
 * copied as it is.  Returns the characters repaired.
 */
static size_t
repair_layer(struct mojibake *m, const char *s, size_t n, size_t first,
    struct dp_buf *out)
{
	size_t textpoints[MAXPAGES] = { 0 }, i, done = 0, p, k, total = 0;
	const struct span *sp;
	struct repair r;
	struct word w;
	int round;

	find_spans(m, s, n, first);
	dp_buf_reset(out);
	for (round = 0; round < 2; round++)
		for (i = 0; i < m->nspans; i++) {
			sp = &m->spans[i];
			w.n = decode_word(m, s + sp->start,
			    sp->end - sp->start);
			w.c = m->word;
			w.after = &sp->after;
			p = choose_page(m, &w, textpoints, round);
			if (round == 0 || p == m->npages)
				continue;
			dp_buf_add(out, s + done, sp->start - done);
			good_repair(m, p, &w, &r);
			for (k = 0; k < m->nfixed; k++) {
				dp_utf8_put(out, m->fixed[k]);
				total += m->made[k];
			}
			done = sp->end;
		}
	dp_buf_add(out, s + done, n - done);
	return total;
}

size_t
mojibake_repair(struct mojibake *m, const char *s, size_t n,
    struct dp_buf *out)
{
	size_t layer, total = 0, k, first;
	const char *src = s;
	size_t len = n;

	for (layer = 0; layer < LAYERS; layer++) {
		if ((first = next_suspect(m, src, len, 0)) == len)
			break;
		k = repair_layer(m, src, len, first, &m->layer[layer % 2]);
		if (k == 0)
			break;
		total += k;
		src = m->layer[layer % 2].data;
		len = m->layer[layer % 2].len;
	}
	if (total == 0)
		return 0;
	dp_buf_reset(out);
	dp_buf_add(out, src, len);
	return total;
}
