#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/xmalloc.h"
#include "io.h"

/* The temporary outputs not yet renamed into place, and the batch's
 * worker processes: a signal that ends the run removes the first and is
 * passed on to the second. */
struct pending {
	char *path;
	struct pending *next;
};
static struct pending *volatile pending;
static const pid_t *volatile workers;
static volatile size_t nworkers;
static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP};

static void
on_fatal(int sig)
{
	struct pending *p;
	size_t i;

	for (p = pending; p; p = p->next)
		unlink(p->path);
	for (i = 0; i < nworkers; i++)
		if (workers[i] > 0)
			kill(workers[i], sig);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Blocks (how = SIG_BLOCK) or unblocks the fatal signals around a change
 * of the pending list. */
static void
block_fatal(int how)
{
	sigset_t set;
	size_t i;

	sigemptyset(&set);
	for (i = 0; i < sizeof(fatal_signals) / sizeof(*fatal_signals); i++)
		sigaddset(&set, fatal_signals[i]);
	sigprocmask(how, &set, NULL);
}

void
io_signals_init(void)
{
	struct sigaction sa, old;
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(fatal_signals) / sizeof(*fatal_signals); i++) {
		/* an ignored signal (nohup) stays ignored */
		if (sigaction(fatal_signals[i], NULL, &old) == 0 &&
		    old.sa_handler == SIG_IGN)
			continue;
		sigaction(fatal_signals[i], &sa, NULL);
	}
}

void
io_set_workers(const pid_t *pids, size_t n)
{
	block_fatal(SIG_BLOCK);
	workers = pids;
	nworkers = n;
	block_fatal(SIG_UNBLOCK);
}

static void
pending_add(char *path)
{
	struct pending *p = xmalloc(sizeof(*p));

	p->path = path;
	block_fatal(SIG_BLOCK);
	p->next = pending;
	pending = p;
	block_fatal(SIG_UNBLOCK);
}

static void
pending_remove(const char *path)
{
	struct pending *volatile *pp, *p;

	block_fatal(SIG_BLOCK);
	for (pp = &pending; (p = *pp) != NULL; pp = &p->next)
		if (p->path == path) {
			*pp = p->next;
			free(p);
			break;
		}
	block_fatal(SIG_UNBLOCK);
}

static const char *
name_of(const char *path)
{
	return path == NULL || strcmp(path, "-") == 0 ? "<stdin>" : path;
}

int
io_read(const char *path, size_t cap, char **data, size_t *len,
    struct resume_diag *diag)
{
	bool is_stdin = path == NULL || strcmp(path, "-") == 0;
	FILE *fp = is_stdin ? stdin : fopen(path, "rb");
	struct stat st;
	size_t n = 0, sz = 65536, got;
	char *buf;

	*data = NULL;
	*len = 0;
	if (fp == NULL) {
		resume_diag_add(diag, RESUME_ERROR, name_of(path), 0, 0,
		    "cannot open: %s", strerror(errno));
		return -1;
	}
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		resume_diag_add(diag, RESUME_ERROR, name_of(path), 0, 0,
		    "is a directory, not a résumé file");
		if (!is_stdin)
			fclose(fp);
		return -1;
	}
	buf = xmalloc(sz);
	for (;;) {
		if (n == sz) {
			sz *= 2;
			buf = xrealloc(buf, sz);
		}
		got = fread(buf + n, 1, sz - n, fp);
		n += got;
		if (n > cap) {
			resume_diag_add(diag, RESUME_ERROR, name_of(path), 0, 0,
			    "input is larger than the %zu-byte limit "
			    "(--max-size to raise it)",
			    cap);
			goto fail;
		}
		if (got == 0)
			break;
	}
	if (ferror(fp)) {
		resume_diag_add(diag, RESUME_ERROR, name_of(path), 0, 0,
		    "read error: %s", strerror(errno));
		goto fail;
	}
	if (!is_stdin)
		fclose(fp);
	buf = xrealloc(buf, n + 1);
	buf[n] = '\0';
	*data = buf;
	*len = n;
	return 0;
fail:
	free(buf);
	if (!is_stdin)
		fclose(fp);
	return -1;
}

bool
io_same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	if (a == NULL || b == NULL || strcmp(a, "-") == 0 ||
	    strcmp(b, "-") == 0)
		return false;
	if (stat(a, &sa) != 0 || stat(b, &sb) != 0)
		return false;
	return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* The path a symbolic link leads to, through every link on the way (a
 * dangling one included: the file it names is made); NULL when it cannot
 * be read or loops.  The caller frees it. */
static char *
link_target(const char *path)
{
	char *cur = xstrdup(path), buf[4096];
	struct stat st;
	int hops;

	for (hops = 0; hops < 40; hops++) {
		ssize_t n;
		char *next, *slash;

		if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode))
			return cur;
		n = readlink(cur, buf, sizeof(buf) - 1);
		if (n < 0)
			break;
		buf[n] = '\0';
		slash = strrchr(cur, '/');
		if (buf[0] == '/' || slash == NULL)
			next = xstrdup(buf);
		else {
			next = xmalloc((size_t)(slash - cur) + 2 + (size_t)n);
			sprintf(next, "%.*s/%s", (int)(slash - cur), cur, buf);
		}
		free(cur);
		cur = next;
	}
	free(cur);
	return NULL;
}

static int
out_open(struct io_out *o, const char *path, struct resume_diag *diag)
{
	char *dir, *copy;
	struct stat st;
	mode_t mask;
	int fd;

	memset(o, 0, sizeof(*o));
	if (path == NULL || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return 0;
	}

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		resume_diag_add(
		    diag, RESUME_ERROR, path, 0, 0, "output is a directory");
		return -1;
	}
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		/* a device or pipe (/dev/null, /dev/full): write to it */
		o->fp = fopen(path, "wb");
		if (o->fp == NULL) {
			resume_diag_add(diag, RESUME_ERROR, path, 0, 0,
			    "cannot write: %s", strerror(errno));
			return -1;
		}
		o->path = xstrdup(path);
		return 0;
	}
	/* a read-only file is not replaced behind its owner's back (the
	 * rename would do it, even for root) */
	if (stat(path, &st) == 0 &&
	    (access(path, W_OK) != 0 || (st.st_mode & 0222) == 0)) {
		resume_diag_add(diag, RESUME_ERROR, path, 0, 0,
		    "cannot write: the file is read-only");
		return -1;
	}
	copy = xstrdup(path);
	dir = dirname(copy);
	o->tmp = xmalloc(strlen(dir) + 32);
	sprintf(o->tmp, "%s/.resume-XXXXXX", dir);
	free(copy);
	block_fatal(SIG_BLOCK); /* created and listed as one step */
	fd = mkstemp(o->tmp);
	if (fd >= 0)
		pending_add(o->tmp);
	block_fatal(SIG_UNBLOCK);
	if (fd < 0) {
		resume_diag_add(diag, RESUME_ERROR, path, 0, 0,
		    "cannot write: %s", strerror(errno));
		free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	/* the mode a plain open() would give, or the old file's */
	if (stat(path, &st) == 0)
		fchmod(fd, st.st_mode & 07777);
	else {
		mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	o->fp = fdopen(fd, "wb");
	if (o->fp == NULL) {
		close(fd);
		unlink(o->tmp);
		pending_remove(o->tmp);
		free(o->tmp);
		o->tmp = NULL;
		resume_diag_add(diag, RESUME_ERROR, path, 0, 0,
		    "cannot write: %s", strerror(errno));
		return -1;
	}
	o->path = xstrdup(path);
	return 0;
}

int
io_out_open(struct io_out *o, const char *path, struct resume_diag *diag)
{
	struct stat st;
	char *target;
	int rc;

	/* -o LINK writes the file the link names: the rename would
	 * replace the link with a file of its own */
	if (path && strcmp(path, "-") != 0 && lstat(path, &st) == 0 &&
	    S_ISLNK(st.st_mode) && (target = link_target(path)) != NULL) {
		rc = out_open(o, target, diag);
		free(target);
		return rc;
	}
	return out_open(o, path, diag);
}

int
io_out_commit(struct io_out *o, struct resume_diag *diag)
{
	const char *name = o->path ? o->path : "<stdout>";
	int err = 0;

	if (fflush(o->fp) != 0 || ferror(o->fp))
		err = errno ? errno : EIO;
	if (o->path == NULL) {
		if (err) {
			resume_diag_add(diag, RESUME_ERROR, name, 0, 0,
			    "write error: %s", strerror(err));
			return -1;
		}
		return 0;
	}
	if (fclose(o->fp) != 0 && !err)
		err = errno;
	o->fp = NULL;
	if (!err && o->tmp && rename(o->tmp, o->path) != 0)
		err = errno;
	if (err) {
		if (o->tmp)
			unlink(o->tmp);
		resume_diag_add(diag, RESUME_ERROR, name, 0, 0,
		    "write error: %s", strerror(err));
	}
	if (o->tmp)
		pending_remove(o->tmp);
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
	return err ? -1 : 0;
}

void
io_out_abort(struct io_out *o)
{
	if (o->path) {
		if (o->fp)
			fclose(o->fp);
		if (o->tmp)
			unlink(o->tmp);
	}
	if (o->tmp)
		pending_remove(o->tmp);
	free(o->tmp);
	free(o->path);
	memset(o, 0, sizeof(*o));
}
