/* Internal interfaces of the loaders (not installed). */
#ifndef RESUME_LOADER_H
#define RESUME_LOADER_H

#include <stdbool.h>
#include <stddef.h>

#include "resume/arena.h"
#include "resume/buf.h"
#include "resume/diag.h"
#include "resume/model.h"

/* Loader-only span flags, gone from the finished model: a soft line break
 * (shown as a space) and a column boundary from HTML such as </span>. */
#define SPAN_SOFT (1u << 8)
#define SPAN_SEP  (1u << 9)

/* Frees r and returns NULL with an error at 1:1 when r is empty (an empty
 * or blank Markdown file, a comment), else returns r: a run that would
 * write nothing is a mistake to report, not a success. */
struct resume *loader_refuse_empty(
    struct resume *r, size_t len, struct resume_diag *);

/* Adds a word the author chose over the language tables' (front matter
 * or x-words: key "present", "fr.work"...) to r, when its key and text
 * fit (resume_word_problem); else a warning at pos saying why,
 * and nothing is added.  key and text are copied. */
void loader_word(struct resume *r, const char *key, const char *text,
    const struct resume_pos *pos, struct resume_diag *);

/* --- richtext.c: building and cutting rich text --- */

/* Appends a span to t, merging it with the last one when styles match.
 * text is copied into the arena. */
void text_add(struct resume_arena *, struct resume_text *t, const char *s,
    size_t n, unsigned int flags, const char *href);
/* Appends every span of src to t. */
void text_append(struct resume_arena *, struct resume_text *t,
    const struct resume_text *src);
/* Writes the plain text of t to out: soft breaks as ' ', hard breaks as
 * '\n', column boundaries as '\x1f'. */
void text_plain(const struct resume_text *t, struct resume_buf *out);
/* Returns the part of t between plain-text offsets [from, to), trimmed of
 * spaces; spans keep their styles. */
struct resume_text text_slice(
    struct resume_arena *, const struct resume_text *t, size_t from, size_t to);
/* Where a walk over t's plain text stands: span index and the plain offset
 * the span starts at.  {0, 0} is the start. */
struct text_cursor {
	size_t span, off;
};
/* text_slice(), starting its walk at *c and leaving c at from: slices
 * taken left to right with one cursor cost time linear in t. */
struct resume_text text_slice_at(struct resume_arena *,
    const struct resume_text *t, size_t from, size_t to, struct text_cursor *c);
/* Splits t at soft and hard breaks into *nlines lines (arena array). */
struct resume_text *text_lines(
    struct resume_arena *, const struct resume_text *t, size_t *nlines);
/* Returns true when every non-blank span of t has all the given flags. */
bool text_all(const struct resume_text *t, unsigned int flags);
/* Returns the href when the whole non-blank text of t is one link. */
const char *text_link(const struct resume_text *t);
/* Returns an arena copy of the plain text of t, trimmed; NULL when blank. */
const char *text_str(struct resume_arena *, const struct resume_text *t);
/* Turns loader-only spans into their final form (soft break to space,
 * boundaries removed). */
void text_finish(struct resume_arena *, struct resume_text *t);
/* Returns true when s is one bare e-mail address: "a@b.c". */
bool text_looks_email(const char *s);
/* Returns a safe link target for a Markdown or HTML link destination:
 * http(s), mailto and tel pass, a bare e-mail address becomes mailto:,
 * "www." gains https://; NULL for "#", "" and everything else. */
const char *link_target(struct resume_arena *, const char *url);

/* --- vocab.c: words that mark sections, titles, organisations --- */

/* Returns the section kind a heading title names, or -1.  title is plain
 * text; icons, emoji, attributes and case are ignored. */
int vocab_section(const char *title);
/* Returns the section kind only when the whole title is a section word
 * ("Experience", not "Your Most Recent Work Experience"), or -1. */
int vocab_section_exact(const char *title);
/* Returns how many job-title words s has. */
int vocab_title_score(const char *s);
/* Returns how many organisation words s has. */
int vocab_org_score(const char *s);
/* Returns how many degree words s has. */
int vocab_degree_score(const char *s);
/* Returns true when s names the document ("Résumé", "CV", "简历"...). */
bool vocab_is_doc_title(const char *s);
/* Does s name a link rather than a place ("Download PDF", "My CV")? */
bool vocab_names_link(const char *s);
/* Is s one of the world's capitals or largest cities ("London", "東京")? */
bool vocab_is_city(const char *s);
/* Returns true when s is a label for a location ("City", "Город"...). */
bool vocab_is_location_label(const char *s);
bool vocab_is_phone_label(const char *s);
/* Is s the label of a birth date or an age ("Geburtsdatum", "出生日期")? */
bool vocab_is_birth_label(const char *s);
/* Returns the profile network of a URL's host ("GitHub"), or NULL. */
const char *vocab_network(const char *url);
bool vocab_is_network(const char *name);
/* The host of a profile network named name in any case ("github",
 * "stackoverflow"), its proper name in *proper ("GitHub"); NULL when we
 * know none. */
const char *vocab_network_host(const char *name, const char **proper);
/* Writes s normalized for matching to out: lowercase, icons and emoji
 * removed, "{#id}" attributes removed, spaces collapsed, edge punctuation
 * trimmed. */
void vocab_normalize(const char *s, struct resume_buf *out);

/* Returns a BCP 47 guess ("en", "zh", "fa"...) from the scripts of the
 * text: static. */
const char *guess_lang(const char *s, size_t len);

/* Reads a Markdown fragment into free-content blocks (no recognizing):
 * arena-owned. */
void markdown_fragment(struct resume_arena *, const char *text,
    struct resume_block **blocks, size_t *n);

/* Reads a JSON Resume string s[0..len) as the ecosystem's themes do, as
 * inline Markdown: emphasis, code and links kept, HTML tags reduced to
 * their text, entities decoded, each line break kept; arena-owned.  A
 * marker comment in it (<!-- tags: x -->) goes to marks, unless NULL. */
void markdown_inline(struct resume_arena *, const char *s, size_t len,
    struct resume_text *t, struct resume_marks *marks);

/* --- recognize.c: the flat block stream to the model --- */

struct md_doc {
	struct resume *r;
	const char *file;
	struct resume_diag *diag;
	struct resume_block *blocks;   /* flattened, in source order */
	size_t nblocks, capblocks;     /* blocks: on the heap */
	const char *fm_title;          /* front matter title, or NULL */
	const char *fm_name;           /* front matter name, or NULL */
	struct resume_place *fm_place; /* front matter location, or NULL */
	struct resume_pos fm_place_pos;
	/* the front matter's email, phone, url and network profiles */
	struct resume_contact *fm_contacts;
	size_t nfm_contacts;
	const char *photo; /* the first picture of a photo's file type */
	struct resume_pos photo_pos;
};

/* Fills d->r from the block stream. */
void recognize(struct md_doc *d);

#endif
