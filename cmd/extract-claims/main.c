/*
 * main.c: extract-claims' options and its run over the input records
 * (extract-claims(1)).
 */

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "common.h"
#include "extract-claims.h"

static struct options {
	const char	*lang;
	const char	*lexicon;
	int		 explain;
	struct dp_filter filter;
} opt;

static DP_NORETURN void usage(int);
static void	 ctx_free(struct ctx *);
static void	 job_init(void *, const void *);
static void	 job_fini(void *, void *);

static const struct dp_jobctx jobctx = { job_init, job_fini };

static void
usage(int status)
{
	dp_usage(status,
	    "usage: extract-claims [-ekpu] [-j jobs] [-l lang] [-L lexicon] "
	    "[file ...]\n"
	    "Adds claims (who said what, of whom, how sure) to records that "
	    "tag-entities\nhas tagged.\n"
	    "  -e, --explain       why each claim: its construction, kind and "
	    "hedge\n"
	    "  -j, --jobs N        records read at once (CPUs, at most 4)\n"
	    "  -L, --lexicon FILE  more cues and words, as in claims.yaml\n"
	    "  -l, --lang LANG     the language of every record\n", 1);
}

static const struct option longopts[] = {
	{ "explain",	no_argument,		NULL, 'e' },
	{ "lexicon",	required_argument,	NULL, 'L' },
	{ "lang",	required_argument,	NULL, 'l' },
	DP_LONGOPTS_JOBS,
	DP_LONGOPTS_KEEP_GOING,
	DP_LONGOPTS_PROGRESS,
	DP_LONGOPTS_COMMON
};

int
main(int argc, char *argv[])
{
	struct ctx x = { 0 };
	char code[16];
	int ch, rc;

	dp_setprogname(argv);
	while ((ch = getopt_long(argc, argv, "ehj:kL:l:puV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'e':
			opt.explain = 1;
			break;
		case 'h':
			usage(0);
		case 'j':
			opt.filter.jobs = dp_jobs_arg(optarg);
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
		case 'L':
			opt.lexicon = optarg;
			break;
		case 'l':
			opt.lang = optarg;
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

	x.lang_opt = opt.lang;
	x.explain = opt.explain;
	x.langs = dp_langs_new(&lang_ops, opt.lexicon, NULL);
	/* Bad lexicons are found before any input is read. */
	if (opt.lang != NULL) {
		dp_record_lang(NULL, opt.lang, code, sizeof(code));
		dp_langs_get(x.langs, code);
	} else if (opt.lexicon != NULL)
		dp_langs_get(x.langs, "und");
	opt.filter.chunk = DP_HEAVY_CHUNK;
	rc = dp_filter_run_jobs(&opt.filter, argv, argc, extract_record, &x,
	    sizeof(x), &jobctx);
	ctx_free(&x);
	return dp_worst(rc, dp_close_stdout());
}

/*
 * A job's context: the options, and the first context's languages, which
 * extract-claims only reads once they are loaded (a job loading its own
 * took as long as a few hundred records).
 */
static void
job_init(void *p, const void *first)
{
	struct ctx *x = p;

	x->lang_opt = opt.lang;
	x->explain = opt.explain;
	x->langs = ((const struct ctx *)first)->langs;
}

static void
job_fini(void *p, void *first)
{
	struct ctx *x = p;

	(void)first;
	x->langs = NULL;	/* the first context's */
	ctx_free(x);
}

static void
ctx_free(struct ctx *x)
{
	dp_langs_free(x->langs);
	dp_doc_free(&x->doc);
	free(x->toks);
	free(x->lastper);
	free(x->claims);
	free(x->taken);
	free(x->order);
	free(x->maxsent_to);
	free(x->minend_from);
	free(x->wordcache);
	dp_buf_free(&x->out);
}
