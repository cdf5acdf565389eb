/*
 * tag-entities: adds entities to each record: names (PER, LOC, ORG, MISC)
 * from a learned sequence model over segment's tokens, demonyms (NORP)
 * and names from gazetteers, and dates, quantities, money and percentages
 * from rules (depeche(7), tag-entities(1)).  With --train, learns the
 * model from records whose entities are gold instead.
 */

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xxhash.h>

#include "common.h"

/* The description a model must start with: bump it with the features. */
#define FEATURES	"tag-entities features 1"
#define MAXPHRASE	8	/* tokens in a gazetteer name, at most */
/* Smaller weights are not saved: a third of the size, F1 within 0.002. */
#define PRUNE_BELOW	0.01

enum label { L_PER, L_LOC, L_ORG, L_MISC, L_NORP, L_DATE, L_QUANTITY,
	L_MONEY, L_PERCENT, NLABELS };
static const char *label_names[NLABELS] = { "PER", "LOC", "ORG", "MISC",
	"NORP", "DATE", "QUANTITY", "MONEY", "PERCENT" };

/* Where an entity comes from, the stronger last. */
enum origin { O_MODEL, O_RULE, O_USER };

/* A token of the record, as features see it. */
struct token {
	uint32_t	 start, end;	/* code points */
	size_t		 bstart, bend;	/* bytes of text */
	size_t		 lower, lowerlen;	/* lowercased, into words */
	uint64_t	 hlower, hshape;
	char		 shape[12];
	unsigned char	 upper;		/* capitalised */
	unsigned char	 space;		/* white space before */
	unsigned char	 gaz[NLABELS];	/* 1 begins, 2 inside a name */
	unsigned char	 info;		/* W_ flags of its lowercase form */
	unsigned char	 lc_elsewhere;	/* capitalised, lowercase elsewhere */
	size_t		 gazend;	/* the longest name at it ends there */
	const struct gazentry *gazentry;	/* that name */
	size_t		 ent;		/* 1 + the entity over it, if it is */
};

/* What the lowercase form of a word is (flags in struct lang's words). */
#define W_GIVEN		1
#define W_SURNAME	2
#define W_COMMON	4	/* a function word */
#define W_APPROX	8	/* can start an approximation */
#define W_GAZFIRST	16	/* can start a gazetteer name */
#define W_NUMBER	32	/* can start a number or an amount */
#define W_DATE		64	/* can start a date */
#define W_ORG		128	/* can head an institution's name */
#define W_TRIGGER	(W_APPROX | W_NUMBER | W_DATE | W_ORG)

struct entity {
	size_t		 first, last;	/* tokens */
	enum label	 label;
	enum origin	 origin;
	const char	*key;		/* or NULL */
	double		 value;
	int		 hasvalue;
	const char	*approx;	/* gt, lt... or NULL */
	const char	*currency;
	int		 force;		/* beats overlapping model names */
	char		 date[24];	/* ISO 8601 value of a date */
};

/* A gazetteer name's labels and keys. */
struct gazentry {
	const char	*key[NLABELS];	/* NULL: a name without key */
	unsigned	 labels;	/* bit per label */
};

/* What one language's lexicons and model say. */
/* The orders a date in digits may have (profile.yaml). */
enum date_order { D_DMY, D_MDY, D_YMD };

struct lang {
	const char	*code;
	/* From profile.yaml: how the language writes numbers and dates. */
	enum date_order	 slash_order, dot_order;	/* 1/2/2026, 1.2.2026 */
	int		 thousands_comma;	/* 1,000 (else 1.000) */
	int		 vigesimal;	/* quatre-vingts: 4 × 20 */
	char		**ordinals;	/* after a day's digits: 1er, 1st */
	size_t		 nordinals;
	struct dp_model	*model;
	int		 model_labels[64];	/* model label -> B/I, label */
	struct dp_strset *names;	/* name -> 1 + gazentry index */
	struct dp_strset *firsts;	/* first word of a longer name */
	struct gazentry	*entries;
	size_t		 nentries, capentries;
	struct dp_strset *words;	/* lowercase word -> W_ flags */
	struct dp_strset *months, *weekdays, *datewords, *decades;
	struct dp_strset *numbers, *joiners, *approx, *complements;
	struct dp_strset *currencies, *percent, *orgheads, *orglinks;
	struct dp_strset *titles;	/* M., Mme, Mr. (segment.yaml) */
	double		*values;	/* number word values, by slot */
	size_t		 nvalues;
	char		**strings;	/* keys, currency codes... */
	size_t		 nstrings, capstrings;
	uint64_t	*infokeys;	/* see word_info() */
	unsigned char	*infos;
	uint64_t	*cachekeys;	/* see role_scores() */
	float		*cachevals, *edges;
	struct dp_buf	 scratch;	/* while loading */
};

/* The sets every language has, made by lang_init. */
static const size_t lang_sets[] = {
	offsetof(struct lang, names), offsetof(struct lang, firsts),
	offsetof(struct lang, words), offsetof(struct lang, months),
	offsetof(struct lang, weekdays), offsetof(struct lang, datewords),
	offsetof(struct lang, decades), offsetof(struct lang, numbers),
	offsetof(struct lang, joiners), offsetof(struct lang, approx),
	offsetof(struct lang, complements), offsetof(struct lang, currencies),
	offsetof(struct lang, percent), offsetof(struct lang, orgheads),
	offsetof(struct lang, orglinks), offsetof(struct lang, titles),
};

#define CACHESIZE	16384	/* words whose scores are kept */
#define INFOCACHE	16384	/* words whose flags are kept */

struct options {
	const char	*lang;		/* forced, or NULL: the record's */
	const char	*lexicon;	/* the user's extra names */
	const char	*model;		/* instead of the language's */
	const char	*train;		/* write a model learned from input */
	int		 epochs;
	struct dp_filter filter;
};

static struct options opt = { .epochs = 12 };

/* Training: every sentence's features and gold tags. */
struct training {
	uint64_t	*feats;
	uint32_t	*off;		/* per position, per sentence */
	int		*gold;
	size_t		*first;		/* sentence -> first position */
	size_t		 nfeats, capfeats, npos, cappos, nseq, capseq;
	size_t		 unaligned;
	struct lang	*lang;
};

/* What a run keeps: its options and languages, then one record's state. */
struct ctx {
	const struct options *opt;
	struct dp_langs	*langs;
	struct dp_doc	 doc;		/* text, tokens, their forms, sentences */
	struct token	*toks;		/* what the tagger adds to doc's */
	size_t		 captoks;
	struct dp_buf	 scratch, out, keybuf;
	uint64_t	*feats;		/* hashed features of a sentence */
	uint32_t	*featoff;	/* where each position's begin */
	size_t		 nfeats, capfeats, capfeatoff;
	float		*emit;		/* the model's scores per token */
	size_t		 capemit;
	int		*tags;
	size_t		 captags;
	struct entity	*ents;
	size_t		 nents, capents;
	uint64_t	*seen;		/* lowercase words, per record */
	size_t		 capseen;
	struct training	 tr;
};

static DP_NORETURN void usage(int);
static void	 ctx_free(struct ctx *);
static void	 lang_init(void *, const char *, void *);
static void	 lang_load(void *, const char *, struct dp_yaml *, void *);
static void	 lang_done(void *, const char *, void *);
static void	 lang_free(void *);
static int	 tag_record(struct dp_record *, void *);
static void	 describe_tokens(struct ctx *, struct lang *);
static void	 sentence_features(struct ctx *, size_t, size_t);
static void	 gazetteer_features(struct ctx *, struct lang *);
static void	 tag_names(struct ctx *, struct lang *);
static void	 rules(struct ctx *, struct lang *);
static void	 user_names(struct ctx *);
static void	 write_record(struct ctx *, struct dp_record *, struct lang *);
static void	 train(struct ctx *);
static int	 glued(struct ctx *, size_t, char);
static size_t	 phrase_at(struct ctx *, const struct dp_strset *, size_t, size_t, int,
		    int *);
static void	 flag_first_word(struct lang *, const char *, size_t, int);
static int	 read_gold(struct ctx *, struct dp_record *);
static void	 keep_sentence(struct ctx *, size_t, size_t);

static void
usage(int status)
{
	dp_usage(status,
	    "usage: tag-entities [-ku] [-l lang] [-L lexicon] [-m model] "
	    "[file ...]\n"
	    "       tag-entities -t model [-e epochs] [-l lang] [file ...]\n"
	    "Adds entities (PER LOC ORG MISC NORP DATE QUANTITY MONEY "
	    "PERCENT) to records\n"
	    "that segment has tokenized.\n"
	    "  -e, --epochs N      passes over the training data (12)\n"
	    "  -L, --lexicon FILE  names to find whatever the model says\n"
	    "  -l, --lang LANG     the language of every record\n"
	    "  -m, --model FILE    the model to tag with\n"
	    "  -t, --train FILE    learn a model from the records' entities\n",
	    1);
}

static const struct option longopts[] = {
	{ "epochs",	required_argument,	NULL, 'e' },
	{ "lexicon",	required_argument,	NULL, 'L' },
	{ "lang",	required_argument,	NULL, 'l' },
	{ "model",	required_argument,	NULL, 'm' },
	{ "train",	required_argument,	NULL, 't' },
	DP_LONGOPTS_KEEP_GOING,
	DP_LONGOPTS_COMMON
};

static const char *const lang_files[] = { "gazetteer.yaml",
    "entities.yaml", "langid.yaml", "segment.yaml", NULL };
static const struct dp_lang_ops lang_ops = { lang_files, sizeof(struct lang),
    lang_init, lang_load, lang_done, lang_free };

int
main(int argc, char *argv[])
{
	struct ctx x = { 0 };
	char *end, code[16];
	int ch, rc;

	dp_setprogname(argv);
	while ((ch = getopt_long(argc, argv, "e:hkL:l:m:t:uV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'e':
			opt.epochs = (int)strtol(optarg, &end, 10);
			if (*end != '\0' || opt.epochs < 1 || opt.epochs > 1000)
				dp_die(DP_EX_USAGE, "%s: bad number of epochs",
				    optarg);
			break;
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
		case 'm':
			opt.model = optarg;
			break;
		case 't':
			opt.train = optarg;
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

	x.opt = &opt;
	x.langs = dp_langs_new(&lang_ops, opt.lexicon, &opt);
	/* Bad lexicons and models are found before any input is read. */
	dp_record_lang(NULL, opt.lang != NULL ? opt.lang : "und", code,
	    sizeof(code));
	dp_langs_get(x.langs, code);
	rc = dp_filter_run(&opt.filter, argv, argc, tag_record, &x);
	if (opt.train != NULL && rc == 0)
		train(&x);
	ctx_free(&x);
	return dp_worst(rc, dp_close_stdout());
}

static void
ctx_free(struct ctx *x)
{
	dp_langs_free(x->langs);
	dp_doc_free(&x->doc);
	free(x->toks);
	dp_buf_free(&x->scratch);
	dp_buf_free(&x->out);
	dp_buf_free(&x->keybuf);
	free(x->feats);
	free(x->featoff);
	free(x->emit);
	free(x->tags);
	free(x->ents);
	free(x->seen);
	free(x->tr.feats);
	free(x->tr.off);
	free(x->tr.gold);
	free(x->tr.first);
}

static const char *
intern(struct lang *l, const char *s, size_t n)
{
	/* Doubling: a sanitizer's realloc copies every time. */
	if (l->nstrings == l->capstrings)
		l->strings = dp_reallocarray(l->strings, l->capstrings =
		    l->capstrings ? 2 * l->capstrings : 256,
		    sizeof(*l->strings));
	return l->strings[l->nstrings++] = dp_strndup(s, n);
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

/* A new language's empty sets. */
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
	if (dir != NULL) {
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
		for (i = 0; i < n; i++)
			l->model_labels[i] = model_label(dp_model_label(l->model,
			    i));
	}
	dp_buf_free(&path);
}

static void
lang_free(void *lang)
{
	struct lang *l = lang;
	size_t i;

	for (i = 0; i < sizeof(lang_sets) / sizeof(lang_sets[0]); i++)
		dp_strset_free(*(struct dp_strset **)((char *)l +
		    lang_sets[i]));
	dp_model_free(l->model);
	free(l->ordinals);
	free(l->entries);
	free(l->values);
	for (i = 0; i < l->nstrings; i++)
		free(l->strings[i]);
	free(l->strings);
	free(l->infokeys);
	free(l->infos);
	free(l->cachekeys);
	free(l->cachevals);
	free(l->edges);
}

/* Adds a gazetteer line "NAME" or "NAME | KEY" under label. */
static void
add_name(struct lang *l, const char *s, size_t n, enum label label,
    int user)
{
	const char *bar, *key = NULL;
	struct gazentry *g;
	size_t namelen = n, i, pieces = 1;
	int *slot;

	if ((bar = memchr(s, '|', n)) != NULL) {
		namelen = (size_t)(bar - s);
		key = bar + 1;
		while (key < s + n && *key == ' ')
			key++;
		key = key < s + n ? intern(l, key, (size_t)(s + n - key)) :
		    NULL;
	}
	while (namelen > 0 && s[namelen - 1] == ' ')
		namelen--;
	if (namelen == 0)
		return;
	slot = dp_strset_add(l->names, s, namelen);
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
	if (user && !(g->labels & 1U << 31))
		g->labels = 1U << 31;
	g->labels |= 1U << label;
	if (key != NULL || g->key[label] == NULL)
		g->key[label] = key;
	flag_first_word(l, s, namelen, W_GAZFIRST);
	for (i = 0; i < namelen; i++)
		if (s[i] == ' ' || s[i] == '\'')
			pieces++;
	if (pieces > 1) {
		for (i = 0; i < namelen && s[i] != ' ' && s[i] != '\''; i++)
			;
		*dp_strset_add(l->firsts, s, i + (i < namelen &&
		    s[i] == '\'')) = 1;
	}
}

/*
 * Sets flag on the lowercase form of the first word of s (up to a space,
 * or an apostrophe with it: "jusqu'"), as tokens will show it.
 */
static void
flag_first_word(struct lang *l, const char *s, size_t n, int flag)
{
	size_t i;

	for (i = 0; i < n && s[i] != ' '; i++)
		if (s[i] == '\'' || ((unsigned char)s[i] == 0xE2 && i + 2 < n &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x99)) {
			i += s[i] == '\'' ? 1 : 3;
			break;
		}
	dp_buf_reset(&l->scratch);
	dp_lower(&l->scratch, s, i);
	*dp_strset_add(l->words, l->scratch.data, l->scratch.len) |= flag;
}

/*
 * Loads a list of words or phrases into set (if not NULL) and sets flag on
 * their lowercase first words.
 */
static void
load_words(struct lang *l, struct dp_yaml *y, const char *key,
    struct dp_strset *set, int flag)
{
	char **w;
	size_t i, n;

	if (dp_yaml_get(y, dp_yaml_root(y), key) == 0)
		return;
	w = dp_yaml_strings(y, key, &n);
	for (i = 0; i < n; i++) {
		if (set != NULL)
			*dp_strset_add(set, w[i], strlen(w[i])) = 1;
		flag_first_word(l, w[i], strlen(w[i]), flag);
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
			intern(l, vs, vlen);
			*dp_strset_add(set, ks, klen) = (int)l->nstrings;
		}
		flag_first_word(l, ks, klen, flag);
	}
}

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
	if (dp_yaml_get(y, dp_yaml_root(y), "ordinal_suffixes") != 0) {
		free(l->ordinals);
		l->ordinals = dp_yaml_strings(y, "ordinal_suffixes",
		    &l->nordinals);
	}
}

/*
 * Adds a lexicon file: profile.yaml, gazetteer.yaml, entities.yaml,
 * langid.yaml (common words), segment.yaml (titles), or the user's
 * (file NULL), whose names replace the built-in labels of the same name.
 */
static void
lang_load(void *lang, const char *file, struct dp_yaml *y, void *arg)
{
	static const struct {
		const char *key;
		size_t off;	/* of the set, or 0 */
		int flag;
	} lists[] = {
		{ "given_names", 0, W_GIVEN },
		{ "surnames", 0, W_SURNAME },
		{ "words", 0, W_COMMON },
		{ "weekdays", offsetof(struct lang, weekdays), W_DATE },
		{ "date_words", offsetof(struct lang, datewords), W_DATE },
		{ "decades", offsetof(struct lang, decades), W_DATE },
		{ "number_joiners", offsetof(struct lang, joiners), 0 },
		{ "noun_complements", offsetof(struct lang, complements), 0 },
		{ "percent", offsetof(struct lang, percent), 0 },
		{ "organisation_heads", offsetof(struct lang, orgheads),
		    W_ORG },
		{ "organisation_links", offsetof(struct lang, orglinks), 0 },
		{ "titles", offsetof(struct lang, titles), 0 },
	};
	struct lang *l = lang;
	const char *s, *nl;
	size_t i, n;
	dp_node node;
	int label;

	(void)arg;
	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		load_words(l, y, lists[i].key, lists[i].off == 0 ? NULL :
		    *(struct dp_strset **)((char *)l + lists[i].off),
		    lists[i].flag);
	load_profile(l, y);
	load_map(l, y, "months", l->months, 1, W_DATE);
	load_map(l, y, "numbers", l->numbers, 1, W_NUMBER);
	load_map(l, y, "approximations", l->approx, 0, W_APPROX);
	load_map(l, y, "currencies", l->currencies, 0, W_NUMBER);
	for (label = 0; label < NLABELS; label++) {
		if ((node = dp_yaml_get(y, dp_yaml_root(y),
		    label_names[label])) == 0)
			continue;
		if ((s = dp_yaml_scalar(y, node, &n)) == NULL)
			dp_yaml_die(y, node, "%s: a block of names, one per "
			    "line, expected", label_names[label]);
		for (; n > 0; n -= (size_t)(nl - s), s = nl) {
			while (n > 0 && (*s == '\n' || *s == ' ')) {
				s++;
				n--;
			}
			if ((nl = memchr(s, '\n', n)) == NULL)
				nl = s + n;
			if (nl > s)
				add_name(l, s, (size_t)(nl - s), label,
				    file == NULL);
		}
	}
}

static int
tag_record(struct dp_record *r, void *arg)
{
	struct ctx *x = arg;
	struct lang *l;
	char code[16];

	if (dp_doc_read(&x->doc, r, DP_DOC_SHAPES) != 0)
		return DP_EX_DATAERR;
	dp_record_lang(r, opt.lang, code, sizeof(code));
	l = dp_langs_get(x->langs, code);
	describe_tokens(x, l);
	x->nents = 0;
	if (opt.train != NULL) {
		size_t k, i, first = 0;

		if (x->tr.lang == NULL)
			x->tr.lang = l;
		else if (x->tr.lang != l) {
			dp_warnat(r->name, r->lineno, "a model learns one "
			    "language (%s), not %s", x->tr.lang->code, l->code);
			return DP_EX_DATAERR;
		}
		if (read_gold(x, r) != 0)
			return DP_EX_DATAERR;
		for (k = 0; k < x->doc.nsents; k++) {
			for (i = first; i < x->doc.ntoks &&
			    x->toks[i].end <= x->doc.sents[2 * k + 1]; i++)
				;
			if (i > first)
				keep_sentence(x, first, i);
			first = i;
		}
		return 0;
	}
	tag_names(x, l);
	rules(x, l);
	user_names(x);
	write_record(x, r, l);
	return 0;
}

/*
 * The W_ flags of a lowercase word, looked up in a direct-mapped cache
 * first: the lexicons' sets are large and a word's text far in memory.
 */
static unsigned char
word_info(struct lang *l, uint64_t h, const char *w, size_t wl)
{
	size_t k = (size_t)(h >> 48) & (INFOCACHE - 1);
	const char *dash;
	unsigned char info = 0;
	int *slot;

	if (l->infokeys == NULL) {
		l->infokeys = dp_calloc(INFOCACHE, sizeof(*l->infokeys));
		l->infos = dp_calloc(INFOCACHE, 1);
	}
	if (l->infokeys[k] == (h | 1))
		return l->infos[k];
	if ((slot = dp_strset_find(l->words, w, wl)) != NULL)
		info = (unsigned char)*slot;
	/* "dix-sept" starts rules as "dix" does. */
	else if ((dash = memchr(w, '-', wl)) != NULL &&
	    (slot = dp_strset_find(l->words, w, (size_t)(dash - w))) != NULL)
		info = (unsigned char)(*slot & W_TRIGGER);
	l->infokeys[k] = h | 1;
	l->infos[k] = info;
	return info;
}

/* Per token: bytes, lowercase form, shape, capitals, list memberships. */
static void
describe_tokens(struct ctx *x, struct lang *l)
{
	const struct dp_token *d;
	struct token *t;
	size_t i, k, n;

	if (x->doc.ntoks > x->captoks) {
		x->captoks = 2 * x->doc.ntoks;
		x->toks = dp_reallocarray(x->toks, x->captoks,
		    sizeof(*x->toks));
	}
	for (i = 0; i < x->doc.ntoks; i++) {
		t = &x->toks[i];
		d = &x->doc.toks[i];
		t->start = d->start;
		t->end = d->end;
		t->bstart = d->bstart;
		t->bend = d->bend;
		t->space = (unsigned char)d->space;
		t->lower = d->lower;
		t->lowerlen = d->lowerlen;
		memcpy(t->shape, d->shape, sizeof(t->shape));
		t->upper = d->shape[0] == 'X';
		t->ent = 0;
		memset(t->gaz, 0, sizeof(t->gaz));
	}
	/* Lowercase words seen in the record tell a capitalised one is
	 * common ("Les" at a sentence start). */
	n = 1;
	while (n < 4 * x->doc.ntoks + 16)
		n *= 2;
	if (n > x->capseen) {
		x->capseen = n;
		x->seen = dp_reallocarray(x->seen, x->capseen, sizeof(*x->seen));
	}
	memset(x->seen, 0, n * sizeof(*x->seen));
	for (i = 0; i < x->doc.ntoks; i++) {
		t = &x->toks[i];
		t->hlower = XXH3_64bits(x->doc.lower.data + t->lower, t->lowerlen);
		t->hshape = XXH3_64bits(t->shape, strlen(t->shape));
		if (t->shape[0] == 'x') {
			for (k = t->hlower & (n - 1); x->seen[k] != 0 &&
			    x->seen[k] != (t->hlower | 1); k = (k + 1) & (n - 1))
				;
			x->seen[k] = t->hlower | 1;
		}
	}
	for (i = 0; i < x->doc.ntoks; i++) {
		const char *w = x->doc.lower.data + x->toks[i].lower;
		size_t wl = x->toks[i].lowerlen;

		t = &x->toks[i];
		t->lc_elsewhere = 0;
		if (t->upper) {
			for (k = t->hlower & (n - 1); x->seen[k] != 0 &&
			    x->seen[k] != (t->hlower | 1); k = (k + 1) & (n - 1))
				;
			t->lc_elsewhere = x->seen[k] != 0;
		}
		t->info = word_info(l, t->hlower, w, wl);
	}
	gazetteer_features(x, l);
}

/* The token's text, with apostrophes as U+0027, appended to b. */
static void
add_token_text(struct ctx *x, struct dp_buf *b, size_t i)
{
	const struct token *t = &x->toks[i];
	const char *e2;
	size_t p;

	/* Most tokens hold no U+2019. */
	if ((e2 = memchr(x->doc.text + t->bstart, 0xE2, t->bend - t->bstart)) ==
	    NULL) {
		dp_buf_add(b, x->doc.text + t->bstart, t->bend - t->bstart);
		return;
	}
	for (p = t->bstart; p < t->bend; p++) {
		if ((unsigned char)x->doc.text[p] == 0xE2 && p + 2 < t->bend &&
		    (unsigned char)x->doc.text[p + 1] == 0x80 &&
		    (unsigned char)x->doc.text[p + 2] == 0x99) {
			dp_buf_addc(b, '\'');
			p += 2;
		} else
			dp_buf_addc(b, x->doc.text[p]);
	}
}

/*
 * The gazetteer entry for tokens i..j-1 joined as written (one space
 * where there is any), or NULL.
 */
static const struct gazentry *
gaz_lookup(struct ctx *x, const struct lang *l, size_t i, size_t j)
{
	size_t k;
	int *slot;

	dp_buf_reset(&x->keybuf);
	for (k = i; k < j; k++) {
		if (k > i && x->toks[k].space)
			dp_buf_addc(&x->keybuf, ' ');
		add_token_text(x, &x->keybuf, k);
		if (k == i && j > i + 1 &&
		    dp_strset_find(l->firsts, x->keybuf.data, x->keybuf.len) == NULL)
			return NULL;
	}
	slot = dp_strset_find(l->names, x->keybuf.data, x->keybuf.len);
	return slot != NULL ? &l->entries[*slot - 1] : NULL;
}

/* The longest gazetteer name at token i: its end (or i) and entry. */
static size_t
gaz_longest(struct ctx *x, const struct lang *l, size_t i, const struct gazentry **gp)
{
	size_t j;

	dp_buf_reset(&x->keybuf);
	add_token_text(x, &x->keybuf, i);
	j = dp_strset_find(l->firsts, x->keybuf.data, x->keybuf.len) == NULL ?
	    i + 1 : i + MAXPHRASE < x->doc.ntoks ? i + MAXPHRASE : x->doc.ntoks;
	for (; j > i; j--)
		if ((*gp = gaz_lookup(x, l, i, j)) != NULL)
			return j;
	return i;
}

/* Marks the tokens of the longest gazetteer name at each token. */
static void
gazetteer_features(struct ctx *x, struct lang *l)
{
	const struct gazentry *g;
	size_t i, j, k;
	int y;

	for (i = 0; i < x->doc.ntoks; i++) {
		x->toks[i].gazend = i;
		if (!(x->toks[i].info & W_GAZFIRST) ||
		    (j = gaz_longest(x, l, i, &g)) == i)
			continue;
		x->toks[i].gazend = j;
		x->toks[i].gazentry = g;
		for (y = 0; y < NLABELS; y++) {
			if (!(g->labels & 1U << y))
				continue;
			for (k = i; k < j; k++)
				if (x->toks[k].gaz[y] == 0)
					x->toks[k].gaz[y] = k == i ? 1 : 2;
		}
	}
}

/* Feature templates; their numbers are part of a model. */
enum { F_BIAS = 1, F_W, F_SHAPE, F_LEN, F_P2, F_P3, F_S2, F_S3, F_S4,
	F_WM1, F_WP1, F_WM2, F_WP2, F_SM1, F_SP1, F_SM1S, F_SSP1, F_WM1W,
	F_WWP1, F_FIRST, F_GAZ, F_GAZM1, F_GAZP1, F_GIVEN, F_SURNAME,
	F_LCELSE, F_COMMON, F_WM1S, F_GIVENP1, F_SURM1, F_UPPERSEQ };

static uint64_t
mix(uint64_t x)
{
	x ^= x >> 30;
	x *= UINT64_C(0xbf58476d1ce4e5b9);
	x ^= x >> 27;
	x *= UINT64_C(0x94d049bb133111eb);
	return x ^ (x >> 31);
}

static void
feat(struct ctx *x, uint64_t tmpl, uint64_t a, uint64_t b)
{
	if (x->nfeats == x->capfeats) {
		x->capfeats = x->capfeats ? 2 * x->capfeats : 4096;
		x->feats = dp_reallocarray(x->feats, x->capfeats, sizeof(*x->feats));
	}
	x->feats[x->nfeats++] = mix(a ^ mix(b ^ mix(tmpl)));
}

/* Hash of the first (from_end == 0) or last n code points of a word. */
static uint64_t
affix(struct ctx *x, const struct token *t, size_t n, int from_end)
{
	const char *w = x->doc.lower.data + t->lower;
	size_t len = t->lowerlen, b, count = 0;

	if (!from_end) {
		for (b = 0; b < len && count < n; count++)
			b += dp_utf8_seqlen(w + b, len - b) ?
			    dp_utf8_seqlen(w + b, len - b) : 1;
		return XXH3_64bits(w, b);
	}
	for (b = len; b > 0 && count < n; count++)
		while (--b > 0 && ((unsigned char)w[b] & 0xC0) == 0x80)
			;
	return XXH3_64bits(w + b, len - b);
}

static unsigned
gazbits(struct ctx *x, size_t i)
{
	unsigned bits = 0;
	int y;

	for (y = 0; y < NLABELS; y++)
		bits = bits * 3 + x->toks[i].gaz[y];
	return bits + 1;
}

/*
 * What a token tells of the position it is at (SELF), or of a position
 * one or two before or after it: word and shape features that depend on
 * the token alone, so that their scores can be kept per word (see
 * emissions()).  t is NULL beyond the sentence.
 */
enum role { R_SELF, R_PREV, R_NEXT, R_PREV2, R_NEXT2, NROLES };

static void
role_features(struct ctx *x, const struct token *t, enum role role, int before)
{
	static const uint64_t BOS = 0x1234567, EOS = 0x7654321;
	uint64_t hl = t ? t->hlower : before ? BOS : EOS;
	uint64_t hs = t ? t->hshape : before ? BOS : EOS;
	size_t cps;

	switch (role) {
	case R_SELF:
		cps = t->end - t->start;
		feat(x, F_BIAS, 0, 0);
		feat(x, F_W, hl, 0);
		feat(x, F_SHAPE, hs, 0);
		feat(x, F_LEN, cps > 8 ? 8 : cps, t->upper);
		feat(x, F_P2, affix(x, t, 2, 0), 0);
		feat(x, F_P3, affix(x, t, 3, 0), 0);
		feat(x, F_S2, affix(x, t, 2, 1), 0);
		feat(x, F_S3, affix(x, t, 3, 1), 0);
		feat(x, F_S4, affix(x, t, 4, 1), 0);
		if (t->info & W_GIVEN)
			feat(x, F_GIVEN, t->upper, 0);
		if (t->info & W_SURNAME)
			feat(x, F_SURNAME, t->upper, 0);
		break;
	case R_PREV:
		feat(x, F_WM1, hl, 0);
		feat(x, F_SM1, hs, 0);
		break;
	case R_NEXT:
		feat(x, F_WP1, hl, 0);
		feat(x, F_SP1, hs, 0);
		break;
	case R_PREV2:
		feat(x, F_WM2, hl, 0);
		break;
	case R_NEXT2:
		feat(x, F_WP2, hl, 0);
		break;
	default:
		break;
	}
}

/* The token at i + d within first..last-1, or NULL. */
static const struct token *
near(struct ctx *x, size_t i, long d, size_t first, size_t last)
{
	return (long)i + d >= (long)first && (long)i + d < (long)last ?
	    &x->toks[(long)i + d] : NULL;
}

/* The features of token i that depend on its neighbours together. */
static void
context_features(struct ctx *x, size_t i, size_t first, size_t last)
{
	static const uint64_t BOS = 0x1234567, EOS = 0x7654321;
	const struct token *t = &x->toks[i];
	uint64_t wm1, wp1, sm1, sp1;

	wm1 = i > first ? x->toks[i - 1].hlower : BOS;
	wp1 = i + 1 < last ? x->toks[i + 1].hlower : EOS;
	sm1 = i > first ? x->toks[i - 1].hshape : BOS;
	sp1 = i + 1 < last ? x->toks[i + 1].hshape : EOS;
	feat(x, F_SM1S, sm1, t->hshape);
	feat(x, F_SSP1, t->hshape, sp1);
	feat(x, F_WM1W, wm1, t->hlower);
	feat(x, F_WWP1, t->hlower, wp1);
	feat(x, F_WM1S, wm1, t->hshape);
	if (i == first)
		feat(x, F_FIRST, t->hshape, 0);
	if (gazbits(x, i) > 1)
		feat(x, F_GAZ, gazbits(x, i), t->upper);
	if (i > first && gazbits(x, i - 1) > 1)
		feat(x, F_GAZM1, gazbits(x, i - 1), 0);
	if (i + 1 < last && gazbits(x, i + 1) > 1)
		feat(x, F_GAZP1, gazbits(x, i + 1), 0);
	if (i + 1 < last && x->toks[i + 1].info & W_GIVEN)
		feat(x, F_GIVENP1, x->toks[i + 1].upper, t->upper);
	if (i > first && x->toks[i - 1].info & W_GIVEN)
		feat(x, F_SURM1, x->toks[i - 1].upper, t->upper);
	if (t->upper)
		feat(x, F_LCELSE, t->lc_elsewhere, i == first);
	if (t->info & W_COMMON)
		feat(x, F_COMMON, t->upper, i == first);
	if (t->upper)
		feat(x, F_UPPERSEQ, i > first && x->toks[i - 1].upper,
		    i + 1 < last && x->toks[i + 1].upper);
}

static void
reserve_featoff(struct ctx *x, size_t n)
{
	if (n + 1 > x->capfeatoff) {
		x->capfeatoff = 2 * (n + 1);
		x->featoff = dp_reallocarray(x->featoff, x->capfeatoff,
		    sizeof(*x->featoff));
	}
}

/* All the features of tokens first..last-1, one position each. */
static void
sentence_features(struct ctx *x, size_t first, size_t last)
{
	static const long offset[NROLES] = { 0, -1, 1, -2, 2 };
	size_t i;
	int r;

	x->nfeats = 0;
	reserve_featoff(x, last - first);
	for (i = first; i < last; i++) {
		x->featoff[i - first] = (uint32_t)x->nfeats;
		for (r = 0; r < NROLES; r++)
			role_features(x, near(x, i, offset[r], first, last),
			    (enum role)r, offset[r] < 0);
		context_features(x, i, first, last);
	}
	x->featoff[last - first] = (uint32_t)x->nfeats;
}

/*
 * The scores a token's role features give, kept per word and shape in a
 * direct-mapped cache: most tokens of news are a few thousand words.
 */
static const float *
role_scores(struct ctx *x, struct lang *l, const struct token *t, int before)
{
	size_t L = dp_model_nlabels(l->model), slot, r;
	uint64_t key;
	float *v;

	if (l->cachekeys == NULL) {
		l->cachekeys = dp_calloc(CACHESIZE, sizeof(*l->cachekeys));
		l->cachevals = dp_reallocarray(NULL, CACHESIZE,
		    NROLES * L * sizeof(*l->cachevals));
		l->edges = dp_calloc(2 * NROLES * L, sizeof(*l->edges));
		for (r = 1; r < NROLES; r++) {
			x->nfeats = 0;
			role_features(x, NULL, (enum role)r, 1);
			dp_model_scores(l->model, x->feats, x->nfeats,
			    l->edges + r * L);
			x->nfeats = 0;
			role_features(x, NULL, (enum role)r, 0);
			dp_model_scores(l->model, x->feats, x->nfeats,
			    l->edges + (NROLES + r) * L);
		}
	}
	if (t == NULL)
		return l->edges + (before ? 0 : NROLES * L);
	key = mix(t->hlower ^ mix(t->hshape)) | 1;
	slot = (size_t)(key >> 40) & (CACHESIZE - 1);
	v = l->cachevals + slot * NROLES * L;
	if (l->cachekeys[slot] != key) {
		l->cachekeys[slot] = key;
		memset(v, 0, NROLES * L * sizeof(*v));
		for (r = 0; r < NROLES; r++) {
			x->nfeats = 0;
			role_features(x, t, (enum role)r, 0);
			dp_model_scores(l->model, x->feats, x->nfeats, v + r * L);
		}
	}
	return v;
}

/*
 * The model's scores for tokens first..last-1 into emit: the same sums as
 * over sentence_features(), with the role features' part from the cache.
 */
static void
emissions(struct ctx *x, struct lang *l, size_t first, size_t last)
{
	static const long offset[NROLES] = { 0, -1, 1, -2, 2 };
	size_t L = dp_model_nlabels(l->model), i, y;
	const struct token *t;
	const float *v;
	float *e;
	int r;

	if ((last - first) * L > x->capemit) {
		x->capemit = 2 * (last - first) * L;
		x->emit = dp_reallocarray(x->emit, x->capemit, sizeof(*x->emit));
	}
	for (i = first; i < last; i++) {
		e = x->emit + (i - first) * L;
		memset(e, 0, L * sizeof(*e));
		for (r = 0; r < NROLES; r++) {
			t = near(x, i, offset[r], first, last);
			v = role_scores(x, l, t, offset[r] < 0) + (size_t)r * L;
			for (y = 0; y < L; y++)
				e[y] += v[y];
		}
	}
	/* The context features of the whole sentence in one batch, so
	 * that their lookups overlap. */
	x->nfeats = 0;
	reserve_featoff(x, last - first);
	for (i = first; i < last; i++) {
		x->featoff[i - first] = (uint32_t)x->nfeats;
		context_features(x, i, first, last);
	}
	x->featoff[last - first] = (uint32_t)x->nfeats;
	dp_model_prefetch(l->model, x->feats, x->nfeats);
	for (i = first; i < last; i++)
		dp_model_scores(l->model, x->feats + x->featoff[i - first],
		    x->featoff[i - first + 1] - x->featoff[i - first],
		    x->emit + (i - first) * L);
}

/* Maps one gold entity onto the tokens as B- and I- tags. */
static void
gold_span(struct ctx *x, unsigned long s, unsigned long e, const char *label, size_t n)
{
	size_t k, first;
	int y;

	for (y = 0; y < L_NORP; y++)
		if (strlen(label_names[y]) == n &&
		    memcmp(label_names[y], label, n) == 0)
			break;
	if (y == L_NORP)
		return;
	for (k = 0; k < x->doc.ntoks && x->toks[k].end <= s; k++)
		;
	first = k;
	for (; k < x->doc.ntoks && x->toks[k].start < e; k++)
		x->tags[k] = 1 + 2 * y + (k > first);
	if (k == first || x->toks[first].start != s || x->toks[k - 1].end != e)
		x->tr.unaligned++;
}

/* Reads the gold entities of a training record into tags. */
static int
read_gold(struct ctx *x, struct dp_record *r)
{
	static struct dp_entity *gold;
	static size_t capgold;
	const struct dp_field *f;
	ssize_t n, i;

	if (x->doc.ntoks > x->captags) {
		x->captags = 2 * x->doc.ntoks;
		x->tags = dp_reallocarray(x->tags, x->captags, sizeof(*x->tags));
	}
	memset(x->tags, 0, x->doc.ntoks * sizeof(*x->tags));
	if ((f = dp_record_get(r, "entities")) == NULL ||
	    f->type != DP_ARRAY) {
		dp_warnat(r->name, r->lineno, "no \"entities\" array to "
		    "learn from");
		return -1;
	}
	if ((n = dp_record_entities(r, "tag-entities", &gold, &capgold)) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (gold[i].label != NULL)
			gold_span(x, gold[i].start, gold[i].end, gold[i].label,
			    gold[i].labellen);
	return 0;
}

/* Keeps the features and gold tags of tokens first..last-1 to learn. */
static void
keep_sentence(struct ctx *x, size_t first, size_t last)
{
	size_t i, n = last - first;

	sentence_features(x, first, last);
	if (x->tr.nfeats + x->nfeats > x->tr.capfeats) {
		x->tr.capfeats = 2 * (x->tr.nfeats + x->nfeats);
		x->tr.feats = dp_reallocarray(x->tr.feats, x->tr.capfeats,
		    sizeof(*x->tr.feats));
	}
	if (x->tr.npos + n + 1 > x->tr.cappos) {
		x->tr.cappos = 2 * (x->tr.npos + n + 1);
		x->tr.off = dp_reallocarray(x->tr.off, x->tr.cappos, sizeof(*x->tr.off));
		x->tr.gold = dp_reallocarray(x->tr.gold, x->tr.cappos,
		    sizeof(*x->tr.gold));
	}
	if (x->tr.nseq + 2 > x->tr.capseq) {
		x->tr.capseq = 2 * (x->tr.nseq + 2);
		x->tr.first = dp_reallocarray(x->tr.first, x->tr.capseq,
		    sizeof(*x->tr.first));
	}
	memcpy(x->tr.feats + x->tr.nfeats, x->feats, x->nfeats * sizeof(*x->feats));
	for (i = 0; i < n; i++) {
		x->tr.off[x->tr.npos + i] = (uint32_t)(x->tr.nfeats + x->featoff[i]);
		x->tr.gold[x->tr.npos + i] = x->tags[first + i];
	}
	x->tr.first[x->tr.nseq++] = x->tr.npos;
	x->tr.npos += n;
	x->tr.nfeats += x->nfeats;
	x->tr.off[x->tr.npos] = (uint32_t)x->tr.nfeats;
	x->tr.first[x->tr.nseq] = x->tr.npos;
}

/* Learns a model from the kept sentences and writes it to opt.train. */
static void
train(struct ctx *x)
{
	char *labels[1 + 2 * L_NORP], names[2 * L_NORP][8], about[256];
	struct dp_model *m;
	size_t *order, i, j, s, tmp, errors, n;
	uint64_t rng = 88172645463325252ULL;
	int *guess, y, e;

	if (x->tr.nseq == 0)
		dp_die(DP_EX_DATAERR, "no sentences to learn from");
	labels[0] = "O";
	for (y = 0; y < L_NORP; y++) {
		snprintf(names[2 * y], 8, "B-%s", label_names[y]);
		snprintf(names[2 * y + 1], 8, "I-%s", label_names[y]);
		labels[1 + 2 * y] = names[2 * y];
		labels[2 + 2 * y] = names[2 * y + 1];
	}
	snprintf(about, sizeof(about), "%s; lang %s; %zu sentences, %zu "
	    "tokens, %d epochs", FEATURES, x->tr.lang->code, x->tr.nseq, x->tr.npos,
	    opt.epochs);
	m = dp_model_new(labels, 1 + 2 * L_NORP, about);
	/* I-X only inside an X. */
	for (y = 0; y < 1 + 2 * L_NORP; y++)
		for (j = 0; j < L_NORP; j++) {
			if ((size_t)y != 1 + 2 * j && (size_t)y != 2 + 2 * j)
				dp_model_allow(m, y, (int)(2 + 2 * j), 0);
			dp_model_allow(m, -1, (int)(2 + 2 * j), 0);
		}
	order = dp_reallocarray(NULL, x->tr.nseq, sizeof(*order));
	for (i = 0; i < x->tr.nseq; i++)
		order[i] = i;
	guess = dp_reallocarray(NULL, x->tr.npos + 1, sizeof(*guess));
	for (e = 0; e < opt.epochs; e++) {
		/* The same shuffles every run: a model is reproducible. */
		for (i = x->tr.nseq - 1; i > 0; i--) {
			rng ^= rng << 13;
			rng ^= rng >> 7;
			rng ^= rng << 17;
			j = (size_t)(rng % (i + 1));
			tmp = order[i];
			order[i] = order[j];
			order[j] = tmp;
		}
		errors = 0;
		for (i = 0; i < x->tr.nseq; i++) {
			s = order[i];
			n = x->tr.first[s + 1] - x->tr.first[s];
			errors += dp_model_learn(m, x->tr.feats,
			    x->tr.off + x->tr.first[s], n, x->tr.gold + x->tr.first[s],
			    guess);
		}
		dp_warn("epoch %d: %zu of %zu tokens wrong", e + 1, errors,
		    x->tr.npos);
	}
	if (x->tr.unaligned > 0)
		dp_warn("%zu gold entities do not fall on token boundaries",
		    x->tr.unaligned);
	n = dp_model_nfeatures(m);
	if (dp_model_save(m, opt.train, PRUNE_BELOW) == -1)
		dp_die(DP_EX_IOERR, "%s: %s", opt.train, strerror(errno));
	dp_warn("%s: %zu features learned; %s", opt.train, n, about);
	dp_model_free(m);
	free(order);
	free(guess);
}

/*
 * The entity over token t, or NULL.  Entities never overlap, so a token's
 * index is right whenever it is still inside the entity it names; one
 * that was removed, moved or trimmed since is seen as stale here.
 */
static struct entity *
entity_over(struct ctx *x, size_t t)
{
	size_t k = x->toks[t].ent - 1;

	return x->toks[t].ent > 0 && k < x->nents && x->ents[k].first <= t &&
	    t <= x->ents[k].last ? &x->ents[k] : NULL;
}

static void
index_entity(struct ctx *x, size_t k)
{
	size_t t;

	for (t = x->ents[k].first; t <= x->ents[k].last; t++)
		x->toks[t].ent = k + 1;
}

/* Removes an entity: the last one takes its place (they are sorted later). */
static void
remove_entity(struct ctx *x, struct entity *e)
{
	size_t k = (size_t)(e - x->ents);

	if (k != --x->nents) {
		x->ents[k] = x->ents[x->nents];
		index_entity(x, k);
	}
}

/*
 * Adds an entity unless a stronger one overlaps it.  One that covers
 * another of no stronger origin replaces it; the user's names replace any.
 * The overlapping ones are found through their tokens, so a record with
 * many entities costs no more per entity than one with few.
 */
static void
add_entity(struct ctx *x, const struct entity *c)
{
	struct entity *o;
	size_t t;

	for (t = c->first; t <= c->last; t++) {
		if ((o = entity_over(x, t)) == NULL)
			continue;
		t = o->last;
		if ((c->origin == O_USER && o->origin != O_USER) ||
		    (c->force && o->origin == O_MODEL))
			continue;
		if (c->origin >= o->origin && c->first <= o->first &&
		    c->last >= o->last && (c->first != o->first ||
		    c->last != o->last || c->origin > o->origin))
			continue;
		return;
	}
	for (t = c->first; t <= c->last; t++)
		if ((o = entity_over(x, t)) != NULL)
			remove_entity(x, o);
	if (x->nents == x->capents) {
		x->capents = x->capents ? 2 * x->capents : 64;
		x->ents = dp_reallocarray(x->ents, x->capents, sizeof(*x->ents));
	}
	x->ents[x->nents++] = *c;
	index_entity(x, x->nents - 1);
}

static struct entity
entity(size_t first, size_t last, enum label label, enum origin origin)
{
	struct entity e;

	memset(&e, 0, sizeof(e));
	e.first = first;
	e.last = last;
	e.label = label;
	e.origin = origin;
	return e;
}

/* Is token i a title ("M.", "Mme", or "Mr" before a glued period)? */
static int
title_at(struct ctx *x, const struct lang *l, size_t i)
{
	int slot;

	if (phrase_at(x, l->titles, i, 1, 0, &slot) > i)
		return 1;
	if (!glued(x, i + 1, '.'))
		return 0;
	dp_buf_reset(&x->keybuf);
	add_token_text(x, &x->keybuf, i);
	dp_buf_addc(&x->keybuf, '.');
	return dp_strset_find(l->titles, x->keybuf.data, x->keybuf.len) != NULL;
}

/* Is token k a dash alone (-, en dash, em dash)? */
static int
dash_at(struct ctx *x, size_t k)
{
	const char *p = x->doc.text + x->toks[k].bstart;

	return x->toks[k].end - x->toks[k].start == 1 && (*p == '-' ||
	    strncmp(p, "\u2013", 3) == 0 || strncmp(p, "\u2014", 3) == 0);
}

/*
 * A dateline that opens the sentence at first (PARIS, 24 nov. 2026 (AFP)
 * -, LONDON (Reuters) -): the token after its dash, or first.  The model
 * reads what follows as a sentence of its own, as news text means it.
 */
static size_t
dateline_end(struct ctx *x, size_t first, size_t last)
{
	size_t k;

	if (!x->toks[first].upper)
		return first;
	for (k = first + 2; k < last && k - first < 12; k++)
		if (dash_at(x, k) && x->doc.text[x->toks[k - 1].bstart] == ')')
			return k + 1;
	return first;
}

/* Is token k in capitals only (PARIS, SAINT-DENIS)? */
static int
capitals(struct ctx *x, size_t k)
{
	return x->toks[k].end - x->toks[k].start >= 2 &&
	    strspn(x->toks[k].shape, "X-") == strlen(x->toks[k].shape);
}

/* The gazetteer's entry for tokens i..j-1 in capitals (NEW YORK), or NULL. */
static const struct gazentry *
title_case_lookup(struct ctx *x, const struct lang *l, size_t i, size_t j)
{
	const char *p, *end;
	size_t k, n;
	int32_t c, prev;
	int *slot;

	dp_buf_reset(&x->keybuf);
	for (k = i; k < j; k++) {
		if (k > i && x->toks[k].space)
			dp_buf_addc(&x->keybuf, ' ');
		end = x->doc.text + x->toks[k].bend;
		for (p = x->doc.text + x->toks[k].bstart, prev = ' '; p < end; p += n) {
			n = dp_utf8_decode(p, (size_t)(end - p), &c);
			dp_utf8_put(&x->keybuf, prev == ' ' || prev == '-' ?
			    c : dp_ulower(c));
			prev = c;
		}
	}
	slot = dp_strset_find(l->names, x->keybuf.data, x->keybuf.len);
	return slot != NULL ? &l->entries[*slot - 1] : NULL;
}

/*
 * The place of a dateline in capitals is a location, the agency in its
 * parentheses an organisation: rules the model, which sees few of them.
 */
static void
dateline_names(struct ctx *x, const struct lang *l, size_t first, size_t end)
{
	const struct gazentry *g;
	struct entity e;
	size_t k;

	for (k = first; k < end && capitals(x, k); k++)
		;
	if (k > first && k < end && (x->doc.text[x->toks[k].bstart] == ',' ||
	    x->doc.text[x->toks[k].bstart] == '(')) {
		e = entity(first, k - 1, L_LOC, O_RULE);
		e.force = 1;
		if ((g = title_case_lookup(x, l, first, k)) != NULL &&
		    g->labels & 1U << L_LOC)
			e.key = g->key[L_LOC];
		add_entity(x, &e);
	}
	for (; k + 2 < end; k++)
		if (x->doc.text[x->toks[k].bstart] == '(' && x->toks[k + 1].upper &&
		    x->doc.text[x->toks[k + 2].bstart] == ')') {
			e = entity(k + 1, k + 1, L_ORG, O_RULE);
			e.force = 1;
			add_entity(x, &e);
			break;
		}
}

/* Tags tokens first..last-1 with the model: one sequence. */
static void
tag_sequence(struct ctx *x, struct lang *l, size_t first, size_t last)
{
	struct entity e;
	size_t i;
	int code, prev;

	emissions(x, l, first, last);
	if (last - first > x->captags) {
		x->captags = 2 * (last - first);
		x->tags = dp_reallocarray(x->tags, x->captags, sizeof(*x->tags));
	}
	dp_model_decode(l->model, x->emit, last - first, x->tags);
	prev = -1;
	for (i = first; i < last; i++) {
		code = l->model_labels[x->tags[i - first]];
		if (code >= 0 && code % 2 == 1 && prev >= 0 &&
		    prev / 2 == code / 2) {
			x->ents[x->nents - 1].last = i;
			x->toks[i].ent = x->nents;
			continue;
		}
		prev = code;
		if (code < 0)
			continue;
		e = entity(i, i, (enum label)(code / 2), O_MODEL);
		add_entity(x, &e);
	}
}

/* Tags names with the model, sentence by sentence. */
static void
tag_names(struct ctx *x, struct lang *l)
{
	const struct gazentry *g;
	size_t s, first = 0, last, k, d;

	if (l->model == NULL)
		return;
	for (s = 0; s < x->doc.nsents; s++) {
		for (last = first; last < x->doc.ntoks &&
		    x->toks[last].end <= x->doc.sents[2 * s + 1]; last++)
			;
		if (s + 1 == x->doc.nsents)
			last = x->doc.ntoks;
		if (last == first)
			continue;
		if ((d = dateline_end(x, first, last)) > first && d < last) {
			tag_sequence(x, l, first, d);
			tag_sequence(x, l, d, last);
			dateline_names(x, l, first, d);
		} else
			tag_sequence(x, l, first, last);
		first = last;
	}
	/* Titles stay out of names: "M. Hervé Lamotte", "l'AFP Mme". */
	for (k = 0; k < x->nents; k++) {
		while (x->ents[k].first < x->ents[k].last &&
		    title_at(x, l, x->ents[k].first))
			x->ents[k].first += 1 + glued(x, x->ents[k].first + 1, '.');
		while (x->ents[k].last > x->ents[k].first &&
		    title_at(x, l, x->ents[k].last))
			x->ents[k].last--;
		while (x->ents[k].last > x->ents[k].first + 1 &&
		    glued(x, x->ents[k].last, '.') && title_at(x, l, x->ents[k].last - 1))
			x->ents[k].last -= 2;
	}
	/* A demonym the model calls MISC is a NORP; known names get keys. */
	for (k = 0; k < x->nents; k++) {
		if ((g = gaz_lookup(x, l, x->ents[k].first, x->ents[k].last + 1)) ==
		    NULL)
			continue;
		if (x->ents[k].label == L_MISC && g->labels & 1U << L_NORP)
			x->ents[k].label = L_NORP;
		if (g->labels & 1U << x->ents[k].label)
			x->ents[k].key = g->key[x->ents[k].label];
	}
}

/*
 * The longest phrase of up to max tokens at i that set holds, written as
 * in the text or lowercased: sets *slot and returns its end, or i.
 */
static size_t
phrase_at(struct ctx *x, const struct dp_strset *set, size_t i, size_t max, int lower,
    int *slot)
{
	size_t j, k;
	int *v;

	for (j = i + max < x->doc.ntoks ? i + max : x->doc.ntoks; j > i; j--) {
		dp_buf_reset(&x->keybuf);
		for (k = i; k < j; k++) {
			if (k > i && x->toks[k].space)
				dp_buf_addc(&x->keybuf, ' ');
			if (lower)
				dp_buf_add(&x->keybuf, x->doc.lower.data + x->toks[k].lower,
				    x->toks[k].lowerlen);
			else
				add_token_text(x, &x->keybuf, k);
		}
		if ((v = dp_strset_find(set, x->keybuf.data, x->keybuf.len)) !=
		    NULL) {
			*slot = *v;
			return j;
		}
	}
	return i;
}

/* A word of the set at i, as written or lowercased; 0 if none. */
static int
word_in(struct ctx *x, const struct dp_strset *set, size_t i)
{
	int slot = 0;

	if (i >= x->doc.ntoks)
		return 0;
	if (phrase_at(x, set, i, 1, 0, &slot) > i ||
	    phrase_at(x, set, i, 1, 1, &slot) > i)
		return slot;
	return 0;
}

static int
is_digits(struct ctx *x, size_t i)
{
	return i < x->doc.ntoks && x->doc.text[x->toks[i].bstart] >= '0' &&
	    x->doc.text[x->toks[i].bstart] <= '9';
}

/*
 * The value of a token written in digits: "10 000", "3,5", "1,000.5".
 * A lone separator followed by three digits groups thousands in the
 * language that groups with it.  Returns 0 if the token is no plain number.
 */
static int
plain_number(struct ctx *x, const struct lang *l, size_t i, double *v, int *ndigits)
{
	char buf[64];
	const char *p = x->doc.text + x->toks[i].bstart, *end = x->doc.text + x->toks[i].bend;
	size_t n = 0, k, seps = 0, after = 0;
	char sep = 0, last = 0;

	if (!is_digits(x, i))
		return 0;
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
		    (unsigned char)p[1] == 0x80 && ((unsigned char)p[2] ==
		    0xAF || (unsigned char)p[2] == 0x89))
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

/*
 * A number at i, in digits ("10 000", "1,5 million") or words
 * ("quatre-vingt-dix", "two hundred"): sets *v and returns its end, or i.
 */
static size_t
number_at(struct ctx *x, const struct lang *l, size_t i, double *v, int *ndigits)
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
		const char *w = x->doc.lower.data + x->toks[j].lower;

		if ((slot = word_in(x, l->numbers, j)) > 0) {
			parts[np++] = l->values[slot - 1];
			continue;
		}
		/* "dix-sept", "twenty-one": every part a number word. */
		for (a = 0, k = np; a < x->toks[j].lowerlen && k < 28; a = b + 1) {
			for (b = a; b < x->toks[j].lowerlen && w[b] != '-'; b++)
				;
			int *sv = dp_strset_find(l->numbers, w + a, b - a);
			if (sv == NULL)
				break;
			parts[k++] = l->values[*sv - 1];
		}
		if (a > x->toks[j].lowerlen && k > np + 1) {
			np = k;
			continue;
		}
		if (np > 0 && j + 1 < x->doc.ntoks && word_in(x, l->joiners, j) &&
		    word_in(x, l->numbers, j + 1))
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

/* A lowercase word that can be counted (no function word, no month). */
static int
counted_noun(struct ctx *x, const struct lang *l, size_t i)
{
	return i < x->doc.ntoks && x->toks[i].shape[0] == 'x' && x->toks[i].space &&
	    strspn(x->toks[i].shape, "x-") == strlen(x->toks[i].shape) &&
	    !(x->toks[i].info & W_COMMON) && !word_in(x, l->months, i) &&
	    !word_in(x, l->numbers, i) && x->toks[i].end - x->toks[i].start > 1;
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
	if (i + 1 < x->doc.ntoks && !x->toks[i + 1].space &&
	    x->doc.text[x->toks[i + 1].bstart] == '.' && x->toks[i + 1].end ==
	    x->toks[i + 1].start + 1 && phrase_at(x, l->months, i, 2, 1, &slot) ==
	    i + 2) {
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
	const char *p = x->doc.text + x->toks[i].bstart, *end = x->doc.text + x->toks[i].bend;
	int v;

	return read_digits(&p, end, &v) > 0 && p == end ? v : -1;
}

/*
 * A day of the month at i: "23", or digits and one of the language's
 * ordinal suffixes ("1er", "1st"); 0 if none.
 */
static int
day_at(struct ctx *x, const struct lang *l, size_t i)
{
	const char *p, *end;
	size_t k;
	int d;

	if (i >= x->doc.ntoks || !is_digits(x, i))
		return 0;
	p = x->doc.text + x->toks[i].bstart;
	end = x->doc.text + x->toks[i].bend;
	read_digits(&p, end, &d);
	for (k = 0; p < end && k < l->nordinals; k++)
		if ((size_t)(end - p) >= strlen(l->ordinals[k]) &&
		    strncmp(p, l->ordinals[k], strlen(l->ordinals[k])) == 0)
			break;
	if (p < end && k == l->nordinals)
		return 0;
	return d >= 1 && d <= 31 ? d : 0;
}

/* A year at i: four digits, nothing else. */
static int
year_at(struct ctx *x, size_t i)
{
	int y;

	if (i >= x->doc.ntoks || x->toks[i].end - x->toks[i].start != 4)
		return 0;
	return (y = digits_value(x, i)) >= 1000 ? y : 0;
}

static int
glued(struct ctx *x, size_t i, char c)
{
	return i < x->doc.ntoks && !x->toks[i].space && x->toks[i].end == x->toks[i].start +
	    1 && x->doc.text[x->toks[i].bstart] == c;
}

/* A month or day of two digits at i, glued to what is before it. */
static int
two_digits_at(struct ctx *x, size_t i, int max)
{
	int v;

	if (i >= x->doc.ntoks || x->toks[i].space || x->toks[i].end - x->toks[i].start != 2)
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
numeric_date_at(struct ctx *x, const struct lang *l, size_t i, int *d, int *m, int *y)
{
	const char *p, *end;
	enum date_order order;
	int g[3];

	if (!is_digits(x, i))
		return 0;
	p = x->doc.text + x->toks[i].bstart;
	end = x->doc.text + x->toks[i].bend;
	if (!(read_digits(&p, end, &g[0]) && read_date_seps(&p, end) &&
	    read_digits(&p, end, &g[1]) && read_date_seps(&p, end) &&
	    read_digits(&p, end, &g[2]) && p == end))
		return 0;
	order = memchr(x->doc.text + x->toks[i].bstart, '/', x->toks[i].bend -
	    x->toks[i].bstart) != NULL ? l->slash_order : l->dot_order;
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
	int d, m, y;

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
		if (!d && !y && j == i)
			return i;	/* "mai" alone: too often a verb */
		j = k;
	} else
		return j;	/* a weekday alone, or nothing */
	if (y && d)
		snprintf(e->date, sizeof(e->date), "%04d-%02d-%02d", y, m, d);
	else if (y)
		snprintf(e->date, sizeof(e->date), "%04d-%02d", y, m);
	else if (d)
		snprintf(e->date, sizeof(e->date), "--%02d-%02d", m, d);
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
	for (p = x->doc.text + x->toks[j].bstart; *p >= '0' && *p <= '9' && n < 5; p++)
		y = y * 10 + (*p - '0'), n++;
	if (n != 4 || y % 10 != 0 || y < 1000)
		return i;
	if (p == x->doc.text + x->toks[j].bend) {
		if (j == i)
			return i;
	} else if (!(*p == 's' && p + 1 == x->doc.text + x->toks[j].bend))
		return i;
	snprintf(e->date, sizeof(e->date), "%04d/%04d", y, y + 9);
	return j + 1;
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

/* Dates, quantities, money, percentages, institutions and demonyms. */
static void
rules(struct ctx *x, struct lang *l)
{
	const struct gazentry *g;
	struct entity e;
	size_t i, j, k, a;
	double v;
	int slot, aslot, nd;

	for (i = 0; i < x->doc.ntoks; i = j > i ? j : i + 1) {
		j = i;
		if (!(x->toks[i].info & W_TRIGGER) && !is_digits(x, i))
			goto demonym;
		e = entity(i, i, L_DATE, O_RULE);
		a = i;
		/* Approximations bound the number that follows them. */
		aslot = 0;
		a = x->toks[i].info & W_APPROX ?
		    phrase_at(x, l->approx, i, 3, 1, &aslot) : i;
		if (a == i)
			aslot = 0;
		if (a >= x->doc.ntoks || (!(x->toks[a].info & W_NUMBER) && !is_digits(x, a)))
			goto date;
		/* 03.12.2025 lo: a date in digits, not a quantity of lo */
		if (a == i && is_digits(x, i) && date_at(x, l, i, &e) > i)
			goto date;
		/* $5 million, £10 */
		if ((k = phrase_at(x, l->currencies, a, 1, 0, &slot)) > a &&
		    (k = number_at(x, l, k, &v, &nd)) > a + 1) {
			e.label = L_MONEY;
			e.currency = l->strings[slot - 1];
			j = k;
		} else if ((k = number_at(x, l, a, &v, &nd)) > a) {
			j = k;
			if ((k = phrase_at(x, l->percent, j, 2, 1, &slot)) > j) {
				e.label = L_PERCENT;
				j = k;
			} else if ((k = currency_at(x, l, j, &slot)) > j) {
				e.label = L_MONEY;
				e.currency = l->strings[slot - 1];
				j = k;
			} else if (counted_noun(x, l, j)) {
				e.label = L_QUANTITY;
				j++;
				if (word_in(x, l->complements, j) &&
				    counted_noun(x, l, j + 1))
					j += 2;
			} else
				j = i;
		}
		if (j > i) {
			if (e.label != L_DATE) {
				e.value = v;
				e.hasvalue = 1;
				e.approx = aslot ? l->strings[aslot - 1] : NULL;
			} else
				e.first = a;
			e.last = j - 1;
			add_entity(x, &e);
			continue;
		}
date:
		j = i;
		e.label = L_DATE;
		if (!(x->toks[i].info & W_DATE) && !is_digits(x, i))
			goto org;
		if ((j = decade_at(x, l, i, &e)) > i ||
		    (j = date_at(x, l, i, &e)) > i ||
		    (j = phrase_at(x, l->datewords, i, 1, 1, &slot)) > i) {
			e.last = j - 1;
			add_entity(x, &e);
			continue;
		}
		/* A year alone: four digits, 1500 to 2100. */
		if ((k = year_at(x, i)) >= 1500 && k <= 2100 && a == i) {
			snprintf(e.date, sizeof(e.date), "%04d", (int)k);
			add_entity(x, &e);
			j = i + 1;
			continue;
		}
org:
		/* ministère (azerbaïdjanais) de la Défense */
		j = i;
		if (x->toks[i].info & W_ORG && word_in(x, l->orgheads, i)) {
			j = i + 1;
			if (j < x->doc.ntoks && x->toks[j].shape[0] == 'x' &&
			    !word_in(x, l->orglinks, j))
				j++;
			for (k = j; k < j + 2 && word_in(x, l->orglinks, k); k++)
				;
			if (k > j && k < x->doc.ntoks && x->toks[k].upper) {
				while (k + 1 < x->doc.ntoks && x->toks[k + 1].upper &&
				    x->toks[k + 1].space)
					k++;
				e = entity(i, k, L_ORG, O_RULE);
				e.force = 1;
				add_entity(x, &e);
				j = k + 1;
				continue;
			}
			j = i + 1;
		}
demonym:
		/* Demonyms, as nouns or adjectives. */
		if ((j = x->toks[i].gazend) > i &&
		    (g = x->toks[i].gazentry)->labels & 1U << L_NORP) {
			e = entity(i, j - 1, L_NORP, O_RULE);
			e.key = g->key[L_NORP];
			add_entity(x, &e);
		}
	}
}

/* The user's names win over everything else. */
static void
user_names(struct ctx *x)
{
	const struct gazentry *g;
	struct entity e;
	size_t i, j;
	int y;

	if (opt.lexicon == NULL)
		return;
	for (i = 0; i < x->doc.ntoks; i = j > i ? j : i + 1) {
		if ((j = x->toks[i].gazend) == i ||
		    !((g = x->toks[i].gazentry)->labels & 1U << 31))
			continue;
		for (y = 0; y < NLABELS && !(g->labels & 1U << y); y++)
			;
		if (y == NLABELS)
			continue;
		e = entity(i, j - 1, (enum label)y, O_USER);
		e.key = g->key[y];
		add_entity(x, &e);
	}
}

static int
by_first(const void *a, const void *b)
{
	const struct entity *x = a, *y = b;

	return x->first < y->first ? -1 : x->first > y->first;
}

static void
write_record(struct ctx *x, struct dp_record *r, struct lang *l)
{
	struct dp_set set;
	const struct entity *e;
	size_t i;

	(void)l;
	if (x->nents > 1)
		qsort(x->ents, x->nents, sizeof(*x->ents), by_first);
	dp_buf_reset(&x->out);
	dp_buf_addc(&x->out, '[');
	for (i = 0; i < x->nents; i++) {
		e = &x->ents[i];
		dp_buf_printf(&x->out, "%s{\"start\":%u,\"end\":%u,\"label\":\"%s\","
		    "\"text\":", i ? "," : "", x->toks[e->first].start,
		    x->toks[e->last].end, label_names[e->label]);
		dp_json_str(&x->out, x->doc.text + x->toks[e->first].bstart,
		    x->toks[e->last].bend - x->toks[e->first].bstart);
		if (e->key != NULL) {
			dp_buf_adds(&x->out, ",\"key\":");
			dp_json_strz(&x->out, e->key);
		}
		if (e->hasvalue) {
			if (e->value == floor(e->value) && fabs(e->value) < 1e15)
				dp_buf_printf(&x->out, ",\"value\":%.0f", e->value);
			else
				dp_buf_printf(&x->out, ",\"value\":%.15g",
				    e->value);
		} else if (e->date[0] != '\0')
			dp_buf_printf(&x->out, ",\"value\":\"%s\"", e->date);
		if (e->approx != NULL)
			dp_buf_printf(&x->out, ",\"approx\":\"%s\"", e->approx);
		if (e->currency != NULL) {
			dp_buf_adds(&x->out, ",\"currency\":");
			dp_json_strz(&x->out, e->currency);
		}
		dp_buf_addc(&x->out, '}');
	}
	dp_buf_addc(&x->out, ']');
	set = (struct dp_set){ "entities", x->out.data, x->out.len };
	dp_record_write(r, &set, 1);
}
