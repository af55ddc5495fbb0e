/* resume themes: the built-in themes, one line each. */
#include <string.h>

#include "cli.h"
#include "resume/theme.h"

int
cli_themes(int argc, char **argv)
{
	const struct resume_theme *t;
	size_t i;

	if (argc > 1 &&
	    (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		fputs("Usage: resume themes [--show NAME]\n"
		      "List the built-in themes for --theme, or write one as "
		      "a theme file\nto copy and edit (docs/themes.md).\n",
		    stdout);
		return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
	}
	if (argc == 3 && strcmp(argv[1], "--show") == 0) {
		if ((t = resume_theme_find(argv[2])) == NULL)
			return cli_usage_error(
			    "themes", "no built-in theme '%s'", argv[2]);
		resume_theme_write(t, stdout);
		return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
	}
	if (argc > 1)
		return cli_usage_error(
		    "themes", "unexpected argument '%s'", argv[1]);
	for (i = 0; (t = resume_theme_builtin(i)) != NULL; i++)
		printf("%-10s %s\n", t->name, t->description);
	return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
}
