/*
 * main.c: tag-entities' options and its run over the input records
 * (tag-entities(1)).
 */

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tag-entities.h"

static DP_NORETURN void usage(int);
static const char *parse_options(int, char *[]);
static void	 ctx_free(struct ctx *);
static void	 job_init(void *, const void *);
static void	 job_fini(void *, void *);

static const struct dp_jobctx jobctx = { job_init, job_fini };

static void
usage(int status)
{
	dp_usage(status,
	    "usage: tag-entities [-kpu] [-j jobs] [-l lang] [-L lexicon] "
	    "[-m model] [file ...]\n"
	    "       tag-entities -t model [-e epochs] [-l lang] [file ...]\n"
	    "       tag-entities -C lang\n"
	    "Adds entities (PER LOC ORG MISC NORP DATE QUANTITY MONEY "
	    "PERCENT) to records\n" "that segment has tokenized.\n"
	    "  -C, --compile LANG  save LANG's lexicons and model, compiled\n"
	    "  -e, --epochs N      passes over the training data (12)\n"
	    "  -j, --jobs N        records tagged at once (CPUs, at most 4)\n"
	    "  -L, --lexicon FILE  names to find whatever the model says\n"
	    "  -l, --lang LANG     the language of every record\n"
	    "  -m, --model FILE    the model to tag with\n"
	    "  -t, --train FILE    learn a model from the records' entities\n",
	    1);
}

static const struct option longopts[] = {
	{ "compile",	required_argument,	NULL, 'C' },
	{ "epochs",	required_argument,	NULL, 'e' },
	{ "lexicon",	required_argument,	NULL, 'L' },
	{ "lang",	required_argument,	NULL, 'l' },
	{ "model",	required_argument,	NULL, 'm' },
	{ "train",	required_argument,	NULL, 't' },
	DP_LONGOPTS_JOBS,
	DP_LONGOPTS_KEEP_GOING,
	DP_LONGOPTS_PROGRESS,
	DP_LONGOPTS_COMMON
};

static struct options opt = { .epochs = 12 };

/* Sets opt from the command line; returns -C's language, or NULL. */
static const char *
parse_options(int argc, char *argv[])
{
	const char *compile = NULL;
	int ch;

	while ((ch = getopt_long(argc, argv, "C:e:hj:kL:l:m:pt:uV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'C':
			compile = optarg;
			break;
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
			opt.model = optarg;
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
	return compile;
}

int
main(int argc, char *argv[])
{
	struct ctx x = { 0 };
	char code[16];
	const char *compile;
	int rc;

	dp_setprogname(argv);
	compile = parse_options(argc, argv);
	argc -= optind;
	argv += optind;

	x.opt = &opt;
	x.langs = dp_langs_new(&lang_ops, opt.lexicon, &opt);
	if (compile != NULL) {
		if (argc > 0 || opt.lexicon != NULL || opt.model != NULL ||
		    opt.train != NULL)
			usage(DP_EX_USAGE);
		dp_record_lang(NULL, compile, code, sizeof(code));
		dp_langs_compile(x.langs, code, NULL);
		ctx_free(&x);
		return 0;
	}
	/* Bad lexicons and models are found before any input is read. */
	dp_record_lang(NULL, opt.lang != NULL ? opt.lang : "und", code,
	    sizeof(code));
	dp_langs_get(x.langs, code);
	/* a model learns from the records in order, in one context */
	if (opt.train != NULL)
		opt.filter.jobs = 1;
	opt.filter.chunk = DP_HEAVY_CHUNK;
	rc = dp_filter_run_jobs(&opt.filter, argv, argc, tag_record, &x,
	    sizeof(x), &jobctx);
	if (opt.train != NULL && rc == 0)
		train(&x);
	/* Said once, not per record: a run without languages is rarely
	 * meant (segment --lang or to-jsonl sets them). */
	if (x.nolang > 0)
		dp_warn("%zu record%s had no language: dates and numbers "
		    "only, no names", x.nolang, x.nolang == 1 ? "" : "s");
	ctx_free(&x);
	return dp_worst(rc, dp_close_stdout());
}

/*
 * A job's context: the options, and the first context's languages, read
 * only once loaded (dp_langs_get() loads under its lock); its caches of
 * them are its own (struct langcache).
 */
static void
job_init(void *p, const void *first)
{
	struct ctx *x = p;

	x->opt = &opt;
	x->langs = ((const struct ctx *)first)->langs;
}

static void
job_fini(void *p, void *first)
{
	struct ctx *x = p;

	((struct ctx *)first)->nolang += x->nolang;
	x->langs = NULL;	/* the first context's */
	ctx_free(x);
}

static void
ctx_free(struct ctx *x)
{
	size_t i;

	for (i = 0; i < x->ncaches; i++) {
		free(x->caches[i].infos);
		free(x->caches[i].cachekeys);
		free(x->caches[i].cachevals);
		free(x->caches[i].edges);
	}
	free(x->caches);
	dp_langs_free(x->langs);
	dp_doc_free(&x->doc);
	free(x->toks);
	dp_buf_free(&x->scratch);
	dp_buf_free(&x->out);
	dp_buf_free(&x->keybuf);
	free(x->feats);
	free(x->keyends);
	free(x->mentions);
	free(x->sorting);
	free(x->featoff);
	free(x->emit);
	free(x->tags);
	free(x->fixed);
	free(x->ents);
	free(x->order);
	free(x->starts);
	free(x->seen);
	free(x->votes);
	dp_examples_free(&x->tr.ex);
	free(x->compounds);
	free(x->tr.ents);
}
