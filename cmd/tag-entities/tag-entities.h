/*
 * tag-entities.h: what the files of tag-entities share: labels, the
 * tagger's view of tokens, entities, a language's lexicons and name model
 * (struct lang), and the context of a run (struct ctx), passed to every
 * function that reads or changes one record's state.
 *
 *   main.c        options, the run
 *   lexicon.c     a language: lexicons, gazetteers, profile, model
 *   tokens.c      one record: its tokens described, then tagged
 *   gazetteer.c   the gazetteers' names at each token; the user's names
 *   features.c    the features of a position, hashed: the model's input
 *   model.c       the model's scores and best labels for a sentence
 *   names.c       names: the model per sentence, datelines
 *   titles.c      honorifics and offices out of names; Mr X is a person
 *   acronyms.c    an acronym the record defines: its long form, mentions
 *   compounds.c   a name inside a hyphenated word: US-led, anti-Macron
 *   reading.c     one reading per document: a name's mentions agree
 *   rules.c       dates, quantities, money, percentages, institutions
 *   entities.c    the record's entities, overlaps resolved by origin
 *   train.c       --train: a model learned from gold entities
 *   output.c      the entities array
 */

#include <stddef.h>
#include <stdint.h>

/* The description a model must start with: bump it with the features. */
#define FEATURES	"tag-entities features 2"
#define MAXPHRASE	8	/* tokens in a gazetteer name, at most */
/* Smaller weights are not saved: a third of the size, F1 within 0.002. */
#define PRUNE_BELOW	0.01

enum label { L_PER, L_LOC, L_ORG, L_MISC, L_NORP, L_DATE, L_QUANTITY,
	L_MONEY, L_PERCENT, NLABELS };
extern const char *const label_names[NLABELS];

/* Where an entity comes from, the stronger last. */
enum origin { O_MODEL, O_RULE, O_USER };

/*
 * What the tagger adds to a token of the record (dp_doc's token, same
 * index, has its offsets, lowercase form and shape): as features see it.
 */
struct token {
	uint64_t	 hlower, hshape;
	uint64_t	 rolekey;	/* word and shape: role_scores()'s key */
	const struct gazentry *gazentry;	/* the longest name at it, or NULL */
	uint32_t	 gazend;	/* where that name ends */
	uint32_t	 ent;		/* 1 + the entity over it, if it is */
	unsigned	 gazbits;	/* gaz as one number, 1 if no name */
	unsigned char	 gaz[NLABELS];	/* 1 begins, 2 inside a name */
	unsigned char	 upper;		/* capitalised */
	uint16_t	 info;		/* W_ flags of its lowercase form */
	unsigned char	 lc_elsewhere;	/* capitalised, lowercase elsewhere */
	unsigned char	 gazminor;	/* its place mark is a G_MINOR name's */
};

/* dp_doc's token of a tagger's token. */
#define DTOK(x, t)	(&(x)->doc.toks[(t) - (x)->toks])

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
#define W_OFFICE	256	/* can start an office (titles.c) */
#define W_APPOS		512	/* its apposition is an organisation or a work */
#define W_OUTSIDE	1024	/* (almost) never inside a training name */
#define W_ALIAS		2048	/* can start an alias's word (dit, known as) */
#define W_PLACENOUN	4096	/* can start a noun of place (city of) or
				 * an office of one (mayor of) */
#define W_CONNECTOR	8192	/* in lowercase inside a name: of, and, de */
#define W_HONORIFIC	16384	/* can be an honorific, its period apart */
#define W_PARTICLE	32768	/* a person's name's particle: del, van */

struct entity {
	size_t		 first, last;	/* tokens */
	uint32_t	 head, tail;	/* code points of first's start and
					 * last's end it leaves out (US-led) */
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
	uint32_t	 key[NLABELS];	/* 1 + offset in the strings, 0: none */
	unsigned	 labels;	/* bit per label, and G_ flags */
};

#define G_MINOR		(1U << 27)	/* its only place is a little-known one */
#define G_EVENT		(1U << 28)	/* events: a rule tags it MISC */
#define G_SEAT		(1U << 29)	/* seats: ORG where it acts, see rules.c */
#define G_KNOWN_ORG	(1U << 30)	/* organisations: a rule tags it */
#define G_USER		(1U << 31)	/* the user's: replaces the others */

/* What one language's lexicons and model say. */
/* The orders a date in digits may have (profile.yaml). */
enum date_order { D_DMY, D_MDY, D_YMD };

struct lang {
	const char	*code;
	/* From profile.yaml: how the language writes numbers and dates. */
	enum date_order	 slash_order, dot_order;	/* 1/2/2026, 1.2.2026 */
	int		 thousands_comma;	/* 1,000 (else 1.000) */
	int		 vigesimal;	/* quatre-vingts: 4 × 20 */
	int		 adjectives_after;	/* le quotidien turc: rules.c */
	int		 capital_names;	/* a name's words but its connectors
					 * are capitalised: model.c */
	int		 lone_acronyms;	/* an acronym the model leaves is an
					 * organisation (lone_acronyms()) */
	char		**ordinals;	/* after a day's digits: 1er, 1st */
	size_t		 nordinals;
	char		**abbrevs;	/* forms of a name's first word, each
					 * "Saint St. St": name_abbreviations */
	size_t		 nabbrevs;
	char		**adverbs;	/* endings of adverbs: ly */
	size_t		 nadverbs;
	char		**plurals;	/* endings of plural nouns: s */
	size_t		 nplurals;
	char		**demonyms;	/* "iens>" "ans>as": demonyms.c */
	size_t		 ndemonyms;
	uint64_t	 demonymlast[4];	/* their endings' last bytes */
	struct dp_model	*model;
	int		 model_labels[64];	/* model label -> B/I, label */
	int		 model_o;	/* the model's label O, or -1 */
	struct dp_strset *names;	/* name -> 1 + gazentry index */
	struct dp_strset *prefixes;	/* a longer name's first words */
	struct gazentry	*entries;	/* the image's, while capentries is 0 */
	size_t		 nentries, capentries;
	struct dp_strset *words;	/* lowercase word -> W_ flags */
	struct dp_strset *months, *weekdays, *datewords, *decades;
	struct dp_strset *datebefore;	/* début, last: in a date, before */
	struct dp_strset *dateafter;	/* soir, morning: in it, after */
	struct dp_strset *datejoiners;	/* au, to: a range of dates */
	struct dp_strset *monthsnotalone;	/* May: no date alone */
	struct dp_strset *placepreps;	/* à, in: before a place's name */
	struct dp_strset *sharedpreps;	/* à, to: before a person's too */
	struct dp_strset *possessives;	/* 's: after an owner's name */
	struct dp_strset *numbers, *joiners, *approx, *complements;
	struct dp_strset *currencies, *percent, *orgheads, *orglinks;
	struct dp_strset *linkarticles;	/* la, l', the: a link after a link */
	struct dp_strset *honorifics;	/* M., Mme, Mr: see titles.c */
	struct dp_strset *pluralhons;	/* MM., Messrs: of each name */
	struct dp_strset *articles;	/* les, l', the: no part of a name */
	struct dp_strset *namearticles;	/* Le, La, The: in names too */
	struct dp_strset *orgadjs;	/* étrangères: ends an institution */
	struct dp_strset *notnames;	/* Photograph, Read more: page words */
	struct dp_strset *offices;	/* président, prime minister */
	struct dp_strset *portfolios;	/* ministre: offices with one */
	struct dp_strset *orgappos;	/* quotidien, newspaper: see rules.c */
	struct dp_strset *workappos;	/* capsule, film: see rules.c */
	struct dp_strset *productnouns;	/* planes, tanks: see rules.c */
	struct dp_strset *roadnouns;	/* autoroute: see rules.c */
	struct dp_strset *employees;	/* économiste, analyst: see rules.c */
	struct dp_strset *employers;	/* chez, at: an employer after them */
	struct dp_strset *nameemployers;	/* of: an employer after a
					 * person's name */
	struct dp_strset *portlinks;	/* aux, à: before a portfolio */
	struct dp_strset *linkoffices;	/* ministre délégué: take them */
	struct dp_strset *placefirst;	/* Mount, Place: open a place's name */
	struct dp_strset *streets;	/* rue, avenue: before a street's
					 * name and its link */
	struct dp_strset *placelast;	/* Tower, Palace: close one */
	struct dp_strset *miscfirst;	/* Traité, Coupe: open an event's */
	struct dp_strset *misclast;	/* Summit, Act: close one */
	struct dp_strset *eventnouns;	/* Hurricane, ouragan: before one */
	struct dp_strset *magnitudes;	/* bn, m: glued to money's number */
	struct dp_strset *aliaswords;	/* dit, known as: an alias follows */
	struct dp_strset *placenouns;	/* city of, ville de: a place after */
	struct dp_strset *compoundpre;	/* anti, pro: anti-Macron */
	struct dp_strset *compoundsuf;	/* led, backed: US-led */
	struct dp_strset *partyprefixes;	/* R, D: R-Texas, its place */
	struct dp_strset *placeafter;	/* region, province: one before */
	struct dp_strset *placeappos;	/* town, commune: X, the town… */
	struct dp_strset *partymembers;	/* Democrat, Tory: a member's word */
	struct dp_strset *orgsuffixes;	/* Ltd, plc, SA: close a company's */
	struct dp_strset *companywords;	/* Pharma, Airlines: end a company's */
	struct dp_strset *clubwords;	/* Stade: a club's before a demonym */
	struct dp_strset *clubfirst;	/* Olympique: opens a club's name */
	struct dp_strset *inclusions;	/* dont, including: a list's members */
	struct dp_strset *placeoffices;	/* mayor of, maire de: a place after */
	struct dp_strset *capheads;	/* Agence, Conseil: head capitalised */
	struct dp_strset *coordinators;	/* et, and: join a list's names */
	struct dp_strset *portwords;	/* intérieur, interior: portfolios */
	struct dp_strset *orgheadsafter;	/* ministry: after its portfolio */
	struct dp_strset *yearmarkers;	/* in, the: a year, not a count, after */
	struct dp_strset *countednouns;	/* people, years: see counted_noun() */
	struct dp_strset *prepositions;	/* selon, for: open no name */
	struct dp_strset *relatives;	/* qui, that: end an apposition */
	double		*values;	/* number word values, by slot */
	size_t		 nvalues;
	/* Keys, currency codes...: each ending in NUL, found by 1 + offset
	* (lang_string()): first those of the image, if any, then the others
	* in strings. */
	const char	*image_strings;
	size_t		 image_strings_len;
	struct dp_buf	 strings;
	struct dp_buf	 scratch;	/* while loading */
};

/*
 * What a context keeps of a language as it works: the jobs share the
 * languages, read only once loaded (the image's 10 MB and its check once
 * a run, not once a job), and each keeps its own caches.
 */
struct langcache {
	const struct lang *lang;
	uint64_t	*infos;		/* see word_info() */
	uint64_t	*cachekeys;	/* see role_scores() */
	float		*cachevals, *edges;
};

/*
 * A record is tagged a part of whole sentences at a time, of about this
 * many tokens (an article has a few thousand): the arrays per token are
 * a part's, so memory stays bounded on a record of any size.  A part is
 * a document of its own: one reading, acronyms, words seen in lowercase.
 */
#define PART_TOKENS	32768
#define CACHESIZE	16384	/* words whose scores are kept */
#define INFOCACHE	16384	/* words whose flags are kept */
#define SHAPECACHE	64	/* shapes whose hashes are kept */

struct options {
	const char	*lang;		/* forced, or NULL: the record's */
	const char	*lexicon;	/* the user's extra names */
	const char	*model;		/* instead of the language's */
	const char	*train;		/* write a model learned from input */
	int		 epochs;
	struct dp_filter filter;
};

/* Training: every sentence's features and gold tags. */
struct training {
	struct dp_examples ex;		/* a sequence per sentence */
	size_t		 unaligned;
	struct lang	*lang;
	struct dp_entity *ents;		/* a record's gold entities */
	size_t		 capents;
};

/* A capitalised token, as acronyms() looks its mentions up. */
struct mention {
	uint64_t	 hash;		/* of its lowercase form */
	size_t		 tok;
};

/* What a run keeps: its options and languages, then one record's state. */
struct ctx {
	const struct options *opt;
	struct dp_langs	*langs;
	struct dp_doc	 doc;		/* text, tokens, forms, sentences */
	struct token	*toks;		/* what the tagger adds to doc's */
	size_t		 captoks;
	struct dp_buf	 scratch, out, keybuf;
	/* tokens.c: a shape's hash by its twelve bytes; a token has one of
	 * a few dozen shapes */
	struct {
		char		 shape[12];
		uint64_t	 hash;
		int		 compound;	/* X and - in it: US-led */
	}		 shapes[SHAPECACHE];
	uint32_t	*compounds;	/* tokens of such shapes */
	size_t		 ncompounds, capcompounds;
	size_t		*keyends;	/* see tokens_key_prefixes() */
	struct mention	*mentions;	/* see acronyms.c */
	struct mention	*sorting;	/* and the room to sort them */
	size_t		 nmentions, capmentions;
	size_t		 capkeyends;
	uint64_t	*feats;		/* hashed features of a sentence */
	uint32_t	*featoff;	/* where each position's begin */
	size_t		 nfeats, capfeats, capfeatoff;
	float		*emit;		/* the model's scores per token */
	size_t		 capemit;
	int		*tags;
	int		*fixed;		/* per token: its label if fixed, or -1 */
	size_t		 captags;	/* of tags and fixed */
	struct entity	*ents;
	size_t		 nents, capents;
	size_t		 titlecase;	/* tokens of a headline in Title Case */
	uint32_t	*order;		/* output.c: ents by first token */
	uint32_t	*starts;	/* and where each token's begin */
	size_t		 caporder, capstarts;
	uint64_t	*seen;		/* lowercase words, per record */
	float		*votes;		/* reading.c: labels per name */
	size_t		 nvotes, capvotes;
	size_t		 capseen;
	struct langcache *caches;	/* one per language met */
	size_t		 ncaches;
	struct langcache *cache;	/* the record's language's */
	struct training	 tr;
	size_t		 nolang;	/* records with no language */
};

/* The token at i + d within first..last-1, or NULL: inline, as it is
 * asked five times for each token the model scores. */
static inline const struct token *
near(const struct ctx *x, size_t i, long d, size_t first, size_t last)
{
	return (long)i + d >= (long)first && (long)i + d < (long)last ?
	    &x->toks[(long)i + d] : NULL;
}

/*
 * What a token tells of the position it is at (SELF), or of a position
 * one or two before or after it: word and shape features that depend on
 * the token alone, so that their scores can be kept per word (see
 * emissions()).  t is NULL beyond the sentence.
 */
enum role { R_SELF, R_PREV, R_NEXT, R_PREV2, R_NEXT2, NROLES };

/* lexicon.c */
extern const struct dp_lang_ops lang_ops;

/* tokens.c */
int	 tag_record(struct dp_record *, void *);
void	 add_token_text(struct ctx *, struct dp_buf *, size_t);
void	 tokens_key(struct ctx *, size_t, size_t, int);
int	 content_word(struct ctx *, size_t);
const char	*token_key(struct ctx *, size_t, size_t *);
size_t	 tokens_key_prefixes(struct ctx *, size_t, size_t, int, size_t);
size_t	 capitalised_complement(struct ctx *, const struct lang *, size_t,
	    size_t *, int);

/* lexicon.c */
const char	*lang_string(const struct lang *, int);

/* gazetteer.c */
const struct gazentry	*gaz_lookup(struct ctx *, const struct lang *,
	    size_t, size_t);
int	 gaz_label(const struct gazentry *, unsigned);
int	 country_or_region(const char *);
int	 is_country(const struct lang *, const struct gazentry *);
int	 is_country_or_region(const struct lang *, const struct gazentry *);
const char	*gaz_key(const struct lang *, const struct gazentry *,
	    enum label);
void	 gazetteer_features(struct ctx *, struct lang *);
const struct gazentry	*title_case_lookup(struct ctx *,
	    const struct lang *, size_t, size_t);
void	 user_names(struct ctx *, const struct lang *);

/* features.c */
void	 set_gazbits(struct ctx *);
void	 role_features(struct ctx *, const struct token *, enum role, int);
void	 context_features(struct ctx *, size_t, size_t, size_t);
void	 reserve_featoff(struct ctx *, size_t);
void	 sentence_features(struct ctx *, size_t, size_t);

/* model.c */
void	 tag_sequence(struct ctx *, struct lang *, size_t, size_t);
int	 full_stop(const struct ctx *, size_t, size_t);

/* acronyms.c */
void	 acronyms(struct ctx *, const struct lang *);

/* reading.c */
void	 one_reading(struct ctx *, const struct lang *);
size_t	 title_case_headline(const struct ctx *);
int	 shouted(const struct ctx *, size_t);

/* compounds.c */
void	 compound_names(struct ctx *, const struct lang *);
void	 quoted_titles(struct ctx *);
int	 same_token(const struct ctx *, size_t, size_t);
int	 opening_quote(const struct ctx *, size_t);
int	 styled_headline_at(const struct ctx *, size_t);

/* titles.c */
void	 trim_titles(struct ctx *, const struct lang *);
int	 placed_first(struct ctx *, size_t);
int	 opens_sentence(struct ctx *, size_t);
int	 opening_article(struct ctx *, const struct lang *, size_t);

/* names.c */
void	 tag_names(struct ctx *, struct lang *);
int	 initial_at(const struct ctx *, size_t);
int	 company_ending(struct ctx *, const struct lang *,
	    const struct entity *);
void	 company_suffixes(struct ctx *, const struct lang *);
void	 drop_page_words(struct ctx *, const struct lang *);
void	 trim_final_initials(struct ctx *);
struct entity	*list_neighbour(struct ctx *, const struct lang *,
	    const struct entity *, int);
/* Most items of a list list_places() and apposition_rule() read. */
#define LIST_ITEMS	16

/* train.c */
int	 read_gold(struct ctx *, struct dp_record *);
void	 keep_sentence(struct ctx *, size_t, size_t);
void	 train(struct ctx *);

/* entities.c */
struct entity	*entity_over(struct ctx *, size_t);
void	 remove_entity(struct ctx *, struct entity *);
void	 replace_pair(struct ctx *, struct entity *, struct entity *,
	    const struct entity *);
void	 add_entity(struct ctx *, const struct entity *);
struct entity	 entity(size_t, size_t, enum label, enum origin);

/* rules.c */
int	 word_in(struct ctx *, const struct dp_strset *, size_t);
int	 word_ends_in(struct ctx *, size_t, char *const *, size_t, size_t);
int	 place_only_prep(struct ctx *, const struct lang *, size_t);
/* the longest of the ordinal suffixes (er, st) that p..end begins with,
 * its length, or 0 */
size_t	 ordinal_suffix(const struct lang *, const char *, const char *);
size_t	 phrase_at(struct ctx *, const struct dp_strset *, size_t,
	    size_t, int, int *);
int	 glued(struct ctx *, size_t, char);
void	 rules(struct ctx *, struct lang *);

/* demonyms.c */
void	 demonyms(struct ctx *, const struct lang *);
int	 demonym_adjective(struct ctx *, const struct lang *, size_t);

/* output.c */
void	 begin_entities(struct ctx *);
void	 add_entities(struct ctx *);
void	 write_record(struct ctx *, struct dp_record *);
