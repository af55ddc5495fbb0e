/* resume init: a starter résumé to edit, in the Markdown dialect resume
 * writes or as JSON Resume.  Both come from our compiled-in example through
 * the model and the backends, like any render. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "resume/backend.h"
#include "resume/resume.h"

extern const unsigned char cli_starter[];
extern const size_t cli_starter_len;

enum { OPT_JSON = 256, OPT_FORCE };

static const struct cli_opt opts[] = {
    {{"json", no_argument, NULL, OPT_JSON}, NULL,
        "write JSON Resume instead of Markdown"},
    {{"output", required_argument, NULL, 'o'}, "FILE",
        "write to FILE ('-': standard output, the default)"},
    {{"force", no_argument, NULL, OPT_FORCE}, NULL,
        "replace FILE when it exists"},
    {{"help", no_argument, NULL, 'h'}, NULL, "show this help and exit"}};
#define NOPTS (sizeof(opts) / sizeof(*opts))

int
cli_init(int argc, char **argv)
{
	struct option lo[NOPTS + 1];
	char so[3 * NOPTS + 2];
	struct resume_diag diag = {0};
	struct resume_opts ro;
	const struct resume_backend *be;
	const char *output = NULL, *sfx;
	struct resume *r = NULL;
	bool json = false, force = false;
	struct stat st;
	int c, status = EXIT_FAIL;

	resume_opts_init(&ro);
	cli_getopt_tables(opts, NOPTS, lo, so);
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, so, lo, NULL)) != -1) {
		switch (c) {
		case OPT_JSON:
			json = true;
			break;
		case OPT_FORCE:
			force = true;
			break;
		case 'o':
			output = optarg;
			break;
		case 'h':
			fputs("Usage: resume init [--json] [-o FILE]\n"
			      "Write a starter résumé to edit: Markdown in the "
			      "form resume reads\nmost surely, or JSON Resume "
			      "v1.0.0.\n\nOptions:\n",
			    stdout);
			cli_print_options(stdout, opts, NOPTS);
			return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
		default:
			return cli_bad_option("init", c, argv);
		}
	}
	if (optind < argc)
		return cli_usage_error("init",
		    "init takes no input file (got '%s')", argv[optind]);
	if (output && strcmp(output, "-") != 0 && !force &&
	    stat(output, &st) == 0) {
		/* a starter must never replace someone's résumé */
		cli_err("%s: error: file exists; use --force to replace it",
		    output);
		return EXIT_FAIL;
	}
	/* -o cv.json asks for JSON, as render's -o does */
	sfx = output ? strrchr(output, '.') : NULL;
	if (!json && sfx && strcmp(sfx, ".json") == 0)
		json = true;
	else if (json && sfx && strcmp(sfx, ".md") == 0)
		cli_err(
		    "%s: warning: writing json to a file named as md", output);
	be = resume_backend_find(json ? "json" : "md");
	r = resume_load((const char *)cli_starter, cli_starter_len,
	    "starter.md", RESUME_FORMAT_MARKDOWN, &diag);
	if (be == NULL || r == NULL)
		goto out;
	if (cli_write(be, r, &ro, output, NULL, &diag) < 0)
		goto out;
	status = EXIT_OK;
out:
	resume_diag_print(&diag, stderr);
	resume_diag_free(&diag);
	resume_free(r);
	return status;
}
