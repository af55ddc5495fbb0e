/*
 * resume render --stream FORMAT: JSON Lines on standard input, one JSON
 * line out for each line in, in input order.  A line is a JSON Resume
 * document (its top-level "id", if any, names it and is taken out), or
 * {"id": ..., "markdown": "..."}.  The answer holds the id, the status,
 * the diagnostics and the output (text as a string, binary formats in
 * base64).  A bad line gets an error line and the stream goes on.  With
 * --jobs N, N worker processes render while this one reads, hands the
 * lines out and writes the answers back in order.
 */
#include <errno.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../core/utf8.h"
#include "../core/xmalloc.h"
#include "../render/render.h"
#include "cli.h"
#include "resume/check.h"
#include "resume/resume.h"
#include "resume/tailor.h"

struct stream {
	const struct resume_backend *be;
	const struct resume_opts *ro;
	struct resume_tailor *tailor;
	size_t cap; /* the longest line answered */
};

/* --- one line --- */

static json_t *
diagnostics(const struct resume_diag *d)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; i < d->n; i++)
		json_array_append_new(a, cli_diag_json(&d->items[i]));
	return a;
}

/* Appends s[0..n) as the body of a JSON string: quote, backslash and
 * control characters escaped, the rest (valid UTF-8) as it is. */
static void
json_body(struct resume_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, from = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		resume_buf_add(b, s + from, i - from);
		from = i + 1;
		if (c == '"' || c == '\\') {
			resume_buf_putc(b, '\\');
			resume_buf_putc(b, c);
		} else if (c == '\n') {
			resume_buf_puts(b, "\\n");
		} else if (c == '\t') {
			resume_buf_puts(b, "\\t");
		} else {
			resume_buf_puts(b, "\\u00");
			resume_buf_putc(b, hex[c >> 4]);
			resume_buf_putc(b, hex[c & 15]);
		}
	}
	resume_buf_add(b, s + from, n - from);
}

/* The answer: {"id", "status", "diagnostics", ...extra, "output"} as one
 * line of JSON with its newline; the caller frees it.  The output (out
 * NULL: none) is written here rather than by jansson, which takes a
 * byte at a time: text as it is, a binary format (or text that is not
 * UTF-8) in base64. */
static char *
answer_line(json_t *id, bool ok, const struct resume_diag *d, json_t *extra,
    const char *out, size_t len, bool binary)
{
	struct resume_buf b = {0};
	json_t *o = json_object();
	char *s;

	json_object_set(o, "id", id ? id : json_null());
	json_object_set_new(o, "status", json_string(ok ? "ok" : "error"));
	json_object_set_new(o, "diagnostics", diagnostics(d));
	if (extra)
		json_object_update(o, extra);
	binary = binary || (out && utf8_validate(out, len) != len);
	if (out && binary)
		json_object_set_new(o, "encoding", json_string("base64"));
	s = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	if (s == NULL) /* out of memory */
		abort();
	/* up to its closing brace, where the output goes */
	resume_buf_add(&b, s, strlen(s) - 1);
	free(s);
	if (out) {
		resume_buf_puts(&b, ",\"output\":\"");
		if (binary)
			render_base64(&b, (const unsigned char *)out, len);
		else
			json_body(&b, out, len);
		resume_buf_putc(&b, '"');
	}
	resume_buf_puts(&b, "}\n");
	return b.data;
}

/* Renders the résumé of line no (len bytes, no newline); the answer. */
static char *
answer(const struct stream *s, const char *line, size_t len, unsigned long no)
{
	struct resume_diag diag = {0};
	struct resume_result res = {0};
	json_t *doc, *id = NULL, *md, *extra = NULL;
	struct resume *r = NULL;
	json_error_t err;
	char name[64], *text = NULL, *out = NULL, *a;
	size_t outlen = 0;
	bool ok = false;

	snprintf(name, sizeof(name), "<stdin>:%lu", no);
	if (len > s->cap) {
		resume_diag_add(&diag, RESUME_ERROR, name, 0, 0,
		    "the line is %zu bytes, over the %zu of --max-size", len,
		    s->cap);
		goto done;
	}
	doc = json_loadb(line, len, JSON_REJECT_DUPLICATES, &err);
	if (doc == NULL) {
		resume_diag_add(&diag, RESUME_ERROR, name, 1,
		    (unsigned)err.column > 0 ? (unsigned)err.column : 0,
		    "not JSON: %s", err.text);
		goto done;
	}
	if (!json_is_object(doc)) {
		resume_diag_add(&diag, RESUME_ERROR, name, 0, 0,
		    "a line is a JSON object: a JSON Resume document, or "
		    "{\"id\": ..., \"markdown\": \"...\"}");
		json_decref(doc);
		goto done;
	}
	id = json_incref(json_object_get(doc, "id"));
	json_object_del(doc, "id");
	md = json_object_get(doc, "markdown");
	if (md && !json_is_string(md))
		resume_diag_add_pointer(&diag, RESUME_ERROR, name, "/markdown",
		    "\"markdown\" is a string: the résumé's Markdown");
	else if (md)
		r = resume_load_markdown(
		    json_string_value(md), json_string_length(md), name, &diag);
	else if ((text = json_dumps(doc, JSON_COMPACT)) != NULL)
		r = resume_load_json(text, strlen(text), name, &diag);
	json_decref(doc);
	free(text);
	if (r == NULL)
		goto done;
	r = resume_tailor(r, s->tailor, &diag);
	resume_check_content(r, cli_now(), false, &diag);
	if (resume_render_mem(
	        r, s->be->name, s->ro, &out, &outlen, &res, &diag) == 0) {
		ok = true;
		extra = json_object();
		json_object_set_new(extra, "format", json_string(s->be->name));
		if (res.pages)
			json_object_set_new(
			    extra, "pages", json_integer(res.pages));
	}
	resume_free(r);
done:
	a = answer_line(id, ok, &diag, extra, ok ? out : NULL, outlen,
	    s->be->flags & RESUME_BACKEND_BINARY);
	free(out);
	json_decref(extra);
	json_decref(id);
	resume_diag_free(&diag);
	return a;
}

/* --- reading lines --- */

/* Standard input as lines, read as it comes; a line longer than the cap
 * is kept only as its length. */
struct lines {
	char *buf;
	size_t start, len, size; /* the unread lines: buf[start..len) */
	size_t take;             /* the line last given, to move past */
	size_t cap;
	bool eof;
	size_t skipped;   /* the bytes so far of a line over the cap */
	unsigned long no; /* the lines taken so far */
};

/* Reads what standard input has; 0, or -1 on a read error. */
static int
lines_fill(struct lines *in)
{
	ssize_t n;

	/* the lines given out are moved over here, once a read, not at
	 * every line */
	if (in->start > 0) {
		memmove(in->buf, in->buf + in->start, in->len - in->start);
		in->len -= in->start;
		in->start = 0;
	}
	if (in->size - in->len < 65536) {
		in->size = in->size * 2 + 65536;
		in->buf = xrealloc(in->buf, in->size);
	}
	do
		n = read(STDIN_FILENO, in->buf + in->len, in->size - in->len);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -1;
	if (n == 0)
		in->eof = true;
	in->len += (size_t)n;
	return 0;
}

static bool
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

/* The next whole line (the last one at end of input even without its
 * newline), blank lines skipped: *line, *len (valid until the next
 * call) and its number; false when none is there yet.  A line over
 * the cap is not kept: it is given with *line NULL and its length once
 * it has been read past. */
static bool
lines_next(struct lines *in, const char **line, size_t *len, unsigned long *no)
{
	in->start += in->take;
	in->take = 0;
	if (in->buf == NULL) /* nothing read yet */
		return false;
	for (;;) {
		char *p = in->buf + in->start, *nl;
		size_t have = in->len - in->start, n;

		nl = have ? memchr(p, '\n', have) : NULL;
		if (nl == NULL && have > in->cap) {
			in->skipped += have;
			in->start = in->len;
			have = 0;
		}
		if (nl == NULL && !(in->eof && (have > 0 || in->skipped)))
			return false;
		n = nl ? (size_t)(nl - p) : have;
		in->take = nl ? n + 1 : n;
		in->no++;
		if (in->skipped) {
			*line = NULL;
			*len = in->skipped + n;
			*no = in->no;
			in->skipped = 0;
			return true;
		}
		if (blank(p, n)) {
			in->start += in->take;
			in->take = 0;
			continue;
		}
		*line = p;
		*len = n;
		*no = in->no;
		return true;
	}
}

/* --- workers --- */

/* Frames on the pipes between this process and a worker: a length, then
 * that many bytes. */
static int
write_all(int fd, const void *p, size_t n)
{
	const char *c = p;

	while (n > 0) {
		ssize_t w = write(fd, c, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		c += w;
		n -= (size_t)w;
	}
	return 0;
}

static int
read_all(int fd, void *p, size_t n)
{
	char *c = p;

	while (n > 0) {
		ssize_t r = read(fd, c, n);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		c += r;
		n -= (size_t)r;
	}
	return 0;
}

static int
send_frame(int fd, const char *p, uint64_t n)
{
	return write_all(fd, &n, sizeof(n)) == 0 && write_all(fd, p, n) == 0
	    ? 0
	    : -1;
}

/* A frame's bytes (NUL-terminated), or NULL at the pipe's end. */
static char *
recv_frame(int fd, uint64_t *n)
{
	char *p;

	if (read_all(fd, n, sizeof(*n)) < 0 || *n > SIZE_MAX - 1)
		return NULL;
	p = xmalloc((size_t)*n + 1);
	if (read_all(fd, p, (size_t)*n) < 0) {
		free(p);
		return NULL;
	}
	p[*n] = '\0';
	return p;
}

struct worker {
	pid_t pid;
	int to, from; /* its job pipe and its answer pipe */
	bool busy;
	unsigned long seq; /* the line it renders */
	char *line;        /* that line, for an answer if it dies */
	size_t len;
	unsigned long no;
};

/* A worker's life: a line number and a line in, an answer out. */
static void
worker_loop(const struct stream *s, int in, int out)
{
	uint64_t n, no;
	char *line, *a;

	while (read_all(in, &no, sizeof(no)) == 0 &&
	    (line = recv_frame(in, &n)) != NULL) {
		a = answer(s, line, (size_t)n, (unsigned long)no);
		free(line);
		if (send_frame(out, a, strlen(a)) < 0)
			_exit(1);
		free(a);
	}
	_exit(0);
}

static int
worker_start(
    const struct stream *s, struct worker *w, struct worker *all, size_t n)
{
	int job[2], ans[2];
	size_t i;

	if (pipe(job) < 0)
		return -1;
	if (pipe(ans) < 0) {
		close(job[0]);
		close(job[1]);
		return -1;
	}
	fflush(NULL);
	w->pid = fork();
	if (w->pid < 0) {
		close(job[0]);
		close(job[1]);
		close(ans[0]);
		close(ans[1]);
		return -1;
	}
	if (w->pid == 0) {
		/* the others' pipes and standard input are not its own */
		for (i = 0; i < n; i++)
			if (&all[i] != w && all[i].pid > 0) {
				close(all[i].to);
				close(all[i].from);
			}
		close(job[1]);
		close(ans[0]);
		close(STDIN_FILENO);
		worker_loop(s, job[0], ans[1]);
	}
	close(job[0]);
	close(ans[1]);
	w->to = job[1];
	w->from = ans[0];
	w->busy = false;
	return 0;
}

/* Closes w's pipes and waits for it; returns how it ended (wait status,
 * 0 when there was none to wait for). */
static int
worker_stop(struct worker *w)
{
	int st = 0;

	if (w->pid <= 0)
		return 0;
	close(w->to);
	close(w->from);
	while (waitpid(w->pid, &st, 0) < 0 && errno == EINTR)
		;
	w->pid = 0;
	return st;
}

/* The answer for a line whose worker died: its id if the line has one. */
static char *
died(const struct worker *w, int status)
{
	struct resume_diag diag = {0};
	char name[64], *a;
	json_t *doc = json_loadb(w->line, w->len, 0, NULL);

	snprintf(name, sizeof(name), "<stdin>:%lu", w->no);
	if (WIFSIGNALED(status))
		resume_diag_add(&diag, RESUME_ERROR, name, 0, 0,
		    "the worker rendering this line was killed by signal %d",
		    WTERMSIG(status));
	else
		resume_diag_add(&diag, RESUME_ERROR, name, 0, 0,
		    "the worker rendering this line stopped");
	a = answer_line(json_is_object(doc) ? json_object_get(doc, "id") : NULL,
	    false, &diag, NULL, NULL, 0, false);
	json_decref(doc);
	resume_diag_free(&diag);
	return a;
}

/* Gives worker w line no (its seq-th), keeping a copy for the answer
 * should it die. */
static void
hand_to(struct worker *w, unsigned long seq, const char *line, size_t len,
    unsigned long no)
{
	w->busy = true;
	w->seq = seq;
	w->no = no;
	w->line = xmalloc(len + 1);
	memcpy(w->line, line, len);
	w->len = len;
	/* a worker that died is seen at its answer pipe */
	(void)(write_all(w->to, &(uint64_t){no}, sizeof(uint64_t)) == 0 &&
	    send_frame(w->to, line, len) == 0);
}

/* The answer of w, whose pipe is readable; when it has died, an answer
 * for its line, and another worker in its place (all: the n workers). */
static char *
collect(const struct stream *s, struct worker *w, struct worker *all, size_t n)
{
	uint64_t len;
	char *a = recv_frame(w->from, &len);

	if (a == NULL) {
		a = died(w, worker_stop(w));
		/* (when none can be started, pid says so: the stream goes on
		 * with the others, or here) */
		worker_start(s, w, all, n);
	}
	free(w->line);
	w->line = NULL;
	w->busy = false;
	return a;
}

/* --- the stream --- */

/* Answers not yet written, by line sequence from the first unwritten. */
struct ahead {
	char **v;
	size_t n;
	unsigned long first;
};

static void
ahead_put(struct ahead *q, unsigned long seq, char *a)
{
	size_t k = (size_t)(seq - q->first);

	if (k >= q->n) {
		q->v = xrealloc(q->v, (k + 1) * sizeof(*q->v));
		memset(q->v + q->n, 0, (k + 1 - q->n) * sizeof(*q->v));
		q->n = k + 1;
	}
	q->v[k] = a;
}

/* Writes the answers that are next in order; -1 on a write error. */
static int
ahead_flush(struct ahead *q)
{
	size_t k = 0;
	int rc = 0;

	while (k < q->n && q->v[k]) {
		if (rc == 0 && fputs(q->v[k], stdout) == EOF)
			rc = -1;
		free(q->v[k]);
		k++;
	}
	if (k == 0)
		return 0;
	memmove(q->v, q->v + k, (q->n - k) * sizeof(*q->v));
	q->n -= k;
	q->first += k;
	return rc == 0 && fflush(stdout) == 0 ? 0 : -1;
}

int
cli_stream(const struct resume_backend *be, const struct resume_opts *ro,
    struct resume_tailor *tailor, size_t cap, size_t jobs)
{
	struct stream s = {be, ro, tailor, cap};
	struct lines in = {0};
	struct ahead q = {0};
	struct worker *w = xcalloc(jobs ? jobs : 1, sizeof(*w));
	struct pollfd *pf = xcalloc(jobs + 1, sizeof(*pf));
	unsigned long seq = 0;
	size_t i, busy = 0;
	int rc = 0;

	in.cap = cap;
	signal(SIGPIPE, SIG_IGN);
	for (i = 0; jobs > 1 && i < jobs; i++)
		if (worker_start(&s, &w[i], w, jobs) < 0) {
			cli_err("error: cannot start a worker: %s",
			    strerror(errno));
			jobs = i; /* the ones there are */
			break;
		}
	if (jobs == 1 || jobs == 0)
		jobs = 0; /* render here */
	for (;;) {
		const char *line;
		size_t len, np = 0;
		unsigned long no;

		/* hand the lines read to idle workers, or answer here */
		while (rc == 0) {
			struct worker *idle = NULL;

			for (i = 0; i < jobs && idle == NULL; i++)
				if (!w[i].busy && w[i].pid > 0)
					idle = &w[i];
			if (jobs && idle == NULL)
				break;
			if (!lines_next(&in, &line, &len, &no))
				break;
			if (jobs == 0 || line == NULL) {
				/* (a line over the cap is answered here) */
				ahead_put(&q, seq++, answer(&s, line, len, no));
				rc = ahead_flush(&q);
				continue;
			}
			hand_to(idle, seq++, line, len, no);
			busy++;
		}
		/* at the end of input every line has been handed out once
		 * every worker is idle */
		if (rc != 0 || (in.eof && busy == 0))
			break;
		/* wait for input (while a worker is idle) and answers */
		if (!in.eof && (jobs == 0 || busy < jobs)) {
			pf[np].fd = STDIN_FILENO;
			pf[np++].events = POLLIN;
		}
		for (i = 0; i < jobs; i++)
			if (w[i].busy) {
				pf[np].fd = w[i].from;
				pf[np++].events = POLLIN;
			}
		if (np == 0)
			continue;
		if (poll(pf, np, -1) < 0) {
			if (errno == EINTR)
				continue;
			rc = -1;
			break;
		}
		for (i = 0; i < np; i++) {
			size_t k;

			if (!(pf[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			if (pf[i].fd == STDIN_FILENO) {
				/* a line past the cap is read no further
				 * than the cap: its answer says so */
				if (lines_fill(&in) < 0) {
					cli_err("<stdin>: error: %s",
					    strerror(errno));
					in.eof = true;
					rc = -1;
				}
				continue;
			}
			for (k = 0; k < jobs && w[k].from != pf[i].fd; k++)
				;
			ahead_put(&q, w[k].seq, collect(&s, &w[k], w, jobs));
			busy--;
		}
		if (rc == 0)
			rc = ahead_flush(&q);
		if (jobs) {
			/* every worker gone (none could be started again):
			 * render here */
			for (i = 0; i < jobs && w[i].pid <= 0; i++)
				;
			if (i == jobs && busy == 0)
				jobs = 0;
		}
	}
	for (i = 0; i < jobs; i++)
		worker_stop(&w[i]);
	if (rc == 0)
		rc = ahead_flush(&q);
	for (i = 0; i < q.n; i++)
		free(q.v[i]);
	free(q.v);
	free(in.buf);
	free(w);
	free(pf);
	if (rc != 0)
		cli_err("<stdout>: error: cannot write the answers");
	return rc == 0 ? EXIT_OK : EXIT_FAIL;
}
