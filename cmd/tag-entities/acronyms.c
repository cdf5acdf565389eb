/*
 * acronyms.c: an acronym the record defines, "Agence nationale de sécurité
 * du médicament (ANSM)", "Union pour la démocratie et le progrès social
 * (UDPS, parti historique)".  Its long form is the words just before the
 * bracket whose initials spell it, function words skipped: one name,
 * whatever the model made of its words ("Le Conseil" PER, "Protect
 * Journalists" PER).  The long form, the acronym and its other mentions
 * in the record take one label (label_over()) and one key, the
 * gazetteer's for either.  An alias the record gives a name ("Mohammed
 * ben Salmane, dit « MBS »", "known as Abu Bakr") takes the name's label,
 * and so do its other mentions.
 */

#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

#define MAXLETTERS	10	/* in an acronym */

/* A token's first letter as an acronym spells it: lowercase, no marks. */
static int32_t
initial(const struct ctx *x, size_t i)
{
	return dp_ubase(dp_ulower(x->doc.toks[i].first));
}

/*
 * The letters of token i if it reads as an acronym (a capital, then
 * letters only, 2 to MAXLETTERS of them: ONU, Céni), as initial() makes
 * them, into a; their number, or 0.
 */
static size_t
acronym_letters(const struct ctx *x, size_t i, int32_t *a)
{
	const char *s = x->doc.text + x->doc.toks[i].bstart;
	size_t n = 0, b = 0, len = x->doc.toks[i].bend - x->doc.toks[i].bstart;
	int32_t c;

	if (!x->toks[i].upper)
		return 0;
	while (b < len) {
		b += dp_utf8_decode(s + b, len - b, &c);
		if (n == MAXLETTERS || (dp_uclass(c) != DP_CL_UPPER &&
		    dp_uclass(c) != DP_CL_LETTER))
			return 0;
		a[n++] = dp_ubase(dp_ulower(c));
	}
	return n >= 2 ? n : 0;
}

/* A word a long form may skip: a small one in lowercase (de, l', of). */
static int
skippable(const struct ctx *x, size_t i)
{
	return !x->toks[i].upper && (x->toks[i].info & W_COMMON ||
	    x->doc.toks[i].end - x->doc.toks[i].start <= 3);
}

/*
 * The first token of the words before token i, in its sentence, whose
 * initials spell the k letters of a, right to left; a skippable word may
 * spell a letter or not ("République démocratique du Congo": RDC).  The
 * word right before the bracket spells the last letter (must).  Returns
 * SIZE_MAX if none.
 */
static size_t
spell(const struct ctx *x, size_t i, size_t sent, const int32_t *a, size_t k,
    int must)
{
	size_t r;

	if (k == 0)
		return i;
	if (i == 0 || x->doc.toks[i - 1].sent != sent)
		return SIZE_MAX;
	i--;
	if (initial(x, i) == a[k - 1] && (dp_uclass(x->doc.toks[i].first) ==
	    DP_CL_UPPER || dp_uclass(x->doc.toks[i].first) == DP_CL_LETTER) &&
	    (r = spell(x, i, sent, a, k - 1, 0)) != SIZE_MAX)
		return r;
	if (!must && skippable(x, i))
		return spell(x, i, sent, a, k, 0);
	return SIZE_MAX;
}

/*
 * The first token of the long form that ends before token p, spelled by
 * the n letters of a; p if there is none.
 */
static size_t
long_form(const struct ctx *x, size_t p, const int32_t *a, size_t n)
{
	size_t s = spell(x, p, x->doc.toks[p].sent, a, n, 1);

	return s == SIZE_MAX ? p : s;
}

/*
 * The label of a long form, tokens s..e: the gazetteer's for it (a known
 * organisation's: Union européenne; a place's: République démocratique
 * du Congo), else that of a name the model or a rule found over all of it
 * (a work), else an organisation's, as most acronyms are: a name over a
 * part of it (Union, a place's word) tells nothing of the whole, nor does
 * a person's (an acronym is seldom one).
 */
static enum label
label_over(struct ctx *x, const struct lang *l, size_t s, size_t e)
{
	const struct entity *o;
	int y;

	if ((y = gaz_label(gaz_lookup(x, l, s, e + 1), 1U << L_LOC |
	    1U << L_ORG | 1U << L_MISC)) >= 0)
		return (enum label)y;
	if ((o = entity_over(x, s)) != NULL && o->first == s &&
	    o->last == e && o->label > L_PER && o->label <= L_MISC)
		return o->label;
	return L_ORG;
}

/* Whether tokens i and j are written alike. */
int
same_token(const struct ctx *x, size_t i, size_t j)
{
	size_t n = x->doc.toks[i].bend - x->doc.toks[i].bstart;

	return x->doc.toks[j].bend - x->doc.toks[j].bstart == n &&
	    memcmp(x->doc.text + x->doc.toks[i].bstart,
	    x->doc.text + x->doc.toks[j].bstart, n) == 0;
}

/*
 * Tags tokens s..e as a name of label with key, over the model's; a
 * rule's name of that label found there already takes the key, where it
 * has none (the long form of an acronym the lexicon keys: Agence
 * nationale de sécurité du médicament, ANSM's).
 */
static void
tag(struct ctx *x, size_t s, size_t e, enum label label, const char *key)
{
	struct entity n = entity(s, e, label, O_RULE), *o;

	n.force = 1;
	n.key = key;
	add_entity(x, &n);
	if ((o = entity_over(x, s)) != NULL && o->first == s &&
	    o->last == e && o->label == label && o->key == NULL)
		o->key = key;
}

/*
 * The record's capitalised tokens, sorted by the hash of their lowercase
 * form, in text order within one, so that those written like an acronym
 * are a run: a record of many articles defines many acronyms, and
 * reading all its tokens for each made acronyms() quadratic.  A radix
 * sort, a byte of the hash a pass, each pass stable: a comparison sort
 * was a quarter of the tool's time on a record of a megabyte.
 */
static void
index_mentions(struct ctx *x)
{
	struct mention *from, *to, *swap;
	size_t t, n = 0, count[256], shift, b, sum;

	if (dp_resize_cap(&x->capmentions, x->doc.ntoks)) {
		x->mentions = dp_reallocarray(x->mentions, x->capmentions,
		    sizeof(*x->mentions));
		x->sorting = dp_reallocarray(x->sorting, x->capmentions,
		    sizeof(*x->sorting));
	}
	for (t = 0; t < x->doc.ntoks; t++)
		if (x->toks[t].upper) {
			x->mentions[n].hash = x->toks[t].hlower;
			x->mentions[n++].tok = t;
		}
	x->nmentions = n;
	from = x->mentions;
	to = x->sorting;
	for (shift = 0; shift < 64; shift += 8) {
		memset(count, 0, sizeof(count));
		for (t = 0; t < n; t++)
			count[from[t].hash >> shift & 0xFF]++;
		for (b = 0, sum = 0; b < 256; b++) {
			sum += count[b];
			count[b] = sum - count[b];
		}
		for (t = 0; t < n; t++)
			to[count[from[t].hash >> shift & 0xFF]++] = from[t];
		swap = from;
		from = to;
		to = swap;
	}
	/* eight passes: the sorted array is where it began */
}

/*
 * Tags the mentions of acronym a (a token), in text order; with alone,
 * only those in no name or in a name of the model's of that token alone
 * (not the IAAF Grand Prix).
 */
static void
tag_mentions(struct ctx *x, size_t a, enum label label, const char *key,
    int alone)
{
	const struct entity *o;
	size_t lo = 0, hi = x->nmentions, m, t;
	uint64_t h = x->toks[a].hlower;

	while (lo < hi) {
		m = lo + (hi - lo) / 2;
		if (x->mentions[m].hash < h)
			lo = m + 1;
		else
			hi = m;
	}
	for (m = lo; m < x->nmentions && x->mentions[m].hash == h; m++) {
		t = x->mentions[m].tok;
		if (!same_token(x, a, t) || (alone && (o = entity_over(x,
		    t)) != NULL && (o->origin != O_MODEL || o->first != t ||
		    o->last != t)))
			continue;
		tag(x, t, t, label, key);
	}
}

#define MAXALIAS	4	/* words in an alias */

/* Is token i an opening quotation mark? */
int
opening_quote(const struct ctx *x, size_t i)
{
	int32_t q = x->doc.toks[i].first;

	return x->doc.toks[i].end == x->doc.toks[i].start + 1 && (q == '"' ||
	    q == 0xAB || q == 0x201C || q == 0x2018);
}

/*
 * After a name the model or a rule found (a person's, an organisation's,
 * a place's, a work's), a word of the lexicon's alias_words and its
 * capitalised words, in quotation marks or not: the alias, which takes
 * the name's label, as its other mentions do (a one-word alias).  Sets
 * *indexed once the mentions are indexed.
 */
static void
aliases(struct ctx *x, const struct lang *l, int *indexed)
{
	const struct entity *o;
	size_t i, j, a, b;
	enum label label;
	int slot, comma, quoted;

	for (i = 1; i + 1 < x->doc.ntoks; i++) {
		/* W_ALIAS: the phrases are asked about at few words */
		if (x->toks[i].upper || !(x->toks[i].info & W_ALIAS) ||
		    (j = phrase_at(x, l->aliaswords, i, 5, 1, &slot)) == i ||
		    j >= x->doc.ntoks)
			continue;
		b = i - 1;
		comma = x->doc.toks[b].first == ',' && b > 0;
		b -= (size_t)comma;
		quoted = opening_quote(x, j);
		/* Dupont dit Paris prêt: the verb, unless a comma or a
		 * quotation mark makes it an alias's word */
		if (!comma && !quoted)
			continue;
		if ((o = entity_over(x, b)) == NULL || o->last != b ||
		    o->label > L_MISC)
			continue;
		label = o->label;
		a = quoted ? j + 1 : j;
		for (b = a; b < x->doc.ntoks && b - a < MAXALIAS &&
		    x->toks[b].upper && x->doc.toks[b].sent ==
		    x->doc.toks[i].sent && (b == a || x->doc.toks[b].space);
		    b++)
			;
		/* a function word alone is no alias: « le Guetteur »
		 * quoted as "Le guetteur des nuits" would make every Le of
		 * the record a name */
		if (b == a || (b - a == 1 && x->toks[a].info & W_COMMON))
			continue;
		tag(x, a, b - 1, label, NULL);
		if (b - a > 1)
			continue;
		if (!*indexed) {
			index_mentions(x);
			*indexed = 1;
		}
		tag_mentions(x, a, label, NULL, 0);
	}
}

/* Does token i end an acronym in brackets: ")" or "," or ";" after it? */
static int
closes_acronym(const struct ctx *x, size_t i)
{
	char c = x->doc.text[x->doc.toks[i].bstart];

	return x->doc.toks[i].end == x->doc.toks[i].start + 1 &&
	    (c == ')' || c == ',' || c == ';');
}

/*
 * An acronym the record does not define but whose letters the initials
 * of an organisation's name found before it spell, whole ("l'Office
 * français de la biodiversité" … "les syndicats de l'OFB"): a capitalised
 * token of acronym_letters() written in capitals alone, in no name or in
 * one of the model's, takes that name's label and key, as do its other
 * mentions.  Names of three words or more only: two initials spell too
 * much by chance.
 */
static void
spelled_acronyms(struct ctx *x, int *indexed)
{
	int32_t a[MAXLETTERS];
	const struct entity *e, *o;
	size_t p, k, n;

	for (p = 0; p < x->doc.ntoks; p++) {
		if (!x->toks[p].upper || strchr(x->doc.toks[p].shape, 'x') !=
		    NULL || ((o = entity_over(x, p)) != NULL &&
		    o->origin != O_MODEL) || (n = acronym_letters(x, p, a)) < 3)
			continue;
		for (k = 0; k < x->nents; k++) {
			e = &x->ents[k];
			if (e->label != L_ORG || e->last + 1 > p ||
			    e->last + 1 - e->first < n ||
			    spell(x, e->last + 1, x->doc.toks[e->last].sent, a,
			    n, 1) != e->first)
				continue;
			if (!*indexed) {
				index_mentions(x);
				*indexed = 1;
			}
			tag_mentions(x, p, e->label, e->key, 1);
			break;
		}
	}
}

/*
 * Is token i an acronym written in capitals alone, its parts joined by
 * hyphens or not (FCPE, FLNKS, SNES-FSU): MINLETTERS letters or more,
 * PARTLETTERS at most in a part (longer, a word in capitals: POLITIQUE,
 * CRICKET), no Roman numeral (XXIV), and no word the lexicons know in
 * lowercase (les, vers, jan; the outside words: note, press) nor one the
 * record writes so?
 */
#define MINLETTERS	3	/* two spell too much: PS, UE, TV */
#define PARTLETTERS	5	/* FLNKS */

static int
capitals_acronym(const struct ctx *x, size_t i)
{
	const char *s = x->doc.text + x->doc.toks[i].bstart;
	size_t k, n = 0, part = 0,
	    len = x->doc.toks[i].bend - x->doc.toks[i].bstart;
	int roman = 1;

	if (!x->toks[i].upper || x->toks[i].info != 0 ||
	    x->toks[i].lc_elsewhere || len < MINLETTERS || s[len - 1] == '-')
		return 0;
	for (k = 0; k < len; k++) {
		if (s[k] == '-' && k > 0 && s[k - 1] != '-') {
			part = 0;
			continue;
		}
		if (s[k] < 'A' || s[k] > 'Z' || ++part > PARTLETTERS)
			return 0;
		roman &= strchr("IVXLCDM", s[k]) != NULL;
		n++;
	}
	return n >= MINLETTERS && !roman;
}

/*
 * Does sentence sent write most of its words in lowercase, no headline,
 * table or line in capitals (SOCCER - JAPAN GET LATE WIN, STANDINGS,
 * LONDON 1996-08-30)?  Its words that hold a letter, half of them with a
 * lowercase one at least.
 */
static int
lowercase_sentence(const struct ctx *x, size_t sent)
{
	size_t k, words = 0, lower = 0;

	for (k = x->doc.sfirst[sent]; k < x->doc.sfirst[sent + 1]; k++) {
		if (strpbrk(x->doc.toks[k].shape, "Xx") == NULL)
			continue;
		words++;
		lower += strchr(x->doc.toks[k].shape, 'x') != NULL;
	}
	return 2 * lower >= words;
}

/*
 * An acronym in capitals the model left in no name, in a sentence
 * written in lowercase (lowercase_sentence()), no word in capitals beside
 * it (a rubric: LE SCAN POLITIQUE), where the gazetteer knows no name:
 * in news it names an organisation (la FCPE, les militants du FLNKS, le
 * SNES-FSU), the common nouns written so being the lexicon's not_names
 * (le PIB, la TVA), which drop_page_words() removes.  Where the profile
 * says so (lone_acronyms_are_organisations): a model that learnt from
 * names that leave half their acronyms untagged (WikiNEuRal) tags too few
 * of them.
 */
static void
lone_acronyms(struct ctx *x, const struct lang *l)
{
	struct entity e;
	size_t p, sent = SIZE_MAX;
	int lower = 0;

	if (!l->lone_acronyms)
		return;
	for (p = 0; p < x->doc.ntoks; p++) {
		if (x->toks[p].ent != 0 || x->toks[p].gazbits > 1 ||
		    !capitals_acronym(x, p) ||
		    (p > 0 && dp_doc_in_capitals(&x->doc, p - 1, 1)) ||
		    dp_doc_in_capitals(&x->doc, p + 1, 1))
			continue;
		/* one look at a sentence, however many acronyms it holds */
		if (x->doc.toks[p].sent != sent) {
			sent = x->doc.toks[p].sent;
			lower = lowercase_sentence(x, sent);
		}
		if (!lower)
			continue;
		e = entity(p, p, L_ORG, O_RULE);
		add_entity(x, &e);
	}
}

/*
 * Do the n letters of a spell the words s..e-1 by their syllables, as
 * French writes many acronyms as words (Fédération nationale de
 * l'immobilier: Fnaim; Mouvement des entreprises de France: Medef): the
 * first word's initial first, then the others in order among the words'
 * letters?  At least three of them: fewer spell too much by chance.
 */
static int
syllables_spell(const struct ctx *x, size_t s, size_t e, const int32_t *a,
    size_t n)
{
	const char *t;
	size_t i, b, len, k = 0;
	int32_t c;

	if (n < 3 || initial(x, s) != a[0])
		return 0;
	for (i = s; i < e && k < n; i++) {
		t = x->doc.text + x->doc.toks[i].bstart;
		len = x->doc.toks[i].bend - x->doc.toks[i].bstart;
		for (b = 0; b < len && k < n; ) {
			b += dp_utf8_decode(t + b, len - b, &c);
			if (dp_ubase(dp_ulower(c)) == a[k])
				k++;
		}
	}
	return k == n;
}

/* The acronyms the record defines, their long forms, their mentions. */
void
acronyms(struct ctx *x, const struct lang *l)
{
	const struct entity *o;
	int32_t a[MAXLETTERS];
	size_t p, s, n;
	enum label label;
	const char *key;
	int indexed = 0, syllables;

	aliases(x, l, &indexed);
	for (p = 1; p + 2 < x->doc.ntoks; p++) {
		/* (ANSM) or (UDPS, parti historique): an apposition after
		 * the acronym, inside the bracket, does not change it */
		if (x->doc.text[x->doc.toks[p].bstart] != '(' ||
		    !closes_acronym(x, p + 2) ||
		    (n = acronym_letters(x, p + 1, a)) == 0)
			continue;
		/* else an organisation's name right before the bracket
		 * that the acronym spells by syllables (Fnaim, Medef),
		 * read with less certainty: its mentions inside longer
		 * names stay those names' (AOL Europe) */
		if ((syllables = (s = long_form(x, p, a, n)) == p) &&
		    ((o = entity_over(x, p - 1)) == NULL || o->last != p - 1 ||
		    o->label != L_ORG ||
		    !syllables_spell(x, o->first, p, a, n) ||
		    (s = o->first) == p))
			continue;
		label = label_over(x, l, s, p - 1);
		if ((key = gaz_key(l, gaz_lookup(x, l, s, p), label)) == NULL)
			key = gaz_key(l, gaz_lookup(x, l, p + 1, p + 2), label);
		tag(x, s, p - 1, label, key);
		if (!indexed) {
			index_mentions(x);
			indexed = 1;
		}
		tag_mentions(x, p + 1, label, key, syllables);
	}
	spelled_acronyms(x, &indexed);
	lone_acronyms(x, l);
}
