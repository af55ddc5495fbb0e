/* Dates and ranges as people write them. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "core/dates.h"

struct dcase {
	const char *in;
	int whole;      /* the string is exactly a date */
	int y1, m1, s1; /* start year, month, season */
	int range;
	int y2, m2;  /* end year, month */
	int present; /* open end "until now" */
};

static const struct dcase cases[] = {
    {"2021 - 2025", 1, 2021, 0, 0, 1, 2025, 0, 0},
    /* beyond English, from the language tables */
    {"03/2019 – heute", 1, 2019, 3, 0, 1, 0, 0, 1},
    {"depuis 01/2015", 1, 2015, 1, 0, 1, 0, 0, 1},
    {"de 03/2013 à 12/2014", 1, 2013, 3, 0, 1, 2014, 12, 0},
    {"Desde 2017", 1, 2017, 0, 0, 1, 0, 0, 1},
    {"seit März 2020", 1, 2020, 3, 0, 1, 0, 0, 1},
    {"von 2016 bis 2019", 1, 2016, 0, 0, 1, 2019, 0, 0},
    {"Tháng 10/2024 - Hiện tại", 1, 2024, 10, 0, 1, 0, 0, 1},
    {"tháng 3 năm 2020 - nay", 1, 2020, 3, 0, 1, 0, 0, 1},
    {"2020년 3월 – 현재", 1, 2020, 3, 0, 1, 0, 0, 1},
    {"2018년 1월 ~ 2019년 12월", 1, 2018, 1, 0, 1, 2019, 12, 0},
    {"março de 2019 - atual", 1, 2019, 3, 0, 1, 0, 0, 1},
    {"mar/2019 - out/2021", 1, 2019, 3, 0, 1, 2021, 10, 0},
    {"gennaio 2020 - oggi", 1, 2020, 1, 0, 1, 0, 0, 1},
    {"maart 2018 - heden", 1, 2018, 3, 0, 1, 0, 0, 1},
    {"wrzesień 2017 - obecnie", 1, 2017, 9, 0, 1, 0, 0, 1},
    {"Eylül 2016 - Günümüz", 1, 2016, 9, 0, 1, 0, 0, 1},
    {"вересень 2015 – теперішній час", 1, 2015, 9, 0, 1, 0, 0, 1},
    {"с 2015 по 2018", 1, 2015, 0, 0, 1, 2018, 0, 0},
    {"سبتمبر 2019 - حتى الآن", 1, 2019, 9, 0, 1, 0, 0, 1},
    {"2019–2021", 1, 2019, 0, 0, 1, 2021, 0, 0},
    {"2012 — 2014", 1, 2012, 0, 0, 1, 2014, 0, 0},
    {"Dec 2013 -- Dec 2014", 1, 2013, 12, 0, 1, 2014, 12, 0},
    {"2013-09 — Present", 1, 2013, 9, 0, 1, 0, 0, 1},
    {"Summer 2018", 1, 2018, 0, 2, 0, 0, 0, 0},
    {"Fall 2017", 1, 2017, 0, 3, 0, 0, 0, 0},
    {"été 2019", 1, 2019, 0, 2, 0, 0, 0, 0},
    {"2008.02 - 2024.06", 1, 2008, 2, 0, 1, 2024, 6, 0},
    {"2012年9月 ~ 2014年9月", 1, 2012, 9, 0, 1, 2014, 9, 0},
    {"20XX年X月 〜 現在", 1, 0, 0, 0, 1, 0, 0, 1},
    {"2012年至今", 1, 2012, 0, 0, 1, 0, 0, 1},
    {"2006年至2010年", 1, 2006, 0, 0, 1, 2010, 0, 0},
    {"Февраль 2022 - Наст. время", 1, 2022, 2, 0, 1, 0, 0, 1},
    {"Март 2021 - Февраль 2022", 1, 2021, 3, 0, 1, 2022, 2, 0},
    {"janvier 2020 – aujourd'hui", 1, 2020, 1, 0, 1, 0, 0, 1},
    {"März 2019 – heute", 1, 2019, 3, 0, 1, 0, 0, 1},
    {"enero 2018 - actualidad", 1, 2018, 1, 0, 1, 0, 0, 1},
    {"Jul 2021 - Present", 1, 2021, 7, 0, 1, 0, 0, 1},
    {"June 1661 - now", 1, 1661, 6, 0, 1, 0, 0, 1},
    {"2019-present", 1, 2019, 0, 0, 1, 0, 0, 1},
    {"2024-", 1, 2024, 0, 0, 1, 0, 0, 1},
    {"Sep. 2015 to Jun. 2017", 1, 2015, 9, 0, 1, 2017, 6, 0},
    {"2014-05-01 - 2015-06-30", 1, 2014, 5, 0, 1, 2015, 6, 0},
    {"05/2019 - 08/2020", 1, 2019, 5, 0, 1, 2020, 8, 0},
    {"(2005)", 1, 2005, 0, 0, 0, 0, 0, 0},
    {"`1654-1660`", 1, 1654, 0, 0, 1, 1660, 0, 0},
    {"Dec 2019 – current", 1, 2019, 12, 0, 1, 0, 0, 1},
    /* Arabic-Indic and Persian digits (a Solar Hijri year stays as
     * written here: dates_hijri reads it) */
    {"٢٠١٩ – ٢٠٢٣", 1, 2019, 0, 0, 1, 2023, 0, 0},
    {"سبتمبر ٢٠١٩ - حتى الآن", 1, 2019, 9, 0, 1, 0, 0, 1},
    {"۱۳۹۸/۰۶ تا ۱۴۰۲/۱۲", 1, 1398, 6, 0, 1, 1402, 12, 0},
    {"(۱۴۰۱ – تاکنون)", 1, 1401, 0, 0, 1, 0, 0, 1},
    {"۱۲۳۴۵", 0, 0, 0, 0, 0, 0, 0, 0},
    /* a calendar's mark after a year is the date's */
    {"١٤٤٠ – ١٤٤٤ هـ", 1, 1440, 0, 0, 1, 1444, 0, 0},
    {"۱۳۹۸ ه.ش تا ۱۴۰۲ ه.ش", 1, 1398, 0, 0, 1, 1402, 0, 0},
    {"2019م - 2021م", 1, 2019, 0, 0, 1, 2021, 0, 0},
    {"١٤٤٤هـ", 1, 1444, 0, 0, 0, 0, 0, 0},
    /* Solar Hijri month names, by their number */
    {"فروردین ۱۳۹۸ تا اسفند ۱۴۰۱", 1, 1398, 1, 0, 1, 1401, 12, 0},
    {"مهر ۱۴۰۰ – تاکنون", 1, 1400, 7, 0, 1, 0, 0, 1},
    {"Software Engineer", 0, 0, 0, 0, 0, 0, 0, 0},
    {"S3", 0, 0, 0, 0, 0, 0, 0, 0}, {"1-650-999-7777", 0, 0, 0, 0, 0, 0, 0, 0}};

int
main(void)
{
	size_t i;
	struct date_match m;

	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		const struct dcase *c = &cases[i];
		int whole = dates_whole(c->in, strlen(c->in), &m);

		if (whole != c->whole) {
			fprintf(stderr, "'%s': whole %d, want %d\n", c->in,
			    whole, c->whole);
			check_failures++;
			continue;
		}
		if (!whole)
			continue;
		CHECK_INT(m.from.year, c->y1);
		CHECK_INT(m.from.month, c->m1);
		CHECK_INT(m.from.season, c->s1);
		CHECK_INT(m.range, c->range);
		CHECK_INT(m.to.year, c->y2);
		CHECK_INT(m.to.month, c->m2);
		CHECK_INT(m.to.present, c->present);
		if (check_failures)
			fprintf(stderr, "  (case '%s')\n", c->in);
	}

	/* Finding the date inside a heading: the bracketed one wins. */
	{
		const char *s = "DARMA 2.0, OPENSTART 2013 Developer's "
		                "Conference (2012)";

		CHECK(dates_find(s, strlen(s), &m));
		CHECK_INT(m.from.year, 2012);
	}
	{
		const char *s = "Runflare | Dec 2019 – Present";

		CHECK(dates_find(s, strlen(s), &m));
		CHECK_INT(m.start, 11);
		CHECK_INT(m.end, strlen(s));
	}
	{
		/* a year glued to the next word is no date */
		const char *s = "2008年我升任WAPCMS项目负责人";

		CHECK(!dates_find(s, strlen(s), &m));
	}
	/* years listed by commas: one date, the first its value; a list
	 * inside a number is none */
	{
		const char *s = "2017, 2018, 2020";
		size_t te = 0;

		CHECK(dates_with_note(s, strlen(s), &m, &te));
		CHECK_INT(te, strlen(s));
		CHECK_INT(m.from.year, 2017);
		CHECK_INT(m.from_end, 4);
		CHECK(!m.range);
		s = "12017, 2018";
		CHECK(!dates_with_note(s, strlen(s), &m, &te));
	}
	/* offsets are those of the string as written, two bytes a digit */
	{
		const char *s = "مهندس | شرکت (۱۳۹۸ – ۱۴۰۲)";
		const char *from = strstr(s, "۱۳۹۸"), *to = strstr(s, "۱۴۰۲");
		size_t te = 0;

		CHECK(dates_find(s, strlen(s), &m));
		CHECK_INT(m.from_start, from - s);
		CHECK_INT(m.from_end, from - s + 8);
		CHECK_INT(m.to_start, to - s);
		CHECK_INT(m.end, to - s + 8);
		CHECK(dates_parse_at(s, strlen(s), from - s, &m));
		CHECK_INT(m.end, to - s + 8);
		CHECK(!dates_parse_at(s, strlen(s), from - s + 1, &m));
		s = "۱۳۹۸، ۱۳۹۹";
		CHECK(!dates_with_note(s, strlen(s), &m, &te));
		s = "۲۰۱۷, ۲۰۱۸ (دو بار)";
		CHECK(dates_with_note(s, strlen(s), &m, &te));
		CHECK_INT(te, strlen(s));
		CHECK_INT(m.from_end, 8);
	}
	/* a Persian résumé's Solar Hijri years as the Gregorian dates they
	 * fall in: 1398 began in March 2019, Dey (10) lies mostly in January,
	 * Esfand (12) in March; other years and other languages stay */
	{
		struct resume_dates d = {.text = "1398/10 – 1400/12",
		    .start = {.year = 1398, .month = 10, .day = 5},
		    .end = {.year = 1400, .month = 12},
		    .range = true};

		dates_hijri(&d, "fa");
		CHECK_INT(d.start.year, 2020);
		CHECK_INT(d.start.month, 1);
		CHECK_INT(d.start.day, 0);
		CHECK_INT(d.end.year, 2022);
		CHECK_INT(d.end.month, 3);
		d = (struct resume_dates){
		    .text = "۱۳۹۸", .start = {.year = 1398}};
		dates_hijri(&d, "en");
		CHECK_INT(d.start.year, 2019);
		d = (struct resume_dates){
		    .text = "1398", .start = {.year = 1398}};
		dates_hijri(&d, "en");
		CHECK_INT(d.start.year, 1398);
		d = (struct resume_dates){.text = "2019 – 1999",
		    .start = {.year = 2019},
		    .end = {.year = 1999}};
		dates_hijri(&d, "fa");
		CHECK_INT(d.start.year, 2019);
		CHECK_INT(d.end.year, 1999);
		/* lunar Hijri, in an Arabic résumé or marked "هـ": 1440 ran
		 * from September 2018 to August 2019, 1400 began in November
		 * 1979, Ramadan (9) 1444 is mostly April 2023, Muharram (1)
		 * 1445 (19 July to 17 August) August 2023 */
		d = (struct resume_dates){.text = "١٤٤٠ – ١٤٤٤/٠٩",
		    .start = {.year = 1440},
		    .end = {.year = 1444, .month = 9},
		    .range = true};
		dates_hijri(&d, "ar");
		CHECK_INT(d.start.year, 2019);
		CHECK_INT(d.end.year, 2023);
		CHECK_INT(d.end.month, 4);
		d = (struct resume_dates){
		    .text = "1445/01 هـ", .start = {.year = 1445, .month = 1}};
		dates_hijri(&d, "en");
		CHECK_INT(d.start.year, 2023);
		CHECK_INT(d.start.month, 8);
		d = (struct resume_dates){
		    .text = "1400 هـ", .start = {.year = 1400, .month = 0}};
		dates_hijri(&d, "en");
		CHECK_INT(d.start.year, 1980);
		d = (struct resume_dates){
		    .text = "2019", .start = {.year = 2019}};
		dates_hijri(&d, "ar");
		CHECK_INT(d.start.year, 2019);
		/* the mark wins over the language: a lunar year in a Persian
		 * résumé, a Gregorian one in an Arabic one */
		d = (struct resume_dates){
		    .text = "۱۴۴۰ ه.ق", .start = {.year = 1440}};
		dates_hijri(&d, "fa");
		CHECK_INT(d.start.year, 2019);
		d = (struct resume_dates){
		    .text = "1450م", .start = {.year = 1450}};
		dates_hijri(&d, "ar");
		CHECK_INT(d.start.year, 1450);
	}
	/* a letter after the year is a word's, not a mark: "2019 مهندس" */
	{
		const char *s = "2019 مهندس";

		CHECK(dates_find(s, strlen(s), &m));
		CHECK_INT(m.end, 4);
	}
	CHECK(dates_is_present_word("Present", 7));
	CHECK(dates_is_present_word("至今", strlen("至今")));
	CHECK(!dates_is_present_word("Presentation", 12));
	return check_done("dates");
}
