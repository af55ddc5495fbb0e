/* resume render: load one résumé and write it through a backend. */
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../core/xmalloc.h"
#include "../io.h"
#include "cli.h"
#include "resume/resume.h"
#include "../core/lang.h"
#include "resume/check.h"
#include "resume/tailor.h"
#include "resume/theme.h"

enum {
	OPT_TO = 256,
	OPT_FROM,
	OPT_WIDTH,
	OPT_ASCII,
	OPT_MAX_SIZE,
	OPT_PAPER,
	OPT_WATCH,
	OPT_THEME,
	OPT_JOBS,
	OPT_STREAM,
	OPT_MAX_PAGES,
	OPT_PAGE,
	OPT_DPI,
	OPT_FIT_PAGES,
	OPT_NO_EMBED_FONTS,
	OPT_NO_PHOTO,
	OPT_LANG,
	OPT_TAG,
	OPT_EXCLUDE_TAG,
	OPT_SINCE,
	OPT_MAX_BULLETS,
	OPT_SECTIONS,
	OPT_REDACT,
	OPT_FORMAT = 512 /* + the backend's index: --txt, --pdf... */
};

/* The options after the format options, which come from the backend
 * table. */
static const struct cli_opt opts[] = {
    {{"to", required_argument, NULL, OPT_TO}, "FORMAT",
        NULL /* the formats there are */},
    {{"from", required_argument, NULL, OPT_FROM}, "FORMAT",
        "input format: markdown or json (default: by suffix, else content)"},
    {{"output", required_argument, NULL, 'o'}, "FILE",
        "write to FILE (atomically) instead of standard output; - is stdout"},
    {{"lang", required_argument, NULL, OPT_LANG}, "CODE",
        "write section titles, months, \"Present\", labels and the page "
        "footer in language CODE (en fr de es it pt nl pl ru uk tr zh ja ko "
        "fa ar vi; default: the document's)"},
    {{"tag", required_argument, NULL, OPT_TAG}, "TAG",
        "keep the entries and bullets tagged TAG and those with no tag "
        "(repeatable)"},
    {{"exclude-tag", required_argument, NULL, OPT_EXCLUDE_TAG}, "TAG",
        "leave out the entries and bullets tagged TAG (repeatable)"},
    {{"since", required_argument, NULL, OPT_SINCE}, "YEAR",
        "leave out the entries that ended before YEAR"},
    {{"max-bullets", required_argument, NULL, OPT_MAX_BULLETS}, "N",
        "keep the first N bullets of each entry"},
    {{"sections", required_argument, NULL, OPT_SECTIONS}, "LIST",
        "only these sections, in this order, by kind (work, education, "
        "skills...) or title, comma-separated"},
    {{"redact", required_argument, NULL, OPT_REDACT}, "contact",
        "leave out e-mail, phone, street address, links and the photo, "
        "for anonymised screening"},
    {{"width", required_argument, NULL, OPT_WIDTH}, "N",
        "txt: wrap lines at N columns (20-1000, default 80)"},
    {{"ascii", no_argument, NULL, OPT_ASCII}, NULL,
        "txt: ASCII only: punctuation, accents and symbols transliterated"},
    {{"paper", required_argument, NULL, OPT_PAPER}, "SIZE",
        "pdf, png, html: a4 or letter (default: letter in US and Canadian "
        "locales, else a4)"},
    {{"page", required_argument, NULL, OPT_PAGE}, "N",
        "png: draw page N (default 1; every page with -o DIR/)"},
    {{"dpi", required_argument, NULL, OPT_DPI}, "N",
        "png: pixels per inch (36-600, default 150)"},
    {{"max-size", required_argument, NULL, OPT_MAX_SIZE}, "SIZE",
        "refuse inputs larger than SIZE (16MiB, 500K; default 16MiB)"},
    {{"max-pages", required_argument, NULL, OPT_MAX_PAGES}, "N",
        "pdf, png: refuse a document longer than N pages (default 1000)"},
    {{"fit-pages", required_argument, NULL, OPT_FIT_PAGES}, "N",
        "pdf, png, html: at most N pages (HTML: printed): type, spacing "
        "and margins tightened within the theme's limits; fails, writing "
        "nothing, when they cannot"},
    {{"no-embed-fonts", no_argument, NULL, OPT_NO_EMBED_FONTS}, NULL,
        "html: name the fonts without carrying them (a smaller page, set in "
        "what the reader's machine has)"},
    {{"no-photo", no_argument, NULL, OPT_NO_PHOTO}, NULL,
        "pdf, png, html: leave out the photo (basics.image), which is "
        "otherwise read beside the input"},
    {{"theme", required_argument, NULL, OPT_THEME}, "NAME|FILE",
        "pdf, png, html: a built-in theme (resume themes) or a theme file"},
    {{"jobs", required_argument, NULL, OPT_JOBS}, "N",
        "several inputs or --stream: render N at a time (1-256, default: "
        "the CPUs)"},
    {{"stream", required_argument, NULL, OPT_STREAM}, "FORMAT",
        "read JSON Lines on standard input (a JSON Resume document a line, "
        "or {\"id\": ..., \"markdown\": \"...\"}) and write a JSON line "
        "for each, in order: id, status, diagnostics, output (binary "
        "formats in base64)"},
    {{"watch", no_argument, NULL, OPT_WATCH}, NULL,
        "render again whenever FILE changes, until Ctrl-C (needs -o FILE)"},
    {{"help", no_argument, NULL, 'h'}, NULL, "show this help and exit"}};
#define NOPTS (sizeof(opts) / sizeof(*opts))
/* At most this many backends: the table is ours. */
#define MAXFORMATS 16
#define NALL       (MAXFORMATS + NOPTS)

/* The formats there are, "txt, pdf, png, html, json, md", into buf. */
static const char *
format_names(char *buf, size_t size, const char *sep)
{
	const struct resume_backend *be;
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; (be = resume_backend_at(i)) != NULL; i++)
		n += (size_t)snprintf(buf + n, n < size ? size - n : 0,
		    "%s%s%s", i ? sep : "", strcmp(sep, "|") == 0 ? "--" : "",
		    be->name);
	return buf;
}

/* The option table: one option a backend, then the others.  Returns
 * the number of options. */
static size_t
all_options(struct cli_opt *all)
{
	static char to_help[256];
	const struct resume_backend *be;
	size_t i, n = 0, k;

	for (i = 0; (be = resume_backend_at(i)) != NULL && n < MAXFORMATS;
	     i++) {
		all[n].o.name = be->name;
		all[n].o.has_arg = no_argument;
		all[n].o.flag = NULL;
		all[n].o.val = OPT_FORMAT + (int)i;
		all[n].arg = NULL;
		all[n].help = be->help;
		n++;
	}
	snprintf(to_help, sizeof(to_help), "output format by name: ");
	k = strlen(to_help);
	format_names(to_help + k, sizeof(to_help) - k, ", ");
	for (i = 0; i < NOPTS; i++) {
		all[n] = opts[i];
		if (all[n].o.val == OPT_TO)
			all[n].help = to_help;
		n++;
	}
	return n;
}

static void
help(FILE *fp)
{
	struct cli_opt all[NALL];
	size_t n = all_options(all);
	char names[256];

	fprintf(fp,
	    "Usage: resume render [%s] [-o FILE|-] [FILE|-]\n"
	    "Render a résumé (Markdown or JSON Resume) read from FILE, or\n"
	    "standard input when FILE is - or missing.\n\nOptions:\n",
	    format_names(names, sizeof(names), "|"));
	cli_print_options(fp, all, n);
	fputs("\nExit status: 0 success, 1 invalid input or failed output, "
	      "2 usage error.\n",
	    fp);
}

/* One render's settings; the theme is loaded for each render, so that
 * --watch picks up an edited theme file. */
struct job {
	const struct resume_backend *be;
	struct resume_opts ro;
	unsigned int *pages; /* --watch: set to the page count, or NULL */
	const char *input, *output;
	const char *theme; /* NULL, a built-in's name or a file */
	enum resume_format from;
	char **stems;        /* a batch: each input's output name, distinct */
	const char *stem_of; /* the one of the input at hand */
	unsigned long cap;
	unsigned long jobs; /* --jobs, 0: one per CPU */
	bool paper_set;     /* --paper given: it wins over theme and locale */
	bool pages_dir;     /* output is a directory for a page backend */
	bool no_photo;      /* --no-photo */
	struct resume_tailor *tailor; /* --lang, --tag, --since... */
	char photo_dir[PATH_MAX];     /* the input's directory */
};

static void stem(const char *path, char *out, size_t size);

/* Writes a page backend's images of r into dir as STEM-N.SUFFIX: every
 * page, or only --page N.  Returns 0, or -1 with errors in diag. */
static int
write_pages(struct job *j, const struct resume_backend *be,
    const struct resume *r, const char *input, const char *dir,
    struct resume_diag *diag)
{
	unsigned int count = 0, only = j->ro.page, k, last;
	struct resume_result res = {0};
	char path[PATH_MAX], a[256];
	int rc = 0;

	if (j->stems && j->stem_of)
		snprintf(a, sizeof(a), "%s", j->stem_of);
	else if (input && strcmp(input, "-") != 0)
		stem(input, a, sizeof(a));
	else
		snprintf(a, sizeof(a), "resume");
	/* --page N: that page; else page 1, which tells how many follow */
	last = only ? only : 1;
	for (k = only ? only : 1; rc == 0 && k <= last; k++) {
		j->ro.page = k;
		snprintf(
		    path, sizeof(path), "%s/%s-%u%s", dir, a, k, be->suffix);
		if (io_same_file(input, path)) {
			resume_diag_add(diag, RESUME_ERROR, path, 0, 0,
			    "output would overwrite the input");
			rc = -1;
			break;
		}
		rc = cli_write(be, r, &j->ro, path, &res, diag);
		count = res.pages;
		if (!only && count > last)
			last = count;
	}
	j->ro.page = only;
	if (j->pages)
		*j->pages = count;
	return rc;
}

/* Points ro.theme at the job's theme; *own is a parsed file to free. */
static int
load_theme(struct job *j, struct resume_theme **own, struct resume_diag *diag)
{
	return cli_load_theme(j->theme, !j->paper_set, &j->ro, own, diag);
}

/* One input, loaded with the job's theme; free with unload(). */
struct loaded {
	char *data;
	struct resume *r;
	struct resume_theme *own; /* a parsed theme file */
};

/* Loads the theme and input (NULL or "-": standard input) into l and
 * sets the document date.  Returns 0, or -1 with errors in diag. */
static int
load_one(struct job *j, const char *input, struct loaded *l,
    struct resume_diag *diag)
{
	size_t len;

	memset(l, 0, sizeof(*l));
	if (load_theme(j, &l->own, diag) < 0 ||
	    io_read(input, j->cap, &l->data, &len, diag) < 0)
		return -1;
	j->ro.date = cli_document_date(input);
	j->ro.photo_dir = j->no_photo
	    ? NULL
	    : cli_photo_dir(input, j->photo_dir, sizeof(j->photo_dir));
	l->r = resume_load(l->data, len, cli_input_name(input), j->from, diag);
	if (l->r == NULL)
		return -1;
	/* the version asked for, in its language: a new model in the same
	 * arena, which unload() frees with the one read */
	j->tailor->words = j->ro.theme ? j->ro.theme->words : NULL;
	j->tailor->nwords = j->ro.theme ? j->ro.theme->nwords : 0;
	l->r = resume_tailor(l->r, j->tailor, diag);
	/* what resume check says, as warnings (its notes only there); the
	 * PDF adds its page breaks' */
	resume_check_content(l->r, cli_now(), false, diag);
	j->ro.check = true;
	return 0;
}

static void
unload(struct job *j, struct loaded *l)
{
	resume_free(l->r);
	resume_theme_free(l->own);
	j->ro.theme = NULL;
	free(l->data);
}

static int
render_once(struct job *j)
{
	struct resume_diag diag = {0};
	struct resume_result res = {0};
	struct loaded l;
	int status = EXIT_FAIL;

	if (load_one(j, j->input, &l, &diag) == 0 &&
	    (j->pages_dir
	            ? write_pages(j, j->be, l.r, j->input, j->output, &diag)
	            : cli_write(j->be, l.r, &j->ro, j->output, &res, &diag)) ==
	        0)
		status = EXIT_OK;
	if (!j->pages_dir && j->pages)
		*j->pages = res.pages;
	resume_diag_print(&diag, stderr);
	resume_diag_free(&diag);
	unload(j, &l);
	return status;
}

static volatile sig_atomic_t stop;

static void
on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* --watch: renders, then again each time the input is written or replaced
 * (editors often save by renaming a new file over it, so the directory is
 * watched, not the file).  A failed render keeps the last good output. */
static int
watch_loop(struct job *j)
{
	const char *input = j->input, *output = j->output;
	char dir[PATH_MAX], ev[4096];
	const char *base = strrchr(input, '/');
	const char *tbase = NULL;
	struct sigaction sa;
	unsigned int pages = 0;
	struct pollfd pfd;
	int fd, st;
	double t;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal; /* no SA_RESTART: poll returns EINTR */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	if (base) {
		snprintf(dir, sizeof(dir), "%.*s", (int)(base - input), input);
		if (dir[0] == '\0')
			strcpy(dir, "/");
		base++;
	} else {
		strcpy(dir, ".");
		base = input;
	}
	fd = inotify_init1(IN_CLOEXEC);
	if (fd < 0 ||
	    inotify_add_watch(
	        fd, dir, IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE) < 0) {
		cli_err("%s: error: cannot watch: %s", dir, strerror(errno));
		if (fd >= 0)
			close(fd);
		return EXIT_FAIL;
	}
	if (j->theme && resume_theme_find(j->theme) == NULL) {
		/* a theme file: its directory too */
		char tdir[PATH_MAX];

		tbase = strrchr(j->theme, '/');
		snprintf(tdir, sizeof(tdir), "%.*s",
		    tbase ? (int)(tbase - j->theme) : 1,
		    tbase ? j->theme : ".");
		tbase = tbase ? tbase + 1 : j->theme;
		inotify_add_watch(fd, tdir[0] ? tdir : "/",
		    IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE);
	}
	j->pages = &pages;
	pfd.fd = fd;
	pfd.events = POLLIN;
	while (!stop) {
		pages = 0;
		t = now_ms();
		st = render_once(j);
		if (st == EXIT_OK && pages)
			cli_err("wrote %s: %u page%s in %.0f ms", output, pages,
			    pages == 1 ? "" : "s", now_ms() - t);
		else if (st == EXIT_OK)
			cli_err("wrote %s in %.0f ms", output, now_ms() - t);
		else
			cli_err(
			    "%s kept as it was; waiting for the next change",
			    output);
		fflush(stderr);
		/* wait for an event naming the input, then let a burst of
		 * writes settle */
		for (bool hit = false; !hit && !stop;) {
			ssize_t n;
			char *q;

			if (poll(&pfd, 1, -1) < 0)
				continue; /* EINTR: a signal; the loop checks */
			n = read(fd, ev, sizeof(ev));
			for (q = ev; n > 0 && q < ev + n;) {
				const struct inotify_event *e = (const void *)q;

				if (e->len &&
				    (strcmp(e->name, base) == 0 ||
				        (tbase && strcmp(e->name, tbase) == 0)))
					hit = true;
				q += sizeof(*e) + e->len;
			}
		}
		while (!stop && poll(&pfd, 1, 50) > 0)
			if (read(fd, ev, sizeof(ev)) <= 0)
				break;
	}
	close(fd);
	fputs("resume: stopped watching\n", stderr);
	return EXIT_OK;
}

static void
add_format(const char **tos, size_t *n, const char *f)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (strcmp(tos[i], f) == 0)
			return;
	if (*n < MAXFORMATS)
		tos[(*n)++] = f;
}

/* The format a file's suffix names (".pdf" pdf, ".htm" html too), or
 * NULL for none, standard output or a directory. */
static const char *
suffix_format(const char *path)
{
	const struct resume_backend *be;
	const char *dot, *slash;
	size_t i;

	if (path == NULL || strcmp(path, "-") == 0)
		return NULL;
	dot = strrchr(path, '.');
	slash = strrchr(path, '/');
	if (dot == NULL || (slash && dot < slash))
		return NULL;
	if (strcasecmp(dot, ".htm") == 0)
		return "html";
	for (i = 0; (be = resume_backend_at(i)) != NULL; i++)
		if (strcasecmp(dot, be->suffix) == 0)
			return be->name;
	return NULL;
}

/* Is there a backend named f? */
static bool
format_known(const char *f)
{
	const struct resume_backend *be;
	size_t i;

	for (i = 0; (be = resume_backend_at(i)) != NULL; i++)
		if (strcmp(be->name, f) == 0)
			return true;
	return false;
}

/* Adds optarg to a list of names (resume_tailor splits a comma-separated
 * list of sections). */
static void
add_names(const char *const **list, size_t *n)
{
	const char **l = xrealloc((void *)*list, (*n + 1) * sizeof(*l));

	l[(*n)++] = optarg;
	*list = l;
}

/* A tailoring option c with optarg into t; returns 0 or a usage
 * error's exit status. */
static int
tailor_opt(struct resume_tailor *t, int c)
{
	unsigned long v;
	int rc;

	switch (c) {
	case OPT_TAG:
		add_names(&t->tags, &t->ntags);
		break;
	case OPT_EXCLUDE_TAG:
		add_names(&t->exclude_tags, &t->nexclude_tags);
		break;
	case OPT_SECTIONS:
		add_names(&t->sections, &t->nsections);
		break;
	case OPT_SINCE:
		if ((rc = cli_num_opt("render", "since",
		         "a year from 1900 to 9999", 1900, 9999, &v)) != 0)
			return rc;
		t->since = (int)v;
		break;
	case OPT_MAX_BULLETS:
		if ((rc = cli_num_opt("render", "max-bullets",
		         "a number from 0 to 1000", 0, 1000, &v)) != 0)
			return rc;
		t->max_bullets = (long)v;
		break;
	case OPT_REDACT:
		if (strcmp(optarg, "contact") != 0)
			return cli_usage_error("render",
			    "--redact takes 'contact', not '%s'", optarg);
		t->redact_contact = true;
		break;
	}
	return 0;
}

/* Does option o apply to one of the formats asked for?  Its help says
 * which formats it is for, as "pdf, png: ..." (none named: all). */
static bool
applies(const struct cli_opt *o, const char *const *tos, size_t nto)
{
	const char *h = o->help, *colon = h ? strchr(h, ':') : NULL, *p;
	bool asked = false;
	char name[32];
	size_t i, n;

	if (colon == NULL)
		return true;
	for (p = h; p < colon; p += n + strspn(p + n, ", ")) {
		n = strcspn(p, ",:");
		snprintf(name, sizeof(name), "%.*s", (int)n, p);
		/* only a list of format names before the colon scopes it */
		if (n >= sizeof(name) || !format_known(name))
			return true;
		for (i = 0; i < nto; i++)
			asked = asked || strcmp(tos[i], name) == 0;
	}
	return asked;
}

/* The file name of path without directory and suffix: "a/cv.md" → "cv". */
static void
stem(const char *path, char *out, size_t size)
{
	const char *b = strrchr(path, '/'), *dot;

	b = b ? b + 1 : path;
	dot = strrchr(b, '.');
	snprintf(out, size, "%.*s",
	    (int)(dot && dot != b ? dot - b : (long)strlen(b)), b);
}

/* Is name one of the first n of names? */
static bool
taken(char *const *names, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return true;
	return false;
}

/* Several inputs or formats in one process: each input is read and loaded
 * once and written in every format to DIR/STEM.SUFFIX; fonts are set up
 * once for all.  A failed input is reported and the others still render. */
/* Renders inputs from, from + step, ... to every format into dir;
 * returns how many failed. */
static size_t
batch_part(struct job *j, const struct resume_backend *const *be, size_t nto,
    const char *const *inputs, size_t nin, const char *dir, size_t from,
    size_t step)
{
	char a[256], path[PATH_MAX];
	size_t i, k, failed = 0;

	for (i = from; i < nin; i += step) {
		struct resume_diag diag = {0};
		struct loaded l;

		if (load_one(j, inputs[i], &l, &diag) < 0)
			failed++;
		snprintf(a, sizeof(a), "%s", j->stems[i]);
		j->stem_of = j->stems[i];
		for (k = 0; l.r && k < nto; k++) {
			if (be[k]->flags & RESUME_BACKEND_PAGES) {
				/* STEM-1.png, STEM-2.png... */
				resume_diag_print(&diag, stderr);
				resume_diag_free(&diag);
				if (write_pages(j, be[k], l.r, inputs[i], dir,
				        &diag) < 0)
					failed++;
				continue;
			}
			snprintf(path, sizeof(path), "%s/%s%s", dir, a,
			    be[k]->suffix);
			if (io_same_file(inputs[i], path)) {
				resume_diag_add(&diag, RESUME_ERROR, path, 0, 0,
				    "output would overwrite the input");
				failed++;
				continue;
			}
			/* each format's errors stand alone */
			resume_diag_print(&diag, stderr);
			resume_diag_free(&diag);
			if (cli_write(be[k], l.r, &j->ro, path, NULL, &diag) <
			    0)
				failed++;
		}
		resume_diag_print(&diag, stderr);
		resume_diag_free(&diag);
		unload(j, &l);
	}
	return failed;
}

/* Runs batch_part in --jobs worker processes (one per CPU by default),
 * each taking every jobs-th input: a batch is a pipeline's work, and two
 * cores render twice the résumés.  Each worker sets its fonts up once.
 * Returns non-zero when any input failed or a worker died. */
static size_t
batch_workers(struct job *j, const struct resume_backend *const *be, size_t nto,
    const char *const *inputs, size_t nin, const char *dir)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	size_t jobs = j->jobs ? j->jobs : cpus > 0 ? (size_t)cpus : 1, w, n = 0;
	size_t failed = 0;
	pid_t pids[256];
	int status;

	if (jobs > nin)
		jobs = nin;
	if (jobs > 256)
		jobs = 256;
	if (jobs <= 1)
		return batch_part(j, be, nto, inputs, nin, dir, 0, 1);
	fflush(NULL);
	for (w = 0; w < jobs; w++) {
		pid_t pid = fork();

		if (pid == 0) { /* exit(), not _exit(): LeakSanitizer runs */
			io_set_workers(NULL, 0);
			exit(batch_part(j, be, nto, inputs, nin, dir, w, jobs)
			        ? EXIT_FAIL
			        : EXIT_OK);
		}
		if (pid < 0) /* no more processes: this one does the share */
			failed += batch_part(
			    j, be, nto, inputs, nin, dir, w, jobs);
		else {
			pids[n++] = pid;
			io_set_workers(pids, n);
		}
	}
	for (w = 0; w < n; w++) {
		pid_t got;

		while (
		    (got = waitpid(pids[w], &status, 0)) < 0 && errno == EINTR)
			;
		if (got < 0 || !WIFEXITED(status) ||
		    WEXITSTATUS(status) != EXIT_OK)
			failed++;
	}
	io_set_workers(NULL, 0);
	return failed;
}

static int
render_batch(struct job *j, const char *const *tos, size_t nto,
    const char *const *inputs, size_t nin, const char *dir)
{
	const struct resume_backend *be[MAXFORMATS];
	char a[256], b[256];
	size_t i, k;
	struct stat st;
	int rc;

	if (dir == NULL || strcmp(dir, "-") == 0)
		return cli_usage_error(
		    "render", "several inputs or formats need -o DIRECTORY");
	if (nin == 0)
		return cli_usage_error("render",
		    "several formats need an input FILE, not standard input");
	for (i = 0; i < nin; i++)
		if (strcmp(inputs[i], "-") == 0)
			return cli_usage_error("render",
			    "standard input cannot be one of several inputs");
	if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
		cli_err("%s: error: %s", dir, strerror(errno));
		return EXIT_FAIL;
	}
	if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode))
		return cli_usage_error("render",
		    "several inputs or formats need -o DIRECTORY; '%s' is "
		    "not one",
		    dir);
	/* two inputs of one name ("cv.md", "cv.json") get distinct names:
	 * the later one its suffix too ("cv-json"), then a number */
	j->stems = xcalloc(nin, sizeof(*j->stems));
	for (i = 0; i < nin; i++) {
		const char *base = strrchr(inputs[i], '/'), *dot;
		unsigned int n = 2;

		base = base ? base + 1 : inputs[i];
		dot = strrchr(base, '.');
		stem(inputs[i], b, sizeof(b)); /* its own name */
		snprintf(a, sizeof(a), "%s", b);
		if (taken(j->stems, i, a) && dot && dot != base && dot[1])
			snprintf(a, sizeof(a), "%.200s-%.40s", b, dot + 1);
		while (taken(j->stems, i, a))
			snprintf(a, sizeof(a), "%.200s-%u", b, n++);
		if (strcmp(a, b) != 0)
			cli_err("%s: note: another input has its name; written "
			        "as %s%s%s.*",
			    inputs[i], dir,
			    dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/",
			    a);
		j->stems[i] = xstrdup(a);
	}
	for (k = 0; k < nto; k++)
		if ((be[k] = resume_backend_find(tos[k])) == NULL) {
			cli_err("cannot load the %s backend: %s", tos[k],
			    resume_backend_error());
			rc = EXIT_FAIL;
			goto out;
		}
	rc = batch_workers(j, be, nto, inputs, nin, dir) ? EXIT_FAIL : EXIT_OK;
out:
	for (i = 0; i < nin; i++)
		free(j->stems[i]);
	free(j->stems);
	j->stems = NULL;
	return rc;
}

static int render_cmd(int argc, char **argv, struct resume_tailor *tailor);

/* --stream FORMAT: the theme loaded once, no photo read (the lines are
 * strangers' and name no directory), the page-break checks on. */
static int
stream_cmd(struct job *j, const char *format)
{
	const struct resume_backend *be = resume_backend_find(format);
	struct resume_diag diag = {0};
	struct resume_theme *own = NULL;
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	int rc;

	if (be == NULL) {
		cli_err("cannot load the %s backend: %s", format,
		    resume_backend_error());
		return EXIT_FAIL;
	}
	if (be->flags & RESUME_BACKEND_PAGES)
		return cli_usage_error("render",
		    "--stream writes one output a line; %s writes a file a "
		    "page",
		    be->name);
	if (load_theme(j, &own, &diag) < 0) {
		resume_diag_print(&diag, stderr);
		resume_diag_free(&diag);
		return EXIT_FAIL;
	}
	resume_diag_print(&diag, stderr);
	resume_diag_free(&diag);
	j->ro.date = cli_document_date("-");
	j->ro.photo_dir = NULL;
	j->ro.check = true;
	j->tailor->words = j->ro.theme ? j->ro.theme->words : NULL;
	j->tailor->nwords = j->ro.theme ? j->ro.theme->nwords : 0;
	if (j->jobs == 0) /* one per CPU */
		j->jobs = cpus > 0 ? (unsigned long)cpus : 1;
	rc = cli_stream(be, &j->ro, j->tailor, j->cap, j->jobs);
	resume_theme_free(own);
	return rc;
}

int
cli_render(int argc, char **argv)
{
	struct resume_tailor t = RESUME_TAILOR_NONE;
	int rc = render_cmd(argc, argv, &t);

	free((void *)t.tags);
	free((void *)t.exclude_tags);
	free((void *)t.sections);
	return rc;
}

static int
render_cmd(int argc, char **argv, struct resume_tailor *tailor)
{
	struct cli_opt all[NALL];
	size_t nall = all_options(all);
	struct option lo[NALL + 1];
	char so[3 * NALL + 2];
	const char *to, *output = NULL, *input = NULL, *tos[MAXFORMATS], *named;
	const char *stream = NULL;
	size_t nto = 0, i;
	enum resume_format from = RESUME_FORMAT_AUTO;
	const struct resume_backend *be;
	struct job j = {.cap = IO_DEFAULT_CAP, .tailor = tailor};
	struct resume_opts *ro = &j.ro;
	unsigned long v;
	bool watch = false, given[NOPTS] = {false};
	int c, rc;

	resume_opts_init(ro);
	cli_getopt_tables(all, nall, lo, so);
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, so, lo, NULL)) != -1) {
		for (i = 0; i < NOPTS; i++)
			if (opts[i].o.val == c)
				given[i] = true;
		if (c >= OPT_FORMAT &&
		    resume_backend_at((size_t)(c - OPT_FORMAT))) {
			add_format(tos, &nto,
			    resume_backend_at((size_t)(c - OPT_FORMAT))->name);
			continue;
		}
		switch (c) {
		case OPT_TO:
			add_format(tos, &nto, optarg);
			break;
		case OPT_FROM:
			if (strcmp(optarg, "markdown") == 0 ||
			    strcmp(optarg, "md") == 0)
				from = RESUME_FORMAT_MARKDOWN;
			else if (strcmp(optarg, "json") == 0)
				from = RESUME_FORMAT_JSON;
			else
				return cli_usage_error("render",
				    "unknown input format '%s' (markdown, "
				    "json)",
				    optarg);
			break;
		case 'o':
			output = optarg;
			break;
		case OPT_WIDTH:
			if ((rc = cli_num_opt("render", "width",
			         "a number from 20 to 1000", 20, 1000, &v)) !=
			    0)
				return rc;
			ro->width = (unsigned)v;
			break;
		case OPT_ASCII:
			ro->ascii = true;
			break;
		case OPT_LANG:
			if (lang_find(optarg) == NULL)
				return cli_usage_error("render",
				    "no language '%s' (en fr de es it pt nl pl "
				    "ru uk tr zh ja ko fa ar vi)",
				    optarg);
			j.tailor->lang = optarg;
			break;
		case OPT_TAG:
		case OPT_EXCLUDE_TAG:
		case OPT_SECTIONS:
		case OPT_SINCE:
		case OPT_MAX_BULLETS:
		case OPT_REDACT:
			if ((rc = tailor_opt(j.tailor, c)) != 0)
				return rc;
			break;
		case OPT_PAPER:
			if ((rc = cli_paper_opt(
			         "render", optarg, &ro->paper)) != 0)
				return rc;
			j.paper_set = true;
			break;
		case OPT_THEME:
			j.theme = optarg;
			break;
		case OPT_MAX_SIZE:
			if ((rc = cli_size_opt("render", "max-size", &v)) != 0)
				return rc;
			j.cap = v;
			break;
		case OPT_MAX_PAGES:
			if ((rc = cli_num_opt("render", "max-pages",
			         "a number from 1 to 1000000", 1, 1000000,
			         &v)) != 0)
				return rc;
			ro->max_pages = (unsigned int)v;
			break;
		case OPT_FIT_PAGES:
			if ((rc = cli_num_opt("render", "fit-pages",
			         "a number from 1 to 100", 1, 100, &v)) != 0)
				return rc;
			ro->fit_pages = (unsigned int)v;
			break;
		case OPT_NO_EMBED_FONTS:
			ro->no_embed_fonts = true;
			break;
		case OPT_NO_PHOTO:
			j.no_photo = true;
			break;
		case OPT_PAGE:
			if ((rc = cli_num_opt("render", "page",
			         "a page number from 1 to 1000000", 1, 1000000,
			         &v)) != 0)
				return rc;
			ro->page = (unsigned int)v;
			break;
		case OPT_DPI:
			if ((rc = cli_num_opt("render", "dpi",
			         "a number from 36 to 600", RESUME_DPI_MIN,
			         RESUME_DPI_MAX, &v)) != 0)
				return rc;
			ro->dpi = (unsigned int)v;
			break;
		case OPT_JOBS:
			if ((rc = cli_num_opt("render", "jobs",
			         "a number from 1 to 256", 1, 256, &v)) != 0)
				return rc;
			j.jobs = v;
			break;
		case OPT_WATCH:
			watch = true;
			break;
		case OPT_STREAM:
			stream = optarg;
			break;
		case 'h':
			help(stdout);
			return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
		default:
			return cli_bad_option("render", c, argv);
		}
	}
	if (stream &&
	    (nto > 0 || optind < argc || watch ||
	        (output && strcmp(output, "-") != 0)))
		return cli_usage_error("render",
		    "--stream reads standard input and writes standard output: "
		    "no FILE, -o, --watch or other format");
	if (stream)
		add_format(tos, &nto, stream);
	named = suffix_format(output);
	if (nto == 0)
		/* "-o cv.pdf" alone asks for a PDF; else text, the first */
		tos[nto++] = named ? named : resume_backend_at(0)->name;
	else if (nto == 1 && named && strcmp(named, tos[0]) != 0)
		cli_err("%s: warning: writing %s to a file named as %s", output,
		    tos[0], named);
	for (i = 0; i < nto; i++)
		if (!format_known(tos[i])) {
			char names[256];

			return cli_usage_error("render",
			    "unknown output format '%s' (%s)", tos[i],
			    format_names(names, sizeof(names), ", "));
		}
	/* an option for formats none of which is asked for is said to be
	 * ignored (and then is: --theme nope with --json is no error) */
	for (i = 0; i < NOPTS; i++)
		if (given[i] && !applies(&opts[i], tos, nto)) {
			cli_err(
			    "warning: --%s is for %.*s only; ignored for %s",
			    opts[i].o.name, (int)strcspn(opts[i].help, ":"),
			    opts[i].help, tos[0]);
			if (opts[i].o.val == OPT_THEME)
				j.theme = NULL;
		}
	if ((rc = cli_theme_opt("render", j.theme)) != 0)
		return rc;
	cli_set_module_path(true);
	if (stream)
		return stream_cmd(&j, stream);
	if (nto > 1 || argc - optind > 1) {
		j.from = from;
		if (watch)
			return cli_usage_error("render",
			    "--watch renders one input to one format");
		return render_batch(&j, tos, nto,
		    (const char *const *)argv + optind, (size_t)(argc - optind),
		    output);
	}
	/* one input to one format, in this process (a batch of one does
	 * not fork): the backend's set-up runs while it and the input are
	 * loaded */
	resume_backend_prepare(tos[0]);
	if (output && strcmp(output, "-") != 0 && argc - optind == 1 &&
	    strcmp(argv[optind], "-") != 0 && !watch) {
		/* -o DIR/ (or a directory there is) with one input: the file
		 * in it is named after the input, as in a batch (a page
		 * backend writes one file a page there, below) */
		const struct resume_backend *b1 = resume_backend_find(tos[0]);
		struct stat st;
		size_t ol = strlen(output);

		if ((output[ol - 1] == '/' ||
		        (stat(output, &st) == 0 && S_ISDIR(st.st_mode))) &&
		    !(b1 && (b1->flags & RESUME_BACKEND_PAGES))) {
			j.from = from;
			return render_batch(&j, tos, nto,
			    (const char *const *)argv + optind, 1, output);
		}
	}
	if (optind < argc)
		input = argv[optind++];
	cli_stdin_hint(input);
	to = tos[0];
	be = resume_backend_find(to);
	if (be == NULL) {
		cli_err("cannot load the %s backend: %s", to,
		    resume_backend_error());
		return EXIT_FAIL;
	}
	if ((be->flags & RESUME_BACKEND_PAGES) && output &&
	    strcmp(output, "-") != 0) {
		/* -o DIR/ (or a directory there is): one file a page */
		struct stat st;
		size_t ol = strlen(output);

		if (output[ol - 1] == '/' && mkdir(output, 0777) < 0 &&
		    errno != EEXIST) {
			cli_err("%s: error: %s", output, strerror(errno));
			return EXIT_FAIL;
		}
		j.pages_dir = stat(output, &st) == 0 && S_ISDIR(st.st_mode);
		if (j.pages_dir && watch)
			return cli_usage_error("render",
			    "--watch writes one file, not a directory of "
			    "pages");
	}
	if ((be->flags & RESUME_BACKEND_BINARY) &&
	    (output == NULL || strcmp(output, "-") == 0) &&
	    isatty(STDOUT_FILENO))
		return cli_usage_error("render",
		    "not writing %s to a terminal; use -o FILE", be->name);
	if (watch &&
	    (output == NULL || strcmp(output, "-") == 0 || input == NULL ||
	        strcmp(input, "-") == 0))
		return cli_usage_error(
		    "render", "--watch needs an input FILE and -o FILE");
	if (io_same_file(input, output)) {
		cli_err("%s: error: output would overwrite the input", output);
		return EXIT_USAGE;
	}

	j.be = be;
	j.input = input;
	j.output = output;
	j.from = from;
	return watch ? watch_loop(&j) : render_once(&j);
}
