/* resume check: what a reader, the page breaks and a recruiter's system
 * would find wrong with a résumé. */
#include <jansson.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../check/ats.h"
#include "../io.h"
#include "cli.h"
#include "resume/check.h"
#include "resume/tailor.h"
#include "resume/resume.h"
#include "resume/theme.h"

enum {
	OPT_MAX_SIZE = 256,
	OPT_STRICT,
	OPT_FORMAT,
	OPT_ATS,
	OPT_THEME,
	OPT_PAPER,
	OPT_NO_LAYOUT
};

static const struct cli_opt opts[] = {
    {{"strict", no_argument, NULL, OPT_STRICT}, NULL,
        "warnings are errors: exit 1 on any"},
    {{"format", required_argument, NULL, OPT_FORMAT}, "text|json",
        "text (default, on standard error) or json: one object a line on "
        "standard output"},
    {{"ats", no_argument, NULL, OPT_ATS}, NULL,
        "read the PDF back as a recruiter's system would (poppler) and say "
        "what it gets wrong"},
    {{"theme", required_argument, NULL, OPT_THEME}, "NAME|FILE",
        "the layout checked: a built-in theme or a theme file"},
    {{"paper", required_argument, NULL, OPT_PAPER}, "SIZE",
        "the layout checked: a4 or letter (default: the locale's)"},
    {{"no-layout", no_argument, NULL, OPT_NO_LAYOUT}, NULL,
        "the content only: no PDF is laid out"},
    {{"max-size", required_argument, NULL, OPT_MAX_SIZE}, "SIZE",
        "refuse inputs larger than SIZE (16MiB, 500K; default 16MiB)"},
    {{"help", no_argument, NULL, 'h'}, NULL, "show this help and exit"}};
#define NOPTS (sizeof(opts) / sizeof(*opts))

/* Renders r through backend name into *out (malloc'd); returns 0, or -1
 * with an error in diag. */
static int
render_mem(const char *name, const struct resume *r,
    const struct resume_opts *ro, char **out, size_t *len,
    struct resume_diag *diag)
{
	const struct resume_backend *be = resume_backend_find(name);
	FILE *fp;
	int rc;

	*out = NULL;
	*len = 0;
	if (be == NULL) {
		resume_diag_add(diag, RESUME_ERROR, r->file, 0, 0,
		    "cannot check the layout: %s", resume_backend_error());
		return -1;
	}
	if ((fp = open_memstream(out, len)) == NULL) {
		resume_diag_add(
		    diag, RESUME_ERROR, r->file, 0, 0, "out of memory");
		return -1;
	}
	rc = be->render(r, ro, fp, NULL, diag);
	if (fclose(fp) != 0)
		rc = -1;
	return rc;
}

/* One JSON object a line: file, line, column or pointer, severity, code,
 * message. */
static int
print_json(const struct resume_diag *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		json_t *o = cli_diag_json(&d->items[i]);
		char *s;

		s = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);
		json_decref(o);
		if (s == NULL)
			return -1;
		puts(s);
		free(s);
	}
	if (d->dropped)
		printf("{\"severity\":\"note\",\"message\":\"%zu more "
		       "findings not shown\"}\n",
		    d->dropped);
	return fflush(stdout) == 0 ? 0 : -1;
}

/* --ats: the PDF against the text of the same résumé. */
static int
ats(const struct resume *r, const struct resume_opts *ro, const char *pdf,
    size_t len, struct resume_diag *diag)
{
	resume_ats_fn *fn;
	char *txt;
	size_t tlen;
	int rc;

	*(void **)&fn = resume_module_symbol(
	    "resume-ats.so", "resume_ats_check");
	if (fn == NULL) {
		resume_diag_add(diag, RESUME_ERROR, r->file, 0, 0,
		    "cannot read the PDF back (--ats needs resume-ats.so and "
		    "libpoppler-glib): %s",
		    resume_backend_error());
		return -1;
	}
	if (render_mem("txt", r, ro, &txt, &tlen, diag) < 0) {
		free(txt);
		return -1;
	}
	rc = fn(pdf, len, txt, tlen, r, diag);
	free(txt);
	return rc;
}

int
cli_check(int argc, char **argv)
{
	struct option lo[NOPTS + 1];
	char so[3 * NOPTS + 2];
	struct resume_diag diag = {0};
	struct resume_opts ro;
	struct resume_theme *own = NULL;
	struct resume *r = NULL;
	const char *input = NULL, *theme = NULL;
	char *data = NULL, *pdf = NULL;
	size_t len, plen;
	int c, rc, status = EXIT_FAIL;
	unsigned long cap = IO_DEFAULT_CAP;
	bool strict = false, json = false, with_ats = false, layout = true;
	bool paper_set = false;
	char photo_dir[PATH_MAX];

	resume_opts_init(&ro);
	cli_getopt_tables(opts, NOPTS, lo, so);
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, so, lo, NULL)) != -1) {
		switch (c) {
		case OPT_MAX_SIZE:
			if ((rc = cli_size_opt("check", "max-size", &cap)) != 0)
				return rc;
			break;
		case OPT_STRICT:
			strict = true;
			break;
		case OPT_FORMAT:
			if (strcmp(optarg, "json") == 0)
				json = true;
			else if (strcmp(optarg, "text") != 0)
				return cli_usage_error("check",
				    "--format takes text or json, not '%s'",
				    optarg);
			break;
		case OPT_ATS:
			with_ats = true;
			break;
		case OPT_NO_LAYOUT:
			layout = false;
			break;
		case OPT_THEME:
			theme = optarg;
			break;
		case OPT_PAPER:
			if ((rc = cli_paper_opt("check", optarg, &ro.paper)) !=
			    0)
				return rc;
			paper_set = true;
			break;
		case 'h':
			fputs("Usage: resume check [--strict] [--format "
			      "text|json] [--ats] [FILE|-]\n"
			      "What a careful reader would flag: dates out of "
			      "order, overlapping,\nin the future or in mixed "
			      "formats; long and repeated bullets; malformed\n"
			      "e-mail addresses, URLs and phone numbers; empty "
			      "sections; text the\nreader kept where an entry "
			      "was meant.  Then the PDF's page breaks:\nan "
			      "entry split, a heading at a page's foot, a "
			      "near-empty last page,\na character no font "
			      "has.  With --ats, what a recruiter's system\n"
			      "reading the PDF would get wrong.  Exits 0 "
			      "unless there are errors\n(or, with --strict, "
			      "warnings).\n\nOptions:\n",
			    stdout);
			cli_print_options(stdout, opts, NOPTS);
			return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
		default:
			return cli_bad_option("check", c, argv);
		}
	}
	if (optind < argc)
		input = argv[optind++];
	if (optind < argc)
		return cli_usage_error("check",
		    "one input file at a time (got '%s' too)", argv[optind]);
	if ((rc = cli_theme_opt("check", theme)) != 0)
		return rc;
	if (with_ats && !layout)
		return cli_usage_error(
		    "check", "--ats reads the PDF: not with --no-layout");
	cli_stdin_hint(input);
	cli_set_module_path(true);
	if (cli_load_theme(theme, !paper_set, &ro, &own, &diag) < 0 ||
	    io_read(input, cap, &data, &len, &diag) < 0)
		goto out;
	r = resume_load(
	    data, len, cli_input_name(input), RESUME_FORMAT_AUTO, &diag);
	if (r == NULL)
		goto out;
	{
		/* what render shows by default: each part in the résumé's
		 * language, its alternatives in others left out */
		struct resume_tailor none = RESUME_TAILOR_NONE;

		r = resume_tailor(r, &none, &diag);
	}
	resume_check_content(r, cli_now(), true, &diag);
	if (layout) {
		ro.check = true;
		ro.date = 0;
		ro.photo_dir = cli_photo_dir(
		    input, photo_dir, sizeof(photo_dir));
		if (render_mem("pdf", r, &ro, &pdf, &plen, &diag) < 0)
			goto out;
		if (with_ats && ats(r, &ro, pdf, plen, &diag) < 0)
			goto out;
	}
	status = diag.nerrors ? EXIT_FAIL : EXIT_OK;
out:
	if (strict && cli_warnings_to_errors(&diag) > 0)
		status = EXIT_FAIL;
	if (json) {
		if (print_json(&diag) < 0)
			status = EXIT_FAIL;
	} else {
		resume_diag_print(&diag, stderr);
	}
	resume_diag_free(&diag);
	free(pdf);
	resume_free(r);
	resume_theme_free(own);
	free(data);
	return status;
}
