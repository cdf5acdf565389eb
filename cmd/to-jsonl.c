/*
 * to-jsonl: raw text files in, depeche records out (depeche(7)).  One
 * record per file, or per line, blank-line block or page; front matter
 * into meta, the encoding checked, the language guessed.  The text is
 * otherwise left as it came: normalizing is normalize(1)'s job.
 */

#include <sys/stat.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <xxhash.h>

#include "common.h"

/* How much larger than itself front matter may grow through aliases. */
#define FRONT_GROWTH	64

enum split { SPLIT_FILE, SPLIT_LINE, SPLIT_BLANK, SPLIT_FF };

/* meta keys of to-jsonl's own that front matter may already hold. */
#define META_SOURCE	0x1
#define META_ENCODING	0x2

#define LANGID_WORDMAX	32	/* longer words are no function words */

#define LANGCHARS	"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" \
			"0123456789-"
enum encoding { ENC_AUTO, ENC_UTF8, ENC_CP1252 };

/* How ids are made (-i): see make_id(). */
enum idmode { ID_PATH, ID_NAME, ID_HASH };

/* One document on its way out. */
struct doc {
	const char	*name;		/* for messages */
	const char	*source;	/* meta.source: the operand */
	const char	*idbase;	/* file name without extension */
	unsigned long	 line;		/* its first line in the input */
	unsigned long	 seq;		/* its number within the input */
	const char	*bytes;
	size_t		 len;
	const char	*utf16;		/* "utf-16le", "-be": bytes are UTF-8 */
};

/* Function-word profiles, one per language lexicon (lexicons/LANG/). */
struct langid {
	struct dp_strset *words;	/* word -> bit mask of languages */
	char		**codes;
	char		**letters;	/* profile.yaml's, or NULL: é à ç */
	size_t		 ncodes;
};

/* The ids written so far, as 64-bit hashes: 16 bytes per record. */
struct idset {
	uint64_t	*slots;
	size_t		 size;
	size_t		 count;
};

static struct options {
	enum split	 split;
	enum encoding	 encoding;
	enum idmode	 idmode;
	int		 front;
	const char	*lang;		/* NULL: detect */
	int		 unbuffered;
	int		 progress;	/* DP_PROGRESS_ */
} opt = { SPLIT_FILE, ENC_AUTO, ID_PATH, 1, NULL, 0, 0 };

/* What a run keeps: buffers, the languages to guess, ids, progress. */
struct ctx {
	struct dp_buf	 raw, decoded, out, meta, idbuf;
	struct langid	 langid;
	struct idset	 ids;
	struct dp_progress prog;
	unsigned long	 nstdin;
	const char	*warned_input;	/* last input warned about encoding */
	char		 frontlang[16];	/* a front matter's lang */
};

static DP_NORETURN void usage(int);
static int	 parse_options(int, char *[]);
static void	 ctx_free(struct ctx *);
static int	 convert(struct ctx *, const char *);
static int	 convert_whole(struct ctx *, int, const char *, const char *);
static int	 convert_pieces(struct ctx *, FILE *, const char *,
		    const char *);
static int	 emit(struct ctx *, const struct doc *, int);
static int	 decode(struct ctx *, const struct doc *, const char **,
		    size_t *, const char **);
static int	 front_matter(struct ctx *, const struct doc *, const char **,
		    size_t *, int *, const char **);
static void	 skip_space(const char **, size_t *);
static void	 note_key(struct ctx *, const char *, size_t, const char *,
		    size_t, int *, const char **);
static int	 yaml_front(struct ctx *, const struct doc *, const char **,
		    size_t *, int *, const char **);
static int	 yaml_members(const struct dp_yaml *, dp_node, struct dp_buf *,
		    int, size_t, const char *);
static int	 yaml_to_json(const struct dp_yaml *, dp_node, struct dp_buf *,
		    int, size_t, const char *);
static void	 header_front(struct ctx *, const char **, size_t *, int *,
		    const char **);
static void	 langid_load(struct ctx *);
static const char *langid_guess(struct ctx *, const char *, size_t);
static int	 langid_hit(struct ctx *, const char *, size_t, size_t *);
static int	 letters_hit(struct ctx *, const char *, size_t, size_t *);
static char	*profile_letters(const char *, const char *);
static void	 make_id(struct ctx *, const struct doc *, const char *,
		    size_t);
static int	 idset_add(struct idset *, const char *, size_t);
static int	 cmp_str(const void *, const void *);
static unsigned long line_of(const char *, size_t);
static char	*idbase_of(const char *);

static const struct option longopts[] = {
	{ "encoding",		required_argument,	NULL, 'e' },
	{ "front-matter",	required_argument,	NULL, 'f' },
	{ "id",			required_argument,	NULL, 'i' },
	{ "lang",		required_argument,	NULL, 'l' },
	{ "split",		required_argument,	NULL, 's' },
	DP_LONGOPTS_PROGRESS,
	DP_LONGOPTS_COMMON
};
static void
usage(int status)
{
	dp_usage(status,
	    "usage: to-jsonl [-hpuV] [-e encoding] [-f front-matter] [-i id]"
	    " [-l lang]\n" "                [-s split] [file ...]\n"
	    "  -e, --encoding auto|utf-8|windows-1252  input encoding"
	    " (auto)\n" "  -f, --front-matter auto|none  read YAML or key-value"
	    " headers (auto)\n"
	    "  -i, --id path|name|hash  id from the file's path or name, or"
	    " the text's\n                       hash (path)\n"
	    "  -l, --lang auto|CODE record language (auto: detect, else"
	    " und)\n"
	    "  -s, --split file|line|blank|ff  one record per file, line,"
	    " block, page\n", 0);
}

/* The values of -e, -f, -i and -s, in the order of their enums. */
static const char *const encodings[] = { "auto", "utf-8", "utf8",
    "windows-1252", "cp1252", NULL };
static const enum encoding encoding_of[] = { ENC_AUTO, ENC_UTF8, ENC_UTF8,
    ENC_CP1252, ENC_CP1252 };
static const char *const front_modes[] = { "none", "auto", NULL };
static const char *const id_modes[] = { "path", "name", "hash", NULL };
static const char *const split_modes[] = { "file", "line", "blank", "ff",
    NULL };

/* The index of s among names (in any case), or the usage and 64. */
static int
choose(const char *s, const char *const *names, const char *what)
{
	int i;

	for (i = 0; names[i] != NULL; i++)
		if (strcasecmp(s, names[i]) == 0)
			return i;
	dp_warn("unknown %s: %s", what, s);
	usage(DP_EX_USAGE);
}

/* Reads the options into opt; returns the index of the first operand. */
static int
parse_options(int argc, char *argv[])
{
	int ch;

	while ((ch = getopt_long(argc, argv, "e:f:hi:l:ps:uV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'e':
			opt.encoding = encoding_of[choose(optarg, encodings,
			    "encoding")];
			break;
		case 'f':
			opt.front = choose(optarg, front_modes,
			    "front matter mode");
			break;
		case 'h':
			usage(0);
		case 'i':
			opt.idmode = (enum idmode)choose(optarg, id_modes,
			    "id mode");
			break;
		case 'l':
			opt.lang = strcmp(optarg, "auto") == 0 ? NULL : optarg;
			if (opt.lang != NULL && (strlen(opt.lang) == 0 ||
			    strspn(opt.lang, LANGCHARS) != strlen(opt.lang))) {
				dp_warn("bad language code: %s", optarg);
				usage(DP_EX_USAGE);
			}
			break;
		case 'p':
			opt.progress = DP_PROGRESS_ON;
			break;
		case DP_OPT_NO_PROGRESS:
			opt.progress = DP_PROGRESS_OFF;
			break;
		case 's':
			opt.split = (enum split)choose(optarg, split_modes,
			    "split mode");
			break;
		case 'u':
			opt.unbuffered = 1;
			break;
		case 'V':
			dp_version();
		default:
			usage(DP_EX_USAGE);
		}
	}
	return optind;
}

int
main(int argc, char *argv[])
{
	struct ctx x = { 0 };
	int i, rc = 0;

	dp_setprogname(argv);
	i = parse_options(argc, argv);
	argc -= i;
	argv += i;

	if (opt.lang == NULL)
		langid_load(&x);
	dp_buffer_stdout();
	dp_progress_start(&x.prog, opt.progress, argv, argc);
	if (argc == 0)
		rc = convert(&x, "-");
	for (i = 0; i < argc; i++)
		rc = dp_worst(rc, convert(&x, argv[i]));
	dp_progress_end(&x.prog);
	ctx_free(&x);
	return dp_worst(rc, dp_close_stdout());
}

static void
ctx_free(struct ctx *x)
{
	size_t i;

	dp_buf_free(&x->raw);
	dp_buf_free(&x->decoded);
	dp_buf_free(&x->out);
	dp_buf_free(&x->meta);
	dp_buf_free(&x->idbuf);
	dp_strset_free(x->langid.words);
	for (i = 0; i < x->langid.ncodes; i++) {
		free(x->langid.codes[i]);
		if (x->langid.letters != NULL)
			free(x->langid.letters[i]);
	}
	free(x->langid.codes);
	free(x->langid.letters);
	free(x->ids.slots);
}

/*
 * A file name as UTF-8, for the record: as it is when it is valid, else
 * read as Windows-1252 (a Latin-1 file system's café.txt), so that no
 * record carries invalid UTF-8.  The copy is in b.
 */
static const char *
utf8_name(struct dp_buf *b, const char *s)
{
	size_t n = strlen(s);

	if (dp_utf8_valid(s, n) == n)
		return s;
	dp_buf_reset(b);
	dp_cp1252_decode(b, s, n);
	return dp_buf_cstr(b);
}

/* Converts one operand; returns its exit status. */
static int
convert(struct ctx *x, const char *path)
{
	struct dp_buf namebuf = { 0 };
	const char *name = utf8_name(&namebuf, dp_opname(path));
	struct stat st;
	char *base;
	FILE *fp;
	int fd, rc;

	if (opt.split == SPLIT_FILE) {
		if (strcmp(path, "-") == 0)
			fd = STDIN_FILENO;
		else if ((fd = open(path, O_RDONLY)) == -1) {
			dp_warn("%s: %s", path, strerror(errno));
			return DP_EX_NOINPUT;
		} else if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			dp_warn("%s: %s", path, strerror(EISDIR));
			close(fd);
			return DP_EX_NOINPUT;
		}
		base = fd == STDIN_FILENO ? NULL : idbase_of(name);
		rc = convert_whole(x, fd, name, base);
		if (fd != STDIN_FILENO)
			close(fd);
	} else {
		if ((fp = dp_open(path)) == NULL)
			return DP_EX_NOINPUT;
		base = fp == stdin ? NULL : idbase_of(name);
		rc = convert_pieces(x, fp, name, base);
		dp_close(fp);
	}
	free(base);
	dp_buf_free(&namebuf);
	dp_progress_update(&x->prog, 0, 0, 1);
	return rc;
}

/*
 * The id base of a path without its extension: the path as given, but
 * for leading "./" (-i path), or its last component (-i name).
 */
static char *
idbase_of(const char *path)
{
	const char *slash, *dot, *last;

	while (path[0] == '.' && path[1] == '/')
		for (path += 2; *path == '/'; path++)
			;
	last = (slash = strrchr(path, '/')) != NULL ? slash + 1 : path;
	if (opt.idmode == ID_NAME)
		path = last;
	dot = strrchr(last, '.');
	if (dot == NULL || dot == last)
		return dp_strdup(path);
	return dp_strndup(path, (size_t)(dot - path));
}

static int
convert_whole(struct ctx *x, int fd, const char *name, const char *base)
{
	struct doc d = { name, base ? name : "-", base, 1, 1, NULL, 0, NULL };
	struct stat st;
	const char *nul;
	ssize_t n;

	dp_buf_reset(&x->raw);
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		dp_buf_grow(&x->raw, (size_t)st.st_size + 1);
	for (;;) {
		dp_buf_grow(&x->raw, 65536);
		n = read(fd, x->raw.data + x->raw.len,
		    x->raw.cap - x->raw.len - 1);
		if (n == 0)
			break;
		if (n == -1) {
			if (errno == EINTR)
				continue;
			dp_warn("%s: %s", name, strerror(errno));
			return DP_EX_IOERR;
		}
		x->raw.len += (size_t)n;
		dp_progress_update(&x->prog, (size_t)n, 0, 0);
	}
	/* UTF-16 with its byte order mark (Windows Notepad's "Unicode"):
	 * read as such, not refused as binary for its NUL bytes. */
	if (x->raw.len >= 2 && ((unsigned char)x->raw.data[0] == 0xFF &&
	    (unsigned char)x->raw.data[1] == 0xFE)) {
		d.utf16 = "utf-16le";
	} else if (x->raw.len >= 2 && (unsigned char)x->raw.data[0] == 0xFE &&
	    (unsigned char)x->raw.data[1] == 0xFF)
		d.utf16 = "utf-16be";
	if (d.utf16 != NULL) {
		dp_buf_reset(&x->decoded);
		dp_utf16_decode(&x->decoded, x->raw.data + 2, x->raw.len - 2,
		    strcmp(d.utf16, "utf-16be") == 0);
		dp_buf_reset(&x->raw);
		dp_buf_add(&x->raw, x->decoded.data, x->decoded.len);
	}
	if ((nul = memchr(x->raw.data, '\0', x->raw.len)) != NULL) {
		dp_warnat(name, line_of(x->raw.data,
		    (size_t)(nul - x->raw.data)),
		    "binary input (NUL byte); not converted");
		return DP_EX_DATAERR;
	}
	/* Nothing in, nothing out: no record of empty text (a named file
	 * says so, standard input stays quiet, as with cat /dev/null). */
	if (x->raw.len == 0) {
		if (base != NULL)
			dp_warn("%s: empty, no record", name);
		return 0;
	}
	if (base == NULL)
		d.seq = ++x->nstdin;
	d.bytes = x->raw.data;
	d.len = x->raw.len;
	return emit(x, &d, opt.front);
}

/* Nonzero if s holds only white space. */
static int
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

/*
 * Streams the pieces of one input: lines, blank-line blocks or pages.
 * Memory stays bounded by the largest piece.
 */
static int
convert_pieces(struct ctx *x, FILE *fp, const char *name, const char *base)
{
	struct doc d = { name, base ? name : "-", base, 1, 0, NULL, 0, NULL };
	struct dp_buf block = { 0 };
	unsigned long lineno = 0, start = 1;
	char *line = NULL, *nul;
	size_t cap = 0, len;
	ssize_t n;
	int rc = 0, st, delim = opt.split == SPLIT_FF ? '\f' : '\n';

	for (;;) {
		errno = 0;
		n = getdelim(&line, &cap, delim, fp);
		if (n == -1 && errno == ENOMEM)	/* no end of input */
			dp_die(DP_EX_OSERR, "%s: line %lu: out of memory", name,
			    lineno + 1);
		if (n == -1 && ferror(fp)) {
			dp_warn("%s: %s", name, strerror(errno));
			rc = dp_worst(rc, DP_EX_IOERR);
			break;
		}
		len = n == -1 ? 0 : (size_t)n;
		dp_progress_update(&x->prog, len, 0, 0);
		if (n != -1 && lineno == 0 && len >= 2 &&
		    (((unsigned char)line[0] == 0xFF &&
		    (unsigned char)line[1] == 0xFE) ||
		    ((unsigned char)line[0] == 0xFE &&
		    (unsigned char)line[1] == 0xFF))) {
			dp_warnat(name, 1, "UTF-16 input: --split reads UTF-8 "
			    "only (convert it with iconv -f UTF-16)");
			rc = dp_worst(rc, DP_EX_DATAERR);
			break;
		}
		if (n != -1 && (nul = memchr(line, '\0', len)) != NULL) {
			dp_warnat(name, lineno + line_of(line,
			    (size_t)(nul - line)),
			    "binary input (NUL byte); rest of input skipped");
			rc = dp_worst(rc, DP_EX_DATAERR);
			break;
		}
		if (n != -1 && len > 0 && line[len - 1] == delim)
			len--;
		if (delim == '\n' && len > 0 && line[len - 1] == '\r')
			len--;
		if (opt.split == SPLIT_BLANK) {
			if (n != -1 && !blank(line, len)) {
				if (block.len == 0)
					start = lineno + 1;
				else
					dp_buf_addc(&block, '\n');
				dp_buf_add(&block, line, len);
				lineno++;
				continue;
			}
			d.bytes = block.data;
			d.len = block.len;
			d.line = start;
		} else {
			d.bytes = line;
			d.len = len;
			d.line = lineno + 1;
		}
		if (n != -1)
			lineno += opt.split == SPLIT_FF ?
			    line_of(line, (size_t)n) - 1 : 1;
		if (d.len > 0 && !blank(d.bytes, d.len)) {
			d.seq = base == NULL ? ++x->nstdin : d.seq + 1;
			st = emit(x, &d, 0);
			rc = dp_worst(rc, st);
		}
		dp_buf_reset(&block);
		if (n == -1)
			break;
	}
	free(line);
	dp_buf_free(&block);
	return rc;
}

/* The 1-based line of byte offset off in s. */
static unsigned long
line_of(const char *s, size_t off)
{
	unsigned long line = 1;
	const char *p, *end = s + off;

	while ((p = memchr(s, '\n', (size_t)(end - s))) != NULL) {
		line++;
		s = p + 1;
	}
	return line;
}

/* Writes the record of one document; returns its exit status. */
static int
emit(struct ctx *x, const struct doc *d, int front)
{
	const char *text, *encoding, *lang = opt.lang;
	size_t len;
	int taken = 0;

	if (decode(x, d, &text, &len, &encoding) == -1)
		return DP_EX_DATAERR;
	dp_buf_reset(&x->meta);
	if (front && front_matter(x, d, &text, &len, &taken, &lang) == -1)
		return DP_EX_DATAERR;
	if (lang == NULL)
		lang = langid_guess(x, text, len);

	make_id(x, d, text, len);
	dp_buf_reset(&x->out);
	dp_buf_add(&x->out, "{\"id\":", 6);
	dp_json_str(&x->out, x->idbuf.data, x->idbuf.len);
	dp_buf_add(&x->out, ",\"meta\":{", 9);
	/* Front matter keys win over the ones to-jsonl would write. */
	if (!(taken & META_SOURCE)) {
		dp_buf_add(&x->out, "\"source\":", 9);
		dp_json_strz(&x->out, d->source);
		dp_buf_addc(&x->out, ',');
	}
	if (strcmp(encoding, "utf-8") != 0 && !(taken & META_ENCODING))
		dp_buf_printf(&x->out, "\"encoding\":\"%s\",", encoding);
	if (opt.split == SPLIT_LINE || opt.split == SPLIT_BLANK)
		dp_buf_printf(&x->out, "\"line\":%lu,", d->line);
	else if (opt.split == SPLIT_FF)
		dp_buf_printf(&x->out, "\"page\":%lu,", d->seq);
	dp_buf_add(&x->out, x->meta.data, x->meta.len);
	if (x->out.data[x->out.len - 1] == ',')
		x->out.len--;
	dp_buf_add(&x->out, "},\"lang\":", 9);
	dp_json_strz(&x->out, lang);
	dp_buf_add(&x->out, ",\"text\":", 8);
	dp_json_str(&x->out, text, len);
	dp_buf_add(&x->out, "}\n", 2);
	dp_write(x->out.data, x->out.len);
	if (opt.unbuffered && fflush(stdout) != 0)
		dp_die(DP_EX_IOERR, "<stdout>: %s", strerror(errno));
	dp_progress_update(&x->prog, 0, 1, 0);
	return 0;
}

/*
 * Checks and, if need be, decodes the document's bytes.  Sets the text,
 * its length and the encoding name; returns -1 after reporting input that
 * --encoding utf-8 refuses.
 */
static int
decode(struct ctx *x, const struct doc *d, const char **textp, size_t *lenp,
    const char **encp)
{
	const char *s = d->bytes;
	size_t n = d->len, good;

	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		n -= 3;
	}
	*encp = "utf-8";
	if (d->utf16 != NULL) {		/* decoded already, valid */
		*encp = d->utf16;
		*textp = s;
		*lenp = n;
		return 0;
	}
	if (opt.encoding != ENC_CP1252) {
		if ((good = dp_utf8_valid(s, n)) == n) {
			*textp = s;
			*lenp = n;
			return 0;
		}
		if (opt.encoding == ENC_UTF8) {
			dp_warnat(d->name, d->line - 1 + line_of(s, good),
			    "invalid UTF-8");
			return -1;
		}
		/* Once per input: a split file would warn on every line. */
		if (d->name != x->warned_input)
			dp_warnat(d->name, d->line - 1 + line_of(s, good),
			    "not valid UTF-8; decoded as Windows-1252");
		x->warned_input = d->name;
	}
	*encp = "windows-1252";
	dp_buf_reset(&x->decoded);
	dp_cp1252_decode(&x->decoded, s, n);
	*textp = x->decoded.data;
	*lenp = x->decoded.len;
	return 0;
}

/*
 * Moves front matter from the text into meta (as JSON members, each
 * followed by a comma): a YAML block between "---" lines, or leading
 * "key value" pairs.  Marks in *taken the keys of to-jsonl's own it
 * holds; a "lang" entry sets the language.
 */
static int
front_matter(struct ctx *x, const struct doc *d, const char **textp,
    size_t *lenp, int *taken, const char **langp)
{
	const char *t = *textp;
	size_t n = *lenp;

	if ((n >= 4 && memcmp(t, "---\n", 4) == 0) ||
	    (n >= 5 && memcmp(t, "---\r\n", 5) == 0))
		return yaml_front(x, d, textp, lenp, taken, langp);
	header_front(x, textp, lenp, taken, langp);
	return 0;
}

/* Skips the white space that separates front matter from the text. */
static void
skip_space(const char **textp, size_t *lenp)
{
	while (*lenp > 0 && isspace((unsigned char)**textp)) {
		(*textp)++;
		(*lenp)--;
	}
}

/* Notes a front matter key: one of to-jsonl's own, or the language. */
static void
note_key(struct ctx *x, const char *k, size_t klen, const char *v, size_t vlen,
    int *taken, const char **langp)
{
	if (klen == 6 && memcmp(k, "source", 6) == 0)
		*taken |= META_SOURCE;
	else if (klen == 8 && memcmp(k, "encoding", 8) == 0)
		*taken |= META_ENCODING;
	else if (klen == 4 && memcmp(k, "lang", 4) == 0 && v != NULL &&
	    *langp == NULL && vlen > 0 && vlen < sizeof(x->frontlang) &&
	    strspn(v, LANGCHARS) >= vlen) {
		memcpy(x->frontlang, v, vlen);
		x->frontlang[vlen] = '\0';
		*langp = x->frontlang;
	}
}

static int
yaml_front(struct ctx *x, const struct doc *d, const char **textp, size_t *lenp,
    int *taken, const char **langp)
{
	const char *t = *textp, *body, *p, *end = *textp + *lenp, *k, *v;
	struct dp_yaml *y;
	char err[512];
	size_t i, klen, vlen;
	dp_node root;
	int rc;

	body = memchr(t, '\n', *lenp) + 1;
	/* The block ends at a line "---" or "..."; none: no front matter. */
	for (p = body; p < end; p = memchr(p, '\n', (size_t)(end - p)) + 1) {
		if ((size_t)(end - p) >= 3 && (memcmp(p, "---", 3) == 0 ||
		    memcmp(p, "...", 3) == 0) && (p + 3 == end ||
		    p[3] == '\n' || (p[3] == '\r' && (p + 4 == end ||
		    p[4] == '\n'))))
			break;
		if (memchr(p, '\n', (size_t)(end - p)) == NULL) {
			p = end;
			break;
		}
	}
	if (p >= end)
		return 0;
	if ((y = dp_yaml_parse(body, (size_t)(p - body), d->name, 2, err,
	    sizeof(err))) == NULL) {
		fprintf(stderr, "%s: %s (front matter)\n", dp_getprogname(),
		    err);
		return -1;
	}
	root = dp_yaml_root(y);
	if (root != 0 && !dp_yaml_is_map(y, root)) {
		dp_warnat(d->name, 2, "front matter is not a mapping");
		dp_yaml_free(y);
		return -1;
	}
	rc = root == 0 ? 0 : yaml_members(y, root, &x->meta, 0, x->meta.len +
	    FRONT_GROWTH * (size_t)(p - body) + 4096, d->name);
	for (i = 0; rc == 0 && root != 0 && i < dp_yaml_len(y, root); i++) {
		k = dp_yaml_scalar(y, dp_yaml_key(y, root, i), &klen);
		v = dp_yaml_scalar(y, dp_yaml_value(y, root, i), &vlen);
		note_key(x, k, klen, v, vlen, taken, langp);
	}
	dp_yaml_free(y);
	if (rc == -1)
		return -1;
	if (x->meta.len > 0)
		dp_buf_addc(&x->meta, ',');
	p = memchr(p, '\n', (size_t)(end - p));
	*textp = p == NULL ? end : p + 1;
	*lenp = (size_t)(end - *textp);
	skip_space(textp, lenp);
	return 0;
}

/* Appends the pairs of a YAML mapping as JSON members, comma-separated. */
static int
yaml_members(const struct dp_yaml *y, dp_node map, struct dp_buf *b,
    int depth, size_t limit, const char *name)
{
	struct dp_strset *keys;
	const char *s;
	size_t i, len;
	int rc = 0;

	keys = dp_strset_new();
	for (i = 0; rc == 0 && i < dp_yaml_len(y, map); i++) {
		s = dp_yaml_scalar(y, dp_yaml_key(y, map, i), &len);
		if (s == NULL || dp_strset_find(keys, s, len) != NULL) {
			dp_warnat(name, 2, "front matter keys must be "
			    "unique scalars");
			rc = -1;
			break;
		}
		dp_strset_add(keys, s, len);
		if (i > 0)
			dp_buf_addc(b, ',');
		dp_json_str(b, s, len);
		dp_buf_addc(b, ':');
		rc = yaml_to_json(y, dp_yaml_value(y, map, i), b, depth + 1,
		    limit, name);
	}
	dp_strset_free(keys);
	return rc;
}

/* Appends a YAML node as JSON, its scalars as strings. */
static int
yaml_to_json(const struct dp_yaml *y, dp_node node, struct dp_buf *b,
    int depth, size_t limit, const char *name)
{
	const char *s;
	size_t i, len;

	/* An alias can make a document refer to itself. */
	if (depth > 32) {
		dp_warnat(name, 2, "front matter nested too deeply");
		return -1;
	}
	/* Aliases of aliases can make a few lines gigabytes (billion
	 * laughs): the meta may be at most FRONT_GROWTH times the front
	 * matter. */
	if (b->len > limit) {
		dp_warnat(name, 2, "front matter expands too much (aliases)");
		return -1;
	}
	if ((s = dp_yaml_scalar(y, node, &len)) != NULL) {
		dp_json_str(b, s, len);
		return 0;
	}
	if (dp_yaml_is_seq(y, node)) {
		dp_buf_addc(b, '[');
		for (i = 0; i < dp_yaml_len(y, node); i++) {
			if (i > 0)
				dp_buf_addc(b, ',');
			if (yaml_to_json(y, dp_yaml_item(y, node, i), b,
			    depth + 1, limit, name) == -1)
				return -1;
		}
		dp_buf_addc(b, ']');
		return 0;
	}
	dp_buf_addc(b, '{');
	if (yaml_members(y, node, b, depth, limit, name) == -1)
		return -1;
	dp_buf_addc(b, '}');
	return 0;
}

/*
 * Reads leading "key value" pairs such as the wire header " date 2025-07 ",
 * for a few keys whose values have a recognisable shape, so that ordinary
 * text is never taken for a header.
 */
static void
header_front(struct ctx *x, const char **textp, size_t *lenp, int *taken,
    const char **langp)
{
	static const struct {
		const char *key;
		const char *first;	/* what the value may start with */
	} keys[] = {
		{ "date", "0123456789" },
		{ "lang", "abcdefghijklmnopqrstuvwxyz" },
		{ "url", "h" },
		{ "source", NULL },
		{ "author", NULL }
	};
	const char *t = *textp, *end = *textp + *lenp, *k, *v;
	size_t i, klen, vlen, pairs = 0, mark = x->meta.len;

	for (;;) {
		while (t < end && (*t == ' ' || *t == '\t'))
			t++;
		for (k = t; t < end && *t >= 'a' && *t <= 'z'; t++)
			;
		klen = (size_t)(t - k);
		if (t >= end || *t != ' ')
			break;
		while (t < end && *t == ' ')
			t++;
		for (v = t; t < end && !isspace((unsigned char)*t); t++)
			;
		vlen = (size_t)(t - v);
		for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
			if (strlen(keys[i].key) == klen &&
			    memcmp(keys[i].key, k, klen) == 0)
				break;
		if (i == sizeof(keys) / sizeof(keys[0]) || vlen == 0 ||
		    (keys[i].first != NULL && !strchr(keys[i].first, *v)) ||
		    (i == 2 && (vlen < 8 || memcmp(v, "http", 4) != 0)))
			break;
		dp_json_str(&x->meta, k, klen);
		dp_buf_addc(&x->meta, ':');
		dp_json_str(&x->meta, v, vlen);
		dp_buf_addc(&x->meta, ',');
		note_key(x, k, klen, v, vlen, taken, langp);
		pairs++;
		*lenp -= (size_t)(t - *textp);
		*textp = t;
	}
	if (pairs == 0) {
		x->meta.len = mark;
		return;
	}
	skip_space(textp, lenp);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The letters profile.yaml says a language writes (letters: àâçéè…), as
 * one UTF-8 string, or NULL: a word holding one is a vote for it.
 */
static char *
profile_letters(const char *dir, const char *code)
{
	struct dp_buf path = { 0 };
	struct dp_yaml *y;
	const char *v;
	char *letters = NULL;
	size_t n;
	dp_node node;

	dp_buf_printf(&path, "%s/%s/profile.yaml", dir, code);
	if (access(dp_buf_cstr(&path), R_OK) == 0) {
		y = dp_yaml_load(path.data);
		if ((node = dp_yaml_get(y, dp_yaml_root(y), "letters")) != 0 &&
		    (v = dp_yaml_scalar(y, node, &n)) != NULL && n > 0)
			letters = dp_strndup(v, n);
		dp_yaml_free(y);
	}
	dp_buf_free(&path);
	return letters;
}

/*
 * Loads the function-word profile of every language that has a
 * lexicons/LANG/langid.yaml, so that adding a language is adding a file.
 * A word two languages share tells them apart from neither, so only the
 * words of one language count.
 */
static void
langid_load(struct ctx *x)
{
	const char *dir;
	struct dp_yaml *y;
	struct dp_buf path = { 0 };
	struct dirent *de;
	char **words;
	size_t i, j, n;
	int *mask;
	DIR *dp;

	x->langid.words = dp_strset_new();
	if ((dir = dp_lexicon_dir()) == NULL || (dp = opendir(dir)) == NULL)
		return;
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		dp_buf_reset(&path);
		dp_buf_printf(&path, "%s/%s/langid.yaml", dir, de->d_name);
		if (access(dp_buf_cstr(&path), R_OK) == -1)
			continue;
		if (x->langid.ncodes == 8 * sizeof(int) - 1)
			dp_die(DP_EX_CONFIG, "%s: too many languages", dir);
		x->langid.codes = dp_reallocarray(x->langid.codes,
		    x->langid.ncodes + 1, sizeof(*x->langid.codes));
		x->langid.codes[x->langid.ncodes++] = dp_strdup(de->d_name);
	}
	closedir(dp);
	/* Sorted, so that the result never depends on readdir order. */
	qsort(x->langid.codes, x->langid.ncodes, sizeof(*x->langid.codes),
	    cmp_str);
	x->langid.letters = dp_calloc(x->langid.ncodes + 1,
	    sizeof(*x->langid.letters));
	for (i = 0; i < x->langid.ncodes; i++) {
		dp_buf_reset(&path);
		dp_buf_printf(&path, "%s/%s/langid.yaml", dir,
		    x->langid.codes[i]);
		y = dp_yaml_load(dp_buf_cstr(&path));
		words = dp_yaml_strings(y, "words", &n);
		for (j = 0; j < n; j++) {
			mask = dp_strset_add(x->langid.words, words[j],
			    strlen(words[j]));
			*mask |= 1 << i;
		}
		free(words);
		dp_yaml_free(y);
		x->langid.letters[i] = profile_letters(dir,
		    x->langid.codes[i]);
	}
	dp_buf_free(&path);
}

/*
 * Counts a word's hit for the one language it belongs to, if any.
 * Returns the language's index, or -1.
 */
static int
langid_hit(struct ctx *x, const char *word, size_t len, size_t *hits)
{
	int *mask;

	if (len == 0 || len >= LANGID_WORDMAX ||
	    (mask = dp_strset_find(x->langid.words, word, len)) == NULL ||
	    (*mask & (*mask - 1)) != 0)
		return -1;
	hits[__builtin_ctz((unsigned)*mask)]++;
	return __builtin_ctz((unsigned)*mask);
}

/*
 * A word that is no function word votes for the one language whose
 * letters it holds (préfet: fr), if only one's.  Returns it, or -1.
 */
static int
letters_hit(struct ctx *x, const char *word, size_t len, size_t *hits)
{
	const char *p;
	size_t l, k, n;
	int found = -1;

	if (len == 0 || len >= LANGID_WORDMAX)
		return -1;
	for (l = 0; l < x->langid.ncodes; l++) {
		if ((p = x->langid.letters[l]) == NULL)
			continue;
		for (; *p != '\0'; p += n) {
			n = dp_utf8_seqlen(p, strlen(p));
			n = n > 0 ? n : 1;
			for (k = 0; n > 1 && k + n <= len; k++)
				if (memcmp(word + k, p, n) == 0)
					break;
			if (n > 1 && k + n <= len)
				break;
		}
		if (*p == '\0')
			continue;
		if (found >= 0)
			return -1;	/* two languages' letters */
		found = (int)l;
	}
	if (found >= 0)
		hits[found]++;
	return found;
}

/*
 * Guesses the language from function words: the language with at least 3
 * of its own words and twice the hits of any other, else "und".  Reading
 * stops once one language leads clearly, or after 16 KB.  Words are runs
 * of letters, lowercased byte-wise: ASCII and Latin-1 capitals (U+00C0 to
 * U+00DE); other non-ASCII characters count as letters, except those of
 * the General Punctuation block (U+2000-U+206F), such as the apostrophe ’.
 */
static const char *
langid_guess(struct ctx *x, const char *s, size_t n)
{
	char word[LANGID_WORDMAX];
	size_t i, w = 0, hits[8 * sizeof(int)] = { 0 }, best = 0, second,
	    l, bi = 0, words = 0;
	unsigned char c;
	int lang;

	if (x->langid.ncodes == 0)
		return "und";
	if (n > 16384)
		n = 16384;
	for (i = 0; i <= n; i++) {
		c = i < n ? (unsigned char)s[i] : ' ';
		if (c == 0xE2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x81)
			c = ' ';	/* U+2000-U+207F */
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
			if (w < sizeof(word))
				word[w] = (char)(c | 0x20);
			w++;
			continue;
		}
		if (c >= 0x80) {
			/* Ã€-Þ (C3 80-9E) lowercase to C3 A0-BE. */
			if (w > 0 && w <= sizeof(word) &&
			    (unsigned char)word[w - 1] == 0xC3 &&
			    c >= 0x80 && c <= 0x9E && c != 0x97)
				c += 0x20;
			if (w < sizeof(word))
				word[w] = (char)c;
			w++;
			continue;
		}
		if ((lang = langid_hit(x, word, w, hits)) < 0)
			lang = letters_hit(x, word, w, hits);
		if (lang >= 0 && hits[lang] > best)
			best = hits[lang];
		if (w > 0)
			words++;
		w = 0;
		/* Enough: one language has 16 hits and 4 times any other. */
		if (best >= 16 && words % 8 == 0) {
			for (second = 0, l = 0; l < x->langid.ncodes; l++)
				if (hits[l] != best && hits[l] > second)
					second = hits[l];
			if (4 * second <= best)
				break;
		}
	}
	for (best = second = 0, l = 0; l < x->langid.ncodes; l++) {
		if (hits[l] > best) {
			second = best;
			best = hits[l];
			bi = l;
		} else if (hits[l] > second)
			second = hits[l];
	}
	/*
	 * A short text has few function words: the words of a single
	 * language (function words, words with its letters) and none of
	 * another's decide (a headline, a sentence).  A long one with so
	 * few is in another language.
	 */
	if ((best >= 3 && best >= 2 * second) || (words < 16 && best >= 1 &&
	    second == 0))
		return x->langid.codes[bi];
	return "und";
}

/*
 * Sets idbuf to the record's id: the file's path as given without its
 * extension (-i path) or its name alone (-i name), with "#N" for the Nth
 * record of a split file; the XXH64 of the text for the standard input
 * (-i path: the same whatever chunk of it a run is given) and with -i
 * hash.  So a file gets the same id alone, in a batch or under parallel.
 * An id already written in the run gets "#2", "#3"... until unique.
 */
static void
make_id(struct ctx *x, const struct doc *d, const char *text, size_t len)
{
	size_t base;
	unsigned long k;

	dp_buf_reset(&x->idbuf);
	/* The standard input has no name that chunks of it share. */
	if (opt.idmode == ID_HASH || (opt.idmode == ID_PATH &&
	    d->idbase == NULL))
		dp_buf_printf(&x->idbuf, "%016llx",
		    (unsigned long long)XXH64(text, len, 0));
	else if (d->idbase == NULL)
		dp_buf_printf(&x->idbuf, "stdin#%lu", d->seq);
	else if (opt.split != SPLIT_FILE)
		dp_buf_printf(&x->idbuf, "%s#%lu", d->idbase, d->seq);
	else
		dp_buf_adds(&x->idbuf, d->idbase);
	base = x->idbuf.len;
	for (k = 2; !idset_add(&x->ids, x->idbuf.data, x->idbuf.len); k++) {
		x->idbuf.len = base;
		dp_buf_printf(&x->idbuf, "#%lu", k);
	}
}

/* Adds an id; returns 0 if it was already there. */
static int
idset_add(struct idset *set, const char *id, size_t len)
{
	uint64_t h = XXH64(id, len, 0), *old;
	size_t i, j, oldsize;

	h |= 1;		/* 0 marks a free slot */
	if (2 * (set->count + 1) > set->size) {
		old = set->slots;
		oldsize = set->size;
		set->size = oldsize ? 2 * oldsize : 1024;
		set->slots = dp_calloc(set->size, sizeof(*set->slots));
		for (i = 0; i < oldsize; i++) {
			if (old[i] == 0)
				continue;
			for (j = old[i] & (set->size - 1); set->slots[j];
			    j = (j + 1) & (set->size - 1))
				;
			set->slots[j] = old[i];
		}
		free(old);
	}
	for (j = h & (set->size - 1); set->slots[j] != 0;
	    j = (j + 1) & (set->size - 1))
		if (set->slots[j] == h)
			return 0;
	set->slots[j] = h;
	set->count++;
	return 1;
}

