/*
 * sentences.c: where a sentence ends: after terminal punctuation unless
 * an abbreviation, an initial, a quotation or a lowercase word goes on;
 * at a line break, a list item, a salutation or a soft stop.
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "segment.h"

static void	 add_sentence(struct ctx *, size_t, size_t);

/*
 * Is token j a list marker: "1." or "2)" glued to its number, "b." to its
 * lowercase letter, or a bullet?
 */
static int
list_marker(struct ctx *x, size_t j)
{
	int32_t c = cp(x, x->toks[j].start);

	if (x->toks[j].type == T_NUM || (x->toks[j].type == T_WORD &&
	    x->toks[j].end - x->toks[j].start == 1 && c >= 'a' && c <= 'z'))
		return j + 1 < x->ntoks && !x->toks[j + 1].space &&
		    (cp(x, x->toks[j + 1].start) == '.' ||
		    cp(x, x->toks[j + 1].start) == ')');
	return x->toks[j].type == T_PUNCT && (c == '-' || c == '*' ||
	    c == 0x2022 || c == 0x2013 || c == 0x2014 || c == 0x2043);
}

/* The value of number token k, of at most three digits. */
static long
number_value(struct ctx *x, size_t k)
{
	long v = 0;
	size_t i;

	for (i = x->toks[k].start; i < x->toks[k].end; i++)
		v = v * 10 + (cp(x, i) - '0');
	return v;
}

/* Is token j a glued "." or ")"? */
static int
glued_mark(struct ctx *x, size_t j)
{
	return j < x->ntoks && !x->toks[j].space &&
	    x->toks[j].end - x->toks[j].start == 1 &&
	    (cp(x, x->toks[j].start) == '.' || cp(x, x->toks[j].start) == ')');
}


/*
 * Reads a list item's marker at token j into *m: a number or a lowercase
 * letter with "." or ")" or ".)" glued ("1.)", "b."), after a bullet or
 * not ("• 9."), or a bullet alone.  Returns 0 if there is none.
 */
static int
marker_at(struct ctx *x, size_t j, struct marker *m)
{
	size_t k = j;
	int32_t c;

	memset(m, 0, sizeof(*m));
	if (j >= x->ntoks)
		return 0;
	if (list_marker(x, k) && x->toks[k].type == T_PUNCT) {
		m->bullet = cp(x, x->toks[k].start);
		m->end = k;
		if (k + 1 >= x->ntoks || x->toks[k + 1].type != T_NUM)
			return 1;
		k++;
	}
	c = cp(x, x->toks[k].start);
	if (x->toks[k].type == T_NUM && x->toks[k].end - x->toks[k].start <= 3)
		m->value = number_value(x, k);
	else if (x->toks[k].type == T_WORD && x->toks[k].end -
	    x->toks[k].start == 1 && c >= 'a' && c <= 'z')
		m->value = c - 'a' + 1;
	else
		return m->bullet != 0;
	if (!glued_mark(x, k + 1))
		return m->bullet != 0;
	m->shape = cp(x, x->toks[++k].start);
	if (m->shape == '.' && glued_mark(x, k + 1) &&
	    cp(x, x->toks[k + 1].start) == ')')
		m->shape += cp(x, x->toks[++k].start);
	m->end = k;
	return 1;
}

/* Is token j one code point long? */
static int
one_mark(struct ctx *x, size_t j)
{
	return x->toks[j].end - x->toks[j].start == 1;
}

/*
 * Does the list item that opens the sentence (x->item) end before token
 * j, where the next item's marker stands on the same line ("1. The first
 * item 2. The second item")?  The next marker has the next number and the
 * same shape; or is the same bullet alone, spaced, before a word, when
 * the item has words of its own ("- Maux de tête - Nausées", a list whose
 * lines were run together).
 */
static int
next_item(struct ctx *x, size_t j)
{
	struct marker b;

	if (!x->item_open || !x->toks[j].space)
		return 0;
	/* the same bullet, one mark (a rule of dashes, ----, is none):
	 * looked at first, as most tokens are no bullet */
	if (x->item.shape == 0)
		return x->toks[j].type == T_PUNCT &&
		    cp(x, x->toks[j].start) == x->item.bullet &&
		    one_mark(x, j) && one_mark(x, x->item.end) &&
		    j > x->item.end + 1 && marker_at(x, j, &b) &&
		    b.shape == 0 && b.end + 1 < x->ntoks &&
		    x->toks[b.end + 1].space &&
		    x->toks[b.end + 1].type == T_WORD;
	return marker_at(x, j, &b) && b.value == x->item.value + 1 &&
	    b.shape == x->item.shape && b.bullet == x->item.bullet;
}

/* Tokens an item of a list run together on one line holds at most. */
#define ITEM_TOKENS	16

/*
 * Is token j a bullet spaced on both sides before a capitalised word, as
 * the items of a list run together on one line start ("Voir aussi -
 * Mairie de Paris - Histoire de Paris", "Sides - Large fries - Salad")?
 */
static int
inline_bullet(struct ctx *x, size_t j)
{
	const struct token *t = &x->toks[j], *next;

	if (t->type != T_PUNCT || !t->space || !list_marker(x, j) ||
	    !one_mark(x, j) || j + 1 >= x->ntoks || j == 0)
		return 0;
	/* an asterisk marks a footnote or stresses a word as well; a
	 * number before a dash makes a range or labels what follows
	 * (6:30am - 8:00pm, Sept. 20 - Leave Houston) */
	if (cp(x, t->start) == '*' || x->toks[j - 1].type == T_NUM)
		return 0;
	next = &x->toks[j + 1];
	return next->space && next->newlines == 0 && next->type == T_WORD &&
	    next->upper;
}

/*
 * Does a list run together on one line start at token j: such a bullet,
 * and the same again at least twice more on the line, each item at most
 * ITEM_TOKENS tokens?  In UD French-Sequoia every spaced dash before a
 * capital starts a sentence (Wikipedia's lists, drug notices).  An aside
 * between dashes ("Le maire - Jean Dupont - a annoncé", "the CEO -
 * Jane Doe - said") has two dashes, the second before its sentence's
 * next word; an item list has three items or more.
 */
static int
list_starts(struct ctx *x, size_t j)
{
	size_t i, last = j, found = 0;
	int32_t bullet;

	if (!inline_bullet(x, j))
		return 0;
	bullet = cp(x, x->toks[j].start);
	for (i = j + 1; i < x->ntoks && i - last <= ITEM_TOKENS &&
	    x->toks[i].newlines == 0; i++)
		if (cp(x, x->toks[i].start) == bullet && inline_bullet(x, i)) {
			if (++found == 2)
				return 1;
			last = i;
		}
	return 0;
}

/* Is token k the terminal punctuation ". ! ? … ..."? */
int
is_terminal(struct ctx *x, size_t k)
{
	const struct token *t = &x->toks[k];
	size_t i;

	if (t->type != T_PUNCT)
		return 0;
	for (i = t->start; i < t->end; i++)
		if (cp(x, i) != '.' && cp(x, i) != '!' && cp(x, i) != '?' &&
		    cp(x, i) != 0x2026)
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
	if (n >= 2 && n <= 3 && is_apostrophe(cp(x, e - 1)))
		return 1;
	return n >= 8 && cp(x, e - 4) == 'm' && cp(x, e - 3) == 'e' &&
	    cp(x, e - 2) == 'n' && cp(x, e - 1) == 't';
}

/* Is token k an e-mail address or a URL, or the ">" after "<address"? */
static int
is_address(struct ctx *x, size_t k)
{
	return x->toks[k].type == T_URL || x->toks[k].type == T_EMAIL ||
	    (cp(x, x->toks[k].start) == '>' && k > 0 && !x->toks[k].space &&
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
	    t->type == T_NUM || cp(x, t->start) == ',' ||
	    cp(x, t->start) == ')') &&
	    lookup(x, l->strong, next->start, next->end))
		return 1;
	return k + 2 < x->ntoks && x->toks[k + 2].type == T_WORD &&
	    cl(x, x->toks[k + 2].start) == DP_CL_LETTER &&
	    lookup(x, l->determiners, next->start, next->end) &&
	    ((t->type == T_WORD && t->end - t->start >= 3 &&
	    !lookup_lower(x, l->starters, t->start, t->end)) ||
	    cp(x, t->start) == ')');
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

/* A time this close to its sentence's start opens it: At 5 a.m. Mr. X. */
#define TIME_OPENING	3

/* Lines this short are not text wrapped to a width but lines of a list. */
#define LIST_WIDTH	40
#define WRAP_WIDTH	40	/* a hard-wrapped line is as wide or wider */

/* Is code point c a stop at the end of a line? */
static int
stop_at_end(int32_t c)
{
	return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/*
 * Is the paragraph around code point i (between empty lines) a list: all
 * its lines short, none ended by a stop ("features" / "contact manager")?
 * Measured once per paragraph, kept in the context.
 */
static int
paragraph_is_list(struct ctx *x, size_t i)
{
	size_t s = i, e = i, line = 0, widest = 0;
	int stopped = 0;

	if (i < x->wrapend)
		return x->wraplist;
	while (s > 0 && !(cp(x, s - 1) == '\n' && s >= 2 &&
	    cp(x, s - 2) == '\n'))
		s--;
	while (e < x->ncps && !(cp(x, e) == '\n' && e + 1 < x->ncps &&
	    cp(x, e + 1) == '\n'))
		e++;
	for (i = s; i < e; i++) {
		if (cp(x, i) == '\n') {
			line = 0;
			continue;
		}
		if (++line > widest && cl(x, i) != DP_CL_SPACE)
			widest = line;
		/* a stop before a space or a line's end: sentences */
		if (stop_at_end(cp(x, i)) && (i + 1 == e ||
		    cl(x, i + 1) == DP_CL_SPACE || cp(x, i + 1) == '\n'))
			stopped = 1;
	}
	x->wrapend = e;
	x->wraplist = widest < LIST_WIDTH && !stopped;
	return x->wraplist;
}

/*
 * Does the line whose last token is k end open: on no stop, closing mark
 * or colon, its sentence going on below?
 */
static int
line_ends_open(struct ctx *x, size_t k)
{
	int32_t c = cp(x, x->toks[k].end - 1);

	return !stop_at_end(c) && !is_closing(c) && c != ':';
}

/*
 * Is the paragraph of token j hard-wrapped to a width, as wires and
 * mails are: three lines or more of WRAP_WIDTH or wider before its last,
 * two in three of them ending open and one in three going on with a
 * lowercase word?  Lines that each hold a paragraph end on a stop; a
 * table's rows (Lokomotiv 2 Spartak 1) and a list's items begin with
 * capitals or digits.  Measured over the tokens once per paragraph, kept
 * in the context with the paragraph's widest line.
 */
static int
paragraph_is_wrapped(struct ctx *x, size_t j)
{
	size_t s = j, e = j + 1, k, first, full = 0, open = 0, on = 0, w;

	if (j >= x->wrapfrom && j < x->wrapto)
		return x->wrapped;
	while (s > 0 && x->toks[s].newlines < 2)
		s--;
	while (e < x->ntoks && x->toks[e].newlines < 2)
		e++;
	x->wrapwidest = 0;
	for (first = k = s; k < e; k++) {
		if (k + 1 < e && x->toks[k + 1].newlines == 0)
			continue;
		/* k ends a line that began at first */
		w = x->toks[k].end - x->toks[first].start;
		if (w > x->wrapwidest)
			x->wrapwidest = w;
		if (k + 1 < e && w >= WRAP_WIDTH) {
			full++;
			open += line_ends_open(x, k);
			on += cl(x, x->toks[k + 1].start) == DP_CL_LETTER;
		}
		first = k + 1;
	}
	x->wrapfrom = s;
	x->wrapto = e;
	x->wrapped = full >= 3 && 3 * open >= 2 * full && 3 * on >= full;
	return x->wrapped;
}

/* The width of the line whose last token is k. */
static size_t
line_width(struct ctx *x, size_t k)
{
	size_t first = k;

	while (first > 0 && x->toks[first].newlines == 0)
		first--;
	return x->toks[k].end - x->toks[first].start;
}

/*
 * Is the line break before token j one of a list's ("features" / "contact
 * manager") or an address's?  Text wrapped to a width, by a program or by
 * hand, has longer lines and its sentences stops: news wires wrap theirs
 * ragged, so how full a line is tells nothing, and a short sentence
 * wrapped ("It was a cold / night in the city.") ends in a stop.  A
 * lowercase word after it starts an item.
 */
static int
short_lines(struct ctx *x, size_t j)
{
	return x->toks[j].type == T_WORD && cl(x, x->toks[j].start) ==
	    DP_CL_LETTER && paragraph_is_list(x, x->toks[j].start);
}

/*
 * How many capitals word k has if it is in capitals (FORME,
 * D'ADMINISTRATION, COURCELLES-LES-MONTBELIARD), else 0.
 */
static size_t
in_capitals(struct ctx *x, size_t k)
{
	size_t i, capitals = 0;

	if (x->toks[k].type != T_WORD)
		return 0;
	for (i = x->toks[k].start; i < x->toks[k].end; i++)
		if (cl(x, i) == DP_CL_UPPER)
			capitals++;
		else if (cl(x, i) == DP_CL_LETTER)
			return 0;
	return capitals;
}

/*
 * Is the word at token j capitalised at its start only: a capital, then
 * a small letter, or an elision before a word in small letters (L'alerte,
 * not L'AUTORISATION)?
 */
static int
capital_then_small(struct ctx *x, size_t j)
{
	const struct token *t = &x->toks[j];

	if (t->type != T_WORD || !t->upper || t->end - t->start < 2)
		return 0;
	if (cl(x, t->start + 1) == DP_CL_LETTER)
		return 1;
	return t->end - t->start == 2 && is_apostrophe(cp(x, t->start + 1)) &&
	    j + 1 < x->ntoks && !x->toks[j + 1].space &&
	    cl(x, x->toks[j + 1].start) == DP_CL_LETTER;
}

/*
 * Does a heading in capitals end after token k, run into its text on the
 * same line (« FORME PHARMACEUTIQUE Poudre pour solution », "SHIPPING
 * TERMS Orders ship")?  Two words in capitals or more, one of four
 * capitals at least (not acronyms: "the US HR Department"), then a word
 * capitalised at its start only.
 */
static int
capitals_heading(struct ctx *x, size_t first, size_t k)
{
	size_t last, before;

	/* most words end in a small letter: one look rules them out */
	if (k <= first || cl(x, x->toks[k].end - 1) != DP_CL_UPPER ||
	    !x->toks[k + 1].space || !capital_then_small(x, k + 1))
		return 0;
	last = in_capitals(x, k);
	/* the word before, past an elision glued to this one (D'EMPLOI) */
	before = !x->toks[k].space && k - 1 > first ? in_capitals(x, k - 2) :
	    in_capitals(x, k - 1);
	return last >= 2 && before >= 2 && (last >= 4 || before >= 4);
}

/*
 * Is token k inside brackets opened since token first: a dose and its
 * rate in one aside ("(bolus de 0,1 mg/kg ; perfusion de…)") are one
 * sentence.
 */
static int
in_brackets(struct ctx *x, size_t first, size_t k)
{
	size_t i;
	int32_t c;
	int open = 0;

	for (i = first; i < k; i++) {
		if (x->toks[i].type != T_PUNCT || !one_mark(x, i))
			continue;
		c = cp(x, x->toks[i].start);
		if (c == '(' || c == '[')
			open++;
		else if ((c == ')' || c == ']') && open > 0)
			open--;
	}
	return open > 0;
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
	int soft;

	/* A line break with nothing at the end of the line: a headline. */
	if (next->newlines >= 2)
		return 1;
	/* A list item starts on a line of its own, or a list run
	 * together on one. */
	if (next->newlines == 1 && list_marker(x, j))
		return 1;
	if (next->type == T_PUNCT && list_starts(x, j))
		return 1;
	/* in hard-wrapped text the break of a line half as wide as the
	 * widest or wider is a space (not a heading's) */
	if (next->newlines == 1 && !is_terminal(x, k) &&
	    !(t->type == T_PUNCT && strchr(",;:(-", cp(x, t->start) < 128 ?
	    (int)cp(x, t->start) : 1)) && (next->upper ||
	    cl(x, next->start) == DP_CL_DIGIT || is_opening(mark(x, j)) ||
	    short_lines(x, j)) && !(paragraph_is_wrapped(x, j) &&
	    2 * line_width(x, k) >= x->wrapwidest))
		return 1;
	if (!quoted && lost_stop(x, l, k))
		return 1;
	if (!quoted && capitals_heading(x, first, k))
		return 1;
	/* "Hi John," and "Best regards," stand alone before a capital. */
	if (t->type == T_PUNCT && cp(x, t->start) == ',' && next->upper &&
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
	 * sentence; after one that ends clauses, a word in lowercase too.
	 * A comma, most frequent of marks, is looked up only if the
	 * lexicons made it one. */
	if (t->type == T_PUNCT && !quoted && (next->upper ||
	    next->type == T_WORD) && (l->comma_soft || cp(x, t->start) !=
	    ',') && (soft = lookup(x, l->soft, t->start, t->end)) != 0) {
		if (next->upper && (starts_sentence(x, l, j) ||
		    (cp(x, t->start) == ';' && after_semicolon(x, j))))
			return 1;
		/* a word in small letters, a capital's class being another */
		if (soft == SOFT_CLAUSE && cl(x, next->start) ==
		    DP_CL_LETTER && !in_brackets(x, first, k))
			return 1;
	}
	/* French goes on in lowercase after a colon: a capitalized subject
	 * pronoun there starts a sentence ("sentiments : Ce basculement"). */
	return t->type == T_PUNCT && !quoted && next->upper &&
	    cp(x, t->start) == ':' && next->type == T_WORD &&
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
 * (10.JPG, R.I.Ma), but not a lowercase word or a number glued by its full
 * stop to a capitalized word, a title or a quotation (Le Maire.Une
 * mission, 1,000.That, mardi.M. Dupont, français.«C'est): a space lost on
 * the way from the web page.
 */
static int
ends_glued(struct ctx *x, const struct lang *l, size_t first, size_t k,
    size_t j)
{
	const struct token *t = &x->toks[k], *next = &x->toks[j];
	const struct token *prev = k > first ? &x->toks[k - 1] : NULL;
	int32_t c = mark(x, j);

	return j == k + 1 && cp(x, t->start) == '.' && prev != NULL &&
	    prev->end == t->start && ((prev->type == T_WORD &&
	    prev->end - prev->start >= 3 && cl(x, prev->end - 1) ==
	    DP_CL_LETTER) || (prev->type == T_NUM && cl(x, prev->end - 1) ==
	    DP_CL_DIGIT)) && ((next->upper && next->type == T_WORD &&
	    next->end - next->start >= 2 && cl(x, next->start + 1) ==
	    DP_CL_LETTER && !is_tld(x, j)) || (next->type == T_ABBR &&
	    (lookup(x, l->abbrev, next->start, next->end) & ABBR_TITLE)) ||
	    c == 0xAB || c == 0x201C);
}

/*
 * Is word k a capital and one or two small letters, an abbreviated given
 * name (Ch. de Gaulle, Ph. Martin, Th. Mann) rather than a word that ends
 * a careless sentence?
 */
static int
name_abbreviation(struct ctx *x, size_t k)
{
	size_t n = x->toks[k].end - x->toks[k].start, i;

	if (n > 3 || cl(x, x->toks[k].start) != DP_CL_UPPER)
		return 0;
	for (i = 1; i < n; i++)
		if (cl(x, x->toks[k].start + i) != DP_CL_LETTER)
			return 0;
	return 1;
}

/*
 * Does an amount start at token j: a currency sign glued to a number
 * ($44m, €5), which may open a sentence as a digit does?
 */
static int
amount_opens(struct ctx *x, size_t j)
{
	const struct token *t = &x->toks[j];

	return t->end == t->start + 1 && dp_ucurrency(cp(x, t->start)) &&
	    j + 1 < x->ntoks && x->toks[j + 1].start == t->end &&
	    cl(x, x->toks[j + 1].start) == DP_CL_DIGIT;
}

/*
 * Does the sentence go on at token j, after the stop k?  A lowercase
 * start does, but after a plain word or number and a full stop it is a
 * careless new sentence (mail, web); so it is after ! and ? outside
 * quotations (« Jamais ! », a-t-il dit).  A mention or hashtag (@Marie,
 * #vote) or a bullet (* •) after a stop opens one, as a capital would.
 */
static int
goes_on_lowercase(struct ctx *x, size_t k, size_t j, size_t last,
    int quoted)
{
	const struct token *t = &x->toks[k], *next = &x->toks[j];
	int32_t c = mark(x, j);

	return !(next->upper || cl(x, next->start) == DP_CL_DIGIT ||
	    is_opening(c) || c == 0xBF || c == 0xA1 || next->type == T_TAG ||
	    list_marker(x, j) || amount_opens(x, j)) && !(cl(x,
	    next->start) == DP_CL_LETTER && (next->type == T_WORD ||
	    next->type == T_URL) && !quoted && last == k &&
	    ((t->end - t->start == 1 && cp(x, t->start) == '.' && k > 0 &&
	    (x->toks[k - 1].type == T_WORD || x->toks[k - 1].type == T_NUM) &&
	    x->toks[k - 1].end - x->toks[k - 1].start >= 2 &&
	    !name_abbreviation(x, k - 1) &&
	    x->toks[k - 1].end == t->start) || cp(x, t->end - 1) == '?' ||
	    cp(x, t->end - 1) == '!'));
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
			return q + 1 < x->ntoks &&
			    x->toks[q + 1].newlines == 0 &&
			    (cp(x, x->toks[q + 1].start) == ',' ||
			    cl(x, x->toks[q + 1].start) == DP_CL_LETTER);
	}
	return 0;
}

/*
 * Does a spaced ellipsis ". . ." start at token j, a capitalized word
 * after it?  After a word's full stop it opens the next sentence, which
 * the quoter cut at its start ("compounds. . . . The practice"), and ends
 * nothing there.
 */
static int
opening_ellipsis(struct ctx *x, size_t j)
{
	size_t i;

	for (i = j; i < j + 3; i++)
		if (i >= x->ntoks || !x->toks[i].space ||
		    x->toks[i].newlines > 0 || x->toks[i].end -
		    x->toks[i].start != 1 || cp(x, x->toks[i].start) != '.')
			return 0;
	return i < x->ntoks && x->toks[i].upper && x->toks[i].space;
}

/*
 * Is the ellipsis k a cut in a quotation, "(...)" or "[…]", brackets glued
 * to it?  It ends nothing: the quotation goes on.
 */
static int
marks_a_cut(struct ctx *x, size_t k)
{
	return k > 0 && k + 1 < x->ntoks && !x->toks[k].space &&
	    !x->toks[k + 1].space && ((mark(x, k - 1) == '(' &&
	    mark(x, k + 1) == ')') || (mark(x, k - 1) == '[' &&
	    mark(x, k + 1) == ']'));
}

/*
 * Is the mark k the end of a listed word that the tokens split: an
 * abbreviation ("n°.": a letter and a sign glued) or a name that ends in
 * "!" or "?" (Yahoo!), at most four tokens?
 */
static int
split_abbreviation(struct ctx *x, const struct lang *l, size_t first,
    size_t k)
{
	size_t i = k;
	int32_t c = cp(x, x->toks[k].start);

	if (x->toks[k].end - x->toks[k].start != 1 || (c != '.' &&
	    c != '!' && c != '?'))
		return 0;
	while (i > first && i + 4 > k && !x->toks[i].space)
		i--;
	/* a word and its full stop are the tokenizer's to judge (la mer.) */
	return (c == '.' ? i + 1 < k : i < k) && (x->toks[i].space ||
	    i == first) &&
	    lookup(x, l->abbrev, x->toks[i].start, x->toks[k].end) != 0;
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
	int abbr = t->type == T_ABBR || t->type == T_INITIAL ||
	    split_abbreviation(x, l, first, k);

	*last = k;
	/* a marker opening the sentence ends nothing on its line (a
	 * rule of dashes alone on one does); the next one inline ends its
	 * item */
	if (k + 1 < x->ntoks && x->item_open && x->item.end >= k &&
	    x->toks[k + 1].newlines == 0)
		return 0;
	if (k + 1 < x->ntoks && next_item(x, k + 1))
		return 1;
	if (k + 1 < x->ntoks && k < first + 3 && opening_ellipsis(x, first))
		return 0;
	if (k + 1 >= x->ntoks || ends_without_stop(x, l, first, k, quoted))
		return 1;
	if ((!is_terminal(x, k) && !abbr) || marks_a_cut(x, k))
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
		return ends_glued(x, l, first, k, j);
	if (!abbr && k > first && x->toks[k - 1].end == t->start &&
	    cp(x, t->start) == '.' && opening_ellipsis(x, j))
		return 1;
	/* An abbreviation or initial ends a sentence only before a word
	 * that usually starts one ("etc. Le", not "J. Martin"); a time
	 * that ends a clause before a title too (at 6 p.m. Mr. Smith
	 * left; not at 4 p.m. Toronto time), unless it opens its sentence
	 * (At 5 a.m. Mr. Smith went). */
	if (abbr)
		return next->upper && (starts_sentence(x, l, j) ||
		    (k > first + TIME_OPENING && lookup_lower(x, l->times,
		    t->start, t->end) && lookup(x, l->abbrev, next->start,
		    next->end) & ABBR_TITLE));
	if (goes_on_lowercase(x, k, j, *last, quoted))
		return 0;
	/* A numbered list item: "1." at the start of a line. */
	if (k > 0 && x->toks[k - 1].type == T_NUM &&
	    x->toks[k - 1].newlines > 0 && t->end - t->start == 1 &&
	    cp(x, t->start) == '.')
		return 0;
	return !(quoted && quotation_goes_on(x, j));
}

/* Words, numbers, tags and addresses: no sentence ends at them alone. */
#define PLAIN_TYPES	(1u << T_WORD | 1u << T_NUM | 1u << T_TAG | \
			    1u << T_EMAIL)

/* Groups the tokens into sentences. */
void
sentences(struct ctx *x, const struct lang *l)
{
	size_t k, first = 0, last, q;
	int depth = 0;

	x->nsents = 0;
	x->wrapend = 0;
	x->wrapfrom = x->wrapto = 0;
	for (k = 0; k < x->ntoks; k++) {
		if (x->toks[k].newlines >= 2)
			depth = 0;
		/* a sentence that opens with "1." may end before "2." */
		if (k == first)
			x->item_open = marker_at(x, k, &x->item);
		/* Most tokens are words that no line break follows: only
		 * punctuation, abbreviations, initials and URLs end a
		* sentence on the same line. */
		if ((1u << x->toks[k].type) & PLAIN_TYPES) {
			if (k + 1 < x->ntoks && x->toks[k + 1].newlines == 0 &&
			    !x->toks[k + 1].upper && !(k + 3 < x->ntoks &&
			    x->toks[k + 3].stamp) && !x->toks[k].stamp &&
			    !(x->item_open && next_item(x, k + 1)) &&
			    !(x->toks[k + 1].type == T_PUNCT &&
			    x->toks[k + 1].space && list_starts(x, k + 1)))
				continue;
		} else if (quote_role(x, k) > 0)
			depth += x->toks[k].closed;
		else if (quote_role(x, k) < 0 && depth > 0)
			depth--;
		if (!ends_sentence(x, l, first, k, &last, depth > 0)) {
			/* where the rules see no stop, the model may */
			if (depth > 0 || !boundary_candidate(x, k) ||
			    !boundary_at(x, l, first, k))
				continue;
			last = k;
		}
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
