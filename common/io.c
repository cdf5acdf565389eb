/*
 * io.c: operand opening ("-" is the standard input), whole-input reading
 * and checked writes to standard output.  SIGPIPE keeps its default
 * disposition, so a closed pipe ends a tool quietly; any other write
 * error is reported and exits 74.
 */

#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

/*
 * Input is read in blocks of INPUT_BUFFER: a pipe's or a file's own,
 * 4 KB, costs a system call every few records (11,000 of them for
 * tag-entities' 46 MB of the benchmark's English), about a twentieth of
 * the time of the fastest tools.  One buffer for standard input, set
 * before its first read, and one for the named file open (the tools open
 * one at a time, and close it before the next): glibc takes the size
 * only with the buffer.
 */
#define INPUT_BUFFER	((size_t)256 << 10)

FILE *
dp_open(const char *path)
{
	static char stdinbuf[INPUT_BUFFER], filebuf[INPUT_BUFFER];
	static int stdin_set;
	struct stat st;
	FILE *fp;

	if (strcmp(path, "-") == 0) {
		if (!stdin_set)
			(void)setvbuf(stdin, stdinbuf, _IOFBF, INPUT_BUFFER);
		stdin_set = 1;
		return stdin;
	}
	if ((fp = fopen(path, "rb")) == NULL) {
		dp_warn("%s: %s", path, strerror(errno));
		return NULL;
	}
	/* A directory opens but cannot be read: say so now. */
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		dp_warn("%s: %s", path, strerror(EISDIR));
		fclose(fp);
		return NULL;
	}
	(void)setvbuf(fp, filebuf, _IOFBF, INPUT_BUFFER);
	return fp;
}

void
dp_close(FILE *fp)
{
	if (fp != stdin)
		fclose(fp);
	else
		clearerr(fp);
}

const char *
dp_opname(const char *path)
{
	return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/*
 * Where this thread's records and messages go instead of stdout and
 * stderr while it works on a record of a chunk (filter.c's jobs): kept
 * there to be put out in input order.
 */
static _Thread_local struct dp_buf *capture_out, *capture_err;

void
dp_capture(struct dp_buf *out, struct dp_buf *err)
{
	capture_out = out;
	capture_err = err;
}

struct dp_buf *
dp_captured_err(void)
{
	return capture_err;
}

void
dp_write(const void *p, size_t n)
{
	if (n == 0)
		return;
	if (capture_out != NULL) {
		dp_buf_add(capture_out, p, n);
		return;
	}
	if (fwrite(p, 1, n, stdout) != n)
		dp_die(DP_EX_IOERR, "<stdout>: %s", strerror(errno));
}

void
dp_write_through(const void *p, size_t n)
{
	const char *b = p;
	ssize_t k;

	if (n == 0 || capture_out != NULL) {
		dp_write(p, n);
		return;
	}
	if (fflush(stdout) != 0)
		dp_die(DP_EX_IOERR, "<stdout>: %s", strerror(errno));
	while (n > 0) {
		if ((k = write(STDOUT_FILENO, b, n)) < 0) {
			if (errno == EINTR)
				continue;
			dp_die(DP_EX_IOERR, "<stdout>: %s", strerror(errno));
		}
		b += k;
		n -= (size_t)k;
	}
}

void
dp_buffer_stdout(void)
{
	static char outbuf[INPUT_BUFFER];
	static int set;

	if (!set)
		(void)setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	set = 1;
}

int
dp_close_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		dp_warn("<stdout>: %s", strerror(errno));
		return DP_EX_IOERR;
	}
	if (fclose(stdout) != 0) {
		dp_warn("<stdout>: %s", strerror(errno));
		return DP_EX_IOERR;
	}
	return 0;
}
