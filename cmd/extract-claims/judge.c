/*
 * judge.c: after a construction has matched: whether a claim quotes,
 * its kind from its content and source, and whether it is hedged.
 */

#include <stdlib.h>

#include "common.h"
#include "extract-claims.h"

/*
 * The first word of the span's main clause in the conditional mood, or
 * -1.  A conditional after a complementizer is the clause's own, in
 * agreement with the verb before it (ont été informés que l'eau serait
 * coupée, a assuré qu'il démissionnerait): no reporter's.
 */
static long
conditional(struct ctx *x, const struct lang *l, const struct span *s)
{
	size_t e;
	long k;

	for (k = s->first; k < s->last && !(x->toks[k].flags & T_COMP); k++)
		if (!(x->toks[k].flags & (T_NOTCOND | T_PUNCT)))
			for (e = 0; e < l->endings.n; e++)
				if (ends_with(x, k, l->endings.v[e].text))
					return k;
	return -1;
}

/*
 * Is the content a direct quotation (inside a pair of marks, or the pair
 * around it), or does it hold quoted words (mixed)?
 */
static void
judge_quotation(struct ctx *x, struct claim *c)
{
	long a = c->content.first, b = c->content.last, k;

	if (c->direct)
		return;
	if (a > 0 && x->toks[a - 1].flags & T_OPENQ &&
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
}

/*
 * Is the word of blame at k negated: a negation among the three words
 * before it, in the content (je n'ai pas menti, he did not lie)?
 */
static int
negated(struct ctx *x, const struct claim *c, long k)
{
	return negation_before(x, k, c->content.first);
}

/*
 * Is the word of blame at k a wrong the speaker did: a verb's form (a
 * participle, a past), no cue
 * of blaming (I blamed him accuses), a pronoun of first_person_subjects
 * before it, auxiliaries, adverbs and negations between, in the content,
 * and no pronoun before the pronoun (ils nous ont menti, vous nous avez
 * menti: nous is the object)?
 */
static int
speaker_subject(struct ctx *x, const struct claim *c, long k)
{
	long j;

	if (x->toks[k].cue >= 0 || !(past_participle(x, k) ||
	    has_suffix(x, SC_PARTICIPLE, k)))
		return 0;

	for (j = k - 1; j >= c->content.first && j >= k - 3; j--) {
		if (in_class(x, WC_FIRST_PERSON, j)) {
			/* nous nous sommes trompés: the reflexive's subject
			 * before it */
			if (j > c->content.first &&
			    in_class(x, WC_FIRST_PERSON, j - 1))
				continue;
			return j == c->content.first ||
			    !(x->toks[j - 1].flags & T_PRON ||
			    in_class(x, WC_SUBJECT_CLITIC, j - 1));
		}
		if (!(x->toks[j].flags & (T_AUX | T_ADV)) &&
		    !in_class(x, WC_NEGATION, j) &&
		    !has_suffix(x, SC_ADVERB, j))
			return 0;
	}
	return 0;
}

/*
 * A word or phrase of blame at k: an accusation, a denial if negated;
 * the speaker's own (we failed them, nous avons failli) is an admission,
 * the kind the cue gave.
 */
static void
blame_at(struct ctx *x, struct claim *c, long k)
{
	int neg = negated(x, c, k);

	if (!neg && speaker_subject(x, c, k))
		return;
	set_kind(c, neg ? K_DENIAL : K_ACCUSATION,
	    neg ? W_NEGATED_BLAME : W_BLAME, k);
}

/*
 * Is token k of claim c's content a word of blame: one of the lexicon's,
 * or an adjective of judgment in the name a naming gives its object (a
 * jugé ces annonces insuffisantes; not il a estimé que le calcul était
 * faux, a clause)?
 */
static int
blames(struct ctx *x, const struct claim *c, long k)
{
	return x->toks[k].flags & T_BLAME || (c->named >= 0 &&
	    k >= c->named && in_class(x, WC_EVALUATION, k));
}

/*
 * Others' claims called false in the content make it a denial, whatever
 * blame they hold (the allegations of fraud are baseless, the lawsuit is
 * without merit): a distancing noun (claims, allégations, rumeur) or a
 * charge's (lawsuit, plainte), and a word or phrase that refutes, not
 * negated (baseless, wrong, laid to rest; infondées, ridicule, n'ont rien
 * à voir).
 */
static void
judge_refutation(struct ctx *x, const struct lang *l, struct claim *c)
{
	long a = c->content.first, b = c->content.last, k, dist = -1;
	const struct phrase *ph;

	for (k = a; k < b && dist < 0; k++)
		if (x->toks[k].flags & T_DIST || in_class(x, WC_CHARGE, k))
			dist = k;
	if (dist < 0)
		return;
	for (k = a; k < b; k++)
		PHRASES_AT(ph, x, &l->refutations, k, b)
			if (phrase_at(x, ph->text, k, b) &&
			    !negated(x, c, k)) {
				set_kind(c, K_DENIAL, W_REFUTED, k);
				return;
			}
}

/*
 * The claim whose source the pronoun source of claim c stands for: of the
 * claims made before it in its sentence and the six before, the one whose
 * source ends nearest before the pronoun, or NULL.  put_ref() asks the
 * same of the claims in their output order, with bounds for a long
 * record's; here, while the claims are judged, only those before c are
 * made, in the order of their cues.
 */
static const struct claim *
antecedent_claim(struct ctx *x, const struct claim *c)
{
	const struct claim *p, *best = NULL;
	size_t q;

	for (q = (size_t)(c - x->claims); q-- > 0; ) {
		p = &x->claims[q];
		if (p->sent + 6 < c->sent)
			break;
		if (is_antecedent(p) && p->source.last <= c->source.first &&
		    (best == NULL || p->source.last > best->source.last))
			best = p;
	}
	return best;
}

/*
 * A person's name in source s, with no informant before it (M. Dupont;
 * not le procureur Jean Martin): its first token, or -1.
 */
static long
person_named(struct ctx *x, const struct span *s)
{
	long k;

	for (k = s->first; k < s->last; k++) {
		if (x->toks[k].flags & T_INFORMANT)
			return -1;
		if (entity_in(x, x->toks[k].start, x->toks[k].end, "PER") <
		    x->doc.nents)
			return k;
	}
	return -1;
}

/*
 * Does a person speak after a preposition: a person named, or a pronoun
 * that stands for one (selon lui after M. Dupont a dit; not selon elle
 * after la direction a démenti), or for no source the text gives?
 * Returns the name's or the pronoun's token, or -1.
 */
static long
person_source(struct ctx *x, const struct claim *c)
{
	const struct claim *p;
	long k;

	if (c->source.first < 0)
		return -1;
	/* selon le ministre, Jérôme Cahuzac, …: the name beside it */
	if (!c->pronoun && (k = person_named(x, &c->source)) < 0 &&
	    c->apposed.first >= 0)
		return person_named(x, &c->apposed);
	if (!c->pronoun)
		return k;
	if ((p = antecedent_claim(x, c)) != NULL &&
	    person_named(x, &p->source) < 0)
		return -1;
	return c->source.first;
}

/*
 * Is the content a question the source puts: an indirect one after a cue
 * of asking (a demandé si…, asked whether…), or a direct one of one
 * sentence ("Why not?" she asked)?  Its interrogative word or its
 * question mark, or -1.
 */
static long
question_at(struct ctx *x, const struct claim *c)
{
	long a = c->content.first, b = c->content.last, k;

	if (a < 0)
		return -1;
	if (c->kind == K_DEMAND && c->kind_why == W_CUE &&
	    in_class(x, WC_INTERROGATIVE, a))
		return a;
	if (!c->direct || first_char(x, b - 1) != '?')
		return -1;
	for (k = a; k < b - 1; k++)
		if (x->toks[k].flags & T_STOP)
			return -1;
	return b - 1;
}

/*
 * Is token k of claim c's content a word of a threat in the future: a
 * threat word, not negated, with a word of the future among it and the
 * three words before (France will punish them, nous les punirons; not:
 * they should be punished, was punishing success, la loi punit)?
 */
static int
threat_at(struct ctx *x, const struct claim *c, long k)
{
	long j;

	if (!in_class(x, WC_THREAT, k) || negated(x, c, k))
		return 0;
	for (j = k; j >= c->content.first && j >= k - 3; j--)
		if (in_class(x, WC_FUTURE, j))
			return 1;
	return 0;
}

/*
 * Is the passive's auxiliary at k in the infinitive: after an infinitive
 * marker (to be) or a modal (could be used, could have been), or one of
 * the perfect's (être, as avoir), or the perfect infinitive's (avoir été
 * menacé, to have been told); or a gerund (after being teargassed)?  What
 * the source says befell it or may befall, no event told.
 */
static int
infinitive_passive(struct ctx *x, long k)
{
	long j;

	/* after a modal, adverbs or a negation between: what may or must
	 * happen (could be used, will not be extended) */
	for (j = k - 1; j >= 0 && j >= k - 3 && (x->toks[j].flags & T_ADV ||
	    in_class(x, WC_NEGATION, j) || in_class(x, WC_PERFECT_AUX, j));
	    j--)
		;
	if (j >= 0 && j < k && in_class(x, WC_MODAL, j))
		return 1;
	/* not the progressive's (is being conducted): told */
	if (has_suffix(x, SC_PRES_PARTICIPLE, k))
		return k == 0 || !(x->toks[k - 1].flags & T_AUX);
	if (in_class(x, WC_PERFECT_AUX, k) || (k > 0 && in_class(x,
	    WC_INFINITIVE, k - 1)))
		return 1;
	return k > 0 && in_class(x, WC_PERFECT_AUX, k - 1) && (has_suffix(x,
	    SC_INFINITIVE, k - 1) || (k > 1 && in_class(x, WC_INFINITIVE,
	    k - 2)));
}

/*
 * The comma that closes a clause of condition opened at token k of content
 * a..b-1, at its start or after a mark (If she has nothing to hide, she
 * should come; « Si le ministre a menti, il doit partir »), or -1.  Not
 * one after its main clause, which may say whether (we can only wonder if
 * the intent is fraud) and runs on to no comma.
 */
static long
condition_end(struct ctx *x, long a, long b, long k)
{
	long m;

	if ((k > a && !(x->toks[k - 1].flags & T_PUNCT)) ||
	    !in_class(x, WC_CONDITION, k))
		return -1;
	for (m = k + 1; m < b; m++)
		if (x->toks[m].flags & T_PUNCT)
			return x->toks[m].flags & T_COMMA ? m : -1;
	return -1;
}

/*
 * Is the passive's auxiliary at k, in a content from a on, after a first
 * person subject, auxiliaries and adverbs between (we have been promised,
 * nous avons été trahis): what befell the speaker by its own account, a
 * position, as what may befall it is (infinitive_passive()).
 */
static int
first_person_passive(struct ctx *x, long a, long k)
{
	long j;

	for (j = k - 1; j >= a && x->toks[j].flags & (T_AUX | T_ADV) &&
	    !in_class(x, WC_FIRST_PERSON, j); j--)
		;
	return j >= a && in_class(x, WC_FIRST_PERSON, j);
}

/*
 * An event told in the passive (a été tué, were arrested) makes a
 * position a factual account, a report: not a participle of judgment or
 * feeling, a state (était biaisé, was flawed, were disappointed), nor a
 * passive in the infinitive, no event told (we are not going to be
 * bullied, nous n'allons pas être humiliés), nor one in the present, a
 * state or a habit (they are trapped, if you are told to go), nor a
 * negated one, which tells nothing happened (many had not been consulted,
 * n'ont pas été consultés); nor one in a clause of condition, which
 * supposes it (si les faits sont avérés), nor one that befell the speaker
 * (we have been promised, first_person_passive()); être after a reflexive
 * pronoun is the perfect's, no passive (la situation s'est dégradée).
 */
static void
event_told(struct ctx *x, struct claim *c)
{
	long a = c->content.first, b = c->content.last, k, cond = -1, m;

	for (k = a; k + 1 < b && c->kind == K_ASSERTION && c->kind_why ==
	    W_CUE; k++) {
		if (k > cond && (m = condition_end(x, a, b, k)) >= 0)
			cond = m;
		if (x->toks[k].flags & T_PASSIVE && !infinitive_passive(x, k) &&
		    !in_class(x, WC_PRESENT_PASSIVE, k) && !negated(x, c, k) &&
		    past_participle(x, k + 1) &&
		    !in_class(x, WC_STATE_PARTICIPLE, k + 1) &&
		    !(k > a && in_class(x, WC_REFLEXIVE, k - 1)) &&
		    k > cond && !first_person_passive(x, a, k))
			set_kind(c, K_REPORT, W_EVENT, k);
	}
}

/*
 * Does claim c's content tell a state its speaker judges or feels: a
 * participle of state_participles that opens it (s'est dit « déçu »), or
 * after être or be, adverbs (of degree_adverbs too) and an opening mark
 * between (said it was "deeply disappointed", était très préoccupé)?  An informant's view
 * or feeling, no account of facts: no report.
 */
static int
state_told(struct ctx *x, const struct claim *c)
{
	long a = c->content.first, k, j;

	for (k = a; k < c->content.last; k++) {
		if (!in_class(x, WC_STATE_PARTICIPLE, k))
			continue;
		for (j = k - 1; j >= a && j >= k - 3 && (x->toks[j].flags &
		    (T_ADV | T_OPENQ) || has_suffix(x, SC_ADVERB, j) ||
		    in_class(x, WC_DEGREE, j)); j--)
			;
		if (j < a || x->toks[j].flags & T_PASSIVE)
			return 1;
	}
	return 0;
}

/* Is claim c's cue one that tells the speaker's view (the lexicon's
 * stance: estimer, affirmer, argue, believe), or one that names a thing
 * (qualifier de, called X a…), an evaluation? */
static int
stance_cue(const struct claim *c)
{
	return c->verb != NULL && (c->verb->stance || c->verb->takes &
	    (TAKES_NAMING | TAKES_QUOTED_NAMING));
}

/*
 * Is token k, in a content from a on, inside a relative clause set off by
 * a comma (a register, which should come into force in spring; un
 * fichier, qui devrait entrer en vigueur): what the clause says is of its
 * noun, not what the content asks.  The clause runs on to the next comma
 * or to the content's end.
 */
static int
in_apposed_relative(struct ctx *x, long a, long k)
{
	while (--k > a) {
		if (x->toks[k].flags & T_PUNCT)
			return 0;
		if (x->toks[k].flags & T_REL)
			return x->toks[k - 1].flags & T_COMMA;
	}
	return 0;
}

/*
 * Does the perfect follow a modal of demand that ends before token k,
 * after negations or adverbs if any: its auxiliary and a participle, or
 * the auxiliary alone at the end (should have acted, should never have
 * been, I should have., il doit avoir oublié)?  A past that did not
 * happen, or a guess: nothing is asked.  Not the passive's être (doit
 * être voté asks), nor have of having (should have the chance, should
 * have to wait).
 */
static int
perfect_modal(struct ctx *x, long k, long b)
{
	while (k < b && (x->toks[k].flags & T_ADV || in_class(x, WC_NEGATION,
	    k)))
		k++;
	if (k >= b || !in_class(x, WC_PERFECT_AUX, k) ||
	    x->toks[k].flags & T_PASSIVE)
		return 0;
	return k + 1 == b || x->toks[k + 1].flags & (T_PUNCT | T_PASSIVE) ||
	    past_participle(x, k + 1);
}

/*
 * Is the word of need at token k (need_words), in a content from a on, a
 * need denied, named or supposed, none asked: a noun after a determiner
 * (the need to act), a verb after a relative or a question word, whose
 * clause names what is needed (16% of what was needed, l'argent qui est
 * nécessaire), or after a negation or a modal (do not need to, would
 * need to win)?  Unlike a modal of demand_words, which negated forbids
 * (must not, ne doit pas).
 */
static int
need_denied(struct ctx *x, long a, long k)
{
	return k > a && (x->toks[k - 1].flags & (T_DET | T_REL | T_COMP) ||
	    in_class(x, WC_INTERROGATIVE, k - 1) || in_class(x, WC_NEGATION,
	    k - 1) || in_class(x, WC_MODAL, k - 1));
}

/*
 * The kind of the act a quotation's speaker performs by saying it: a cue
 * of demand, accusation or warning at token k of direct content c, right
 * after a first person subject, adverbs between, in the present (« Nous
 * demandons que… », "We urge the council to…"; not "we asked why"), in
 * the sense the words after it give it (I call on…, not I call it…), in
 * no question; a third person's tells what others do (« ils
 * demandent… », « ils nous accusent… », « les commerçants nous
 * alertent… »).
 * K_ASSERTION if none.
 */
static enum kind
own_act(struct ctx *x, const struct lang *l, const struct claim *c, long k)
{
	const struct cue *cue;
	long j;

	if (!c->direct || x->toks[k].cue < 0 || c->kind_why == W_QUESTION ||
	    has_suffix(x, SC_PAST, k) || in_class(x, WC_PAST_FORM, k) ||
	    (cue = cue_sense(x, l, k, c->content.last)) == NULL)
		return K_ASSERTION;
	if (cue->kind != K_DEMAND && cue->kind != K_ACCUSATION &&
	    cue->kind != K_WARNING)
		return K_ASSERTION;
	for (j = k - 1; j >= c->content.first && (x->toks[j].flags & T_ADV ||
	    in_class(x, WC_SUBJECT_CLITIC, j)) && !in_class(x,
	    WC_FIRST_PERSON, j); j--)
		;
	/* ils nous accusent, les commerçants nous alertent: nous the
	 * object of a subject before it, a word that no mark, joining
	 * word or adverb is */
	if (j < c->content.first || !in_class(x, WC_FIRST_PERSON, j) ||
	    (j > c->content.first && in_class(x, WC_SUBJECT_CLITIC, j) &&
	    !(x->toks[j - 1].flags & (T_PUNCT | T_COORD | T_COMP | T_REL |
	    T_ADV | T_ADVERBIAL)) && !is_date(x, j - 1)))
		return K_ASSERTION;
	return cue->kind;
}

/*
 * The words at token k of a position's content that make it a demand,
 * a denial or an accusation (see judge_kind()); where k is in a clause
 * that only supposes (supposed), its demand only.
 */
static void
position_words(struct ctx *x, const struct lang *l, struct claim *c, long k,
    int supposed)
{
	long a = c->content.first, b = c->content.last, n;
	const struct phrase *ph;
	const struct cue *cue;
	enum kind act;

	PHRASES_AT(ph, x, &l->demands, k, b)
		if ((n = phrase_at(x, ph->text, k, b)) != 0 &&
		    !in_apposed_relative(x, a, k) &&
		    !perfect_modal(x, k + n, b))
			set_kind(c, K_DEMAND, W_DEMAND, k);
	PHRASES_AT(ph, x, &l->needs, k, b)
		if (phrase_at(x, ph->text, k, b) != 0 &&
		    !in_apposed_relative(x, a, k) && !need_denied(x, a, k))
			set_kind(c, K_DEMAND, W_DEMAND, k);
	if (c->direct && x->toks[k].cue >= 0 &&
	    (cue = cue_sense(x, l, k, b)) != NULL && cue->kind == K_DENIAL)
		set_kind(c, K_DENIAL, W_QUOTED_DENIAL, k);
	if (c->kind == K_ASSERTION && (act = own_act(x, l, c, k)) !=
	    K_ASSERTION)
		set_kind(c, act, W_OWN_ACT, k);
	if (supposed)
		return;
	/* he had done nothing wrong: a wrong denied */
	PHRASES_AT(ph, x, &l->denials, k, b)
		if (phrase_at(x, ph->text, k, b))
			set_kind(c, K_DENIAL, W_NEGATED_BLAME, k);
	/* the blame a source owns is an admission (a reconnu une
	 * « faute »), no accusation */
	if (c->verb != NULL && c->verb->admission)
		return;
	if (blames(x, c, k))
		blame_at(x, c, k);
	PHRASES_AT(ph, x, &l->blames, k, b)
		if (c->kind == K_ASSERTION && phrase_at(x, ph->text, k, b))
			blame_at(x, c, k);
}

/*
 * What the content says can make a position a demand (il faut…) or a
 * denial (« je démens »), a word of blame an accusation, or a denial when
 * it is negated, and an informant's words a report.  Others' claims
 * called false make a report a denial too (une rumeur « ridicule », selon
 * lui); words of demand or blame do not, being often the facts reported
 * (une réunion qui doit se tenir lundi, selon le ministère).
 */
static void
judge_kind(struct ctx *x, const struct lang *l, struct claim *c)
{
	long a = c->content.first, b = c->content.last, k, m, cond, asked;
	int owned = c->verb != NULL && c->verb->admission;

	/* A preposition relays an informant's account (selon la police,
	 * according to the ministry: a report); a person it names gives a
	 * position, weighed as a cue's (selon M. Dupont, « c'est fini »). */
	if (c->preposition && c->kind == K_REPORT &&
	    c->kind_why == W_PREPOSITION && (k = person_source(x, c)) >= 0)
		set_kind(c, K_ASSERTION, W_PERSON, k);
	/* a question put is other (GUIDELINES v2), or an accusation where
	 * it blames: weighed as a position first */
	if ((asked = question_at(x, c)) >= 0)
		set_kind(c, K_ASSERTION, W_QUESTION, asked);
	/* first: the blame in refuted allegations is not the speaker's */
	if (c->kind == K_ASSERTION || c->kind == K_REPORT)
		judge_refutation(x, l, c);
	/* a threat of punishment warns, whatever blame is said with it
	 * (ils ne sont pas dignes de la République… nous les punirons) */
	for (k = a; k < b && c->kind == K_ASSERTION; k++)
		if (threat_at(x, c, k))
			set_kind(c, K_WARNING, W_THREAT, k);
	/* what a condition supposes is neither charged nor denied (if
	 * she has nothing to hide, she should come), but in a question
	 * put, which insinuates */
	for (k = a, cond = -1; k < b && c->kind == K_ASSERTION; k++) {
		if (asked < 0 && k > cond && (m = condition_end(x, a, b,
		    k)) >= 0)
			cond = m;
		position_words(x, l, c, k, k < cond);
	}
	if (asked >= 0 && c->kind == K_ASSERTION) {
		set_kind(c, K_OTHER, W_QUESTION, asked);
		return;
	}
	/* "Is this not a scandal?": a negated blame asked insinuates */
	if (asked >= 0 && c->kind_why == W_NEGATED_BLAME)
		set_kind(c, K_ACCUSATION, W_BLAME, c->kind_at);
	/* an informant's account is a report, unless its cue tells a
	 * view (le gouvernement a estimé, the ministry argued) or its
	 * content a state it judges or feels (said it was disappointed,
	 * state_told()); the
	 * source's head tells it, not its complement (Les syndicats de
	 * police, the union of police officers: no informants), but for a
	 * part's (one of the prosecutors, l'un des enquêteurs) */
	if (c->kind == K_ASSERTION && !c->pronoun && !stance_cue(c) &&
	    !state_told(x, c))
		for (k = c->source.first; k >= 0 && k < c->source.last &&
		    !(in_class(x, WC_NOUN_COMPLEMENT, k) &&
		    k > c->source.first && !opens_phrase(x, k - 1)); k++)
			if (x->toks[k].flags & T_INFORMANT &&
			    c->kind == K_ASSERTION)
				set_kind(c, K_REPORT, W_INFORMANT, k);
	/* what a source admits is an admission, whatever it tells
	 * (admitted the home had been understaffed); what a cue of a
	 * view or a feeling says of it is a position (a regretté que la
	 * société ait été relaxée, feared the files had been lost) */
	if (!owned && !(c->verb != NULL && c->verb->feeling))
		event_told(x, c);
	/* a participle that says why its source denies or blames (denied
	 * the reports, saying…), where the content told no kind */
	if (c->main_at >= 0 && (c->kind == K_ASSERTION ||
	    c->kind == K_REPORT) && (c->kind_why == W_CUE ||
	    c->kind_why == W_EVENT || c->kind_why == W_INFORMANT))
		set_kind(c, x->lang->cues[x->toks[c->main_at].cue].kind,
		    W_MAIN_VERB, c->main_at);
}

/* Is the cue span s in the past (a dit, said, disait)? */
static int
past_cue(struct ctx *x, const struct span *s)
{
	long g;

	for (g = s->first; g < s->last; g++)
		if (x->toks[g].flags & T_AUX || (x->toks[g].cue >= 0 &&
		    (has_suffix(x, SC_PAST, g) ||
		    in_class(x, WC_PAST_FORM, g))))
			return 1;
	return 0;
}

/*
 * Does claim c's cue, a present participle (ajoutant, précisant) or a
 * past one with no auxiliary of its own, the one before it shared (a
 * reconnu un retard mais assuré que...), go on from a cue in the past
 * before it in its sentence (a déclaré..., ajoutant qu'il ferait appel),
 * or from a verb in the perfect that made no claim (a dénoncé cette
 * hausse, estimant qu'elle chasserait…; a manifesté, estimant…), whose
 * tense it takes?
 */
static int
participle_after_past(struct ctx *x, const struct claim *c)
{
	size_t i;
	long g;

	for (g = c->cue.first; g < c->cue.last; g++)
		if (x->toks[g].cue >= 0 && (has_suffix(x, SC_PRES_PARTICIPLE,
		    g) || has_suffix(x, SC_PARTICIPLE, g)))
			break;
	if (g == c->cue.last)
		return 0;
	if (participle_after_aux(x, c->cue.first, sent_first(x, c->cue.first),
	    T_AUX, T_COMP | T_REL | T_OPENQ | T_CLOSEQ | T_AUX) >= 0)
		return 1;
	for (i = 0; i < x->nclaims; i++)
		if (&x->claims[i] != c && x->claims[i].sent == c->sent &&
		    !x->claims[i].preposition &&
		    x->claims[i].cue.last <= c->cue.first &&
		    past_cue(x, &x->claims[i].cue))
			return 1;
	return 0;
}

/*
 * What makes a preposition's source no one in particular: a distancing
 * noun that opens it, after its determiner and an adjective of
 * distancing_adjectives (reports, des rumeurs, unconfirmed reports; not
 * fundraising reports, a document), naming no person nor organisation.
 * Returns its token, or -1.
 */
static long
distancing_source(struct ctx *x, const struct claim *c)
{
	long k = c->source.first;

	if (k < 0 || person_named(x, &c->source) >= 0 ||
	    entity_in(x, x->toks[k].start, x->toks[c->source.last - 1].end,
	    "ORG") < x->doc.nents)
		return -1;
	if (k + 1 < c->source.last && x->toks[k].flags & T_DET)
		k++;
	if (k + 1 < c->source.last && in_class(x, WC_DIST_ADJ, k))
		k++;
	return x->toks[k].flags & T_DIST ? k : -1;
}

/*
 * A hedge in the cue or the content hedges the claim, and so does the
 * conditional: the reporter's, in the cue (aurait affirmé), or in the
 * content when the cue leaves it to the reporter (affirme, selon); after
 * a past cue, or a participle that goes on from one, it is tense
 * agreement.
 */
static void
judge_hedge(struct ctx *x, const struct lang *l, struct claim *c)
{
	long k, g;
	size_t e;

	/* The reporter's own words in the cue: reportedly said, aurait
	 * affirmé (the journalistic conditional). */
	for (g = c->cue.first; g < c->cue.last; g++) {
		if (x->toks[g].flags & T_HEDGE && x->toks[g].cue < 0)
			hedge(c, W_HEDGE_WORD, g);
		if (x->toks[g].flags & T_AUX && !(x->toks[g].flags &
		    T_NOTCOND))
			for (e = 0; e < l->endings.n; e++)
				if (ends_with(x, g, l->endings.v[e].text))
					hedge(c, W_REPORTER_CONDITIONAL, g);
	}
	/* an aside of hearsay between the source and its cue: the
	 * senator, it seems, told donors… (not in the content, where it
	 * is as often the speaker's: it seems unlikely that…) */
	if (c->source.first >= 0 && c->source.last <= c->cue.first)
		for (k = c->source.last; k < c->cue.last; k++)
			if (phrases_at(x, &l->hearsay, k, c->cue.last, &e) != 0)
				hedge(c, W_HEDGE_WORD, k);
	/* according to unconfirmed reports, selon des rumeurs: a
	 * preposition's source that is no one, a distancing noun (reports,
	 * rumeurs) that names no person nor organisation */
	if (c->preposition && (k = distancing_source(x, c)) >= 0)
		hedge(c, W_DISTANCING, k);
	/* not in a quotation: the speaker's own words (« le présumé
	 * coupable », "the deal is apparently off") are no reporter's */
	for (k = c->content.first; k < c->content.last && !c->direct; k++) {
		/* not a verb's participle after the perfect's auxiliary
		 * (avait prétendu être malade, had alleged that…; but
		 * were suspected of, Syria's alleged involvement) */
		if (x->toks[k].flags & T_HEDGE && !(k > c->content.first &&
		    (x->toks[k - 1].flags & (T_AUX | T_PASSIVE)) == T_AUX &&
		    !in_class(x, WC_POSSESSIVE, k - 1) &&
		    past_participle(x, k)))
			hedge(c, W_HEDGE_WORD, k);
		/* said there were indications that…: a distancing noun
		 * and its link inside the content */
		if (x->toks[k].flags & T_DIST && k + 1 < c->content.last &&
		    phrases_at(x, &l->links, k + 1, c->content.last, &e) != 0)
			hedge(c, W_DISTANCING, k);
	}
	/* a past cue before its clause makes its conditional the tense's
	 * agreement (a indiqué qu'ils maintiendraient); a content before
	 * its cue agrees with nothing (La police aurait découvert des
	 * armes, a indiqué une source) */
	if (c->direct || ((past_cue(x, &c->cue) ||
	    participle_after_past(x, c)) && c->content.first > c->cue.first))
		return;
	if ((k = conditional(x, l, &c->content)) >= 0)
		hedge(c, W_CONDITIONAL, k);
}

/* A claim a construction has made: its quotation, kind and hedge. */
void
finish_claim(struct ctx *x, const struct lang *l, struct claim *c)
{
	judge_quotation(x, c);
	judge_kind(x, l, c);
	judge_hedge(x, l, c);
}
