/*
 * filter.c: the loop of a JSON Lines tool: each operand in turn, each
 * record in turn, errors reported with their location; or the records in
 * batches, several threads at work on each batch, and what they write put
 * out in input order (dp_filter_run_jobs).
 */

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

static int	 filter_file(const struct dp_filter *, FILE *, const char *,
		    struct dp_progress *, dp_record_fn, void *);
static int	 run_operands(const struct dp_filter *, char **, int,
		    int (*)(const struct dp_filter *, FILE *, const char *,
		    struct dp_progress *, void *), void *);

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

/* A serial run's own: the function and its argument. */
struct serial {
	dp_record_fn	 fn;
	void		*arg;
};

static int
serial_file(const struct dp_filter *opt, FILE *fp, const char *name,
    struct dp_progress *prog, void *arg)
{
	struct serial *s = arg;

	return filter_file(opt, fp, name, prog, s->fn, s->arg);
}

/*
 * Each operand in turn (stdin when none) through each_file.  A bad record
 * stops the run, whatever came before it; a lost record says more than a
 * missing input (65 over 66).
 */
static int
run_operands(const struct dp_filter *opt, char **ops, int nops,
    int (*each_file)(const struct dp_filter *, FILE *, const char *,
    struct dp_progress *, void *), void *arg)
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
		st = each_file(opt, fp, dp_opname(ops[i]), &prog, arg);
		rc = dp_worst(rc, st);
		dp_close(fp);
		dp_progress_update(&prog, 0, 0, 1);
		if (st == DP_EX_DATAERR) {
			bad = 1;
			if (!opt->keep_going)
				break;
		}
	}
	dp_progress_end(&prog);
	return bad && rc == DP_EX_NOINPUT ? DP_EX_DATAERR : rc;
}

int
dp_filter_run(const struct dp_filter *opt, char **ops, int nops,
    dp_record_fn fn, void *arg)
{
	struct serial s = { fn, arg };

	return run_operands(opt, ops, nops, serial_file, &s);
}

/*
 * Jobs.  The calling thread reads a batch of lines, then works on the
 * batch with the others, each taking the next record, each record's output
 * and messages kept in its slot; once the batch is done, it puts them out
 * in order and stops where the serial loop would have.  A batch ends at
 * BATCH_BYTES of lines or BATCH_RECORDS records, or where the next line is
 * not there yet: a slow writer upstream does not wait on a batch to fill.
 */
#define BATCH_BYTES	((size_t)1 << 20)
#define BATCH_RECORDS	256

/* A line of the batch, then what working on it wrote and said. */
struct slot {
	struct dp_buf	 line;
	unsigned long	 lineno;
	size_t		 replaced;
	struct dp_buf	 out, err;
	int		 status;
};

struct batch {
	pthread_mutex_t	 lock;
	pthread_cond_t	 ready;		/* slots to take, or quit */
	pthread_cond_t	 done;		/* the last slot finished */
	const char	*name;
	struct slot	*slots;
	size_t		 n, cap, next, finished;
	int		 quit;
	dp_record_fn	 fn;
};

/* A thread at work, the calling thread's too: its context and record. */
struct job {
	struct batch	*b;
	void		*arg;
	struct dp_record rec;
	char		 err[160];
	pthread_t	 thread;
};

static void
work_on(struct job *w, struct slot *s, const char *name)
{
	dp_buf_reset(&s->out);
	dp_buf_reset(&s->err);
	dp_capture(&s->out, &s->err);
	w->rec.name = name;
	w->rec.lineno = s->lineno;
	w->rec.replaced = s->replaced;
	if (dp_record_parse(&w->rec, s->line.data, s->line.len, w->err,
	    sizeof(w->err)) == -1) {
		w->rec.nfields = 0;
		dp_warnat(name, s->lineno, "%s", w->err);
		s->status = DP_EX_DATAERR;
	} else
		s->status = w->b->fn(&w->rec, w->arg);
	dp_capture(NULL, NULL);
}

/* Takes the batch's slots one at a time until none is left. */
static void
take_slots(struct job *w)
{
	struct batch *b = w->b;
	size_t i;

	pthread_mutex_lock(&b->lock);
	while (b->next < b->n) {
		i = b->next++;
		pthread_mutex_unlock(&b->lock);
		work_on(w, &b->slots[i], b->name);
		pthread_mutex_lock(&b->lock);
		if (++b->finished == b->n)
			pthread_cond_signal(&b->done);
	}
	pthread_mutex_unlock(&b->lock);
}

static void *
job_main(void *arg)
{
	struct job *w = arg;
	struct batch *b = w->b;

	pthread_mutex_lock(&b->lock);
	for (;;) {
		while (!b->quit && b->next >= b->n)
			pthread_cond_wait(&b->ready, &b->lock);
		if (b->quit)
			break;
		pthread_mutex_unlock(&b->lock);
		take_slots(w);
		pthread_mutex_lock(&b->lock);
	}
	pthread_mutex_unlock(&b->lock);
	return NULL;
}

/* Is a line there to be read without waiting (or the end of input)? */
static int
input_ready(FILE *fp)
{
	struct pollfd p = { fileno(fp), POLLIN, 0 };

	return poll(&p, 1, 0) != 0;
}

/*
 * Reads up to a batch of lines into b's slots, *np of them: 1, 0 at the
 * end, -1.  The threads are idle meanwhile: b->n is not theirs to see
 * until the batch is handed out.
 */
static int
read_batch(struct batch *b, struct dp_jsonl *in, FILE *fp, size_t *np)
{
	const struct dp_record *r = dp_jsonl_record(in);
	struct slot *s;
	size_t bytes = 0, len, n = 0;
	char *line;
	int got = 1;

	while (n < BATCH_RECORDS && bytes < BATCH_BYTES &&
	    (n == 0 || input_ready(fp))) {
		if ((got = dp_jsonl_line(in, &line, &len)) != 1)
			break;
		if (n == b->cap) {
			b->cap = b->cap ? 2 * b->cap : 16;
			b->slots = dp_reallocarray(b->slots, b->cap,
			    sizeof(*b->slots));
			memset(b->slots + n, 0,
			    (b->cap - n) * sizeof(*b->slots));
		}
		s = &b->slots[n++];
		dp_buf_reset(&s->line);
		dp_buf_add(&s->line, line, len);
		s->lineno = r->lineno;
		s->replaced = r->replaced;
		bytes += len;
	}
	*np = n;
	return n > 0 ? 1 : got;
}

/* Puts the batch's records out in order; 1 where the run stops. */
static int
put_batch(const struct dp_filter *opt, struct batch *b, size_t n,
    struct dp_progress *prog, int *rc)
{
	struct slot *s;
	size_t i;

	for (i = 0; i < n; i++) {
		s = &b->slots[i];
		dp_write(s->out.data, s->out.len);
		if (s->err.len > 0)
			fwrite(s->err.data, 1, s->err.len, stderr);
		*rc = dp_worst(*rc, s->status);
		if (s->status != 0 && !opt->keep_going)
			return 1;
		if (opt->unbuffered && fflush(stdout) != 0)
			dp_die(DP_EX_IOERR, "<stdout>: %s", strerror(errno));
		dp_progress_update(prog, s->line.len + 1, 1, 0);
	}
	return 0;
}

/* A run with jobs: its batch and the calling thread's job, jobs[0]. */
static int
jobs_file(const struct dp_filter *opt, FILE *fp, const char *name,
    struct dp_progress *prog, void *arg)
{
	struct job *self = arg;
	struct batch *b = self->b;
	struct dp_jsonl *in;
	size_t n;
	int rc = 0, got;

	in = dp_jsonl_open(fp, name, opt->repair);
	b->name = name;
	while ((got = read_batch(b, in, fp, &n)) == 1) {
		if (n == 1)
			work_on(self, &b->slots[0], name);
		else {
			pthread_mutex_lock(&b->lock);
			b->n = n;
			b->next = b->finished = 0;
			pthread_cond_broadcast(&b->ready);
			pthread_mutex_unlock(&b->lock);
			take_slots(self);
			pthread_mutex_lock(&b->lock);
			while (b->finished < b->n)
				pthread_cond_wait(&b->done, &b->lock);
			pthread_mutex_unlock(&b->lock);
		}
		if (put_batch(opt, b, n, prog, &rc))
			break;
	}
	if (got == -1) {
		dp_warn("%s: %s", name, strerror(errno));
		rc = dp_worst(rc, DP_EX_IOERR);
	}
	dp_jsonl_close(in);
	return rc;
}

int
dp_filter_run_jobs(const struct dp_filter *opt, char **ops, int nops,
    dp_record_fn fn, void *first, size_t size, const struct dp_jobctx *jc)
{
	struct batch b = { 0 };
	struct job *jobs;
	char *ctxs;
	size_t i;
	int njobs, k, rc;

	njobs = opt->jobs > 0 ? opt->jobs : dp_default_jobs();
	if (njobs == 1 || dp_alloc_hooked())
		return dp_filter_run(opt, ops, nops, fn, first);
	pthread_mutex_init(&b.lock, NULL);
	pthread_cond_init(&b.ready, NULL);
	pthread_cond_init(&b.done, NULL);
	b.fn = fn;
	jobs = dp_calloc((size_t)njobs, sizeof(*jobs));
	ctxs = dp_calloc((size_t)njobs - 1, size);
	for (k = 0; k < njobs; k++) {
		jobs[k].b = &b;
		jobs[k].arg = k == 0 ? first : ctxs + (size_t)(k - 1) * size;
		if (k == 0)
			continue;
		jc->init(jobs[k].arg, first);
		if ((errno = pthread_create(&jobs[k].thread, NULL, job_main,
		    &jobs[k])) != 0)
			dp_die(DP_EX_OSERR, "threads: %s", strerror(errno));
	}
	rc = run_operands(opt, ops, nops, jobs_file, jobs);
	pthread_mutex_lock(&b.lock);
	b.quit = 1;
	pthread_cond_broadcast(&b.ready);
	pthread_mutex_unlock(&b.lock);
	for (k = 0; k < njobs; k++) {
		if (k > 0) {
			pthread_join(jobs[k].thread, NULL);
			jc->fini(jobs[k].arg, first);
		}
		dp_record_free(&jobs[k].rec);
	}
	for (i = 0; i < b.cap; i++) {
		dp_buf_free(&b.slots[i].line);
		dp_buf_free(&b.slots[i].out);
		dp_buf_free(&b.slots[i].err);
	}
	free(b.slots);
	free(ctxs);
	free(jobs);
	pthread_mutex_destroy(&b.lock);
	pthread_cond_destroy(&b.ready);
	pthread_cond_destroy(&b.done);
	return rc;
}

int
dp_default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 4 ? 4 : (int)n;
}

int
dp_jobs_arg(const char *arg)
{
	char *end;
	long n;

	n = strtol(arg, &end, 10);
	if (*arg == '\0' || *end != '\0' || n < 1 || n > 64)
		dp_die(DP_EX_USAGE, "%s: bad number of jobs", arg);
	return (int)n;
}
