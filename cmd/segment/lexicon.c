/*
 * lexicon.c: a language for segment: abbreviations and titles,
 * elisions, clitics, sentence starters, salutations (segment.yaml, the
 * user's), and the function words of langid.yaml.
 */

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "segment.h"

/* The sets every language has, made by lang_init. */
static const size_t lang_sets[] = {
	offsetof(struct lang, abbrev), offsetof(struct lang, elisions),
	offsetof(struct lang, clitics), offsetof(struct lang, soft),
	offsetof(struct lang, colon), offsetof(struct lang, strong),
	offsetof(struct lang, determiners), offsetof(struct lang, salut),
	offsetof(struct lang, starters), offsetof(struct lang, times),
};

static void
lang_init(void *lang, const char *code, void *arg)
{
	struct lang *l = lang;

	(void)arg;
	l->code = code;
	dp_strsets_new(l, lang_sets, sizeof(lang_sets) / sizeof(lang_sets[0]));
}

static void
lang_free(void *lang)
{
	struct lang *l = lang;

	dp_strsets_free(lang, lang_sets, sizeof(lang_sets) /
	    sizeof(lang_sets[0]));
	dp_model_free(l->model);
}

/*
 * Adds one lexicon file's lists: segment.yaml or the user's; langid.yaml,
 * whose function words tell a sentence start after an abbreviation.  A
 * language without files segments with the user's lexicon alone.
 */
static void
lang_load(void *lang, const char *file, struct dp_yaml *y, void *arg)
{
	static const struct {
		const char *key;
		size_t set;
		int value;
	} lists[] = {
		{ "abbreviations", offsetof(struct lang, abbrev), 1 },
		{ "titles", offsetof(struct lang, abbrev), ABBR_TITLE },
		{ "marked_names", offsetof(struct lang, abbrev), 1 },
		{ "elisions", offsetof(struct lang, elisions), 1 },
		{ "clitics", offsetof(struct lang, clitics), 1 },
		{ "soft_stops", offsetof(struct lang, soft), 1 },
		{ "clause_stops", offsetof(struct lang, soft), SOFT_CLAUSE },
		{ "strong_starters", offsetof(struct lang, strong), 1 },
		{ "salutations", offsetof(struct lang, salut), 1 },
		{ "determiners", offsetof(struct lang, determiners), 1 },
		{ "colon_starters", offsetof(struct lang, colon), 1 },
		{ "time_abbreviations", offsetof(struct lang, times), 1 },
	};
	struct lang *l = lang;
	struct dp_strset *set;
	char **words, *p;
	size_t i, j, n;

	(void)arg;
	if (file != NULL && strcmp(file, "langid.yaml") == 0) {
		words = dp_yaml_strings(y, "words", &n);
		for (j = 0; j < n; j++)
			*dp_strset_add(l->starters, words[j],
			    strlen(words[j])) = 1;
		free(words);
		return;
	}
	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		if (dp_yaml_get(y, dp_yaml_root(y), lists[i].key) == 0)
			continue;
		set = *(struct dp_strset **)((char *)l + lists[i].set);
		words = dp_yaml_strings(y, lists[i].key, &n);
		for (j = 0; j < n; j++) {
			/* Apostrophes are looked up as U+0027. */
			while ((p = strstr(words[j], "\xe2\x80\x99")) != NULL) {
				*p = '\'';
				memmove(p + 1, p + 3, strlen(p + 3) + 1);
			}
			*dp_strset_add(set, words[j], strlen(words[j])) |=
			    lists[i].value;
		}
		free(words);
	}
}

/*
 * After the lexicons, the user's too: whether a comma is a soft stop; the
 * boundary model of LEXDIR/LANG/segment.model, if the language has one
 * and the run (arg, its context) trains none.
 */
static void
lang_done(void *lang, const char *dir, void *arg)
{
	const struct ctx *x = arg;
	struct lang *l = lang;
	struct dp_buf path = { 0 };
	FILE *fp;

	/* the most frequent of marks, asked at once (ends_without_stop) */
	l->comma_soft = dp_strset_find(l->soft, ",", 1) != NULL;
	if (dir == NULL || (x != NULL && x->train != NULL))
		return;
	dp_buf_printf(&path, "%s/segment.model", dir);
	if ((fp = fopen(dp_buf_cstr(&path), "rb")) != NULL) {
		fclose(fp);
		l->model = dp_model_load(path.data);
		if (strncmp(dp_model_about(l->model), BOUNDARY_FEATURES,
		    strlen(BOUNDARY_FEATURES)) != 0 ||
		    dp_model_nlabels(l->model) != 2)
			dp_die(DP_EX_CONFIG, "%s: a model for other features "
			    "(%s)", path.data, dp_model_about(l->model));
	}
	dp_buf_free(&path);
}

/* Their files under LEXDIR/LANG/, after profile.yaml. */
static const char *const lang_files[] = { "segment.yaml", "langid.yaml",
    NULL };
const struct dp_lang_ops lang_ops = {
	.files = lang_files, .size = sizeof(struct lang), .init = lang_init,
	.load = lang_load, .done = lang_done, .free = lang_free,
};
