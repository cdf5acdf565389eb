/*
 * extract-claims.h: what the files of extract-claims share: a language's
 * lexicon (struct lang), the tokens as the rules see them, claims and
 * their spans, and the context of a run (struct ctx), passed to every
 * function that reads or changes one record's state.
 *
 *   main.c           options, the run
 *   lexicon.c        claims.yaml and profile.yaml into struct lang
 *   tokens.c         what each token is: flags, cues, quotation marks
 *   grammar.c        phrases, subjects, contents and spans of a sentence
 *   verb.c           a cue verb's group, then its constructions, a table
 *   prepositions.c   selon X, according to X; Pour X, CONTENT
 *   nouns.c          a noun of saying and its holder: son slogan « … »
 *   claims.c         one record: tokens, constructions, discourse, kind
 *   discourse.c      contents cut at the next claim, quotations continued
 *   judge.c          a claim's quotation, kind and hedging, with reasons
 *   output.c         the claims array, pronouns resolved
 */

#include <stdint.h>
#include <string.h>

enum kind { K_ASSERTION, K_REPORT, K_DENIAL, K_ACCUSATION, K_WARNING,
	K_DEMAND, K_OTHER, NKINDS };
extern const char *const kind_names[NKINDS];

/* What a periphrasis before an infinitive cue makes of it
 * (periphrasis_before()). */
enum periphrasis { PERIPHRASIS_PLAIN, PERIPHRASIS_HEDGE,
	PERIPHRASIS_WITHHOLD };

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
#define T_NOUN_CUE	0x400000	/* a noun of saying: slogan, denials */
#define T_PUNCT		(T_OPENQ | T_CLOSEQ | T_COMMA | T_STOP | T_COLON)
#define FLAGBITS	23	/* the word set's values: flags | cue << 23 */

/* Constructions a cue takes (lexicon "takes"). */
#define TAKES_NP	1	/* a noun phrase or infinitive as content */
#define TAKES_OBJ	2	/* an object before its content */
#define TAKES_TARGET	4	/* its object is the claim's target */
#define TAKES_TARGET_A	8	/* the target follows à */
#define TAKES_QUOTE	16	/* a quotation only: « … », poursuit-il */
#define TAKES_NAMING	32	/* an object and its name: called him a liar */
#define TAKES_INF	64	/* an infinitive as content: dit vouloir partir */
#define TAKES_THAT	128	/* a clause after its complementizer only */
#define TAKES_REFLEXIVE	256	/* after se, the source's word: se dit prêt */
#define TAKES_CLAUSE	512	/* a clause or quotation, no noun phrase:
				 * recalled its envoy is another sense */
#define TAKES_JUDGED	1024	/* its passive with an agent judges the
				 * subject: jugé illégal par le tribunal */
#define TAKES_ABOUT	2048	/* its noun phrase follows a preposition of
				 * topic (alerté sur, warned of), after its
				 * object or not: alone, the object is whom
				 * it warns (ont alerté les secours) */
#define TAKES_IMPERSONAL 4096	/* a cue only with a pronoun that is no
				 * one: a-t-on appris (not: il a appris) */
#define TAKES_QUOTED_NAMING 8192 /* naming where no clause follows, its
				 * name a quotation: a jugé X « Y » */

#define MAXSOURCE	12	/* tokens in a source, at most */
#define MAXRESUMPTIVE	3	/* words of a resumptive phrase */
#define CUEWINDOW	14	/* tokens between cue and que or a colon */

struct cue {
	char		*lemma;
	enum kind	 kind;
	unsigned	 takes;
	char		*then;		/* words after the verb, or NULL */
	char		*other_sense;	/* objects of another sense, between
					 * '|' (accuse une baisse), or NULL */
	char		*other_after;	/* what after its object gives it
					 * another sense (condamne X à), or
					 * NULL */
	int		 alt;		/* the cue of the same forms without
					 * then's words (call for, call), or -1 */
	int		 stance;	/* tells the speaker's own view
					 * (estimer, argue): an informant's
					 * too, no report */
	int		 feeling;	/* tells a feeling of what it says
					 * (regretter, fear): no report, of
					 * an event told neither */
	int		 admission;	/* the speaker owns a fault
					 * (reconnaître, admit): its blame is
					 * no accusation */
	int		 possibility;	/* a denial of a possibility: its
					 * noun phrase is content (ruled out
					 * a tax rise), never referred back */
};

struct phrase {
	char		*text;		/* lowercase, words between spaces */
	enum kind	 kind;
	long		 words;		/* how many */
	int		 distancing;	/* a preposition that hedges: à en
					 * croire */
	uint32_t	 next;		/* the next that begins with the same
					 * byte: its index plus one, 0 none */
};

/*
 * A list of phrases, in the lexicon's order, and by their first byte:
 * a token is compared with the phrases that begin as it does, not with
 * every phrase of the list at every token (phrases_at(), PHRASES_AT).
 */
struct phrases {
	struct phrase	*v;
	size_t		 n;
	uint32_t	 head[256];	/* first of each byte: index plus one */
	uint32_t	 tail[256];	/* last of each byte: index plus one */
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
	WC_GERUND_ADVERB,	/* tout: tout en ajoutant */
	WC_PAST_FORM,		/* said, told: a past cue, not by its ending */
	WC_ADJ_PARTICIPLE,	/* requis, promis: a participle only, no
				 * ending telling it */
	WC_SIMPLE_PAST,		/* kept, held: a verb's past, no ending */
	WC_NOT_PARTICIPLE,	/* plus: ends as a participle, is none */
	WC_NOUN_COMPLEMENT,	/* of: reports of fraud, a noun's */
	WC_NEGATION,		/* ne, pas, not: a word of blame denied */
	WC_REFLEXIVE,		/* se, s': s'est réjoui is no passive */
	WC_ANY,			/* toute, any: nie toute rivalité */
	WC_CLITIC,		/* l', leur: le maire l'a dit, leur a dit */
	WC_NOT_INFINITIVE,	/* hier, contre: end like one, are none */
	WC_SUBJECT_RELATIVE,	/* qui, who: X, qui a dit…, speaks */
	WC_ANTECEDENT_LINK,	/* de, of: le ministre de l'Intérieur, qui */
	WC_MEDIUM,		/* communiqué, statement: said in a statement */
	WC_THREAT,		/* punir, punish: we will punish, a warning */
	WC_FUTURE,		/* will, va: a threat word's future */
	WC_CONDITION,		/* if, si: a clause that only supposes */
	WC_MODAL,		/* could: could be used, no event told */
	WC_PRESENT_PASSIVE,	/* are: are trapped, a state, no event */
	WC_AUX_TYPO,		/* à for a: à indiqué, an auxiliary misspelt */
	WC_HOLDER,		/* son, his: whose the noun of saying is */
	WC_AGENT,		/* par, by: l'annonce par la France de…,
				 * accusé par X de… */
	WC_NOUN_LINK,		/* de, of: the noun of saying's content */
	WC_SUBJECT_PRONOUN,	/* he, she: told reporters he…, its clause */
	WC_PREDICATE_LINK,	/* comme, de, as: jugé comme, described as */
	WC_TOPIC_PREP,		/* sur, of: alerté sur, warned of */
	WC_CONJ_HEAD,		/* dès, so: dès que, so that, no content */
	WC_CONTRAST,		/* tandis, while: …, while X said, a claim */
	WC_SUBJECT_CLITIC,	/* nous, vous: an object, or a subject */
	WC_INCISE,		/* comme, as: comme l'a dit X, as X said */
	WC_PERFECT_AUX,		/* avoir, have: semble avoir dit */
	WC_NOUN_PREP,		/* amid: amid claims that…, a noun */
	WC_STATE_PARTICIPLE,	/* flawed, déçu: a state, no event */
	WC_DEGREE,		/* très, very: before a state participle */
	WC_SAYING_ADVERB,	/* fermement, firmly: how it was said */
	WC_SPEAKER,		/* experts, critiques: people who speak */
	WC_PEOPLE,		/* people, gens: people named by no one */
	WC_INTERROGATIVE,	/* si, whether: an indirect question */
	WC_GESTURE,		/* nodded, shook: a verb before a cue */
	WC_PLURAL_QUANT,	/* plusieurs, several: a plural noun next */
	WC_SINGULAR_QUANT,	/* chaque, one: a noun phrase's first word */
	WC_DIST_ADJ,		/* unconfirmed: reports no one stands by */
	WC_NOT_SPEAKER,		/* tempête, law: a subject that says nothing */
	WC_REFERRING,		/* l', it: an object said before */
	WC_ADVERBIAL_PREP,	/* avec, with: open no title */
	WC_CONTENT_NOUN,	/* idea, idée: its that is its content's */
	WC_TIME_NOUN,		/* semaine, week: a noun phrase of time */
	WC_INDEFINITE,		/* des, a: a noun phrase of something new */
	WC_FIRST_PERSON,	/* je, we: the speaker, whose own blame is
				 * an admission */
	WC_OBJECT_ONLY,		/* them: never a cue's subject */
	WC_INCLUSION,		/* including, parmi: an aside of members */
	WC_CHARGE,		/* lawsuit, plainte: a charge a refutation
				 * denies */
	WC_EVALUATION,		/* insuffisant: what a naming cue calls
				 * its object, unquoted */
	WC_EXPLETIVE,		/* it (is alleged that): a passive's
				 * subject that is no one */
	WC_REFUSAL,		/* no, non: an answer that refuses */
	WC_PRENOMINAL,		/* forte, nouvelle: an adjective before
				 * its noun */
	NWCLASSES
};
_Static_assert(NWCLASSES <= 64, "a token's classes are a uint64_t's bits");

enum sclass {
	SC_INVERTED,		/* -t-il: a subject pronoun after the verb */
	SC_ADJ_PARTICIPLE,	/* dite: a participle alone is an adjective */
	SC_PRES_PARTICIPLE,	/* ajoutant, adding */
	SC_PAST,		/* disait, added: a past cue */
	SC_PLURAL,		/* reports */
	SC_INFINITIVE,		/* partir, avoir: dit vouloir partir */
	SC_NOUN_STEM,		/* annoncer: annonce, its noun */
	SC_IMPERSONAL,		/* -t-on: an inverted subject that is no one */
	SC_PARTICIPLE,		/* présenté, unveiled: opens an apposition */
	SC_ADVERB,		/* clearly: in a verb group after its auxiliary */
	NSCLASSES
};

struct lang {
	const char	*code;
	int		 drops_complementizer;	/* said he would (that) */
	int		 lemma_is_infinitive;	/* a bare lemma is no finite cue */
	int		 source_after_cue;	/* CUE SOURCE COMP CONTENT */
	/* the word classes a word is of: its value indexes classmasks,
	 * bit c set for class c (in_class()) */
	struct dp_strset *classwords;
	uint64_t	*classmasks;
	size_t		 nclassmasks;
	struct phrases	 suffixes[NSCLASSES];
	struct dp_strset *words;	/* lowercase word: flags | cue << 22 */
	struct cue	*cues;
	size_t		 ncues;
	struct phrases	 preps, links, demands, needs, endings;
	struct phrases	 blames;	/* phrases of blame: witch hunt */
	struct phrases	 denials;	/* nothing wrong: a wrong denied */
	struct phrases	 reporters;	/* selon nos informations: the
					 * reporter's own work, no claim */
	struct phrases	 hearsay;	/* X, it seems, said: an aside that
					 * hedges */
	struct phrases	 refutations;	/* what calls a claim false: baseless */
	struct phrases	 insertions;	/* inside a verb group: pour sa part */
	struct phrases	 manners;	/* how it was said: avec fermeté,
					 * in the strongest terms */
	struct phrases	 withheld;	/* sans préciser, without saying: what
					 * the reporter says was not said */
	struct phrases	 times;		/* a time with no preposition: last
					 * week, cette semaine */
	struct phrases	 locutions;	/* a noun's phrase that is a
					 * preposition: faute de, grâce à */
	struct phrases	 infgerunds;	/* before an infinitive, a gerund's
					 * marker: avant de (avant d'ajouter) */
	struct phrases	 periphrases;	/* before an infinitive cue: fini par */
	struct phrases	 hedging;	/* the same, the reporter's hedge:
					 * appears to, semble */
	struct phrases	 withholding;	/* the same, the speech withheld:
					 * declined to, a refusé de */
	struct phrases	 openings;	/* Pour X, CONTENT */
	struct phrases	 nouns;		/* nouns of saying: slogan, denials */
	struct phrases	 enders;	/* , referring to: end a content */
	struct phrases	 resumptives;	/* , ce que X dément: the clause
					 * before is what is said */
	struct phrases	 denial_resumptives; /* , which X denies */
	struct phrases	 nounenders;	/* after, après: end a noun's */
	struct phrases	 frames;	/* when asked: a question put */
	struct phrases	 subordinators;	/* although: a clause before */
	struct phrases	 implinks;	/* auprès de: a source after -t-on */
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
	uint64_t	 classes;	/* bit c: of word class c */
};

struct span {
	long		 first, last;	/* tokens, last excluded; -1: none */
	uint32_t	 start, end;	/* code points */
};

/*
 * Why a claim has its kind and its hedge (--explain): what decided, with
 * the token that did (kind_at, hedge_at; -1 for none).
 */
enum why {
	W_NONE,
	W_CUE,			/* the cue's kind in the lexicon */
	W_PASSIVE,		/* X is said to: a report, at a distance */
	W_PREPOSITION,		/* the preposition's kind in the lexicon */
	W_REPORTED,		/* the kind of the claim its content reports */
	W_DEMAND,		/* a demand's words in the content: il faut */
	W_QUOTED_DENIAL,	/* a denial's cue in a direct quotation */
	W_BLAME,		/* a word of blame in the content */
	W_THREAT,		/* a threat in the content: on punira */
	W_NEGATED_BLAME,	/* a word of blame negated: je n'ai pas menti */
	W_REFUTED,		/* others' claims called false: infondées */
	W_INFORMANT,		/* an informant as the source: police */
	W_PERSON,		/* a person after a preposition: selon lui */
	W_QUESTION,		/* a question put: a demandé si, "Why?" */
	W_EVENT,		/* an event told in the passive: was killed */
	W_DISTANCING,		/* a distancing noun: allégations selon */
	W_HEDGE_WORD,		/* a hedge in the content: reportedly */
	W_CONDITIONAL,		/* the conditional after a cue not past */
	W_REPORTER_CONDITIONAL,	/* the conditional in the cue: aurait dit */
	W_MAIN_VERB,		/* a participle's, of the denial or blame it
				 * goes on: denied X, saying… */
	W_OWN_ACT,		/* a cue of demand, blame or warning after a
				 * first person, quoted: « nous exigeons » */
	NWHYS
};

struct claim {
	enum kind	 kind;
	struct span	 source, cue, content, target;
	struct span	 apposed;	/* its source's apposition: X, M. Y, */
	const char	*lemma;
	size_t		 lemmalen;
	const struct cue *verb;		/* its cue's entry, or NULL (selon,
					 * a noun's) */
	long		 edge;		/* where its source or cue starts */
	long		 sent;
	int		 hedged, direct, mixed, dropped, pronoun;
	int		 preposition;	/* selon, according to */
	int		 nominal;	/* a noun's (slogan): not continued */
	int		 speaker;	/* dropped, but a pronoun's antecedent */
	int		 negated;	/* …but did not say: ends the content
					 * before it, then dropped */
	int		 reduced;	/* a reduced passive's (a register
					 * demanded by unions): nested in
					 * the content it stands in */
	int		 agentless;	/* a passive's with no agent: its
					 * subject is whom or what it was
					 * said to or of, no source */
	const char	*construction;	/* what made it, for --explain */
	enum why	 kind_why, hedge_why;
	long		 kind_at, hedge_at;
	long		 main_at;	/* a participle's: the denial or
					 * blame it goes on, or -1 */
	long		 named;		/* a naming's: where the name of its
					 * object starts, or -1 */
};

/* A claim's place in the order of content ends. */
struct ended {
	long		 last;
	size_t		 claim;
};

/* What a run keeps: its languages, then one record's state. */
struct ctx {
	struct dp_langs	*langs;
	const char	*lang_opt;	/* -l: every record's language */
	int		 explain;	/* -e: why each claim */
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
	struct wordslot	*wordcache;	/* word_entry(): WORDCACHE */
	struct dp_buf	 out;
};

/*
 * What the lexicon says of a word (word_entry()): its slot's value, if
 * it has one, and the code points of an inverted pronoun it ends with,
 * kept by the word's hash in a direct-mapped cache of the context's: the
 * lexicon's table is far in memory, and most tokens of news are a few
 * thousand words.  Sixteen bytes an entry, four to a cache line: the
 * cache is looked up at every token.
 */
#define WORDCACHE	4096
struct wordslot {
	uint64_t	 key;		/* the word's hash and its language's,
					 * odd: 0 is an empty slot */
	uint64_t	 classes;	/* its word classes' bits */
	int		 value;
	uint16_t	 pron;
	uint8_t		 found;
};

/*
 * What every file asks of a token or span, inline: these are most of the
 * rules' calls (out of line, extract-claims ran 2.5 % more instructions).
 */

static inline const char *
word(struct ctx *x, long i)
{
	return x->doc.lower.data + x->toks[i].word;
}

/* Is token i a word of the language's class?  describe_tokens() set
 * its classes from the lexicon once. */
static inline int
in_class(struct ctx *x, enum wclass class, long i)
{
	return (int)(x->toks[i].classes >> class & 1);
}

static inline int
word_is(struct ctx *x, long i, const char *w)
{
	return strcmp(word(x, i), w) == 0;
}

static inline int
ends_with(struct ctx *x, long i, const char *suffix)
{
	size_t n = strlen(suffix);

	return x->toks[i].wordlen >= n &&
	    memcmp(word(x, i) + x->toks[i].wordlen - n, suffix, n) == 0;
}

static inline int32_t
first_char(struct ctx *x, long i)
{
	return x->doc.toks[i].first;
}

/* Does token i start with a digit (30 reports, No 10)? */
static inline int
digit_at(struct ctx *x, long i)
{
	return first_char(x, i) >= '0' && first_char(x, i) <= '9';
}

/*
 * Walking back from k over tokens from first on: where the quotation
 * that closes at k-1 opens, its words skipped (k if none closes there).
 */
static inline long
before_quotation(struct ctx *x, long k, long first)
{
	return x->toks[k - 1].flags & T_CLOSEQ && x->toks[k - 1].mate >=
	    first && x->toks[k - 1].mate < k - 1 ? x->toks[k - 1].mate + 1 : k;
}

static inline long
sent_first(struct ctx *x, long i)
{
	return x->doc.sfirst[x->toks[i].sent];
}

static inline long
sent_last(struct ctx *x, long i)
{
	return x->doc.sfirst[x->toks[i].sent + 1];
}

static inline void
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

static inline int
inside(const struct span *s, long i)
{
	return s->first >= 0 && i >= s->first && i < s->last;
}

/*
 * The number of tokens from i on that spell phrase, or 0.  The phrase
 * ends at its NUL or at a '|' before another one (then_at).
 */
static inline long
phrase_at(struct ctx *x, const char *phrase, long i, long last)
{
	const char *p = phrase;
	long j;

	for (j = i; j < last; j++) {
		while (*p == ' ')
			p++;
		/* the first byte tells most words apart, without a call */
		if (*p != *word(x, j) ||
		    strncmp(p, word(x, j), x->toks[j].wordlen) != 0)
			return 0;
		p += x->toks[j].wordlen;
		if (*p == '\0' || *p == '|')
			return j + 1 - i;
	}
	return 0;
}

/*
 * Does token k open a quotation: a mark that opens, or a straight one
 * paired with one after it (mate)?
 */
static inline int
opens_quotation(const struct ctx *x, long k)
{
	return x->toks[k].flags & T_OPENQ && x->toks[k].mate > k;
}

/*
 * The number of tokens from i on that spell one of a cue's then phrases,
 * alternatives between '|' (de|du|des|d': se réjouir de…, des…), or 0.
 */
static inline long
then_at(struct ctx *x, const char *then, long i, long last)
{
	const char *p;
	long n;

	for (p = then; p != NULL; p = strchr(p, '|'), p = p ? p + 1 : p)
		if ((n = phrase_at(x, p, i, last)) != 0)
			return n;
	return 0;
}

/*
 * The phrases of ps that may spell the words from token i on, before
 * last, in the lexicon's order: those that begin with the byte token i
 * begins with (phrase_at() asks that first).  ph, a const struct phrase
 * pointer, runs over them.
 */
#define PHRASES_AT(ph, x, ps, i, last)					\
	for ((ph) = phrases_head((x), (ps), (i), (last)); (ph) != NULL;	\
	    (ph) = (ph)->next != 0 ? &(ps)->v[(ph)->next - 1] : NULL)

static inline const struct phrase *
phrases_head(struct ctx *x, const struct phrases *ps, long i, long last)
{
	uint32_t h;

	if (i >= last || (h = ps->head[(unsigned char)*word(x, i)]) == 0)
		return NULL;
	return &ps->v[h - 1];
}

/* The first of the phrases at token i: its length (0: none), index in *p. */
static inline long
phrases_at(struct ctx *x, const struct phrases *ps, long i, long last,
    size_t *p)
{
	const struct phrase *ph;
	long n;

	PHRASES_AT(ph, x, ps, i, last)
		if ((n = phrase_at(x, ph->text, i, last)) != 0) {
			*p = (size_t)(ph - ps->v);
			return n;
		}
	return 0;
}

/*
 * The length of a subordinator at token i, before last (although, bien
 * que: the lexicon's subordinators), or 0.
 */
static inline long
subordinator_at(struct ctx *x, long i, long last)
{
	size_t p;

	return phrases_at(x, &x->lang->subordinators, i, last, &p);
}

/* Can this claim's source be what a later pronoun stands for? */
static inline int
is_antecedent(const struct claim *p)
{
	return !(p->dropped && !p->speaker) && !p->pronoun &&
	    !p->preposition && p->source.first >= 0;
}

/* A claim's kind, and why (--explain). */
static inline void
set_kind(struct claim *c, enum kind kind, enum why why, long at)
{
	c->kind = kind;
	c->kind_why = why;
	c->kind_at = at;
}

/* A claim hedged; the first reason found is the one --explain gives. */
static inline void
hedge(struct claim *c, enum why why, long at)
{
	if (!c->hedged) {
		c->hedge_why = why;
		c->hedge_at = at;
	}
	c->hedged = 1;
}

/* lexicon.c */
extern const struct dp_lang_ops lang_ops;

/* tokens.c */
void	 index_entities(struct ctx *);
int	 has_suffix(struct ctx *, enum sclass, long);
void	 describe_tokens(struct ctx *, struct lang *);
int	 is_word_at(struct ctx *, uint32_t);
void	 pair_quotes(struct ctx *);
int	 paragraph_before(struct ctx *, size_t);
size_t	 entity_in(struct ctx *, uint32_t, uint32_t, const char *);
int	 is_date(struct ctx *, long);
long	 bracket_end(struct ctx *, long, long);
int	 is_named(struct ctx *, long);
int	 time_word(struct ctx *, long);
int	 past_participle(struct ctx *, long);
int	 adjectival_participle(struct ctx *, long);
int	 negation_before(struct ctx *, long, long);
long	 participle_after_aux(struct ctx *, long, long, unsigned, unsigned);
int	 auxiliary(struct ctx *, long);
int	 finite_marker(struct ctx *, long);
long	 gerund_marker(struct ctx *, long, long);
int	 infinitive_gerund(struct ctx *, long, long);
int	 opens_gerund(struct ctx *, long, long);
int	 is_upper(struct ctx *, long);
int	 plural_of(struct ctx *, long, const char *);
int	 title_case(struct ctx *, long, long, long);
long	 entity_of(struct ctx *, uint32_t, uint32_t);
int	 inside_name(struct ctx *, long);

/* grammar.c */
struct claim	*new_claim(struct ctx *, long);
struct claim	*claim_before(struct ctx *, long, long);
int	 verb_before_object(struct ctx *, long, long, long);
long		 attribution_start(const struct claim *);
long		 attribution_end(const struct claim *);
long	 clause_start(struct ctx *, long, long, long *);
long	 phrase_end(struct ctx *, long, long);
long	 subject_end(struct ctx *, long, long);
int	 quotation_of_its_own(struct ctx *, long, long);
int	 past_word(struct ctx *, long);
int	 possessive_at(struct ctx *, long, long, long);
void	 trim(struct ctx *, struct span *);
long	 manner_at(struct ctx *, long, long);
long	 content_after(struct ctx *, const struct lang *, struct claim *,
	    long, long, const struct cue *, int *);
void	 find_target(struct ctx *, const struct cue *, struct claim *);
void	 source_span(struct ctx *, struct claim *, long, long);
void	 pronoun_source(struct ctx *, struct claim *, long);
int	 place_or_time(struct ctx *, long);
int	 counts_many(struct ctx *, long, long);
int	 opens_phrase(struct ctx *, long);
int	 relative_verb(struct ctx *, long, long);
long	 periphrasis_before(struct ctx *, const struct lang *, long, long,
	    enum periphrasis *);
int	 noun_reading(struct ctx *, long, long);
int	 not_a_cue(struct ctx *, const struct lang *, const struct cue *,
	    long, long, long);
long	 aside_start(struct ctx *, long, long);
long	 quote_before_aside(struct ctx *, long, long, long *);
int	 nothing_said_after(struct ctx *, const struct cue *, long, long);
long	 object_end(struct ctx *, long, long);
long	 impersonal_source(struct ctx *, long, long, long *);
int	 subject_between(struct ctx *, long, long);
long	 after_dateline(struct ctx *, long, long);
long	 source_after(struct ctx *, long, long, long *);
int	 has_verb(struct ctx *, long, long);
long	 insertion_before(struct ctx *, const struct lang *, long, long);
long	 naming_end(struct ctx *, long, long, int, long *);
long	 quoted_naming_end(struct ctx *, long, long, int, long *);
int	 infinitive_at(struct ctx *, long, long);
int	 marked_infinitive(struct ctx *, long, long);
long	 next_comma(struct ctx *, long, long);
long	 clause_before(struct ctx *, long, long);

/* verb.c */
void	 verb_claim(struct ctx *, long);
/* The words a cue of TAKES_TARGET may have between it and its then words
 * (appeler les syndicats à…, called on the council to…). */
#define THEN_ROOM	6
const struct cue *cue_sense(struct ctx *, const struct lang *, long, long);
long	 then_words(struct ctx *, const struct cue *, long, long, long,
	    long *);

/* prepositions.c */
void	 preposition_claim(struct ctx *, long, long, const struct phrase *);
void	 opening_claim(struct ctx *, long, long, enum kind);

/* nouns.c */
int	 noun_claim(struct ctx *, long);

/* claims.c */
int	 extract_record(struct dp_record *, void *);

/* discourse.c */
void	 cut_contents(struct ctx *);
void	 continued_quotes(struct ctx *);

/* judge.c */
void	 finish_claim(struct ctx *, const struct lang *, struct claim *);

/* output.c */
void	 write_record(struct ctx *, struct dp_record *);

