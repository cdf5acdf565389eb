/*
 * page.c: one self-contained HTML page of depeche records: each article
 * with its meta, its text in paragraphs with sentences, entities and the
 * spans of claims marked, and its claims as a list (source, cue, content,
 * kind, flags) whose items link to their spans; an index of the articles
 * and a summary of the corpus (entities by label, claims by kind, the
 * sources with most claims).  Whatever stage the records come from, it
 * shows what they have.  Everything from a record is escaped.  The page
 * is written as the records come: the index and summary, written last,
 * are shown first by the page's style (to-html(1)).
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "to-html.h"

const char *const kinds[NKINDS] = { "assertion", "report", "accusation",
	"denial", "warning", "demand", "other" };
const char *const entity_labels[] = { "PER", "LOC", "ORG", "MISC", "NORP",
	"DATE", "QUANTITY", "MONEY", "PERCENT", NULL };

/* Appends s as HTML text or attribute value: & < > " ' escaped. */
static void
put_html(struct dp_buf *b, const char *s, size_t n)
{
	size_t i, run = 0;

	for (i = 0; i < n; i++) {
		const char *e;

		switch (s[i]) {
		case '&': e = "&amp;"; break;
		case '<': e = "&lt;"; break;
		case '>': e = "&gt;"; break;
		case '"': e = "&quot;"; break;
		case '\'': e = "&#39;"; break;
		default: continue;
		}
		dp_buf_add(b, s + run, i - run);
		dp_buf_adds(b, e);
		run = i + 1;
	}
	dp_buf_add(b, s + run, n - run);
}

/* A JSON string value [v, vend) decoded, then as HTML. */
static void
put_json_html(struct ctx *x, struct dp_buf *b, const char *v,
    const char *vend)
{
	if (vend - v < 2 || *v != '"') {
		put_html(b, v, (size_t)(vend - v));	/* a number, true… */
		return;
	}
	dp_buf_reset(&x->scratch);
	if (dp_json_unescape(&x->scratch, v + 1, (size_t)(vend - v - 2),
	    NULL) != 0)
		dp_buf_adds(&x->scratch, "\xef\xbf\xbd");
	put_html(b, x->scratch.data, x->scratch.len);
}

/* The text of code points [start, end) of the record, as HTML. */
static void
put_text(struct ctx *x, struct dp_buf *b, uint32_t start, uint32_t end)
{
	put_html(b, x->textbuf.data + x->boff[start], x->boff[end] -
	    x->boff[start]);
}

static int
is_key(const char *key, size_t keylen, const char *name)
{
	return strlen(name) == keylen && memcmp(key, name, keylen) == 0;
}

/* A span object {"start":…,"end":…}; returns 0 if it is none. */
static int
read_span(const char *p, const char *end, uint32_t ncps, struct mark *m)
{
	const char *key, *val, *vend;
	size_t keylen;
	int have = 0;
	unsigned long v;

	if (p >= end || *p != '{')
		return 0;
	while (dp_json_next(&p, end, &key, &keylen, &val, &vend) == 1) {
		if (*val < '0' || *val > '9')
			continue;
		v = strtoul(val, NULL, 10);
		if (is_key(key, keylen, "start")) {
			m->start = (uint32_t)v;
			have |= 1;
		} else if (is_key(key, keylen, "end")) {
			m->end = (uint32_t)v;
			have |= 2;
		}
	}
	return have == 3 && m->start < m->end && m->end <= ncps;
}

static struct mark *
new_mark(struct ctx *x)
{
	struct mark *m;

	if (x->nmarks == x->capmarks) {
		x->capmarks = x->capmarks ? 2 * x->capmarks : 64;
		x->marks = dp_reallocarray(x->marks, x->capmarks,
		    sizeof(*x->marks));
	}
	m = &x->marks[x->nmarks++];
	memset(m, 0, sizeof(*m));
	m->claim = -1;
	return m;
}

/* The record's entities as marks, counted by label. */
static void
read_entities(struct ctx *x, const struct dp_record *r)
{
	const struct dp_field *f = dp_record_get(r, "entities");
	const char *p, *end, *v, *vend, *key, *val, *valend, *q;
	struct mark *m;
	size_t keylen, i;

	if (f == NULL || f->type != DP_ARRAY)
		return;
	p = r->line + f->start;
	end = r->line + f->end;
	while (dp_json_next(&p, end, NULL, NULL, &v, &vend) == 1) {
		m = new_mark(x);
		if (!read_span(v, vend, (uint32_t)x->ncps, m)) {
			x->nmarks--;
			continue;
		}
		for (q = v; dp_json_next(&q, vend, &key, &keylen, &val,
		    &valend) == 1; )
			if ((is_key(key, keylen, "label") ||
			    (is_key(key, keylen, "type") && m->what == NULL)) &&
			    *val == '"') {
				m->what = val + 1;
				m->whatlen = strcspn(m->what, "\"\\");
			} else if ((is_key(key, keylen, "key") ||
			    is_key(key, keylen, "value") ||
			    is_key(key, keylen, "date")) && *val != 'n' &&
			    m->key == NULL) {
				m->key = val;
				m->keyend = valend;
			}
		if (m->what == NULL) {
			x->nmarks--;
			continue;
		}
		x->nents++;
		for (i = 0; entity_labels[i] != NULL; i++)
			if (strlen(entity_labels[i]) == m->whatlen &&
			    memcmp(entity_labels[i], m->what, m->whatlen) == 0)
				x->labels[i]++;
	}
}

/* Counts a claim's source text among the corpus's sources. */
static void
count_source(struct ctx *x, const struct claim *c)
{
	int *slot;
	const char *s = x->textbuf.data + x->boff[c->source.start];
	size_t n = x->boff[c->source.end] - x->boff[c->source.start];

	slot = dp_strset_add(x->sources, s, n);
	if (*slot == 0) {
		if (x->nsources == x->capsources) {
			x->capsources = x->capsources ? 2 * x->capsources : 64;
			x->sourcev = dp_reallocarray(x->sourcev,
			    x->capsources, sizeof(*x->sourcev));
		}
		x->sourcev[x->nsources++] = dp_strndup(s, n);
	}
	(*slot)++;
}

/* One claim object into c, its spans as marks of claim number k. */
static int
read_claim(struct ctx *x, const char *p, const char *end, struct claim *c,
    long k)
{
	const char *key, *val, *vend;
	size_t keylen, i;
	int cue = 0, content = 0;

	memset(c, 0, sizeof(*c));
	while (dp_json_next(&p, end, &key, &keylen, &val, &vend) == 1) {
		if (is_key(key, keylen, "source"))
			c->has_source = read_span(val, vend,
			    (uint32_t)x->ncps, &c->source);
		else if (is_key(key, keylen, "cue"))
			cue = read_span(val, vend, (uint32_t)x->ncps, &c->cue);
		else if (is_key(key, keylen, "content"))
			content = read_span(val, vend, (uint32_t)x->ncps,
			    &c->content);
		else if (is_key(key, keylen, "kind") && *val == '"' &&
		    vend - val - 2 < (long)sizeof(c->kind) - 1) {
			memcpy(c->kind, val + 1, (size_t)(vend - val - 2));
			c->kind[vend - val - 2] = '\0';
		} else if (is_key(key, keylen, "hedged"))
			c->hedged = *val == 't';
		else if (is_key(key, keylen, "direct"))
			c->direct = *val == 't';
		else if (is_key(key, keylen, "mixed"))
			c->mixed = *val == 't';
	}
	if (!cue || !content)
		return 0;
	c->source.what = "src";
	c->cue.what = "cue";
	c->content.what = "cnt";
	c->source.claim = c->cue.claim = c->content.claim = k;
	for (i = 0; i < NKINDS && strcmp(kinds[i], c->kind) != 0; i++)
		;
	if (i == NKINDS)
		snprintf(c->kind, sizeof(c->kind), "other");
	x->nkinds[i < NKINDS ? i : NKINDS - 1]++;
	x->nclaims++;
	if (c->has_source)
		count_source(x, c);
	return 1;
}

/* The record's claims, and their spans as marks. */
static void
read_claims(struct ctx *x, const struct dp_record *r)
{
	const struct dp_field *f = dp_record_get(r, "claims");
	const char *p, *end, *v, *vend;
	struct claim *c;

	x->nclaimsrec = 0;
	if (f == NULL || f->type != DP_ARRAY)
		return;
	p = r->line + f->start;
	end = r->line + f->end;
	while (dp_json_next(&p, end, NULL, NULL, &v, &vend) == 1) {
		if (x->nclaimsrec == x->capclaims) {
			x->capclaims = x->capclaims ? 2 * x->capclaims : 32;
			x->claims = dp_reallocarray(x->claims, x->capclaims,
			    sizeof(*x->claims));
		}
		c = &x->claims[x->nclaimsrec];
		if (!read_claim(x, v, vend, c, (long)x->nclaimsrec))
			continue;
		x->nclaimsrec++;
		if (c->has_source)
			*new_mark(x) = c->source;
		*new_mark(x) = c->cue;
		*new_mark(x) = c->content;
	}
}

/* A record's optional spans (sentences, paragraphs), in the text. */
static size_t
read_spans(struct ctx *x, const struct dp_record *r, const char *key,
    uint32_t **v, size_t *cap)
{
	const struct dp_field *f = dp_record_get(r, key);
	ssize_t n;
	size_t i;

	if (f == NULL || (n = dp_json_spans_parse(r->line + f->start,
	    f->end - f->start, v, cap)) < 0)
		return 0;
	for (i = 0; i < (size_t)n; i++)
		if ((*v)[2 * i + 1] > x->ncps)
			return i;
	return (size_t)n;
}

/* A string of the record: a top-level field or one of its "meta". */
static int
put_field(struct ctx *x, struct dp_buf *b, const struct dp_record *r,
    const char *name)
{
	const struct dp_field *f;
	const char *p, *end, *key, *val, *vend;
	size_t keylen;

	if ((f = dp_record_get(r, name)) != NULL && f->type == DP_STRING) {
		put_json_html(x, b, r->line + f->start, r->line + f->end);
		return 1;
	}
	if ((f = dp_record_get(r, "meta")) == NULL || f->type != DP_OBJECT)
		return 0;
	p = r->line + f->start;
	end = r->line + f->end;
	while (dp_json_next(&p, end, &key, &keylen, &val, &vend) == 1)
		if (is_key(key, keylen, name) && *val == '"') {
			put_json_html(x, b, val, vend);
			return 1;
		}
	return 0;
}

static int
by_start(const void *a, const void *b)
{
	const struct mark *m = a, *n = b;

	return m->start != n->start ? (m->start < n->start ? -1 : 1) :
	    (m->end > n->end) - (m->end < n->end);
}

static int
by_value(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

static void
add_cut(struct ctx *x, uint32_t cp)
{
	if (x->ncuts == x->capcuts) {
		x->capcuts = x->capcuts ? 2 * x->capcuts : 256;
		x->cuts = dp_reallocarray(x->cuts, x->capcuts,
		    sizeof(*x->cuts));
	}
	x->cuts[x->ncuts++] = cp;
}

/* The classes and title of a run under the active marks. */
static void
open_run(struct ctx *x, struct dp_buf *b, const size_t *active, size_t n)
{
	const struct mark *m;
	const struct mark *ent = NULL;
	size_t i;

	dp_buf_adds(b, "<span class=\"");
	for (i = 0; i < n; i++) {
		m = &x->marks[active[i]];
		if (m->claim < 0) {
			ent = m;
			dp_buf_adds(b, "e e-");
			put_html(b, m->what, m->whatlen);
		} else {
			dp_buf_adds(b, m->what);
			dp_buf_printf(b, " a%zu-c%ld", x->narticles, m->claim);
		}
		dp_buf_addc(b, ' ');
	}
	b->len--;
	dp_buf_addc(b, '"');
	if (ent != NULL) {
		dp_buf_adds(b, " title=\"");
		put_html(b, ent->what, ent->whatlen);
		if (ent->key != NULL) {
			dp_buf_addc(b, ' ');
			put_json_html(x, b, ent->key, ent->keyend);
		}
		dp_buf_addc(b, '"');
	}
	dp_buf_addc(b, '>');
}

/*
 * The text, cut where a mark or a sentence starts or ends; each piece in
 * a span with the classes of the marks over it, an anchor where a claim's
 * content starts, a quiet mark where a sentence does.
 */
static void
put_marked_text(struct ctx *x, struct dp_buf *b)
{
	size_t i, j = 0, k, n, nactive = 0, s = 0, *active;

	x->ncuts = 0;
	add_cut(x, 0);
	add_cut(x, (uint32_t)x->ncps);
	for (i = 0; i < x->nmarks; i++) {
		add_cut(x, x->marks[i].start);
		add_cut(x, x->marks[i].end);
	}
	for (i = 0; i < x->nsents; i++)
		add_cut(x, x->sents[2 * i]);
	qsort(x->cuts, x->ncuts, sizeof(*x->cuts), by_value);
	if (x->nmarks > 1)
		qsort(x->marks, x->nmarks, sizeof(*x->marks), by_start);
	if (dp_resize_cap(&x->capactive, x->nmarks + 1)) {
		x->active = dp_reallocarray(x->active, x->capactive,
		    sizeof(*x->active));
	}
	active = x->active;
	for (i = 0; i + 1 < x->ncuts; i++) {
		if (x->cuts[i] == x->cuts[i + 1])
			continue;
		for (k = n = 0; k < nactive; k++)	/* drop ended marks */
			if (x->marks[active[k]].end > x->cuts[i])
				active[n++] = active[k];
		nactive = n;
		for (; j < x->nmarks && x->marks[j].start <= x->cuts[i]; j++) {
			active[nactive++] = j;
			if (x->marks[j].what[0] == 'c' &&
			    x->marks[j].what[1] == 'n')
				dp_buf_printf(b, "<a class=\"anchor\" "
				    "id=\"a%zu-c%ld\"></a>", x->narticles,
				    x->marks[j].claim);
		}
		for (; s < x->nsents && x->sents[2 * s] <= x->cuts[i]; s++)
			if (x->sents[2 * s] == x->cuts[i] && x->cuts[i] > 0)
				dp_buf_adds(b, "<span class=\"sb\"></span>");
		if (nactive > 0)
			open_run(x, b, active, nactive);
		put_text(x, b, x->cuts[i], x->cuts[i + 1]);
		if (nactive > 0)
			dp_buf_adds(b, "</span>");
	}
}

/* The claims, each linking to its spans, which :target highlights. */
static void
put_claims(struct ctx *x, struct dp_buf *b)
{
	const struct claim *c;
	size_t i;

	if (x->nclaimsrec == 0)
		return;
	dp_buf_adds(b, "<style>");
	for (i = 0; i < x->nclaimsrec; i++)
		dp_buf_printf(b, "body:has(#a%zu-c%zu:target) .a%zu-c%zu,",
		    x->narticles, i, x->narticles, i);
	b->len--;
	dp_buf_adds(b, "{background:#ffe58f}</style>\n<h3>Claims</h3>\n"
	    "<ol class=\"claims\">\n");
	for (i = 0; i < x->nclaimsrec; i++) {
		c = &x->claims[i];
		dp_buf_printf(b, "<li><a href=\"#a%zu-c%zu\">", x->narticles,
		    i);
		dp_buf_adds(b, "<span class=\"src\">");
		if (c->has_source)
			put_text(x, b, c->source.start, c->source.end);
		else
			dp_buf_adds(b, "\xe2\x80\x94");
		dp_buf_adds(b, "</span> \xe2\x86\x92 <span class=\"cue\">");
		put_text(x, b, c->cue.start, c->cue.end);
		dp_buf_adds(b, "</span> \xe2\x86\x92 <q>");
		put_text(x, b, c->content.start, c->content.end);
		dp_buf_adds(b, "</q></a> <span class=\"kind k-");
		dp_buf_adds(b, c->kind);
		dp_buf_adds(b, "\">");
		dp_buf_adds(b, c->kind);
		dp_buf_adds(b, "</span>");
		if (c->hedged)
			dp_buf_adds(b, " <span class=\"flag\">hedged</span>");
		if (c->direct)
			dp_buf_adds(b, " <span class=\"flag\">direct</span>");
		if (c->mixed)
			dp_buf_adds(b, " <span class=\"flag\">mixed</span>");
		dp_buf_adds(b, "</li>\n");
	}
	dp_buf_adds(b, "</ol>\n");
}

/* One record as an article; its title into the index. */
int
page_record(struct dp_record *r, void *arg)
{
	struct ctx *x = arg;
	struct dp_buf *b = &x->out;
	const char *text;
	size_t len, mark;

	if ((text = dp_record_need(r, "text", "to-jsonl", &x->scratch, &len,
	    NULL)) == NULL)
		return DP_EX_DATAERR;
	dp_buf_reset(&x->textbuf);
	dp_buf_add(&x->textbuf, text, len);
	x->ncps = dp_utf8_offsets(x->textbuf.data, len, &x->boff,
	    &x->capboff);
	x->narticles++;
	x->nmarks = 0;
	x->nsents = read_spans(x, r, "sentences", &x->sents, &x->capsents);
	read_entities(x, r);
	read_claims(x, r);

	dp_buf_reset(b);
	dp_buf_printf(b, "<article id=\"a%zu\">\n<h2>", x->narticles);
	mark = b->len;
	if (!put_field(x, b, r, "title") && !put_field(x, b, r, "id"))
		dp_buf_printf(b, "Article %zu", x->narticles);
	dp_buf_printf(&x->index, "<li><a href=\"#a%zu\">", x->narticles);
	dp_buf_add(&x->index, b->data + mark, b->len - mark);
	dp_buf_adds(&x->index, "</a></li>\n");
	dp_buf_adds(b, "</h2>\n<p class=\"meta\">");
	mark = b->len;
	if (put_field(x, b, r, "date"))
		dp_buf_adds(b, " \xc2\xb7 ");
	if (put_field(x, b, r, "source") || put_field(x, b, r, "publisher"))
		dp_buf_adds(b, " \xc2\xb7 ");
	if (put_field(x, b, r, "lang"))
		dp_buf_adds(b, " \xc2\xb7 ");
	if (b->len > mark)
		b->len -= 4;
	dp_buf_adds(b, "</p>\n<div class=\"text\">");
	put_marked_text(x, b);
	dp_buf_adds(b, "</div>\n");
	put_claims(x, b);
	dp_buf_adds(b, "</article>\n");
	dp_write(b->data, b->len);
	return 0;
}

void
write_head(const struct ctx *x)
{
	struct dp_buf b = { 0 };

	dp_buf_adds(&b, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
	    "\n<meta name=\"viewport\" content=\"width=device-width\">\n"
	    "<title>");
	put_html(&b, x->title, strlen(x->title));
	dp_buf_adds(&b, "</title>\n<style>\n"
	    "body{display:flex;flex-direction:column;max-width:62em;"
	    "margin:auto;padding:0 1em;font:16px/1.55 Georgia,serif;"
	    "color:#222}\n"
	    "nav{order:-1;border-bottom:1px solid #ccc}\n"
	    "article{border-bottom:1px solid #ccc;padding-bottom:1em}\n"
	    ".meta{color:#666;font-size:90%}\n"
	    ".text{white-space:pre-wrap}\n"
	    ".sb{border-left:1px solid #ccc;margin-left:1px}\n"
	    ".e{border-bottom:2px solid #999;padding:0 1px}\n"
	    ".e-PER{background:#dbe9ff;border-color:#3366cc}\n"
	    ".e-LOC{background:#dff5df;border-color:#2e8b2e}\n"
	    ".e-ORG{background:#fde2c8;border-color:#d2691e}\n"
	    ".e-MISC{background:#eee0f5;border-color:#8e44ad}\n"
	    ".e-NORP{background:#f5e8d0;border-color:#a0522d}\n"
	    ".e-DATE,.e-QUANTITY,.e-MONEY,.e-PERCENT{background:#f0f0f0;"
	    "border-color:#777}\n"
	    ".text .src{font-weight:bold}\n"
	    ".text .cue{text-decoration:underline dotted}\n"
	    ".text .cnt{background-image:linear-gradient(#fffbe6,#fffbe6)}\n"
	    ".claims a{color:inherit;text-decoration:none}\n"
	    ".claims .cue{font-style:italic}\n"
	    ".kind{font:12px sans-serif;padding:1px 5px;border-radius:8px;"
	    "background:#eee}\n"
	    ".k-accusation{background:#f8c8c8}.k-denial{background:#f8e0a0}\n"
	    ".k-warning{background:#ffd8a8}.k-demand{background:#c8e0f8}\n"
	    ".k-report{background:#d8f0d8}\n"
	    ".flag{font:12px sans-serif;color:#666}\n"
	    "table{border-collapse:collapse}td{padding:0 .6em}\n"
	    "</style>\n</head>\n<body>\n");
	dp_write(b.data, b.len);
	dp_buf_free(&b);
}

/* The sources with most claims, the first ten, most first. */
static void
put_sources(struct ctx *x, struct dp_buf *b)
{
	size_t i, k, best, shown;
	int *n, top, done = 0;
	char *used = dp_calloc(x->nsources + 1, 1);

	dp_buf_adds(b, "<h2>Sources with most claims</h2>\n<ol>\n");
	for (shown = 0; shown < 10 && !done; shown++) {
		top = 0;
		best = x->nsources;
		for (i = 0; i < x->nsources; i++) {
			k = strlen(x->sourcev[i]);
			n = dp_strset_find(x->sources, x->sourcev[i], k);
			if (!used[i] && *n > top) {
				top = *n;
				best = i;
			}
		}
		if (best == x->nsources) {
			done = 1;
			continue;
		}
		used[best] = 1;
		dp_buf_adds(b, "<li>");
		put_html(b, x->sourcev[best], strlen(x->sourcev[best]));
		dp_buf_printf(b, " (%d)</li>\n", top);
	}
	dp_buf_adds(b, "</ol>\n");
	free(used);
}

/* The summary and the index, shown first by the style. */
void
write_tail(struct ctx *x)
{
	struct dp_buf b = { 0 };
	size_t i;

	dp_buf_adds(&b, "<nav>\n<h1>");
	put_html(&b, x->title, strlen(x->title));
	dp_buf_printf(&b, "</h1>\n<p>%zu article%s, %zu entit%s, %zu "
	    "claim%s.</p>\n", x->narticles, x->narticles == 1 ? "" : "s",
	    x->nents, x->nents == 1 ? "y" : "ies", x->nclaims,
	    x->nclaims == 1 ? "" : "s");
	if (x->nents > 0) {
		dp_buf_adds(&b, "<h2>Entities</h2>\n<table>\n");
		for (i = 0; entity_labels[i] != NULL; i++)
			if (x->labels[i] > 0)
				dp_buf_printf(&b, "<tr><td><span class=\"e "
				    "e-%s\">%s</span></td><td>%zu</td></tr>\n",
				    entity_labels[i], entity_labels[i],
				    x->labels[i]);
		dp_buf_adds(&b, "</table>\n");
	}
	if (x->nclaims > 0) {
		dp_buf_adds(&b, "<h2>Claims</h2>\n<table>\n");
		for (i = 0; i < NKINDS; i++)
			if (x->nkinds[i] > 0)
				dp_buf_printf(&b, "<tr><td><span class=\"kind "
				    "k-%s\">%s</span></td><td>%zu</td></tr>\n",
				    kinds[i], kinds[i], x->nkinds[i]);
		dp_buf_adds(&b, "</table>\n");
		put_sources(x, &b);
	}
	if (x->narticles > 1) {
		dp_buf_adds(&b, "<h2>Articles</h2>\n<ol class=\"index\">\n");
		dp_buf_add(&b, x->index.data, x->index.len);
		dp_buf_adds(&b, "</ol>\n");
	}
	dp_buf_adds(&b, "</nav>\n</body>\n</html>\n");
	dp_write(b.data, b.len);
	dp_buf_free(&b);
}
