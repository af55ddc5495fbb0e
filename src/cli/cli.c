#include <stdarg.h>
#include <string.h>

#include "cli.h"

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

int
cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fputs("resume: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(
	    stderr, "\nTry 'resume %s --help' for more information.\n", cmd);
	return EXIT_USAGE;
}
