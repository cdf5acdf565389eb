/*
 * lang.c: one loader for every tool's language resources.  A language is
 * loaded the first time a record asks for it: its profile (profile.yaml,
 * the properties in which languages differ), then the tool's lexicon files
 * under the lexicon directory's LANG/, then the user's overlay (-L).  What
 * the files mean is the tool's: it is handed each YAML document in turn.
 */

#include <sys/stat.h>

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

struct dp_langs {
	const struct dp_lang_ops *ops;
	const char	*user;		/* the overlay, or NULL */
	void		*arg;
	int		 compiling;	/* from files: no image, no overlay */
	struct entry {
		char	 code[16];	/* the tool keeps a pointer to it */
		void	*lang;
		struct dp_image *image;	/* what lang may use in place */
	}		**v;
	size_t		 n;
};

static int	 has_files(const char *);
static int	 load_file(struct dp_langs *, void *, const char *,
		    const char *, int);

struct dp_langs *
dp_langs_new(const struct dp_lang_ops *ops, const char *user, void *arg)
{
	struct dp_langs *ls = dp_calloc(1, sizeof(*ls));

	ls->ops = ops;
	ls->user = user;
	ls->arg = arg;
	return ls;
}

int
dp_lang_undetermined(const char *code)
{
	return code[0] == '\0' || strcmp(code, "und") == 0;
}

/* Only a primary subtag of letters names a directory ("und" has none). */
static int
has_files(const char *code)
{
	return !dp_lang_undetermined(code) &&
	    strspn(code, "abcdefghijklmnopqrstuvwxyz") == strlen(code);
}

/*
 * Hands the tool the YAML file at path, if it exists; a missing file of
 * the user's exits 78, a missing built-in one is skipped.  Returns 1 if
 * the file was read.
 */
static int
load_file(struct dp_langs *ls, void *lang, const char *path,
    const char *file, int user)
{
	struct dp_yaml *y;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL) {
		if (user)
			dp_die(DP_EX_CONFIG, "%s: %s", path, strerror(errno));
		return 0;
	}
	fclose(fp);
	y = dp_yaml_load(path);
	if (!dp_yaml_is_map(y, dp_yaml_root(y)))
		dp_yaml_die(y, dp_yaml_root(y), "a mapping expected");
	ls->ops->load(lang, file, y, ls->arg);
	dp_yaml_free(y);
	return 1;
}

/*
 * The files an image of the language is built from, under its directory:
 * profile.yaml, the tool's files, what else the tool names.  NULL-ended,
 * to free.
 */
static const char **
image_sources(const struct dp_lang_ops *ops)
{
	const char **v;
	size_t n = 1, i, k = 0;

	for (i = 0; ops->files[i] != NULL; i++)
		n++;
	for (i = 0; ops->image_also != NULL && ops->image_also[i] != NULL; i++)
		n++;
	v = dp_reallocarray(NULL, n + 1, sizeof(*v));
	v[k++] = "profile.yaml";
	for (i = 0; ops->files[i] != NULL; i++)
		v[k++] = ops->files[i];
	for (i = 0; ops->image_also != NULL && ops->image_also[i] != NULL; i++)
		v[k++] = ops->image_also[i];
	v[k] = NULL;
	return v;
}

/*
 * The language from its image in dir, if it has a good one: 1, else 0.  A
 * bad or stale image is said once and left for the files.
 */
static int
load_image(struct dp_langs *ls, struct entry *e, const char *dir)
{
	struct dp_buf path = { 0 };
	struct dp_image *img;
	const char *why;

	if (ls->ops->image == NULL || ls->compiling)
		return 0;
	dp_buf_printf(&path, "%s/%s", dir, ls->ops->image);
	img = dp_image_open(dp_buf_cstr(&path), ls->ops->image_format, dir,
	    &why);
	if (img != NULL && ls->ops->image_load(e->lang, img, ls->arg) == -1) {
		why = "its sections are not the language's";
		/* what it half made goes */
		ls->ops->free(e->lang);
		memset(e->lang, 0, ls->ops->size);
		ls->ops->init(e->lang, e->code, ls->arg);
		dp_image_close(img);
		img = NULL;
	}
	if (img == NULL && why != NULL)
		dp_warn("%s: %s; reading the lexicons instead", path.data, why);
	dp_buf_free(&path);
	e->image = img;
	return img != NULL;
}

/* The language's own files: its image, else profile.yaml and the tool's. */
static void
load_files(struct dp_langs *ls, struct entry *e, const char *dir)
{
	struct dp_buf path = { 0 };
	void *lang = e->lang;
	size_t i;

	if (load_image(ls, e, dir))
		return;
	dp_buf_printf(&path, "%s/profile.yaml", dir);
	load_file(ls, lang, dp_buf_cstr(&path), "profile.yaml", 0);
	for (i = 0; ls->ops->files[i] != NULL; i++) {
		dp_buf_reset(&path);
		dp_buf_printf(&path, "%s/%s", dir, ls->ops->files[i]);
		load_file(ls, lang, dp_buf_cstr(&path), ls->ops->files[i], 0);
	}
	dp_buf_free(&path);
}

/*
 * Jobs' contexts may share a dp_langs whose languages are only read once
 * loaded (extract-claims'): a language is looked up and loaded under this
 * lock.  Uncontended, it costs a record next to nothing.
 */
static pthread_mutex_t langs_lock = PTHREAD_MUTEX_INITIALIZER;

static void	*get_lang(struct dp_langs *, const char *);

void *
dp_langs_get(struct dp_langs *ls, const char *code)
{
	void *lang;

	pthread_mutex_lock(&langs_lock);
	lang = get_lang(ls, code);
	pthread_mutex_unlock(&langs_lock);
	return lang;
}

static void *
get_lang(struct dp_langs *ls, const char *code)
{
	struct dp_buf dir = { 0 };
	struct entry *e;
	const char *top;
	void *lang;
	size_t i;

	for (i = 0; i < ls->n; i++)
		if (strcmp(ls->v[i]->code, code) == 0)
			return ls->v[i]->lang;
	ls->v = dp_reallocarray(ls->v, ls->n + 1, sizeof(*ls->v));
	e = ls->v[ls->n++] = dp_calloc(1, sizeof(*e));
	snprintf(e->code, sizeof(e->code), "%s", code);
	lang = e->lang = dp_calloc(1, ls->ops->size);
	ls->ops->init(lang, e->code, ls->arg);
	if ((top = dp_lexicon_dir()) != NULL && has_files(code)) {
		dp_buf_printf(&dir, "%s/%s", top, code);
		load_files(ls, e, dp_buf_cstr(&dir));
	}
	if (ls->user != NULL && !ls->compiling)
		load_file(ls, lang, ls->user, NULL, 1);
	if (ls->ops->done != NULL)
		ls->ops->done(lang, dir.len > 0 ? dp_buf_cstr(&dir) : NULL,
		    ls->arg);
	dp_buf_free(&dir);
	return lang;
}

void
dp_langs_compile(struct dp_langs *ls, const char *code, const char *path)
{
	struct dp_buf dir = { 0 }, out = { 0 }, where = { 0 };
	const char **sources;
	struct stat st;
	const char *top;
	void *lang;

	if (ls->ops->image == NULL)
		dp_die(DP_EX_SOFTWARE, "no image for this tool's languages");
	if ((top = dp_lexicon_dir()) == NULL || !has_files(code))
		dp_die(DP_EX_USAGE, "%s: no lexicons to compile", code);
	dp_buf_printf(&dir, "%s/%s", top, code);
	if (stat(dp_buf_cstr(&dir), &st) == -1 || !S_ISDIR(st.st_mode))
		dp_die(DP_EX_NOINPUT, "%s: no lexicons to compile", dir.data);
	ls->compiling = 1;
	lang = dp_langs_get(ls, code);
	ls->compiling = 0;
	sources = image_sources(ls->ops);
	dp_image_begin(&out, ls->ops->image_format, dp_buf_cstr(&dir),
	    sources);
	ls->ops->image_save(lang, &out, ls->arg);
	if (path == NULL)
		dp_buf_printf(&where, "%s/%s", dir.data, ls->ops->image);
	else
		dp_buf_adds(&where, path);
	if (dp_image_save(&out, dp_buf_cstr(&where)) == -1)
		dp_die(DP_EX_CANTCREAT, "%s: %s", where.data, strerror(errno));
	free(sources);
	dp_buf_free(&dir);
	dp_buf_free(&out);
	dp_buf_free(&where);
}

void
dp_langs_free(struct dp_langs *ls)
{
	size_t i;

	if (ls == NULL)
		return;
	for (i = 0; i < ls->n; i++) {
		if (ls->ops->free != NULL)
			ls->ops->free(ls->v[i]->lang);
		dp_image_close(ls->v[i]->image);
		free(ls->v[i]->lang);
		free(ls->v[i]);
	}
	free(ls->v);
	free(ls);
}

int
dp_profile_bool(const struct dp_yaml *y, const char *key, int *v)
{
	dp_node node;
	const char *s;
	size_t n;

	if ((node = dp_yaml_get(y, dp_yaml_root(y), key)) == 0)
		return 0;
	if ((s = dp_yaml_scalar(y, node, &n)) != NULL) {
		if ((n == 4 && memcmp(s, "true", 4) == 0) ||
		    (n == 3 && memcmp(s, "yes", 3) == 0)) {
			*v = 1;
			return 1;
		}
		if ((n == 5 && memcmp(s, "false", 5) == 0) ||
		    (n == 2 && memcmp(s, "no", 2) == 0)) {
			*v = 0;
			return 1;
		}
	}
	dp_yaml_die(y, node, "%s: true or false expected", key);
}

int
dp_profile_choice(const struct dp_yaml *y, const char *key,
    const char *const *choices, int *v)
{
	dp_node node;
	const char *s;
	size_t n;
	int i;

	if ((node = dp_yaml_get(y, dp_yaml_root(y), key)) == 0)
		return 0;
	if ((s = dp_yaml_scalar(y, node, &n)) != NULL)
		for (i = 0; choices[i] != NULL; i++)
			if (strlen(choices[i]) == n &&
			    memcmp(choices[i], s, n) == 0) {
				*v = i;
				return 1;
			}
	dp_yaml_die(y, node, "%s: not one of the choices the manual lists",
	    key);
}
