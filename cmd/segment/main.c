/*
 * main.c: segment's options and its run over the input records
 * (segment(1)).
 */

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "common.h"
#include "segment.h"

static struct options {
	const char	*lang;		/* forced, or NULL: the record's */
	const char	*lexicon;	/* the user's extra lexicon */
	const char	*train;		/* write a boundary model learned */
	int		 epochs;
	float		 margin;	/* an end must outweigh going on */
	struct dp_filter filter;
} opt = { .epochs = 10 };

static DP_NORETURN void usage(int);
static void	 ctx_init(struct ctx *);
static void	 ctx_free(struct ctx *);
static void	 job_init(void *, const void *);
static void	 job_fini(void *, void *);

static const struct dp_jobctx jobctx = { job_init, job_fini };

static const struct option longopts[] = {
	{ "epochs",	required_argument,	NULL, 'e' },
	{ "lang",	required_argument,	NULL, 'l' },
	{ "lexicon",	required_argument,	NULL, 'L' },
	{ "margin",	required_argument,	NULL, 'm' },
	{ "train",	required_argument,	NULL, 't' },
	DP_LONGOPTS_JOBS,
	DP_LONGOPTS_KEEP_GOING,
	DP_LONGOPTS_PROGRESS,
	DP_LONGOPTS_COMMON
};

static void
usage(int status)
{
	dp_usage(status,
	    "usage: segment [-hkpuV] [-j jobs] [-L lexicon.yaml] [-l lang] "
	    "[file ...]\n"
	    "       segment -t model [-e epochs] [-m margin] [-l lang] "
	    "[file ...]\n"
	    "  -e, --epochs N       passes over the training data (10)\n"
	    "  -j, --jobs N         records read at once (CPUs, at most 4)\n"
	    "  -L, --lexicon FILE   more abbreviations, titles, elisions\n"
	    "  -l, --lang LANG      segment every record as LANG\n"
	    "  -m, --margin N       by how much an end must outweigh going on\n"
	    "  -t, --train FILE     learn a boundary model from the records'\n"
	    "                       gold sentences\n", 1);
}

int
main(int argc, char *argv[])
{
	struct ctx x = { 0 };
	char code[16], *end;
	int ch, rc;

	dp_setprogname(argv);
	while ((ch = getopt_long(argc, argv, "e:hj:kL:l:m:pt:uV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'e':
			opt.epochs = dp_epochs_arg(optarg);
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
		case 'm':
			opt.margin = strtof(optarg, &end);
			if (*end != '\0' || !(opt.margin >= 0 &&
			    opt.margin <= 1000))
				dp_die(DP_EX_USAGE, "%s: bad margin", optarg);
			break;
		case 't':
			opt.train = optarg;
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

	ctx_init(&x);
	/* Bad lexicons are found before any input is read. */
	dp_record_lang(NULL, opt.lang != NULL ? opt.lang : "und", code,
	    sizeof(code));
	dp_langs_get(x.langs, code);
	/* a model learns from the records in order, in one context */
	if (opt.train != NULL)
		opt.filter.jobs = 1;
	rc = dp_filter_run_jobs(&opt.filter, argv, argc, segment_record, &x,
	    sizeof(x), &jobctx);
	if (opt.train != NULL && rc == 0)
		boundary_train(&x, opt.epochs, opt.margin);
	ctx_free(&x);
	return dp_worst(rc, dp_close_stdout());
}

/* The options a context takes, its ASCII table, its languages. */
static void
ctx_init(struct ctx *x)
{
	int ch;

	for (ch = 0; ch < 128; ch++)
		x->ascii[ch] = (uint32_t)ch |
		    (uint32_t)dp_ascii_class[ch] << CP_BITS;
	x->lang_opt = opt.lang;
	x->train = opt.train;
	x->langs = dp_langs_new(&lang_ops, opt.lexicon, x);
}

static void
job_init(void *p, const void *first)
{
	(void)first;
	ctx_init(p);
}

static void
job_fini(void *p, void *first)
{
	(void)first;
	ctx_free(p);
}

static void
ctx_free(struct ctx *x)
{
	dp_langs_free(x->langs);
	free(x->cps);
	free(x->toks);
	free(x->sents);
	free(x->paras);
	free(x->sentnext);
	free(x->openq);
	free(x->goldend);
	dp_examples_free(&x->examples);
	dp_buf_free(&x->scratch);
}
