/*
 * progress.c: a run's progress on the standard error: files, records,
 * megabytes read, rate, and the time left when the inputs' sizes are
 * known.  On a terminal one line is redrawn five times a second; to a
 * file or a pipe a line is written every ten seconds, for logs.
 *
 * Left to itself (DP_PROGRESS_AUTO) it is on only where a person watches
 * and the tool ends the pipeline: standard error a terminal, standard
 * output not a pipe.  Every stage of a pipeline shares one terminal: only
 * the last draws there, for the others' lines would overwrite its own.
 */

#include <sys/stat.h>

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

static double
elapsed(const struct timespec *from, const struct timespec *to)
{
	return (double)(to->tv_sec - from->tv_sec) + (double)(to->tv_nsec -
	    from->tv_nsec) / 1e9;
}

/* Whether fd is a pipe or a socket: a stage with a reader after it. */
static int
is_pipe(int fd)
{
	struct stat st;

	return fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) ||
	    S_ISSOCK(st.st_mode));
}

void
dp_progress_start(struct dp_progress *p, int mode, char **ops, int n)
{
	struct stat st;
	int i;

	memset(p, 0, sizeof(*p));
	p->tty = isatty(STDERR_FILENO);
	p->on = mode == DP_PROGRESS_ON || (mode == DP_PROGRESS_AUTO &&
	    p->tty && !is_pipe(STDOUT_FILENO));
	if (!p->on)
		return;
	p->nfiles = n > 0 ? n : 1;
	p->sized = n > 0;
	for (i = 0; i < n; i++) {
		if (strcmp(ops[i], "-") != 0 && stat(ops[i], &st) == 0 &&
		    S_ISREG(st.st_mode))
			p->total += (uint64_t)st.st_size;
		else
			p->sized = 0;
	}
	clock_gettime(CLOCK_MONOTONIC, &p->start);
	p->last = p->start;
}

static void
show(struct dp_progress *p, const struct timespec *now)
{
	double t = elapsed(&p->start, now), rate;
	long eta = -1;

	rate = t > 0 ? (double)p->bytes / t : 0;
	if (p->sized && rate > 0 && p->total >= p->bytes)
		eta = (long)((double)(p->total - p->bytes) / rate);
	fprintf(stderr, "%s%s: files %d/%d, %llu records, %.1f MB, %.1f MB/s",
	    p->tty ? "\r" : "", dp_getprogname(), p->done, p->nfiles,
	    (unsigned long long)p->records, (double)p->bytes / 1e6,
	    rate / 1e6);
	if (eta >= 0)
		fprintf(stderr, ", ETA %ld:%02ld:%02ld", eta / 3600,
		    eta / 60 % 60, eta % 60);
	fputs(p->tty ? "\033[K" : "\n", stderr);
}

void
dp_progress_update(struct dp_progress *p, size_t bytes, size_t records,
    int files)
{
	struct timespec now;

	if (!p->on)
		return;
	p->bytes += bytes;
	p->records += records;
	p->done += files;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (elapsed(&p->last, &now) < (p->tty ? 0.2 : 10))
		return;
	p->last = now;
	show(p, &now);
}

void
dp_progress_end(struct dp_progress *p)
{
	struct timespec now;

	if (!p->on)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	show(p, &now);
	if (p->tty)
		fputc('\n', stderr);
}
