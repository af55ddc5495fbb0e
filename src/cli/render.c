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

#include "../io.h"
#include "cli.h"
#include "resume/resume.h"
#include "resume/theme.h"

enum {
	OPT_TXT = 256,
	OPT_PDF,
	OPT_HTML,
	OPT_JSON,
	OPT_MD,
	OPT_TO,
	OPT_FROM,
	OPT_WIDTH,
	OPT_ASCII,
	OPT_MAX_SIZE,
	OPT_PAPER,
	OPT_WATCH,
	OPT_THEME,
	OPT_JOBS,
	OPT_MAX_PAGES
};

static const struct cli_opt opts[] = {
    {{"txt", no_argument, NULL, OPT_TXT}, NULL, "plain text (the default)"},
    {{"pdf", no_argument, NULL, OPT_PDF}, NULL, "PDF"},
    {{"html", no_argument, NULL, OPT_HTML}, NULL, "standalone HTML page"},
    {{"json", no_argument, NULL, OPT_JSON}, NULL, "JSON Resume v1.0.0"},
    {{"md", no_argument, NULL, OPT_MD}, NULL, "normalized Markdown"},
    {{"to", required_argument, NULL, OPT_TO}, "FORMAT",
        "output format by name: txt, pdf, html, json, md"},
    {{"from", required_argument, NULL, OPT_FROM}, "FORMAT",
        "input format: markdown or json (default: by suffix, else content)"},
    {{"output", required_argument, NULL, 'o'}, "FILE",
        "write to FILE (atomically) instead of standard output; - is stdout"},
    {{"width", required_argument, NULL, OPT_WIDTH}, "N",
        "txt: wrap lines at N columns (20-1000, default 80)"},
    {{"ascii", no_argument, NULL, OPT_ASCII}, NULL,
        "txt: transliterate typographic punctuation, bullets and accents"},
    {{"paper", required_argument, NULL, OPT_PAPER}, "SIZE",
        "pdf, html: a4 or letter (default: letter in US and Canadian locales, "
        "else a4)"},
    {{"max-size", required_argument, NULL, OPT_MAX_SIZE}, "BYTES",
        "refuse inputs larger than BYTES (default 16 MiB)"},
    {{"max-pages", required_argument, NULL, OPT_MAX_PAGES}, "N",
        "pdf: refuse a document longer than N pages (default 1000)"},
    {{"theme", required_argument, NULL, OPT_THEME}, "NAME|FILE",
        "pdf, html: a built-in theme (resume themes) or a theme file"},
    {{"jobs", required_argument, NULL, OPT_JOBS}, "N",
        "several inputs: render N at a time (1-256, default: the CPUs)"},
    {{"watch", no_argument, NULL, OPT_WATCH}, NULL,
        "render again whenever FILE changes, until Ctrl-C (needs -o FILE)"},
    {{"help", no_argument, NULL, 'h'}, NULL, "show this help and exit"}};
#define NOPTS (sizeof(opts) / sizeof(*opts))

static void
help(FILE *fp)
{
	fputs("Usage: resume render [--txt|--pdf|--html|--json|--md] "
	      "[-o FILE|-] [FILE|-]\n"
	      "Render a résumé (Markdown or JSON Resume) read from FILE, or\n"
	      "standard input when FILE is - or missing.\n\nOptions:\n",
	    fp);
	cli_print_options(fp, opts, NOPTS);
	fputs("\nExit status: 0 success, 1 invalid input or failed output, "
	      "2 usage error.\n",
	    fp);
}

/* One render's settings; the theme is loaded for each render, so that
 * --watch picks up an edited theme file. */
struct job {
	const struct resume_backend *be;
	struct resume_opts ro;
	const char *input, *output;
	const char *theme; /* NULL, a built-in's name or a file */
	enum resume_format from;
	unsigned long cap;
	unsigned long jobs; /* --jobs, 0: one per CPU */
	bool paper_set;     /* --paper given: it wins over theme and locale */
};

/* Points ro.theme at the job's theme; *own is a parsed file to free. */
static int
load_theme(struct job *j, struct resume_theme **own, struct resume_diag *diag)
{
	char *data = NULL;
	size_t len;

	*own = NULL;
	j->ro.theme = NULL;
	if (j->theme && (j->ro.theme = resume_theme_find(j->theme)) == NULL) {
		if (io_read(j->theme, 1u << 20, &data, &len, diag) < 0)
			return -1;
		*own = resume_theme_parse(data, len, j->theme, diag);
		free(data);
		if (*own == NULL)
			return -1;
		j->ro.theme = *own;
	}
	if (!j->paper_set) {
		const char *tp = j->ro.theme ? j->ro.theme->paper : NULL;

		j->ro.paper = tp == NULL        ? cli_locale_paper()
		    : strcmp(tp, "letter") == 0 ? RESUME_PAPER_LETTER
		                                : RESUME_PAPER_A4;
	}
	return 0;
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
	l->r = resume_load(l->data, len,
	    input && strcmp(input, "-") != 0 ? input : "<stdin>", j->from,
	    diag);
	return l->r ? 0 : -1;
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
	struct loaded l;
	int status = EXIT_FAIL;

	if (load_one(j, j->input, &l, &diag) == 0 &&
	    cli_write(j->be, l.r, &j->ro, j->output, &diag) == 0)
		status = EXIT_OK;
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
	j->ro.pages = &pages;
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

#define NFORMATS 5

static void
add_format(const char **tos, size_t *n, const char *f)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (strcmp(tos[i], f) == 0)
			return;
	if (*n < NFORMATS)
		tos[(*n)++] = f;
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
		stem(inputs[i], a, sizeof(a));
		for (k = 0; l.r && k < nto; k++) {
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
			if (cli_write(be[k], l.r, &j->ro, path, &diag) < 0)
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
	const struct resume_backend *be[NFORMATS];
	char a[256], b[256];
	size_t i, k;
	struct stat st;

	if (dir == NULL || strcmp(dir, "-") == 0)
		return cli_usage_error(
		    "render", "several inputs or formats need -o DIRECTORY");
	if (nin == 0)
		return cli_usage_error("render",
		    "several formats need an input FILE, not standard input");
	for (i = 0; i < nin; i++) {
		if (strcmp(inputs[i], "-") == 0)
			return cli_usage_error("render",
			    "standard input cannot be one of several inputs");
		stem(inputs[i], a, sizeof(a));
		for (k = 0; k < i; k++) {
			stem(inputs[k], b, sizeof(b));
			if (strcmp(a, b) == 0)
				return cli_usage_error("render",
				    "'%s' and '%s' would write the same files "
				    "in %s",
				    inputs[k], inputs[i], dir);
		}
	}
	if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
		cli_err("%s: error: %s", dir, strerror(errno));
		return EXIT_FAIL;
	}
	if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode))
		return cli_usage_error("render",
		    "several inputs or formats need -o DIRECTORY; '%s' is "
		    "not one",
		    dir);
	for (k = 0; k < nto; k++)
		if ((be[k] = resume_backend_find(tos[k])) == NULL) {
			cli_err("cannot load the %s backend: %s", tos[k],
			    resume_backend_error());
			return EXIT_FAIL;
		}
	return batch_workers(j, be, nto, inputs, nin, dir) ? EXIT_FAIL
	                                                   : EXIT_OK;
}

int
cli_render(int argc, char **argv)
{
	struct option lo[NOPTS + 1];
	char so[3 * NOPTS + 2];
	const char *to, *output = NULL, *input = NULL, *tos[NFORMATS];
	size_t nto = 0, i;
	enum resume_format from = RESUME_FORMAT_AUTO;
	const struct resume_backend *be;
	struct job j = {.cap = IO_DEFAULT_CAP};
	struct resume_opts *ro = &j.ro;
	unsigned long v;
	bool watch = false;
	int c, rc;

	resume_opts_init(ro);
	cli_getopt_tables(opts, NOPTS, lo, so);
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, so, lo, NULL)) != -1) {
		switch (c) {
		case OPT_TXT:
		case OPT_PDF:
		case OPT_HTML:
		case OPT_JSON:
		case OPT_MD: {
			static const char *const names[] = {
			    "txt", "pdf", "html", "json", "md"};

			add_format(tos, &nto, names[c - OPT_TXT]);
			break;
		}
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
		case OPT_PAPER:
			if (strcmp(optarg, "a4") == 0 ||
			    strcmp(optarg, "A4") == 0)
				ro->paper = RESUME_PAPER_A4;
			else if (strcasecmp(optarg, "letter") == 0)
				ro->paper = RESUME_PAPER_LETTER;
			else
				return cli_usage_error("render",
				    "--paper takes a4 or letter, not '%s'",
				    optarg);
			j.paper_set = true;
			break;
		case OPT_THEME:
			j.theme = optarg;
			break;
		case OPT_MAX_SIZE:
			if ((rc = cli_num_opt("render", "max-size",
			         "a positive number of bytes", 1, ULONG_MAX,
			         &v)) != 0)
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
		case OPT_JOBS:
			if ((rc = cli_num_opt("render", "jobs",
			         "a number from 1 to 256", 1, 256, &v)) != 0)
				return rc;
			j.jobs = v;
			break;
		case OPT_WATCH:
			watch = true;
			break;
		case 'h':
			help(stdout);
			return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
		default:
			return cli_bad_option("render", c, argv);
		}
	}
	if (nto == 0)
		tos[nto++] = "txt";
	for (i = 0; i < nto; i++)
		if (strcmp(tos[i], "txt") != 0 && strcmp(tos[i], "pdf") != 0 &&
		    strcmp(tos[i], "html") != 0 &&
		    strcmp(tos[i], "json") != 0 && strcmp(tos[i], "md") != 0)
			return cli_usage_error("render",
			    "unknown output format '%s' (txt, pdf, html, json, "
			    "md)",
			    tos[i]);
	if (j.theme && resume_theme_find(j.theme) == NULL &&
	    access(j.theme, F_OK) != 0)
		return cli_usage_error("render",
		    "no theme '%s': not a built-in (resume themes lists them) "
		    "nor a file",
		    j.theme);
	cli_set_module_path(true);
	if (nto > 1 || argc - optind > 1) {
		j.from = from;
		if (watch)
			return cli_usage_error("render",
			    "--watch renders one input to one format");
		return render_batch(&j, tos, nto,
		    (const char *const *)argv + optind, (size_t)(argc - optind),
		    output);
	}
	if (optind < argc)
		input = argv[optind++];
	to = tos[0];
	be = resume_backend_find(to);
	if (be == NULL) {
		cli_err("cannot load the %s backend: %s", to,
		    resume_backend_error());
		return EXIT_FAIL;
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
