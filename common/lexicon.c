/*
 * lexicon.c: YAML documents over libyaml, for lexicons, rule files and
 * front matter.  A document is loaded whole (these files are small) and
 * read through node handles; every error names file:line:column.
 */

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "common.h"

struct dp_yaml {
	yaml_document_t	 doc;
	char		*name;
	unsigned long	 firstline;
	size_t		 srclen;	/* the text's bytes */
};

/*
 * What a document may be: libyaml's scanner takes time quadratic in the
 * nesting of flow collections ([[[...]]]: 200 KB, 48 s), and aliases let a
 * list of words refer to one long word over and over (billion laughs).
 * Lexicons and front matter need neither.
 */
#define YAML_MAX_DEPTH	64		/* flow collections in each other */
#define YAML_MAX_SIZE	(256UL << 20)	/* bytes of a document */
#define YAML_GROWTH	64		/* a list's words / the document */

static int	 load(struct dp_yaml *, const char *, size_t, char *, size_t);
static int	 parse(struct dp_yaml *, yaml_parser_t *, char *, size_t);
static int	 is_blank(char);
static char	**pack(const struct dp_yaml *, dp_node, const char *, size_t,
		    size_t, size_t);
static yaml_node_t *node(const struct dp_yaml *, dp_node);

/*
 * Does a quote at s[i] open a quoted scalar: at a line's start, after [ {
 * or , or after : - ? and a space?  Inside a plain scalar (l'an, a 'b) it
 * is a letter, and reading it as a quote would hide the brackets after it.
 */
static int
opens_scalar(const char *s, size_t i)
{
	size_t j = i;

	while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t'))
		j--;
	if (j == 0 || s[j - 1] == '\n' || s[j - 1] == '[' || s[j - 1] == '{' ||
	    s[j - 1] == ',')
		return 1;
	return j < i && (s[j - 1] == ':' || s[j - 1] == '-' || s[j - 1] == '?');
}

/*
 * The line (from 1) where flow collections, [ and { outside quotes and
 * comments, nest deeper than YAML_MAX_DEPTH in the n bytes at s; or 0.
 */
static unsigned long
too_deep(const char *s, size_t n)
{
	unsigned long line = 1;
	size_t i, depth = 0;
	char quote = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '\n')
			line++;
		if (quote != 0) {
			if (s[i] == '\\' && quote == '"' && i + 1 < n)
				i++;
			else if (s[i] == quote)
				quote = 0;
		} else if (s[i] == '#' && (i == 0 || s[i - 1] == ' ' ||
		    s[i - 1] == '\t' || s[i - 1] == '\n')) {
			while (i + 1 < n && s[i + 1] != '\n')
				i++;
		} else if ((s[i] == '"' || s[i] == '\'') && opens_scalar(s, i))
			quote = s[i];
		else if (s[i] == '[' || s[i] == '{') {
			if (++depth > YAML_MAX_DEPTH)
				return line;
		} else if ((s[i] == ']' || s[i] == '}') && depth > 0)
			depth--;
	}
	return 0;
}

/*
 * Loads the document text[0..len) into y, after the limits above.
 * Returns 0, or -1 with "name:line:column: problem" in err.
 */
static int
load(struct dp_yaml *y, const char *text, size_t len, char *err,
    size_t errsize)
{
	yaml_parser_t parser;
	unsigned long line;
	int rc;

	y->srclen = len;
	if (len > YAML_MAX_SIZE) {
		snprintf(err, errsize, "%s: larger than %lu MB", y->name,
		    YAML_MAX_SIZE >> 20);
		return -1;
	}
	if ((line = too_deep(text, len)) != 0) {
		snprintf(err, errsize, "%s:%lu: nested deeper than %d",
		    y->name, line + y->firstline - 1, YAML_MAX_DEPTH);
		return -1;
	}
	if (!yaml_parser_initialize(&parser))
		dp_die(DP_EX_OSERR, "out of memory");
	yaml_parser_set_input_string(&parser, (const unsigned char *)text,
	    len);
	rc = parse(y, &parser, err, errsize);
	yaml_parser_delete(&parser);
	return rc;
}

static int
parse(struct dp_yaml *y, yaml_parser_t *parser, char *err, size_t errsize)
{
	const char *ctx;

	if (yaml_parser_load(parser, &y->doc))
		return 0;
	ctx = parser->context != NULL ? parser->context : NULL;
	snprintf(err, errsize, "%s:%lu:%lu: %s%s%s", y->name,
	    (unsigned long)parser->problem_mark.line + y->firstline,
	    (unsigned long)parser->problem_mark.column + 1,
	    parser->problem != NULL ? parser->problem : "bad YAML",
	    ctx != NULL ? " " : "", ctx != NULL ? ctx : "");
	return -1;
}

struct dp_yaml *
dp_yaml_load(const char *path)
{
	struct dp_yaml *y;
	struct dp_buf text = { 0 };
	char err[512], chunk[65536];
	FILE *fp;
	size_t n;
	int rc;

	if ((fp = fopen(path, "rb")) == NULL)
		dp_die(DP_EX_CONFIG, "%s: %s", path, strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0 &&
	    text.len <= YAML_MAX_SIZE)
		dp_buf_add(&text, chunk, n);
	if (ferror(fp))
		dp_die(DP_EX_CONFIG, "%s: %s", path, strerror(errno));
	fclose(fp);
	y = dp_calloc(1, sizeof(*y));
	y->name = dp_strdup(path);
	y->firstline = 1;
	rc = load(y, text.data != NULL ? text.data : "", text.len, err,
	    sizeof(err));
	dp_buf_free(&text);
	if (rc == -1)
		dp_die(DP_EX_CONFIG, "%s", err);
	if (dp_yaml_root(y) == 0)
		dp_die(DP_EX_CONFIG, "%s: empty document", path);
	return y;
}

struct dp_yaml *
dp_yaml_parse(const char *text, size_t len, const char *name,
    unsigned long firstline, char *err, size_t errsize)
{
	struct dp_yaml *y;

	y = dp_calloc(1, sizeof(*y));
	y->name = dp_strdup(name);
	y->firstline = firstline;
	if (load(y, text, len, err, errsize) == -1) {
		free(y->name);
		free(y);
		return NULL;
	}
	return y;
}

void
dp_yaml_free(struct dp_yaml *y)
{
	if (y == NULL)
		return;
	yaml_document_delete(&y->doc);
	free(y->name);
	free(y);
}

static yaml_node_t *
node(const struct dp_yaml *y, dp_node id)
{
	return yaml_document_get_node((yaml_document_t *)&y->doc, id);
}

dp_node
dp_yaml_root(const struct dp_yaml *y)
{
	return node(y, 1) != NULL ? 1 : 0;
}

int
dp_yaml_is_map(const struct dp_yaml *y, dp_node id)
{
	yaml_node_t *n = node(y, id);

	return n != NULL && n->type == YAML_MAPPING_NODE;
}

int
dp_yaml_is_seq(const struct dp_yaml *y, dp_node id)
{
	yaml_node_t *n = node(y, id);

	return n != NULL && n->type == YAML_SEQUENCE_NODE;
}

const char *
dp_yaml_scalar(const struct dp_yaml *y, dp_node id, size_t *lenp)
{
	yaml_node_t *n = node(y, id);

	if (n == NULL || n->type != YAML_SCALAR_NODE)
		return NULL;
	if (lenp != NULL)
		*lenp = n->data.scalar.length;
	return (const char *)n->data.scalar.value;
}

size_t
dp_yaml_len(const struct dp_yaml *y, dp_node id)
{
	yaml_node_t *n = node(y, id);

	if (n == NULL)
		return 0;
	if (n->type == YAML_SEQUENCE_NODE)
		return (size_t)(n->data.sequence.items.top -
		    n->data.sequence.items.start);
	if (n->type == YAML_MAPPING_NODE)
		return (size_t)(n->data.mapping.pairs.top -
		    n->data.mapping.pairs.start);
	return 0;
}

dp_node
dp_yaml_item(const struct dp_yaml *y, dp_node id, size_t i)
{
	yaml_node_t *n = node(y, id);

	if (n == NULL || n->type != YAML_SEQUENCE_NODE ||
	    i >= dp_yaml_len(y, id))
		return 0;
	return n->data.sequence.items.start[i];
}

dp_node
dp_yaml_key(const struct dp_yaml *y, dp_node id, size_t i)
{
	yaml_node_t *n = node(y, id);

	if (n == NULL || n->type != YAML_MAPPING_NODE ||
	    i >= dp_yaml_len(y, id))
		return 0;
	return n->data.mapping.pairs.start[i].key;
}

dp_node
dp_yaml_value(const struct dp_yaml *y, dp_node id, size_t i)
{
	yaml_node_t *n = node(y, id);

	if (n == NULL || n->type != YAML_MAPPING_NODE ||
	    i >= dp_yaml_len(y, id))
		return 0;
	return n->data.mapping.pairs.start[i].value;
}

dp_node
dp_yaml_get(const struct dp_yaml *y, dp_node map, const char *key)
{
	const char *k;
	size_t i, n, len;

	n = dp_yaml_len(y, map);
	for (i = 0; dp_yaml_is_map(y, map) && i < n; i++) {
		k = dp_yaml_scalar(y, dp_yaml_key(y, map, i), &len);
		if (k != NULL && len == strlen(key) &&
		    memcmp(k, key, len) == 0)
			return dp_yaml_value(y, map, i);
	}
	return 0;
}

void
dp_yaml_die(const struct dp_yaml *y, dp_node id, const char *fmt, ...)
{
	yaml_node_t *n = node(y, id);
	va_list ap;

	if (n != NULL)
		fprintf(stderr, "%s: %s:%lu:%lu: ", dp_getprogname(), y->name,
		    (unsigned long)n->start_mark.line + y->firstline,
		    (unsigned long)n->start_mark.column + 1);
	else
		fprintf(stderr, "%s: %s: ", dp_getprogname(), y->name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(DP_EX_CONFIG);
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/*
 * Packs n strings into one allocation: the NULL-terminated array of
 * pointers, then the strings.  The words are either the scalars of a
 * sequence (seq != 0) or the blank-separated words of one scalar.
 */
static char **
pack(const struct dp_yaml *y, dp_node seq, const char *s, size_t len,
    size_t n, size_t bytes)
{
	char **v, *p;
	const char *w;
	size_t i, j = 0, wlen = 0;

	v = dp_malloc((n + 1) * sizeof(*v) + bytes + n);
	p = (char *)(v + n + 1);
	for (i = 0; i < n; i++) {
		if (seq != 0)
			w = dp_yaml_scalar(y, dp_yaml_item(y, seq, i), &wlen);
		else {
			while (is_blank(s[j]))
				j++;
			for (w = s + j, wlen = 0; j < len && !is_blank(s[j]);
			    j++)
				wlen++;
		}
		memcpy(p, w, wlen);
		p[wlen] = '\0';
		v[i] = p;
		p += wlen + 1;
	}
	v[n] = NULL;
	return v;
}

char **
dp_yaml_strings(const struct dp_yaml *y, const char *key, size_t *np)
{
	dp_node list, item;
	const char *s;
	size_t i, n = 0, len, bytes = 0;

	if (!dp_yaml_is_map(y, dp_yaml_root(y)))
		dp_yaml_die(y, dp_yaml_root(y), "a mapping expected");
	list = dp_yaml_get(y, dp_yaml_root(y), key);
	if (list == 0)
		dp_yaml_die(y, dp_yaml_root(y), "no '%s' list", key);
	/* A long word list loads faster as one block of words. */
	if ((s = dp_yaml_scalar(y, list, &len)) != NULL) {
		for (i = 0; i < len; i++) {
			n += !is_blank(s[i]) && (i == 0 || is_blank(s[i - 1]));
			bytes += !is_blank(s[i]);
		}
		*np = n;
		return pack(y, 0, s, len, n, bytes);
	}
	if (!dp_yaml_is_seq(y, list))
		dp_yaml_die(y, list, "'%s' must be a list", key);
	n = dp_yaml_len(y, list);
	for (i = 0; i < n; i++) {
		item = dp_yaml_item(y, list, i);
		if (dp_yaml_scalar(y, item, &len) == NULL)
			dp_yaml_die(y, item, "'%s' items must be strings", key);
		bytes += len;
	}
	if (bytes / YAML_GROWTH > y->srclen)
		dp_yaml_die(y, list, "'%s' expands too much (aliases)", key);
	*np = n;
	return pack(y, list, NULL, 0, n, bytes);
}

