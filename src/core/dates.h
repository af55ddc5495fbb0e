/* Recognizing dates and date ranges as people write them in résumés. */
#ifndef RESUME_DATES_H
#define RESUME_DATES_H

#include <stdbool.h>
#include <stddef.h>

#include "resume/model.h"

/* A date or range found in a string: byte offsets of the whole match and of
 * each end, and the parsed values. */
struct date_match {
	size_t start, end; /* whole match */
	size_t from_start; /* start of the first date: after a word such
	                    * as "since" or "von", else start */
	size_t from_end;   /* end of the first date */
	size_t to_start;   /* start of the second end */
	struct resume_date from, to;
	bool range;
	bool open; /* range with a missing end ("2024-", "since 2019") */
};

/* The calendar a date is marked with ("١٤٤٤ هـ", "۱۳۹۸ ه.ش", "2019م"). */
enum date_calendar {
	DATE_UNMARKED,
	DATE_GREGORIAN,
	DATE_SOLAR_HIJRI,
	DATE_LUNAR_HIJRI
};

/* Parses a date or range starting exactly at s[pos]; returns true and fills
 * *m, or false. */
bool dates_parse_at(
    const char *s, size_t len, size_t pos, struct date_match *m);
/* Finds the most date-like date or range in s (ranges, then dates in
 * brackets or at the end win over dates inside words).  Returns true and
 * fills *m, or false. */
bool dates_find(const char *s, size_t len, struct date_match *m);
/* Returns true when s, ignoring surrounding space, brackets, emphasis
 * marks and punctuation, is exactly one date or range; fills *m. */
bool dates_whole(const char *s, size_t len, struct date_match *m);
/* Widens a match of one lone year over the years listed with it by
 * commas ("2017, 2018": a prize won twice): one date, the first year its
 * value, from_end after it. */
void dates_year_list(const char *s, size_t len, struct date_match *m);
/* Returns true when s is a date or range alone, or one with a note in
 * brackets after it ("2018 – 2020 (part-time)"); fills *m, and *text_end
 * with where the dates' text ends, the note included. */
bool dates_with_note(
    const char *s, size_t len, struct date_match *m, size_t *text_end);
/* Returns true when s[0..len) is a word meaning "until now". */
bool dates_is_present_word(const char *s, size_t len);

/* Arabic-Indic and Persian digits ("٢٠١٩", "۱۳۹۸") are read as the
 * digits they stand for by every function above, offsets being those of
 * s. */

/* Reads the Hijri years (1300 to 1499) of d as the Gregorian dates they
 * fall in, its text staying as written: Solar Hijri in a Persian résumé
 * (lang "fa") or written in Persian digits ("۱۳۹۸ – ۱۴۰۲"), lunar Hijri in
 * an Arabic one or marked "هـ" ("١٤٤٤ هـ"). */
void dates_hijri(struct resume_dates *d, const char *lang);

/* YYYY, YYYY-MM or YYYY-MM-DD, as JSON Resume's schema writes a date (and
 * a calendar allows: no month 13). */
bool dates_iso_ok(const char *s);

#endif
