/*
 * record.c: what the tools after segment read from a record besides its
 * text: the language, the span arrays and the entities.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

/* Skips the JSON value at p (the reader has validated it); returns its end. */
/*
 * The byte after the closing quote of a JSON string whose contents begin
 * at p: the first quote after p that an odd run of backslashes does not
 * escape (memchr(3) finds the quotes; a backslash is rare).
 */
static const char *
string_end(const char *p, const char *end)
{
	const char *q, *b;

	while ((q = memchr(p, '"', (size_t)(end - p))) != NULL) {
		for (b = q; b > p && b[-1] == '\\'; b--)
			;
		if ((q - b) % 2 == 0)
			return q + 1;
		p = q + 1;
	}
	return end + 1;
}

static const char *
skip_value(const char *p, const char *end)
{
	int depth = 0;

	do {
		if (*p == '"') {
			p = string_end(p + 1, end);
			continue;
		}
		if (*p == '[' || *p == '{')
			depth++;
		else if (*p == ']' || *p == '}')
			depth--;
		else if (depth == 0 && (*p == ',' || *p == ' ' ||
		    *p == '\n' || *p == '\t' || *p == '\r'))
			return p;
		p++;
	} while (p < end && depth > 0);
	while (depth == 0 && p < end && *p != ',' && *p != '}' &&
	    *p != ']' && *p != ' ' && *p != '\n' && *p != '\t' && *p != '\r')
		p++;
	return p;
}

static const char *
skip_space(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\n' || *p == '\t' ||
	    *p == '\r'))
		p++;
	return p;
}

void
dp_record_lang(const struct dp_record *r, const char *forced, char *code,
    size_t size)
{
	const struct dp_field *f;
	const char *s = forced;
	size_t i, n = forced != NULL ? strlen(forced) : 0;

	if (s == NULL && (f = dp_record_get(r, "lang")) != NULL &&
	    f->type == DP_STRING && !f->escaped) {
		s = r->line + f->start + 1;
		n = f->end - f->start - 2;
	}
	/* "fr-CA" and "en_US" use the files of "fr" and "en". */
	for (i = 0; s != NULL && i < n && i + 1 < size && s[i] != '-' &&
	    s[i] != '_'; i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= 'A' && s[i] <= 'Z')))
			break;
		code[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	}
	if (s == NULL || i == 0 || (i < n && s[i] != '-' && s[i] != '_'))
		i = strlen(strncpy(code, "und", size - 1));
	code[i] = '\0';
}

ssize_t
dp_record_spans(const struct dp_record *r, const char *key,
    const char *owner, uint32_t **v, size_t *cap)
{
	const struct dp_field *f;
	ssize_t n;

	if ((f = dp_record_get(r, key)) == NULL) {
		dp_warnat(r->name, r->lineno, "no \"%s\" (run %s first)", key,
		    owner);
		return -1;
	}
	if (f->nspans >= 0) {
		/* Read while the record was checked. */
		if (dp_resize_cap(cap, 2 * (size_t)f->nspans + 2))
			*v = dp_reallocarray(*v, *cap, sizeof(**v));
		if (f->nspans > 0)	/* r->spans is NULL before any */
			memcpy(*v, r->spans + f->span0, 2 *
			    (size_t)f->nspans * sizeof(**v));
		return f->nspans;
	}
	if ((n = dp_json_spans_parse(r->line + f->start, f->end - f->start,
	    v, cap)) < 0)
		dp_warnat(r->name, r->lineno, "\"%s\" is not an array of "
		    "[start,end] spans", key);
	return n;
}

int
dp_json_next(const char **pp, const char *end, const char **key,
    size_t *keylen, const char **val, const char **valend)
{
	const char *p = *pp;

	if (p < end && (*p == '{' || *p == '['))
		p++;
	while ((p = skip_space(p, end)) < end && *p == ',')
		p++;
	if (p >= end || *p == '}' || *p == ']') {
		*pp = p < end ? p + 1 : p;
		return 0;
	}
	if (key != NULL) {
		if (*p != '"')
			return -1;
		*key = ++p;
		while (p < end && *p != '"')
			p += *p == '\\' ? 2 : 1;
		*keylen = (size_t)(p - *key);
		p = skip_space(p + 1, end);
		if (p >= end || *p != ':')
			return -1;
		p = skip_space(p + 1, end);
	}
	if (p >= end)
		return -1;
	*val = p;
	*pp = *valend = skip_value(p, end);
	return 1;
}

/*
 * The digits at *p, at most ten, as a number no larger than 2^32 - 1, in
 * *v, *p moved past them; -1 if there are none or it is larger.
 */
static int
read_u32(const char **p, const char *end, uint32_t *v)
{
	const char *s = *p;
	uint64_t x = 0;

	while (s < end && *s >= '0' && *s <= '9' && s - *p < 11)
		x = x * 10 + (uint64_t)(*s++ - '0');
	if (s == *p || x > UINT32_MAX)
		return -1;
	*p = s;
	*v = (uint32_t)x;
	return 0;
}

/*
 * An entity as tag-entities writes it, its start, end and label first
 * ({"start":0,"end":5,"label":"PER",...): the three read at once, and p
 * left after them for the fields that follow (most of the records the
 * last tool reads, and their entities, are so).  Returns 1 if so, else
 * 0, p and e untouched, for the general reading.
 */
static int
tagger_entity(const char **pp, const char *end, struct dp_entity *e)
{
	const char *p = *pp, *label;
	uint32_t start, stop;

	if ((size_t)(end - p) < 32 || memcmp(p, "{\"start\":", 9) != 0)
		return 0;
	p += 9;
	if (read_u32(&p, end, &start) == -1 || (size_t)(end - p) < 7 ||
	    memcmp(p, ",\"end\":", 7) != 0)
		return 0;
	p += 7;
	if (read_u32(&p, end, &stop) == -1 || (size_t)(end - p) < 10 ||
	    memcmp(p, ",\"label\":\"", 10) != 0)
		return 0;
	label = p += 10;
	while (p < end && *p != '"' && *p != '\\')
		p++;
	if (p >= end || *p != '"')
		return 0;
	e->start = start;
	e->end = stop;
	e->label = label;
	e->labellen = (size_t)(p - label);
	*pp = p + 1;
	return 1;
}

/* Reads one entity object at p into e; returns its end, or NULL. */
static const char *
read_entity(const char *p, const char *end, struct dp_entity *e)
{
	const char *key, *val, *vend;
	size_t keylen;
	int have = 0, got;

	memset(e, 0, sizeof(*e));
	if (*p != '{')
		return NULL;
	if (tagger_entity(&p, end, e))
		have = 3;
	while ((got = dp_json_next(&p, end, &key, &keylen, &val, &vend)) ==
	    1) {
		if ((keylen == 5 && memcmp(key, "start", 5) == 0) ||
		    (keylen == 3 && memcmp(key, "end", 3) == 0)) {
			uint64_t x = 0;
			const char *num;

			if (*val < '0' || *val > '9')
				return NULL;
			/* a valid JSON number (the line was checked): digits,
			 * then a fraction or an exponent, which no span has */
			for (num = val; num < vend && *num >= '0' &&
			    *num <= '9'; num++)
				if ((x = x * 10 + (uint64_t)(*num - '0')) >
				    UINT32_MAX)
					return NULL;
			if (num < vend && (*num == '.' || *num == 'e' ||
			    *num == 'E'))
				return NULL;
			if (*key == 's')
				e->start = (uint32_t)x;
			else
				e->end = (uint32_t)x;
			have |= *key == 's' ? 1 : 2;
		} else if (((keylen == 5 && memcmp(key, "label", 5) == 0) ||
		    (keylen == 4 && memcmp(key, "type", 4) == 0 &&
		    e->label == NULL)) && *val == '"') {
			e->label = val + 1;
			e->labellen = strcspn(e->label, "\"\\");
		}
	}
	if (got < 0 || have != 3 || e->start > e->end)
		return NULL;
	return p;
}

ssize_t
dp_record_entities(const struct dp_record *r, const char *owner,
    struct dp_entity **v, size_t *cap)
{
	const struct dp_field *f;
	const char *p, *end;
	size_t n = 0;

	if ((f = dp_record_get(r, "entities")) == NULL) {
		dp_warnat(r->name, r->lineno, "no \"entities\" (run %s first)",
		    owner);
		return -1;
	}
	p = r->line + f->start;
	end = r->line + f->end;
	if (f->type != DP_ARRAY)
		goto bad;
	for (p = skip_space(p + 1, end); p < end && *p != ']';) {
		if (*p == ',') {
			p = skip_space(p + 1, end);
			continue;
		}
		if (n == *cap) {
			*cap = *cap ? 2 * *cap : 64;
			*v = dp_reallocarray(*v, *cap, sizeof(**v));
		}
		if ((p = read_entity(p, end, &(*v)[n++])) == NULL)
			goto bad;
		p = skip_space(p, end);
	}
	return (ssize_t)n;
bad:
	dp_warnat(r->name, r->lineno, "\"entities\" is not an array of "
	    "objects with a start and an end");
	return -1;
}

int
dp_record_check_spans(const struct dp_record *r, const char *what,
    const uint32_t *v, size_t n, size_t limit)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v[2 * i + 1] > limit || v[2 * i] >= v[2 * i + 1] ||
		    (i > 0 && v[2 * i] < v[2 * i - 1])) {
			dp_warnat(r->name, r->lineno, "%s %zu [%u,%u] is empty, "
			    "out of order or beyond the text", what, i,
			    v[2 * i], v[2 * i + 1]);
			return -1;
		}
	return 0;
}
