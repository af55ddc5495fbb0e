/* resume validate: check a résumé without rendering it. */
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../io.h"
#include "cli.h"
#include "resume/check.h"
#include "resume/resume.h"
#include "resume/tailor.h"

enum { OPT_MAX_SIZE = 256, OPT_STRICT };

static const struct cli_opt opts[] = {
    {{"max-size", required_argument, NULL, OPT_MAX_SIZE}, "SIZE",
        "refuse inputs larger than SIZE (16MiB, 500K; default 16MiB)"},
    {{"strict", no_argument, NULL, OPT_STRICT}, NULL,
        "warnings are errors: exit 1 on any"},
    {{"help", no_argument, NULL, 'h'}, NULL, "show this help and exit"}};
#define NOPTS (sizeof(opts) / sizeof(*opts))

/* Adds a warning of another run to diag, as it was. */
static void
warn_again(struct resume_diag *diag, const struct resume_diag_item *w)
{
	if (w->pointer)
		resume_diag_add_pointer(diag, RESUME_WARNING, w->file,
		    w->pointer, "%s", w->message);
	else
		resume_diag_add(diag, RESUME_WARNING, w->file, w->line, w->col,
		    "%s", w->message);
}

/* Writes s for a terminal: control characters and bidi overrides
 * escaped, as diagnostics are. */
static void
put_safe(FILE *out, const char *s)
{
	char *e = resume_diag_escape(s, 512);

	fputs(e, out);
	free(e);
}

/* What a Markdown résumé was read as, for its author to check: the name
 * and headline, the kinds of contact, each section with its kind and
 * entries. */
static int
report(FILE *out, const char *name, const struct resume *r)
{
	static const char *const kinds[] = {
	    "e-mail", "phone", "URL", "profile", "place", "other"};
	const struct resume_basics *bs = &r->basics;
	size_t i, j, items;

	put_safe(out, name);
	fputs(": read as a Markdown résumé\n  name: ", out);
	put_safe(out, bs->name ? bs->name : "(none)");
	if (bs->label) {
		fputs("\n  headline: ", out);
		put_safe(out, bs->label);
	}
	fputs("\n  contacts:", out);
	for (i = 0; i < bs->ncontacts; i++) {
		const struct resume_contact *c = &bs->contacts[i];

		fputs(i ? ", " : " ", out);
		put_safe(out,
		    c->kind == RESUME_CONTACT_PROFILE && c->network
		        ? c->network
		        : kinds[c->kind]);
	}
	fputs(bs->ncontacts ? "\n" : " (none)\n", out);
	for (i = 0; i < r->nsections; i++) {
		const struct resume_section *s = &r->sections[i];

		for (items = 0, j = 0; j < s->nentries; j++)
			items += resume_entry_highlights(&s->entries[j]);
		fputs("  section ", out);
		put_safe(out, s->title ? s->title : "(untitled)");
		fprintf(out, " (%s): %zu %s", resume_section_kind_name(s->kind),
		    s->nentries, s->nentries == 1 ? "entry" : "entries");
		if (items)
			fprintf(out, ", %zu bullet%s", items,
			    items == 1 ? "" : "s");
		if (s->nintro)
			fputs(", text before them", out);
		fputc('\n', out);
	}
	return fflush(out) == 0 ? 0 : -1;
}

int
cli_validate(int argc, char **argv)
{
	struct option lo[NOPTS + 1];
	char so[3 * NOPTS + 2];
	struct resume_diag diag = {0};
	const char *input = NULL, *name;
	char *data = NULL;
	const char *text;
	size_t len;
	enum resume_format fmt;
	int c, status = EXIT_FAIL;
	unsigned long cap = IO_DEFAULT_CAP;
	bool strict = false;

	cli_getopt_tables(opts, NOPTS, lo, so);
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, so, lo, NULL)) != -1) {
		if (c == OPT_MAX_SIZE) {
			if ((status = cli_size_opt(
			         "validate", "max-size", &cap)) != 0)
				return status;
			status = EXIT_FAIL;
			continue;
		}
		if (c == OPT_STRICT) {
			strict = true;
			continue;
		}
		if (c == 'h') {
			fputs(
			    "Usage: resume validate [--strict] [FILE|-]\n"
			    "Check a résumé: JSON Resume against schema v1.0.0 "
			    "(types, dates,\ne-mail addresses, URLs), Markdown "
			    "for what it can be read as.\nBoth get the "
			    "warnings "
			    "render gives (dates, bullets, contacts).\nA valid "
			    "JSON file prints nothing; a Markdown file prints "
			    "what it was\nread as (name, contacts, each "
			    "section "
			    "with its kind and entries).\nExits 0 when it is "
			    "valid; lists every problem and exits 1 when not.\n"
			    "\nOptions:\n",
			    stdout);
			cli_print_options(stdout, opts, NOPTS);
			return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
		}
		return cli_bad_option("validate", c, argv);
	}
	if (optind < argc)
		input = argv[optind++];
	cli_stdin_hint(input);
	if (optind < argc)
		return cli_usage_error("validate",
		    "one input file at a time (got '%s' too)", argv[optind]);
	name = cli_input_name(input);
	if (io_read(input, cap, &data, &len, &diag) < 0)
		goto out;
	text = data;
	if (resume_input_start(&text, &len, name, &diag) < 0)
		goto out;
	fmt = resume_sniff_format(text, len, input);
	if (fmt == RESUME_FORMAT_JSON) {
		if (resume_validate_json(text, len, name, &diag) == 0) {
			/* valid: and what render would warn of, said too
			 * (old field names, ...) */
			struct resume_diag more = {0};
			struct resume *r = resume_load(
			    text, len, name, fmt, &more);
			size_t i;

			for (i = 0; i < more.n; i++)
				if (more.items[i].severity == RESUME_WARNING)
					warn_again(&diag, &more.items[i]);
			if (r) {
				/* as render shows it: alternatives in other
				 * languages left out */
				struct resume_tailor none = RESUME_TAILOR_NONE;

				r = resume_tailor(r, &none, &diag);
				resume_check_content(
				    r, cli_now(), false, &diag);
			}
			resume_free(r);
			resume_diag_free(&more);
			status = EXIT_OK;
		}
	} else {
		struct resume *r = resume_load(text, len, name, fmt, &diag);

		/* readable is not enough: say what a reader would miss */
		if (r && r->basics.name == NULL)
			resume_diag_add(&diag, RESUME_WARNING, name, 1, 1,
			    "no name: the first '# ' heading is read as the "
			    "name");
		if (r && r->nsections == 0)
			resume_diag_add(&diag, RESUME_WARNING, name, 1, 1,
			    "no section: '## ' headings (Experience, "
			    "Education...) start the sections");
		/* and what render would warn of */
		if (r)
			resume_check_content(r, cli_now(), false, &diag);
		if (r && report(stdout, name, r) < 0)
			resume_diag_add(&diag, RESUME_ERROR, name, 0, 0,
			    "cannot write the report to standard output");
		if (r && diag.nerrors == 0)
			status = EXIT_OK;
		resume_free(r);
	}
out:
	if (strict && status == EXIT_OK && cli_warnings_to_errors(&diag) > 0)
		status = EXIT_FAIL;
	resume_diag_print(&diag, stderr);
	resume_diag_free(&diag);
	free(data);
	return status;
}
