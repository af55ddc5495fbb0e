/*
 * The recogniser's parts, shared among its files: recognize.c (the
 * driver: sections and their entries), heads (recognize_heads.c: an
 * entry's head line split into title, organisation, place, dates), contacts
 * (recognize_contacts.c: what under the name, in a table, a contact
 * section, a footer or the front matter is a contact), and keyword lists
 * (recognize_keywords.c: skills, languages, interests as "Category: a, b").
 * Internal to the loader: nothing here is libresume's API.
 */
#ifndef RESUME_RECOGNIZE_H
#define RESUME_RECOGNIZE_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/dates.h"
#include "loader.h"

#define NONE ((size_t)-1)

struct rec {
	struct md_doc *d;
	struct resume *r;
	struct resume_arena *a;
	unsigned int sec_level; /* 0: no section headings */
	size_t name_idx;
	/* where most "Title | Org | City" heads of the document put their
	 * title and organisation, so that every such head is read alike;
	 * NONE: no clear majority */
	size_t pipe_title, pipe_org;
	/* the front matter's title after the name it gave: the headline,
	 * when the document has none */
	const char *front_label;
};

struct part {
	struct resume_text t;
	size_t from, to; /* where t stands in the plain text split */
	const char *s;   /* plain, trimmed */
	bool italic;
	const char *href;
};

struct head {
	struct part *parts; /* in the arena: as many as the line has */
	size_t nparts;
	bool strong; /* the parts were split at " | ", " – "..., not commas */
	bool pipes;  /* ... at " | " */
	struct resume_text whole; /* a head split at commas: before it was */
	bool has_date;
	struct resume_dates dates;
	const char *paren_rest; /* "Remote" of "(2025, Remote)" */
};

/* How a block leads an entry: a bold head, a date, a term over its
 * definitions, or (LEAD_ITEM) a list item that is the whole entry's head,
 * in a list of certificates or awards. */
enum lead { LEAD_NONE, LEAD_BOLD, LEAD_DATE, LEAD_TERM, LEAD_ITEM };

/* --- recognize.c: blocks, text, heads --- */

/* The block stream's block i (borrowed). */
const struct resume_block *blk(struct rec *rc, size_t i);
/* The plain text of t, written to b (breaks as '\n'); borrowed from b. */
const char *plain_of(
    struct rec *rc, const struct resume_text *t, struct resume_buf *b);
/* s[b..e) without the spaces (and column marks) at its ends, in the
 * arena; NULL when nothing is left. */
const char *dup_range(struct rec *rc, const char *s, size_t b, size_t e);
/* s without a sentence's final '.' ("Grantham." but not "Inc."): s or an
 * arena copy. */
const char *trim_period(struct rec *rc, const char *s);
/* k without the full stop that ends a list: k or an arena copy. */
const char *trim_last_period(struct rec *rc, const char *k);
/* Splits plain [b, e) of t (plain text s) at the separators seps outside
 * brackets, appending the non-empty parts to h. */
void split_parts(struct rec *rc, const struct resume_text *t, const char *s,
    size_t b, size_t e, const char *const *seps, struct head *h);
/* Appends a copy of src to the arena array *arr of *n blocks, its list
 * level lowered by rebase. */
void copy_block(struct rec *rc, struct resume_block **arr, size_t *n,
    const struct resume_block *src, unsigned int rebase);
/* Appends t (when it has text) as a block of kind at level, quoted and
 * placed as like. */
void add_paragraph(struct rec *rc, struct resume_block **arr, size_t *n,
    const struct resume_text *t, const struct resume_block *like,
    enum resume_block_kind kind, unsigned int level);
/* Joins lines[from..n) back into one text with soft breaks (arena). */
struct resume_text join_lines(
    struct rec *rc, const struct resume_text *lines, size_t from, size_t n);
/* How block b leads an entry (next_idx: the block after it, end: the
 * section's end), or LEAD_NONE. */
enum lead line_lead(
    struct rec *rc, const struct resume_block *b, size_t next_idx, size_t end);

/* Sets out to the dates m found in s, their text as written up to
 * text_end (a note after them included). */
void set_dates(struct rec *rc, struct resume_dates *out, const char *s,
    const struct date_match *m, size_t text_end);

/* --- recognize_heads.c: an entry's head into its fields --- */

/* The separators that part a head in any case: " | ", " – ", " at "... */
extern const char *const strong_seps[];
/* Splits the head t ("Senior Engineer | Acme | Berlin (2019 – 2021)")
 * into h: its parts, its dates, what the brackets held besides them. */
void parse_head(struct rec *rc, const struct resume_text *t, struct head *h);
/* Sets *field to v when it is empty and v has text. */
void fill_empty(const char **field, const char *v);
/* Which part of h is the title (*tp) and which the organisation (*op),
 * NONE for neither, by their words, italics and links. */
void work_order(const struct head *h, size_t *tp, size_t *op);
/* Gives h's parts to e's fields as a section of kind reads them (merge:
 * into fields e already has, as a second head line). */
void apply_head(struct rec *rc, struct resume_entry *e, struct head *h,
    enum resume_section_kind kind, bool merge);

/* --- recognize_contacts.c --- */

/* Is s[0..n) one of labels (case ignored)? */
bool label_is(const char *s, size_t n, const char *const *labels);
/* Tries blocks [b, e) as one group of contact lines: returns true and
 * records the contacts when most items are contacts (in_section: written
 * in a contact section, shown there), false leaving all as it was. */
bool contact_group(struct rec *rc, size_t b, size_t e, bool in_section);
/* Contacts closing the résumé in a blockquote after its last section
 * (pandoc_resume's footer), when there are none at its head: the
 * contacts, out of that section. */
void contact_footer(struct rec *rc);
/* The blocks idx[0..n) before the first section: headline, contact lines
 * (a table of them too), the rest the summary. */
void header_zone(struct rec *rc, const size_t *idx, size_t n);
/* The front matter's location: the place's parts, or the place. */
void front_place(struct rec *rc);
/* The front matter's contacts, after the contact line's, none twice. */
void front_contacts(struct rec *rc);

/* --- recognize_keywords.c --- */

/* Splits s ("Go, Rust and C.") into en's keywords. */
void split_keywords(struct rec *rc, struct resume_entry *en, const char *s);
/* "Key: value" with a short key: returns the value's offset (0: none) and
 * the key's end in *key_end. */
size_t key_value(const char *s, size_t *key_end);
/* The ": text" lines of a definition from lines[from..nl) of block x, one
 * paragraph per ':', into en's body. */
void add_definitions(struct rec *rc, struct resume_entry *en,
    const struct resume_block *x, const struct resume_text *lines, size_t from,
    size_t nl);
/* A skills, languages or interests section's blocks [b, e): its named
 * lists, as entries of sec. */
/* Splits a degree as written ("BSc, CS", "BA Information Technology",
 * "Bachelor of Engineering in Software Engineering") into the degree and
 * its field (*area, NULL when it names none). */
void split_degree(
    struct rec *rc, const char *s, const char **deg, const char **area);

/* --- recognize_tables.c --- */

/* A work or education section [b, e) written as a table under a header
 * row that names its columns: an entry per row (and the blocks before
 * the table as the section's intro).  False, with nothing done, when it
 * is not one. */
bool table_entries(
    struct rec *rc, struct resume_section *sec, size_t b, size_t e);

void fill_keyvalue(
    struct rec *rc, struct resume_section *sec, size_t b, size_t e);

#endif
