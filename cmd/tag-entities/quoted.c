/*
 * quoted.c: titles in quotation marks ("Face the Nation", "The Big
 * Short", « Le Petit Prince »): a programme's, a work's or a law's name
 * written in Title Case between marks, one MISC, where the model sees only
 * a part of it (NEWS_GUIDE: programmes and publications' titles are MISC).
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

#define MAXTITLE	8	/* words in a quoted title */

/*
 * Does token i close the quotation token o opened ("…", « … », “…”)?  A
 * single mark (‘…’) closes with an apostrophe, which may end a word: it
 * holds no title here.
 */
static int
closes_quote(const struct ctx *x, size_t o, size_t i)
{
	const struct dp_token *d = &x->doc.toks[i];
	int32_t q = x->doc.toks[o].first, c;

	c = q == '"' ? '"' : q == 0xAB ? 0xBB : q == 0x201C ? 0x201D : 0;
	return c != 0 && d->end == d->start + 1 && d->first == c;
}

/*
 * Is token i a comma before the mark that closes the quotation at o, or a
 * stop there, the quotation inside its sentence: English puts them inside
 * ("Face the Nation," he said; on "Face the Nation."), but a quotation
 * that is its sentence ("Neither do I.") is no title.
 */
static int
mark_before_close(const struct ctx *x, size_t o, size_t i)
{
	const struct dp_token *d = &x->doc.toks[i];
	int32_t c;

	if (d->end != d->start + 1 || i + 1 >= x->doc.ntoks ||
	    !closes_quote(x, o, i + 1))
		return 0;
	if (d->first == ',')
		return 1;
	if (d->first != '.' || o == 0)
		return 0;
	c = x->doc.toks[o - 1].first;
	return x->doc.toks[o - 1].sent == x->doc.toks[o].sent && c != '.' &&
	    c != '!' && c != '?';
}

/*
 * The last word of the title the quotation at o holds, its closing mark
 * at *close (a comma or a stop before it is no part of it, as English
 * puts it inside: "Face the Nation,"); 0 if it holds none: two words or
 * more, each capitalised but the language's connectors (of, the, de),
 * the first and last capitalised, no other mark among them.
 */
static size_t
title_end(const struct ctx *x, size_t o, size_t *close)
{
	const struct token *t;
	size_t i, last = 0, upper = 0;

	for (i = o + 1; i < x->doc.ntoks && i - o <= MAXTITLE + 1; i++) {
		if (closes_quote(x, o, i)) {
			*close = i;
			/* not a sentence's words ending on an initial's
			 * period ("Neither do I.") */
			return upper >= 2 && last > o + 1 &&
			    x->toks[last].upper && strchr(DTOK(x,
			    &x->toks[last])->shape, '.') == NULL ? last : 0;
		}
		t = &x->toks[i];
		if (t->upper && DTOK(x, t)->shape[0] == 'X') {
			upper++;
			last = i;
		} else if ((!(t->info & W_CONNECTOR) || i == o + 1) &&
		    !mark_before_close(x, o, i))
			return 0;
	}
	return 0;
}

/* Does the record name organisation e elsewhere, written alike? */
static int
named_elsewhere(const struct ctx *x, const struct entity *e)
{
	const struct entity *f;
	size_t k, i;

	for (k = 0; k < x->nents; k++) {
		f = &x->ents[k];
		if (f == e || f->label != L_ORG ||
		    f->last - f->first != e->last - e->first)
			continue;
		for (i = 0; i <= e->last - e->first &&
		    same_token(x, e->first + i, f->first + i); i++)
			;
		if (i > e->last - e->first)
			return 1;
	}
	return 0;
}

/*
 * Is no part of tokens a..b in a name that runs out of them?  Sets *whole
 * if one organisation's name, known (a key) or named elsewhere in the
 * record, is a..b, or all of it but an article: a title the model calls
 * an organisation is often a work's.
 */
static int
names_inside(struct ctx *x, size_t a, size_t b, int *whole)
{
	struct entity *e;
	size_t i;

	*whole = 0;
	for (i = a; i <= b; i++)
		if ((e = entity_over(x, i)) != NULL) {
			if (e->first < a || e->last > b)
				return 0;
			/* The Wall Street Journal: an article before */
			*whole |= (e->first == a || (e->first == a + 1 &&
			    x->toks[a].info & W_CONNECTOR)) && e->last == b &&
			    e->label == L_ORG && (e->key != NULL ||
			    named_elsewhere(x, e));
		}
	return 1;
}

/*
 * Each title in quotation marks becomes one MISC, the names inside it
 * removed; a known organisation's name that is the whole title stays (« Le
 * Monde » published), and so do names that run out of the marks.  Not in a sentence
 * whose words the style capitalises around the marks (a headline in
 * Title Case: Issa Says 'Honesty Is In Question'), where the word before
 * the marks and the one after are capitalised too.
 */
void
quoted_titles(struct ctx *x)
{
	struct entity e;
	size_t o, last, close, i;
	int whole;

	for (o = 0; o + 3 < x->doc.ntoks; o++) {
		if (!opening_quote(x, o) || (last = title_end(x, o, &close)) == 0)
			continue;
		if (o > 0 && x->toks[o - 1].upper && close + 1 <
		    x->doc.ntoks && x->toks[close + 1].upper)
			continue;
		if (!names_inside(x, o + 1, last, &whole) || whole) {
			o = close;
			continue;
		}
		for (i = o + 1; i <= last; i++)
			if (entity_over(x, i) != NULL)
				remove_entity(x, entity_over(x, i));
		e = entity(o + 1, last, L_MISC, O_RULE);
		add_entity(x, &e);
		o = close;
	}
}
