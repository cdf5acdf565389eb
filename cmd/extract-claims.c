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
static const char *kind_names[NKINDS] = { "assertion", "report", "denial",
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

struct lang {
	char		 code[16];
	struct dp_strset *words;	/* lowercase word: flags | cue << 16 */
	struct cue	*cues;
	size_t		 ncues;
	struct phrases	 preps, links, demands, endings;
	struct phrases	 insertions;	/* inside a verb group: pour sa part */
	struct phrases	 openings;	/* Pour X, CONTENT */
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

static struct lang	*langs;
static size_t		 nlangs;
static const char	*text;
static size_t		 textlen;
static uint32_t		*boff;		/* byte offset of each code point */
static size_t		 capboff, ncps;
static uint32_t		*spans, *sents;
static size_t		 capspans, capsents, nsents;
static struct token	*toks;
static size_t		 ntoks, captoks;
static long		*sfirst;	/* first token of each sentence */
static size_t		 capsfirst;
static struct dp_entity	*ents;
static size_t		 nents, capents;
static int		 ents_ordered;	/* starts and ends never go back */
static long		*lastper;	/* the last PER up to each entity */
static size_t		 caplastper;
static struct claim	*claims;
static size_t		 nclaims, capclaims;
static struct dp_buf	 textbuf, words, scratch, out;

static DP_NORETURN void usage(int);
static struct lang *lang_get(const char *);
static void	 lang_load(struct lang *, const char *, int);
static int	 extract_record(struct dp_record *, void *);
static int	 read_tokens(struct dp_record *);
static void	 describe_tokens(struct lang *);
static void	 pair_quotes(void);
static int32_t	 first_char(long);
static void	 find_claims(struct lang *);
static void	 verb_claim(struct lang *, long);
static void	 preposition_claim(long, long, enum kind);
static void	 cut_contents(void);
static void	 continued_quotes(void);
static void	 finish_claim(struct lang *, struct claim *);
static void	 write_record(struct dp_record *);
static long	 entity_of(uint32_t, uint32_t);
static size_t	 entity_in(uint32_t, uint32_t, const char *);
static int	 is_upper(long);
static int	 is_date(long);
static int	 auxiliary(long);
static void	 index_entities(void);

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

static const struct option longopts[] = {
	{ "lexicon",	required_argument,	NULL, 'L' },
	{ "lang",	required_argument,	NULL, 'l' },
	DP_LONGOPTS_KEEP_GOING,
	DP_LONGOPTS_COMMON
};

int
main(int argc, char *argv[])
{
	char code[16];
	int ch, rc;

	dp_setprogname(argv);
	while ((ch = getopt_long(argc, argv, "hkL:l:uV", longopts, NULL)) !=
	    -1) {
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
	if (opt.lang != NULL) {
		dp_record_lang(NULL, opt.lang, code, sizeof(code));
		lang_get(code);
	} else if (opt.lexicon != NULL)
		lang_get("und");
	rc = dp_filter_run(&opt.filter, argv, argc, extract_record, NULL);
	return dp_worst(rc, dp_close_stdout());
}

/* Lowercases s into b, with ’ as ' so that lexicons need one apostrophe. */
static void
add_lower(struct dp_buf *b, const char *s, size_t n)
{
	size_t i, k;
	int32_t cp;
	char *d;

	dp_buf_grow(b, n);
	d = b->data + b->len;
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		d[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	b->len += i;
	for (; i < n; i += k) {
		if ((unsigned char)s[i] < 0x80) {
			dp_buf_addc(b, s[i] >= 'A' && s[i] <= 'Z' ?
			    s[i] + 32 : s[i]);
			k = 1;
			continue;
		}
		k = dp_utf8_decode(s + i, n - i, &cp);
		dp_utf8_put(b, cp == 0x2019 ? '\'' : dp_ulower(cp));
	}
}

/*
 * The language's lexicon, loaded the first time a record asks for it:
 * lexicons/LANG/claims.yaml, then the user's --lexicon.
 */
static struct lang *
lang_get(const char *code)
{
	struct dp_buf path = { 0 };
	struct lang *l;
	const char *dir;
	size_t i;

	for (i = 0; i < nlangs; i++)
		if (strcmp(langs[i].code, code) == 0)
			return &langs[i];
	langs = dp_reallocarray(langs, nlangs + 1, sizeof(*langs));
	l = &langs[nlangs++];
	memset(l, 0, sizeof(*l));
	snprintf(l->code, sizeof(l->code), "%s", code);
	l->words = dp_strset_new();
	if ((dir = dp_lexicon_dir()) != NULL && strcmp(code, "und") != 0) {
		dp_buf_printf(&path, "%s/%s/claims.yaml", dir, code);
		lang_load(l, dp_buf_cstr(&path), 0);
	}
	if (opt.lexicon != NULL)
		lang_load(l, opt.lexicon, 1);
	if (l->ncues == 0 && l->preps.n == 0)
		dp_warn("no cues for language \"%s\": its records get no "
		    "claims", code);
	dp_buf_free(&path);
	return l;
}

static void
add_word(struct lang *l, const char *s, size_t n, unsigned flags, int cue)
{
	int *slot, old;

	dp_buf_reset(&scratch);
	add_lower(&scratch, s, n);
	slot = dp_strset_add(l->words, scratch.data, scratch.len);
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
lower_dup(const char *s, size_t n)
{
	dp_buf_reset(&scratch);
	add_lower(&scratch, s, n);
	return dp_strndup(scratch.data, scratch.len);
}

static void
add_phrase(struct phrases *p, const char *s, size_t n, enum kind kind)
{
	p->v = dp_reallocarray(p->v, p->n + 1, sizeof(*p->v));
	p->v[p->n].text = lower_dup(s, n);
	p->v[p->n++].kind = kind;
}

static void
load_phrases(struct dp_yaml *y, const char *key, struct phrases *p)
{
	char **v;
	size_t i, n;

	v = optional_list(y, key, &n);
	for (i = 0; i < n; i++)
		add_phrase(p, v[i], strlen(v[i]), K_REPORT);
	free(v);
}

/* Reads a mapping of phrases to kinds (prepositions). */
static void
load_kinds(struct dp_yaml *y, dp_node root, const char *key,
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
		if ((s = dp_yaml_scalar(y, dp_yaml_key(y, node, i), &n)) ==
		    NULL)
			dp_yaml_die(y, node, "a phrase expected");
		add_phrase(p, s, n, kind_of(y, dp_yaml_value(y, node, i)));
	}
}

/* Reads one entry of "cues": a lemma, its kind, constructions and forms. */
static void
load_cue(struct lang *l, struct dp_yaml *y, dp_node key, dp_node val)
{
	static const char *takes[] = { "np", "obj", "target", "target-a",
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
		c->then = lower_dup(s, n);
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

/* Adds a lexicon file; a missing built-in one is skipped. */
static void
lang_load(struct lang *l, const char *path, int user)
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
	struct dp_yaml *y;
	dp_node root, node;
	size_t i;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL) {
		if (user)
			dp_die(DP_EX_CONFIG, "%s: %s", path, strerror(errno));
		return;
	}
	fclose(fp);
	y = dp_yaml_load(path);
	root = dp_yaml_root(y);
	if (!dp_yaml_is_map(y, root))
		dp_yaml_die(y, root, "a mapping expected");
	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		load_words(l, y, lists[i].key, lists[i].flag);
	load_phrases(y, "distancing_links", &l->links);
	load_phrases(y, "demand_words", &l->demands);
	load_phrases(y, "conditional_endings", &l->endings);
	load_phrases(y, "adverb_phrases", &l->insertions);
	load_kinds(y, root, "prepositions", &l->preps);
	load_kinds(y, root, "opening_prepositions", &l->openings);
	if ((node = dp_yaml_get(y, root, "cues")) != 0) {
		if (!dp_yaml_is_map(y, node))
			dp_yaml_die(y, node, "cues: a mapping of lemmas "
			    "expected");
		for (i = 0; i < dp_yaml_len(y, node); i++)
			load_cue(l, y, dp_yaml_key(y, node, i),
			    dp_yaml_value(y, node, i));
	}
	dp_yaml_free(y);
}

static int
extract_record(struct dp_record *r, void *arg)
{
	char code[16];
	struct lang *l;

	(void)arg;
	if ((text = dp_record_need(r, "text", "to-jsonl", &textbuf, &textlen,
	    NULL)) == NULL)
		return DP_EX_DATAERR;
	dp_record_lang(r, opt.lang, code, sizeof(code));
	l = lang_get(code);
	if (read_tokens(r) != 0)
		return DP_EX_DATAERR;
	describe_tokens(l);
	pair_quotes();
	find_claims(l);
	write_record(r);
	return 0;
}

/* Reads tokens, sentences and entities, checked against the text. */
static int
read_tokens(struct dp_record *r)
{
	ssize_t n, k;
	size_t i, s;

	ncps = dp_utf8_offsets(text, textlen, &boff, &capboff);
	if ((n = dp_record_spans(r, "tokens", "segment", &spans,
	    &capspans)) < 0)
		return -1;
	if ((size_t)n > captoks) {
		captoks = 2 * (size_t)n;
		toks = dp_reallocarray(toks, captoks, sizeof(*toks));
	}
	ntoks = (size_t)n;
	if (dp_record_check_spans(r, "token", spans, ntoks, ncps) != 0)
		return -1;
	for (i = 0; i < ntoks; i++) {
		toks[i].start = spans[2 * i];
		toks[i].end = spans[2 * i + 1];
	}
	if ((k = dp_record_spans(r, "sentences", "segment", &sents,
	    &capsents)) < 0)
		return -1;
	nsents = (size_t)k;
	if (nsents + 1 > capsfirst) {
		capsfirst = 2 * nsents + 1;
		sfirst = dp_reallocarray(sfirst, capsfirst, sizeof(*sfirst));
	}
	/* Tokens outside every sentence join the one before. */
	for (i = 0, s = 0; i < ntoks; i++) {
		while (s + 1 < nsents && toks[i].start >= sents[2 * (s + 1)])
			s++;
		toks[i].sent = (uint32_t)s;
	}
	for (s = 0, i = 0; s < nsents; s++) {
		while (i < ntoks && toks[i].sent < s)
			i++;
		sfirst[s] = (long)i;
	}
	sfirst[nsents] = (long)ntoks;
	if ((n = dp_record_entities(r, "tag-entities", &ents, &capents)) < 0)
		return -1;
	nents = (size_t)n;
	for (i = 0; i < nents; i++)
		if (ents[i].end > ncps) {
			dp_warnat(r->name, r->lineno, "entity %zu [%u,%u] is "
			    "beyond the text", i, ents[i].start, ents[i].end);
			return -1;
		}
	index_entities();
	return 0;
}

static int
labelled(const struct dp_entity *e, const char *label)
{
	return e->label != NULL && e->labellen == strlen(label) &&
	    memcmp(e->label, label, e->labellen) == 0;
}

/*
 * In tag-entities' order (by start, none inside another), the entities
 * that overlap a span are a run found by bisection, so a record with many
 * names costs no more per lookup than one with few.  Other orders are
 * read as they come.
 */
static void
index_entities(void)
{
	size_t i;

	ents_ordered = 1;
	for (i = 1; i < nents && ents_ordered; i++)
		ents_ordered = ents[i].start >= ents[i - 1].start &&
		    ents[i].end >= ents[i - 1].end;
	if (!ents_ordered)
		return;
	if (nents > caplastper) {
		caplastper = 2 * nents;
		lastper = dp_reallocarray(lastper, caplastper,
		    sizeof(*lastper));
	}
	for (i = 0; i < nents; i++)
		lastper[i] = labelled(&ents[i], "PER") ? (long)i :
		    i > 0 ? lastper[i - 1] : -1;
}

/* In order: the first entity that ends after cp, or nents. */
static size_t
first_ending_after(uint32_t cp)
{
	size_t lo = 0, hi = nents, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ents[mid].end > cp)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* In order: the first entity that starts at or after cp, or nents. */
static size_t
first_starting_from(uint32_t cp)
{
	size_t lo = 0, hi = nents, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ents[mid].start >= cp)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

static const char *
word(long i)
{
	return words.data + toks[i].word;
}

static int
word_is(long i, const char *w)
{
	return strcmp(word(i), w) == 0;
}

static int
ends_with(long i, const char *suffix)
{
	size_t n = strlen(suffix);

	return toks[i].wordlen >= n &&
	    memcmp(word(i) + toks[i].wordlen - n, suffix, n) == 0;
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
 * An inverted subject pronoun ending a word (a-t-il, dit-elle): sets *base
 * to the length of the word before it and returns its length in code
 * points, or 0.
 */
static unsigned
inverted_pronoun(const char *w, size_t n, size_t *base)
{
	static const char *suffixes[] = { "-t-elles", "-t-elle", "-t-ils",
	    "-t-il", "-t-on", "-elles", "-elle", "-ils", "-il", "-on",
	    "-nous", "-vous" };
	size_t i, k;

	for (i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++) {
		k = strlen(suffixes[i]);
		if (n > k && memcmp(w + n - k, suffixes[i], k) == 0) {
			*base = n - k;
			return (unsigned)strlen(strrchr(suffixes[i], '-') + 1);
		}
	}
	return 0;
}

/* Lowercases each token and looks it up. */
static void
describe_tokens(struct lang *l)
{
	struct token *t;
	const int *slot;
	size_t i, base;
	int32_t cp;

	dp_buf_reset(&words);
	for (i = 0; i < ntoks; i++) {
		t = &toks[i];
		t->word = (uint32_t)words.len;
		add_lower(&words, text + boff[t->start],
		    boff[t->end] - boff[t->start]);
		t->wordlen = (uint32_t)(words.len - t->word);
		dp_buf_addc(&words, '\0');
		t->flags = 0;
		t->cue = -1;
		t->mate = -1;
		t->pron = 0;
		t->quoted = 0;
		t->bare = 0;
		if (t->end == t->start + 1) {
			dp_utf8_decode(text + boff[t->start],
			    boff[t->end] - boff[t->start], &cp);
			if ((t->flags = punct_flags(cp)) != 0)
				continue;
		}
		/* '' and ``: quotation marks of typewriters and treebanks */
		if (t->wordlen == 2 && (strcmp(words.data + t->word, "''") == 0 ||
		    strcmp(words.data + t->word, "``") == 0)) {
			t->flags = punct_flags(words.data[t->word] == '`' ?
			    0x201C : '"');
			continue;
		}
		if ((slot = dp_strset_find(l->words, words.data + t->word,
		    t->wordlen)) == NULL && memchr(words.data + t->word, '-',
		    t->wordlen) != NULL &&
		    (t->pron = inverted_pronoun(words.data + t->word,
		    t->wordlen, &base)) != 0)
			slot = dp_strset_find(l->words, words.data + t->word,
			    base);
		if (slot == NULL) {
			t->pron = 0;
			continue;
		}
		t->flags = (unsigned)*slot & ((1U << FLAGBITS) - 1);
		t->cue = (*slot >> FLAGBITS) - 1;
		t->bare = t->cue >= 0 && t->pron == 0 &&
		    strcmp(words.data + t->word, l->cues[t->cue].lemma) == 0;
		if (t->pron != 0 && t->cue < 0 && !(t->flags & T_AUX))
			t->pron = 0;
	}
}

static int32_t
first_char(long i)
{
	int32_t c;

	dp_utf8_decode(text + boff[toks[i].start],
	    boff[toks[i].end] - boff[toks[i].start], &c);
	return c;
}

/* A letter or digit at code point cp (an apostrophe is none: qu'"il). */
static int
is_word_at(uint32_t cp)
{
	int32_t c;
	enum dp_class k;

	dp_utf8_decode(text + boff[cp], boff[cp + 1] - boff[cp], &c);
	k = dp_uclass(c);
	return k == DP_CL_UPPER || k == DP_CL_LETTER || k == DP_CL_DIGIT ||
	    k == DP_CL_MARK;
}

static int
is_space_at(uint32_t cp)
{
	int32_t c;

	if (cp >= ncps)
		return 1;
	dp_utf8_decode(text + boff[cp], boff[cp + 1] - boff[cp], &c);
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
pair_quotes(void)
{
	long stack[32];
	size_t depth = 0, i, k;
	struct token *t;
	int opens;

	for (i = 0; i < ntoks; i++) {
		t = &toks[i];
		if (!(t->flags & (T_OPENQ | T_CLOSEQ)))
			continue;
		/* A straight mark opens after a space and before a word. */
		if ((t->flags & (T_OPENQ | T_CLOSEQ)) == (T_OPENQ | T_CLOSEQ))
			opens = (t->start == 0 || !is_word_at(t->start - 1)) &&
			    !is_space_at(t->end);
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

			o = first_char(stack[k - 1]);
			c = first_char((long)i);
			if ((o == 0xAB && c == 0xBB) || (o == '"' && c == '"') ||
			    ((o == 0x201C || o == 0x201E) && c == 0x201D) ||
			    (o == 0x2039 && c == 0x203A) ||
			    ((o == 0x201C || o == 0xAB) && c == '"'))
				break;
		}
		/* Else typographers mixed their marks: “ with ». */
		if (k == 0 && depth > 0 && first_char(stack[depth - 1]) != '"'
		    && first_char((long)i) != '"')
			k = depth;
		if (k == 0)
			continue;
		toks[stack[k - 1]].mate = (int)i;
		t->mate = (int)stack[k - 1];
		depth = k - 1;
	}
	for (i = 0; i < ntoks; i++)
		if (toks[i].mate > (int)i && toks[i].flags & T_OPENQ)
			for (k = i + 1; k < (size_t)toks[i].mate; k++)
				toks[k].quoted++;
}

/* The number of tokens from i on that spell phrase, or 0. */
static long
phrase_at(const char *phrase, long i, long last)
{
	const char *p = phrase;
	long j;

	for (j = i; j < last; j++) {
		while (*p == ' ')
			p++;
		if (strncmp(p, word(j), toks[j].wordlen) != 0)
			return 0;
		p += toks[j].wordlen;
		if (*p == '\0')
			return j + 1 - i;
	}
	return 0;
}

/* The first of the phrases at token i: its length (0: none), index in *p. */
static long
phrases_at(const struct phrases *ps, long i, long last, size_t *p)
{
	long n;

	for (*p = 0; *p < ps->n; (*p)++)
		if ((n = phrase_at(ps->v[*p].text, i, last)) != 0)
			return n;
	return 0;
}

static long
sent_first(long i)
{
	return sfirst[toks[i].sent];
}

static long
sent_last(long i)
{
	return sfirst[toks[i].sent + 1];
}

static struct claim *
new_claim(long sent)
{
	struct claim *c;

	if (nclaims == capclaims) {
		capclaims = capclaims ? 2 * capclaims : 32;
		claims = dp_reallocarray(claims, capclaims, sizeof(*claims));
	}
	c = &claims[nclaims++];
	memset(c, 0, sizeof(*c));
	c->source.first = c->content.first = c->target.first = -1;
	c->sent = sent;
	return c;
}

static void
set_tokens(struct span *s, long first, long last)
{
	s->first = first;
	s->last = last;
	if (first >= 0 && last > first) {
		s->start = toks[first].start;
		s->end = toks[last - 1].end;
	} else
		s->first = -1;
}

/*
 * The latest claim before token i, within the last few sentences.  While
 * the tokens are read, claims come in the order of their sentences.
 */
static struct claim *
claim_before(long i, long sentences)
{
	size_t k;

	for (k = nclaims; k > 0; k--) {
		if ((long)toks[i].sent - claims[k - 1].sent > sentences)
			break;
		if ((!claims[k - 1].dropped || claims[k - 1].speaker) &&
		    claims[k - 1].cue.first < i &&
		    claims[k - 1].source.first >= 0)
			return &claims[k - 1];
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
clause_start(long i, long first, long *stop)
{
	long k, d;

	for (k = i; k > first; k--) {
		if (word_is(k - 1, ")")) {
			for (d = k - 2; d > first && !word_is(d, "("); d--)
				;
			if (d > first && k - d < MAXSOURCE) {
				k = d + 1;
				continue;
			}
		}
		if (toks[k - 1].flags & (T_PUNCT | T_COORD | T_COMP | T_REL)) {
			*stop = k - 1;
			return k;
		}
	}
	*stop = -1;
	return first;
}

/* The noun phrase from i on, up to a comma or the sentence's end. */
static long
phrase_end(long i, long last)
{
	long k;

	for (k = i; k < last && k - i < MAXSOURCE &&
	    !(toks[k].flags & (T_PUNCT | T_COMP | T_REL)); k++)
		;
	return k;
}

/*
 * The subject a sentence starts with, up to its first auxiliary, cue or
 * comma: the source of a participle (X a critiqué…, ajoutant que…).
 */
static long
subject_end(long first, long last)
{
	long k;

	for (k = first; k < last && k - first < MAXSOURCE &&
	    !(toks[k].flags & (T_PUNCT | T_COMP | T_REL | T_AUX)) &&
	    toks[k].cue < 0; k++)
		;
	return k;
}

/* Drops punctuation and joining words from the ends of a content. */
static void
trim(struct span *s)
{
	long a = s->first, b = s->last;

	if (a < 0)
		return;
	while (b > a && (toks[b - 1].flags & (T_COMMA | T_STOP | T_COLON |
	    T_COORD | T_COMP | T_REL) || ((toks[b - 1].flags & T_OPENQ) &&
	    (toks[b - 1].mate < 0 || toks[b - 1].mate >= b))))
		b--;
	while (a < b && toks[a].flags & (T_COMMA | T_STOP | T_COLON))
		a++;
	set_tokens(s, a, b);
}

/*
 * Does a clause start at g1, its that left out: a subject (a pronoun, a
 * name) and a lowercase word that can be its verb (said Clinton ran a
 * campaign that…; not told CNN on Sunday that, told Smith and Jones)?
 */
static int
subject_verb(const struct cue *cue, long g1, long last)
{
	long j = g1;

	if (g1 >= last)
		return 0;
	if (toks[j].flags & T_PRON) {
		if (cue->takes & TAKES_OBJ)
			return 0;
		j++;
	} else
		while (j < last && (is_upper(j) || word_is(j, "'s")) &&
		    !(toks[j].flags & T_PUNCT) && !is_date(j))
			j++;
	return j > g1 && j < last && is_word_at(toks[j].start) &&
	    !is_upper(j) && !(toks[j].flags & (T_PUNCT | T_COMP |
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
content_after(struct lang *l, struct claim *c, long g1, long last,
    const struct cue *cue, int *clause)
{
	long k, n;
	size_t i;

	*clause = 1;
	if (strcmp(l->code, "en") == 0 && subject_verb(cue, g1, last))
		goto nocomp;
	for (k = g1; k < last && k - g1 < CUEWINDOW; k++) {
		if (toks[k].flags & T_STOP)
			break;
		if (toks[k].flags & T_DIST)
			for (i = 0; i < l->links.n; i++)
				if ((n = phrase_at(l->links.v[i].text, k + 1,
				    last)) != 0) {
					c->hedged = 1;
					return k + 1 + n;
				}
		if (toks[k].cue >= 0)
			break;
		/* a démenti ces chiffres, qu'il juge…: a relative */
		if (toks[k].flags & T_COMP && k > g1 + 1 &&
		    first_char(k - 1) == ',' && toks[g1].flags & T_DET)
			break;
		if (toks[k].flags & T_COMP && !(k > g1 &&
		    toks[k - 1].flags & T_DIST))
			return k + 1;
		if (toks[k].flags & T_COLON)
			return k + 1;
		if (toks[k].quoted || toks[k].flags & T_OPENQ)
			break;
		/* said Obama has never respected the right that…: a
		 * clause without that has begun, its that is a relative */
		if (k > g1 && auxiliary(k) && strcmp(l->code, "en") == 0)
			break;
	}
nocomp:
	*clause = 0;
	if (g1 < last && !(toks[g1].flags & (T_PUNCT & ~T_OPENQ)) &&
	    (cue->takes & (TAKES_NP | TAKES_OBJ) ||
	    strcmp(l->code, "en") == 0))
		return g1;
	return -1;
}

/* The target of accuser X de…, demander à X de…, imputer … à X. */
static void
find_target(const struct cue *cue, struct claim *c)
{
	long k, a = c->content.first, b = c->content.last;

	if (a < 0)
		return;
	if (cue->takes & TAKES_TARGET_A) {
		for (; a < b && !word_is(a, "à") && !word_is(a, "au") &&
		    !word_is(a, "aux") && !word_is(a, "to"); a++)
			;
		if (a == b)
			return;
		a += word_is(a, "à") || word_is(a, "to");
	} else if (!(cue->takes & TAKES_TARGET))
		return;
	for (k = a; k < b && k - a < MAXSOURCE && !(toks[k].flags &
	    (T_COMMA | T_STOP | T_COLON | T_COMP)) && !word_is(k, "de") &&
	    !word_is(k, "d'") && !word_is(k, "of") && !word_is(k, "for") &&
	    !word_is(k, "to") && !word_is(k, "against") &&
	    !word_is(k, "contre") && !word_is(k, "à") &&
	    !(cue->then != NULL && phrase_at(cue->then, k, b)); k++)
		;
	if (k > a)
		set_tokens(&c->target, a, k);
}

/* The first entity labelled label that starts in [start, end), or nents. */
static size_t
entity_in(uint32_t start, uint32_t end, const char *label)
{
	size_t e;

	for (e = ents_ordered ? first_starting_from(start) : 0; e < nents;
	    e++) {
		if (ents[e].start >= start && ents[e].start < end &&
		    labelled(&ents[e], label))
			return e;
		if (ents_ordered && ents[e].start >= end)
			break;
	}
	return nents;
}

static int
is_date(long k)
{
	return entity_in(toks[k].start, toks[k].end, "DATE") < nents;
}

/*
 * Is token k an auxiliary?  Not 's, a possessive as often as is or has
 * (NBC's Dante Chinni).
 */
static int
auxiliary(long k)
{
	return toks[k].flags & T_AUX && !word_is(k, "'s");
}

static int
is_upper(long i)
{
	return dp_uclass(first_char(i)) == DP_CL_UPPER;
}

/*
 * Sets the source to tokens s0..s1-1, less a leading prepositional phrase
 * (à l'AFP Mme X, sur France 2 le député…): from the first person or
 * organisation named after it, else its first determiner.
 */
static void
source_span(struct claim *c, long s0, long s1)
{
	size_t e;
	long k;

	/* as unions vowed…, and the minister said… */
	while (s0 + 1 < s1 && toks[s0].flags & (T_ADVERBIAL | T_COORD) &&
	    !(toks[s0].flags & T_SKIP))
		s0++;
	if (s0 < s1 && toks[s0].flags & T_SKIP) {
		e = entity_in(toks[s0].end, toks[s1 - 1].end, "PER");
		for (k = s0 + 2; k < s1; k++)
			if (e < nents ? toks[k].start >= ents[e].start :
			    (toks[k].flags & T_DET) != 0)
				break;
		if (k == s1 && (e = entity_in(toks[s0].end, toks[s1 - 1].end,
		    "ORG")) < nents)
			for (k = s0 + 2; k < s1 && toks[k].start <
			    ents[e].start; k++)
				;
		if (k < s1) {
			/* A title before the name (Mme, M., Mr), no name itself. */
			if (e < nents && k > s0 + 2 && is_upper(k - 1) &&
			    toks[k - 1].end + 1 == toks[k].start &&
			    entity_of(toks[k - 1].start, toks[k - 1].end) < 0)
				k--;
			s0 = k;
		}
	}
	set_tokens(&c->source, s0, s1);
	c->pronoun = s1 == s0 + 1 && toks[s0].flags & T_PRON;
}

static void
pronoun_source(struct claim *c, long t)
{
	c->source.first = c->source.last = t;
	c->source.end = toks[t].end;
	c->source.start = toks[t].end - toks[t].pron;
	c->pronoun = 1;
}

/*
 * Is the sentence first..last-1 in Title Case, as English headlines are
 * (Trump Says He Will Run), with no verb of saying before token i?  Then
 * a capital at i starts no name, and the first cue is one.
 */
static int
title_case(long first, long i, long last)
{
	long k, words = 0, upper = 0;

	for (k = first; k < last; k++) {
		if (k < i && toks[k].cue >= 0 && !toks[k].bare)
			return 0;
		if (is_word_at(toks[k].start)) {
			words++;
			upper += is_upper(k);
		}
	}
	return words >= 4 && upper * 10 >= words * 7;
}

/* Is the cue at i no verb of saying here (a noun, a name, an infinitive)? */
static int
not_a_cue(struct lang *l, const struct cue *cue, long i, long first)
{
	size_t n = strlen(cue->lemma);

	if (toks[i].quoted || (i > first && toks[i - 1].cue >= 0))
		return 1;
	if (i > first && toks[i - 1].flags & T_DET &&
	    !(toks[i - 1].flags & T_COMP))
		return 1;
	if (i > first && is_upper(i) && !(toks[i - 1].flags & (T_OPENQ |
	    T_COLON)) && !title_case(first, i, sent_last(i)))
		return 1;
	if (toks[i].bare && strcmp(l->code, "fr") == 0)
		return 1;
	if (i > first && word_is(i - 1, "to"))
		return 1;
	/* his home state of Vermont, reports of fraud (not: they warn of) */
	if (i + 1 < (long)ntoks && word_is(i + 1, "of") && i > first &&
	    !(toks[i - 1].flags & (T_PRON | T_AUX)) && (toks[i].wordlen == n ||
	    (toks[i].wordlen == n + 1 && ends_with(i, "s"))))
		return 1;
	return 0;
}

/* The first token after the comma (or sentence start) before token i. */
static long
aside_start(long i, long first)
{
	long k;

	for (k = i; k > first && !(toks[k - 1].flags & (T_COMMA | T_STOP |
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
quote_before_aside(long stop, long first, long *s0)
{
	long a, b = stop, n, k;

	for (n = 0; n < 2 && b > first; n++) {
		a = clause_start(b, first, &k);
		if (k < 0 || a == b)
			return -1;
		if (toks[k].flags & T_CLOSEQ && toks[k].mate >= 0 &&
		    toks[k].mate < k) {
			*s0 = a;
			return k;
		}
		if (toks[k].flags & T_COMMA && k > first &&
		    toks[k - 1].flags & T_CLOSEQ && toks[k - 1].mate >= 0 &&
		    toks[k - 1].mate < k - 1) {
			*s0 = a;
			return k - 1;
		}
		if (!(toks[k].flags & T_COMMA))
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
nothing_said_after(const struct cue *cue, long g1, long last)
{
	long k = g1;

	/* told reporters, told the BBC, told him */
	if (cue->takes & TAKES_OBJ)
		while (k < last && k - g1 < 3 && !(toks[k].flags & (T_PUNCT |
		    T_ADVERBIAL | T_AUX) || (k > g1 && toks[k].flags &
		    T_PRON)) && !is_date(k))
			k++;
	if (k >= last || toks[k].flags & T_STOP)
		return 1;
	/* …, SNCF said, as unions vowed…; …, he said, adding that… */
	if (first_char(k) == ',' && k + 1 < last && (toks[k + 1].flags &
	    (T_ADVERBIAL | T_COORD) || toks[k + 1].cue >= 0))
		return 1;
	if (cue->takes & TAKES_NP)
		return 0;
	return (toks[k].flags & T_ADVERBIAL) != 0 || is_date(k);
}

/*
 * Can s0..g0-1, between a comma and the cue, be who speaks?  A name in
 * it (state operator SNCF), a determiner or a pronoun first, or a word or
 * two (sources, officials); no preposition, conjunction or adverbial
 * first, no auxiliary inside (…, X was absent from his home state).
 */
static int
subject_between(long s0, long g0)
{
	long k;

	if (g0 - s0 > MAXSOURCE || toks[s0].flags & (T_ADVERBIAL | T_SKIP |
	    T_COORD))
		return 0;
	for (k = s0; k < g0 && !is_upper(k); k++)
		;
	if (!(k < g0 || toks[s0].flags & (T_DET | T_PRON | T_INFORMANT) ||
	    g0 - s0 <= 2))
		return 0;
	/* An inflected cue is a verb; its bare form may be a noun (state). */
	for (k = s0; k < g0; k++)
		if (toks[k].flags & (T_AUX | T_PUNCT | T_COMP | T_REL) ||
		    (toks[k].cue >= 0 && !toks[k].bare))
			return 0;
	return 1;
}

/*
 * The first token after a dateline that starts the sentence at first
 * (PARIS, 24 nov. (AFP) -, LONDON (Reuters) -): a dash after a closing
 * parenthesis, a few tokens in, under a capital; else first.
 */
static long
after_dateline(long first, long end)
{
	long k;

	if (!is_upper(first))
		return first;
	for (k = first + 2; k < end && k - first < 12; k++)
		if (toks[k].flags & T_DASH && first_char(k - 1) == ')')
			return k + 1;
	return first;
}

/*
 * A source after its cue at g1 (…, a déclaré lundi le ministre à l'AFP;
 * …, said the minister on Monday): a date before it is skipped, and it
 * ends at a date or a preposition after it.  Returns its end, with its
 * start in *start, or g1 when there is none.
 */
static long
source_after(long g1, long last, long *start)
{
	long a = g1, k, end;

	while (a < last && is_date(a) && !(toks[a].flags & T_PUNCT))
		a++;
	*start = a;
	if ((end = phrase_end(a, last)) <= a)
		return g1;
	for (k = a + 1; k < end; k++) {
		/* …, state operator SNCF said; not: a dit un conseiller */
		if (toks[k].cue >= 0 && !toks[k].bare)
			return g1;
		if (toks[k].flags & T_SKIP || is_date(k))
			return k;
	}
	return end;
}

/*
 * Is there an auxiliary or a subject pronoun in [a, b)?  Then it is a
 * clause, not a name (X, who said so, said one candidate he likes is Y).
 */
static int
has_verb(long a, long b)
{
	for (; a < b; a++)
		if (auxiliary(a) || toks[a].flags & (T_PASSIVE | T_PRON))
			return 1;
	return 0;
}

/* An inverted claim: « CONTENT », a déclaré X / "CONTENT," he said. */
static int
inverted_claim(struct claim *c, long q, long s0, long stop, long first,
    long g0, long g1, long last, long pron)
{
	long a, k;

	/* Not before the claim that precedes it in the sentence. */
	if (c > claims && c[-1].sent == c->sent && !c[-1].dropped) {
		k = c[-1].cue.last > c[-1].source.last ? c[-1].cue.last :
		    c[-1].source.last;
		if (k > first && k < (q >= 0 ? toks[q].mate : stop))
			first = k;
	}
	if (q >= 0 && (toks[q].mate <= first ||
	    toks[toks[q].mate - 1].flags & (T_STOP | T_COLON))) {
		/* "We will not give in," Aubert said: the comma is hers. */
		set_tokens(&c->content, toks[q].mate + 1,
		    q - 1 > toks[q].mate + 1 && toks[q - 1].flags & T_COMMA ?
		    q - 1 : q);
		c->direct = 1;
		c->edge = toks[q].mate;
	} else {
		/* Words, then a quotation: « … » et « … », a indiqué X. */
		set_tokens(&c->content, after_dateline(first, stop),
		    q >= 0 ? q + 1 : stop);
		trim(&c->content);
		c->edge = first;
	}
	if (pron >= 0)
		pronoun_source(c, pron);
	else if (s0 < g0)
		source_span(c, s0, phrase_end(s0, g0));
	else if ((k = source_after(g1, last, &a)) > g1)
		source_span(c, a, k);
	return c->source.first >= 0 && c->content.first >= 0;
}

/*
 * The start of what an auxiliary may hold before the cue at g0: a phrase
 * of the lexicon's adverb_phrases (a pour sa part estimé, a quant à lui
 * refusé) or anything between commas (a, de son côté, estimé); else g0.
 */
static long
insertion_before(const struct lang *l, long g0, long first)
{
	size_t p;
	long j;

	/* a, pour sa part, estimé; has, however, said */
	if (g0 - 1 > first && first_char(g0 - 1) == ',' && !toks[g0 - 1].quoted)
		for (j = g0 - 2; j > first && g0 - j <= 8; j--) {
			if (first_char(j) == ',')
				return toks[j - 1].flags & T_AUX ? j : g0;
			if (toks[j].flags & T_PUNCT)
				break;
		}
	for (j = g0 - 1; j > first && g0 - j <= 5; j--)
		if (toks[j - 1].flags & T_AUX && !toks[j].quoted)
			for (p = 0; p < l->insertions.n; p++)
				if (phrase_at(l->insertions.v[p].text, j, g0) ==
				    g0 - j)
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
naming_end(long g1, long last, long *objend)
{
	long k = g1, end;
	int pronoun = 0, named = 0;

	if (k < last && toks[k].flags & T_PRON) {
		pronoun = named = 1;
		k++;
	} else
		for (; k < last && k - g1 < 6 && !(toks[k].flags & (T_PUNCT |
		    T_COMP | T_REL | T_ADVERBIAL | T_SKIP | T_COORD)) &&
		    !word_is(k, "a") && !word_is(k, "an"); k++)
			named |= !(toks[k].flags & T_DET);
	/* what he called Machado's "sex tape": a noun phrase, not a name */
	if (!named || k >= last || (k > g1 && word_is(k - 1, "'s")))
		return -1;
	*objend = k;
	if (toks[k].flags & T_OPENQ)
		return toks[k].mate > k ? toks[k].mate + 1 : -1;
	if (!word_is(k, "a") && !word_is(k, "an") && (!pronoun ||
	    !is_word_at(toks[k].start) || toks[k].flags & (T_ADVERBIAL |
	    T_SKIP | T_COMP | T_REL | T_COORD | T_AUX | T_PRON | T_PUNCT)))
		return -1;
	for (end = k + 1; end < last; end++)
		if (toks[end].flags & T_OPENQ && toks[end].mate > end)
			end = toks[end].mate;
		else if (toks[end].flags & (T_PUNCT | T_COMP | T_REL | T_COORD))
			break;
	return end;
}

/*
 * A claim around the cue verb at token i: its group (auxiliaries and
 * adverbs before, an inverted pronoun), its source and its content.
 */
static void
verb_claim(struct lang *l, long i)
{
	const struct cue *cue = &l->cues[toks[i].cue];
	long first = sent_first(i), last = sent_last(i);
	long g0 = i, g1 = i + 1, s0, stop, k, n, pron = -1, q;
	long cend = -1, objend = -1;	/* a naming's content, its object */
	struct claim *c, *prev;
	int aux = 0, passive = 0, clause, participle;

	if (not_a_cue(l, cue, i, first))
		return;
	for (;;) {
		if ((k = insertion_before(l, g0, first)) < g0) {
			g0 = k;
			continue;
		}
		if (g0 == first || !(toks[g0 - 1].flags & (T_AUX | T_ADV |
		    T_PASSIVE)) || toks[g0 - 1].quoted)
			break;
		g0--;
		aux |= (toks[g0].flags & (T_AUX | T_PASSIVE)) != 0;
		passive |= (toks[g0].flags & T_PASSIVE) != 0;
		if (toks[g0].pron)
			pron = g0;
	}
	if (toks[i].pron)
		pron = i;
	if (cue->then != NULL) {
		/* appeler à…, or with its target between: appeler X à… */
		for (k = g1; k < last && k - g1 <= (cue->takes & TAKES_TARGET ?
		    6 : 0) && !(toks[k].flags & T_PUNCT); k++)
			if ((n = phrase_at(cue->then, k, last)) != 0)
				break;
		/* described X as…: an object first, not what he described as */
		if (k >= last || k - g1 > (cue->takes & TAKES_TARGET ? 6 : 0) ||
		    toks[k].flags & T_PUNCT || (k == g1 && cue->takes & TAKES_OBJ)) {
			if (cue->alt < 0)
				return;
			cue = &l->cues[cue->alt];	/* not call for: call */
		} else if (k == g1)
			g1 += n;
	}
	participle = !aux && pron < 0 && (ends_with(i, "ant") ||
	    ends_with(i, "ing"));
	/* A French past participle alone is an adjective: la région dite… */
	if (!aux && pron < 0 && strcmp(l->code, "fr") == 0 &&
	    (ends_with(i, "é") || ends_with(i, "ée") || ends_with(i, "és") ||
	    ends_with(i, "ées")))
		return;
	if (participle && !(i > first && (toks[i - 1].flags & T_COMMA ||
	    word_is(i - 1, "en"))))
		return;
	c = new_claim(toks[i].sent);
	c->kind = cue->kind;
	c->lemma = cue->lemma;
	c->lemmalen = strlen(cue->lemma);
	set_tokens(&c->cue, participle && word_is(i - 1, "en") ? i - 1 : g0,
	    g1);
	c->edge = c->cue.first;
	if (passive) {
		/* X is said to…: a report with no source, at a distance. */
		if (g1 >= last || !word_is(g1, "to")) {
			nclaims--;
			return;
		}
		c->kind = K_REPORT;
		c->hedged = 1;
		set_tokens(&c->content, g1, last);
		trim(&c->content);
		return;
	}
	s0 = clause_start(g0, first, &stop);
	if (cue->takes & TAKES_NAMING) {
		if ((cend = naming_end(g1, last, &objend)) < 0) {
			nclaims--;
			return;
		}
		k = g1;
		clause = 1;
	} else
		k = content_after(l, c, g1, last, cue, &clause);
	/* he said on Monday. (not: he said in a statement the plan failed) */
	if (!clause && k == g1 && last - g1 <= 5 &&
	    nothing_said_after(cue, g1, last))
		k = -1;
	q = -1;
	if (stop >= 0 && toks[stop].flags & T_CLOSEQ && toks[stop].mate >= 0 &&
	    toks[stop].mate < stop)
		q = stop;
	else if (stop > first && toks[stop].flags & T_COMMA &&
	    toks[stop - 1].flags & T_CLOSEQ && toks[stop - 1].mate >= 0 &&
	    toks[stop - 1].mate < stop - 1)
		q = stop - 1;
	if (q < 0 && !clause && s0 == g0 && stop > first &&
	    toks[stop].flags & T_COMMA)
		q = quote_before_aside(stop, first, &s0);
	/*
	 * Inverted: after a quotation, or after a clause when a name ends it
	 * (…, a déclaré le ministre), or when a source before the cue has
	 * nothing after it (…, the minister said on Monday).
	 */
	if (!participle && !clause && (q >= 0 || (pron >= 0 && s0 == g0) ||
	    (s0 == g0 && stop >= 0 && toks[stop].flags & T_COMMA &&
	    ((n = phrase_end(g1, last)) == last ||
	    toks[n].flags & (T_COMMA | T_STOP)) && !has_verb(g1, n)) ||
	    (stop > first && s0 > stop && s0 < g0 && pron < 0 &&
	    first_char(stop) == ',' &&
	    stop - after_dateline(first, stop) >= 4 &&
	    subject_between(s0, g0) &&
	    nothing_said_after(cue, g1, last)))) {
		if (!inverted_claim(c, q, s0, stop, first, g0, g1, last, pron))
			nclaims--;
		return;
	}
	if (pron >= 0)
		pronoun_source(c, pron);
	else if (g0 > first && toks[g0 - 1].flags & T_PRON && !participle) {
		set_tokens(&c->source, g0 - 1, g0);
		c->pronoun = 1;
	}
	else if (s0 < g0 && !participle) {
		if (g0 - s0 > MAXSOURCE)
			s0 = g0 - MAXSOURCE;
		source_span(c, s0, g0);
	} else if ((prev = claim_before(i, 0)) != NULL && (stop < 0 ||
	    !(toks[stop].flags & (T_COMP | T_REL)))) {
		/* Bakou a accusé… et a averti…: one subject, two cues. */
		c->source = prev->source;
		c->pronoun = prev->pronoun;
	} else if ((participle || (stop >= 0 && toks[stop].flags & T_COORD))
	    && subject_end(first, last) > first)
		/* The sentence's subject: X a critiqué…, ajoutant que… */
		set_tokens(&c->source, first, subject_end(first, last));
	else if (stop >= 0 && toks[stop].flags & T_COMMA) {
		/* X, qui fut…, a estimé que: the subject before the aside. */
		for (n = aside_start(stop, first); n > first &&
		    toks[n].flags & T_REL; n = aside_start(n - 1, first))
			;
		if (n < stop && !(toks[n].flags & T_REL))
			source_span(c, n, phrase_end(n, stop));
	}
	if (c->source.first >= s0 && c->source.first < g0)
		c->edge = c->source.first;
	else if (stop >= 0 && toks[stop].flags & T_COORD)
		c->edge = stop;
	if (c->source.first < 0) {
		nclaims--;
		return;
	}
	/* He added, "In this case…": a quotation after the cue's comma. */
	if (k < 0 && q < 0 && g1 + 1 < last && first_char(g1) == ',' &&
	    toks[g1 + 1].flags & T_OPENQ && toks[g1 + 1].mate > g1 + 1) {
		k = g1 + 1;
		clause = 1;
	}
	/*
	 * A, SOURCE CUE, B: the source and cue inside the content, which
	 * spans both parts (Russia's gains, they said, could be lost).
	 */
	if (k < 0 && q < 0 && stop > first && s0 > stop && s0 < g0 &&
	    pron < 0 && first_char(stop) == ',' && subject_between(s0, g0) &&
	    g1 + 3 < last && first_char(g1) == ',' && !(toks[g1 + 1].flags &
	    (T_ADVERBIAL | T_COORD | T_PUNCT)) && toks[g1 + 1].cue < 0) {
		set_tokens(&c->content, after_dateline(first, stop), last);
		trim(&c->content);
		c->edge = c->content.first;
		return;
	}
	/* "Why not?" | Ms. Warren said.: the quotation that was a sentence. */
	if (k < 0 && q < 0 && stop < 0 && first > 0 &&
	    toks[first - 1].flags & T_CLOSEQ && (n = toks[first - 1].mate) >= 0 &&
	    n == sent_first(first - 1) && n + 1 < first - 1 &&
	    (s0 == g0 || subject_between(s0, g0)) &&
	    nothing_said_after(cue, g1, last)) {
		set_tokens(&c->content, n + 1, first - 1);
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
	if (clause && k == last && k - 1 == g1 && k < (long)ntoks &&
	    toks[g1].flags & T_COLON)
		last = sent_last(k);
	if (k < last && toks[k].flags & T_OPENQ && toks[k].mate > k &&
	    (toks[k].mate + 1 >= sent_last(toks[k].mate) ||
	    toks[toks[k].mate + 1].flags & T_STOP)) {
		set_tokens(&c->content, k + 1, toks[k].mate);
		c->direct = 1;
	} else {
		set_tokens(&c->content, k, cend >= 0 ? cend : last);
		trim(&c->content);
	}
	if (c->content.first < 0) {
		nclaims--;
		return;
	}
	if (cue->takes & TAKES_NAMING)
		set_tokens(&c->target, g1, objend);
	else
		find_target(cue, c);
}

/*
 * What selon X at token i scopes over when it ends the sentence: back to
 * its start or a colon, across quotations, or from a relative pronoun.
 */
static long
clause_before(long i, long first)
{
	long k, j;

	for (k = i; k > first; k--) {
		if (toks[k - 1].flags & T_CLOSEQ && toks[k - 1].mate >= first &&
		    toks[k - 1].mate < k - 1) {
			k = toks[k - 1].mate + 1;
			continue;
		}
		if (toks[k - 1].flags & T_REL)
			return k - 1;
		/* a pair of dashes holds an aside: — or about 0.2 points — */
		if (toks[k - 1].flags & T_DASH) {
			for (j = k - 2; j > first && !(toks[j].flags &
			    (T_DASH | T_STOP | T_COLON)); j--)
				;
			if (j > first && toks[j].flags & T_DASH) {
				k = j + 1;
				continue;
			}
		}
		if (toks[k - 1].flags & (T_STOP | T_COLON | T_DASH))
			return k;
	}
	return first;
}

/* A new claim of the preposition i..s0-1, its source s0..s1-1. */
static struct claim *
preposition_source(long i, long s0, long s1, enum kind kind)
{
	struct claim *c = new_claim(toks[i].sent);

	c->kind = kind;
	c->lemma = word(i);
	c->lemmalen = toks[i].wordlen;
	c->preposition = 1;
	set_tokens(&c->cue, i, s0);
	set_tokens(&c->source, s0, s1);
	c->pronoun = s1 == s0 + 1 && toks[s0].flags & T_PRON;
	c->edge = i;
	return c;
}

/* Selon X, CONTENT / CONTENT, selon X: the preposition at i, n tokens. */
static void
preposition_claim(long i, long n, enum kind kind)
{
	long first = sent_first(i), last = sent_last(i), s0 = i + n, s1, a;
	struct claim *c;
	int after;

	if (toks[i].quoted || s0 >= last || toks[s0].flags & (T_NOTSRC |
	    T_PUNCT))
		return;
	if ((s1 = phrase_end(s0, last)) == s0)
		return;
	c = preposition_source(i, s0, s1, kind);
	/* A, according to X, but B: what comes after is the reporter's */
	after = !(i > first && toks[i - 1].flags & T_COMMA &&
	    s1 + 1 < last && toks[s1 + 1].flags & T_COORD);
	if (after && s1 < last && !(toks[s1].flags & T_STOP) && (c->pronoun ||
	    (toks[s1].flags & T_COMMA && s1 + 1 < last &&
	    !(toks[s1 + 1].flags & T_STOP)))) {
		a = s1 + (toks[s1].flags & T_COMMA ? 1 : 0);
		/* According to X, "A. B.": the whole quotation */
		if (toks[a].flags & T_OPENQ && toks[a].mate >= last)
			last = toks[a].mate + 1;
		set_tokens(&c->content, a, last);
	} else {
		a = clause_before(i > first && toks[i - 1].flags & T_COMMA ?
		    i - 1 : i, first);
		set_tokens(&c->content, a, i);
		c->edge = a;
	}
	trim(&c->content);
	if (c->content.first < 0)
		nclaims--;
}

/* Is token i an acronym, capitals only (CGT, ONU)? */
static int
acronym(long i)
{
	const char *p = text + boff[toks[i].start];
	const char *end = text + boff[toks[i].end];
	int32_t c;
	size_t k;

	if (toks[i].end - toks[i].start < 2)
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
opening_source(long s0, long s1)
{
	long e, k;

	if (s1 == s0 + 1 && toks[s0].flags & T_PRON)
		return 1;
	if (s1 == s0 + 2 && toks[s0].flags & T_DET &&
	    (toks[s0 + 1].flags & T_INFORMANT || acronym(s0 + 1)))
		return 1;
	if ((e = entity_of(toks[s1 - 1].start, toks[s1 - 1].end)) < 0 ||
	    ents[e].end != toks[s1 - 1].end || ents[e].start <
	    toks[s0].start || !(labelled(&ents[e], "PER") ||
	    labelled(&ents[e], "ORG")))
		return 0;
	for (k = s0; k < s1 && toks[k].end <= ents[e].start; k++)
		;
	return k - s0 <= 3;
}

/*
 * Pour X, CONTENT: a preposition that attributes only where it opens the
 * sentence (after a dateline) and X is who speaks.
 */
static void
opening_claim(long i, long n, enum kind kind)
{
	long last = sent_last(i), s0 = i + n, s1;
	struct claim *c;

	for (s1 = s0; s1 < last && s1 - s0 <= 8 && !(toks[s1].flags &
	    T_PUNCT); s1++)
		;
	if (s1 == s0 || s1 >= last || first_char(s1) != ',' ||
	    last - (s1 + 1) < 3 || toks[i].quoted || !opening_source(s0, s1))
		return;
	c = preposition_source(i, s0, s1, kind);
	set_tokens(&c->content, s1 + 1, last);
	trim(&c->content);
	if (c->content.first < 0)
		nclaims--;
}

static void
find_claims(struct lang *l)
{
	size_t p;
	long i, n;

	nclaims = 0;
	for (i = 0; i < (long)ntoks; i++) {
		if (toks[i].cue >= 0) {
			n = (long)nclaims;
			verb_claim(l, i);
			/* continued, poursuit: a cue only next to a quotation */
			if (l->cues[toks[i].cue].takes & TAKES_QUOTE &&
			    (long)nclaims > n && !claims[nclaims - 1].direct)
				nclaims--;
			continue;
		}
		if ((n = phrases_at(&l->preps, i, sent_last(i), &p)) != 0)
			preposition_claim(i, n, l->preps.v[p].kind);
		if ((i == sent_first(i) || toks[i - 1].flags & T_DASH) &&
		    i == after_dateline(sent_first(i), sent_last(i)) &&
		    (n = phrases_at(&l->openings, i, sent_last(i), &p)) != 0)
			opening_claim(i, n, l->openings.v[p].kind);
	}
	cut_contents();
	continued_quotes();
	for (p = 0; p < nclaims; p++)
		if (claims[p].content.first < 0)
			claims[p].dropped = 1;	/* an empty quotation */
		else if (!claims[p].dropped)
			finish_claim(l, &claims[p]);
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
cut_contents(void)
{
	struct claim *a, *b;
	size_t i, j, first = 0, end = 0;

	/*
	 * Claims are made in the order of their cues, so those of a sentence
	 * are a run: [first, end).
	 */
	for (i = 0; i < nclaims; i++) {
		a = &claims[i];
		if (i == end) {
			for (first = i, end = i + 1; end < nclaims &&
			    claims[end].sent == a->sent; end++)
				;
		}
		for (j = first; j < end; j++) {
			b = &claims[j];
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
			if (toks[b->edge].flags & T_COORD ||
			    toks[b->edge - 1].flags & (T_COORD | T_REL |
			    T_PUNCT) || b->cue.first == b->edge) {
				set_tokens(&a->content, a->content.first,
				    b->edge);
				trim(&a->content);
			} else
				b->dropped = 1;
		}
		if (a->content.first < 0)
			a->dropped = 1;
	}
}

static int
by_content_end(const void *a, const void *b)
{
	long x = claims[*(const size_t *)a].content.last;
	long y = claims[*(const size_t *)b].content.last;

	return x < y ? -1 : x > y;
}

/*
 * A quotation that makes a sentence of its own right after a direct claim
 * continues it: a new claim with the same source and cue.  The tokens in a
 * content and the sentences with a claim are marked first, and the claims
 * are taken in the order their contents end, so each quotation costs the
 * same however many claims the record has.
 */
static void
continued_quotes(void)
{
	static unsigned char *taken;	/* ntoks tokens, then nsents */
	static size_t *order, captaken, caporder;
	struct claim *c;
	size_t j, n = nclaims, norder = 0, next = 0;
	long i, k, m, prev = -1;

	if (n == 0)
		return;
	if (ntoks + nsents > captaken) {
		captaken = 2 * (ntoks + nsents);
		taken = dp_reallocarray(taken, captaken, 1);
	}
	if (n > caporder) {
		caporder = 2 * n;
		order = dp_reallocarray(order, caporder, sizeof(*order));
	}
	memset(taken, 0, ntoks + nsents);
	for (j = 0; j < n; j++) {
		if (claims[j].dropped)
			continue;
		for (k = claims[j].content.first; k >= 0 &&
		    k < claims[j].content.last; k++)
			taken[k] = 1;
		taken[ntoks + (size_t)claims[j].sent] = 1;
		order[norder++] = j;
	}
	qsort(order, norder, sizeof(*order), by_content_end);
	for (i = 0; i < (long)ntoks; i++) {
		if (!(toks[i].flags & T_OPENQ) || (m = toks[i].mate) <= i + 1 ||
		    sent_first(i) != i || toks[i].sent == 0)
			continue;
		/* Claims added here lie before i: they need no look. */
		if (taken[i + 1] || taken[ntoks + toks[m].sent])
			continue;
		/* The last claim (in order made) whose content ends by i. */
		for (; next < norder && claims[order[next]].content.last <= i;
		    next++)
			if ((long)order[next] > prev)
				prev = (long)order[next];
		if (prev < 0 || claims[prev].sent + 1 < (long)toks[i].sent ||
		    claims[prev].content.first < 1 ||
		    !(toks[claims[prev].content.first - 1].flags & T_OPENQ))
			continue;
		c = new_claim(toks[i].sent);
		*c = claims[prev];
		c->sent = toks[i].sent;
		set_tokens(&c->content, i + 1, m);
		i = m;
	}
}

/* Does a word of the content mark the conditional mood? */
static int
conditional(struct lang *l, const struct span *s)
{
	size_t e;
	long k;

	for (k = s->first; k < s->last; k++)
		if (!(toks[k].flags & (T_NOTCOND | T_PUNCT)))
			for (e = 0; e < l->endings.n; e++)
				if (ends_with(k, l->endings.v[e].text))
					return 1;
	return 0;
}

/* Flags, kind from the content, and the hedge. */
static void
finish_claim(struct lang *l, struct claim *c)
{
	long a = c->content.first, b = c->content.last, k, g;
	size_t p;
	int past = 0;

	if (c->direct)
		;
	else if (a > 0 && toks[a - 1].flags & T_OPENQ && toks[a - 1].mate == b)
		c->direct = 1;
	else if (toks[a].flags & T_OPENQ && toks[a].mate == b - 1 && b - a > 2) {
		set_tokens(&c->content, a + 1, b - 1);
		c->direct = 1;
	} else
		for (k = a; k < b; k++)
			if (toks[k].flags & (T_OPENQ | T_CLOSEQ))
				c->mixed = 1;
	a = c->content.first;
	b = c->content.last;
	/*
	 * What the content says can make a position a demand (il faut…)
	 * or a denial (« je démens »), and an informant's words a report.
	 */
	for (k = a; k < b && c->kind == K_ASSERTION; k++) {
		for (p = 0; p < l->demands.n; p++)
			if (phrase_at(l->demands.v[p].text, k, b))
				c->kind = K_DEMAND;
		if (c->direct && toks[k].cue >= 0 &&
		    l->cues[toks[k].cue].kind == K_DENIAL)
			c->kind = K_DENIAL;
		if (toks[k].flags & T_BLAME)
			c->kind = K_ACCUSATION;
	}
	for (k = c->source.first; k >= 0 && k < c->source.last &&
	    !c->pronoun; k++)
		if (toks[k].flags & T_INFORMANT && c->kind == K_ASSERTION)
			c->kind = K_REPORT;
	for (k = a; k < b; k++)
		if (toks[k].flags & T_HEDGE)
			c->hedged = 1;
	/*
	 * The conditional hedges when the cue leaves it to the reporter
	 * (affirme, selon); after a past cue it is tense agreement.
	 */
	for (g = c->cue.first; g < c->cue.last; g++)
		if (toks[g].flags & T_AUX || (toks[g].cue >= 0 &&
		    (ends_with(g, "ait") || ends_with(g, "aient") ||
		    ends_with(g, "a") || ends_with(g, "èrent") ||
		    ends_with(g, "ed") || word_is(g, "said") ||
		    word_is(g, "told"))))
			past = 1;
	if (!c->direct && !past && conditional(l, &c->content))
		c->hedged = 1;
}

static void
put_text(struct dp_buf *b, uint32_t start, uint32_t end)
{
	dp_json_str(b, text + boff[start], boff[end] - boff[start]);
}

static int
is_name(const struct dp_entity *e)
{
	return labelled(e, "PER") || labelled(e, "ORG") || labelled(e, "LOC");
}

/* The first name entity that overlaps [start, end), else any, or -1. */
static long
entity_of(uint32_t start, uint32_t end)
{
	size_t i, first = nents;

	for (i = ents_ordered ? first_ending_after(start) : 0; i < nents;
	    i++) {
		if (ents[i].start < end && start < ents[i].end) {
			if (is_name(&ents[i]))
				return (long)i;
			if (first == nents)
				first = i;
		} else if (ents_ordered)
			break;
	}
	return first < nents ? (long)first : -1;
}

static void
put_span(struct dp_buf *b, const char *key, uint32_t start, uint32_t end,
    int entity)
{
	long e;

	dp_buf_adds(b, ",\"");
	dp_buf_adds(b, key);
	dp_buf_adds(b, "\":{\"start\":");
	dp_buf_addu(b, start);
	dp_buf_adds(b, ",\"end\":");
	dp_buf_addu(b, end);
	dp_buf_adds(b, ",\"text\":");
	put_text(b, start, end);
	if (entity) {
		dp_buf_adds(b, ",\"entity\":");
		if ((e = entity_of(start, end)) >= 0)
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
static long	*maxsent_to;
static uint32_t	*minend_from;

static void
bound_antecedents(void)
{
	static size_t cap;
	size_t k;

	if (nclaims + 1 > cap) {
		cap = 2 * (nclaims + 1);
		maxsent_to = dp_reallocarray(maxsent_to, cap,
		    sizeof(*maxsent_to));
		minend_from = dp_reallocarray(minend_from, cap,
		    sizeof(*minend_from));
	}
	for (k = 0; k < nclaims; k++)
		maxsent_to[k] = k > 0 && maxsent_to[k - 1] > claims[k].sent ?
		    maxsent_to[k - 1] : claims[k].sent;
	minend_from[nclaims] = UINT32_MAX;
	for (k = nclaims; k > 0; k--)
		minend_from[k - 1] = antecedent(&claims[k - 1]) &&
		    claims[k - 1].source.end < minend_from[k] ?
		    claims[k - 1].source.end : minend_from[k];
}

/*
 * The antecedent of the pronoun source of claim i: the source of the latest
 * claim before it that was no pronoun, else the nearest person,
 * organisation or place named before it.
 */
static void
put_ref(struct dp_buf *b, size_t i)
{
	const struct claim *c = &claims[i], *p;
	size_t k;
	long e;

	k = minend_from[i + 1] > c->source.start ? i + 1 : nclaims;
	for (; k > 0 && maxsent_to[k - 1] >= c->sent - 6; k--) {
		p = &claims[k - 1];
		if (!antecedent(p) || p->source.end > c->source.start ||
		    c->sent - p->sent > 6)
			continue;
		put_span(b, "ref", p->source.start, p->source.end, 1);
		return;
	}
	if (ents_ordered)
		e = (k = first_ending_after(c->source.start)) > 0 ?
		    lastper[k - 1] : -1;
	else
		for (e = (long)nents - 1; e >= 0; e--)
			if (ents[e].end <= c->source.start &&
			    labelled(&ents[e], "PER"))
				break;
	if (e >= 0)
		put_span(b, "ref", ents[e].start, ents[e].end, 1);
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
write_record(struct dp_record *r)
{
	struct dp_set set;
	const struct claim *c;
	size_t i, n = 0;

	/* Ordered by cue, then content (claims sharing a cue). */
	if (nclaims > 1)
		qsort(claims, nclaims, sizeof(*claims), by_cue);
	bound_antecedents();
	dp_buf_reset(&out);
	dp_buf_addc(&out, '[');
	for (i = 0; i < nclaims; i++) {
		c = &claims[i];
		if (c->dropped)
			continue;
		dp_buf_adds(&out, n++ ? ",{\"kind\":\"" : "{\"kind\":\"");
		dp_buf_adds(&out, kind_names[c->kind]);
		dp_buf_addc(&out, '"');
		if (c->source.first >= 0) {
			put_span(&out, "source", c->source.start,
			    c->source.end, 1);
			if (c->pronoun) {
				out.len--;
				put_ref(&out, i);
				dp_buf_addc(&out, '}');
			}
		} else
			dp_buf_adds(&out, ",\"source\":null");
		put_span(&out, "cue", c->cue.start, c->cue.end, 0);
		out.len--;
		dp_buf_adds(&out, ",\"lemma\":");
		dp_json_str(&out, c->lemma, c->lemmalen);
		dp_buf_addc(&out, '}');
		put_span(&out, "content", c->content.start, c->content.end,
		    0);
		if (c->target.first >= 0)
			put_span(&out, "target", c->target.start,
			    c->target.end, 1);
		dp_buf_adds(&out, c->hedged ? ",\"hedged\":true" :
		    ",\"hedged\":false");
		dp_buf_adds(&out, c->direct ? ",\"direct\":true" :
		    ",\"direct\":false");
		dp_buf_adds(&out, c->mixed ? ",\"mixed\":true" :
		    ",\"mixed\":false");
		dp_buf_adds(&out, ",\"sentence\":");
		dp_buf_addu(&out, (unsigned long)c->sent);
		dp_buf_addc(&out, '}');
	}
	dp_buf_addc(&out, ']');
	set.key = "claims";
	set.json = out.data;
	set.len = out.len;
	dp_record_write(r, &set, 1);
}
