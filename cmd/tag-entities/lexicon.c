/*
 * lexicon.c: a language for tag-entities: its profile's number and date
 * conventions, word lists, gazetteers (names with labels and keys), the
 * user's names, and its name model, whose labels are mapped onto ours.
 */

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "common.h"
#include "tag-entities.h"

static void	 flag_first_word(struct lang *, const char *, size_t, int);

/* Keeps a copy of s among the language's strings: 1 + its offset. */
static uint32_t
intern(struct lang *l, const char *s, size_t n)
{
	uint32_t off = (uint32_t)(l->image_strings_len + l->strings.len + 1);

	dp_buf_add(&l->strings, s, n);
	dp_buf_addc(&l->strings, '\0');
	return off;
}

/* The string interned at 1 + offset, or NULL for 0. */
const char *
lang_string(const struct lang *l, int off)
{
	size_t o = (size_t)off - 1;

	if (off <= 0)
		return NULL;
	return o < l->image_strings_len ? l->image_strings + o :
	    l->strings.data + (o - l->image_strings_len);
}

/*
 * One of the model's labels as ours: 2 * label for B-LABEL, 2 * label + 1
 * for I-LABEL, -1 for O or a label we do not know.  A model states its
 * label set (dp_model_label); this mapping is the only place that reads
 * it.
 */
static int
model_label(const char *name)
{
	int y;

	if ((name[0] != 'B' && name[0] != 'I') || name[1] != '-')
		return -1;
	for (y = 0; y < NLABELS; y++)
		if (strcmp(name + 2, label_names[y]) == 0)
			return y * 2 + (name[0] == 'I');
	return -1;
}

/* The sets every language has, made by lang_init. */
static const size_t lang_sets[] = {
	offsetof(struct lang, names), offsetof(struct lang, prefixes),
	offsetof(struct lang, words), offsetof(struct lang, months),
	offsetof(struct lang, weekdays), offsetof(struct lang, datewords),
	offsetof(struct lang, decades), offsetof(struct lang, numbers),
	offsetof(struct lang, joiners), offsetof(struct lang, approx),
	offsetof(struct lang, complements), offsetof(struct lang, currencies),
	offsetof(struct lang, percent), offsetof(struct lang, orgheads),
	offsetof(struct lang, orglinks), offsetof(struct lang, honorifics),
	offsetof(struct lang, offices), offsetof(struct lang, datebefore),
	offsetof(struct lang, dateafter), offsetof(struct lang, datejoiners),
	offsetof(struct lang, monthsnotalone), offsetof(struct lang, placepreps),
	offsetof(struct lang, possessives), offsetof(struct lang, sharedpreps),
	offsetof(struct lang, articles), offsetof(struct lang, namearticles),
	offsetof(struct lang, orgadjs), offsetof(struct lang, notnames),
	offsetof(struct lang, portfolios), offsetof(struct lang, orgappos),
	offsetof(struct lang, placefirst), offsetof(struct lang, placelast),
	offsetof(struct lang, portwords), offsetof(struct lang, orgheadsafter),
	offsetof(struct lang, aliaswords), offsetof(struct lang, placenouns),
	offsetof(struct lang, orgsuffixes), offsetof(struct lang, coordinators),
	offsetof(struct lang, placeafter), offsetof(struct lang, compoundpre),
	offsetof(struct lang, compoundsuf), offsetof(struct lang, miscfirst),
	offsetof(struct lang, misclast), offsetof(struct lang, magnitudes),
	offsetof(struct lang, partyprefixes), offsetof(struct lang, pluralhons),
	offsetof(struct lang, eventnouns), offsetof(struct lang, yearmarkers),
	offsetof(struct lang, countednouns), offsetof(struct lang, workappos),
	offsetof(struct lang, productnouns),
	offsetof(struct lang, prepositions), offsetof(struct lang, companywords),
	offsetof(struct lang, capheads), offsetof(struct lang, linkarticles),
	offsetof(struct lang, employees), offsetof(struct lang, employers),
	offsetof(struct lang, nameemployers), offsetof(struct lang, streets),
	offsetof(struct lang, portlinks), offsetof(struct lang, linkoffices),
	offsetof(struct lang, clubwords), offsetof(struct lang, placeappos),
	offsetof(struct lang, partymembers), offsetof(struct lang, roadnouns),
	offsetof(struct lang, relatives), offsetof(struct lang, clubfirst),
	offsetof(struct lang, inclusions), offsetof(struct lang, placeoffices),
};

/* A new language's empty sets. */
static void
lang_init(void *lang, const char *code, void *arg)
{
	struct lang *l = lang;

	(void)arg;
	l->code = code;
	dp_strsets_new(l, lang_sets, sizeof(lang_sets) / sizeof(lang_sets[0]));
}

/*
 * After the lexicons: the language's name model (LEXDIR/LANG/
 * entities.model, or --model's), whose labels are mapped onto ours by
 * name (B-PER, I-PER...); a label the model has and we do not is never
 * predicted.
 */
static void
lang_done(void *lang, const char *dir, void *arg)
{
	const struct options *o = arg;
	struct lang *l = lang;
	struct dp_buf path = { 0 };
	const char *about, *file;
	size_t i, n;
	FILE *fp;

	dp_buf_free(&l->scratch);
	/* The language's image may have brought its model. */
	if (dir != NULL && l->model == NULL) {
		dp_buf_printf(&path, "%s/entities.model", dir);
		if (o->model == NULL && o->train == NULL &&
		    (fp = fopen(dp_buf_cstr(&path), "rb")) != NULL) {
			fclose(fp);
			l->model = dp_model_load(path.data);
		}
	}
	if (l->model == NULL && o->model == NULL && o->train == NULL &&
	    !dp_lang_undetermined(l->code))
		dp_warn("no name model for language \"%s\": names come from "
		    "lexicons only", l->code);
	if (o->model != NULL && o->train == NULL)
		l->model = dp_model_load(o->model);
	file = o->model ? o->model : dp_buf_cstr(&path);
	if (l->model != NULL) {
		about = dp_model_about(l->model);
		if (strncmp(about, FEATURES, strlen(FEATURES)) != 0)
			dp_die(DP_EX_CONFIG, "%s: a model for other features "
			    "(%s)", file, about);
		n = dp_model_nlabels(l->model);
		if (n > sizeof(l->model_labels) / sizeof(l->model_labels[0]))
			dp_die(DP_EX_CONFIG, "%s: too many labels", file);
		l->model_o = -1;
		for (i = 0; i < n; i++) {
			l->model_labels[i] =
			    model_label(dp_model_label(l->model, i));
			if (strcmp(dp_model_label(l->model, i), "O") == 0)
				l->model_o = (int)i;
		}
	}
	dp_buf_free(&path);
}

static void
lang_free(void *lang)
{
	struct lang *l = lang;

	dp_strsets_free(l, lang_sets, sizeof(lang_sets) / sizeof(lang_sets[0]));
	dp_model_free(l->model);
	free(l->ordinals);
	free(l->abbrevs);
	free(l->adverbs);
	free(l->plurals);
	free(l->demonyms);
	if (l->capentries > 0)
		free(l->entries);
	free(l->values);
	dp_buf_free(&l->strings);
}

/*
 * Name with its words' accented capitals unaccented, into b (Etats-Unis
 * for États-Unis, Equateur, Elysée): French capitals are written without
 * their accents as often as with.  Returns 0 if there was none.
 */
static int
unaccented_capitals(struct dp_buf *b, const char *s, size_t n)
{
	utf8proc_int32_t base[4];
	utf8proc_ssize_t nb;
	size_t i, k;
	int32_t cp;
	int last, changed = 0;

	dp_buf_reset(b);
	for (i = 0; i < n; i += k) {
		k = dp_utf8_decode(s + i, n - i, &cp);
		if (k == 0)
			k = 1;
		if (cp >= 0x80 && (i == 0 || s[i - 1] == ' ' ||
		    s[i - 1] == '-' || s[i - 1] == '\'') &&
		    dp_uclass(cp) == DP_CL_UPPER &&
		    (nb = utf8proc_decompose_char(cp, base, 4,
		    UTF8PROC_DECOMPOSE, &last)) > 1 && base[0] < 0x80) {
			dp_buf_addc(b, (char)base[0]);
			changed = 1;
		} else
			dp_buf_add(b, s + i, k);
	}
	return changed;
}

/* The length of the name of gazetteer line s, "NAME" or "NAME | KEY". */
static size_t
line_name(const char *s, size_t n)
{
	const char *bar = memchr(s, '|', n);
	size_t namelen = bar != NULL ? (size_t)(bar - s) : n;

	while (namelen > 0 && s[namelen - 1] == ' ')
		namelen--;
	return namelen;
}

/*
 * An organisation whose name joins capitalised words with a hyphen
 * (Météo-France, Ouest-France) is written with a space as often (Météo
 * France, Ouest France): that form to b, a line of variants, where there
 * is such a hyphen.
 */
static void
spaced_hyphens(const char *s, size_t n, struct dp_buf *b)
{
	size_t namelen = line_name(s, n), i, start = b->len;
	int32_t cp;
	int any = 0;

	for (i = 0; i < namelen; i++) {
		if (s[i] == '-' && i > 0 && s[i - 1] != ' ' &&
		    i + 1 < namelen && dp_utf8_decode(s + i + 1,
		    namelen - i - 1, &cp) > 0 && utf8proc_category(cp) ==
		    UTF8PROC_CATEGORY_LU) {
			dp_buf_addc(b, ' ');
			any = 1;
		} else
			dp_buf_addc(b, s[i]);
	}
	if (!any) {
		b->len = start;
		return;
	}
	dp_buf_add(b, s + namelen, n - namelen);
	dp_buf_addc(b, '\n');
}

/*
 * Adds a gazetteer line "NAME" or "NAME | KEY" under label; a variant of
 * another line's name (St Albans of Saint Albans) keys a name only if no
 * line of its own does.
 */
static void
add_one_name(struct lang *l, const char *s, size_t n, enum label label,
    unsigned flags, int is_variant)
{
	struct dp_buf variant = { 0 };
	const char *bar, *k;
	struct gazentry *g;
	size_t namelen = line_name(s, n), i;
	uint32_t key = 0;
	int *slot;

	if ((bar = memchr(s, '|', n)) != NULL) {
		for (k = bar + 1; k < s + n && *k == ' '; k++)
			;
		if (k < s + n)
			key = intern(l, k, (size_t)(s + n - k));
	}
	if (namelen == 0)
		return;
	slot = dp_strset_add(l->names, s, namelen);
	if (l->capentries == 0 && l->nentries > 0) {
		/* an image's: copied before they change */
		g = l->entries;
		l->entries = dp_reallocarray(NULL, l->capentries =
		    2 * l->nentries, sizeof(*l->entries));
		memcpy(l->entries, g, l->nentries * sizeof(*l->entries));
	}
	if (*slot == 0) {
		if (l->nentries == l->capentries)
			l->entries = dp_reallocarray(l->entries,
			    l->capentries = l->capentries ? 2 * l->capentries :
			    1024, sizeof(*l->entries));
		memset(&l->entries[l->nentries], 0, sizeof(*l->entries));
		*slot = (int)++l->nentries;
	}
	g = &l->entries[*slot - 1];
	/* The user's names replace the built-in labels of the same name. */
	if (flags & G_USER && !(g->labels & G_USER))
		g->labels = G_USER;
	/* A little-known place is one only while no other place has the
	 * name (a capital of entities.yaml, a user's place). */
	if (label == L_LOC && !(flags & G_MINOR))
		g->labels &= ~G_MINOR;
	else if (label == L_LOC && g->labels & 1U << L_LOC &&
	    !(g->labels & G_MINOR))
		flags &= ~G_MINOR;
	g->labels |= 1U << label | flags;
	if ((key != 0 && !(is_variant && g->key[label] != 0)) ||
	    g->key[label] == 0)
		g->key[label] = key;
	flag_first_word(l, s, namelen, W_GAZFIRST);
	/* Its words up to each space, or to and with each apostrophe, or
	* up to a mark glued to its end that is a token of its own (Which?,
	* Yahoo!): where gaz_longest() stops if the text goes on
	* otherwise. */
	for (i = 0; i < namelen; i++)
		if (s[i] == ' ' || (s[i] == '\'' && i + 1 < namelen) ||
		    (i > 0 && (s[i] == '?' || s[i] == '!')))
			*dp_strset_add(l->prefixes, s, i + (s[i] == '\'')) = 1;
	if (unaccented_capitals(&variant, s, namelen)) {
		dp_buf_add(&variant, s + namelen, n - namelen);
		add_one_name(l, variant.data, variant.len, label, flags, 1);
	}
	dp_buf_free(&variant);
}

/*
 * The next form of a class of the profile's name_abbreviations ("Saint
 * St. St"), from *c on: *c moved to it, its length returned, 0 at the end.
 */
static size_t
next_form(const char **c)
{
	*c += strspn(*c, " ");
	return strcspn(*c, " ");
}

/*
 * The length of the form of class c that line s of n bytes begins with,
 * followed by a space or a hyphen; 0 if none.
 */
static size_t
abbrev_form(const char *c, const char *s, size_t n)
{
	size_t k;

	for (; (k = next_form(&c)) != 0; c += k)
		if (k < n && memcmp(c, s, k) == 0 && (s[k] == ' ' ||
		    s[k] == '-'))
			return k;
	return 0;
}

/*
 * The lines a block of names makes in other forms (add_name), added after
 * its own lines so as to key a name none of them keys: first those made
 * from an abbreviated form (St. Louis of St Louis), then those from the
 * word written out (of Saint Louis), the closer form first.
 */
struct variants {
	struct dp_buf	 from_short, from_full;	/* lines, '\n' after each */
};

/* Most letters of an acronym written with periods too (U.S.A.). */
#define DOTTED_LETTERS	4

/*
 * An acronym's line (US | iso:US, UN | org:un: two to DOTTED_LETTERS
 * ASCII capitals) with a period after each letter (U.S., U.N.), as
 * American news writes them, to b, a line of variants.
 */
static void
dotted_acronym(const char *s, size_t n, struct dp_buf *b)
{
	size_t namelen = line_name(s, n), i;

	if (namelen < 2 || namelen > DOTTED_LETTERS)
		return;
	for (i = 0; i < namelen; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return;
	for (i = 0; i < namelen; i++) {
		dp_buf_addc(b, s[i]);
		dp_buf_addc(b, '.');
	}
	dp_buf_add(b, s + namelen, n - namelen);
	dp_buf_addc(b, '\n');
}

/*
 * Adds a gazetteer line; and where its name begins with a word the
 * profile writes in several forms (Saint Paul, St. Paul, St Paul;
 * Saint-Denis, St-Denis), the line with each other form to v: a source
 * gives a place in one of them, the news writes any.
 */
static void
add_name(struct lang *l, const char *s, size_t n, enum label label,
    unsigned flags, struct variants *v)
{
	struct dp_buf *b;
	const char *c;
	size_t i, k, len;

	add_one_name(l, s, n, label, flags, 0);
	dotted_acronym(s, n, &v->from_short);
	for (i = 0; i < l->nabbrevs; i++) {
		if ((len = abbrev_form(l->abbrevs[i], s, n)) == 0)
			continue;
		c = l->abbrevs[i];
		/* the class's first form is the word written out */
		b = next_form(&c) == len && strncmp(c, s, len) == 0 ?
		    &v->from_full : &v->from_short;
		for (; (k = next_form(&c)) != 0; c += k) {
			if (k == len && memcmp(c, s, k) == 0)
				continue;
			dp_buf_add(b, c, k);
			dp_buf_add(b, s + len, n - len);
			dp_buf_addc(b, '\n');
		}
		break;
	}
}

/* Adds the lines of v (add_name), and empties it. */
static void
add_variants(struct lang *l, struct variants *v, enum label label,
    unsigned flags)
{
	struct dp_buf *b[2] = { &v->from_short, &v->from_full };
	const char *p, *nl, *end;
	size_t i;

	for (i = 0; i < 2; i++) {
		/* an empty buffer may have no storage: no arithmetic on it */
		if (b[i]->len == 0)
			continue;
		end = b[i]->data + b[i]->len;
		for (p = b[i]->data; p < end; p = nl + 1) {
			nl = memchr(p, '\n', (size_t)(end - p));
			add_one_name(l, p, (size_t)(nl - p), label, flags, 1);
		}
		dp_buf_reset(b[i]);
	}
}

/*
 * Sets flag on the lowercase form of the first word of s (up to a space,
 * or an apostrophe with it: "jusqu'"), as tokens will show it; and, before
 * an apostrophe, on the word without it too, as English tokens show it,
 * and on the whole word up to a space, as a hyphenated compound is one
 * token (Villeneuve-d'Ascq, Côtes-d'Armor).
 */
static void
flag_first_word(struct lang *l, const char *s, size_t n, int flag)
{
	size_t i, k = 0;

	for (i = 0; i < n && s[i] != ' '; i++)
		if (s[i] == '\'' || ((unsigned char)s[i] == 0xE2 && i + 2 < n &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x99)) {
			k = i;
			i += s[i] == '\'' ? 1 : 3;
			break;
		} else if (i > 0 && (s[i] == '?' || s[i] == '!')) {
			/* Which?, Yahoo!: the mark is a token of its own */
			k = i;
			break;
		}
	dp_buf_reset(&l->scratch);
	dp_lower(&l->scratch, s, i);
	*dp_strset_add(l->words, l->scratch.data, l->scratch.len) |= flag;
	/* prosecutor's office: English tokens split before the mark */
	if (k > 0) {
		dp_buf_reset(&l->scratch);
		dp_lower(&l->scratch, s, k);
		*dp_strset_add(l->words, l->scratch.data, l->scratch.len) |=
		    flag;
		/* Villeneuve-d'Ascq: a compound's hyphens keep it whole */
		for (i = k; i < n && s[i] != ' '; i++)
			;
		if (memchr(s, '-', k) != NULL) {
			dp_buf_reset(&l->scratch);
			dp_lower(&l->scratch, s, i);
			*dp_strset_add(l->words, l->scratch.data,
			    l->scratch.len) |= flag;
		}
	}
}

/*
 * Loads a list of words or phrases into set (if not NULL) and sets flag on
 * their lowercase first words, or on the whole words with WHOLE_WORDS.
 */
#define WHOLE_WORDS	0x10000	/* above the W_ flags */
static void
load_words(struct lang *l, struct dp_yaml *y, const char *key,
    struct dp_strset *set, int flag)
{
	char **w;
	size_t i, n, len;
	int whole = flag & WHOLE_WORDS;

	flag &= ~WHOLE_WORDS;
	if (dp_yaml_get(y, dp_yaml_root(y), key) == 0)
		return;
	w = dp_yaml_strings(y, key, &n);
	for (i = 0; i < n; i++) {
		len = strlen(w[i]);
		if (set != NULL)
			*dp_strset_add(set, w[i], len) = 1;
		if (!whole) {
			flag_first_word(l, w[i], len, flag);
			/* Dr. is also the token Dr and a period */
			if (flag & W_HONORIFIC && len > 1 && w[i][len - 1] == '.')
				flag_first_word(l, w[i], len - 1, flag);
			continue;
		}
		dp_buf_reset(&l->scratch);
		dp_lower(&l->scratch, w[i], len);
		*dp_strset_add(l->words, l->scratch.data, l->scratch.len) |=
		    flag;
	}
	free(w);
}

/*
 * Loads a mapping of phrase to number (numbers, months) or to a string
 * (approximations, currencies): the slot holds 1 + index of the value.
 */
static void
load_map(struct lang *l, struct dp_yaml *y, const char *key,
    struct dp_strset *set, int numeric, int flag)
{
	dp_node map = dp_yaml_get(y, dp_yaml_root(y), key), k, v;
	const char *ks, *vs;
	char *end;
	size_t i, klen, vlen;
	double d;

	if (map == 0)
		return;
	if (!dp_yaml_is_map(y, map))
		dp_yaml_die(y, map, "%s: a mapping expected", key);
	for (i = 0; i < dp_yaml_len(y, map); i++) {
		k = dp_yaml_key(y, map, i);
		v = dp_yaml_value(y, map, i);
		if ((ks = dp_yaml_scalar(y, k, &klen)) == NULL ||
		    (vs = dp_yaml_scalar(y, v, &vlen)) == NULL)
			dp_yaml_die(y, v, "%s: a word and its value expected",
			    key);
		if (numeric) {
			d = strtod(vs, &end);
			if (vlen == 0 || *end != '\0' || !isfinite(d))
				dp_yaml_die(y, v, "%s: a number expected", key);
			l->values = dp_reallocarray(l->values, l->nvalues + 1,
			    sizeof(*l->values));
			l->values[l->nvalues++] = d;
			*dp_strset_add(set, ks, klen) = (int)l->nvalues;
		} else {
			*dp_strset_add(set, ks, klen) = (int)intern(l, vs,
			    vlen);
		}
		flag_first_word(l, ks, klen, flag);
	}
}

static int	 demonym_lasts(struct lang *);

/* The profile's keys for numbers and dates, where the file has them. */
static void
load_profile(struct lang *l, struct dp_yaml *y)
{
	static const char *orders[] = { "dmy", "mdy", "ymd", NULL };
	static const char *commas[] = { ".", ",", NULL };
	int v;

	if (dp_profile_choice(y, "slash_date_order", orders, &v))
		l->slash_order = (enum date_order)v;
	if (dp_profile_choice(y, "dot_date_order", orders, &v))
		l->dot_order = (enum date_order)v;
	dp_profile_choice(y, "thousands_separator", commas,
	    &l->thousands_comma);
	dp_profile_bool(y, "vigesimal", &l->vigesimal);
	dp_profile_bool(y, "adjectives_follow_nouns", &l->adjectives_after);
	dp_profile_bool(y, "names_capitalise_words", &l->capital_names);
	dp_profile_bool(y, "lone_acronyms_are_organisations",
	    &l->lone_acronyms);
	if (dp_yaml_get(y, dp_yaml_root(y), "ordinal_suffixes") != 0) {
		free(l->ordinals);
		l->ordinals = dp_yaml_strings(y, "ordinal_suffixes",
		    &l->nordinals);
	}
	if (dp_yaml_get(y, dp_yaml_root(y), "adverb_endings") != 0) {
		free(l->adverbs);
		l->adverbs = dp_yaml_strings(y, "adverb_endings",
		    &l->nadverbs);
	}
	if (dp_yaml_get(y, dp_yaml_root(y), "plural_endings") != 0) {
		free(l->plurals);
		l->plurals = dp_yaml_strings(y, "plural_endings",
		    &l->nplurals);
	}
	if (dp_yaml_get(y, dp_yaml_root(y), "name_abbreviations") != 0) {
		free(l->abbrevs);
		l->abbrevs = dp_yaml_strings(y, "name_abbreviations",
		    &l->nabbrevs);
	}
	if (dp_yaml_get(y, dp_yaml_root(y), "demonym_endings") != 0) {
		free(l->demonyms);
		l->demonyms = dp_yaml_strings(y, "demonym_endings",
		    &l->ndemonyms);
		if (demonym_lasts(l) == -1)
			dp_yaml_die(y, dp_yaml_get(y, dp_yaml_root(y),
			    "demonym_endings"), "demonym_endings: each "
			    "ENDING>PLACE_ENDING, ENDING not empty");
	}
}

/*
 * The last bytes of the demonyms' endings, a bit each: most capitalised
 * words end with none, and are not compared with each ending.  Returns
 * 0 (-1 for an ending without its '>').
 */
static int
demonym_lasts(struct lang *l)
{
	const char *gt;
	unsigned char c;
	size_t i;

	memset(l->demonymlast, 0, sizeof(l->demonymlast));
	for (i = 0; i < l->ndemonyms; i++) {
		if ((gt = strchr(l->demonyms[i], '>')) == NULL ||
		    gt == l->demonyms[i])
			return -1;
		c = (unsigned char)gt[-1];
		l->demonymlast[c >> 6] |= UINT64_C(1) << (c & 63);
	}
	return 0;
}

/*
 * Reads a block of names, one per line, "NAME" or "NAME | KEY", under
 * label, with flags (G_).
 */
/*
 * An organisation written with its article (La France insoumise) is known
 * without it too, as the news writes it after another word (le député
 * France insoumise, les élus de la République en marche); not where a
 * single word would be left (Le Monde, Les Républicains): alone, it is too
 * often a word.  The articles are entities.yaml's, read before.
 */
static void
add_without_article(struct lang *l, const char *s, size_t n,
    enum label label, unsigned flags, struct variants *v)
{
	const char *bar = memchr(s, '|', n), *rest;
	size_t w, namelen = bar != NULL ? (size_t)(bar - s) : n;

	for (w = 0; w < namelen && s[w] != ' ' && s[w] != '\''; w++)
		;
	if (w == namelen || l->articles == NULL)
		return;
	rest = s + w + 1;
	if (memchr(rest, ' ', namelen - w - 1) == NULL)
		return;
	dp_buf_reset(&l->scratch);
	dp_lower(&l->scratch, s, w + (s[w] == '\''));
	if (dp_strset_find(l->articles, l->scratch.data, l->scratch.len) ==
	    NULL)
		return;
	add_name(l, rest, n - w - 1, label, flags, v);
}

static void
load_names(struct lang *l, struct dp_yaml *y, const char *key,
    enum label label, unsigned flags)
{
	struct variants v = { { 0 }, { 0 } };
	const char *s, *nl;
	dp_node node;
	size_t n;

	if ((node = dp_yaml_get(y, dp_yaml_root(y), key)) == 0)
		return;
	if ((s = dp_yaml_scalar(y, node, &n)) == NULL)
		dp_yaml_die(y, node, "%s: a block of names, one per line, "
		    "expected", key);
	for (; n > 0; n -= (size_t)(nl - s), s = nl) {
		while (n > 0 && (*s == '\n' || *s == ' ')) {
			s++;
			n--;
		}
		if ((nl = memchr(s, '\n', n)) == NULL)
			nl = s + n;
		if (nl > s)
			add_name(l, s, (size_t)(nl - s), label, flags, &v);
		if (nl > s && flags & G_KNOWN_ORG) {
			add_without_article(l, s, (size_t)(nl - s), label,
			    flags, &v);
			spaced_hyphens(s, (size_t)(nl - s), &v.from_short);
		}
	}
	add_variants(l, &v, label, flags);
	dp_buf_free(&v.from_short);
	dp_buf_free(&v.from_full);
}

/*
 * The lists of words a lexicon file may hold: the set each goes to (an
 * offset in struct lang, or 0 for none) and the W_ flag its words take.
 */
static const struct {
	const char *key;
	size_t off;	/* of the set, or 0 */
	int flag;
} word_lists[] = {
	{ "given_names", 0, W_GIVEN },
	{ "surnames", 0, W_SURNAME },
	{ "words", 0, W_COMMON },
	{ "outside_names", 0, W_OUTSIDE | WHOLE_WORDS },
	{ "name_connectors", 0, W_CONNECTOR | WHOLE_WORDS },
	{ "name_particles", 0, W_PARTICLE | WHOLE_WORDS },
	{ "weekdays", offsetof(struct lang, weekdays), W_DATE },
	{ "date_words", offsetof(struct lang, datewords), W_DATE },
	{ "decades", offsetof(struct lang, decades), W_DATE },
	{ "date_modifiers_before", offsetof(struct lang, datebefore),
	    0 },
	{ "date_modifiers_after", offsetof(struct lang, dateafter), 0 },
	{ "date_range_joiners", offsetof(struct lang, datejoiners), 0 },
	{ "months_not_alone", offsetof(struct lang, monthsnotalone),
	    0 },
	{ "place_prepositions", offsetof(struct lang, placepreps), 0 },
	{ "shared_place_prepositions", offsetof(struct lang,
	    sharedpreps), 0 },
	{ "possessives", offsetof(struct lang, possessives), 0 },
	{ "number_joiners", offsetof(struct lang, joiners), 0 },
	{ "noun_complements", offsetof(struct lang, complements), 0 },
	{ "percent", offsetof(struct lang, percent), 0 },
	{ "organisation_heads", offsetof(struct lang, orgheads),
	    W_ORG },
	{ "organisation_appositions", offsetof(struct lang, orgappos),
	    W_APPOS },
	{ "work_appositions", offsetof(struct lang, workappos), W_APPOS },
	{ "product_nouns_after", offsetof(struct lang, productnouns),
	    W_APPOS },
	{ "road_nouns", offsetof(struct lang, roadnouns), W_APPOS },
	{ "employee_nouns", offsetof(struct lang, employees), W_APPOS },
	{ "employer_prepositions", offsetof(struct lang, employers), 0 },
	{ "name_employer_prepositions", offsetof(struct lang,
	    nameemployers), 0 },
	{ "portfolio_links", offsetof(struct lang, portlinks), 0 },
	{ "portfolio_link_offices", offsetof(struct lang, linkoffices),
	    W_OFFICE },
	{ "portfolio_words", offsetof(struct lang, portwords), W_ORG },
	{ "organisation_heads_after", offsetof(struct lang,
	    orgheadsafter), W_ORG },
	{ "organisation_links", offsetof(struct lang, orglinks), 0 },
	{ "organisation_link_articles", offsetof(struct lang,
	    linkarticles), 0 },
	{ "titles", offsetof(struct lang, honorifics), W_HONORIFIC },
	{ "honorifics", offsetof(struct lang, honorifics), W_HONORIFIC },
	{ "plural_honorifics", offsetof(struct lang, pluralhons), 0 },
	{ "person_titles", offsetof(struct lang, offices), W_OFFICE },
	{ "portfolio_offices", offsetof(struct lang, portfolios),
	    W_OFFICE },
	{ "articles", offsetof(struct lang, articles), 0 },
	{ "name_articles", offsetof(struct lang, namearticles), 0 },
	{ "organisation_adjectives", offsetof(struct lang, orgadjs),
	    0 },
	{ "not_names", offsetof(struct lang, notnames), 0 },
	{ "place_words_first", offsetof(struct lang, placefirst), 0 },
	{ "street_nouns", offsetof(struct lang, streets), 0 },
	{ "place_words_last", offsetof(struct lang, placelast), 0 },
	{ "event_words_first", offsetof(struct lang, miscfirst), 0 },
	{ "event_words_last", offsetof(struct lang, misclast), 0 },
	{ "event_nouns", offsetof(struct lang, eventnouns), 0 },
	{ "alias_words", offsetof(struct lang, aliaswords), W_ALIAS },
	{ "place_nouns", offsetof(struct lang, placenouns),
	    W_PLACENOUN },
	{ "place_nouns_after", offsetof(struct lang, placeafter), 0 },
	{ "place_offices", offsetof(struct lang, placeoffices), W_PLACENOUN },
	{ "place_appositions", offsetof(struct lang, placeappos), W_APPOS },
	{ "party_members", offsetof(struct lang, partymembers), 0 },
	{ "organisation_suffixes", offsetof(struct lang, orgsuffixes),
	    0 },
	{ "company_words", offsetof(struct lang, companywords), 0 },
	{ "club_words", offsetof(struct lang, clubwords), 0 },
	{ "club_names_first", offsetof(struct lang, clubfirst), 0 },
	{ "inclusion_words", offsetof(struct lang, inclusions), 0 },
	{ "capitalised_heads", offsetof(struct lang, capheads), W_ORG },
	{ "coordinators", offsetof(struct lang, coordinators), 0 },
	{ "compound_prefixes", offsetof(struct lang, compoundpre), 0 },
	{ "compound_suffixes", offsetof(struct lang, compoundsuf), 0 },
	{ "party_prefixes", offsetof(struct lang, partyprefixes), 0 },
	{ "year_markers", offsetof(struct lang, yearmarkers), 0 },
	{ "counted_nouns", offsetof(struct lang, countednouns), 0 },
	{ "prepositions", offsetof(struct lang, prepositions), 0 },
	{ "relative_pronouns", offsetof(struct lang, relatives), 0 },
};

/*
 * Adds a lexicon file: profile.yaml, gazetteer.yaml, entities.yaml,
 * langid.yaml (common words), segment.yaml (titles), or the user's
 * (file NULL), whose names replace the built-in labels of the same name.
 */
static void
lang_load(void *lang, const char *file, struct dp_yaml *y, void *arg)
{
	struct lang *l = lang;
	unsigned user;
	size_t i;
	int label;

	(void)arg;
	for (i = 0; i < sizeof(word_lists) / sizeof(word_lists[0]); i++)
		load_words(l, y, word_lists[i].key, word_lists[i].off == 0 ?
		    NULL : *(struct dp_strset **)((char *)l +
		    word_lists[i].off), word_lists[i].flag);
	load_profile(l, y);
	load_map(l, y, "months", l->months, 1, W_DATE);
	load_map(l, y, "numbers", l->numbers, 1, W_NUMBER);
	load_map(l, y, "approximations", l->approx, 0, W_APPROX);
	load_map(l, y, "currencies", l->currencies, 0, W_NUMBER);
	load_map(l, y, "magnitude_suffixes", l->magnitudes, 1, 0);
	user = file == NULL ? G_USER : 0;
	for (label = 0; label < NLABELS; label++)
		load_names(l, y, label_names[label], (enum label)label, user);
	load_names(l, y, "organisations", L_ORG, G_KNOWN_ORG | user);
	load_names(l, y, "seats", L_ORG, G_SEAT | user);
	load_names(l, y, "events", L_MISC, G_EVENT | user);
	load_names(l, y, "minor_places", L_LOC, G_MINOR | user);
}

/*
 * The language as an image (image.c): what the files made, the model
 * with its lookup table built.  Tagged sections: PROF the profile's
 * numbers, ORDN the ordinal suffixes, ABBR the name abbreviations' classes,
 * ADVB the adverbs' endings, PLUR the plural nouns' endings, DEMO the
 * demonyms' endings,
 * SETS every set of lang_sets in its
 * order, STRS the strings, ENTR the gazetteer's entries, VALS the number
 * words' values, MODL the model.  Change one and bump IMAGE_FORMAT.
 */
#define IMAGE_FORMAT	"tag-entities image 56; " FEATURES

/* A list of strings as a section of NUL-ended ones (b: room to make it). */
static void
save_list(struct dp_buf *out, uint32_t tag, char *const *v, size_t n,
    struct dp_buf *b)
{
	size_t i;

	dp_buf_reset(b);
	for (i = 0; i < n; i++)
		dp_buf_add(b, v[i], strlen(v[i]) + 1);
	dp_image_section(out, tag, b->data, b->len);
}

static void
image_save(const void *lang, struct dp_buf *out, void *arg)
{
	const struct lang *l = lang;
	struct dp_buf b = { 0 };
	int32_t prof[7] = { (int32_t)l->slash_order, (int32_t)l->dot_order,
	    l->thousands_comma, l->vigesimal, l->adjectives_after,
	    l->capital_names, l->lone_acronyms };
	uint64_t n;
	size_t i;

	(void)arg;
	dp_image_section(out, DP_TAG('P', 'R', 'O', 'F'), prof, sizeof(prof));
	save_list(out, DP_TAG('O', 'R', 'D', 'N'), l->ordinals, l->nordinals,
	    &b);
	save_list(out, DP_TAG('A', 'B', 'B', 'R'), l->abbrevs, l->nabbrevs,
	    &b);
	save_list(out, DP_TAG('A', 'D', 'V', 'B'), l->adverbs, l->nadverbs,
	    &b);
	save_list(out, DP_TAG('P', 'L', 'U', 'R'), l->plurals, l->nplurals,
	    &b);
	save_list(out, DP_TAG('D', 'E', 'M', 'O'), l->demonyms, l->ndemonyms,
	    &b);
	dp_buf_reset(&b);
	for (i = 0; i < sizeof(lang_sets) / sizeof(lang_sets[0]); i++)
		dp_strset_to_image(*(struct dp_strset *const *)
		    ((const char *)l + lang_sets[i]), &b);
	dp_image_section(out, DP_TAG('S', 'E', 'T', 'S'), b.data, b.len);
	dp_image_section(out, DP_TAG('S', 'T', 'R', 'S'), l->strings.data,
	    l->strings.len);	/* compiled from YAML: no image's */
	n = l->nentries;
	dp_buf_reset(&b);
	dp_buf_add(&b, &n, sizeof(n));
	dp_buf_add(&b, l->entries, l->nentries * sizeof(*l->entries));
	dp_image_section(out, DP_TAG('E', 'N', 'T', 'R'), b.data, b.len);
	dp_image_section(out, DP_TAG('V', 'A', 'L', 'S'), l->values,
	    l->nvalues * sizeof(*l->values));
	if (l->model != NULL) {
		dp_buf_reset(&b);
		dp_model_to_image(l->model, &b);
		dp_image_section(out, DP_TAG('M', 'O', 'D', 'L'), b.data,
		    b.len);
	}
	dp_buf_free(&b);
}

/*
 * A list of strings (save_list) from n bytes of NUL-ended ones, as one
 * block into *v, as dp_yaml_strings makes it; NULL if bad.
 */
static char **
image_list(const char *p, size_t n, size_t *count)
{
	size_t i;
	char **v, *s;

	if (n > 0 && p[n - 1] != '\0')
		return NULL;
	for (*count = 0, i = 0; i < n; i++)
		*count += p[i] == '\0';
	v = dp_malloc((*count + 1) * sizeof(*v) + n + 1);
	s = (char *)(v + *count + 1);
	memcpy(s, p, n);
	for (i = 0; i < *count; i++) {
		v[i] = s;
		s += strlen(s) + 1;
	}
	v[*count] = NULL;
	return v;
}

/* The sets of lang_sets, replacing lang_init's empty ones. */
static int
image_sets(struct lang *l, const char *p, size_t n)
{
	struct dp_strset **set, *s;
	size_t i, used;

	for (i = 0; i < sizeof(lang_sets) / sizeof(lang_sets[0]); i++) {
		if ((s = dp_strset_from_image(p, n, &used)) == NULL)
			return -1;
		set = (struct dp_strset **)((char *)l + lang_sets[i]);
		dp_strset_free(*set);
		*set = s;
		p += used;
		n -= used;
	}
	return n == 0 ? 0 : -1;
}

/* The entries, used in place. */
static int
image_entries(struct lang *l, const char *p, size_t n)
{
	uint64_t count;

	if (n < sizeof(count))
		return -1;
	memcpy(&count, p, sizeof(count));
	if (count > n / sizeof(*l->entries) ||
	    n - sizeof(count) != count * sizeof(*l->entries))
		return -1;
	l->nentries = count;
	l->capentries = 0;
	l->entries = (struct gazentry *)(p + sizeof(count));
	return 0;
}

static int
image_load(void *lang, const struct dp_image *img, void *arg)
{
	const struct options *o = arg;
	struct lang *l = lang;
	const char *p;
	int32_t prof[7];
	size_t n;

	if ((p = dp_image_get(img, DP_TAG('P', 'R', 'O', 'F'), &n)) == NULL ||
	    n != sizeof(prof))
		return -1;
	memcpy(prof, p, sizeof(prof));
	l->slash_order = (enum date_order)prof[0];
	l->dot_order = (enum date_order)prof[1];
	l->thousands_comma = prof[2];
	l->vigesimal = prof[3];
	l->adjectives_after = prof[4];
	l->capital_names = prof[5];
	l->lone_acronyms = prof[6];
	if ((p = dp_image_get(img, DP_TAG('O', 'R', 'D', 'N'), &n)) == NULL ||
	    (l->ordinals = image_list(p, n, &l->nordinals)) == NULL ||
	    (p = dp_image_get(img, DP_TAG('A', 'B', 'B', 'R'), &n)) == NULL ||
	    (l->abbrevs = image_list(p, n, &l->nabbrevs)) == NULL ||
	    (p = dp_image_get(img, DP_TAG('A', 'D', 'V', 'B'), &n)) == NULL ||
	    (l->adverbs = image_list(p, n, &l->nadverbs)) == NULL ||
	    (p = dp_image_get(img, DP_TAG('P', 'L', 'U', 'R'), &n)) == NULL ||
	    (l->plurals = image_list(p, n, &l->nplurals)) == NULL ||
	    (p = dp_image_get(img, DP_TAG('D', 'E', 'M', 'O'), &n)) == NULL ||
	    (l->demonyms = image_list(p, n, &l->ndemonyms)) == NULL ||
	    demonym_lasts(l) == -1 ||
	    (p = dp_image_get(img, DP_TAG('S', 'E', 'T', 'S'), &n)) == NULL ||
	    image_sets(l, p, n) == -1 ||
	    (p = dp_image_get(img, DP_TAG('S', 'T', 'R', 'S'), &n)) == NULL ||
	    (n > 0 && p[n - 1] != '\0'))
		return -1;
	l->image_strings = p;
	l->image_strings_len = n;
	if ((p = dp_image_get(img, DP_TAG('E', 'N', 'T', 'R'), &n)) == NULL ||
	    image_entries(l, p, n) == -1 ||
	    (p = dp_image_get(img, DP_TAG('V', 'A', 'L', 'S'), &n)) == NULL ||
	    n % sizeof(*l->values) != 0)
		return -1;
	l->nvalues = n / sizeof(*l->values);
	l->values = dp_reallocarray(NULL, l->nvalues ? l->nvalues : 1,
	    sizeof(*l->values));
	memcpy(l->values, p, n);
	/* -m and -t want no model of the language's */
	if (o->model == NULL && o->train == NULL &&
	    (p = dp_image_get(img, DP_TAG('M', 'O', 'D', 'L'), &n)) != NULL &&
	    (l->model = dp_model_from_image(p, n)) == NULL)
		return -1;
	return 0;
}

/* entities.yaml before organisations.yaml: its articles are asked about
 * there (add_without_article). */
static const char *const lang_files[] = { "gazetteer.yaml",
    "entities.yaml", "organisations.yaml", "langid.yaml", "segment.yaml",
    "outside-names.yaml", NULL };
static const char *const image_also[] = { "entities.model", NULL };
const struct dp_lang_ops lang_ops = {
	.files = lang_files, .size = sizeof(struct lang), .init = lang_init,
	.load = lang_load, .done = lang_done, .free = lang_free,
	.image = "entities.image", .image_format = IMAGE_FORMAT,
	.image_also = image_also, .image_save = image_save,
	.image_load = image_load,
};
