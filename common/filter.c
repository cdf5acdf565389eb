/*
 * filter.c: the loop of a JSON Lines tool: each operand in turn, each
 * record in turn, errors reported with their location; or several
 * threads at work on the records at once, what they write put out in
 * input order (dp_filter_run_jobs).
 */

/* F_SETPIPE_SZ, where the system has it (Linux) */
#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

static int	 run_operands(const struct dp_filter *, char **, int,
		    int (*)(const struct dp_filter *, FILE *, const char *,
		    struct dp_progress *, void *), void *);

/* The pipe buffer a filter asks for: most records fit whole. */
#define PIPE_BYTES	(1 << 20)

/*
 * Widens the pipes on stdin and stdout, where there are: in a pipeline of
 * the tools, more processes than processors take turns at each 64 KB a
 * pipe holds by default, and the switches cost the whole pipeline about a
 * tenth of its time (normalize | segment | tag-entities | extract-claims
 * on two processors).  A system without the call, or a limit that refuses
 * it, keeps its pipes as they are.
 */
static void
widen_pipes(void)
{
#ifdef F_SETPIPE_SZ
	int saved = errno;

	(void)fcntl(STDIN_FILENO, F_SETPIPE_SZ, PIPE_BYTES);
	(void)fcntl(STDOUT_FILENO, F_SETPIPE_SZ, PIPE_BYTES);
	errno = saved;
#endif
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

	widen_pipes();
	dp_buffer_stdout();
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

/*
 * A thread at work, or the calling thread (a serial run's only one): what
 * it calls on each record, with its context, and the record parsed.
 */
struct ring;

struct job {
	dp_record_fn	 fn;
	void		*arg;
	struct dp_record rec;
	char		 err[160];
	struct ring	*ring;		/* with jobs */
	pthread_t	 thread;
};

/*
 * Parses line l and calls w's function on it, what it writes and says
 * kept in out and err (or straight out where they are NULL); returns the
 * function's status, or 65 after saying why the line is no record.
 */
static int
work_on(struct job *w, const char *name, const struct dp_line *l,
    struct dp_buf *out, struct dp_buf *err)
{
	int st;

	dp_capture(out, err);
	w->rec.name = name;
	w->rec.lineno = l->lineno;
	w->rec.replaced = l->replaced;
	if (dp_record_parse(&w->rec, l->s, l->len, w->err,
	    sizeof(w->err)) == -1) {
		w->rec.nfields = 0;
		dp_warnat(name, l->lineno, "%s", w->err);
		st = DP_EX_DATAERR;
	} else
		st = w->fn(&w->rec, w->arg);
	dp_capture(NULL, NULL);
	return st;
}

/* What a record's work ends with, in every run: 1 where the run stops. */
static int
record_done(const struct dp_filter *opt, struct dp_progress *prog,
    size_t len, int st, int *rc)
{
	*rc = dp_worst(*rc, st);
	if (st != 0 && !opt->keep_going)
		return 1;
	if (opt->unbuffered && fflush(stdout) != 0)
		dp_die(DP_EX_IOERR, "<stdout>: %s", strerror(errno));
	dp_progress_update(prog, len + 1, 1, 0);
	return 0;
}

/* The status after a read error on input name, said. */
static int
read_failed(const char *name)
{
	dp_warn("%s: %s", name, strerror(errno));
	return DP_EX_IOERR;
}

/*
 * Is a line there to be read without waiting (or the end of input): in
 * the stream's buffer (glibc's, read as gnulib's freadahead does), or on
 * its descriptor?
 */
static int
input_ready(FILE *fp)
{
	struct pollfd p = { fileno(fp), POLLIN, 0 };

#ifdef __GLIBC__
	if (fp->_IO_read_ptr < fp->_IO_read_end)
		return 1;
#endif
	return poll(&p, 1, 0) != 0;
}

/* A serial run, over one input: arg is the run's only job. */
static int
filter_file(const struct dp_filter *opt, FILE *fp, const char *name,
    struct dp_progress *prog, void *arg)
{
	struct dp_jsonl *in;
	struct dp_line l;
	int rc = 0, got;

	in = dp_jsonl_open(fp, name, opt->repair);
	for (;;) {
		/* what is written goes out before a read that would wait:
		 * a writer upstream may wait on it */
		if (!input_ready(fp) && fflush(stdout) != 0)
			dp_die(DP_EX_IOERR, "<stdout>: %s", strerror(errno));
		if ((got = dp_jsonl_line(in, &l)) != 1 ||
		    record_done(opt, prog, l.len, work_on(arg, name, &l, NULL,
		    NULL), &rc))
			break;
	}
	if (got == -1)
		rc = dp_worst(rc, read_failed(name));
	dp_jsonl_close(in);
	return rc;
}

int
dp_filter_run(const struct dp_filter *opt, char **ops, int nops,
    dp_record_fn fn, void *arg)
{
	struct job self = { .fn = fn, .arg = arg };
	int rc;

	rc = run_operands(opt, ops, nops, filter_file, &self);
	dp_record_free(&self.rec);
	return rc;
}

/*
 * Jobs.  The calling thread reads lines into a ring of slots, a chunk of
 * records each; the jobs' threads each take the next slot read, keep what
 * working on its records writes and says in the slot, and the thread that
 * finishes the oldest slot puts out the slots done from it on, in order.
 * A chunk is handed over where it holds CHUNK_BYTES (or the option's
 * chunk) or CHUNK_RECORDS, or where no line is there to be read without
 * waiting: a hand-over costs about a short record's work, and a writer
 * upstream that waits on a record must get it back.  The ring holds at most RING_BYTES of lines.
 * A line of LONG_LINE or more is worked on alone, once the slots before it
 * are out, by the calling thread in the first context and straight to the
 * output, as in a serial run: a long record takes one context's memory
 * and no copy; so is an input that ends within its first chunk, with no
 * thread started (a run per file, as a Makefile's).
 */
#define RING_BYTES	((size_t)4 << 20)
#define CHUNK_BYTES	((size_t)64 << 10)	/* or the option's chunk */
#define CHUNK_RECORDS	64
#define LONG_LINE	((size_t)1 << 20)
/*
 * Few slots, and their buffers kept: memory a process touches for the
 * first time costs a page fault per page, and on the virtual machines
 * the benchmark runs on a fault costs 5 to 15 us, about what reading a
 * kilobyte of text does.  Eight slots a job where three are now cost
 * segment a tenth of its time, extract-claims a twentieth.
 */
#define SLOTS_PER_JOB	3
/* A slot's buffers above this are freed once put out: a chunk's output
 * (segment writes three times its input) stays. */
#define KEEP_BYTES	((size_t)1 << 20)

/* A record of a chunk: its line (at off in the slot's lines), what came
 * of it. */
struct chunkrec {
	size_t		 off;
	struct dp_line	 line;
	size_t		 outend, errend;	/* in the slot's out and err */
	int		 status;
};

/* A chunk of lines in the ring, then what working on them wrote. */
struct slot {
	struct dp_buf	 lines;
	struct chunkrec	*recs;
	size_t		 n, cap;
	struct dp_buf	 out, err;
	int		 done;
};

/*
 * Slots are numbered as read; slot i is slots[i % cap].  Those before
 * head are put out, head to next are taken (some done), next to tail are
 * waiting for a job; slot tail is being filled.  One thread at a time
 * puts out (writing), and the run's status and stop are its.
 */
struct ring {
	pthread_mutex_t	 lock;
	pthread_cond_t	 ready;		/* a slot to take, or quit */
	pthread_cond_t	 out;		/* head moved on, or a slot is done */
	const struct dp_filter *opt;
	struct dp_progress *prog;
	const char	*name;
	struct slot	*slots;
	size_t		 cap, head, next, tail;
	size_t		 finished;	/* slots done, head included */
	size_t		 bytes;		/* of the lines head to tail */
	int		 writing, stop, rc;
	int		 quit;
	/* the jobs, started with the first chunk handed over */
	struct job	*jobs;		/* [0] the calling thread's */
	int		 njobs, started;
	const struct dp_jobctx *jc;
	char		*ctxs;
	size_t		 size;
};

static void
work_on_slot(struct job *w, struct slot *s)
{
	struct chunkrec *c;
	size_t i;

	dp_buf_reset(&s->out);
	dp_buf_reset(&s->err);
	for (i = 0; i < s->n; i++) {
		c = &s->recs[i];
		c->line.s = s->lines.data + c->off;
		c->status = work_on(w, w->ring->name, &c->line, &s->out,
		    &s->err);
		c->outend = s->out.len;
		c->errend = s->err.len;
	}
}

/* Puts out a slot's records in order; 1 where the run stops. */
static int
put_slot(const struct dp_filter *opt, struct slot *s,
    struct dp_progress *prog, int *rc)
{
	const struct chunkrec *c;
	size_t i, out = 0, err = 0;

	/* all well: the chunk's records at once, not copied into stdio */
	for (i = 0; i < s->n && s->recs[i].status == 0; i++)
		;
	if (i == s->n && s->err.len == 0) {
		dp_write_through(s->out.data, s->out.len);
		for (i = 0; i < s->n; i++)
			dp_progress_update(prog, s->recs[i].line.len + 1, 1,
			    0);
		return 0;
	}
	for (i = 0; i < s->n; i++) {
		c = &s->recs[i];
		/* a bad record's buffers may hold nothing, data NULL */
		if (c->outend > out)
			dp_write(s->out.data + out, c->outend - out);
		if (c->errend > err)
			fwrite(s->err.data + err, 1, c->errend - err, stderr);
		out = c->outend;
		err = c->errend;
		if (record_done(opt, prog, c->line.len, c->status, rc))
			return 1;
	}
	return 0;
}

/*
 * Puts out the slots done from head on, in order, unless another thread
 * is at it or the run stops.  Called and returns with the lock held.
 */
static void
put_done(struct ring *r)
{
	struct slot *s;
	size_t len;
	int stop;

	while (!r->writing && !r->stop && r->head < r->tail &&
	    r->slots[r->head % r->cap].done) {
		r->writing = 1;
		s = &r->slots[r->head % r->cap];
		pthread_mutex_unlock(&r->lock);
		stop = put_slot(r->opt, s, r->prog, &r->rc);
		len = s->lines.len;
		if (s->lines.cap > KEEP_BYTES)
			dp_buf_free(&s->lines);
		if (s->out.cap > KEEP_BYTES)
			dp_buf_free(&s->out);
		if (s->err.cap > KEEP_BYTES)
			dp_buf_free(&s->err);
		pthread_mutex_lock(&r->lock);
		r->bytes -= len;
		s->done = 0;
		r->head++;
		r->writing = 0;
		r->stop = stop;
		pthread_cond_broadcast(&r->out);
	}
}

static void *
job_main(void *arg)
{
	struct job *w = arg;
	struct ring *r = w->ring;
	struct slot *s;

	pthread_mutex_lock(&r->lock);
	for (;;) {
		while (!r->quit && r->next == r->tail)
			pthread_cond_wait(&r->ready, &r->lock);
		if (r->quit)
			break;
		s = &r->slots[r->next++ % r->cap];
		pthread_mutex_unlock(&r->lock);
		work_on_slot(w, s);
		pthread_mutex_lock(&r->lock);
		s->done = 1;
		r->finished++;
		put_done(r);
		pthread_cond_broadcast(&r->out);
	}
	pthread_mutex_unlock(&r->lock);
	return NULL;
}

/*
 * Waits until the ring has room for a chunk (or, with all, until every
 * slot is out), or the run stops; returns r->stop.
 */
static int
wait_room(struct ring *r, int all)
{
	int stop;

	pthread_mutex_lock(&r->lock);
	while (!r->stop && (all ? r->head < r->tail :
	    r->tail - r->head == r->cap || r->bytes >= RING_BYTES))
		pthread_cond_wait(&r->out, &r->lock);
	/* after a stop, the slots taken are let finish and dropped */
	while (r->stop && r->finished < r->tail)
		pthread_cond_wait(&r->out, &r->lock);
	if ((stop = r->stop)) {
		r->head = r->next = r->tail;
		r->bytes = 0;
	}
	pthread_mutex_unlock(&r->lock);
	return stop;
}

/* Adds line l to slot tail, the chunk being filled. */
static void
add_line(struct ring *r, const struct dp_line *l)
{
	struct slot *s = &r->slots[r->tail % r->cap];
	struct chunkrec *c;

	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->recs = dp_reallocarray(s->recs, s->cap, sizeof(*s->recs));
	}
	c = &s->recs[s->n++];
	c->off = s->lines.len;
	c->line = *l;
	dp_buf_add(&s->lines, l->s, l->len);
}

/*
 * Starts the jobs' threads, each with a context made like the first: not
 * before there is work for them, so that a run on one short record or on
 * none costs no thread.
 */
static void
start_jobs(struct ring *r)
{
	struct job *w;
	int k;

	r->started = 1;
	r->ctxs = dp_calloc((size_t)r->njobs, r->size);
	for (k = 1; k <= r->njobs; k++) {
		w = &r->jobs[k];
		w->arg = r->ctxs + (size_t)(k - 1) * r->size;
		r->jc->init(w->arg, r->jobs[0].arg);
		if ((errno = pthread_create(&w->thread, NULL, job_main,
		    w)) != 0)
			dp_die(DP_EX_OSERR, "threads: %s", strerror(errno));
	}
}

/* Hands slot tail, if it holds any line, to the jobs. */
static void
hand_over(struct ring *r)
{
	struct slot *s = &r->slots[r->tail % r->cap];

	if (s->n == 0)
		return;
	if (!r->started)
		start_jobs(r);
	pthread_mutex_lock(&r->lock);
	r->tail++;
	r->bytes += s->lines.len;
	pthread_cond_signal(&r->ready);
	pthread_mutex_unlock(&r->lock);
}

/* Empties slot tail for a new chunk. */
static void
new_chunk(struct ring *r)
{
	struct slot *s = &r->slots[r->tail % r->cap];

	s->n = 0;
	s->done = 0;
	dp_buf_reset(&s->lines);
}

/*
 * Works on slot tail's records in the calling thread, straight out, as a
 * serial run does; empties the slot.  Returns 1 where the run stops.
 */
static int
work_inline(const struct dp_filter *opt, struct ring *r,
    struct dp_progress *prog)
{
	struct slot *s = &r->slots[r->tail % r->cap];
	struct chunkrec *c;
	size_t i;
	int st, stop = 0;

	for (i = 0; i < s->n && !stop; i++) {
		c = &s->recs[i];
		c->line.s = s->lines.data + c->off;
		st = work_on(&r->jobs[0], r->name, &c->line, NULL, NULL);
		stop = record_done(opt, prog, c->line.len, st, &r->rc);
	}
	s->n = 0;
	return stop;
}

/* A run with jobs: self is the calling thread's job, with the ring. */
static int
jobs_file(const struct dp_filter *opt, FILE *fp, const char *name,
    struct dp_progress *prog, void *arg)
{
	struct job *self = arg;
	struct ring *r = self->ring;
	struct slot *fill;
	struct dp_jsonl *in;
	struct dp_line l;
	int got, st, stop = 0;
	size_t chunk = opt->chunk > 0 ? opt->chunk : CHUNK_BYTES;

	in = dp_jsonl_open(fp, name, opt->repair);
	r->name = name;
	r->prog = prog;
	r->rc = r->stop = 0;
	new_chunk(r);
	while ((got = dp_jsonl_line(in, &l)) == 1) {
		if (l.len >= LONG_LINE) {
			/* the records before it out first */
			hand_over(r);
			if ((stop = wait_room(r, 1)))
				break;
			new_chunk(r);
			/* nothing in flight: the ring's status is this one's */
			st = work_on(self, name, &l, NULL, NULL);
			if ((stop = record_done(opt, prog, l.len, st, &r->rc)))
				break;
			continue;
		}
		add_line(r, &l);
		fill = &r->slots[r->tail % r->cap];
		if (fill->n >= CHUNK_RECORDS || fill->lines.len >= chunk ||
		    !input_ready(fp)) {
			hand_over(r);
			if ((stop = wait_room(r, 0)))
				break;
			new_chunk(r);
		}
	}
	/* the whole input in one short chunk: no thread for it */
	if (!stop && !r->started)
		stop = work_inline(opt, r, prog);
	if (!stop)
		hand_over(r);
	wait_room(r, 1);
	if (got == -1)
		r->rc = dp_worst(r->rc, read_failed(name));
	dp_jsonl_close(in);
	return r->rc;
}

int
dp_filter_run_jobs(const struct dp_filter *opt, char **ops, int nops,
    dp_record_fn fn, void *first, size_t size, const struct dp_jobctx *jc)
{
	struct ring r = { 0 };
	size_t i;
	int njobs, k, rc;

	njobs = opt->jobs > 0 ? opt->jobs : dp_default_jobs();
	if (njobs == 1 || dp_alloc_hooked())
		return dp_filter_run(opt, ops, nops, fn, first);
	pthread_mutex_init(&r.lock, NULL);
	pthread_cond_init(&r.ready, NULL);
	pthread_cond_init(&r.out, NULL);
	r.opt = opt;
	r.cap = SLOTS_PER_JOB * (size_t)njobs;
	r.slots = dp_calloc(r.cap, sizeof(*r.slots));
	r.njobs = njobs;
	r.jc = jc;
	r.size = size;
	r.jobs = dp_calloc((size_t)njobs + 1, sizeof(*r.jobs));
	for (k = 0; k <= njobs; k++) {
		r.jobs[k].fn = fn;
		r.jobs[k].ring = &r;
	}
	r.jobs[0].arg = first;
	rc = run_operands(opt, ops, nops, jobs_file, r.jobs);
	pthread_mutex_lock(&r.lock);
	r.quit = 1;
	pthread_cond_broadcast(&r.ready);
	pthread_mutex_unlock(&r.lock);
	for (k = 0; k <= njobs; k++) {
		if (k > 0 && r.started) {
			pthread_join(r.jobs[k].thread, NULL);
			jc->fini(r.jobs[k].arg, first);
		}
		dp_record_free(&r.jobs[k].rec);
	}
	for (i = 0; i < r.cap; i++) {
		dp_buf_free(&r.slots[i].lines);
		free(r.slots[i].recs);
		dp_buf_free(&r.slots[i].out);
		dp_buf_free(&r.slots[i].err);
	}
	free(r.slots);
	free(r.ctxs);
	free(r.jobs);
	pthread_mutex_destroy(&r.lock);
	pthread_cond_destroy(&r.ready);
	pthread_cond_destroy(&r.out);
	return rc;
}

int
dp_default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 4 ? 4 : (int)n;
}
