/* Output backends: each turns a const model into bytes on a FILE. */
#ifndef RESUME_BACKEND_H
#define RESUME_BACKEND_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"
#include "model.h"

enum resume_backend_flag {
	RESUME_BACKEND_BINARY = 1 << 0, /* refuse a terminal as output */
};

enum resume_paper {
	RESUME_PAPER_A4,
	RESUME_PAPER_LETTER,
};

struct resume_theme;

struct resume_opts {
	unsigned int width;               /* txt: wrap column, default 80 */
	bool ascii;                       /* txt: transliterate to ASCII */
	enum resume_paper paper;          /* pdf: page size */
	long long date;                   /* pdf: creation date, Unix time */
	const struct resume_theme *theme; /* NULL: the default theme */
	unsigned int *pages;              /* pdf: set to the page count */
	unsigned int max_pages; /* pdf: refuse a longer document (memory
	                         * grows with it); 0: RESUME_MAX_PAGES */
};

/* The longest PDF made unless max_pages says otherwise: about 60,000
 * lines, some 250 MiB of layout. */
#define RESUME_MAX_PAGES 1000

struct resume_backend {
	const char *name;   /* "txt": --txt */
	const char *suffix; /* default output suffix, ".txt" */
	unsigned int flags;
	int (*render)(const struct resume *, const struct resume_opts *,
	    FILE *out, struct resume_diag *);
	/* the libraries it uses, "cairo 1.16.0, pango 1.50.12"; may be NULL */
	const char *(*libraries)(void);
};

/* Returns the backend named name, or NULL when there is none or its module
 * cannot be loaded (resume_backend_error() says why).  Backends that need
 * large libraries (pdf: cairo and pango) live in modules loaded on first
 * use from the directories given to resume_backend_set_path(), so that a
 * text render never loads them. */
const struct resume_backend *resume_backend_find(const char *name);
/* Sets the directories searched for backend modules (':'-separated;
 * copied; NULL clears). */
void resume_backend_set_path(const char *dirs);
/* Returns why the last resume_backend_find() failed, or NULL. */
const char *resume_backend_error(void);

/* Sets the defaults: width 80, Unicode text, A4, the default theme. */
void resume_opts_init(struct resume_opts *);

#endif
