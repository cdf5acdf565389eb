/*
 * normalize.h: what the files of normalize share.
 *
 *   main.c        options, records, the passes over a text
 *   mojibake.c    UTF-8 misread through a single-byte code page, repaired
 *   codepages.c   those code pages (tools/mkcodepages)
 */

#include <stddef.h>
#include <stdint.h>

/* A single-byte code page: the characters of bytes 0x80-0xFF. */
struct codepage {
	const char	*name;
	uint16_t	 high[128];
};

/* In the order repairs prefer them: the most common misreading first. */
extern const struct codepage codepages[];
extern const size_t ncodepages;

struct mojibake;

struct mojibake	*mojibake_new(void);
/* Whether n bytes at s may hold mojibake (most text cannot). */
int		 mojibake_suspect(const struct mojibake *, const char *,
		    size_t);
void		 mojibake_free(struct mojibake *);
/*
 * The text of n bytes at s with its mojibake repaired, into out; returns
 * the number of characters repaired, 0 if none (out is then undefined).
 */
size_t		 mojibake_repair(struct mojibake *, const char *, size_t,
		    struct dp_buf *);
