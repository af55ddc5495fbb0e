/* Output backends: each turns a const model into bytes on a FILE. */
#ifndef RESUME_BACKEND_H
#define RESUME_BACKEND_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"
#include "model.h"

enum resume_backend_flag {
	RESUME_BACKEND_BINARY = 1 << 0, /* refuse a terminal as output */
	RESUME_BACKEND_PAGES = 1 << 1,  /* one file a page: draws opts.page
	                                 * and reports the page count */
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
	unsigned int max_pages; /* pdf: refuse a longer document (memory
	                         * grows with it); 0: RESUME_MAX_PAGES */
	unsigned int page;      /* png: the page to draw, from 1; 0: the
	                         * first */
	unsigned int dpi;       /* png: pixels an inch; 0: RESUME_DPI */
	bool check;             /* pdf, png: add what the page breaks do
	                         * (an entry split, a heading at a page's
	                         * foot, a near-empty last page) to diag */
	unsigned int fit_pages; /* pdf, png: at most this many pages, the
	                         * theme tightened within its limits (a
	                         * note says how); 0: as the theme says */
	bool no_embed_fonts;    /* html: name the fonts, do not carry them
	                         * (a smaller page that looks as the
	                         * reader's machine has it) */
	const char *photo_dir;  /* pdf, png, html: the directory a photo's
	                         * relative path (basics.image) is read in,
	                         * never outside it; NULL: no photo is read
	                         * (the default: a program that renders
	                         * strangers' files opts in) */
};

/* The resolution of page images unless dpi says otherwise, and the
 * range it may take (a Letter page at 600 dpi is 134 MiB of pixels). */
#define RESUME_DPI     150
#define RESUME_DPI_MIN 36
#define RESUME_DPI_MAX 600

/* The longest PDF made unless max_pages says otherwise: about 60,000
 * lines, some 250 MiB of layout. */
#define RESUME_MAX_PAGES 1000

/* What a render reports back, beside its bytes. */
struct resume_result {
	unsigned int pages; /* pdf, png: the document's page count */
};

struct resume_backend {
	const char *name;   /* "txt": --txt */
	const char *suffix; /* default output suffix, ".txt" */
	const char *help;   /* what --help says of --NAME */
	unsigned int flags;
	/* writes r to out; res (NULL: not asked for) gets what the
	 * render reports */
	int (*render)(const struct resume *, const struct resume_opts *,
	    FILE *out, struct resume_result *res, struct resume_diag *);
	/* the libraries it uses, "cairo 1.16.0, pango 1.50.12"; may be NULL */
	const char *(*libraries)(void);
};

/* Returns the i-th backend there is (from 0, in the order help lists
 * them), built in or in a module, without loading any module: its name,
 * suffix, help and flags (render and libraries are NULL for one in a
 * module).  NULL past the last.  The command line's format options come
 * from this table. */
const struct resume_backend *resume_backend_at(size_t i);

/* Returns the backend named name, or NULL when there is none or its module
 * cannot be loaded (resume_backend_error() says why).  Backends that need
 * large libraries (pdf: cairo and pango) live in modules loaded on first
 * use from the directories given to resume_backend_set_path(), so that a
 * text render never loads them. */
const struct resume_backend *resume_backend_find(const char *name);

/* Begins, on a thread of its own, the one-time set-up the named backend's
 * first render waits on (pdf and png: fontconfig reading the font
 * configuration and its caches, some 4 ms), so that it runs while the
 * backend and the input are loaded; its first render then waits for it.
 * Call it before resume_backend_find(), in a process that does not fork
 * before it renders (a child would inherit the set-up half done).  Does
 * nothing for the other backends, or when the library cannot be loaded. */
void resume_backend_prepare(const char *name);
/* Sets the directories searched for backend modules (':'-separated;
 * copied; NULL clears). */
void resume_backend_set_path(const char *dirs);
/* Returns symbol of the module file name ("resume-ats.so") found as the
 * backends are, of this version; NULL when it cannot be loaded
 * (resume_backend_error() says why). */
void *resume_module_symbol(const char *name, const char *symbol);
/* Returns why the last resume_backend_find() or resume_module_symbol()
 * failed, or NULL. */
const char *resume_backend_error(void);

/* Sets the defaults: width 80, Unicode text, A4, the default theme. */
void resume_opts_init(struct resume_opts *);

/* Renders r with the backend named format ("txt", "pdf", "png", "html",
 * "json", "md") to out; opts NULL: the defaults; res (may be NULL) gets
 * what the render reports.  Returns 0, or -1 with errors in diag (an
 * unknown format, a module that cannot be loaded, a failed render; out
 * may then hold part of the output). */
int resume_render_file(const struct resume *r, const char *format,
    const struct resume_opts *opts, FILE *out, struct resume_result *res,
    struct resume_diag *diag);

/* As resume_render_file(), into memory: *out gets the *len bytes written
 * (and a NUL after them, for text), which the caller frees with free();
 * on -1 *out is NULL and *len 0. */
int resume_render_mem(const struct resume *r, const char *format,
    const struct resume_opts *opts, char **out, size_t *len,
    struct resume_result *res, struct resume_diag *diag);

#endif
