/* resume: a thin front over libresume.  Picks the subcommand. */
#include <stdio.h>
#include <string.h>

#include <cmark-gfm.h>
#include <jansson.h>

#include "cli/cli.h"
#include "io.h"
#include "resume/backend.h"
#include "resume/resume.h"

static const struct {
	const char *name;
	int (*run)(int, char **);
	const char *help;
} commands[] = {{"render", cli_render, "render a résumé as text, PDF or HTML"},
    {"validate", cli_validate, "check a résumé (JSON Resume: the schema)"},
    {"check", cli_check,
        "what a reader, the page breaks and a recruiter's system would flag"},
    {"init", cli_init, "write a starter résumé to edit"},
    {"themes", cli_themes, "list the built-in themes"}};

static void
usage(FILE *fp)
{
	size_t i;

	fputs("Usage: resume COMMAND [OPTIONS] [FILE|-]\n"
	      "       resume help [COMMAND] | --help | --version | "
	      "-V\n\nCommands:\n",
	    fp);
	for (i = 0; i < sizeof(commands) / sizeof(*commands); i++)
		fprintf(fp, "  %-10s %s\n", commands[i].name, commands[i].help);
	fputs("\nRun 'resume COMMAND --help' for the options of a command.\n",
	    fp);
}

int
main(int argc, char **argv)
{
	size_t i;

	io_signals_init();
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	/* "resume help render" is "resume render --help" */
	if (strcmp(argv[1], "help") == 0 && argc > 2)
		for (i = 0; i < sizeof(commands) / sizeof(*commands); i++)
			if (strcmp(argv[2], commands[i].name) == 0) {
				char *args[] = {argv[2], "--help", NULL};

				return commands[i].run(2, args);
			}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0 ||
	    strcmp(argv[1], "version") == 0) {
		const struct resume_backend *pdf;

		printf("resume %s (cmark-gfm %s, jansson %s", RESUME_VERSION,
		    cmark_version_string(), JANSSON_VERSION);
		/* the PDF module's libraries, when it can be loaded */
		cli_set_module_path(false); /* no code from the environment */
		pdf = resume_backend_find("pdf");
		if (pdf && pdf->libraries)
			printf(", %s", pdf->libraries());
		puts(")");
		return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
	}
	for (i = 0; i < sizeof(commands) / sizeof(*commands); i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].run(argc - 1, argv + 1);
	cli_err("unknown command '%s'", argv[1]);
	usage(stderr);
	return EXIT_USAGE;
}
