/*
 * lexicon.c: a language's claims.yaml, profile.yaml and the user's
 * lexicon read into a struct lang: cues and what they take, word flags,
 * phrases, word classes and endings.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "extract-claims.h"

static void
lang_init(void *lang, const char *code, void *arg)
{
	struct lang *l = lang;

	(void)arg;
	l->code = code;
	l->words = dp_strset_new();
	l->classwords = dp_strset_new();
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
		free(l->cues[i].other_sense);
		free(l->cues[i].other_after);
	}
	free(l->cues);
	free_phrases(&l->preps);
	free_phrases(&l->links);
	free_phrases(&l->demands);
	free_phrases(&l->needs);
	free_phrases(&l->blames);
	free_phrases(&l->refutations);
	free_phrases(&l->hearsay);
	free_phrases(&l->reporters);
	free_phrases(&l->endings);
	free_phrases(&l->insertions);
	free_phrases(&l->manners);
	free_phrases(&l->withheld);
	free_phrases(&l->times);
	free_phrases(&l->locutions);
	free_phrases(&l->infgerunds);
	free_phrases(&l->periphrases);
	free_phrases(&l->hedging);
	free_phrases(&l->withholding);
	free_phrases(&l->openings);
	free_phrases(&l->nouns);
	free_phrases(&l->enders);
	free_phrases(&l->resumptives);
	free_phrases(&l->denial_resumptives);
	free_phrases(&l->nounenders);
	free_phrases(&l->frames);
	free_phrases(&l->subordinators);
	free_phrases(&l->implinks);
	free_phrases(&l->denials);
	dp_strset_free(l->classwords);
	free(l->classmasks);
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
	 * fallback (call on X to, call X Y), or its fallback's. */
	if (cue >= 0 && old >= 0 && old != cue && l->cues[old].then != NULL) {
		/* call for, else call on, else call: a chain */
		while (l->cues[old].alt >= 0 && l->cues[old].alt != cue &&
		    l->cues[old].then != NULL)
			old = l->cues[old].alt;
		if (l->cues[old].alt < 0 && old != cue &&
		    l->cues[old].then != NULL)
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
	    "accusation, warning, demand, other)");
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
	const char *t;
	unsigned char c;

	/* the room doubled at each power of two: a lexicon holds
	 * thousands of phrases, each an allocation else */
	if ((p->n & (p->n - 1)) == 0)
		p->v = dp_reallocarray(p->v, p->n ? 2 * p->n : 1,
		    sizeof(*p->v));
	p->v[p->n].text = lower_dup(l, s, n);
	p->v[p->n].kind = kind;
	p->v[p->n].distancing = 0;
	p->v[p->n].next = 0;
	for (p->v[p->n].words = 1, t = p->v[p->n].text; *t != '\0'; t++)
		p->v[p->n].words += *t == ' ';
	/* by its first byte: phrase_at() skips the spaces before it */
	for (t = p->v[p->n].text; *t == ' '; t++)
		;
	c = (unsigned char)*t;
	if (p->head[c] == 0)
		p->head[c] = (uint32_t)p->n + 1;
	else
		p->v[p->tail[c] - 1].next = (uint32_t)p->n + 1;
	p->tail[c] = (uint32_t)p->n + 1;
	p->n++;
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

/*
 * Reads "cue_nouns", nouns of saying and their kinds; their first words
 * are marked, so that a token is asked about them only if it is one.
 */
static void
load_nouns(struct lang *l, struct dp_yaml *y, dp_node root)
{
	size_t i, n = l->nouns.n;
	const char *w;

	load_kinds(l, y, root, "cue_nouns", &l->nouns);
	for (i = n; i < l->nouns.n; i++) {
		w = l->nouns.v[i].text;
		add_word(l, w, strcspn(w, " "), T_NOUN_CUE, -1);
	}
}

/*
 * A cue's not_objects: a sequence of phrases whose noun phrase right
 * after the verb gives it a sense other than saying (accuser une baisse,
 * declare a state of emergency), or its not_after_objects: phrases that
 * do so after its object (condamner X à une amende), lowercase, joined by
 * '|' for then_at().  field names the key for what is wrong.
 */
static char *
other_sense(struct lang *l, struct dp_yaml *y, dp_node node,
    const char *lemma, const char *field)
{
	struct dp_buf b = { 0 };
	const char *s;
	size_t i, n;
	char *r;

	if (!dp_yaml_is_seq(y, node) || dp_yaml_len(y, node) == 0)
		dp_yaml_die(y, node, "%s: %s: a sequence of phrases "
		    "expected", lemma, field);
	for (i = 0; i < dp_yaml_len(y, node); i++) {
		if ((s = dp_yaml_scalar(y, dp_yaml_item(y, node, i), &n)) ==
		    NULL || n == 0 || memchr(s, '|', n) != NULL)
			dp_yaml_die(y, node, "%s: %s: a phrase expected",
			    lemma, field);
		if (i > 0)
			dp_buf_addc(&b, '|');
		dp_buf_reset(&l->scratch);
		dp_lower(&l->scratch, s, n);
		dp_buf_add(&b, l->scratch.data, l->scratch.len);
	}
	r = dp_strndup(b.data, b.len);
	dp_buf_free(&b);
	return r;
}

/* A cue's key that is true or false, false if absent (stance: true). */
static int
cue_flag(struct dp_yaml *y, dp_node val, const char *lemma, const char *key)
{
	const char *s;
	size_t n;
	dp_node node;

	if ((node = dp_yaml_get(y, val, key)) == 0)
		return 0;
	if ((s = dp_yaml_scalar(y, node, &n)) == NULL ||
	    !((n == 4 && memcmp(s, "true", 4) == 0) ||
	    (n == 5 && memcmp(s, "false", 5) == 0)))
		dp_yaml_die(y, node, "%s: %s: true or false expected", lemma,
		    key);
	return n == 4;
}

/* Reads one entry of "cues": a lemma, its kind, constructions and forms. */
static void
load_cue(struct lang *l, struct dp_yaml *y, dp_node key, dp_node val)
{
	static const char *const takes[] = { "np", "obj", "target", "target-a",
	    "quote", "naming", "inf", "that", "reflexive", "clause", "judged",
	    "about", "impersonal", "quoted-naming" };
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
	if ((node = dp_yaml_get(y, val, "not_objects")) != 0)
		c->other_sense = other_sense(l, y, node, c->lemma,
		    "not_objects");
	c->feeling = cue_flag(y, val, c->lemma, "feeling");
	c->stance = c->feeling || cue_flag(y, val, c->lemma, "stance");
	c->admission = cue_flag(y, val, c->lemma, "admission");
	c->possibility = cue_flag(y, val, c->lemma, "possibility");
	if ((node = dp_yaml_get(y, val, "not_after_objects")) != 0)
		c->other_after = other_sense(l, y, node, c->lemma,
		    "not_after_objects");
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
				    "target-a, quote, naming, inf, that, "
				    "reflexive, clause, judged, about, "
				    "impersonal or quoted-naming expected");
		}
		/* a noun phrase after its preposition is a noun phrase */
		if (c->takes & TAKES_ABOUT)
			c->takes |= TAKES_NP;
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
	{ "gerund_adverbs", WC_GERUND_ADVERB, -1, 0 },
	{ "past_forms", WC_PAST_FORM, -1, 1 },
	{ "adjectival_participles", WC_ADJ_PARTICIPLE, -1, 1 },
	{ "simple_past_forms", WC_SIMPLE_PAST, -1, 1 },
	{ "inverted_pronouns", -1, SC_INVERTED, 1 },
	{ "impersonal_pronouns", -1, SC_IMPERSONAL, 1 },
	{ "adjectival_participle_endings", -1, SC_ADJ_PARTICIPLE, 1 },
	{ "present_participle_endings", -1, SC_PRES_PARTICIPLE, 1 },
	{ "past_endings", -1, SC_PAST, 1 },
	{ "participle_endings", -1, SC_PARTICIPLE, 1 },
	{ "noun_complements", WC_NOUN_COMPLEMENT, -1, 0 },
	{ "plural_endings", -1, SC_PLURAL, 1 },
	{ "noun_stem_endings", -1, SC_NOUN_STEM, 1 },
	{ "infinitive_endings", -1, SC_INFINITIVE, 1 },
	{ "adverb_endings", -1, SC_ADVERB, 1 },
	{ "not_infinitives", WC_NOT_INFINITIVE, -1, 1 },
	{ "negations", WC_NEGATION, -1, 0 },
	{ "reflexive_pronouns", WC_REFLEXIVE, -1, 0 },
	{ "denied_quantifiers", WC_ANY, -1, 0 },
	{ "object_pronouns", WC_CLITIC, -1, 0 },
	{ "object_only_pronouns", WC_OBJECT_ONLY, -1, 0 },
	{ "expletive_pronouns", WC_EXPLETIVE, -1, 0 },
	{ "refusals", WC_REFUSAL, -1, 0 },
	{ "prenominal_adjectives", WC_PRENOMINAL, -1, 0 },
	{ "inclusion_words", WC_INCLUSION, -1, 0 },
	{ "not_participles", WC_NOT_PARTICIPLE, -1, 0 },
	{ "subject_relatives", WC_SUBJECT_RELATIVE, -1, 0 },
	{ "antecedent_links", WC_ANTECEDENT_LINK, -1, 0 },
	{ "statement_media", WC_MEDIUM, -1, 0 },
	{ "threat_words", WC_THREAT, -1, 0 },
	{ "future_markers", WC_FUTURE, -1, 0 },
	{ "condition_subordinators", WC_CONDITION, -1, 0 },
	{ "modal_verbs", WC_MODAL, -1, 0 },
	{ "present_passives", WC_PRESENT_PASSIVE, -1, 0 },
	{ "auxiliary_misspellings", WC_AUX_TYPO, -1, 0 },
	{ "holder_determiners", WC_HOLDER, -1, 0 },
	{ "agent_prepositions", WC_AGENT, -1, 0 },
	{ "noun_content_links", WC_NOUN_LINK, -1, 0 },
	{ "subject_pronouns", WC_SUBJECT_PRONOUN, -1, 0 },
	{ "predicate_links", WC_PREDICATE_LINK, -1, 0 },
	{ "topic_prepositions", WC_TOPIC_PREP, -1, 0 },
	{ "conjunction_heads", WC_CONJ_HEAD, -1, 0 },
	{ "contrast_conjunctions", WC_CONTRAST, -1, 0 },
	{ "subject_object_pronouns", WC_SUBJECT_CLITIC, -1, 0 },
	{ "incise_conjunctions", WC_INCISE, -1, 0 },
	{ "perfect_auxiliaries", WC_PERFECT_AUX, -1, 0 },
	{ "noun_prepositions", WC_NOUN_PREP, -1, 0 },
	{ "state_participles", WC_STATE_PARTICIPLE, -1, 0 },
	{ "degree_adverbs", WC_DEGREE, -1, 0 },
	{ "saying_adverbs", WC_SAYING_ADVERB, -1, 0 },
	{ "speaker_nouns", WC_SPEAKER, -1, 0 },
	{ "people_nouns", WC_PEOPLE, -1, 0 },
	{ "content_nouns", WC_CONTENT_NOUN, -1, 0 },
	{ "time_nouns", WC_TIME_NOUN, -1, 0 },
	{ "indefinite_articles", WC_INDEFINITE, -1, 0 },
	{ "first_person_subjects", WC_FIRST_PERSON, -1, 0 },
	{ "evaluative_adjectives", WC_EVALUATION, -1, 0 },
	{ "charge_nouns", WC_CHARGE, -1, 0 },
	{ "interrogatives", WC_INTERROGATIVE, -1, 0 },
	{ "gesture_verbs", WC_GESTURE, -1, 0 },
	{ "plural_quantifiers", WC_PLURAL_QUANT, -1, 0 },
	{ "singular_quantifiers", WC_SINGULAR_QUANT, -1, 0 },
	{ "distancing_adjectives", WC_DIST_ADJ, -1, 0 },
	{ "not_speakers", WC_NOT_SPEAKER, -1, 0 },
	{ "referring_objects", WC_REFERRING, -1, 0 },
	{ "adverbial_prepositions", WC_ADVERBIAL_PREP, -1, 0 },
};

/*
 * Puts word s in word class c: one set of the words of every class, each
 * word's value the index (plus one) of its classes' bits, so that a token
 * learns all its classes with one lookup (describe_tokens()).
 */
static void
add_to_class(struct lang *l, const char *s, int c)
{
	int *slot;

	dp_buf_reset(&l->scratch);
	dp_lower(&l->scratch, s, strlen(s));
	slot = dp_strset_add(l->classwords, l->scratch.data, l->scratch.len);
	if (*slot == 0) {
		l->classmasks = dp_reallocarray(l->classmasks,
		    l->nclassmasks + 1, sizeof(*l->classmasks));
		l->classmasks[l->nclassmasks++] = 0;
		*slot = (int)l->nclassmasks;
	}
	l->classmasks[*slot - 1] |= UINT64_C(1) << c;
}

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
		for (k = 0; k < n; k++)
			add_to_class(l, v[k], class_keys[i].class);
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
	load_phrases(l, y, "need_words", &l->needs);
	load_phrases(l, y, "accusation_phrases", &l->blames);
	load_phrases(l, y, "denial_phrases", &l->denials);
	load_phrases(l, y, "hearsay_asides", &l->hearsay);
	load_phrases(l, y, "reporter_sources", &l->reporters);
	load_phrases(l, y, "refutations", &l->refutations);
	load_phrases(l, y, "conditional_endings", &l->endings);
	load_phrases(l, y, "adverb_phrases", &l->insertions);
	load_phrases(l, y, "manner_phrases", &l->manners);
	load_phrases(l, y, "withheld_phrases", &l->withheld);
	load_phrases(l, y, "time_phrases", &l->times);
	load_phrases(l, y, "prepositional_locutions", &l->locutions);
	load_phrases(l, y, "infinitive_gerunds", &l->infgerunds);
	load_phrases(l, y, "cue_periphrases", &l->periphrases);
	load_phrases(l, y, "hedge_periphrases", &l->hedging);
	load_phrases(l, y, "withholding_periphrases", &l->withholding);
	load_phrases(l, y, "content_enders", &l->enders);
	load_phrases(l, y, "resumptives", &l->resumptives);
	load_phrases(l, y, "denial_resumptives", &l->denial_resumptives);
	load_phrases(l, y, "noun_content_enders", &l->nounenders);
	load_phrases(l, y, "frame_phrases", &l->frames);
	load_phrases(l, y, "subordinators", &l->subordinators);
	load_phrases(l, y, "impersonal_links", &l->implinks);
	load_kinds(l, y, root, "prepositions", &l->preps);
	/* à en croire X: an attribution that keeps its content at a
	 * distance, a report hedged */
	i = l->preps.n;
	load_phrases(l, y, "distancing_prepositions", &l->preps);
	for (; i < l->preps.n; i++)
		l->preps.v[i].distancing = 1;
	load_kinds(l, y, root, "opening_prepositions", &l->openings);
	load_nouns(l, y, root);
	if ((node = dp_yaml_get(y, root, "cues")) != 0) {
		if (!dp_yaml_is_map(y, node))
			dp_yaml_die(y, node, "cues: a mapping of lemmas "
			    "expected");
		for (i = 0; i < dp_yaml_len(y, node); i++)
			load_cue(l, y, dp_yaml_key(y, node, i),
			    dp_yaml_value(y, node, i));
	}
}

static const char *const lang_files[] = { "claims.yaml", NULL };
const struct dp_lang_ops lang_ops = {
	.files = lang_files, .size = sizeof(struct lang), .init = lang_init,
	.load = lang_load, .done = lang_done, .free = lang_free,
};
