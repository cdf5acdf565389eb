/*
 * filter.c: the loop of a JSON Lines tool: each operand in turn, each
 * record in turn, errors reported with their location.
 */

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "common.h"

static int	 filter_file(const struct dp_filter *, FILE *, const char *,
		    struct dp_progress *, dp_record_fn, void *);

static int
filter_file(const struct dp_filter *opt, FILE *fp, const char *name,
    struct dp_progress *prog, dp_record_fn fn, void *arg)
{
	struct dp_jsonl *in;
	struct dp_record *r;
	const char *why;
	int rc = 0, st, got;

	in = dp_jsonl_open(fp, name, opt->repair);
	while ((got = dp_jsonl_next(in, &r)) == 1) {
		if ((why = dp_jsonl_error(in)) != NULL) {
			dp_warnat(name, r->lineno, "%s", why);
			st = DP_EX_DATAERR;
		} else
			st = fn(r, arg);
		rc = dp_worst(rc, st);
		if (st != 0 && !opt->keep_going)
			break;
		if (opt->unbuffered && fflush(stdout) != 0)
			dp_die(DP_EX_IOERR, "<stdout>: %s", strerror(errno));
		dp_progress_update(prog, r->len + 1, 1, 0);
	}
	if (got == -1) {
		dp_warn("%s: %s", name, strerror(errno));
		rc = dp_worst(rc, DP_EX_IOERR);
	}
	dp_jsonl_close(in);
	return rc;
}

int
dp_filter_run(const struct dp_filter *opt, char **ops, int nops,
    dp_record_fn fn, void *arg)
{
	static char *dash[] = { "-", NULL };
	struct dp_progress prog;
	FILE *fp;
	int i, rc = 0, st, bad = 0;

	dp_progress_start(&prog, opt->progress, ops, nops);
	if (nops == 0) {
		ops = dash;
		nops = 1;
	}
	for (i = 0; i < nops; i++) {
		if ((fp = dp_open(ops[i])) == NULL) {
			rc = dp_worst(rc, DP_EX_NOINPUT);
			continue;
		}
		st = filter_file(opt, fp, dp_opname(ops[i]), &prog, fn, arg);
		rc = dp_worst(rc, st);
		dp_close(fp);
		dp_progress_update(&prog, 0, 0, 1);
		/* a bad record stops the run, whatever came before it */
		if (st == DP_EX_DATAERR) {
			bad = 1;
			if (!opt->keep_going)
				break;
		}
	}
	dp_progress_end(&prog);
	/* A lost record says more than a missing input (65 over 66). */
	return bad && rc == DP_EX_NOINPUT ? DP_EX_DATAERR : rc;
}
