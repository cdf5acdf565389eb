/*
 * normalize: rewrites each record's text so that every later stage can
 * rely on it: mojibake (mojibake.c) and HTML entities decoded, line ends
 * and invisible characters cleaned, ligatures and fullwidth forms folded,
 * NFC.  normalize(1) lists the profile; depeche(7) the record.
 */

#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "normalize.h"

/* What normalize changes, counted per record and over the run. */
enum change {
	CH_MOJIBAKE, CH_ENTITY, CH_C1, CH_NEWLINE, CH_CONTROL, CH_INVISIBLE,
	CH_LIGATURE, CH_FULLWIDTH, CH_QUOTE, CH_SPACE, CH_NFC,
	CH_REPLACEMENT, CH_COUNT
};

static const char *const change_names[CH_COUNT] = {
	"mojibake", "entities", "c1", "newlines", "controls", "invisible",
	"ligatures", "fullwidth", "quotes", "spaces", "nfc", "replacement"
};

/* Fields whose offsets a change of text would invalidate. */
static const char *const offset_fields[] = {
	"paragraphs", "sentences", "tokens", "entities", "claims"
};

static struct options {
	int		 nfkc;
	int		 ascii_quotes;
	int		 spaces;
	int		 fix_encoding;
	int		 entities;
	int		 stats;
	struct dp_filter filter;
} opt = { 0, 0, 0, 1, 1, 0, { 0, 0, 1, DP_PROGRESS_AUTO, 1, 0 } };

/* What a run keeps: the tables its options make, buffers, counts. */
struct ctx {
	/*
	 * Bytes the copying loop must stop at; the others are copied as
	 * they are.  Most non-ASCII characters of news text need nothing
	 * either: plain_c2 and plain_c3 say which second bytes after C2 or
	 * C3 (U+0080-U+00FF) make such a character, plain_e280 which last
	 * bytes after E2 80 (U+2000-U+203F).
	*/
	unsigned char	 special[256], plain_c2[256], plain_c3[256],
			 plain_e280[256];
	struct dp_strset *entities;	/* name -> code point */
	struct mojibake	*moji;
	struct dp_buf	 mojibuf;	/* text with its mojibake repaired */
	/* scratch: decoded text; pass_a, pass_b: alternate passes; nfcbuf:
	* NFC. */
	struct dp_buf	 scratch, pass_a, pass_b, nfcbuf, json, info;
	char		 profile[96];
	size_t		 total[CH_COUNT], nrecords, nchanged;
};

static DP_NORETURN void usage(int);
static void	 ctx_free(struct ctx *);
static void	 setup(struct ctx *);
static void	 load_entities(struct ctx *);
static int	 normalize_record(struct dp_record *, void *);
static int	 same_profile(struct ctx *, const struct dp_record *);
static const char *normalize_text(struct ctx *, const char *, size_t, size_t *,
		    size_t *);
static int	 plain8(const char *);
static size_t	 skip_plain(const struct ctx *, const char *, size_t, size_t);
static int	 to_nfc(struct ctx *, struct dp_buf *);
static int	 pass(struct ctx *, const char *, size_t, struct dp_buf *,
		    size_t *, int *);
static size_t	 character(const char *, size_t, struct dp_buf *, size_t *,
		    int *, int *);
static size_t	 entity(struct ctx *, const char *, size_t, int32_t *);
static size_t	 escaped_amps(struct ctx *, const char *, size_t, size_t,
		    int32_t *);
static int	 is_space(int32_t);
static void	 print_stats(struct ctx *);

static const struct option longopts[] = {
	{ "ascii-quotes",	no_argument,	NULL, 'q' },
	{ "nfkc",		no_argument,	NULL, 'K' },
	{ "no-entities",	no_argument,	NULL, 'E' },
	{ "no-fix-encoding",	no_argument,	NULL, 'M' },
	{ "spaces",		no_argument,	NULL, 's' },
	{ "stats",		no_argument,	NULL, 'S' },
	DP_LONGOPTS_KEEP_GOING,
	DP_LONGOPTS_PROGRESS,
	DP_LONGOPTS_COMMON
};

static void
usage(int status)
{
	dp_usage(status,
	    "usage: normalize [-EhKkMpqSsuV] [file ...]\n"
	    "  -E, --no-entities    leave HTML entities as they are\n"
	    "  -K, --nfkc           compose NFKC instead of NFC\n"
	    "  -M, --no-fix-encoding  leave mojibake as it is\n"
	    "  -q, --ascii-quotes   curly quotes to ' and \"\n"
	    "  -S, --stats          count each repair on stderr at the end\n"
	    "  -s, --spaces         no-break spaces to spaces, runs"
	    " collapsed\n", 1);
}

int
main(int argc, char *argv[])
{
	struct ctx x = { 0 };
	int ch, rc;

	dp_setprogname(argv);
	while ((ch = getopt_long(argc, argv, "EhKkMpqSsuV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'E':
			opt.entities = 0;
			break;
		case 'h':
			usage(0);
		case 'K':
			opt.nfkc = 1;
			break;
		case 'k':
			opt.filter.keep_going = 1;
			break;
		case 'p':
			opt.filter.progress = DP_PROGRESS_ON;
			break;
		case DP_OPT_NO_PROGRESS:
			opt.filter.progress = DP_PROGRESS_OFF;
			break;
		case 'M':
			opt.fix_encoding = 0;
			break;
		case 'q':
			opt.ascii_quotes = 1;
			break;
		case 'S':
			opt.stats = 1;
			break;
		case 's':
			opt.spaces = 1;
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

	setup(&x);
	rc = dp_filter_run(&opt.filter, argv, argc, normalize_record, &x);
	rc = dp_worst(rc, dp_close_stdout());
	if (opt.stats)
		print_stats(&x);
	ctx_free(&x);
	return rc;
}

static void
ctx_free(struct ctx *x)
{
	dp_strset_free(x->entities);
	mojibake_free(x->moji);
	dp_buf_free(&x->mojibuf);
	dp_buf_free(&x->scratch);
	dp_buf_free(&x->pass_a);
	dp_buf_free(&x->pass_b);
	dp_buf_free(&x->nfcbuf);
	dp_buf_free(&x->json);
	dp_buf_free(&x->info);
}

/* Builds the byte classes and the profile name from the options. */
static void
setup(struct ctx *x)
{
	int c;

	for (c = 0; c < 0x20; c++)
		x->special[c] = c != '\t' && c != '\n';
	for (c = 0x7F; c < 0x100; c++)
		x->special[c] = 1;
	x->special['&'] = opt.entities;
	x->special[' '] = opt.spaces;
	/* U+00A0-U+00FF but the soft hyphen and NBSP under --spaces; C1
	* controls never. */
	for (c = 0xA0; c < 0xC0; c++) {
		x->plain_c2[c] = c != 0xAD && !(c == 0xA0 && opt.spaces);
		x->plain_c3[c - 0x20] = 1;
		x->plain_c3[c] = 1;
	}
	if (opt.fix_encoding)
		x->moji = mojibake_new();
	/* U+2002-U+203F but spaces under --spaces, ZWSP, quotes under
	* --ascii-quotes, and the line and paragraph separators. */
	for (c = 0x82; c < 0xC0; c++)
		x->plain_e280[c] = !(opt.spaces && (c <= 0x8A || c == 0xAF)) &&
		    c != 0x8B && !(opt.ascii_quotes && c >= 0x98 &&
		    c <= 0x9F) && c != 0xA8 && c != 0xA9;
	/* NFKC changes most of them (ª ² ½ …): no shortcut. */
	if (opt.nfkc) {
		memset(x->plain_c2, 0, sizeof(x->plain_c2));
		memset(x->plain_c3, 0, sizeof(x->plain_c3));
		memset(x->plain_e280, 0, sizeof(x->plain_e280));
	}
	snprintf(x->profile, sizeof(x->profile), "news%s%s%s%s%s",
	    opt.nfkc ? "+nfkc" : "", opt.ascii_quotes ? "+ascii-quotes" : "",
	    opt.spaces ? "+spaces" : "",
	    opt.fix_encoding ? "" : "+no-fix-encoding",
	    opt.entities ? "" : "+no-entities");
	if (opt.entities)
		load_entities(x);
}

/* Loads the named HTML entities, name -> code point. */
static void
load_entities(struct ctx *x)
{
	struct dp_yaml *y;
	struct dp_buf path = { 0 };
	const char *dir, *name, *value;
	size_t i, nlen, vlen;
	dp_node map;
	int32_t cp;

	x->entities = dp_strset_new();
	if ((dir = dp_lexicon_dir()) == NULL)
		dp_die(DP_EX_CONFIG, "no lexicon directory (set "
		    "DEPECHE_LEXICONS, or use --no-entities)");
	dp_buf_printf(&path, "%s/common/html-entities.yaml", dir);
	y = dp_yaml_load(dp_buf_cstr(&path));
	map = dp_yaml_get(y, dp_yaml_root(y), "entities");
	if (!dp_yaml_is_map(y, map))
		dp_yaml_die(y, dp_yaml_root(y), "no 'entities' mapping");
	for (i = 0; i < dp_yaml_len(y, map); i++) {
		name = dp_yaml_scalar(y, dp_yaml_key(y, map, i), &nlen);
		value = dp_yaml_scalar(y, dp_yaml_value(y, map, i), &vlen);
		if (name == NULL || value == NULL || vlen == 0 ||
		    dp_utf8_decode(value, vlen, &cp) != vlen || cp < 0)
			dp_yaml_die(y, dp_yaml_key(y, map, i),
			    "an entity must name one character");
		*dp_strset_add(x->entities, name, nlen) = cp;
	}
	dp_yaml_free(y);
	dp_buf_free(&path);
}

static int
normalize_record(struct dp_record *r, void *arg)
{
	struct ctx *x = arg;
	struct dp_set sets[2];
	size_t counts[CH_COUNT] = { 0 }, len, outlen, i, nsets = 0, sum = 0;
	const char *text, *out;

	text = dp_record_need(r, "text", "to-jsonl", &x->scratch, &len,
	    &counts[CH_REPLACEMENT]);
	if (text == NULL)
		return DP_EX_DATAERR;
	out = normalize_text(x, text, len, &outlen, counts);
	for (i = 0; i < CH_COUNT; i++)
		sum += counts[i];
	/* Bytes the reader made U+FFFD: in text, or in a field passed on. */
	counts[CH_REPLACEMENT] += r->replaced;
	/* Normalized already, as this run would: its field says how. */
	if (sum == 0 && r->replaced == 0 && same_profile(x, r)) {
		dp_record_write(r, sets, 0);
		x->nrecords++;
		return 0;
	}
	if (sum > 0) {
		for (i =
		    0; i < sizeof(offset_fields) / sizeof(offset_fields[0]);
		    i++) {
			if (dp_record_get(r, offset_fields[i]) == NULL)
				continue;
			dp_warnat(r->name, r->lineno, "text would change, "
			    "which would break the offsets of \"%s\": run "
			    "normalize before segment", offset_fields[i]);
			return DP_EX_DATAERR;
		}
		dp_buf_reset(&x->json);
		dp_json_str(&x->json, out, outlen);
		sets[nsets++] = (struct dp_set){ "text", x->json.data,
		    x->json.len, NULL, NULL };
		x->nchanged++;
	}
	dp_buf_reset(&x->info);
	dp_buf_printf(&x->info, "{\"profile\":\"%s\",\"unicode\":\"%s\","
	    "\"changes\":{", x->profile, dp_unicode_version());
	for (i = 0; i < CH_COUNT; i++) {
		x->total[i] += counts[i];
		if (counts[i] > 0)
			dp_buf_printf(&x->info, "%s\"%s\":%zu",
			    x->info.data[x->info.len - 1] == '{' ? "" : ",",
			    change_names[i], counts[i]);
	}
	dp_buf_add(&x->info, "}}", 2);
	sets[nsets++] = (struct dp_set){ "normalized", x->info.data,
	    x->info.len, NULL, NULL };
	dp_record_write(r, sets, nsets);
	x->nrecords++;
	return 0;
}

/* Whether the JSON value [val, end) is the string s, with no escape. */
static int
is_string(const char *val, const char *end, const char *s)
{
	size_t n = strlen(s);

	return end - val == (ptrdiff_t)n + 2 && memcmp(val + 1, s, n) == 0;
}

/*
 * Whether the record has a "normalized" field of this run's profile and
 * Unicode version: a run that changes nothing then leaves it as it is,
 * changes and all, so that normalizing twice gives what normalizing once
 * does.
 */
static int
same_profile(struct ctx *x, const struct dp_record *r)
{
	const struct dp_field *f = dp_record_get(r, "normalized");
	const char *p, *key, *val, *end;
	size_t keylen;
	int same = 0;

	if (f == NULL || f->type != DP_OBJECT)
		return 0;
	p = r->line + f->start;
	while (dp_json_next(&p, r->line + f->end, &key, &keylen, &val,
	    &end) == 1) {
		if (keylen == 7 && memcmp(key, "profile", 7) == 0)
			same += is_string(val, end, x->profile);
		else if (keylen == 7 && memcmp(key, "unicode", 7) == 0)
			same += is_string(val, end, dp_unicode_version());
	}
	return same == 2;
}

/*
 * Runs passes over the text until one changes nothing that could enable
 * another repair (an entity that decodes to "&amp;", mojibake of
 * mojibake), so that normalizing twice gives what normalizing once does.
 * Returns the result, which is text itself when nothing changed.
 */
static const char *
normalize_text(struct ctx *x, const char *text, size_t len, size_t *outlen,
    size_t *counts)
{
	struct dp_buf *out = &x->pass_a;
	const char *s = text;
	size_t n = len, k;
	int more, passes;

	/* Each pass that changes anything shortens the text or ends it. */
	for (passes = 0; passes < 64; passes++) {
		if (opt.fix_encoding && (k = mojibake_repair(x->moji, s, n,
		    &x->mojibuf)) > 0) {
			counts[CH_MOJIBAKE] += k;
			s = x->mojibuf.data;
			n = x->mojibuf.len;
		}
		if (!pass(x, s, n, out, counts, &more))
			break;
		s = out->data;
		n = out->len;
		out = out == &x->pass_a ? &x->pass_b : &x->pass_a;
		/* what the pass changed may make mojibake ("Å\u3000"
		* to "Å "): repaired now, not by the next run */
		if (!more && !(opt.fix_encoding && mojibake_suspect(x->moji, s,
		    n)))
			break;
	}
	for (k = 0; k < CH_COUNT; k++)
		if (counts[k] > 0)
			break;
	if (k == CH_COUNT) {
		*outlen = len;
		return text;
	}
	*outlen = n;
	return s;
}

/*
 * Nonzero if none of the 8 bytes at p can need work: no control, DEL,
 * non-ASCII byte, '&' or (under --spaces) space.
 */
static int
plain8(const char *p)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	uint64_t v, amp, del, sp;

	memcpy(&v, p, 8);
	amp = v ^ (ones * '&');
	del = v ^ (ones * 0x7F);
	sp = opt.spaces ? v ^ (ones * ' ') : ~UINT64_C(0);
	return ((((v - ones * 0x20) & ~v) | v | ((amp - ones) & ~amp) |
	    ((del - ones) & ~del) | ((sp - ones) & ~sp)) &
	    (ones * 0x80)) == 0;
}

/*
 * The first byte from i on that the copying loop must look at, or n:
 * runs of plain ASCII eight bytes at a time, bytes that are not special,
 * and characters of two or three bytes that need nothing.  The text is
 * valid UTF-8, so the bytes after a lead are there.
 */
static size_t
skip_plain(const struct ctx *x, const char *s, size_t n, size_t i)
{
	unsigned char c;

	for (;;) {
		if (i + 8 <= n && plain8(s + i)) {
			i += 8;
			continue;
		}
		if (i >= n)
			return n;
		c = (unsigned char)s[i];
		if (!x->special[c])
			i++;
		else if ((c == 0xC3 && x->plain_c3[(unsigned char)s[i + 1]]) ||
		    (c == 0xC2 && x->plain_c2[(unsigned char)s[i + 1]]))
			i += 2;
		else if (c == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
		    x->plain_e280[(unsigned char)s[i + 2]])
			i += 3;
		else
			return i;
	}
}

/*
 * One pass over s into out, NFC (or NFKC) last.  Returns nonzero if it
 * changed anything; sets *more if the result could hold another repair.
 */
static int
pass(struct ctx *x, const char *s, size_t n, struct dp_buf *out,
    size_t *counts, int *more)
{
	size_t i = 0, run = 0, k, before[CH_COUNT];
	int32_t cp;
	int nfc = 0, html, changed;

	unsigned char c;

	memcpy(before, counts, sizeof(before));
	*more = 0;
	/* Text that holds markup is not plain text with entities. */
	html = opt.entities && memchr(s, '<', n) == NULL;
	dp_buf_reset(out);
	while ((i = skip_plain(x, s, n, i)) < n) {
		c = (unsigned char)s[i];
		dp_buf_add(out, s + run, i - run);
		k = 1;
		if (c == '&') {
			if (html && (k = entity(x, s + i, n - i, &cp)) > 0) {
				k = escaped_amps(x, s + i, n - i, k, &cp);
				dp_utf8_put(out, cp);
				counts[CH_ENTITY]++;
				*more = 1;
			} else {
				dp_buf_addc(out, '&');
				k = 1;
			}
		} else if (c == ' ') {
			/* Only with --spaces: runs of spaces collapse. */
			if (out->len > 0 && out->data[out->len - 1] == ' ')
				counts[CH_SPACE]++;
			else
				dp_buf_addc(out, ' ');
		} else if (c == '\r' || c == '\f' || c == '\v') {
			dp_buf_addc(out, '\n');
			if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
				k = 2;
			counts[CH_NEWLINE]++;
		} else if (c < 0x80) {
			counts[CH_CONTROL]++;	/* other C0, DEL */
			*more = 1;
		} else
			k = character(s + i, n - i, out, counts, &nfc, more);
		i += k;
		run = i;
	}
	dp_buf_add(out, s + run, n - run);
	changed = memcmp(before, counts, sizeof(before)) != 0;
	if (nfc && to_nfc(x, out)) {
		counts[CH_NFC]++;
		changed = 1;
		*more = 1;
	}
	return changed;
}

/* out in NFC (NFKC with --nfkc); returns 1 if that changed it. */
static int
to_nfc(struct ctx *x, struct dp_buf *out)
{
	dp_buf_reset(&x->nfcbuf);
	dp_utf8_nfc(&x->nfcbuf, out->data, out->len, opt.nfkc);
	if (x->nfcbuf.len == out->len &&
	    memcmp(x->nfcbuf.data, out->data, out->len) == 0)
		return 0;
	dp_buf_reset(out);
	dp_buf_add(out, x->nfcbuf.data, x->nfcbuf.len);
	return 1;
}

/*
 * Handles the non-ASCII character at s; returns how many bytes of s it
 * consumed.
 */
static size_t
character(const char *s, size_t n, struct dp_buf *out, size_t *counts,
    int *nfc, int *more)
{
	static const char *ligatures[] = {
		"ff", "fi", "fl", "ffi", "ffl", "st", "st"
	};
	size_t len;
	int32_t cp, fixed;

	len = dp_utf8_decode(s, n, &cp);
	if (cp >= 0x80 && cp < 0xA0) {
		/* C1 controls: the Windows-1252 character, as HTML5 does. */
		if ((fixed = dp_cp1252_char((unsigned char)cp)) == cp)
			counts[CH_CONTROL]++;
		else {
			dp_utf8_put(out, fixed);
			counts[CH_C1]++;
		}
		*more = 1;
		return len;
	}
	switch (cp) {
	case 0x2028:
		dp_buf_addc(out, '\n');
		counts[CH_NEWLINE]++;
		return len;
	case 0x2029:
		dp_buf_add(out, "\n\n", 2);
		counts[CH_NEWLINE]++;
		return len;
	case 0xFEFF:
	case 0x00AD:
	case 0x200B:
		counts[CH_INVISIBLE]++;
		*more = 1;
		return len;
	}
	if (cp >= 0xFB00 && cp <= 0xFB06) {
		dp_buf_adds(out, ligatures[cp - 0xFB00]);
		counts[CH_LIGATURE]++;
		return len;
	}
	if ((cp >= 0xFF01 && cp <= 0xFF5E) || cp == 0x3000) {
		dp_buf_addc(out, cp == 0x3000 ? ' ' : cp - 0xFEE0);
		counts[CH_FULLWIDTH]++;
		*more = 1;
		return len;
	}
	if (opt.ascii_quotes && cp >= 0x2018 && cp <= 0x201F) {
		dp_buf_addc(out, cp <= 0x201B ? '\'' : '"');
		counts[CH_QUOTE]++;
		return len;
	}
	if (opt.spaces && is_space(cp)) {
		if (out->len == 0 || out->data[out->len - 1] != ' ')
			dp_buf_addc(out, ' ');
		counts[CH_SPACE]++;
		return len;
	}
	if (!dp_utf8_nfc_inert(cp, opt.nfkc))
		*nfc = 1;
	dp_buf_add(out, s, len);
	return len;
}

/*
 * An entity that decoded to "&" and the name after it are an entity
 * again ("&amp;amp;", escaped twice): decoded at once, however deep, so
 * that one run does what any number would.  k is the first entity's
 * length; returns the length of them all, *cp what they make.
 */
static size_t
escaped_amps(struct ctx *x, const char *s, size_t n, size_t k, int32_t *cp)
{
	size_t more;
	int32_t c;

	/* entity() reads its '&' at s[0] unseen: the ';' stands for it */
	while (*cp == '&' && (more = entity(x, s + k - 1, n - k + 1, &c)) > 0) {
		*cp = c;
		k += more - 1;
	}
	return k;
}

/*
 * Decodes an HTML character reference at s ("&name;", "&#233;", "&#xE9;",
 * the semicolon required).  Numeric references to 0x80-0x9F give the
 * Windows-1252 character and invalid ones U+FFFD, as HTML5 says.  Returns
 * its length, or 0 if there is none.
 */
static size_t
entity(struct ctx *x, const char *s, size_t n, int32_t *cp)
{
	size_t i = 1, start;
	uint32_t v = 0;
	int hex, *found;

	if (n > 2 && s[1] == '#') {
		hex = s[2] == 'x' || s[2] == 'X';
		for (i = hex ? 3 : 2, start = i; i < n && i - start < 8; i++) {
			if (s[i] >= '0' && s[i] <= '9')
				v = v * (hex ? 16 : 10) + (uint32_t)(s[i] - '0');
			else if (hex && ((s[i] | 0x20) >= 'a' &&
			    (s[i] | 0x20) <= 'f'))
				v = v * 16 + (uint32_t)((s[i] | 0x20) - 'a' + 10);
			else
				break;
			/* Past Unicode is past it: no overflow (&#x80000000;). */
			if (v > 0x10FFFF)
				v = 0x110000;
		}
		if (i == start || i >= n || s[i] != ';')
			return 0;
		if (v >= 0x80 && v < 0xA0)
			v = (uint32_t)dp_cp1252_char((unsigned char)v);
		if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			v = 0xFFFD;
		*cp = (int32_t)v;
		return i + 1;
	}
	while (i < n && i < 33 && (((s[i] | 0x20) >= 'a' &&
	    (s[i] | 0x20) <= 'z') || (s[i] >= '0' && s[i] <= '9')))
		i++;
	if (i == 1 || i >= n || s[i] != ';' ||
	    (found = dp_strset_find(x->entities, s + 1, i - 1)) == NULL)
		return 0;
	*cp = *found;
	return i + 1;
}

/* The no-break and typographic spaces --spaces turns into U+0020. */
static int
is_space(int32_t cp)
{
	return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
	    cp == 0x202F || cp == 0x205F;
}

static void
print_stats(struct ctx *x)
{
	size_t i;

	fprintf(stderr, "%s: %zu records, %zu changed", dp_getprogname(),
	    x->nrecords, x->nchanged);
	for (i = 0; i < CH_COUNT; i++)
		fprintf(stderr, "%s %s %zu", i == 0 ? ";" : ",",
		    change_names[i], x->total[i]);
	fputc('\n', stderr);
}
