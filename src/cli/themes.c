/* resume themes: the built-in themes, one line each, or one as a file. */
#include <string.h>

#include "cli.h"
#include "resume/theme.h"

static const struct cli_opt opts[] = {
    {{"show", required_argument, NULL, 's'}, "NAME",
        "write the built-in theme NAME as a theme file"},
    {{"help", no_argument, NULL, 'h'}, NULL, "show this help and exit"}};
#define NOPTS (sizeof(opts) / sizeof(*opts))

int
cli_themes(int argc, char **argv)
{
	struct option lo[NOPTS + 1];
	char so[3 * NOPTS + 2];
	const struct resume_theme *t, *show = NULL;
	size_t i;
	int c;

	cli_getopt_tables(opts, NOPTS, lo, so);
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, so, lo, NULL)) != -1) {
		switch (c) {
		case 's':
			if ((show = resume_theme_find(optarg)) == NULL)
				return cli_usage_error(
				    "themes", "no built-in theme '%s'", optarg);
			break;
		case 'h':
			fputs("Usage: resume themes [--show NAME]\n"
			      "List the built-in themes for --theme, or write "
			      "one as a theme file\nto copy and edit "
			      "(docs/themes.md).\n\nOptions:\n",
			    stdout);
			cli_print_options(stdout, opts, NOPTS);
			return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
		default:
			return cli_bad_option("themes", c, argv);
		}
	}
	if (optind < argc)
		return cli_usage_error(
		    "themes", "unexpected argument '%s'", argv[optind]);
	if (show)
		resume_theme_write(show, stdout);
	else
		for (i = 0; (t = resume_theme_builtin(i)) != NULL; i++)
			printf("%-10s %s\n", t->name, t->description);
	return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
}
