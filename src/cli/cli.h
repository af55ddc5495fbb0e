/* Subcommands of the resume executable. */
#ifndef RESUME_CLI_H
#define RESUME_CLI_H

#include <getopt.h>
#include <stdio.h>

#include <stdbool.h>

#include "resume/backend.h"

enum exit_code {
	EXIT_OK = 0,
	EXIT_FAIL = 1, /* invalid input, render or I/O failure */
	EXIT_USAGE = 2
};

/* One option: the getopt_long entry, its argument name and help text. */
struct cli_opt {
	struct option o;
	const char *arg;
	const char *help;
};

/* Fills longopts (n + 1 entries) and a getopt short-option string (room
 * for 3 * n + 1 bytes) from the table. */
void cli_getopt_tables(
    const struct cli_opt *, size_t n, struct option *, char *shortopts);
/* Prints the option table as help text. */
void cli_print_options(FILE *, const struct cli_opt *, size_t n);
/* Writes "resume: MESSAGE" and a newline to stderr, control characters
 * in it (from file names, arguments) escaped as in diagnostics. */
void cli_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints "resume: message" as cli_err does, then a hint; returns
 * EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Reads optarg, the argument of cmd's --name, as a decimal number from lo
 * to hi into *v; returns 0, or a usage error saying it takes "takes". */
/* Parses optarg as a size: bytes, or a number with a unit (K, KB, KiB, M,
 * MB, MiB, G, GB, GiB); a usage error otherwise. */
int cli_size_opt(const char *cmd, const char *name, unsigned long *v);
int cli_num_opt(const char *cmd, const char *name, const char *takes,
    unsigned long lo, unsigned long hi, unsigned long *v);

/* Reports what getopt_long returned c (':' or '?') for, as a usage error
 * of cmd; returns EXIT_USAGE. */
int cli_bad_option(const char *cmd, int c, char **argv);

/* Points the library at $RESUME_MODULE_DIR for backend modules when
 * with_env and it is an absolute directory (the library then looks
 * beside itself: the build tree, its resume/ once installed). */
void cli_set_module_path(bool with_env);
/* Returns the date a PDF records: $SOURCE_DATE_EPOCH when set, else the
 * input file's modification time, else 0 (standard input). */
long long cli_document_date(const char *input);

/* Letter where the locale's territory uses it (US, Canada, Puerto Rico),
 * A4 elsewhere. */
enum resume_paper cli_locale_paper(void);

/* Renders r through be to output ("-" or NULL: standard output) by way of
 * a temporary file renamed into place; res (may be NULL) gets what the
 * render reports.  Returns 0, or -1 with an error in diag and any existing
 * output left as it was. */
int cli_write(const struct resume_backend *, const struct resume *,
    const struct resume_opts *, const char *output, struct resume_result *res,
    struct resume_diag *);

/* --strict: every warning in d becomes an error; returns how many. */
size_t cli_warnings_to_errors(struct resume_diag *d);
/* --theme: 0 when theme (NULL: the default) names a built-in theme or a
 * file, else the usage error's exit status for cmd. */
int cli_theme_opt(const char *cmd, const char *theme);
/* --paper a4|letter (any case) into *paper: 0, or the usage error's exit
 * status for cmd. */
int cli_paper_opt(const char *cmd, const char *arg, enum resume_paper *paper);
/* The name diagnostics give input: "<stdin>" for NULL or "-". */
const char *cli_input_name(const char *input);
/* The directory a photo named in input is read in, into buf: the
 * input's own, "." for standard input (NULL or "-").  Returns buf. */
const char *cli_photo_dir(const char *input, char *buf, size_t size);
/* No FILE given and standard input a terminal: a line on standard error
 * saying how to end the input, before it is read. */
void cli_stdin_hint(const char *input);
/* Points ro->theme at theme (a built-in's name or a theme file; NULL:
 * the default) and, when set_paper, ro->paper at the theme's paper or
 * the locale's.  *own is a parsed file for resume_theme_free().  Returns
 * 0, or -1 with errors in diag. */
struct resume_theme;
struct resume_diag;
int cli_load_theme(const char *theme, bool set_paper, struct resume_opts *ro,
    struct resume_theme **own, struct resume_diag *diag);
/* Now, for dates in the future: the clock (SOURCE_DATE_EPOCH is for the
 * date a PDF records, not for what is past). */
long long cli_now(void);

int cli_render(int argc, char **argv);
int cli_check(int argc, char **argv);
int cli_validate(int argc, char **argv);
int cli_init(int argc, char **argv);
int cli_themes(int argc, char **argv);

/* A diagnostic as a JSON object: file, pointer, line, column, severity,
 * code, message (what is known of them); the caller json_decref()s it. */
struct json_t *cli_diag_json(const struct resume_diag_item *);

struct resume_tailor;
/* resume render --stream: JSON Lines on standard input rendered with be,
 * ro and tailor, one JSON line each on standard output in input order,
 * lines over cap bytes refused; jobs > 1: that many worker processes.
 * Returns the exit status. */
int cli_stream(const struct resume_backend *be, const struct resume_opts *ro,
    struct resume_tailor *tailor, size_t cap, size_t jobs);

#endif
