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
static void	 ctx_free(struct ctx *);

static const struct option longopts[] = {
	{ "epochs",	required_argument,	NULL, 'e' },
	{ "lang",	required_argument,	NULL, 'l' },
	{ "lexicon",	required_argument,	NULL, 'L' },
	{ "margin",	required_argument,	NULL, 'm' },
	{ "train",	required_argument,	NULL, 't' },
	DP_LONGOPTS_KEEP_GOING,
	DP_LONGOPTS_PROGRESS,
	DP_LONGOPTS_COMMON
};

static void
usage(int status)
{
	dp_usage(status,
	    "usage: segment [-hkpuV] [-L lexicon.yaml] [-l lang] [file ...]\n"
	    "       segment -t model [-e epochs] [-m margin] [-l lang] "
	    "[file ...]\n"
	    "  -e, --epochs N       passes over the training data (10)\n"
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
	for (ch = 0; ch < 128; ch++)
		x.ascii[ch] = (uint32_t)ch |
		    (uint32_t)dp_ascii_class[ch] << CP_BITS;
	while ((ch = getopt_long(argc, argv, "e:hkL:l:m:pt:uV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'e':
			opt.epochs = dp_epochs_arg(optarg);
			break;
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

	x.lang_opt = opt.lang;
	x.train = opt.train;
	x.langs = dp_langs_new(&lang_ops, opt.lexicon, &x);
	/* Bad lexicons are found before any input is read. */
	dp_record_lang(NULL, opt.lang != NULL ? opt.lang : "und", code,
	    sizeof(code));
	dp_langs_get(x.langs, code);
	rc = dp_filter_run(&opt.filter, argv, argc, segment_record, &x);
	if (opt.train != NULL && rc == 0)
		boundary_train(&x, opt.epochs, opt.margin);
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
	free(x->goldend);
	dp_examples_free(&x->examples);
	dp_buf_free(&x->scratch);
}
