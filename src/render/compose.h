/*
 * The composition layer: what the contact line and each entry say, decided
 * once for every backend.  An entry's head becomes parts in reading order,
 * each tagged by its role, with the separator written before it; the text,
 * HTML, PDF and Markdown backends lay the parts out and style them by role,
 * and decide nothing else about what an entry says.
 */
#ifndef RESUME_COMPOSE_H
#define RESUME_COMPOSE_H

#include "../core/private.h"

#include <stdbool.h>
#include <stddef.h>

#include "render.h"
#include "resume/buf.h"
#include "resume/model.h"

enum compose_role {
	COMPOSE_TITLE,    /* position, degree, name; a category */
	COMPOSE_AREA,     /* field of study, roles */
	COMPOSE_LEVEL,    /* score, level, fluency, type: with its label */
	COMPOSE_ORG,      /* company, institution, awarder, issuer */
	COMPOSE_LOCATION, /* the entry's place */
	COMPOSE_NOTE,     /* a link target the head does not show */
	COMPOSE_KEYWORD,  /* one keyword of a list */
};

/* One part.  sep is written before it when a part precedes it on the same
 * line ("", ", ", " · ", " — ", ": "); label, when not NULL, is written
 * before the text as "label: " (a level: "GPA: 3.9"); href makes the part
 * a link. */
struct compose_part {
	enum compose_role role;
	const char *sep;
	const char *label;
	const char *text;
	const char *href;
	bool lead; /* the part that carries the head: set strong */
};

/* A date or range as shown: start alone, or start, " – ", end and a note
 * written after the date ("(expected)").  end is NULL for an open range
 * written "2024-" and for a single date; tail is "" when there is none.
 * Each end keeps its parsed date for machine-readable markup. */
struct compose_dates {
	const char *shown; /* the whole, as every backend shows it */
	const char *start, *end, *tail;
	bool range; /* start, " – " and end: two ends to mark up */
	struct resume_buf buf;
};

enum { COMPOSE_MAX_PARTS = 8 };

/* The head of an entry: parts in reading order.  When the head takes two
 * lines the break comes before part[second] (whose sep is then dropped);
 * second == n means the head does not break in two. */
struct compose_head {
	struct compose_part part[COMPOSE_MAX_PARTS];
	size_t n, second;
	struct compose_dates dates; /* dates.shown NULL: no date */
};

/* A keyword entry ("Languages: Go, Rust.", "English: native"): parts are
 * the title, its level, then the keywords, the first value after ": " (or
 * a full-width "：" after a CJK title); end is punctuation that closed the
 * list as written, or "". */
struct compose_keywords {
	struct compose_part *part; /* malloc'd */
	size_t n;
	const char *end;
};

/* One contact item.  Items are separated on a line, never at its end:
 * where a line breaks between two items the separator is left out. */
struct compose_contact {
	enum resume_contact_kind kind;
	const char *label; /* "Email", or NULL */
	const char *colon; /* after the label: ": " or "：" */
	const char *text;
	const char *href;
	const char *note;    /* the target to show after the text, or NULL */
	const char *network; /* a profile's network, or NULL */
};

/* The icon for contact c, as a Font Awesome 4 character (UTF-8, in the
 * private use area: a typeset output draws it as a picture, never as
 * text), or NULL for none. */
const char *compose_contact_icon(const struct compose_contact *c);

/* Composes the head of entry e of section s.  Link notes are decided
 * against links, which records what it shows.  Free with
 * compose_head_free(). */
void compose_head(struct compose_head *, const struct resume *r,
    const struct resume_section *s, const struct resume_entry *e,
    struct render_links *links);
void compose_head_free(struct compose_head *);

/* Composes a keyword entry; free with compose_keywords_free(). */
void compose_keywords(struct compose_keywords *, const struct resume_entry *);
void compose_keywords_free(struct compose_keywords *);

/* Composes the dates of d; NULL shown when there are none.  An ISO date
 * (input syntax) is shown as r's language sets a month and year, and the
 * open end JSON Resume implies ("Present") in its words or the author's;
 * other dates as written.  NULL r: English.  Free with
 * compose_dates_free(). */
void compose_dates(struct compose_dates *, const struct resume *r,
    const struct resume_dates *d);
void compose_dates_free(struct compose_dates *);
/* Returns what was written after a range's end ("(expected)"), or "". */
const char *compose_tail(const struct resume_dates *d);

/* Returns the contact items of the header line (those not shown in a
 * section), in source order, as a malloc'd array the caller frees; *n is
 * their number.  Link notes are decided against links. */
struct compose_contact *compose_contacts(
    const struct resume *, struct render_links *links, size_t *n);

/* Returns the label a level is shown with in a section of kind k ("GPA"
 * for a bare grade point average, "Score" for another bare number,
 * "Type" for a project's, in r's language or the author's words; NULL
 * r: English, the words the Markdown reader reads), or NULL when the
 * level says what it is. */
const char *compose_level_label(
    enum resume_section_kind k, const char *level, const struct resume *r);

/* Returns ": ", or the full-width "：" after text ending in a CJK
 * character. */
const char *compose_colon(const char *text);

/* Returns the title a section is shown under, or NULL: as written, but a
 * title its kind implies (resume_section_title_implied: a JSON Resume's)
 * in r's language, or as the author chose the word. */
const char *compose_section_title(
    const struct resume_section *, const struct resume *r);

/* Is e one of several roles under one employer: its group names its
 * organisation ("Acme Corp, Berlin" over "Senior Engineer")?  Its head
 * then leaves the organisation and place to the group, which the backends
 * set as an entry's head. */
bool compose_is_role(const struct resume_entry *e);

/* Returns the word the author chose for key in r's language
 * (resume_word), else table (the language tables' word).  NULL r:
 * table. */
const char *compose_word(
    const struct resume *r, const char *key, const char *table);
/* Appends the running footer's "page 2 of 3" in r's language, or in the
 * words the author chose ("{page} / {pages}"). */
void compose_page(
    const struct resume *r, int page, int pages, struct resume_buf *out);

#endif
