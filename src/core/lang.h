/*
 * The language tables: for each language resume knows, the words it
 * writes (section titles, month and season names, "Present", contact and
 * field labels, the PDF's page footer, the way a month and year are set)
 * and the words it reads in a résumé (those same words and their common
 * variants: synonyms of each section title, abbreviations and grammatical
 * cases of the months, ways of writing an open end or a range).  One
 * table serves both directions, so what a French résumé is written in is
 * what a French résumé is read in.
 */
#ifndef RESUME_LANG_H
#define RESUME_LANG_H

#include "private.h"

#include <stdbool.h>
#include <stddef.h>

#include "resume/model.h"

struct resume_buf;
struct lang;

/* The language of a BCP 47 code ("fr", "pt-BR": its primary subtag), or
 * NULL when there is no table for it. */
const struct lang *lang_find(const char *code);
/* The language of a code, English when there is no table for it. */
const struct lang *lang_get(const char *code);
/* The i-th language (from 0), NULL past the last. */
const struct lang *lang_at(size_t i);
/* Its code: "fr". */
const char *lang_code(const struct lang *);
/* Its name in itself: "Français". */
const char *lang_name(const struct lang *);
/* Is it written right to left (fa, ar)? */
bool lang_rtl(const struct lang *);

/* --- what is written --- */

/* A section kind's title: "Expérience"; NULL for a custom section. */
const char *lang_title(const struct lang *, enum resume_section_kind);
/* An open end: "aujourd'hui". */
const char *lang_present(const struct lang *);
/* The label of a field: "phone", "score" or "type" ("Téléphone"...);
 * the English word when the table has none. */
const char *lang_label(const struct lang *, const char *key);
/* Appends a date as the language sets it, as precise as d is: "mars
 * 2019", "2019年3月", "Fall 2017", "2019"; the open end for present.
 * Appends nothing for a date with no year. */
void lang_date(
    const struct lang *, const struct resume_date *d, struct resume_buf *out);
/* Appends "page 2 of 3" in the language. */
void lang_page(
    const struct lang *, int page, int pages, struct resume_buf *out);

/* --- what is read (every language at once; words lowercase, as
 * utf8_lower makes them) --- */

/* The month 1..12 a word names in some language, or 0. */
int lang_read_month(const char *lower, size_t len);
/* The season 1..4 a word names, or 0. */
int lang_read_season(const char *lower, size_t len);
/* What kind of word a list holds. */
enum lang_list {
	LANG_PRESENT, /* an open end: "heute", "по настоящее время" */
	LANG_TO,         /* between a range's ends: "bis", "à", "до" */
	LANG_FROM,       /* before a range: "von", "de", "từ" */
	LANG_SINCE,      /* before an open range's start: "seit", "depuis" */
	LANG_MONTH_WORD, /* before a month's number: "tháng" */
	LANG_NLISTS
};
/* The words of a list, over every language, longest first, up to a
 * NULL: an array read at each position of a text, without a call a
 * word. */
const char *const *lang_words(enum lang_list);
/* Can a word of the list start with the (lowercase) byte c? */
bool lang_may_start(enum lang_list, unsigned char c);
/* The section kind a normalised title (vocab_normalize) is, exactly, in
 * some language, or -1. */
int lang_read_section(const char *norm);
/* A word or phrase of the index, and what it stands for. */
struct lang_form {
	char *w; /* lowercase */
	size_t n;
	int v; /* a section's kind, a month's number... */
};
/* The section phrases over every language, *n of them, in the order a
 * phrase inside a longer title is looked for (specific kinds first), each
 * with its kind in v. */
const struct lang_form *lang_section_phrases(size_t *n);

#endif
