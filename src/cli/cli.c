#include <ctype.h>
#include <jansson.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../io.h"
#include "cli.h"
#include "resume/backend.h"
#include "resume/buf.h"
#include "resume/theme.h"

void
cli_getopt_tables(
    const struct cli_opt *t, size_t n, struct option *lo, char *so)
{
	size_t i;

	*so++ = ':'; /* report a missing argument as ':' */
	for (i = 0; i < n; i++) {
		lo[i] = t[i].o;
		if (t[i].o.flag == NULL && t[i].o.val > 0 && t[i].o.val < 128) {
			*so++ = (char)t[i].o.val;
			if (t[i].o.has_arg == required_argument)
				*so++ = ':';
		}
	}
	memset(&lo[n], 0, sizeof(lo[n]));
	*so = '\0';
}

void
cli_print_options(FILE *fp, const struct cli_opt *t, size_t n)
{
	size_t i;
	char left[64];

	for (i = 0; i < n; i++) {
		const struct cli_opt *c = &t[i];
		int k;

		if (c->o.val > 0 && c->o.val < 128 && c->o.flag == NULL)
			k = snprintf(left, sizeof(left), "-%c, --%s", c->o.val,
			    c->o.name);
		else
			k = snprintf(left, sizeof(left), "    --%s", c->o.name);
		if (c->arg)
			snprintf(left + k, sizeof(left) - (size_t)k, "%s%s",
			    c->o.has_arg == required_argument ? " " : "=",
			    c->arg);
		fprintf(fp, "  %-24s %s\n", left, c->help);
	}
}

static void
verr(const char *fmt, va_list ap)
{
	char *s = NULL, *e;

	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	e = resume_diag_escape(s ? s : fmt, SIZE_MAX);
	fprintf(stderr, "resume: %s\n", e);
	free(e);
	free(s);
}

void
cli_err(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verr(fmt, ap);
	va_end(ap);
}

int
cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verr(fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try 'resume %s --help' for more information.\n", cmd);
	return EXIT_USAGE;
}

int
cli_bad_option(const char *cmd, int c, char **argv)
{
	return c == ':'
	    ? cli_usage_error(
	          cmd, "option '%s' needs an argument", argv[optind - 1])
	    : cli_usage_error(cmd, "unknown option '%s'", argv[optind - 1]);
}

void
cli_set_module_path(bool with_env)
{
	const char *env = getenv("RESUME_MODULE_DIR");

	/* only an absolute directory: a relative one would load code from
	 * wherever the command happens to run; the library looks beside
	 * itself after it */
	if (env && *env == '/' && with_env)
		resume_backend_set_path(env);
	else if (env && *env && with_env)
		cli_err("warning: RESUME_MODULE_DIR '%s' is not an absolute "
		        "directory; ignored",
		    env);
}

long long
cli_document_date(const char *input)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	static bool warned;
	struct stat st;
	char *end;
	long long v;

	if (sde && *sde) {
		errno = 0;
		v = strtoll(sde, &end, 10);
		/* up to 9999-12-31T23:59:59Z, the last date a PDF can say */
		if (errno == 0 && *end == '\0' && v >= 0 && v <= 253402300799LL)
			return v;
		if (!warned)
			cli_err("warning: SOURCE_DATE_EPOCH '%s' is not a "
			        "number of seconds from 0 to 253402300799; "
			        "ignored",
			    sde);
		warned = true;
	}
	if (input && strcmp(input, "-") != 0 && stat(input, &st) == 0)
		return (long long)st.st_mtime;
	return 0;
}

enum resume_paper
cli_locale_paper(void)
{
	/* the locale that LC_PAPER would use, by POSIX precedence */
	static const char *const vars[] = {"LC_ALL", "LC_PAPER", "LANG"};
	const char *v = NULL, *t;
	size_t i;

	for (i = 0; i < sizeof(vars) / sizeof(*vars); i++) {
		v = getenv(vars[i]);
		if (v && *v)
			break;
		v = NULL;
	}
	/* "en_US.UTF-8", "fr_CA@euro": the territory after '_' */
	t = v ? strchr(v, '_') : NULL;
	if (t &&
	    (strncmp(t + 1, "US", 2) == 0 || strncmp(t + 1, "CA", 2) == 0 ||
	        strncmp(t + 1, "PR", 2) == 0) &&
	    !isalpha((unsigned char)t[3]))
		return RESUME_PAPER_LETTER;
	return RESUME_PAPER_A4;
}

int
cli_write(const struct resume_backend *be, const struct resume *r,
    const struct resume_opts *ro, const char *output, struct resume_result *res,
    struct resume_diag *diag)
{
	struct io_out out;

	if (io_out_open(&out, output, diag) < 0)
		return -1;
	if (be->render(r, ro, out.fp, res, diag) < 0 || diag->nerrors) {
		if (diag->nerrors == 0)
			resume_diag_add(diag, RESUME_ERROR,
			    output ? output : "<stdout>", 0, 0,
			    "write error: %s", strerror(errno));
		io_out_abort(&out);
		return -1;
	}
	return io_out_commit(&out, diag);
}

int
cli_size_opt(const char *cmd, const char *name, unsigned long *v)
{
	static const struct {
		const char *suffix;
		unsigned long k;
	} units[] = {{"", 1}, {"k", 1000}, {"K", 1000}, {"KB", 1000},
	    {"KiB", 1024}, {"Ki", 1024}, {"M", 1000000}, {"MB", 1000000},
	    {"MiB", 1048576}, {"Mi", 1048576}, {"G", 1000000000},
	    {"GB", 1000000000}, {"GiB", 1073741824}, {"Gi", 1073741824}};
	char *end;
	size_t i;

	errno = 0;
	if (*optarg >= '0' && *optarg <= '9') {
		*v = strtoul(optarg, &end, 10);
		while (*end == ' ')
			end++;
		for (i = 0;
		     errno == 0 && *v > 0 && i < sizeof(units) / sizeof(*units);
		     i++)
			if (strcmp(end, units[i].suffix) == 0) {
				if (*v > ULONG_MAX / units[i].k)
					break;
				*v *= units[i].k;
				return 0;
			}
	}
	return cli_usage_error(cmd,
	    "--%s takes a size in bytes, with an optional unit (16MiB, 500K), "
	    "not '%s'",
	    name, optarg);
}

int
cli_num_opt(const char *cmd, const char *name, const char *takes,
    unsigned long lo, unsigned long hi, unsigned long *v)
{
	char *end;

	errno = 0;
	if (*optarg != '\0' && *optarg != '-') {
		*v = strtoul(optarg, &end, 10);
		if (errno == 0 && *end == '\0' && *v >= lo && *v <= hi)
			return 0;
	}
	return cli_usage_error(
	    cmd, "--%s takes %s, not '%s'", name, takes, optarg);
}

size_t
cli_warnings_to_errors(struct resume_diag *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->n; i++)
		if (d->items[i].severity == RESUME_WARNING) {
			d->items[i].severity = RESUME_ERROR;
			d->nerrors++;
			n++;
		}
	return n;
}

int
cli_theme_opt(const char *cmd, const char *theme)
{
	if (theme == NULL || resume_theme_find(theme) != NULL ||
	    access(theme, F_OK) == 0)
		return 0;
	return cli_usage_error(cmd,
	    "no theme '%s': not a built-in (resume themes lists them) nor a "
	    "file",
	    theme);
}

int
cli_paper_opt(const char *cmd, const char *arg, enum resume_paper *paper)
{
	if (strcasecmp(arg, "a4") == 0)
		*paper = RESUME_PAPER_A4;
	else if (strcasecmp(arg, "letter") == 0)
		*paper = RESUME_PAPER_LETTER;
	else
		return cli_usage_error(
		    cmd, "--paper takes a4 or letter, not '%s'", arg);
	return 0;
}

const char *
cli_input_name(const char *input)
{
	return input && strcmp(input, "-") != 0 ? input : "<stdin>";
}

const char *
cli_photo_dir(const char *input, char *buf, size_t size)
{
	const char *slash;
	size_t n;

	if (input == NULL || strcmp(input, "-") == 0 ||
	    (slash = strrchr(input, '/')) == NULL) {
		snprintf(buf, size, ".");
		return buf;
	}
	n = slash == input ? 1 : (size_t)(slash - input); /* "/cv.md": "/" */
	snprintf(buf, size, "%.*s", (int)n, input);
	return buf;
}

void
cli_stdin_hint(const char *input)
{
	if (input == NULL && isatty(STDIN_FILENO))
		cli_err("reading the résumé from the terminal: end it with "
		        "Ctrl-D, or give a FILE");
}

int
cli_load_theme(const char *theme, bool set_paper, struct resume_opts *ro,
    struct resume_theme **own, struct resume_diag *diag)
{
	char *data = NULL;
	size_t len;

	*own = NULL;
	ro->theme = NULL;
	if (theme && (ro->theme = resume_theme_find(theme)) == NULL) {
		if (io_read(theme, 1u << 20, &data, &len, diag) < 0)
			return -1;
		*own = resume_theme_parse(data, len, theme, diag);
		free(data);
		if (*own == NULL)
			return -1;
		ro->theme = *own;
	}
	if (set_paper) {
		const char *tp = ro->theme ? ro->theme->paper : NULL;

		ro->paper = tp == NULL          ? cli_locale_paper()
		    : strcmp(tp, "letter") == 0 ? RESUME_PAPER_LETTER
		                                : RESUME_PAPER_A4;
	}
	return 0;
}

long long
cli_now(void)
{
	return (long long)time(NULL);
}

static const char *
severity(enum resume_severity s)
{
	return s == RESUME_ERROR ? "error"
	    : s == RESUME_NOTE   ? "note"
	                         : "warning";
}

struct json_t *
cli_diag_json(const struct resume_diag_item *it)
{
	json_t *o = json_object();

	json_object_set_new(o, "file", json_string(it->file));
	if (it->pointer)
		json_object_set_new(o, "pointer", json_string(it->pointer));
	if (it->line)
		json_object_set_new(o, "line", json_integer(it->line));
	if (it->col)
		json_object_set_new(o, "column", json_integer(it->col));
	json_object_set_new(o, "severity", json_string(severity(it->severity)));
	if (it->code)
		json_object_set_new(o, "code", json_string(it->code));
	json_object_set_new(o, "message", json_string(it->message));
	return o;
}
