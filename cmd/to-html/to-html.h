/*
 * to-html.h: what the files of to-html share: the marks of a record's
 * text, its claims, and the context of a run (struct ctx).
 *
 *   main.c   options, the run
 *   page.c   the page: head, one article per record, summary and index
 */

#include <stdint.h>

#define NKINDS	7
extern const char *const kinds[NKINDS];

/* A span of the text and what it is, for the marks. */
struct mark {
	uint32_t	 start, end;	/* code points */
	const char	*what;		/* entity label, "src", "cue", "cnt" */
	size_t		 whatlen;
	const char	*key, *keyend;	/* an entity's key or value (JSON) */
	long		 claim;		/* the claim's number, or -1 */
};

/* A claim as listed. */
struct claim {
	struct mark	 source, cue, content;
	char		 kind[16];
	int		 hedged, direct, mixed, has_source;
};

/* What a run keeps: the page so far, then one record's state. */
struct ctx {
	const char	*title;		/* -t: the page's */
	size_t		 narticles;
	struct dp_buf	 index;		/* the index's items */
	size_t		 labels[16], nents;	/* by entity_labels (< 16) */
	size_t		 nkinds[NKINDS], nclaims;
	struct dp_strset *sources;	/* source text -> claims */
	char		**sourcev;	/* the sources, in order met */
	size_t		 nsources, capsources;
	struct dp_buf	 textbuf, scratch, out;
	uint32_t	*boff;
	size_t		 capboff, ncps;
	uint32_t	*sents;
	size_t		 capsents, nsents;
	struct mark	*marks;
	size_t		 nmarks, capmarks;
	size_t		*active;	/* marks over a piece of text */
	size_t		 capactive;
	struct claim	*claims;
	size_t		 nclaimsrec, capclaims;
	uint32_t	*cuts;
	size_t		 ncuts, capcuts;
};

extern const char *const entity_labels[];


int	 page_record(struct dp_record *, void *);
void	 write_head(const struct ctx *);
void	 write_tail(struct ctx *);
