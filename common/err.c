/*
 * err.c: the program name, diagnostics and exit statuses.  Messages take
 * the err(3) shape with a location: "tool: file:line: message".
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

static const char *progname = "depeche";

static void	 vwarnat(const char *, unsigned long, const char *, va_list);

void
dp_setprogname(char *argv[])
{
	char *slash;

	if (argv[0] == NULL || *argv[0] == '\0')
		return;
	if ((slash = strrchr(argv[0], '/')) != NULL)
		argv[0] = slash + 1;
	progname = argv[0];
}

const char *
dp_getprogname(void)
{
	return progname;
}

/*
 * "tool: [file:[line:] ]message" on stderr, or where the thread's messages
 * are kept while it works on a record of a chunk (dp_capture).  The two
 * are written apart: stderr's path allocates nothing, so that running out
 * of memory can still be said (71), where a buffer for both would not.
 */
static void
vwarnat(const char *file, unsigned long line, const char *fmt, va_list ap)
{
	struct dp_buf *b;

	if ((b = dp_captured_err()) != NULL) {
		dp_buf_printf(b, "%s: ", progname);
		if (file != NULL && line > 0)
			dp_buf_printf(b, "%s:%lu: ", file, line);
		else if (file != NULL)
			dp_buf_printf(b, "%s: ", file);
		dp_buf_vprintf(b, fmt, ap);
		dp_buf_addc(b, '\n');
		return;
	}
	fprintf(stderr, "%s: ", progname);
	if (file != NULL && line > 0)
		fprintf(stderr, "%s:%lu: ", file, line);
	else if (file != NULL)
		fprintf(stderr, "%s: ", file);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
dp_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarnat(NULL, 0, fmt, ap);
	va_end(ap);
}

void
dp_warnat(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarnat(file, line, fmt, ap);
	va_end(ap);
}

void
dp_die(int status, const char *fmt, ...)
{
	va_list ap;

	/* said now, not kept with a record that will never be put out */
	dp_capture(NULL, NULL);
	va_start(ap, fmt);
	vwarnat(NULL, 0, fmt, ap);
	va_end(ap);
	exit(status);
}

void
dp_usage(int status, const char *text, int records)
{
	FILE *fp = status == 0 ? stdout : stderr;

	fputs(text, fp);
	fputs("Common options:\n"
	    "  -h, --help           print this help and exit\n", fp);
	if (records)
		fputs("  -k, --keep-going     report a bad record and go on\n",
		    fp);
	fputs("  -p, --progress       progress on stderr (--no-progress: "
	    "none)\n", fp);
	fputs("  -u, --unbuffered     flush after each record\n"
	    "  -V, --version        print the version and exit\n", fp);
	exit(status == 0 ? dp_close_stdout() : status);
}

int
dp_worst(int a, int b)
{
	return a > b ? a : b;
}
