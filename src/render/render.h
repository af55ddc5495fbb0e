/* Helpers shared by the backends (not installed). */
#ifndef RESUME_RENDER_H
#define RESUME_RENDER_H

#include "../core/private.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "resume/backend.h"
#include "resume/buf.h"
#include "resume/model.h"
#include "resume/theme.h"

/* Returns true when text already shows href (ignoring the scheme, "www."
 * and a trailing slash), so the target need not be printed again. */
bool render_link_redundant(const char *text, const char *href);
/* Returns true when text shows href anywhere in it. */
bool render_link_shown(const char *text, const char *href);
/* The end of the run of spans from i that share one link (or none) and
 * hold no line break: a link is drawn, and its target noted, once. */
size_t render_link_run(const struct resume_text *t, size_t i);

/* The link targets a document has printed, so each is printed once. */
struct render_links {
	char **shown;
	size_t n;
};

/* Returns the target to print after text for a link to href (without
 * "mailto:"), or NULL when the text already shows it, it was printed
 * before, or there is no link.  Records it as printed. */
const char *render_links_note(
    struct render_links *, const char *text, const char *href);
/* Frees the record. */
void render_links_free(struct render_links *);

/* Writes s[0..n) to out as text for a terminal: C0 controls but newline
 * and tab, DEL, C1 controls and bidi embedding, override and isolate
 * characters are left out, and a byte that is not UTF-8 is written as
 * U+FFFD.  Returns 0, or -1 when writing fails. */
int render_write_text(FILE *out, const char *s, size_t n);

/* Which sections the theme's sidebar holds (none after render_turn()): a
 * new array, side[i] for section i (one spare element); *any, unless any
 * is NULL, says whether one of them shows something.  The PDF and the
 * HTML page share it. */
bool *render_sidebar(
    const struct resume *r, const struct resume_theme *t, bool *any);

/* Where the résumé's sections turn for good to the other reading
 * direction, as a résumé written twice does, in English and then in
 * Persian: the index of the first section of the turned part, or
 * r->nsections for none.  At least two sections, every titled one from
 * there on in the new direction (by its title's first strong letter),
 * after one or more the other way.  That part begins a page, in the PDF
 * and in the HTML page's print, and keeps its sections out of the
 * sidebar, which stands beside the first part. */
size_t render_turn(const struct resume *r);

/* Appends the marker a part's tags are written back in, in Markdown and
 * in JSON Resume's strings alike: " <!-- tags: a, b -->"; nothing when
 * it has none. */
void render_marks(struct resume_buf *b, const struct resume_marks *m);

/* The widest of the dates entries show (outside keyword sections), each
 * as compose_dates() writes it in the résumé's language and as wide as
 * width(ctx, text) says; 0 when no entry has a date.  The PDF measures
 * with its fonts, the HTML page estimates. */
double render_widest_date(const struct resume *r,
    double (*width)(void *ctx, const char *text, const struct resume_entry *e),
    void *ctx);

/* The weight to set the name in: the theme's, but at least 400 when the
 * name has CJK characters, whose installed faces have no lighter weight
 * (a light Latin beside a regular CJK face looks like two fonts). */
int render_name_weight(const struct resume_theme *t, const char *name);

/* Appends rich text as a JSON Resume string holds it: inline Markdown
 * (emphasis, code, links), a newline for a line break, escapes only where
 * the text would read as markup. */
void render_md_inline(struct resume_buf *, const struct resume_text *);

/* Appends free-content blocks as Markdown (the md backend's dialect). */
void render_md_blocks(
    struct resume_buf *, const struct resume_block *, size_t n);

/* What --fit-pages does to a layout, for the HTML print stylesheet: the
 * theme the PDF is laid out in, and the advance from one line of body
 * text to the next in ems (the theme's leading over the font's own line
 * height), for a browser to space lines as the PDF does. */
struct render_fit {
	struct resume_theme theme; /* its strings are the given theme's */
	double line_em;
	bool fitted; /* false: the given theme fits as it is */
};
/* Defines the version a module was built as, which the loader checks
 * before it hands out a symbol of it: weak, so that a program that links
 * several modules' sources whole (the fuzzers) has it once. */
#define RENDER_MODULE_VERSION                                                  \
	__attribute__((weak))                                                  \
	const char resume_module_version[] = RESUME_VERSION

/* Returns symbol of the module file name ("resume-photo.so") in the
 * directory of the object that holds self (a module's own function), of
 * this version: a module's way to its sibling whatever the module path.
 * NULL when it cannot be loaded (resume_backend_error() says why). */
void *module_beside(const void *self, const char *name, const char *symbol);
/* Writes into dir the directory of the object (the library, a module, the
 * executable) that holds address; false when it is unknown. */
bool module_dir(const void *address, char *dir, size_t size);

/* Waits for the set-up resume_backend_prepare() began, if it did (a
 * module's render calls it before its library is used). */
void backend_prepared(void);

/* resume_pdf_fit(), in the PDF module: fills *out for r on
 * o->fit_pages pages (the theme itself when it fits); returns 0, or -1
 * with the error in diag (it cannot fit), as the PDF would.  Its type,
 * for resume_module_symbol(). */
typedef int render_pdf_fit_fn(const struct resume *r,
    const struct resume_opts *o, struct render_fit *out,
    struct resume_diag *diag);
int resume_pdf_fit(const struct resume *r, const struct resume_opts *o,
    struct render_fit *out, struct resume_diag *diag);

/* Appends s[0..n) as a CSS string in double quotes: letters, digits,
 * space, "-", "_", "." and non-ASCII as they are, every other byte as a
 * CSS escape, so that no value closes the string, the rule or the <style>
 * element. */
void render_css_string(struct resume_buf *, const char *s, size_t n);

/* The next family of a comma-separated stack ("Lato, Noto Sans") at *p:
 * returns where it starts and sets *n to its length, spaces around it
 * left out, and moves *p past it; NULL at the end of the stack. */
const char *render_next_family(const char **p, size_t *n);

/* A face of the HTML page: a stack of families (the theme's, "Lato, Noto
 * Sans"), a CSS weight and a style, and the text it draws (the name in a
 * light weight) when it draws only some; faces that draw the whole page
 * come first. */
struct render_face {
	const char *families;
	int weight;
	bool italic;
	const char *text; /* what it draws, when not the whole page */
};
/* resume_html_fonts(), in the fonts module: appends an @font-face rule
 * with a data: URI for each installed face of each stack, subset to the
 * characters page[0..len) shows that the families before it in the stack
 * lack; returns 0, or -1 when fontconfig cannot start.  Its type, for
 * resume_module_symbol(). */
typedef int render_html_fonts_fn(struct resume_buf *css, const char *page,
    size_t len, const struct render_face *faces, size_t n);
int resume_html_fonts(struct resume_buf *css, const char *page, size_t len,
    const struct render_face *faces, size_t n);

/* A photo to draw (src/render/photo.c): a JPEG or PNG file's bytes, as
 * it is or made smaller. */
struct render_photo {
	unsigned char *data;
	size_t len;
	bool png;                   /* else a JPEG */
	bool pdf_as_is;             /* a JPEG a PDF carries as it is */
	unsigned int width, height; /* pixels, as stored */
	unsigned int orientation;   /* EXIF's 1..8; 1: upright as stored */
	char why[200];              /* the decoder's complaint */
};
/* resume_photo_read(), in the photo module: reads r's photo when
 * basics.image names a JPEG or PNG file and o->photo_dir is set, inside
 * that directory only.  Returns 1 with the photo in *p (free it with
 * resume_photo_free), or 0: no photo to draw (a warning at basics.image
 * says why when one was named and cannot be read). */
typedef int render_photo_read_fn(const struct resume *r,
    const struct resume_opts *o, struct render_photo *p,
    struct resume_diag *diag);
int resume_photo_read(const struct resume *r, const struct resume_opts *o,
    struct render_photo *p, struct resume_diag *diag);
/* resume_photo_pixels(): the photo decoded (as stored, not turned
 * upright) to cairo's ARGB32 words, premultiplied, at most 8 times
 * smaller while the shorter side stays at least min pixels (0: full
 * size); *px is the caller's to free.  Returns 0, or -1. */
typedef int render_photo_pixels_fn(const struct render_photo *p,
    unsigned int min, uint32_t **px, unsigned int *w, unsigned int *h);
int resume_photo_pixels(const struct render_photo *p, unsigned int min,
    uint32_t **px, unsigned int *w, unsigned int *h);
typedef void render_photo_free_fn(struct render_photo *p);
void resume_photo_free(struct render_photo *p);

/* Appends n bytes as base64 (RFC 4648, with padding). */
void render_base64(struct resume_buf *b, const unsigned char *d, size_t n);

extern const struct resume_backend backend_txt;
extern const struct resume_backend backend_html;
extern const struct resume_backend backend_json;
extern const struct resume_backend backend_md;

#endif
