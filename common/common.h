/*
 * common.h: the one header of libcommon, the library every depeche tool
 * links.  One section per .c file.  See LICENSE for terms.
 *
 * Ownership: a function that returns a pointer says who frees it.  Unless
 * said otherwise, pointers into a record (struct dp_record) stay valid only
 * until the next record is read or parsed into it, and strings are
 * length-counted UTF-8 that may hold NUL bytes.
 */

#ifndef DP_COMMON_H
#define DP_COMMON_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#define DP_VERSION	"0.1.0"

#if defined(__GNUC__) || defined(__clang__)
#define DP_NORETURN	__attribute__((__noreturn__))
#define DP_PRINTF(f, a)	__attribute__((__format__(__printf__, f, a)))
#define DP_INLINE	inline __attribute__((__always_inline__))
#else
#define DP_NORETURN
#define DP_PRINTF(f, a)
#define DP_INLINE	inline
#endif

/* err.c: the program name, messages and exit statuses (sysexits(3)). */

enum dp_exit {
	DP_EX_OK = 0,
	DP_EX_USAGE = 64,	/* bad option or operand */
	DP_EX_DATAERR = 65,	/* a bad input record or document */
	DP_EX_NOINPUT = 66,	/* an input cannot be opened */
	DP_EX_SOFTWARE = 70,	/* internal error */
	DP_EX_OSERR = 71,	/* out of memory */
	DP_EX_CANTCREAT = 73,	/* an output file cannot be created */
	DP_EX_IOERR = 74,	/* read or write error */
	DP_EX_CONFIG = 78	/* bad lexicon or rule file */
};

/* Takes the name from argv[0] and leaves it there, for getopt's messages. */
void		 dp_setprogname(char *[]);
const char	*dp_getprogname(void);
/* "tool: message" on stderr. */
void		 dp_warn(const char *, ...) DP_PRINTF(1, 2);
/* "tool: file:line: message" on stderr; line 0 leaves the line out. */
void		 dp_warnat(const char *, unsigned long, const char *, ...)
		    DP_PRINTF(3, 4);
DP_NORETURN void dp_die(int, const char *, ...) DP_PRINTF(2, 3);
/*
 * Prints a tool's usage text and then the options all tools share (with
 * -k for tools that read records), on stdout if status is 0, else on
 * stderr; exits with status.
 */
DP_NORETURN void dp_usage(int, const char *, int);
/* Returns the more severe of two exit statuses (the larger, 0 lowest). */
int		 dp_worst(int, int);

/* xalloc.c: allocation that exits 71 on failure. */

void		*dp_malloc(size_t);
void		*dp_calloc(size_t, size_t);
void		*dp_realloc(void *, size_t);
void		*dp_reallocarray(void *, size_t, size_t);
int		 dp_resize_cap(size_t *, size_t);
char		*dp_strdup(const char *);
char		*dp_strndup(const char *, size_t);
/*
 * Should this allocation, or line read, fail?  A test hook: true once, at
 * the Nth call, when DEPECHE_FAIL_ALLOC=N is set (depeche(7)); the
 * wrappers above then exit 71 as if memory ran out.
 */
int		 dp_alloc_fails(void);
/* Is that hook set (DEPECHE_FAIL_ALLOC)? */
int		 dp_alloc_hooked(void);

/* buf.c: a growable byte buffer, reused from record to record. */

struct dp_buf {
	char	*data;		/* owned; NUL-terminated after dp_buf_cstr */
	size_t	 len;
	size_t	 cap;
};

void	 dp_buf_grow(struct dp_buf *, size_t);	/* room for n more bytes */
void	 dp_buf_add(struct dp_buf *, const void *, size_t);
void	 dp_buf_addc(struct dp_buf *, int);
void	 dp_buf_adds(struct dp_buf *, const char *);
void	 dp_buf_printf(struct dp_buf *, const char *, ...) DP_PRINTF(2, 3);
void	 dp_buf_vprintf(struct dp_buf *, const char *, va_list);
/* Appends v in decimal: a number in the output, faster than printf. */
void	 dp_buf_addu(struct dp_buf *, unsigned long);
char	*dp_buf_cstr(struct dp_buf *);	/* NUL-terminates, returns data */
void	 dp_buf_free(struct dp_buf *);
#define	 dp_buf_reset(b)	((b)->len = 0)

/* io.c: operands, whole-input reading, standard output. */

/*
 * Opens an operand; "-" is the standard input.  On failure, a directory
 * included, warns "tool: name: reason" and returns NULL.
 */
FILE	*dp_open(const char *);
void	 dp_close(FILE *);
/* The name messages use for an operand: "<stdin>" for "-". */
const char *dp_opname(const char *);
/* Flushes and closes stdout; returns 0 or 74 after warning. */
int	 dp_close_stdout(void);
/*
 * Gives stdout a buffer of 256 KB, once, before anything is written to
 * it: a filter's records go out in a few large writes, not one a 4 KB
 * (dp_filter_run calls it; a tool that writes first calls it first).
 */
void	 dp_buffer_stdout(void);
/* Writes n bytes to stdout; exits 74 on error (EPIPE kills us first). */
void	 dp_write(const void *, size_t);
/*
 * The same past stdio's buffer, after flushing it: n bytes already whole
 * in memory (a chunk of records) are not copied again.
 */
void	 dp_write_through(const void *, size_t);
/*
 * Keeps what the calling thread writes (dp_write) and says (dp_warn,
 * dp_warnat) in out and err until called with NULLs; dp_die says it at
 * once.  filter.c's jobs put each record's out in input order.
 */
void	 dp_capture(struct dp_buf *, struct dp_buf *);
struct dp_buf	*dp_captured_err(void);

/* utf8.c: UTF-8 over utf8proc; tool code never sees utf8proc types. */

/*
 * Returns the length of the longest valid UTF-8 prefix of s (RFC 3629:
 * no overlongs, surrogates or code points above U+10FFFF).  Equal to n
 * when all of s is valid.
 */
size_t	 dp_utf8_valid(const char *, size_t);
/*
 * Length of the valid UTF-8 sequence at s (s[0] >= 0x80), or 0 if it is
 * not one.
 */
size_t	 dp_utf8_seqlen(const char *, size_t);
/* Number of code points in valid UTF-8. */
size_t	 dp_utf8_count(const char *, size_t);
/* Bytes the first ncps code points of valid UTF-8 s take (at most n). */
size_t	 dp_utf8_skip(const char *, size_t, size_t);
/*
 * Decodes the code point at s[0] (n > 0) into *cp and returns its length
 * in bytes; on invalid input, sets *cp to -1 and returns 1.
 */
size_t	 dp_utf8_decode(const char *, size_t, int32_t *);
/* Writes the UTF-8 encoding of cp (1 to 4 bytes) and returns its length. */
size_t	 dp_utf8_encode(int32_t, char *);
/*
 * Sets (*v)[i] to the byte offset of the i-th code point of valid UTF-8 s,
 * and (*v)[count] to n; grows *v as needed (*cap counts entries).  Returns
 * the number of code points.
 */
size_t	 dp_utf8_offsets(const char *, size_t, uint32_t **, size_t *);
/* Appends the UTF-8 encoding of cp to b. */
void	 dp_utf8_put(struct dp_buf *, int32_t);
/* Appends s decoded as Windows-1252 (bytes it leaves undefined map to C1). */
void	 dp_cp1252_decode(struct dp_buf *, const char *, size_t);
/*
 * Appends the UTF-16 text s (n bytes, big-endian if big, without its byte
 * order mark) as UTF-8; lone surrogates and an odd last byte become
 * U+FFFD.
 */
void	 dp_utf16_decode(struct dp_buf *, const char *, size_t, int);
/* The character Windows-1252 gives byte c (0x80-0x9F; others map to self). */
int32_t	 dp_cp1252_char(unsigned char);
/*
 * The byte that encodes cp in Windows-1252, with the C1 controls standing
 * for themselves; -1 if there is none.
 */
int	 dp_cp1252_byte(int32_t);
/*
 * Nonzero if NFC (NFKC if compat) leaves cp alone whatever surrounds it,
 * so that text made only of such characters needs no normalizing.
 */
int	 dp_utf8_nfc_inert(int32_t, int);
/* Appends valid UTF-8 s composed to NFC, or NFKC if compat, to b. */
void	 dp_utf8_nfc(struct dp_buf *, const char *, size_t, int);
/* Character classes, from the Unicode general category. */
enum dp_class {
	DP_CL_OTHER, DP_CL_UPPER, DP_CL_LETTER, DP_CL_MARK, DP_CL_DIGIT,
	DP_CL_SPACE, DP_CL_NEWLINE, DP_CL_PUNCT, DP_CL_SYMBOL
};

/*
 * The class of cp: UPPER for Lu and Lt, LETTER for other letters, MARK,
 * DIGIT (Nd), NEWLINE (LF, VT, FF, CR, NEL, U+2028, U+2029), SPACE (Zs and
 * TAB), PUNCT (P*), SYMBOL (S*), else OTHER.
 */
enum dp_class	 dp_uclass(int32_t);
int		 dp_ucurrency(int32_t);
/* dp_uclass() of each ASCII character, as a table. */
extern const unsigned char dp_ascii_class[128];
/* cp lowercased (simple case mapping). */
int32_t	 dp_ulower(int32_t);
/* The letter a character is made on, its marks dropped: é → e. */
int32_t	 dp_ubase(int32_t);

/* The Unicode version utf8proc implements, e.g. "13.0.0". */
const char *dp_unicode_version(void);

/* json.c: JSON values: writing and string decoding. */

/* Appends s as a JSON string, quotes included, escaping what RFC 8259 asks. */
void	 dp_json_str(struct dp_buf *, const char *, size_t);
#define	 dp_json_strz(b, s)	dp_json_str((b), (s), strlen(s))
/*
 * Appends n code point spans as a JSON array of [start,end] pairs; v holds
 * start and end of each span, one after the other (2n numbers).
 */
void	 dp_json_spans(struct dp_buf *, const uint32_t *, size_t);
/*
 * Writes n spans to stdout as dp_json_spans appends them, a chunk at a
 * time: each span is two uint32_t, start and end, at the start of an
 * element stride bytes long (an array of pairs, or of structs that begin
 * with them).  A record's tokens go out without a copy.
 */
void	 dp_write_spans(const void *, size_t, size_t);
/* Spans for dp_set's emit: dp_emit_spans(&spans) writes them so. */
struct dp_spans {
	const void	*v;
	size_t		 n;
	size_t		 stride;
};
void	 dp_emit_spans(const void *);
/*
 * Reads a JSON array of [start,end] pairs (start <= end < 2^32) into *v,
 * grown as needed (*cap counts numbers); returns the number of spans, or -1
 * if the text is not such an array.
 */
ssize_t	 dp_json_spans_parse(const char *, size_t, uint32_t **, size_t *);
/*
 * Appends the UTF-8 that the JSON string body s (between the quotes, already
 * validated by the reader) stands for.  A lone UTF-16 surrogate escape,
 * which UTF-8 cannot carry, makes it return -1 when lone is NULL; else it
 * becomes U+FFFD and *lone counts it.  Returns 0 otherwise.
 */
int	 dp_json_unescape(struct dp_buf *, const char *, size_t, size_t *);

/* jsonl.c: the record reader and writer (see depeche(7)). */

enum dp_type {
	DP_NULL, DP_FALSE, DP_TRUE, DP_NUMBER, DP_STRING, DP_ARRAY, DP_OBJECT
};

/* A top-level field: offsets into the record's line. */
struct dp_field {
	const char	*key;	/* decoded; into line if it has no escape */
	size_t		 keylen;
	size_t		 rawkey;	/* the key as written, no quotes */
	size_t		 rawkeylen;
	size_t		 start;	/* first byte of the value */
	size_t		 end;	/* one past its last byte */
	enum dp_type	 type;
	int		 escaped;	/* a string value holding a backslash */
	/* An array of [start,end] spans only: its spans, read while the
	 * record was checked, in the record's spans from span0; else -1. */
	size_t		 span0;
	ssize_t		 nspans;
};

/* Owned by its reader; the members from keys on are the parser's scratch. */
struct dp_record {
	const char	*name;		/* input name for messages */
	unsigned long	 lineno;	/* its line in that input */
	char		*line;		/* the object, '{' to '}' */
	size_t		 len;
	struct dp_field	*fields;	/* in input order */
	size_t		 nfields;
	size_t		 replaced;	/* invalid bytes made U+FFFD (repair) */
	size_t		 capfields;
	struct dp_buf	 keys;		/* decoded keys that held escapes */
	struct dp_buf	 stack;		/* open '{' and '[' while scanning */
	uint32_t	*spans;		/* of the fields that are spans */
	size_t		 nspans, capspans;
};

struct dp_jsonl;

/*
 * Starts reading records from fp; name is used in messages.  With repair,
 * a line that is not valid UTF-8 is read with each offending byte made
 * U+FFFD (counted in the record's replaced) instead of being rejected.
 */
struct dp_jsonl	*dp_jsonl_open(FILE *, const char *, int);
/* A line of the input: its text (in the reader's buffer until the next
 * read), its number, the invalid bytes made U+FFFD (repair). */
struct dp_line {
	char		*s;
	size_t		 len;
	unsigned long	 lineno;
	size_t		 replaced;
};
/*
 * Reads the next line that is not blank, a byte order mark and the
 * trailing white space off, repaired if asked; dp_record_parse() makes it
 * a record.  Returns 1, 0 at end of input, or -1 after a read error
 * (errno set).
 */
int		 dp_jsonl_line(struct dp_jsonl *, struct dp_line *);
void		 dp_jsonl_close(struct dp_jsonl *);

/*
 * Parses one line into r (the reader's work; exposed for unit tests).
 * Returns 0, or -1 with the reason in err.  Free r with dp_record_free.
 */
int		 dp_record_parse(struct dp_record *, char *, size_t, char *,
		    size_t);
void		 dp_record_free(struct dp_record *);
/* The field called key, or NULL. */
const struct dp_field *dp_record_get(const struct dp_record *, const char *);
/*
 * The decoded string value of a field.  Returns a pointer into the line when
 * the string has no escapes, else into scratch (reset first); sets *lenp.
 * Returns NULL if the value holds a lone surrogate.
 */
const char	*dp_record_str(const struct dp_record *,
		    const struct dp_field *, struct dp_buf *, size_t *);

/*
 * The decoded string value of the field key, for a tool that needs it.  If
 * it is missing, not a string, or holds a lone surrogate while lone is
 * NULL, reports why at the record's line (naming owner, the tool that
 * writes it) and returns NULL.  Otherwise as dp_record_str, and lone
 * surrogates become U+FFFD counted in *lone.
 */
const char	*dp_record_need(const struct dp_record *, const char *,
		    const char *, struct dp_buf *, size_t *, size_t *);

/*
 * A field a tool sets: a key and its value as JSON text, or, when emit is
 * set, written to stdout by emit(arg) (a value too large to hold twice).
 */
struct dp_set {
	const char	*key;
	const char	*json;
	size_t		 len;
	void		(*emit)(const void *);
	const void	*arg;
};

/*
 * Writes the record to stdout with the given fields set: a field already
 * there gets its value replaced in place, others are appended in order.
 * Every other byte of the line is written as read.
 */
void		 dp_record_write(const struct dp_record *,
		    const struct dp_set *, size_t);

/* record.c: what tools after segment read from a record. */

/*
 * Writes into code (size bytes) the primary subtag of forced, or if it is
 * NULL of the record's "lang", lowercased: "fr" for "fr-CA"; "und" when
 * there is none.
 */
void	 dp_record_lang(const struct dp_record *, const char *, char *,
	    size_t);
/*
 * Reads the array of [start,end] spans in the field key into *v (as
 * dp_json_spans_parse).  Returns the number of spans, or -1 after reporting
 * at the record's line that it is missing (run owner first) or malformed.
 */
ssize_t	 dp_record_spans(const struct dp_record *, const char *,
	    const char *, uint32_t **, size_t *);

/*
 * Checks that n spans are non-empty, in order and end by limit; else
 * reports the first that is not, calling it what ("token"), and returns -1.
 */
int	 dp_record_check_spans(const struct dp_record *, const char *,
	    const uint32_t *, size_t, size_t);

/* An entity as tag-entities writes it; label points into the record. */
struct dp_entity {
	uint32_t	 start;		/* code points, end exclusive */
	uint32_t	 end;
	const char	*label;		/* "label" (or "type"), or NULL */
	size_t		 labellen;
};

/*
 * Reads the record's "entities" into *v, grown as needed; returns their
 * number, or -1 after reporting (naming owner if the field is missing).
 */
ssize_t	 dp_record_entities(const struct dp_record *, const char *,
	    struct dp_entity **, size_t *);

/*
 * Walks a JSON object or array the reader has validated: *pp at its '{'
 * or '[' first, then where the last call left it.  Sets the next member's
 * key (with key non-NULL: an object's; raw, no quotes, escapes as
 * written) and the value's bytes [*val, *valend), and returns 1; returns
 * 0 at the end (*pp past it), -1 if it is no such value.
 */
int	 dp_json_next(const char **, const char *, const char **, size_t *,
	    const char **, const char **);

/*
 * doc.c: the document object of the tools that read annotations (after
 * segment): the record's text, its tokens, sentences and entities, read
 * and checked once per record.  Zero it before the first dp_doc_read; its
 * arrays are reused from record to record and point into the record (see
 * the ownership rule above).
 */
struct dp_token {
	uint32_t	 start, end;	/* code points, end exclusive */
	uint32_t	 bstart, bend;	/* bytes of text */
	uint32_t	 lower;		/* its lowercase form: doc->lower.data */
	uint32_t	 lowerlen;	/* + lower, NUL-terminated (dp_lower) */
	uint32_t	 sent;		/* its sentence */
	int32_t		 first;		/* its first character */
	int		 space;		/* white space (or nothing) before it */
	char		 shape[12];	/* with DP_DOC_SHAPES: see below */
	char		 digit;		/* and then: shape holds a 'd' */
	char		 cased;		/* and: lower differs from the text (a
					 * capital, U+2019): else one key is
					 * both, as written and lowercased */
};

struct dp_doc {
	const char	*text;
	size_t		 len;		/* bytes */
	/* The byte offset of each code point from boffbase on, less
	 * boffbyte: the record's (both 0, boff[ncps] == len), or with
	 * DP_DOC_PARTS those of the part's sentences and tokens; see
	 * dp_doc_byte(). */
	uint32_t	*boff;
	size_t		 boffbase, boffbyte;
	size_t		 ncps;		/* code points */
	/* The tokens and sentences: the record's, or with DP_DOC_PARTS
	 * those of its part (dp_doc_next_part), numbered from 0 in it. */
	struct dp_token	*toks;
	size_t		 ntoks;
	uint32_t	*sents;		/* start, end of each sentence */
	size_t		 nsents;
	size_t		*sfirst;	/* first token of each, then ntoks */
	size_t		 part;		/* which part: 0 starts the record */
	struct dp_entity *ents;		/* with DP_DOC_ENTITIES */
	size_t		 nents;
	int		 ents_ordered;	/* by start, none inside another */
	struct dp_buf	 lower;		/* the tokens' lowercase forms */
	/* The reader's own. */
	struct dp_buf	 textbuf;
	uint32_t	*spans, *sentspans;	/* the record's */
	size_t		 nspans, nsentspans;
	size_t		 nexttok, nextsent;	/* where the next part starts */
	size_t		 walkcp, walkbyte;	/* where the last part's ended */
	unsigned	 flags;
	size_t		 capboff, capspans, captoks, capsents, capsfirst;
	size_t		 capents;
};

#define DP_DOC_SENTENCES 1	/* segment's sentences are needed */
#define DP_DOC_ENTITIES	2	/* read tag-entities' entities too */
/*
 * Each token's shape too: the class of each character, X upper, x other
 * letter or mark, d digit, an ASCII mark as itself, ' an apostrophe, o
 * anything else; runs of one class as one (Xx for Paris, d.d for 3.5),
 * at most 11.
 */
#define DP_DOC_SHAPES	4
/*
 * The tokens a part at a time, by dp_doc_next_part(): a tool whose arrays
 * per token are many keeps its memory bounded on a record of any size.
 * The text and its offsets stay the record's.
 */
#define DP_DOC_PARTS	8

/*
 * Reads a record into d: text, tokens (checked against the text) and
 * sentences; without DP_DOC_SENTENCES a record that has none is one
 * sentence.  Returns 0, or -1 after reporting at the record's line.
 */
int	 dp_doc_read(struct dp_doc *, const struct dp_record *, unsigned);
/*
 * With DP_DOC_PARTS: makes the next part of the record its tokens and
 * sentences, whole sentences of at most maxtoks tokens together (a longer
 * sentence alone), and returns 1; returns 0 when none is left.  A record
 * without tokens is one empty part.
 */
int	 dp_doc_next_part(struct dp_doc *, size_t);

/* The byte offset in d->text of code point cp, one of the part's. */
static inline uint32_t
dp_doc_byte(const struct dp_doc *d, size_t cp)
{
	return (uint32_t)(d->boff[cp - d->boffbase] + d->boffbyte);
}
void	 dp_doc_free(struct dp_doc *);
/*
 * Appends s lowercased, with U+2019 as U+0027 so that lexicons need one
 * apostrophe: how tokens and lexicon words are compared.
 */
void	 dp_lower(struct dp_buf *, const char *, size_t);
/*
 * With ordered entities, the first that ends after cp, and the first that
 * starts at or after it (nents if none); 0 when they are not ordered.
 */
size_t	 dp_doc_first_ending_after(const struct dp_doc *, uint32_t);
size_t	 dp_doc_first_starting_from(const struct dp_doc *, uint32_t);
/*
 * Is token k a word in capitals of two letters or more (CGT, PARIS), with
 * hyphens too when asked (SAINT-DENIS)?
 */
int	 dp_doc_in_capitals(const struct dp_doc *, size_t, int);
/* Is the entity's label this one? */
int	 dp_entity_is(const struct dp_entity *, const char *);
/*
 * A dateline that opens the sentence at token first (PARIS, 24 nov. (AFP)
 * -, LONDON (Reuters) -, MARSEILLE, 23 nov. 2026 -): a dash a few tokens
 * in, after a closing parenthesis or after a place in capitals and its
 * comma.  Returns the token after the dash, else first.
 */
size_t	 dp_doc_dateline_end(const struct dp_doc *, size_t, size_t);

/* filter.c: the read-process-write loop shared by the JSON Lines tools. */

/*
 * Called per valid record.  Returns 0 after writing it, or an exit status
 * after reporting why it could not (dp_warnat with r->name, r->lineno).
 */
typedef int	(*dp_record_fn)(struct dp_record *, void *);

struct dp_filter {
	int	 keep_going;	/* report a bad record and go on */
	int	 unbuffered;	/* flush after each record */
	int	 repair;	/* invalid UTF-8 to U+FFFD (dp_jsonl_open) */
	int	 progress;	/* DP_PROGRESS_: see progress.c */
	int	 jobs;		/* records at once (-j); 0: dp_default_jobs() */
	size_t	 chunk;		/* bytes of records a job takes at once;
				 * 0: filter.c's CHUNK_BYTES */
};
/*
 * The chunk of a tool whose work on a byte is five times segment's
 * (tag-entities, extract-claims): a third of the hand-overs' context
 * switches, 2 to 4 % of its time on the benchmark.  segment's output,
 * three times its input, would not stay in the cache a chunk that size
 * (a fifth more time): it keeps the default.
 */
#define DP_HEAVY_CHUNK	((size_t)256 << 10)

/*
 * progress.c: files, records, megabytes, rate and time left on the
 * standard error.  AUTO: on where stderr is a terminal and stdout no pipe
 * (the last stage of a pipeline a person watches); ON: on anywhere, a
 * line every ten seconds where stderr is no terminal.
 */
enum { DP_PROGRESS_AUTO, DP_PROGRESS_OFF, DP_PROGRESS_ON };
struct dp_progress {
	int		 on, tty;
	int		 nfiles, done;
	int		 sized;		/* every operand a regular file */
	uint64_t	 total, bytes, records;
	struct timespec	 start, last;
};
/* Starts counting over the n operands (stdin when none). */
void		 dp_progress_start(struct dp_progress *, int, char **, int);
/* Adds bytes read, records and files done; redraws now and then. */
void		 dp_progress_update(struct dp_progress *, size_t, size_t, int);
void		 dp_progress_end(struct dp_progress *);
/* -p, --progress and --no-progress, for getopt_long. */
#define DP_OPT_NO_PROGRESS	0x100

/*
 * Runs fn over every record of the operands (stdin when none).  A bad
 * record stops the run with 65 unless keep_going, even after an operand
 * that could not be opened (66), which it outranks.  Returns the exit
 * status.
 */
int	 dp_filter_run(const struct dp_filter *, char **, int, dp_record_fn,
	    void *);
/*
 * A tool's contexts for jobs: init makes one like first (the options,
 * languages of its own: a context's caches are written as it works);
 * fini adds what one counted into first, then frees it.
 */
struct dp_jobctx {
	void	(*init)(void *, const void *);
	void	(*fini)(void *, void *);
};
/*
 * dp_filter_run with opt->jobs threads, each with a context of size bytes
 * made by jc, while the calling thread reads the lines and puts out what
 * the threads write and say of each record, in input order.  At most four
 * megabytes of lines are in flight, and a line is read only where it is
 * there to be read or nothing is in flight.  A line of a megabyte or more
 * is worked on alone, by the calling thread in first: a long record takes
 * one context's memory.  The threads start with the first chunk of
 * records handed over: an input of one chunk (64 records, 64 KB) is
 * worked on by the calling thread alone.  One job where the allocation
 * test hook is set (its count needs one order).  Returns the exit status
 * dp_filter_run would.
 */
int	 dp_filter_run_jobs(const struct dp_filter *, char **, int,
	    dp_record_fn, void *, size_t, const struct dp_jobctx *);
/* How many jobs a run takes by default: the CPUs online, at most 4. */
int	 dp_default_jobs(void);

/* cli.c: conventions every tool's main() shares. */

/*
 * The long options every tool has (dp_usage lists them), for the end of a
 * tool's getopt_long(3) table; KEEP_GOING too for tools reading records.
 */
#define DP_LONGOPTS_COMMON \
	{ "help",	no_argument,	NULL, 'h' }, \
	{ "unbuffered",	no_argument,	NULL, 'u' }, \
	{ "version",	no_argument,	NULL, 'V' }, \
	{ NULL,		0,		NULL, 0 }
#define DP_LONGOPTS_KEEP_GOING \
	{ "keep-going",	no_argument,	NULL, 'k' }
#define DP_LONGOPTS_JOBS \
	{ "jobs",	required_argument,	NULL, 'j' }
#define DP_LONGOPTS_PROGRESS \
	{ "progress",	no_argument,	NULL, 'p' }, \
	{ "no-progress", no_argument,	NULL, DP_OPT_NO_PROGRESS }

/* Prints "tool (depeche) VERSION" on stdout and exits 0. */
DP_NORETURN void dp_version(void);
/*
 * The number of passes a model's training makes (--epochs), from an
 * option's argument: 1 to 1000, else exits 64 saying so.
 */
int		 dp_epochs_arg(const char *);
/* -j's argument, 1 to 64, or exits 64 saying why not. */
int		 dp_jobs_arg(const char *);
/*
 * The lexicon directory: $DEPECHE_LEXICONS, else lexicons/ beside the
 * build tree's bin/, else the installed share/depeche/lexicons.  Returns a
 * static string; NULL when DEPECHE_LEXICONS is "none" (said once).  Exits
 * 78 naming the places searched when there is none.
 */
const char	*dp_lexicon_dir(void);

/* lexicon.c: YAML documents (lexicons, rules, front matter) over libyaml. */

struct dp_yaml;
typedef int	dp_node;	/* 0 is no node */

/*
 * Loads the YAML file path.  On error prints "tool: path:line:column:
 * problem" and exits 78.  Free with dp_yaml_free.
 */
struct dp_yaml	*dp_yaml_load(const char *);
/*
 * Parses a YAML document held in memory; line numbers in messages are
 * offset by firstline - 1.  Returns NULL and writes "name:line:column:
 * problem" into err on error.
 */
struct dp_yaml	*dp_yaml_parse(const char *, size_t, const char *,
		    unsigned long, char *, size_t);
void		 dp_yaml_free(struct dp_yaml *);
dp_node		 dp_yaml_root(const struct dp_yaml *);
int		 dp_yaml_is_map(const struct dp_yaml *, dp_node);
int		 dp_yaml_is_seq(const struct dp_yaml *, dp_node);
/* A scalar's text and length, or NULL if the node is not a scalar. */
const char	*dp_yaml_scalar(const struct dp_yaml *, dp_node, size_t *);
/* Items of a sequence, pairs of a mapping: count, then i-th (0-based). */
size_t		 dp_yaml_len(const struct dp_yaml *, dp_node);
dp_node		 dp_yaml_item(const struct dp_yaml *, dp_node, size_t);
dp_node		 dp_yaml_key(const struct dp_yaml *, dp_node, size_t);
dp_node		 dp_yaml_value(const struct dp_yaml *, dp_node, size_t);
/* The value of key in a mapping, or 0. */
dp_node		 dp_yaml_get(const struct dp_yaml *, dp_node, const char *);
/* Prints "tool: file:line:column: message" for node and exits 78. */
DP_NORETURN void dp_yaml_die(const struct dp_yaml *, dp_node, const char *,
		    ...) DP_PRINTF(3, 4);
/*
 * Loads a list of strings, the value of key in the root mapping, into a
 * NULL-terminated array allocated in one piece with its strings: free(3)
 * it.  Sets *np.  The list is a YAML sequence of scalars, or one scalar
 * holding words separated by white space.  Dies with 78 if it is neither.
 */
char		**dp_yaml_strings(const struct dp_yaml *, const char *,
		    size_t *);

/*
 * lang.c: each language's resources, loaded once per run.  A tool says
 * which lexicon files it reads and how; dp_langs_get() loads a language
 * the first time it is asked for: LEXDIR/LANG/profile.yaml (the
 * properties in which languages differ, depeche(7)), then the tool's
 * files in order, then the user's overlay.  Missing built-in files are
 * skipped; a missing overlay, or a file that is no YAML mapping, exits 78.
 */
struct dp_image;

struct dp_lang_ops {
	const char *const *files;	/* under LEXDIR/LANG/, NULL-ended */
	size_t		 size;		/* of the tool's language */
	/* A new language, zeroed, its code (valid as long as the cache). */
	void		(*init)(void *, const char *, void *);
	/* One file: its name in files, "profile.yaml", or NULL (user's). */
	void		(*load)(void *, const char *, struct dp_yaml *,
			    void *);
	/* After the files: LEXDIR/LANG if the language has one, else NULL. */
	void		(*done)(void *, const char *, void *);
	void		(*free)(void *);	/* what the language owns */
	/*
	 * A tool whose language takes long to build may keep it compiled
	 * (image.c) in LEXDIR/LANG/image, of format, built from
	 * profile.yaml, files and image_also (NULL-ended, or NULL).  With
	 * no overlay loaded yet, image_save appends the language's sections,
	 * image_load reads them into a new one: 0, or -1 if they hold none.
	 */
	const char	*image;
	const char	*image_format;
	const char *const *image_also;
	void		(*image_save)(const void *, struct dp_buf *, void *);
	int		(*image_load)(void *, const struct dp_image *, void *);
};

struct dp_langs;

/* A cache of languages; user is the overlay (-L) or NULL; arg is passed on. */
struct dp_langs	*dp_langs_new(const struct dp_lang_ops *, const char *,
		    void *);
/*
 * The language of a primary subtag ("fr"; "und": the overlay alone).
 * Threads may share a dp_langs: a language is looked up and loaded under
 * a lock, once.
 */
void		*dp_langs_get(struct dp_langs *, const char *);
/*
 * Builds the language of code from its files, the overlay left out, and
 * saves it as its image in LEXDIR/LANG/, or at path if not NULL.
 */
void		 dp_langs_compile(struct dp_langs *, const char *,
		    const char *);
void		 dp_langs_free(struct dp_langs *);
/* Is the code "und" (undetermined, BCP 47) or empty: no language's? */
int		 dp_lang_undetermined(const char *);
/*
 * A profile's boolean (true/false) or one of a NULL-ended list of choices
 * (its index): returns 1 and sets *v if key is in the root mapping, 0 if
 * not; exits 78 on any other value.
 */
int		 dp_profile_bool(const struct dp_yaml *, const char *, int *);
int		 dp_profile_choice(const struct dp_yaml *, const char *,
		    const char *const *, int *);

/* strset.c: a set of byte strings, for lexicon lookups. */

struct dp_strset;

struct dp_strset *dp_strset_new(void);
/* Adds a copy of s; returns its value slot (initially 0). */
int		*dp_strset_add(struct dp_strset *, const char *, size_t);
/* The value slot of s, or NULL if s is not in the set. */
int		*dp_strset_find(const struct dp_strset *, const char *, size_t);
/*
 * The same, given the key's hash, dp_strset_hash(s, n): a caller that
 * hashed a word once (tag-entities, each token's lowercase form) looks it
 * up in several sets without hashing it again.  The hash is XXH3_64bits,
 * seed 0, which a caller may inline: images' sets are placed by it.
 */
int		*dp_strset_find_hashed(const struct dp_strset *, const char *,
		    size_t, uint64_t);
uint64_t	 dp_strset_hash(const char *, size_t);
/* The length of the longest string: a longer one need not be looked up. */
size_t		 dp_strset_maxlen(const struct dp_strset *);
/* Whether a key of the set can begin with that byte: a quick no. */
int		 dp_strset_may_begin(const struct dp_strset *, unsigned char);
void		 dp_strset_free(struct dp_strset *);
/*
 * A set as bytes for an image (image.c), appended to b; and a set made
 * from n bytes of one, their number in *used, or NULL if they hold none.
 * That set uses the bytes in place (they must be 8-aligned and outlive
 * it) until something is added to it.
 */
void		 dp_strset_to_image(const struct dp_strset *, struct dp_buf *);
struct dp_strset *dp_strset_from_image(const char *, size_t, size_t *);
/*
 * The sets of a structure, named by their offsets in it (a language's
 * lists, offsetof(struct lang, abbrev)...): each made empty, each freed.
 */
void		 dp_strsets_new(void *, const size_t *, size_t);
void		 dp_strsets_free(void *, const size_t *, size_t);

/*
 * image.c: compiled lexicons, which a tool reads with one read(2) where
 * building them from YAML takes long.  An image names the files (under
 * dir) it was built from, with their sizes and hashes; it is good while
 * they are unchanged, and for the format named (a tool's, with its
 * version).  Sections are tagged blobs (DP_TAG('S','E','T','S')).
 */
#define DP_TAG(a, b, c, d)	((uint32_t)(a) | (uint32_t)(b) << 8 | \
				    (uint32_t)(c) << 16 | (uint32_t)(d) << 24)
struct dp_image;

/* Starts an image in out: its format and the sources' stamps. */
void		 dp_image_begin(struct dp_buf *, const char *, const char *,
		    const char *const *);
void		 dp_image_section(struct dp_buf *, uint32_t, const void *,
		    size_t);
/* Ends the image and writes it to path (replaced whole); 0 or -1, errno. */
int		 dp_image_save(struct dp_buf *, const char *);
/*
 * The image at path if it is good for format and the sources under dir;
 * else NULL, *why saying why (NULL: there is no image).
 */
struct dp_image	*dp_image_open(const char *, const char *, const char *,
		    const char **);
/*
 * A section's bytes and length, or NULL.  They start at a multiple of 8
 * and stay valid until dp_image_close(); they may be written (privately).
 */
const char	*dp_image_get(const struct dp_image *, uint32_t, size_t *);
void		 dp_image_close(struct dp_image *);

/*
 * model.c: a sequence labeller over hashed features (an averaged structured
 * perceptron decoded with Viterbi).  A sequence of n positions gives the
 * features of position i in feats[off[i]] to feats[off[i + 1] - 1].
 */

struct dp_model;

/* A model to train, with its labels and a description saved with it. */
struct dp_model	*dp_model_new(char *const *, size_t, const char *);
/* Loads a saved model; exits 78 if path is not one. */
struct dp_model	*dp_model_load(const char *);
/*
 * Averages a model in training, leaves out features whose weights all stay
 * under prune in magnitude, and saves it.  Returns 0, or -1 with errno.
 */
int		 dp_model_save(struct dp_model *, const char *, double);
void		 dp_model_free(struct dp_model *);
size_t		 dp_model_nlabels(const struct dp_model *);
/*
 * The floats of a row of scores: the labels', then as many zeros as make
 * a multiple of four (vector operations take them four at a time).
 */
size_t		 dp_model_stride(const struct dp_model *);
const char	*dp_model_label(const struct dp_model *, size_t);
const char	*dp_model_about(const struct dp_model *);
size_t		 dp_model_nfeatures(const struct dp_model *);
/*
 * A loaded model as bytes for an image (image.c), appended to b; and a
 * model made from n bytes of one, or NULL if they hold none; it uses
 * them in place, so they must outlive it.
 */
void		 dp_model_to_image(const struct dp_model *, struct dp_buf *);
struct dp_model	*dp_model_from_image(const char *, size_t);
/*
 * Adds to a label's weight at a sequence's start, learned or not: where
 * sequences are of one position, a threshold the other labels must beat.
 */
void		 dp_model_prior(struct dp_model *, int, float);
/* Allows or forbids label to after label from (-1: the first position). */
void		 dp_model_allow(struct dp_model *, int, int, int);
/*
 * Adds the weights of n features, one per label, to s, a row of
 * dp_model_stride() floats (those past the labels' stay as they are, or
 * get 0).  The weights are far apart in memory: dp_model_prefetch() them
 * first, the more at once the better.
 */
void		 dp_model_scores(const struct dp_model *, const uint64_t *,
		    size_t, float *);
/* Adds a row of scores (dp_model_stride() floats) to another. */
void		 dp_model_add_row(const struct dp_model *, float *,
		    const float *);
/* Asks the processor for the memory the weights of n features are in. */
void		 dp_model_prefetch(const struct dp_model *, const uint64_t *,
		    size_t);
/*
 * The best labels for n positions given their scores (n rows of
 * dp_model_stride() floats, the labels' first), which the sums of the
 * decoding overwrite; fixed, if not NULL, gives per position a label it
 * must have, or -1.
 */
void		 dp_model_decode(struct dp_model *, float *, size_t,
		    const int *, int *);
/*
 * The best label of a sequence of one position, given its n features (its
 * start weights counted): dp_model_tag() without a sequence's work.
 */
int		 dp_model_best(const struct dp_model *, const uint64_t *,
		    size_t);
/* The best labels for a sequence, into out[0..n). */
void		 dp_model_tag(struct dp_model *, const uint64_t *,
		    const uint32_t *, size_t, int *);
/*
 * One perceptron step: tags the sequence into guess and, where it differs
 * from gold, moves the weights towards gold.  Returns the positions wrong.
 */
size_t		 dp_model_learn(struct dp_model *, const uint64_t *,
		    const uint32_t *, size_t, const int *, int *);

/*
 * A feature's 64-bit key from its template number and a value (a word's
 * hash): splitmix64's finalizer, applied to each so that the keys of
 * templates and values that differ by a bit differ everywhere.
 */
static inline uint64_t
dp_mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= UINT64_C(0xbf58476d1ce4e5b9);
	x ^= x >> 27;
	x *= UINT64_C(0x94d049bb133111eb);
	return x ^ (x >> 31);
}

/*
 * Examples to learn from: sequences of positions, each position's features
 * feats[off[i]] to feats[off[i + 1] - 1] and its gold label, sequence s
 * being positions first[s] to first[s + 1] - 1.
 */
struct dp_examples {
	uint64_t	*feats;
	uint32_t	*off;
	int		*gold;
	size_t		*first;
	size_t		 nfeats, capfeats, npos, cappos, nseq, capseq;
};

/*
 * Adds a sequence of n positions: position i's features are
 * feats[featoff[i]] to feats[featoff[i + 1] - 1], its label gold[i].
 */
void		 dp_examples_add(struct dp_examples *, const uint64_t *,
		    const uint32_t *, const int *, size_t);
void		 dp_examples_free(struct dp_examples *);
/*
 * Trains a model on examples for a number of epochs, each in an order
 * shuffled the same way every run; says each one's errors on stderr, the
 * positions named by the last argument ("tokens").
 */
void		 dp_model_fit(struct dp_model *, const struct dp_examples *,
		    int, const char *);

#endif /* DP_COMMON_H */
