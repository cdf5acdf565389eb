/*
 * extract-claims: adds claims to each record: the statements an article
 * attributes to a source (who said what, how sure), found from cue verbs,
 * attribution prepositions and quotations over the tokens, sentences and
 * entities of segment and tag-entities (depeche(7), extract-claims(1)).
 */

#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

enum kind { K_ASSERTION, K_REPORT, K_DENIAL, K_ACCUSATION, K_WARNING,
	K_DEMAND, NKINDS };
static const char *const kind_names[NKINDS] = { "assertion", "report", "denial",
	"accusation", "warning", "demand" };

/* What a word is to the rules (lexicon lists), then what its text shows. */
#define T_AUX		0x0001
#define T_ADV		0x0002
#define T_PRON		0x0004
#define T_COMP		0x0008	/* que, that */
#define T_DET		0x0010
#define T_COORD		0x0020
#define T_REL		0x0040
#define T_DIST		0x0080	/* a distancing noun: allégations */
#define T_HEDGE		0x0100
#define T_NOTSRC	0x0200	/* cannot follow selon as its source */
#define T_NOTCOND	0x0400	/* ends like a conditional, is none */
#define T_OPENQ		0x0800
#define T_CLOSEQ	0x1000
#define T_COMMA		0x2000	/* , ( ) – — */
#define T_STOP		0x4000	/* . ! ? … ; */
#define T_COLON		0x8000
#define T_PASSIVE	0x10000	/* is said, est dit */
#define T_INFORMANT	0x20000	/* police, ministère: sources that report */
#define T_DASH		0x40000	/* a dash alone, as after a dateline */
#define T_SKIP		0x80000	/* a preposition that starts no source */
#define T_BLAME		0x100000	/* a word of blame: the claim accuses */
#define T_ADVERBIAL	0x200000	/* starts an adverbial after a cue */
#define T_PUNCT		(T_OPENQ | T_CLOSEQ | T_COMMA | T_STOP | T_COLON)
#define FLAGBITS	22	/* the word set's values: flags | cue << 22 */

/* Constructions a cue takes (lexicon "takes"). */
#define TAKES_NP	1	/* a noun phrase or infinitive as content */
#define TAKES_OBJ	2	/* an object before its content */
#define TAKES_TARGET	4	/* its object is the claim's target */
#define TAKES_TARGET_A	8	/* the target follows à */
#define TAKES_QUOTE	16	/* a quotation only: « … », poursuit-il */
#define TAKES_NAMING	32	/* an object and its name: called him a liar */

#define MAXSOURCE	12	/* tokens in a source, at most */
#define CUEWINDOW	14	/* tokens between cue and que or a colon */

struct cue {
	char		*lemma;
	enum kind	 kind;
	unsigned	 takes;
	char		*then;		/* words after the verb, or NULL */
	int		 alt;		/* the cue of the same forms without
					 * then's words (call for, call), or -1 */
};

struct phrase {
	char		*text;		/* lowercase, words between spaces */
	enum kind	 kind;
};

struct phrases {
	struct phrase	*v;
	size_t		 n;
};

/*
 * Word classes the grammar asks about by name, beyond the flags: small
 * lists of claims.yaml, or of profile.yaml when they are the language's
 * morphology (word endings).
 */
enum wclass {
	WC_TARGET_PREP,		/* imputer … à X: the target follows */
	WC_TARGET_ARTICLE,	/* au, aux: a preposition and article */
	WC_TARGET_END,		/* de, of, against: end a target */
	WC_NAMING_ARTICLE,	/* called him a liar */
	WC_POSSESSIVE,		/* 's: NBC's Dante Chinni */
	WC_INFINITIVE,		/* to: is said to, to say */
	WC_GERUND,		/* en ajoutant */
	WC_PAST_FORM,		/* said, told: a past cue, not by its ending */
	WC_NOUN_COMPLEMENT,	/* of: reports of fraud, a noun's */
	NWCLASSES
};

enum sclass {
	SC_INVERTED,		/* -t-il: a subject pronoun after the verb */
	SC_ADJ_PARTICIPLE,	/* dite: a participle alone is an adjective */
	SC_PRES_PARTICIPLE,	/* ajoutant, adding */
	SC_PAST,		/* disait, added: a past cue */
	SC_PLURAL,		/* reports */
	NSCLASSES
};

struct lang {
	const char	*code;
	int		 drops_complementizer;	/* said he would (that) */
	int		 lemma_is_infinitive;	/* a bare lemma is no finite cue */
	int		 source_after_cue;	/* CUE SOURCE COMP CONTENT */
	struct dp_strset *classes[NWCLASSES];
	struct phrases	 suffixes[NSCLASSES];
	struct dp_strset *words;	/* lowercase word: flags | cue << 22 */
	struct cue	*cues;
	size_t		 ncues;
	struct phrases	 preps, links, demands, endings;
	struct phrases	 insertions;	/* inside a verb group: pour sa part */
	struct phrases	 openings;	/* Pour X, CONTENT */
	struct dp_buf	 scratch;	/* while loading */
};

struct token {
	uint32_t	 start, end;	/* code points */
	uint32_t	 word;		/* its lowercase text in words */
	uint32_t	 wordlen;
	uint32_t	 sent;
	unsigned	 flags;
	int		 cue;		/* index in cues, or -1 */
	int		 mate;		/* the other quotation mark, or -1 */
	unsigned	 pron;		/* code points of an inverted pronoun */
	unsigned	 quoted;	/* quotations it lies inside */
	int		 bare;		/* a cue's lemma: a noun too (conseiller) */
};

struct span {
	long		 first, last;	/* tokens, last excluded; -1: none */
	uint32_t	 start, end;	/* code points */
};

struct claim {
	enum kind	 kind;
	struct span	 source, cue, content, target;
	const char	*lemma;
	size_t		 lemmalen;
	long		 edge;		/* where its source or cue starts */
	long		 sent;
	int		 hedged, direct, mixed, dropped, pronoun;
	int		 preposition;	/* selon, according to */
	int		 speaker;	/* dropped, but a pronoun's antecedent */
};

static struct options {
	const char	*lang;
	const char	*lexicon;
	struct dp_filter filter;
} opt;

/* A claim's place in the order of content ends. */
struct ended {
	long		 last;
	size_t		 claim;
};

/* What a run keeps: its languages, then one record's state. */
struct ctx {
	struct dp_langs	*langs;
	struct dp_doc	 doc;		/* text, tokens, sentences, entities */
	const struct lang *lang;	/* the record's */
	struct token	*toks;		/* what the rules see of doc's */
	size_t		 captoks;
	long		*lastper;	/* the last PER up to each entity */
	size_t		 caplastper;
	struct claim	*claims;
	size_t		 nclaims, capclaims;
	unsigned char	*taken;		/* continued_quotes: tokens, sents */
	struct ended	*order;		/* and claims by content end */
	size_t		 captaken, caporder;
	long		*maxsent_to;	/* see bound_antecedents */
	uint32_t	*minend_from;
	size_t		 capbounds;
	struct dp_buf	 out;
};

static DP_NORETURN void usage(int);
static void	 ctx_free(struct ctx *);
static void	 lang_init(void *, const char *, void *);
static void	 lang_load(void *, const char *, struct dp_yaml *, void *);
static void	 lang_done(void *, const char *, void *);
static void	 lang_free(void *);
static int	 extract_record(struct dp_record *, void *);
static void	 index_entities(struct ctx *);
static void	 describe_tokens(struct ctx *, struct lang *);
static void	 pair_quotes(struct ctx *);
static int32_t	 first_char(struct ctx *, long);
static void	 find_claims(struct ctx *, struct lang *);
static void	 verb_claim(struct ctx *, struct lang *, long);
static void	 preposition_claim(struct ctx *, long, long, enum kind);
static void	 cut_contents(struct ctx *);
static void	 continued_quotes(struct ctx *);
static void	 finish_claim(struct ctx *, struct lang *, struct claim *);
static void	 write_record(struct ctx *, struct dp_record *);
static long	 entity_of(struct ctx *, uint32_t, uint32_t);
static size_t	 entity_in(struct ctx *, uint32_t, uint32_t, const char *);
static int	 is_upper(struct ctx *, long);
static int	 plural_of(struct ctx *, long, size_t);
static int	 is_date(struct ctx *, long);
static int	 auxiliary(struct ctx *, long);

static void
usage(int status)
{
	dp_usage(status,
	    "usage: extract-claims [-ku] [-l lang] [-L lexicon] [file ...]\n"
	    "Adds claims (who said what, of whom, how sure) to records that "
	    "tag-entities\nhas tagged.\n"
	    "  -L, --lexicon FILE  more cues and words, as in claims.yaml\n"
	    "  -l, --lang LANG     the language of every record\n", 1);
}

static const char *const lang_files[] = { "claims.yaml", NULL };
static const struct dp_lang_ops lang_ops = { lang_files, sizeof(struct lang),
    lang_init, lang_load, lang_done, lang_free };

static const struct option longopts[] = {
	{ "lexicon",	required_argument,	NULL, 'L' },
	{ "lang",	required_argument,	NULL, 'l' },
	DP_LONGOPTS_KEEP_GOING,
	DP_LONGOPTS_COMMON
};

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
	if (opt.lang != NULL) {
		dp_record_lang(NULL, opt.lang, code, sizeof(code));
		dp_langs_get(x.langs, code);
	} else if (opt.lexicon != NULL)
		dp_langs_get(x.langs, "und");
	rc = dp_filter_run(&opt.filter, argv, argc, extract_record, &x);
	ctx_free(&x);
	return dp_worst(rc, dp_close_stdout());
}

static void
ctx_free(struct ctx *x)
{
	dp_langs_free(x->langs);
	dp_doc_free(&x->doc);
	free(x->toks);
	free(x->lastper);
	free(x->claims);
	free(x->taken);
	free(x->order);
	free(x->maxsent_to);
	free(x->minend_from);
	dp_buf_free(&x->out);
}

static void
lang_init(void *lang, const char *code, void *arg)
{
	struct lang *l = lang;

	size_t i;

	(void)arg;
	l->code = code;
	l->words = dp_strset_new();
	for (i = 0; i < NWCLASSES; i++)
		l->classes[i] = dp_strset_new();
}

/* A language with neither cues nor prepositions finds no claims. */
static void
lang_done(void *lang, const char *dir, void *arg)
{
	struct lang *l = lang;

	(void)dir;
	(void)arg;
	if (l->ncues == 0 && l->preps.n == 0)
		dp_warn("no cues for language \"%s\": its records get no "
		    "claims", l->code);
	dp_buf_free(&l->scratch);
}

static void
free_phrases(struct phrases *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		free(p->v[i].text);
	free(p->v);
}

static void
lang_free(void *lang)
{
	struct lang *l = lang;
	size_t i;

	dp_strset_free(l->words);
	for (i = 0; i < l->ncues; i++) {
		free(l->cues[i].lemma);
		free(l->cues[i].then);
	}
	free(l->cues);
	free_phrases(&l->preps);
	free_phrases(&l->links);
	free_phrases(&l->demands);
	free_phrases(&l->endings);
	free_phrases(&l->insertions);
	free_phrases(&l->openings);
	for (i = 0; i < NWCLASSES; i++)
		dp_strset_free(l->classes[i]);
	for (i = 0; i < NSCLASSES; i++)
		free_phrases(&l->suffixes[i]);
}

static void
add_word(struct lang *l, const char *s, size_t n, unsigned flags, int cue)
{
	int *slot, old;

	dp_buf_reset(&l->scratch);
	dp_lower(&l->scratch, s, n);
	slot = dp_strset_add(l->words, l->scratch.data, l->scratch.len);
	*slot |= (int)flags;
	old = (*slot >> FLAGBITS) - 1;
	/* A later cue of the same form replaces it, unless the form's cue
	 * needs words after it (call for): then the later one is its
	 * fallback (call X Y). */
	if (cue >= 0 && old >= 0 && old != cue && l->cues[old].then != NULL) {
		if (l->cues[old].alt < 0)
			l->cues[old].alt = cue;
	} else if (cue >= 0)
		*slot = (*slot & ((1 << FLAGBITS) - 1)) |
		    (cue + 1) << FLAGBITS;
}

/* The list key of a lexicon, or NULL if it has none (a user's may not). */
static char **
optional_list(struct dp_yaml *y, const char *key, size_t *n)
{
	*n = 0;
	if (dp_yaml_get(y, dp_yaml_root(y), key) == 0)
		return NULL;
	return dp_yaml_strings(y, key, n);
}

static void
load_words(struct lang *l, struct dp_yaml *y, const char *key,
    unsigned flags)
{
	char **v;
	size_t i, n;

	v = optional_list(y, key, &n);
	for (i = 0; i < n; i++)
		add_word(l, v[i], strlen(v[i]), flags, -1);
	free(v);
}

static int
kind_of(struct dp_yaml *y, dp_node node)
{
	const char *s;
	size_t n;
	int k;

	if ((s = dp_yaml_scalar(y, node, &n)) != NULL)
		for (k = 0; k < NKINDS; k++)
			if (strlen(kind_names[k]) == n &&
			    memcmp(kind_names[k], s, n) == 0)
				return k;
	dp_yaml_die(y, node, "a kind expected (assertion, report, denial, "
	    "accusation, warning, demand)");
}

static char *
lower_dup(struct lang *l, const char *s, size_t n)
{
	dp_buf_reset(&l->scratch);
	dp_lower(&l->scratch, s, n);
	return dp_strndup(l->scratch.data, l->scratch.len);
}

static void
add_phrase(struct lang *l, struct phrases *p, const char *s, size_t n,
    enum kind kind)
{
	p->v = dp_reallocarray(p->v, p->n + 1, sizeof(*p->v));
	p->v[p->n].text = lower_dup(l, s, n);
	p->v[p->n++].kind = kind;
}

static void
load_phrases(struct lang *l, struct dp_yaml *y, const char *key,
    struct phrases *p)
{
	char **v;
	size_t i, n;

	v = optional_list(y, key, &n);
	for (i = 0; i < n; i++)
		add_phrase(l, p, v[i], strlen(v[i]), K_REPORT);
	free(v);
}

/* Reads a mapping of phrases to kinds (prepositions). */
static void
load_kinds(struct lang *l, struct dp_yaml *y, dp_node root, const char *key,
    struct phrases *p)
{
	const char *s;
	dp_node node;
	size_t i, n;

	if ((node = dp_yaml_get(y, root, key)) == 0)
		return;
	if (!dp_yaml_is_map(y, node))
		dp_yaml_die(y, node, "%s: a mapping of phrases to kinds "
		    "expected", key);
	for (i = 0; i < dp_yaml_len(y, node); i++) {
		if ((s = dp_yaml_scalar(y, dp_yaml_key(y, node, i),
		    &n)) == NULL)
			dp_yaml_die(y, node, "a phrase expected");
		add_phrase(l, p, s, n, kind_of(y, dp_yaml_value(y, node, i)));
	}
}

/* Reads one entry of "cues": a lemma, its kind, constructions and forms. */
static void
load_cue(struct lang *l, struct dp_yaml *y, dp_node key, dp_node val)
{
	static const char *const takes[] = { "np", "obj", "target", "target-a",
	    "quote", "naming" };
	struct cue *c;
	const char *s, *w;
	size_t n, i, k;
	dp_node node;

	if ((s = dp_yaml_scalar(y, key, &n)) == NULL ||
	    !dp_yaml_is_map(y, val))
		dp_yaml_die(y, key, "a cue: a lemma and a mapping expected");
	l->cues = dp_reallocarray(l->cues, l->ncues + 1, sizeof(*l->cues));
	c = &l->cues[l->ncues];
	memset(c, 0, sizeof(*c));
	c->alt = -1;
	c->lemma = dp_strndup(s, n);
	if (l->ncues + 1 >= 1U << (31 - FLAGBITS))
		dp_yaml_die(y, key, "too many cues");
	if ((node = dp_yaml_get(y, val, "kind")) == 0)
		dp_yaml_die(y, val, "%s: no kind", c->lemma);
	c->kind = kind_of(y, node);
	if ((node = dp_yaml_get(y, val, "then")) != 0 &&
	    (s = dp_yaml_scalar(y, node, &n)) != NULL)
		c->then = lower_dup(l, s, n);
	if ((node = dp_yaml_get(y, val, "takes")) != 0) {
		if ((s = dp_yaml_scalar(y, node, &n)) == NULL)
			dp_yaml_die(y, node, "constructions expected");
		for (w = s; w < s + n; w += k + 1) {
			k = strcspn(w, " ");
			if (w + k > s + n)
				k = (size_t)(s + n - w);
			for (i = 0; i < sizeof(takes) / sizeof(takes[0]); i++)
				if (strlen(takes[i]) == k &&
				    memcmp(takes[i], w, k) == 0)
					break;
			if (i < sizeof(takes) / sizeof(takes[0]))
				c->takes |= 1U << i;
			else if (k > 0)
				dp_yaml_die(y, node, "np, obj, target, "
				    "target-a, quote or naming expected");
		}
	}
	if ((node = dp_yaml_get(y, val, "forms")) == 0 ||
	    (s = dp_yaml_scalar(y, node, &n)) == NULL)
		dp_yaml_die(y, val, "%s: no forms", c->lemma);
	for (w = s; w < s + n; w += k) {
		while (w < s + n && (*w == ' ' || *w == '\n'))
			w++;
		for (k = 0; w + k < s + n && w[k] != ' ' && w[k] != '\n'; k++)
			;
		if (k > 0)
			add_word(l, w, k, 0, (int)l->ncues);
	}
	l->ncues++;
}

/* Keys of word classes and endings, and the files that may hold them. */
static const struct {
	const char	*key;
	int		 class;		/* an enum wclass, or -1 */
	int		 suffix;	/* an enum sclass, or -1 */
	int		 profile;	/* profile.yaml's, else claims.yaml's */
} class_keys[] = {
	{ "target_prepositions", WC_TARGET_PREP, -1, 0 },
	{ "target_articles", WC_TARGET_ARTICLE, -1, 0 },
	{ "target_ends", WC_TARGET_END, -1, 0 },
	{ "naming_articles", WC_NAMING_ARTICLE, -1, 0 },
	{ "possessives", WC_POSSESSIVE, -1, 0 },
	{ "infinitive_markers", WC_INFINITIVE, -1, 0 },
	{ "gerund_markers", WC_GERUND, -1, 0 },
	{ "past_forms", WC_PAST_FORM, -1, 1 },
	{ "inverted_pronouns", -1, SC_INVERTED, 1 },
	{ "adjectival_participle_endings", -1, SC_ADJ_PARTICIPLE, 1 },
	{ "present_participle_endings", -1, SC_PRES_PARTICIPLE, 1 },
	{ "past_endings", -1, SC_PAST, 1 },
	{ "noun_complements", WC_NOUN_COMPLEMENT, -1, 0 },
	{ "plural_endings", -1, SC_PLURAL, 1 },
};

/* The profile's properties and the classes a file holds. */
static void
load_classes(struct lang *l, struct dp_yaml *y, int profile)
{
	char **v;
	size_t i, k, n;

	if (profile) {
		dp_profile_bool(y, "drops_complementizer",
		    &l->drops_complementizer);
		dp_profile_bool(y, "lemma_is_infinitive",
		    &l->lemma_is_infinitive);
		dp_profile_bool(y, "source_after_cue", &l->source_after_cue);
	}
	for (i = 0; i < sizeof(class_keys) / sizeof(class_keys[0]); i++) {
		if (class_keys[i].profile != profile && profile >= 0)
			continue;
		if (class_keys[i].suffix >= 0) {
			load_phrases(l, y, class_keys[i].key,
			    &l->suffixes[class_keys[i].suffix]);
			continue;
		}
		v = optional_list(y, class_keys[i].key, &n);
		for (k = 0; k < n; k++) {
			dp_buf_reset(&l->scratch);
			dp_lower(&l->scratch, v[k], strlen(v[k]));
			*dp_strset_add(l->classes[class_keys[i].class],
			    l->scratch.data, l->scratch.len) = 1;
		}
		free(v);
	}
}

/*
 * Adds a lexicon file: profile.yaml, claims.yaml or the user's, which may
 * hold the keys of both.
 */
static void
lang_load(void *lang, const char *file, struct dp_yaml *y, void *arg)
{
	static const struct {
		const char *key;
		unsigned flag;
	} lists[] = {
		{ "auxiliaries", T_AUX }, { "adverbs", T_ADV },
		{ "pronouns", T_PRON }, { "complementizers", T_COMP },
		{ "determiners", T_DET }, { "coordinators", T_COORD },
		{ "relatives", T_REL }, { "distancing", T_DIST },
		{ "hedges", T_HEDGE }, { "not_sources", T_NOTSRC },
		{ "not_conditional", T_NOTCOND }, { "passives", T_PASSIVE },
		{ "informants", T_INFORMANT }, { "not_source_starts", T_SKIP },
		{ "accusation_words", T_BLAME }, { "adverbials", T_ADVERBIAL },
	};
	struct lang *l = lang;
	dp_node root = dp_yaml_root(y), node;
	size_t i;

	(void)arg;
	if (file != NULL && strcmp(file, "profile.yaml") == 0) {
		load_classes(l, y, 1);
		return;
	}
	load_classes(l, y, file == NULL ? -1 : 0);
	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		load_words(l, y, lists[i].key, lists[i].flag);
	load_phrases(l, y, "distancing_links", &l->links);
	load_phrases(l, y, "demand_words", &l->demands);
	load_phrases(l, y, "conditional_endings", &l->endings);
	load_phrases(l, y, "adverb_phrases", &l->insertions);
	load_kinds(l, y, root, "prepositions", &l->preps);
	load_kinds(l, y, root, "opening_prepositions", &l->openings);
	if ((node = dp_yaml_get(y, root, "cues")) != 0) {
		if (!dp_yaml_is_map(y, node))
			dp_yaml_die(y, node, "cues: a mapping of lemmas "
			    "expected");
		for (i = 0; i < dp_yaml_len(y, node); i++)
			load_cue(l, y, dp_yaml_key(y, node, i),
			    dp_yaml_value(y, node, i));
	}
}

static int
extract_record(struct dp_record *r, void *arg)
{
	struct ctx *x = arg;
	char code[16];
	struct lang *l;

	dp_record_lang(r, opt.lang, code, sizeof(code));
	if (dp_doc_read(&x->doc, r, DP_DOC_SENTENCES | DP_DOC_ENTITIES) != 0)
		return DP_EX_DATAERR;
	x->lang = l = dp_langs_get(x->langs, code);
	index_entities(x);
	describe_tokens(x, l);
	pair_quotes(x);
	find_claims(x, l);
	write_record(x, r);
	return 0;
}

/* The last person named up to each entity, for put_ref. */
static void
index_entities(struct ctx *x)
{
	const struct dp_doc *d = &x->doc;
	size_t i;

	if (!d->ents_ordered)
		return;
	if (d->nents > x->caplastper) {
		x->caplastper = 2 * d->nents;
		x->lastper = dp_reallocarray(x->lastper, x->caplastper,
		    sizeof(*x->lastper));
	}
	for (i = 0; i < d->nents; i++)
		x->lastper[i] = dp_entity_is(&d->ents[i], "PER") ? (long)i :
		    i > 0 ? x->lastper[i - 1] : -1;
}

static const char *
word(struct ctx *x, long i)
{
	return x->doc.lower.data + x->toks[i].word;
}

static int
word_is(struct ctx *x, long i, const char *w)
{
	return strcmp(word(x, i), w) == 0;
}

static int
ends_with(struct ctx *x, long i, const char *suffix)
{
	size_t n = strlen(suffix);

	return x->toks[i].wordlen >= n &&
	    memcmp(word(x, i) + x->toks[i].wordlen - n, suffix, n) == 0;
}

/* Is token i a word of the language's class? */
static int
in_class(struct ctx *x, enum wclass class, long i)
{
	return dp_strset_find(x->lang->classes[class], word(x, i),
	    x->toks[i].wordlen) != NULL;
}

/* Does token i end with one of the language's endings of a class? */
static int
has_suffix(struct ctx *x, enum sclass class, long i)
{
	const struct phrases *p = &x->lang->suffixes[class];
	size_t k;

	for (k = 0; k < p->n; k++)
		if (ends_with(x, i, p->v[k].text))
			return 1;
	return 0;
}

static unsigned
punct_flags(int32_t c)
{
	switch (c) {
	case 0xAB: case 0x201C: case 0x201E: case 0x2039:
		return T_OPENQ;
	case 0xBB: case 0x201D: case 0x203A:
		return T_CLOSEQ;
	case '"':
		return T_OPENQ | T_CLOSEQ;
	case ',': case '(': case ')': case '[': case ']': case '|':
		return T_COMMA;
	case '-': case 0x2013: case 0x2014:
		return T_COMMA | T_DASH;
	case '.': case '!': case '?': case 0x2026: case ';':
		return T_STOP;
	case ':':
		return T_COLON;
	}
	return 0;
}

/*
 * An inverted subject pronoun ending a word (a-t-il, dit-elle), the first
 * of the profile's inverted_pronouns that ends it: sets *base to the
 * length of the word before it and returns the code points of the
 * pronoun after the last hyphen, or 0.
 */
static unsigned
inverted_pronoun(const struct lang *l, const char *w, size_t n,
    size_t *base)
{
	const struct phrases *p = &l->suffixes[SC_INVERTED];
	const char *pron;
	size_t i, k;

	for (i = 0; i < p->n; i++) {
		k = strlen(p->v[i].text);
		if (n > k && memcmp(w + n - k, p->v[i].text, k) == 0) {
			*base = n - k;
			if ((pron = strrchr(p->v[i].text, '-')) == NULL)
				pron = p->v[i].text;
			else
				pron++;
			return (unsigned)dp_utf8_count(pron, strlen(pron));
		}
	}
	return 0;
}

/* Lowercases each token and looks it up. */
static void
describe_tokens(struct ctx *x, struct lang *l)
{
	struct token *t;
	const int *slot;
	size_t i, base;

	if (x->doc.ntoks > x->captoks) {
		x->captoks = 2 * x->doc.ntoks;
		x->toks = dp_reallocarray(x->toks, x->captoks,
		    sizeof(*x->toks));
	}
	for (i = 0; i < x->doc.ntoks; i++) {
		t = &x->toks[i];
		t->start = x->doc.toks[i].start;
		t->end = x->doc.toks[i].end;
		t->sent = x->doc.toks[i].sent;
		t->word = x->doc.toks[i].lower;
		t->wordlen = x->doc.toks[i].lowerlen;
		t->flags = 0;
		t->cue = -1;
		t->mate = -1;
		t->pron = 0;
		t->quoted = 0;
		t->bare = 0;
		if (t->end == t->start + 1 &&
		    (t->flags = punct_flags(x->doc.toks[i].first)) != 0)
			continue;
		/* '' and ``: quotation marks of typewriters and treebanks */
		if (t->wordlen == 2 && (strcmp(x->doc.lower.data + t->word,
		    "''") == 0 || strcmp(x->doc.lower.data + t->word,
		    "``") == 0)) {
			t->flags = punct_flags(x->doc.lower.data[t->word] == '`'
			    ? 0x201C : '"');
			continue;
		}
		if ((slot = dp_strset_find(l->words,
		    x->doc.lower.data + t->word, t->wordlen)) == NULL &&
		    memchr(x->doc.lower.data + t->word, '-',
		    t->wordlen) != NULL && (t->pron =
		    inverted_pronoun(l, x->doc.lower.data + t->word, t->wordlen,
		    &base)) != 0)
			slot = dp_strset_find(l->words,
			    x->doc.lower.data + t->word, base);
		if (slot == NULL) {
			t->pron = 0;
			continue;
		}
		t->flags = (unsigned)*slot & ((1U << FLAGBITS) - 1);
		t->cue = (*slot >> FLAGBITS) - 1;
		t->bare = t->cue >= 0 && t->pron == 0 &&
		    strcmp(x->doc.lower.data + t->word,
		    l->cues[t->cue].lemma) == 0;
		if (t->pron != 0 && t->cue < 0 && !(t->flags & T_AUX))
			t->pron = 0;
	}
}

static int32_t
first_char(struct ctx *x, long i)
{
	return x->doc.toks[i].first;
}

/* A letter or digit at code point cp (an apostrophe is none: qu'"il). */
static int
is_word_at(struct ctx *x, uint32_t cp)
{
	int32_t c;
	enum dp_class k;

	dp_utf8_decode(x->doc.text + x->doc.boff[cp],
	    x->doc.boff[cp + 1] - x->doc.boff[cp], &c);
	k = dp_uclass(c);
	return k == DP_CL_UPPER || k == DP_CL_LETTER || k == DP_CL_DIGIT ||
	    k == DP_CL_MARK;
}

static int
is_space_at(struct ctx *x, uint32_t cp)
{
	int32_t c;

	if (cp >= x->doc.ncps)
		return 1;
	dp_utf8_decode(x->doc.text + x->doc.boff[cp],
	    x->doc.boff[cp + 1] - x->doc.boff[cp], &c);
	return dp_uclass(c) == DP_CL_SPACE || dp_uclass(c) == DP_CL_NEWLINE ||
	    c == '(' || c == '[';
}

/*
 * Pairs quotation marks: « with », “ and „ with ”, and a straight " that
 * opens (no letter or digit before, no space after) with the next one
 * that closes.
 * Marks left unpaired stay so; tokens between a pair are quoted.
 */
static void
pair_quotes(struct ctx *x)
{
	long stack[32];
	size_t depth = 0, i, k;
	struct token *t;
	int opens;

	for (i = 0; i < x->doc.ntoks; i++) {
		t = &x->toks[i];
		if (!(t->flags & (T_OPENQ | T_CLOSEQ)))
			continue;
		/* A straight mark opens after a space and before a word. */
		if ((t->flags & (T_OPENQ | T_CLOSEQ)) == (T_OPENQ | T_CLOSEQ))
			opens = (t->start == 0 || !is_word_at(x,
			    t->start - 1)) && !is_space_at(x, t->end);
		else
			opens = (t->flags & T_OPENQ) != 0;
		if (opens) {
			if (depth < sizeof(stack) / sizeof(stack[0]))
				stack[depth++] = (long)i;
			continue;
		}
		/* A closing mark closes the nearest opening of its kind. */
		for (k = depth; k > 0; k--) {
			int32_t o, c;

			o = first_char(x, stack[k - 1]);
			c = first_char(x, (long)i);
			if ((o == 0xAB && c == 0xBB) || (o == '"' &&
			    c == '"') || ((o == 0x201C || o == 0x201E) &&
			    c == 0x201D) || (o == 0x2039 && c == 0x203A) ||
			    ((o == 0x201C || o == 0xAB) && c == '"'))
				break;
		}
		/* Else typographers mixed their marks: “ with ». */
		if (k == 0 && depth > 0 && first_char(x,
		    stack[depth - 1]) != '"' && first_char(x, (long)i) != '"')
			k = depth;
		if (k == 0)
			continue;
		x->toks[stack[k - 1]].mate = (int)i;
		t->mate = (int)stack[k - 1];
		depth = k - 1;
	}
	for (i = 0; i < x->doc.ntoks; i++)
		if (x->toks[i].mate > (int)i && x->toks[i].flags & T_OPENQ)
			for (k = i + 1; k < (size_t)x->toks[i].mate; k++)
				x->toks[k].quoted++;
}

/* The number of tokens from i on that spell phrase, or 0. */
static long
phrase_at(struct ctx *x, const char *phrase, long i, long last)
{
	const char *p = phrase;
	long j;

	for (j = i; j < last; j++) {
		while (*p == ' ')
			p++;
		if (strncmp(p, word(x, j), x->toks[j].wordlen) != 0)
			return 0;
		p += x->toks[j].wordlen;
		if (*p == '\0')
			return j + 1 - i;
	}
	return 0;
}

/* The first of the phrases at token i: its length (0: none), index in *p. */
static long
phrases_at(struct ctx *x, const struct phrases *ps, long i, long last,
    size_t *p)
{
	long n;

	for (*p = 0; *p < ps->n; (*p)++)
		if ((n = phrase_at(x, ps->v[*p].text, i, last)) != 0)
			return n;
	return 0;
}

static long
sent_first(struct ctx *x, long i)
{
	return x->doc.sfirst[x->toks[i].sent];
}

static long
sent_last(struct ctx *x, long i)
{
	return x->doc.sfirst[x->toks[i].sent + 1];
}

static struct claim *
new_claim(struct ctx *x, long sent)
{
	struct claim *c;

	if (x->nclaims == x->capclaims) {
		x->capclaims = x->capclaims ? 2 * x->capclaims : 32;
		x->claims = dp_reallocarray(x->claims, x->capclaims,
		    sizeof(*x->claims));
	}
	c = &x->claims[x->nclaims++];
	memset(c, 0, sizeof(*c));
	c->source.first = c->content.first = c->target.first = -1;
	c->sent = sent;
	return c;
}

static void
set_tokens(struct ctx *x, struct span *s, long first, long last)
{
	s->first = first;
	s->last = last;
	if (first >= 0 && last > first) {
		s->start = x->toks[first].start;
		s->end = x->toks[last - 1].end;
	} else
		s->first = -1;
}

/*
 * The latest claim before token i, within the last few sentences.  While
 * the tokens are read, claims come in the order of their sentences.
 */
static struct claim *
claim_before(struct ctx *x, long i, long sentences)
{
	size_t k;

	for (k = x->nclaims; k > 0; k--) {
		if ((long)x->toks[i].sent - x->claims[k - 1].sent > sentences)
			break;
		if ((!x->claims[k - 1].dropped || x->claims[k - 1].speaker) &&
		    x->claims[k - 1].cue.first < i &&
		    x->claims[k - 1].source.first >= 0)
			return &x->claims[k - 1];
	}
	return NULL;
}

/*
 * The first token of the clause that ends before token i: after the last
 * comma, quotation mark, conjunction, que or relative pronoun, or the
 * sentence's first; a parenthesis is skipped whole.  Sets *stop to the
 * token that stopped the search, or -1.
 */
static long
clause_start(struct ctx *x, long i, long first, long *stop)
{
	long k, d;

	for (k = i; k > first; k--) {
		if (word_is(x, k - 1, ")")) {
			for (d = k - 2; d > first && !word_is(x, d, "("); d--)
				;
			if (d > first && k - d < MAXSOURCE) {
				k = d + 1;
				continue;
			}
		}
		if (x->toks[k - 1].flags & (T_PUNCT | T_COORD | T_COMP |
		    T_REL)) {
			*stop = k - 1;
			return k;
		}
	}
	*stop = -1;
	return first;
}

/* The noun phrase from i on, up to a comma or the sentence's end. */
static long
phrase_end(struct ctx *x, long i, long last)
{
	long k;

	for (k = i; k < last && k - i < MAXSOURCE &&
	    !(x->toks[k].flags & (T_PUNCT | T_COMP | T_REL)); k++)
		;
	return k;
}

/*
 * The subject a sentence starts with, up to its first auxiliary, cue or
 * comma: the source of a participle (X a critiqué…, ajoutant que…).
 */
static long
subject_end(struct ctx *x, long first, long last)
{
	long k;

	for (k = first; k < last && k - first < MAXSOURCE &&
	    !(x->toks[k].flags & (T_PUNCT | T_COMP | T_REL | T_AUX)) &&
	    x->toks[k].cue < 0; k++)
		;
	return k;
}

/* Drops punctuation and joining words from the ends of a content. */
static void
trim(struct ctx *x, struct span *s)
{
	long a = s->first, b = s->last;

	if (a < 0)
		return;
	while (b > a && (x->toks[b - 1].flags & (T_COMMA | T_STOP | T_COLON |
	    T_COORD | T_COMP | T_REL) || ((x->toks[b - 1].flags & T_OPENQ) &&
	    (x->toks[b - 1].mate < 0 || x->toks[b - 1].mate >= b))))
		b--;
	while (a < b && x->toks[a].flags & (T_COMMA | T_STOP | T_COLON))
		a++;
	set_tokens(x, s, a, b);
}

/*
 * Does a clause start at g1, its that left out: a subject (a pronoun, a
 * name) and a lowercase word that can be its verb (said Clinton ran a
 * campaign that…; not told CNN on Sunday that, told Smith and Jones)?
 */
static int
subject_verb(struct ctx *x, const struct cue *cue, long g1, long last)
{
	long j = g1;

	if (g1 >= last)
		return 0;
	if (x->toks[j].flags & T_PRON) {
		if (cue->takes & TAKES_OBJ)
			return 0;
		j++;
	} else
		while (j < last && (is_upper(x, j) ||
		    in_class(x, WC_POSSESSIVE, j)) &&
		    !(x->toks[j].flags & T_PUNCT) && !is_date(x, j))
			j++;
	return j > g1 && j < last && is_word_at(x, x->toks[j].start) &&
	    !is_upper(x, j) && !(x->toks[j].flags & (T_PUNCT | T_COMP |
	    T_ADVERBIAL | T_SKIP | T_COORD | T_DET | T_REL));
}

/*
 * Where a verb's content starts: after que or a colon, or a distancing
 * noun and its link (allégations selon lesquelles, claims that), within a
 * few words.  Sets *clause if so.  Else the complement right after the
 * cue, for cues that take one and for English, which drops that.
 * Returns -1 if there is no content.
 */
static long
content_after(struct ctx *x, struct lang *l, struct claim *c, long g1,
    long last,
    const struct cue *cue, int *clause)
{
	long k, n;
	size_t i;

	*clause = 1;
	if (l->drops_complementizer && subject_verb(x, cue, g1, last))
		goto nocomp;
	for (k = g1; k < last && k - g1 < CUEWINDOW; k++) {
		if (x->toks[k].flags & T_STOP)
			break;
		if (x->toks[k].flags & T_DIST)
			for (i = 0; i < l->links.n; i++)
				if ((n = phrase_at(x, l->links.v[i].text, k + 1,
				    last)) != 0) {
					c->hedged = 1;
					return k + 1 + n;
				}
		if (x->toks[k].cue >= 0)
			break;
		/* a démenti ces chiffres, qu'il juge…: a relative */
		if (x->toks[k].flags & T_COMP && k > g1 + 1 &&
		    first_char(x, k - 1) == ',' && x->toks[g1].flags & T_DET)
			break;
		if (x->toks[k].flags & T_COMP && !(k > g1 &&
		    x->toks[k - 1].flags & T_DIST))
			return k + 1;
		if (x->toks[k].flags & T_COLON)
			return k + 1;
		if (x->toks[k].quoted || x->toks[k].flags & T_OPENQ)
			break;
		/* said Obama has never respected the right that…: a
		 * clause without that has begun, its that is a relative */
		if (k > g1 && auxiliary(x, k) && l->drops_complementizer)
			break;
	}
nocomp:
	*clause = 0;
	if (g1 < last && !(x->toks[g1].flags & (T_PUNCT & ~T_OPENQ)) &&
	    (cue->takes & (TAKES_NP | TAKES_OBJ) ||
	    l->drops_complementizer))
		return g1;
	return -1;
}

/* The target of accuser X de…, demander à X de…, imputer … à X. */
static void
find_target(struct ctx *x, const struct cue *cue, struct claim *c)
{
	long k, a = c->content.first, b = c->content.last;

	if (a < 0)
		return;
	if (cue->takes & TAKES_TARGET_A) {
		/* imputer ces décès à X, au gouvernement */
		for (; a < b && !in_class(x, WC_TARGET_PREP, a) &&
		    !in_class(x, WC_TARGET_ARTICLE, a); a++)
			;
		if (a == b)
			return;
		a += in_class(x, WC_TARGET_PREP, a);
	} else if (!(cue->takes & TAKES_TARGET))
		return;
	for (k = a; k < b && k - a < MAXSOURCE && !(x->toks[k].flags &
	    (T_COMMA | T_STOP | T_COLON | T_COMP)) &&
	    !in_class(x, WC_TARGET_END, k) &&
	    !(cue->then != NULL && phrase_at(x, cue->then, k, b)); k++)
		;
	if (k > a)
		set_tokens(x, &c->target, a, k);
}

/* The first entity labelled label that starts in [start, end), or nents. */
static size_t
entity_in(struct ctx *x, uint32_t start, uint32_t end, const char *label)
{
	size_t e;

	for (e = dp_doc_first_starting_from(&x->doc, start); e < x->doc.nents;
	    e++) {
		if (x->doc.ents[e].start >= start &&
		    x->doc.ents[e].start < end && dp_entity_is(&x->doc.ents[e],
		    label))
			return e;
		if (x->doc.ents_ordered && x->doc.ents[e].start >= end)
			break;
	}
	return x->doc.nents;
}

static int
is_date(struct ctx *x, long k)
{
	return entity_in(x, x->toks[k].start, x->toks[k].end,
	    "DATE") < x->doc.nents;
}

/*
 * Is token k an auxiliary?  Not 's, a possessive as often as is or has
 * (NBC's Dante Chinni).
 */
static int
auxiliary(struct ctx *x, long k)
{
	return x->toks[k].flags & T_AUX && !in_class(x, WC_POSSESSIVE, k);
}

static int
is_upper(struct ctx *x, long i)
{
	return dp_uclass(first_char(x, i)) == DP_CL_UPPER;
}

/*
 * Sets the source to tokens s0..s1-1, less a leading prepositional phrase
 * (à l'AFP Mme X, sur France 2 le député…): from the first person or
 * organisation named after it, else its first determiner.
 */
static void
source_span(struct ctx *x, struct claim *c, long s0, long s1)
{
	size_t e;
	long k;

	/* as unions vowed…, and the minister said… */
	while (s0 + 1 < s1 && x->toks[s0].flags & (T_ADVERBIAL | T_COORD) &&
	    !(x->toks[s0].flags & T_SKIP))
		s0++;
	if (s0 < s1 && x->toks[s0].flags & T_SKIP) {
		e = entity_in(x, x->toks[s0].end, x->toks[s1 - 1].end, "PER");
		for (k = s0 + 2; k < s1; k++)
			if (e < x->doc.nents ? x->toks[k].start >=
			    x->doc.ents[e].start :
			    (x->toks[k].flags & T_DET) != 0)
				break;
		if (k == s1 && (e = entity_in(x, x->toks[s0].end,
		    x->toks[s1 - 1].end, "ORG")) < x->doc.nents)
			for (k = s0 + 2; k < s1 &&
			    x->toks[k].start < x->doc.ents[e].start; k++)
				;
		if (k < s1) {
			/* A title before the name (Mme, M., Mr), no name itself. */
			if (e < x->doc.nents && k > s0 + 2 && is_upper(x,
			    k - 1) &&
			    x->toks[k - 1].end + 1 == x->toks[k].start &&
			    entity_of(x, x->toks[k - 1].start,
			    x->toks[k - 1].end) < 0)
				k--;
			s0 = k;
		}
	}
	set_tokens(x, &c->source, s0, s1);
	c->pronoun = s1 == s0 + 1 && x->toks[s0].flags & T_PRON;
}

static void
pronoun_source(struct ctx *x, struct claim *c, long t)
{
	c->source.first = c->source.last = t;
	c->source.end = x->toks[t].end;
	c->source.start = x->toks[t].end - x->toks[t].pron;
	c->pronoun = 1;
}

/*
 * Is the sentence first..last-1 in Title Case, as English headlines are
 * (Trump Says He Will Run), with no verb of saying before token i?  Then
 * a capital at i starts no name, and the first cue is one.
 */
static int
title_case(struct ctx *x, long first, long i, long last)
{
	long k, nwords = 0, upper = 0;

	for (k = first; k < last; k++) {
		if (k < i && x->toks[k].cue >= 0 && !x->toks[k].bare)
			return 0;
		if (is_word_at(x, x->toks[k].start)) {
			nwords++;
			upper += is_upper(x, k);
		}
	}
	return nwords >= 4 && upper * 10 >= nwords * 7;
}

/* Is the cue at i no verb of saying here (a noun, a name, an infinitive)? */
static int
not_a_cue(struct ctx *x, struct lang *l, const struct cue *cue, long i,
    long first)
{
	size_t n = strlen(cue->lemma);

	if (x->toks[i].quoted || (i > first && x->toks[i - 1].cue >= 0))
		return 1;
	if (i > first && x->toks[i - 1].flags & T_DET &&
	    !(x->toks[i - 1].flags & T_COMP))
		return 1;
	if (i > first && is_upper(x, i) && !(x->toks[i - 1].flags & (T_OPENQ |
	    T_COLON)) && !title_case(x, first, i, sent_last(x, i)))
		return 1;
	/* déclarer: where the lemma is an infinitive, no finite cue */
	if (x->toks[i].bare && l->lemma_is_infinitive)
		return 1;
	if (i > first && in_class(x, WC_INFINITIVE, i - 1))
		return 1;
	/* his home state of Vermont, reports of fraud (not: they warn of) */
	if (i + 1 < (long)x->doc.ntoks &&
	    in_class(x, WC_NOUN_COMPLEMENT, i + 1) && i > first &&
	    !(x->toks[i - 1].flags & (T_PRON | T_AUX)) &&
	    (x->toks[i].wordlen == n || plural_of(x, i, n)))
		return 1;
	return 0;
}

/* Is token i a plural of a word of n bytes (reports: report)? */
static int
plural_of(struct ctx *x, long i, size_t n)
{
	const struct phrases *p = &x->lang->suffixes[SC_PLURAL];
	size_t k;

	for (k = 0; k < p->n; k++)
		if (x->toks[i].wordlen == n + strlen(p->v[k].text) &&
		    ends_with(x, i, p->v[k].text))
			return 1;
	return 0;
}

/* The first token after the comma (or sentence start) before token i. */
static long
aside_start(struct ctx *x, long i, long first)
{
	long k;

	for (k = i; k > first && !(x->toks[k - 1].flags & (T_COMMA | T_STOP |
	    T_COLON | T_CLOSEQ)); k--)
		;
	return k;
}

/*
 * "Content," X, the Y, told reporters: the quotation before one or two
 * asides, the first of which names the source (*s0 is set to it).
 * Returns the closing mark, or -1.
 */
static long
quote_before_aside(struct ctx *x, long stop, long first, long *s0)
{
	long a, b = stop, n, k;

	for (n = 0; n < 2 && b > first; n++) {
		a = clause_start(x, b, first, &k);
		if (k < 0 || a == b)
			return -1;
		if (x->toks[k].flags & T_CLOSEQ && x->toks[k].mate >= 0 &&
		    x->toks[k].mate < k) {
			*s0 = a;
			return k;
		}
		if (x->toks[k].flags & T_COMMA && k > first &&
		    x->toks[k - 1].flags & T_CLOSEQ &&
		    x->toks[k - 1].mate >= 0 && x->toks[k - 1].mate < k - 1) {
			*s0 = a;
			return k - 1;
		}
		if (!(x->toks[k].flags & T_COMMA))
			return -1;
		b = k;
	}
	return -1;
}

/*
 * Does nothing after the cue at g1 say what was said?  The sentence ends,
 * or an adverbial starts (a word of the lexicon's adverbials, a date); a
 * cue that takes an object (told reporters) may have a short one first,
 * and one whose content may be an infinitive (threatened to) must end
 * there.  A comma only before an adverbial, a conjunction or another cue
 * (…, he said, adding that…), not before a clause (In the end, he said,
 * …; Asked why, he said, "…").  Then a source before the cue speaks of
 * the clause before it: CONTENT, the minister said on Monday.
 */
static int
nothing_said_after(struct ctx *x, const struct cue *cue, long g1, long last)
{
	long k = g1;

	/* told reporters, told the BBC, told him */
	if (cue->takes & TAKES_OBJ)
		while (k < last && k - g1 < 3 && !(x->toks[k].flags & (T_PUNCT |
		    T_ADVERBIAL | T_AUX) || (k > g1 && x->toks[k].flags &
		    T_PRON)) && !is_date(x, k))
			k++;
	if (k >= last || x->toks[k].flags & T_STOP)
		return 1;
	/* …, SNCF said, as unions vowed…; …, he said, adding that… */
	if (first_char(x, k) == ',' && k + 1 < last && (x->toks[k + 1].flags &
	    (T_ADVERBIAL | T_COORD) || x->toks[k + 1].cue >= 0))
		return 1;
	if (cue->takes & TAKES_NP)
		return 0;
	return (x->toks[k].flags & T_ADVERBIAL) != 0 || is_date(x, k);
}

/*
 * Can s0..g0-1, between a comma and the cue, be who speaks?  A name in
 * it (state operator SNCF), a determiner or a pronoun first, or a word or
 * two (sources, officials); no preposition, conjunction or adverbial
 * first, no auxiliary inside (…, X was absent from his home state).
 */
static int
subject_between(struct ctx *x, long s0, long g0)
{
	long k;

	if (g0 - s0 > MAXSOURCE || x->toks[s0].flags & (T_ADVERBIAL | T_SKIP |
	    T_COORD))
		return 0;
	for (k = s0; k < g0 && !is_upper(x, k); k++)
		;
	if (!(k < g0 || x->toks[s0].flags & (T_DET | T_PRON | T_INFORMANT) ||
	    g0 - s0 <= 2))
		return 0;
	/* An inflected cue is a verb; its bare form may be a noun (state). */
	for (k = s0; k < g0; k++)
		if (x->toks[k].flags & (T_AUX | T_PUNCT | T_COMP | T_REL) ||
		    (x->toks[k].cue >= 0 && !x->toks[k].bare))
			return 0;
	return 1;
}

/*
 * The first token after a dateline that starts the sentence at first
 * (PARIS, 24 nov. (AFP) -): dp_doc_dateline_end, for a sentence that
 * may have been cut before any token (end < first).
 */
static long
after_dateline(struct ctx *x, long first, long end)
{
	if (end <= first)
		return first;
	return (long)dp_doc_dateline_end(&x->doc, (size_t)first, (size_t)end);
}

/*
 * A source after its cue at g1 (…, a déclaré lundi le ministre à l'AFP;
 * …, said the minister on Monday): a date before it is skipped, and it
 * ends at a date or a preposition after it.  Returns its end, with its
 * start in *start, or g1 when there is none.
 */
static long
source_after(struct ctx *x, long g1, long last, long *start)
{
	long a = g1, k, end;

	while (a < last && is_date(x, a) && !(x->toks[a].flags & T_PUNCT))
		a++;
	*start = a;
	if ((end = phrase_end(x, a, last)) <= a)
		return g1;
	for (k = a + 1; k < end; k++) {
		/* …, state operator SNCF said; not: a dit un conseiller */
		if (x->toks[k].cue >= 0 && !x->toks[k].bare)
			return g1;
		if (x->toks[k].flags & T_SKIP || is_date(x, k))
			return k;
	}
	return end;
}

/*
 * Is there an auxiliary or a subject pronoun in [a, b)?  Then it is a
 * clause, not a name (X, who said so, said one candidate he likes is Y).
 */
static int
has_verb(struct ctx *x, long a, long b)
{
	for (; a < b; a++)
		if (auxiliary(x, a) || x->toks[a].flags & (T_PASSIVE | T_PRON))
			return 1;
	return 0;
}

/* An inverted claim: « CONTENT », a déclaré X / "CONTENT," he said. */
static int
inverted_claim(struct ctx *x, struct claim *c, long q, long s0, long stop,
    long first,
    long g0, long g1, long last, long pron)
{
	long a, k;

	/* Not before the claim that precedes it in the sentence. */
	if (c > x->claims && c[-1].sent == c->sent && !c[-1].dropped) {
		k = c[-1].cue.last > c[-1].source.last ? c[-1].cue.last :
		    c[-1].source.last;
		if (k > first && k < (q >= 0 ? x->toks[q].mate : stop))
			first = k;
	}
	if (q >= 0 && (x->toks[q].mate <= first ||
	    x->toks[x->toks[q].mate - 1].flags & (T_STOP | T_COLON))) {
		/* "We will not give in," Aubert said: the comma is hers. */
		set_tokens(x, &c->content, x->toks[q].mate + 1,
		    q - 1 > x->toks[q].mate + 1 && x->toks[q - 1].flags &
		    T_COMMA ? q - 1 : q);
		c->direct = 1;
		c->edge = x->toks[q].mate;
	} else {
		/* Words, then a quotation: « … » et « … », a indiqué X. */
		set_tokens(x, &c->content, after_dateline(x, first, stop),
		    q >= 0 ? q + 1 : stop);
		trim(x, &c->content);
		c->edge = first;
	}
	if (pron >= 0)
		pronoun_source(x, c, pron);
	else if (s0 < g0)
		source_span(x, c, s0, phrase_end(x, s0, g0));
	else if ((k = source_after(x, g1, last, &a)) > g1)
		source_span(x, c, a, k);
	return c->source.first >= 0 && c->content.first >= 0;
}

/*
 * The start of what an auxiliary may hold before the cue at g0: a phrase
 * of the lexicon's adverb_phrases (a pour sa part estimé, a quant à lui
 * refusé) or anything between commas (a, de son côté, estimé); else g0.
 */
static long
insertion_before(struct ctx *x, const struct lang *l, long g0, long first)
{
	size_t p;
	long j;

	/* a, pour sa part, estimé; has, however, said */
	if (g0 - 1 > first && first_char(x, g0 - 1) == ',' &&
	    !x->toks[g0 - 1].quoted)
		for (j = g0 - 2; j > first && g0 - j <= 8; j--) {
			if (first_char(x, j) == ',')
				return x->toks[j - 1].flags & T_AUX ? j : g0;
			if (x->toks[j].flags & T_PUNCT)
				break;
		}
	for (j = g0 - 1; j > first && g0 - j <= 5; j--)
		if (x->toks[j - 1].flags & T_AUX && !x->toks[j].quoted)
			for (p = 0; p < l->insertions.n; p++)
				if (phrase_at(x, l->insertions.v[p].text, j,
				    g0) == g0 - j)
					return j;
	return g0;
}

/*
 * Called him a liar, called the plan "a disgrace": an object (a pronoun,
 * or a few words not all determiners) and what it is called (a
 * quotation, a phrase after a or an, or after a pronoun a word that
 * starts no adverbial).  Returns where that ends and sets *objend, or
 * returns -1 (a group called the "X", what it calls "Y", called him in).
 */
static long
naming_end(struct ctx *x, long g1, long last, long *objend)
{
	long k = g1, end;
	int pronoun = 0, named = 0;

	if (k < last && x->toks[k].flags & T_PRON) {
		pronoun = named = 1;
		k++;
	} else
		for (; k < last && k - g1 < 6 && !(x->toks[k].flags & (T_PUNCT |
		    T_COMP | T_REL | T_ADVERBIAL | T_SKIP | T_COORD)) &&
		    !in_class(x, WC_NAMING_ARTICLE, k); k++)
			named |= !(x->toks[k].flags & T_DET);
	/* what he called Machado's "sex tape": a noun phrase, not a name */
	if (!named || k >= last || (k > g1 &&
	    in_class(x, WC_POSSESSIVE, k - 1)))
		return -1;
	*objend = k;
	if (x->toks[k].flags & T_OPENQ)
		return x->toks[k].mate > k ? x->toks[k].mate + 1 : -1;
	if (!in_class(x, WC_NAMING_ARTICLE, k) && (!pronoun ||
	    !is_word_at(x, x->toks[k].start) || x->toks[k].flags &
	    (T_ADVERBIAL | T_SKIP | T_COMP | T_REL | T_COORD | T_AUX | T_PRON |
	    T_PUNCT)))
		return -1;
	for (end = k + 1; end < last; end++)
		if (x->toks[end].flags & T_OPENQ && x->toks[end].mate > end)
			end = x->toks[end].mate;
		else if (x->toks[end].flags & (T_PUNCT | T_COMP | T_REL |
		    T_COORD))
			break;
	return end;
}

/*
 * A claim around the cue verb at token i: its group (auxiliaries and
 * adverbs before, an inverted pronoun), its source and its content.
 */
static void
verb_claim(struct ctx *x, struct lang *l, long i)
{
	const struct cue *cue = &l->cues[x->toks[i].cue];
	long first = sent_first(x, i), last = sent_last(x, i);
	long g0 = i, g1 = i + 1, s0, stop, k, n, pron = -1, q;
	long cend = -1, objend = -1;	/* a naming's content, its object */
	struct claim *c, *prev;
	int aux = 0, passive = 0, clause, participle;

	if (not_a_cue(x, l, cue, i, first))
		return;
	for (;;) {
		if ((k = insertion_before(x, l, g0, first)) < g0) {
			g0 = k;
			continue;
		}
		if (g0 == first || !(x->toks[g0 - 1].flags & (T_AUX | T_ADV |
		    T_PASSIVE)) || x->toks[g0 - 1].quoted)
			break;
		g0--;
		aux |= (x->toks[g0].flags & (T_AUX | T_PASSIVE)) != 0;
		passive |= (x->toks[g0].flags & T_PASSIVE) != 0;
		if (x->toks[g0].pron)
			pron = g0;
	}
	if (x->toks[i].pron)
		pron = i;
	if (cue->then != NULL) {
		/* appeler à…, or with its target between: appeler X à… */
		for (k = g1; k < last && k - g1 <= (cue->takes & TAKES_TARGET ?
		    6 : 0) && !(x->toks[k].flags & T_PUNCT); k++)
			if ((n = phrase_at(x, cue->then, k, last)) != 0)
				break;
		/* described X as…: an object first, not what he described as */
		if (k >= last || k - g1 > (cue->takes & TAKES_TARGET ? 6 : 0) ||
		    x->toks[k].flags & T_PUNCT || (k == g1 && cue->takes &
		    TAKES_OBJ)) {
			if (cue->alt < 0)
				return;
			cue = &l->cues[cue->alt];	/* not call for: call */
		} else if (k == g1)
			g1 += n;
	}
	participle = !aux && pron < 0 && has_suffix(x, SC_PRES_PARTICIPLE, i);
	/* A French past participle alone is an adjective: la région dite… */
	if (!aux && pron < 0 && has_suffix(x, SC_ADJ_PARTICIPLE, i))
		return;
	if (participle && !(i > first && (x->toks[i - 1].flags & T_COMMA ||
	    in_class(x, WC_GERUND, i - 1))))
		return;
	c = new_claim(x, x->toks[i].sent);
	c->kind = cue->kind;
	c->lemma = cue->lemma;
	c->lemmalen = strlen(cue->lemma);
	set_tokens(x, &c->cue, participle && in_class(x, WC_GERUND, i - 1) ? i - 1 :
	    g0, g1);
	c->edge = c->cue.first;
	if (passive) {
		/* X is said to…: a report with no source, at a distance. */
		if (g1 >= last || !in_class(x, WC_INFINITIVE, g1)) {
			x->nclaims--;
			return;
		}
		c->kind = K_REPORT;
		c->hedged = 1;
		set_tokens(x, &c->content, g1, last);
		trim(x, &c->content);
		return;
	}
	s0 = clause_start(x, g0, first, &stop);
	if (cue->takes & TAKES_NAMING) {
		if ((cend = naming_end(x, g1, last, &objend)) < 0) {
			x->nclaims--;
			return;
		}
		k = g1;
		clause = 1;
	} else
		k = content_after(x, l, c, g1, last, cue, &clause);
	/* he said on Monday. (not: he said in a statement the plan failed) */
	if (!clause && k == g1 && last - g1 <= 5 &&
	    nothing_said_after(x, cue, g1, last))
		k = -1;
	q = -1;
	if (stop >= 0 && x->toks[stop].flags & T_CLOSEQ && x->toks[stop].mate >=
	    0 && x->toks[stop].mate < stop)
		q = stop;
	else if (stop > first && x->toks[stop].flags & T_COMMA &&
	    x->toks[stop - 1].flags & T_CLOSEQ && x->toks[stop - 1].mate >= 0 &&
	    x->toks[stop - 1].mate < stop - 1)
		q = stop - 1;
	if (q < 0 && !clause && s0 == g0 && stop > first &&
	    x->toks[stop].flags & T_COMMA)
		q = quote_before_aside(x, stop, first, &s0);
	/*
	 * Inverted: after a quotation, or after a clause when a name ends it
	 * (…, a déclaré le ministre), or when a source before the cue has
	 * nothing after it (…, the minister said on Monday).
	 */
	if (!participle && !clause && (q >= 0 || (pron >= 0 && s0 == g0) ||
	    (s0 == g0 && stop >= 0 && x->toks[stop].flags & T_COMMA &&
	    ((n = phrase_end(x, g1, last)) == last ||
	    x->toks[n].flags & (T_COMMA | T_STOP)) && !has_verb(x, g1, n)) ||
	    (stop > first && s0 > stop && s0 < g0 && pron < 0 &&
	    first_char(x, stop) == ',' &&
	    stop - after_dateline(x, first, stop) >= 4 &&
	    subject_between(x, s0, g0) &&
	    nothing_said_after(x, cue, g1, last)))) {
		if (!inverted_claim(x, c, q, s0, stop, first, g0, g1, last,
		    pron))
			x->nclaims--;
		return;
	}
	if (pron >= 0)
		pronoun_source(x, c, pron);
	else if (l->source_after_cue && clause && k > g1 + 1 &&
	    x->toks[k - 1].flags & T_COMP)
		/* A language whose subject follows the verb: CUE X COMP … */
		source_span(x, c, g1, k - 1);
	else if (g0 > first && x->toks[g0 - 1].flags & T_PRON && !participle) {
		set_tokens(x, &c->source, g0 - 1, g0);
		c->pronoun = 1;
	}
	else if (s0 < g0 && !participle) {
		if (g0 - s0 > MAXSOURCE)
			s0 = g0 - MAXSOURCE;
		source_span(x, c, s0, g0);
	} else if ((prev = claim_before(x, i, 0)) != NULL && (stop < 0 ||
	    !(x->toks[stop].flags & (T_COMP | T_REL)))) {
		/* Bakou a accusé… et a averti…: one subject, two cues. */
		c->source = prev->source;
		c->pronoun = prev->pronoun;
	} else if ((participle || (stop >= 0 && x->toks[stop].flags &
	    T_COORD)) && subject_end(x, first, last) > first)
		/* The sentence's subject: X a critiqué…, ajoutant que… */
		set_tokens(x, &c->source, first, subject_end(x, first, last));
	else if (stop >= 0 && x->toks[stop].flags & T_COMMA) {
		/* X, qui fut…, a estimé que: the subject before the aside. */
		for (n = aside_start(x, stop, first); n > first &&
		    x->toks[n].flags & T_REL; n = aside_start(x, n - 1, first))
			;
		if (n < stop && !(x->toks[n].flags & T_REL))
			source_span(x, c, n, phrase_end(x, n, stop));
	}
	if (c->source.first >= s0 && c->source.first < g0)
		c->edge = c->source.first;
	else if (stop >= 0 && x->toks[stop].flags & T_COORD)
		c->edge = stop;
	if (c->source.first < 0) {
		x->nclaims--;
		return;
	}
	/* He added, "In this case…": a quotation after the cue's comma. */
	if (k < 0 && q < 0 && g1 + 1 < last && first_char(x, g1) == ',' &&
	    x->toks[g1 + 1].flags & T_OPENQ && x->toks[g1 + 1].mate > g1 + 1) {
		k = g1 + 1;
		clause = 1;
	}
	/*
	 * A, SOURCE CUE, B: the source and cue inside the content, which
	 * spans both parts (Russia's gains, they said, could be lost).
	 */
	if (k < 0 && q < 0 && stop > first && s0 > stop && s0 < g0 &&
	    pron < 0 && first_char(x, stop) == ',' && subject_between(x, s0,
	    g0) && g1 + 3 < last && first_char(x, g1) == ',' &&
	    !(x->toks[g1 + 1].flags & (T_ADVERBIAL | T_COORD | T_PUNCT)) &&
	    x->toks[g1 + 1].cue < 0) {
		set_tokens(x, &c->content, after_dateline(x, first, stop),
		    last);
		trim(x, &c->content);
		c->edge = c->content.first;
		return;
	}
	/* "Why not?" | Ms. Warren said.: the quotation that was a sentence. */
	if (k < 0 && q < 0 && stop < 0 && first > 0 &&
	    x->toks[first - 1].flags & T_CLOSEQ && (n =
	    x->toks[first - 1].mate) >= 0 && n == sent_first(x, first - 1) &&
	    n + 1 < first - 1 && (s0 == g0 || subject_between(x, s0, g0)) &&
	    nothing_said_after(x, cue, g1, last)) {
		set_tokens(x, &c->content, n + 1, first - 1);
		c->direct = 1;
		return;
	}
	if (k < 0 || (!clause && cue->kind == K_DENIAL)) {
		/*
		 * A denial of a noun alone (rejects the claim) says nothing,
		 * but its source may be what a pronoun after it stands for.
		 */
		c->dropped = c->speaker = 1;
		return;
	}
	/* A sentence that ends in a colon right after the cue announces
	 * the next one (Il explique : | On a fini…): its content. */
	if (clause && k == last && k - 1 == g1 && k < (long)x->doc.ntoks &&
	    x->toks[g1].flags & T_COLON)
		last = sent_last(x, k);
	if (k < last && x->toks[k].flags & T_OPENQ && x->toks[k].mate > k &&
	    (x->toks[k].mate + 1 >= sent_last(x, x->toks[k].mate) ||
	    x->toks[x->toks[k].mate + 1].flags & T_STOP)) {
		set_tokens(x, &c->content, k + 1, x->toks[k].mate);
		c->direct = 1;
	} else {
		set_tokens(x, &c->content, k, cend >= 0 ? cend : last);
		trim(x, &c->content);
	}
	if (c->content.first < 0) {
		x->nclaims--;
		return;
	}
	if (cue->takes & TAKES_NAMING)
		set_tokens(x, &c->target, g1, objend);
	else
		find_target(x, cue, c);
}

/*
 * What selon X at token i scopes over when it ends the sentence: back to
 * its start or a colon, across quotations, or from a relative pronoun.
 */
static long
clause_before(struct ctx *x, long i, long first)
{
	long k, j;

	for (k = i; k > first; k--) {
		if (x->toks[k - 1].flags & T_CLOSEQ && x->toks[k - 1].mate >=
		    first && x->toks[k - 1].mate < k - 1) {
			k = x->toks[k - 1].mate + 1;
			continue;
		}
		if (x->toks[k - 1].flags & T_REL)
			return k - 1;
		/* a pair of dashes holds an aside: — or about 0.2 points — */
		if (x->toks[k - 1].flags & T_DASH) {
			for (j = k - 2; j > first && !(x->toks[j].flags &
			    (T_DASH | T_STOP | T_COLON)); j--)
				;
			if (j > first && x->toks[j].flags & T_DASH) {
				k = j + 1;
				continue;
			}
		}
		if (x->toks[k - 1].flags & (T_STOP | T_COLON | T_DASH))
			return k;
	}
	return first;
}

/* A new claim of the preposition i..s0-1, its source s0..s1-1. */
static struct claim *
preposition_source(struct ctx *x, long i, long s0, long s1, enum kind kind)
{
	struct claim *c = new_claim(x, x->toks[i].sent);

	c->kind = kind;
	c->lemma = word(x, i);
	c->lemmalen = x->toks[i].wordlen;
	c->preposition = 1;
	set_tokens(x, &c->cue, i, s0);
	set_tokens(x, &c->source, s0, s1);
	c->pronoun = s1 == s0 + 1 && x->toks[s0].flags & T_PRON;
	c->edge = i;
	return c;
}

/* Selon X, CONTENT / CONTENT, selon X: the preposition at i, n tokens. */
static void
preposition_claim(struct ctx *x, long i, long n, enum kind kind)
{
	long first = sent_first(x, i), last = sent_last(x, i), s0 = i + n, s1,
	    a;
	struct claim *c;
	int after;

	if (x->toks[i].quoted || s0 >= last || x->toks[s0].flags & (T_NOTSRC |
	    T_PUNCT))
		return;
	if ((s1 = phrase_end(x, s0, last)) == s0)
		return;
	c = preposition_source(x, i, s0, s1, kind);
	/* A, according to X, but B: what comes after is the reporter's */
	after = !(i > first && x->toks[i - 1].flags & T_COMMA &&
	    s1 + 1 < last && x->toks[s1 + 1].flags & T_COORD);
	if (after && s1 < last && !(x->toks[s1].flags & T_STOP) &&
	    (c->pronoun || (x->toks[s1].flags & T_COMMA && s1 + 1 < last &&
	    !(x->toks[s1 + 1].flags & T_STOP)))) {
		a = s1 + (x->toks[s1].flags & T_COMMA ? 1 : 0);
		/* According to X, "A. B.": the whole quotation */
		if (x->toks[a].flags & T_OPENQ && x->toks[a].mate >= last)
			last = x->toks[a].mate + 1;
		set_tokens(x, &c->content, a, last);
	} else {
		a = clause_before(x, i > first && x->toks[i - 1].flags & T_COMMA
		    ? i - 1 : i, first);
		set_tokens(x, &c->content, a, i);
		c->edge = a;
	}
	trim(x, &c->content);
	if (c->content.first < 0)
		x->nclaims--;
}

/* Is token i an acronym, capitals only (CGT, ONU)? */
static int
acronym(struct ctx *x, long i)
{
	const char *p = x->doc.text + x->doc.boff[x->toks[i].start];
	const char *end = x->doc.text + x->doc.boff[x->toks[i].end];
	int32_t c;
	size_t k;

	if (x->toks[i].end - x->toks[i].start < 2)
		return 0;
	for (; p < end; p += k) {
		k = dp_utf8_decode(p, (size_t)(end - p), &c);
		if (dp_uclass(c) != DP_CL_UPPER)
			return 0;
	}
	return 1;
}

/*
 * Can s0..s1-1, between an opening preposition and its comma, be who
 * speaks?  A pronoun (Pour lui), an informant (Pour la police), or a
 * person or organisation named, after at most a few words (Pour l'ONG
 * Amnesty International); not a time or a place (Pour la première fois).
 */
static int
opening_source(struct ctx *x, long s0, long s1)
{
	long e, k;

	if (s1 == s0 + 1 && x->toks[s0].flags & T_PRON)
		return 1;
	if (s1 == s0 + 2 && x->toks[s0].flags & T_DET &&
	    (x->toks[s0 + 1].flags & T_INFORMANT || acronym(x, s0 + 1)))
		return 1;
	if ((e = entity_of(x, x->toks[s1 - 1].start,
	    x->toks[s1 - 1].end)) < 0 ||
	    x->doc.ents[e].end != x->toks[s1 - 1].end ||
	    x->doc.ents[e].start < x->toks[s0].start ||
	    !(dp_entity_is(&x->doc.ents[e], "PER") ||
	    dp_entity_is(&x->doc.ents[e], "ORG")))
		return 0;
	for (k = s0; k < s1 && x->toks[k].end <= x->doc.ents[e].start; k++)
		;
	return k - s0 <= 3;
}

/*
 * Pour X, CONTENT: a preposition that attributes only where it opens the
 * sentence (after a dateline) and X is who speaks.
 */
static void
opening_claim(struct ctx *x, long i, long n, enum kind kind)
{
	long last = sent_last(x, i), s0 = i + n, s1;
	struct claim *c;

	for (s1 = s0; s1 < last && s1 - s0 <= 8 && !(x->toks[s1].flags &
	    T_PUNCT); s1++)
		;
	if (s1 == s0 || s1 >= last || first_char(x, s1) != ',' ||
	    last - (s1 + 1) < 3 || x->toks[i].quoted || !opening_source(x, s0,
	    s1))
		return;
	c = preposition_source(x, i, s0, s1, kind);
	set_tokens(x, &c->content, s1 + 1, last);
	trim(x, &c->content);
	if (c->content.first < 0)
		x->nclaims--;
}

static void
find_claims(struct ctx *x, struct lang *l)
{
	size_t p;
	long i, n;

	x->nclaims = 0;
	for (i = 0; i < (long)x->doc.ntoks; i++) {
		if (x->toks[i].cue >= 0) {
			n = (long)x->nclaims;
			verb_claim(x, l, i);
			/* continued, poursuit: a cue only next to a quotation */
			if (l->cues[x->toks[i].cue].takes & TAKES_QUOTE &&
			    (long)x->nclaims > n &&
			    !x->claims[x->nclaims - 1].direct)
				x->nclaims--;
			continue;
		}
		if ((n = phrases_at(x, &l->preps, i, sent_last(x, i), &p)) != 0)
			preposition_claim(x, i, n, l->preps.v[p].kind);
		if ((i == sent_first(x, i) || x->toks[i - 1].flags & T_DASH) &&
		    i == after_dateline(x, sent_first(x, i), sent_last(x, i)) &&
		    (n = phrases_at(x, &l->openings, i, sent_last(x, i),
		    &p)) != 0)
			opening_claim(x, i, n, l->openings.v[p].kind);
	}
	cut_contents(x);
	continued_quotes(x);
	for (p = 0; p < x->nclaims; p++)
		if (x->claims[p].content.first < 0)
			x->claims[p].dropped = 1;	/* an empty quotation */
		else if (!x->claims[p].dropped)
			finish_claim(x, l, &x->claims[p]);
}

static int
inside(const struct span *s, long i)
{
	return s->first >= 0 && i >= s->first && i < s->last;
}

/*
 * A content ends where the next claim of its sentence begins; a claim
 * whose source and cue open another's content is part of it (he said he
 * rejected…: one denial).
 */
static void
cut_contents(struct ctx *x)
{
	struct claim *a, *b;
	size_t i, j, first = 0, end = 0;

	/*
	 * Claims are made in the order of their cues, so those of a sentence
	 * are a run: [first, end).
	 */
	for (i = 0; i < x->nclaims; i++) {
		a = &x->claims[i];
		if (i == end) {
			for (first = i, end = i + 1; end < x->nclaims &&
			    x->claims[end].sent == a->sent; end++)
				;
		}
		for (j = first; j < end; j++) {
			b = &x->claims[j];
			if (i == j || b->dropped || a->dropped ||
			    b->sent != a->sent || !inside(&a->content, b->edge))
				continue;
			if (b->edge <= a->content.first + 1 &&
			    b->cue.first > a->cue.first &&
			    b->cue.first - a->content.first <= 4) {
				if (a->kind == K_ASSERTION)
					a->kind = b->kind;
				b->dropped = 1;
				continue;
			}
			if (b->edge <= a->content.first)
				continue;
			/*
			 * After et, but, which or a comma a claim starts anew;
			 * else it is reported inside the other's content
			 * (said the authority had refused since it announced).
			 */
			if (x->toks[b->edge].flags & T_COORD ||
			    x->toks[b->edge - 1].flags & (T_COORD | T_REL |
			    T_PUNCT) || b->cue.first == b->edge) {
				set_tokens(x, &a->content, a->content.first,
				    b->edge);
				trim(x, &a->content);
			} else
				b->dropped = 1;
		}
		if (a->content.first < 0)
			a->dropped = 1;
	}
}

/* Claims in the order their contents end, then in the order made. */
static int
by_content_end(const void *a, const void *b)
{
	const struct ended *x = a, *y = b;

	if (x->last != y->last)
		return x->last < y->last ? -1 : 1;
	return x->claim < y->claim ? -1 : x->claim > y->claim;
}

/*
 * A quotation that makes a sentence of its own right after a direct claim
 * continues it: a new claim with the same source and cue.  The tokens in a
 * content and the sentences with a claim are marked first, and the claims
 * are taken in the order their contents end, so each quotation costs the
 * same however many claims the record has.
 */
static void
continued_quotes(struct ctx *x)
{
	struct claim *c;
	size_t j, n = x->nclaims, norder = 0, next = 0;
	long i, k, m, prev = -1;

	if (n == 0)
		return;
	if (x->doc.ntoks + x->doc.nsents > x->captaken) {
		x->captaken = 2 * (x->doc.ntoks + x->doc.nsents);
		x->taken = dp_reallocarray(x->taken, x->captaken, 1);
	}
	if (n > x->caporder) {
		x->caporder = 2 * n;
		x->order = dp_reallocarray(x->order, x->caporder,
		    sizeof(*x->order));
	}
	memset(x->taken, 0, x->doc.ntoks + x->doc.nsents);
	for (j = 0; j < n; j++) {
		if (x->claims[j].dropped)
			continue;
		for (k = x->claims[j].content.first; k >= 0 &&
		    k < x->claims[j].content.last; k++)
			x->taken[k] = 1;
		x->taken[x->doc.ntoks + (size_t)x->claims[j].sent] = 1;
		x->order[norder].last = x->claims[j].content.last;
		x->order[norder++].claim = j;
	}
	qsort(x->order, norder, sizeof(*x->order), by_content_end);
	for (i = 0; i < (long)x->doc.ntoks; i++) {
		if (!(x->toks[i].flags & T_OPENQ) || (m =
		    x->toks[i].mate) <= i + 1 || sent_first(x, i) != i ||
		    x->toks[i].sent == 0)
			continue;
		/* Claims added here lie before i: they need no look. */
		if (x->taken[i + 1] || x->taken[x->doc.ntoks + x->toks[m].sent])
			continue;
		/* The last claim (in order made) whose content ends by i. */
		for (; next < norder && x->order[next].last <= i; next++)
			if ((long)x->order[next].claim > prev)
				prev = (long)x->order[next].claim;
		if (prev < 0 ||
		    x->claims[prev].sent + 1 < (long)x->toks[i].sent ||
		    x->claims[prev].content.first < 1 ||
		    !(x->toks[x->claims[prev].content.first - 1].flags &
		    T_OPENQ))
			continue;
		c = new_claim(x, x->toks[i].sent);
		*c = x->claims[prev];
		c->sent = x->toks[i].sent;
		set_tokens(x, &c->content, i + 1, m);
		i = m;
	}
}

/* Does a word of the content mark the conditional mood? */
static int
conditional(struct ctx *x, struct lang *l, const struct span *s)
{
	size_t e;
	long k;

	for (k = s->first; k < s->last; k++)
		if (!(x->toks[k].flags & (T_NOTCOND | T_PUNCT)))
			for (e = 0; e < l->endings.n; e++)
				if (ends_with(x, k, l->endings.v[e].text))
					return 1;
	return 0;
}

/* Flags, kind from the content, and the hedge. */
static void
finish_claim(struct ctx *x, struct lang *l, struct claim *c)
{
	long a = c->content.first, b = c->content.last, k, g;
	size_t p;
	int past = 0;

	if (c->direct)
		;
	else if (a > 0 && x->toks[a - 1].flags & T_OPENQ &&
	    x->toks[a - 1].mate == b)
		c->direct = 1;
	else if (x->toks[a].flags & T_OPENQ && x->toks[a].mate == b - 1 &&
	    b - a > 2) {
		set_tokens(x, &c->content, a + 1, b - 1);
		c->direct = 1;
	} else
		for (k = a; k < b; k++)
			if (x->toks[k].flags & (T_OPENQ | T_CLOSEQ))
				c->mixed = 1;
	a = c->content.first;
	b = c->content.last;
	/*
	 * What the content says can make a position a demand (il faut…)
	 * or a denial (« je démens »), and an informant's words a report.
	 */
	for (k = a; k < b && c->kind == K_ASSERTION; k++) {
		for (p = 0; p < l->demands.n; p++)
			if (phrase_at(x, l->demands.v[p].text, k, b))
				c->kind = K_DEMAND;
		if (c->direct && x->toks[k].cue >= 0 &&
		    l->cues[x->toks[k].cue].kind == K_DENIAL)
			c->kind = K_DENIAL;
		if (x->toks[k].flags & T_BLAME)
			c->kind = K_ACCUSATION;
	}
	for (k = c->source.first; k >= 0 && k < c->source.last &&
	    !c->pronoun; k++)
		if (x->toks[k].flags & T_INFORMANT && c->kind == K_ASSERTION)
			c->kind = K_REPORT;
	for (k = a; k < b; k++)
		if (x->toks[k].flags & T_HEDGE)
			c->hedged = 1;
	/*
	 * The conditional hedges when the cue leaves it to the reporter
	 * (affirme, selon); after a past cue it is tense agreement.
	 */
	for (g = c->cue.first; g < c->cue.last; g++)
		if (x->toks[g].flags & T_AUX || (x->toks[g].cue >= 0 &&
		    (has_suffix(x, SC_PAST, g) ||
		    in_class(x, WC_PAST_FORM, g))))
			past = 1;
	if (!c->direct && !past && conditional(x, l, &c->content))
		c->hedged = 1;
}

static void
put_text(struct ctx *x, struct dp_buf *b, uint32_t start, uint32_t end)
{
	dp_json_str(b, x->doc.text + x->doc.boff[start],
	    x->doc.boff[end] - x->doc.boff[start]);
}

static int
is_name(const struct dp_entity *e)
{
	return dp_entity_is(e, "PER") || dp_entity_is(e, "ORG") ||
	    dp_entity_is(e, "LOC");
}

/* The first name entity that overlaps [start, end), else any, or -1. */
static long
entity_of(struct ctx *x, uint32_t start, uint32_t end)
{
	size_t i, first = x->doc.nents;

	for (i = dp_doc_first_ending_after(&x->doc, start); i < x->doc.nents;
	    i++) {
		if (x->doc.ents[i].start < end && start < x->doc.ents[i].end) {
			if (is_name(&x->doc.ents[i]))
				return (long)i;
			if (first == x->doc.nents)
				first = i;
		} else if (x->doc.ents_ordered)
			break;
	}
	return first < x->doc.nents ? (long)first : -1;
}

static void
put_span(struct ctx *x, struct dp_buf *b, const char *key, uint32_t start,
    uint32_t end, int entity)
{
	long e;

	dp_buf_adds(b, ",\"");
	dp_buf_adds(b, key);
	dp_buf_adds(b, "\":{\"start\":");
	dp_buf_addu(b, start);
	dp_buf_adds(b, ",\"end\":");
	dp_buf_addu(b, end);
	dp_buf_adds(b, ",\"text\":");
	put_text(x, b, start, end);
	if (entity) {
		dp_buf_adds(b, ",\"entity\":");
		if ((e = entity_of(x, start, end)) >= 0)
			dp_buf_addu(b, (unsigned long)e);
		else
			dp_buf_adds(b, "null");
	}
	dp_buf_addc(b, '}');
}

/* Can this claim's source be what a later pronoun stands for? */
static int
antecedent(const struct claim *p)
{
	return !(p->dropped && !p->speaker) && !p->pronoun &&
	    !p->preposition && p->source.first >= 0;
}

/*
 * Bounds for put_ref's search, once the claims are in order: the latest
 * sentence of any claim up to k, and the earliest end of an antecedent's
 * source from k on.  They let it skip what cannot match, so a record with
 * many claims costs no more per pronoun than one with few.
 */
static void
bound_antecedents(struct ctx *x)
{
	size_t k;

	if (x->nclaims + 1 > x->capbounds) {
		x->capbounds = 2 * (x->nclaims + 1);
		x->maxsent_to = dp_reallocarray(x->maxsent_to, x->capbounds,
		    sizeof(*x->maxsent_to));
		x->minend_from = dp_reallocarray(x->minend_from, x->capbounds,
		    sizeof(*x->minend_from));
	}
	for (k = 0; k < x->nclaims; k++)
		x->maxsent_to[k] = k > 0 &&
		    x->maxsent_to[k - 1] > x->claims[k].sent ?
		    x->maxsent_to[k - 1] : x->claims[k].sent;
	x->minend_from[x->nclaims] = UINT32_MAX;
	for (k = x->nclaims; k > 0; k--)
		x->minend_from[k - 1] = antecedent(&x->claims[k - 1]) &&
		    x->claims[k - 1].source.end < x->minend_from[k] ?
		    x->claims[k - 1].source.end : x->minend_from[k];
}

/*
 * The antecedent of the pronoun source of claim i: the source of the latest
 * claim before it that was no pronoun, else the nearest person,
 * organisation or place named before it.
 */
static void
put_ref(struct ctx *x, struct dp_buf *b, size_t i)
{
	const struct claim *c = &x->claims[i], *p;
	size_t k;
	long e;

	k = x->minend_from[i + 1] > c->source.start ? i + 1 : x->nclaims;
	for (; k > 0 && x->maxsent_to[k - 1] >= c->sent - 6; k--) {
		p = &x->claims[k - 1];
		if (!antecedent(p) || p->source.end > c->source.start ||
		    c->sent - p->sent > 6)
			continue;
		put_span(x, b, "ref", p->source.start, p->source.end, 1);
		return;
	}
	if (x->doc.ents_ordered)
		e = (k = dp_doc_first_ending_after(&x->doc,
		    c->source.start)) > 0 ? x->lastper[k - 1] : -1;
	else
		for (e = (long)x->doc.nents - 1; e >= 0; e--)
			if (x->doc.ents[e].end <= c->source.start &&
			    dp_entity_is(&x->doc.ents[e], "PER"))
				break;
	if (e >= 0)
		put_span(x, b, "ref", x->doc.ents[e].start, x->doc.ents[e].end,
		    1);
}

static int
by_cue(const void *a, const void *b)
{
	const struct claim *x = a, *y = b;

	if (x->cue.start != y->cue.start)
		return x->cue.start < y->cue.start ? -1 : 1;
	return x->content.start < y->content.start ? -1 :
	    x->content.start > y->content.start;
}

static void
write_record(struct ctx *x, struct dp_record *r)
{
	struct dp_set set;
	const struct claim *c;
	size_t i, n = 0;

	/* Ordered by cue, then content (claims sharing a cue). */
	if (x->nclaims > 1)
		qsort(x->claims, x->nclaims, sizeof(*x->claims), by_cue);
	bound_antecedents(x);
	dp_buf_reset(&x->out);
	dp_buf_addc(&x->out, '[');
	for (i = 0; i < x->nclaims; i++) {
		c = &x->claims[i];
		if (c->dropped)
			continue;
		dp_buf_adds(&x->out, n++ ? ",{\"kind\":\"" : "{\"kind\":\"");
		dp_buf_adds(&x->out, kind_names[c->kind]);
		dp_buf_addc(&x->out, '"');
		if (c->source.first >= 0) {
			put_span(x, &x->out, "source", c->source.start,
			    c->source.end, 1);
			if (c->pronoun) {
				x->out.len--;
				put_ref(x, &x->out, i);
				dp_buf_addc(&x->out, '}');
			}
		} else
			dp_buf_adds(&x->out, ",\"source\":null");
		put_span(x, &x->out, "cue", c->cue.start, c->cue.end, 0);
		x->out.len--;
		dp_buf_adds(&x->out, ",\"lemma\":");
		dp_json_str(&x->out, c->lemma, c->lemmalen);
		dp_buf_addc(&x->out, '}');
		put_span(x, &x->out, "content", c->content.start,
		    c->content.end, 0);
		if (c->target.first >= 0)
			put_span(x, &x->out, "target", c->target.start,
			    c->target.end, 1);
		dp_buf_adds(&x->out, c->hedged ? ",\"hedged\":true" :
		    ",\"hedged\":false");
		dp_buf_adds(&x->out, c->direct ? ",\"direct\":true" :
		    ",\"direct\":false");
		dp_buf_adds(&x->out, c->mixed ? ",\"mixed\":true" :
		    ",\"mixed\":false");
		dp_buf_adds(&x->out, ",\"sentence\":");
		dp_buf_addu(&x->out, (unsigned long)c->sent);
		dp_buf_addc(&x->out, '}');
	}
	dp_buf_addc(&x->out, ']');
	set.key = "claims";
	set.json = x->out.data;
	set.len = x->out.len;
	dp_record_write(r, &set, 1);
}
