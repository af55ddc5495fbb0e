/* Diagnostics: library code appends here and returns -1; only the CLI
 * prints. */
#ifndef RESUME_DIAG_H
#define RESUME_DIAG_H

#include <stddef.h>
#include <stdio.h>

/* a note says what was done (--fit-pages: what it changed); it is neither
 * a problem nor turned into one by --strict */
enum resume_severity { RESUME_WARNING, RESUME_ERROR, RESUME_NOTE };

struct resume_diag_item {
	enum resume_severity severity;
	char *file;        /* "<stdin>" for standard input */
	unsigned int line; /* 1-based; 0 when unknown */
	unsigned int col;  /* 1-based column in bytes; 0 unknown */
	char *pointer;     /* JSON pointer, or NULL */
	char *message;     /* control characters escaped */
	const char *code;  /* a finding's short name ("long-bullet"),
	                    * static; NULL for other diagnostics */
};

struct resume_diag {
	struct resume_diag_item *items;
	size_t n;
	size_t cap;
	size_t nerrors;
	size_t max;     /* 0: the default cap (100) */
	size_t dropped; /* items past the cap */
};

/* Appends a diagnostic at file:line:col.  Past the cap it only counts. */
void resume_diag_add(struct resume_diag *, enum resume_severity,
    const char *file, unsigned int line, unsigned int col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* Appends a diagnostic at a JSON pointer. */
void resume_diag_add_pointer(struct resume_diag *, enum resume_severity,
    const char *file, const char *pointer, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Appends a finding of `resume check` named code (a static string) at
 * file:line:col, or at pointer when it is not NULL. */
void resume_diag_add_code(struct resume_diag *, enum resume_severity,
    const char *file, unsigned int line, unsigned int col, const char *pointer,
    const char *code, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));
/* Writes "resume: FILE:LINE:COL: error: message" lines for every item
 * (" [code]" after a finding's message). */
void resume_diag_print(const struct resume_diag *, FILE *fp);
/* Frees the items; the struct may be reused. */
void resume_diag_free(struct resume_diag *);
/* Returns an escaped copy of at most max bytes of s, quoting control
 * characters as \n, \t or \xHH; the caller frees it with free(). */
char *resume_diag_escape(const char *s, size_t max);

#endif
