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
	struct dp_filter filter;
} opt;

static DP_NORETURN void usage(int);
static void	 ctx_free(struct ctx *);

static const struct option longopts[] = {
	{ "lang",	required_argument,	NULL, 'l' },
	{ "lexicon",	required_argument,	NULL, 'L' },
	DP_LONGOPTS_KEEP_GOING,
	DP_LONGOPTS_PROGRESS,
	DP_LONGOPTS_COMMON
};

static void
usage(int status)
{
	dp_usage(status,
	    "usage: segment [-hkpuV] [-L lexicon.yaml] [-l lang] [file ...]\n"
	    "  -L, --lexicon FILE   more abbreviations, titles, elisions\n"
	    "  -l, --lang LANG      segment every record as LANG\n", 1);
}

int
main(int argc, char *argv[])
{
	struct ctx x = { 0 };
	char code[16];
	int ch, rc;

	dp_setprogname(argv);
	for (ch = 0; ch < 128; ch++)
		x.ascii[ch] = (uint32_t)ch |
		    (uint32_t)dp_ascii_class[ch] << CP_BITS;
	while ((ch = getopt_long(argc, argv, "hkL:l:puV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'h':
			usage(0);
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
	x.langs = dp_langs_new(&lang_ops, opt.lexicon, NULL);
	/* Bad lexicons are found before any input is read. */
	dp_record_lang(NULL, opt.lang != NULL ? opt.lang : "und", code,
	    sizeof(code));
	dp_langs_get(x.langs, code);
	rc = dp_filter_run(&opt.filter, argv, argc, segment_record, &x);
	ctx_free(&x);
	return dp_worst(rc, dp_close_stdout());
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
	dp_buf_free(&x->scratch);
}
