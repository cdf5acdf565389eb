/*
 * main.c: to-html's options and its run over the input records: one
 * self-contained HTML page of depeche records (to-html(1)).
 */

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "common.h"
#include "to-html.h"

static struct options {
	const char	*title;
	struct dp_filter filter;
} opt = { "depeche", { 0, 0, 0, DP_PROGRESS_AUTO, 1, 0 } };

static DP_NORETURN void usage(int);
static void	 ctx_free(struct ctx *);

static const struct option longopts[] = {
	{ "title",	required_argument,	NULL, 't' },
	DP_LONGOPTS_KEEP_GOING,
	DP_LONGOPTS_PROGRESS,
	DP_LONGOPTS_COMMON
};

static void
usage(int status)
{
	dp_usage(status,
	    "usage: to-html [-kpu] [-t title] [file ...]\n"
	    "Writes one HTML page of depeche records: their text, entities "
	    "and claims.\n"
	    "  -t, --title TITLE  the page's title (depeche)\n", 1);
}

int
main(int argc, char *argv[])
{
	struct ctx x = { 0 };
	int ch, rc;

	dp_setprogname(argv);
	while ((ch = getopt_long(argc, argv, "hkpt:uV", longopts,
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
		case 't':
			opt.title = optarg;
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

	x.title = opt.title;
	x.sources = dp_strset_new();
	dp_buffer_stdout();
	write_head(&x);
	rc = dp_filter_run(&opt.filter, argv, argc, page_record, &x);
	write_tail(&x);
	ctx_free(&x);
	return dp_worst(rc, dp_close_stdout());
}

static void
ctx_free(struct ctx *x)
{
	size_t i;

	dp_buf_free(&x->index);
	dp_strset_free(x->sources);
	for (i = 0; i < x->nsources; i++)
		free(x->sourcev[i]);
	free(x->sourcev);
	dp_buf_free(&x->textbuf);
	dp_buf_free(&x->scratch);
	dp_buf_free(&x->out);
	free(x->boff);
	free(x->sents);
	free(x->marks);
	free(x->active);
	free(x->claims);
	free(x->cuts);
}

