#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "lang.h"
#include "resume/buf.h"
#include "utf8.h"
#include "xmalloc.h"

/* Returns the length of a run of letters (any non-ASCII code point that is
 * not punctuation, or an ASCII letter) at s. */
static size_t
word_len(const char *s, size_t len)
{
	size_t i = 0, n;
	uint32_t cp;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (cp < 0x80 ? !isalpha((int)cp)
		              : (cp < 0xc0 || (cp >= 0x2000 && cp <= 0x2bff) ||
		                    (cp >= 0x3000 && cp <= 0x303f) ||
		                    utf8_is_cjk(cp) ||
		                    (cp >= 0xff00 && cp <= 0xffef)))
			break;
		i += n;
	}
	return i;
}

/* Looks the word s[0, len) up as a month (season false) or a season
 * name in any language, case-blind: lowercased once. */
static int
lookup(bool season, const char *s, size_t len)
{
	struct resume_buf b = {0};
	int v;

	if (len == 0 || len > 64) /* longer than any word in the tables */
		return 0;
	utf8_lower(&b, s, len);
	v = season ? lang_read_season(b.data, b.len)
	           : lang_read_month(b.data, b.len);
	resume_buf_free(&b);
	return v;
}

static size_t
skip_space(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	/* U+00A0 no-break space and U+3000 ideographic space */
	if (i + 1 < len && (unsigned char)s[i] == 0xc2 &&
	    (unsigned char)s[i + 1] == 0xa0)
		return skip_space(s, len, i + 2);
	if (i + 2 < len && memcmp(s + i, "\xe3\x80\x80", 3) == 0)
		return skip_space(s, len, i + 3);
	return i;
}

/* Reads 1..4 digits (or a 4-char year placeholder like 20XX); returns the
 * count and sets *v (-1 for a placeholder). */
static size_t
digits(const char *s, size_t len, size_t i, int *v)
{
	size_t n = 0;
	int val = 0;
	bool ph = false;

	while (i + n < len && n < 5) {
		char c = s[i + n];

		if (isdigit((unsigned char)c) && !ph)
			val = val * 10 + (c - '0');
		else if ((c == 'X' || c == 'x') && n >= 1)
			ph = true;
		else
			break;
		n++;
	}
	if (n > 4 || (ph && n != 4))
		return 0;
	if (i + n < len && isalnum((unsigned char)s[i + n]) &&
	    !(s[i + n] == 'X' || s[i + n] == 'x'))
		return 0;
	*v = ph ? -1 : val;
	return n;
}

static bool
is_year(size_t n, int v)
{
	return n == 4 && (v == -1 || (v >= 1000 && v <= 2999));
}

static bool
word_boundary_before(const char *s, size_t pos)
{
	unsigned char c;

	if (pos == 0)
		return true;
	c = (unsigned char)s[pos - 1];
	return !(isalnum(c) || c == '_');
}

/* Matches a present word at s[i]; returns its length or 0. */
static size_t
present_at(const char *s, size_t len, size_t i)
{
	struct resume_buf b = {0};
	const char *const *words;
	size_t k, best = 0;
	const char *w;

	/* a byte no word starts with rules most positions out before any
	 * lowercasing */
	if (!lang_may_start(
	        LANG_PRESENT, (unsigned char)tolower((unsigned char)s[i])) &&
	    (unsigned char)s[i] < 0x80)
		return 0;
	utf8_lower(&b, s + i, len - i > 64 ? 64 : len - i);
	/* longest first: the first that fits is the match */
	words = lang_words(LANG_PRESENT);
	for (k = 0; (w = words[k]) != NULL && !best; k++) {
		size_t wl;

		if (b.len == 0 || w[0] != b.data[0])
			continue;
		wl = strlen(w);
		if (b.len >= wl && memcmp(b.data, w, wl) == 0 &&
		    (wl == b.len || !isalpha((unsigned char)b.data[wl])) &&
		    (word_len(b.data + wl, b.len - wl) == 0 ||
		        !isalpha((unsigned char)w[0])))
			best = wl;
	}
	resume_buf_free(&b);
	/* Lowercasing keeps byte lengths for the scripts in the table. */
	return best;
}

bool
dates_is_present_word(const char *s, size_t len)
{
	return len > 0 && present_at(s, len, 0) == len;
}

/* Does s[i] start with the literal lit? */
static bool
at(const char *s, size_t len, size_t i, const char *lit)
{
	size_t n = strlen(lit);

	return len - i >= n && memcmp(s + i, lit, n) == 0;
}

/* The length of a word of list k at s[i] (case-blind, a whole word), or
 * 0. */
static size_t
list_word_at(enum lang_list k, const char *s, size_t len, size_t i)
{
	struct resume_buf b = {0};
	const char *const *words;
	const char *w;
	size_t j, wl, hit = 0;

	if (i >= len ||
	    ((unsigned char)s[i] < 0x80 &&
	        !lang_may_start(
	            k, (unsigned char)tolower((unsigned char)s[i]))))
		return 0;
	utf8_lower(&b, s + i, len - i > 32 ? 32 : len - i);
	words = lang_words(k);
	for (j = 0; (w = words[j]) != NULL && !hit; j++) {
		if (b.len == 0 || w[0] != b.data[0])
			continue;
		wl = strlen(w);
		/* a word ends where letters do; "d'" and "~" end in
		 * themselves */
		if (b.len >= wl && memcmp(b.data, w, wl) == 0 &&
		    (word_len(w, wl) != wl ||
		        word_len(b.data + wl, b.len - wl) == 0))
			hit = wl;
	}
	resume_buf_free(&b);
	return hit;
}

/* "2019年3月", "2020년 3월": a year, then its month with the month's
 * sign (and the day's); y and m the signs.  Returns the end or j. */
static size_t
cjk_month(const char *s, size_t len, size_t j, const char *y, const char *m,
    const char *dsign, struct resume_date *d)
{
	size_t n, k;
	int v2, v3;

	if (!at(s, len, j, y))
		return 0;
	j += strlen(y);
	k = skip_space(s, len, j);
	if ((n = digits(s, len, k, &v2)) > 0 && n <= 2 &&
	    at(s, len, k + n, m)) {
		d->month = v2 > 0 && v2 <= 12 ? v2 : 0;
		j = k + n + strlen(m);
		k = skip_space(s, len, j);
		if ((n = digits(s, len, k, &v3)) > 0 && n <= 2 &&
		    at(s, len, k + n, dsign)) {
			d->day = v3;
			j = k + n + strlen(dsign);
		}
	} else if (len - j >= 4 && (s[j] == 'X' || s[j] == 'x') &&
	    at(s, len, j + 1, m))
		j += 1 + strlen(m);
	return j;
}

/* The calendar a year is marked with, in Arabic and Persian: "هـ" (Hijri,
 * lunar), "ه.ش" (Hijri, solar), "ه.ق" (lunar), "م" (Gregorian), longest
 * first. */
static const struct {
	const char *mark;
	enum date_calendar cal;
} calendar_marks[] = {{"\xd9\x87\xd9\x80.\xd8\xb4", DATE_SOLAR_HIJRI},
    {"\xd9\x87.\xd8\xb4", DATE_SOLAR_HIJRI},
    {"\xd9\x87\xd9\x80.\xd9\x82", DATE_LUNAR_HIJRI},
    {"\xd9\x87.\xd9\x82", DATE_LUNAR_HIJRI},
    {"\xd9\x87\xd9\x80", DATE_LUNAR_HIJRI}, {"\xd9\x85", DATE_GREGORIAN}};

/* The length of a calendar mark at s[i], with the space before it, or 0;
 * its calendar in *cal. */
static size_t
calendar_mark(const char *s, size_t len, size_t i, enum date_calendar *cal)
{
	size_t j = skip_space(s, len, i), k, n;

	for (k = 0; k < sizeof(calendar_marks) / sizeof(*calendar_marks); k++) {
		n = strlen(calendar_marks[k].mark);
		if (at(s, len, j, calendar_marks[k].mark) &&
		    word_len(s + j + n, len - j - n) == 0) {
			if (cal)
				*cal = calendar_marks[k].cal;
			return j + n - i;
		}
	}
	return 0;
}

/* Parses one date at s[i], its calendar's mark aside; returns the end
 * offset or 0. */
static size_t
one_date_core(const char *s, size_t len, size_t i, struct resume_date *d)
{
	size_t n, j, w;
	int v, v2, v3, m;

	memset(d, 0, sizeof(*d));
	if (i >= len)
		return 0;
	if ((n = present_at(s, len, i)) > 0) {
		d->present = true;
		return i + n;
	}
	if (len - i >= 3 && memcmp(s + i, "???", 3) == 0)
		return i + 3;
	/* "Tháng 10/2024": the word for month before its number */
	if ((n = list_word_at(LANG_MONTH_WORD, s, len, i)) > 0 &&
	    (j = skip_space(s, len, i + n)) > i + n &&
	    (n = digits(s, len, j, &v)) > 0 && n <= 2 && v >= 1 && v <= 12) {
		j += n;
		if (j < len && (s[j] == '/' || s[j] == '.' || s[j] == ',')) {
			j = skip_space(s, len, j + 1);
		} else {
			/* "tháng 3 năm 2020" */
			j = skip_space(s, len, j);
			if (at(s, len, j, "năm"))
				j = skip_space(s, len, j + strlen("năm"));
		}
		if ((n = digits(s, len, j, &v2)) == 0 || !is_year(n, v2))
			return 0;
		d->month = v;
		d->year = v2 < 0 ? 0 : v2;
		return j + n;
	}
	if ((n = digits(s, len, i, &v)) > 0) {
		j = i + n;
		if (is_year(n, v)) {
			d->year = v < 0 ? 0 : v;
			/* YYYY年M月D日, YYYY년 M월 D일 */
			if ((w = cjk_month(s, len, j, "年", "月", "日", d)) ||
			    (w = cjk_month(s, len, j, "년", "월", "일", d)))
				return w;
			/* YYYY-MM[-DD], YYYY.MM, YYYY/MM */
			if (j + 1 < len &&
			    (s[j] == '-' || s[j] == '.' || s[j] == '/') &&
			    (n = digits(s, len, j + 1, &v2)) > 0 && n <= 2 &&
			    v2 >= 1 && v2 <= 12 && !(n == 1 && s[j] == '-')) {
				d->month = v2;
				j += 1 + n;
				if (j + 1 < len && s[j] == s[j - n - 1] &&
				    (n = digits(s, len, j + 1, &v3)) > 0 &&
				    n <= 2 && v3 >= 1 && v3 <= 31) {
					d->day = v3;
					j += 1 + n;
				}
			}
			return j;
		}
		/* MM/YYYY, MM.YYYY */
		if (n <= 2 && v >= 1 && v <= 12 && j + 1 < len &&
		    (s[j] == '/' || s[j] == '.') &&
		    (n = digits(s, len, j + 1, &v2)) > 0 && is_year(n, v2)) {
			d->month = v;
			d->year = v2 < 0 ? 0 : v2;
			return j + 1 + n;
		}
		return 0;
	}
	/* A month or season name, an optional '.', then ',' or '/' or
	 * "de" ("março de 2019"), then a year. */
	w = word_len(s + i, len - i);
	if (w == 0)
		return 0;
	m = lookup(false, s + i, w);
	v2 = m ? 0 : lookup(true, s + i, w);
	if (!m && !v2)
		return 0;
	j = i + w;
	if (j < len && s[j] == '.')
		j++;
	if (j < len && (s[j] == ',' || s[j] == '/'))
		j++;
	j = skip_space(s, len, j);
	if (at(s, len, j, "de ") || at(s, len, j, "del "))
		j = skip_space(s, len, j + (s[j + 2] == ' ' ? 3 : 4));
	if ((n = digits(s, len, j, &v)) == 0 || !is_year(n, v))
		return 0;
	d->month = m;
	d->season = v2;
	d->year = v < 0 ? 0 : v;
	return j + n;
}

/* Parses one date at s[i], a calendar mark after it included ("١٤٤٤ هـ",
 * "2019م"); returns the end offset or 0. */
static size_t
one_date(const char *s, size_t len, size_t i, struct resume_date *d)
{
	size_t e = one_date_core(s, len, i, d);

	return e && !d->present ? e + calendar_mark(s, len, e, NULL) : e;
}

/* Matches a range separator at s[i] (after optional space); returns the
 * offset after it and the space that follows, or 0. */
static size_t
separator(const char *s, size_t len, size_t i)
{
	static const char *const dashes[] = {"--", "—", "–", "-", "‒", "−"};
	size_t j = skip_space(s, len, i), k, n;

	for (k = 0; k < sizeof(dashes) / sizeof(*dashes); k++) {
		n = strlen(dashes[k]);
		if (len - j >= n && memcmp(s + j, dashes[k], n) == 0)
			return skip_space(s, len, j + n);
	}
	/* A word ("to", "bis", "до") stands after a space; a sign ("~",
	 * "至") needs none. */
	if ((n = list_word_at(LANG_TO, s, len, j)) > 0 &&
	    (j > i || word_len(s + j, n) != n))
		return skip_space(s, len, j + n);
	return 0;
}

static bool
closer(const char *s, size_t len, size_t i)
{
	i = skip_space(s, len, i);
	return i >= len || strchr(")]`*_|,;", s[i]) != NULL ||
	    (len - i >= 3 &&
	        (!memcmp(s + i, "）", 3) || !memcmp(s + i, "】", 3) ||
	            !memcmp(s + i, "」", 3) || !memcmp(s + i, "，", 3) ||
	            !memcmp(s + i, "。", 3)));
}

/* A date or range whose first date is at s[pos], the match starting at
 * start (before a word such as "von"). */
static bool
range_at(
    const char *s, size_t len, size_t start, size_t pos, struct date_match *m)
{
	size_t e, k, e2, w;

	memset(m, 0, sizeof(*m));
	if ((e = one_date(s, len, pos, &m->from)) == 0)
		return false;
	m->start = start;
	m->from_start = pos;
	m->from_end = m->end = e;
	/* "2012年至今": a separator and open end in one word */
	k = skip_space(s, len, e);
	if ((e2 = present_at(s, len, k)) > 0 && k + e2 <= len &&
	    (unsigned char)s[k] >= 0xe0) {
		m->range = true;
		m->to.present = true;
		m->to_start = k;
		m->end = k + e2;
		return true;
	}
	if ((k = separator(s, len, e)) == 0)
		return true;
	if ((e2 = one_date(s, len, k, &m->to)) > 0) {
		m->range = true;
		m->to_start = k;
		m->end = e2;
		return true;
	}
	/* An open end: "2024-", or a word such as "death" before a closer. */
	w = word_len(s + k, len - k);
	if (w > 0 && w <= 24 && closer(s, len, k + w)) {
		m->range = true;
		m->to_start = k;
		m->end = k + w;
		return true;
	}
	if (closer(s, len, k) && !m->from.present) {
		/* "2024-": the match ends after the dash. */
		m->range = true;
		m->open = true;
		m->to.present = true;
		m->end = k;
		while (m->end > e && s[m->end - 1] == ' ')
			m->end--;
		return true;
	}
	return true;
}

static bool
parse_at(const char *s, size_t len, size_t pos, struct date_match *m)
{
	size_t n, k;
	bool since;

	if (!word_boundary_before(s, pos))
		return false;
	if (range_at(s, len, pos, pos, m))
		return true;
	/* "von 2019 bis 2021", "de 03/2013 à 12/2014": a word before a
	 * range; "seit 2019", "depuis 01/2015": before an open one */
	since = (n = list_word_at(LANG_SINCE, s, len, pos)) > 0;
	if (!since && (n = list_word_at(LANG_FROM, s, len, pos)) == 0)
		return false;
	k = skip_space(s, len, pos + n);
	if ((k == pos + n && word_len(s + pos, n) == n) ||
	    !range_at(s, len, pos, k, m))
		return false;
	if (m->range || m->from.present)
		return !m->from.present;
	if (!since)
		return false;
	m->range = true;
	m->open = true;
	m->to.present = true;
	return true;
}

static int
score(const char *s, size_t len, const struct date_match *m)
{
	int sc = 0;
	size_t b = m->start, e = m->end;

	if (m->range)
		sc += 4;
	if (m->from.month || m->from.season)
		sc += 1;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	while (e < len && s[e] == ' ')
		e++;
	if (b == 0 || strchr("(`[|,*_", s[b - 1]) ||
	    (unsigned char)s[b - 1] >= 0x80)
		sc += 2;
	if (e == len || strchr(")`]|,*_", s[e]) || (unsigned char)s[e] >= 0x80)
		sc += 2;
	return sc;
}

/* Is the byte after a date the end of a word?  "2008年我" is no date. */
static bool
ends_word(const char *s, size_t len, size_t i)
{
	uint32_t cp;

	if (i >= len)
		return true;
	utf8_decode(s + i, len - i, &cp);
	if (cp < 0x80)
		return !isalnum((int)cp);
	return !(utf8_is_cjk(cp) && !(cp >= 0x3000 && cp <= 0x303f) &&
	           !(cp >= 0xff00 && cp <= 0xff0f) &&
	           !(cp >= 0xff1a && cp <= 0xff20)) &&
	    word_len(s + i, len - i) == 0;
}

static bool
find(const char *s, size_t len, struct date_match *best)
{
	struct date_match m;
	size_t i;
	int bs = -1, sc;

	for (i = 0; i < len; i++) {
		if ((s[i] & 0xc0) == 0x80)
			continue;
		if (!parse_at(s, len, i, &m))
			continue;
		if (m.from.present && !m.range)
			continue; /* "now" alone is no date */
		if (m.from.year == 0 && !m.range && m.end - m.start == 3)
			continue; /* "???" alone */
		if (!ends_word(s, len, m.end)) {
			i = m.end - 1;
			continue;
		}
		sc = score(s, len, &m);
		if (sc >= bs) {
			bs = sc;
			*best = m;
		}
		i = m.end - 1;
	}
	return bs >= 0;
}

/* Is s[i, i + 4) a year standing alone: four digits, no digit or letter
 * on either side? */
static bool
lone_year(const char *s, size_t len, size_t i)
{
	size_t k;

	if (i + 4 > len || (i > 0 && isalnum((unsigned char)s[i - 1])) ||
	    (i + 4 < len && isalnum((unsigned char)s[i + 4])))
		return false;
	for (k = 0; k < 4; k++)
		if (!isdigit((unsigned char)s[i + k]))
			return false;
	return true;
}

/* "2017, 2018": the years of a prize won twice are one date, the first
 * year its value; widens a match of one lone year over the years listed
 * with it. */
static void
year_list(const char *s, size_t len, struct date_match *m)
{
	size_t lo = m->start, hi = m->end;

	if (m->range || hi - lo != 4 || !lone_year(s, len, lo))
		return;
	while (lo >= 6 && s[lo - 2] == ',' && s[lo - 1] == ' ' &&
	    lone_year(s, len, lo - 6))
		lo -= 6;
	while (hi + 6 <= len && s[hi] == ',' && s[hi + 1] == ' ' &&
	    lone_year(s, len, hi + 2))
		hi += 6;
	if (lo == m->start && hi == m->end)
		return;
	if (lo != m->start) {
		memset(&m->from, 0, sizeof(m->from));
		m->from.year = atoi(s + lo);
	}
	m->start = m->from_start = lo;
	m->end = hi;
	m->from_end = lo + 4;
}

static bool
trim_char(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '(' || c == ')' || c == '[' ||
	    c == ']' || c == '`' || c == '*' || c == '_' || c == ':' ||
	    c == ',' || c == '.' || c == '|';
}

static bool
whole(const char *s, size_t len, struct date_match *m)
{
	size_t b = 0, e = len;

	while (b < e && trim_char((unsigned char)s[b]))
		b++;
	/* full-width brackets （ ） */
	while (e - b >= 3 && (memcmp(s + b, "（", 3) == 0))
		b += 3;
	while (e > b && trim_char((unsigned char)s[e - 1]) && s[e - 1] != '.')
		e--;
	while (e - b >= 3 && memcmp(s + e - 3, "）", 3) == 0)
		e -= 3;
	while (e > b && s[e - 1] == ' ')
		e--;
	if (b >= e || !parse_at(s, e, b, m))
		return false;
	if (m->from.present && !m->range)
		return false;
	while (m->end < e && s[m->end] == '.')
		m->end++;
	return m->end == e;
}

static bool
with_note(const char *s, size_t len, struct date_match *m, size_t *text_end)
{
	size_t i = strspn(s, " \t"), j, k;

	if (whole(s, len, m)) {
		*text_end = m->end;
		return true;
	}
	if (!parse_at(s, len, i, m))
		return false;
	year_list(s, len, m);
	for (j = m->end; j < len && s[j] == ' '; j++)
		;
	if (j >= len && m->end > m->from_end && !m->range) {
		*text_end = m->end; /* "2017, 2018" */
		return true;
	}
	if (j >= len || s[j] != '(')
		return false;
	for (k = len; k > j && (s[k - 1] == ' ' || s[k - 1] == '\t'); k--)
		;
	if (k - j < 3 || k - j > 60 || s[k - 1] != ')' ||
	    memchr(s + j + 1, '(', k - j - 2) ||
	    memchr(s + j + 1, ')', k - j - 2))
		return false;
	*text_end = k;
	return true;
}

/* Arabic-Indic (U+0660..0669) and Persian (U+06F0..06F9) digits, in
 * which Arabic and Persian résumés write their dates ("٢٠١٩ – ٢٠٢٣",
 * "۱۳۹۸ تا ۱۴۰۲"), are read as the digits they stand for: the functions
 * above read ASCII, so they run over a copy in which each such digit is
 * its ASCII byte, and every offset they give is mapped back to s.  A
 * string without one (nearly all) is read as it is. */
struct digit_copy {
	char *s;
	size_t len;
	size_t *at; /* at[i]: the offset in s of the copy's byte i; len + 1 */
};

/* The value of the digit of those two ranges at s[i], or -1. */
static int
eastern_digit(const char *s, size_t len, size_t i)
{
	unsigned char a, b;

	if (i + 1 >= len)
		return -1;
	a = (unsigned char)s[i];
	b = (unsigned char)s[i + 1];
	if (a == 0xd9 && b >= 0xa0 && b <= 0xa9)
		return b - 0xa0;
	if (a == 0xdb && b >= 0xb0 && b <= 0xb9)
		return b - 0xb0;
	return -1;
}

/* Fills *c and returns true when s holds such a digit. */
static bool
digit_copy(const char *s, size_t len, struct digit_copy *c)
{
	size_t i, j = 0;
	int d;

	/* their first bytes, looked for fast: most text has neither */
	const char *p = NULL;

	for (i = 0; i < 2 && p == NULL; i++)
		for (p = memchr(s, i ? 0xdb : 0xd9, len);
		     p && eastern_digit(s, len, (size_t)(p - s)) < 0;
		     p = memchr(
		         p + 1, i ? 0xdb : 0xd9, len - (size_t)(p - s) - 1))
			;
	if (p == NULL)
		return false;
	c->s = xmalloc(len + 1);
	c->at = xmalloc((len + 1) * sizeof(*c->at));
	for (i = 0; i < len; j++) {
		c->at[j] = i;
		if ((d = eastern_digit(s, len, i)) >= 0) {
			c->s[j] = (char)('0' + d);
			i += 2;
		} else
			c->s[j] = s[i++];
	}
	c->at[j] = len;
	c->s[j] = '\0';
	c->len = j;
	return true;
}

static void
digit_copy_free(struct digit_copy *c)
{
	free(c->s);
	free(c->at);
}

/* The copy's offset of s's offset i, or (size_t)-1 when i is inside a
 * digit. */
static size_t
copy_offset(const struct digit_copy *c, size_t i)
{
	size_t lo = 0, hi = c->len + 1;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->at[mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo <= c->len && c->at[lo] == i ? lo : (size_t)-1;
}

/* m's offsets, of the copy, as offsets of s (to s when back, else the
 * other way) */
static void
map_match(const struct digit_copy *c, struct date_match *m, bool back)
{
	size_t *f[] = {
	    &m->start, &m->end, &m->from_start, &m->from_end, &m->to_start};
	size_t k;

	for (k = 0; k < sizeof(f) / sizeof(*f); k++)
		*f[k] = back ? c->at[*f[k]] : copy_offset(c, *f[k]);
}

bool
dates_parse_at(const char *s, size_t len, size_t pos, struct date_match *m)
{
	struct digit_copy c;
	size_t k;
	bool r;

	if (!digit_copy(s, len, &c))
		return parse_at(s, len, pos, m);
	k = copy_offset(&c, pos);
	r = k != (size_t)-1 && parse_at(c.s, c.len, k, m);
	if (r)
		map_match(&c, m, true);
	digit_copy_free(&c);
	return r;
}

/* fn (find or whole) over s, read through the copy when it needs one */
static bool
over_copy(bool (*fn)(const char *, size_t, struct date_match *), const char *s,
    size_t len, struct date_match *m)
{
	struct digit_copy c;
	bool r;

	if (!digit_copy(s, len, &c))
		return fn(s, len, m);
	if ((r = fn(c.s, c.len, m)))
		map_match(&c, m, true);
	digit_copy_free(&c);
	return r;
}

bool
dates_find(const char *s, size_t len, struct date_match *m)
{
	return over_copy(find, s, len, m);
}

void
dates_year_list(const char *s, size_t len, struct date_match *m)
{
	struct digit_copy c;

	if (!digit_copy(s, len, &c)) {
		year_list(s, len, m);
		return;
	}
	map_match(&c, m, false);
	year_list(c.s, c.len, m);
	map_match(&c, m, true);
	digit_copy_free(&c);
}

bool
dates_whole(const char *s, size_t len, struct date_match *m)
{
	return over_copy(whole, s, len, m);
}

bool
dates_with_note(
    const char *s, size_t len, struct date_match *m, size_t *text_end)
{
	struct digit_copy c;
	bool r;

	if (!digit_copy(s, len, &c))
		return with_note(s, len, m, text_end);
	if ((r = with_note(c.s, c.len, m, text_end))) {
		map_match(&c, m, true);
		*text_end = c.at[*text_end];
	}
	digit_copy_free(&c);
	return r;
}

/* Hijri dates' values as the Gregorian ones, each the Gregorian year (and
 * month) that holds the middle of the Hijri year (or month); a day is
 * dropped rather than guessed.  Only years 1300 to 1499 are Hijri ones:
 * Gregorian 1921 to 2121 (solar), 1882 to 2076 (lunar). */

/* Solar Hijri year Y begins on 20 or 21 March of Y + 621; its month m
 * lies mostly in the Gregorian month m + 3 (Farvardin in April, Dey in
 * the January after). */
static void
solar_date(struct resume_date *d)
{
	if (d->year < 1300 || d->year > 1499)
		return;
	d->year += 621;
	d->day = 0;
	if (d->month && (d->month += 3) > 12) {
		d->month -= 12;
		d->year++;
	}
}

/* A lunar Hijri year is 354.367 days, 0.970224 of a Gregorian one, and
 * year 1 began in July 622 (622.54): 1440 ran from September 2018 to
 * August 2019, so is 2019; Ramadan 1444 is April 2023. */
static void
lunar_date(struct resume_date *d)
{
	double t;

	if (d->year < 1300 || d->year > 1499)
		return;
	t = 622.54 +
	    ((d->year - 1) + (d->month ? (d->month - 0.5) / 12 : 0.5)) *
	        0.970224;
	d->year = (int)t;
	d->day = 0;
	if (d->month)
		d->month = (int)((t - d->year) * 12) + 1;
}

/* The calendar a date's text is marked with, after a digit ("١٤٤٤ هـ"),
 * or says by its digits (Persian ones: solar). */
static enum date_calendar
text_calendar(const char *t)
{
	size_t len = strlen(t), i;
	enum date_calendar cal = DATE_UNMARKED, found;
	bool persian = false;

	for (i = 1; i <= len; i++) {
		bool eastern = i >= 2 && eastern_digit(t, len, i - 2) >= 0;

		persian = persian ||
		    (eastern && (unsigned char)t[i - 2] == 0xdb);
		if ((isdigit((unsigned char)t[i - 1]) || eastern) &&
		    calendar_mark(t, len, i, &found))
			cal = found;
	}
	return cal == DATE_UNMARKED && persian ? DATE_SOLAR_HIJRI : cal;
}

void
dates_hijri(struct resume_dates *d, const char *lang)
{
	enum date_calendar cal;

	if (d->text == NULL)
		return;
	cal = text_calendar(d->text);
	if (cal == DATE_UNMARKED && lang)
		cal = strcmp(lang, "fa") == 0 ? DATE_SOLAR_HIJRI
		    : strcmp(lang, "ar") == 0 ? DATE_LUNAR_HIJRI
		                              : DATE_UNMARKED;
	if (cal == DATE_SOLAR_HIJRI) {
		solar_date(&d->start);
		solar_date(&d->end);
	} else if (cal == DATE_LUNAR_HIJRI) {
		lunar_date(&d->start);
		lunar_date(&d->end);
	}
}

/* YYYY, YYYY-MM or YYYY-MM-DD, as the schema's iso8601 pattern says. */
bool
dates_iso_ok(const char *s)
{
	size_t n = strlen(s), i;

	if (n != 4 && n != 7 && n != 10)
		return false;
	for (i = 0; i < n; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-')
				return false;
		} else if (!isdigit((unsigned char)s[i]))
			return false;
	}
	if (s[0] != '1' && s[0] != '2')
		return false;
	/* the schema's pattern lets "2020-13" through; a calendar does not */
	if (n >= 7 && (atoi(s + 5) < 1 || atoi(s + 5) > 12))
		return false;
	if (n == 10 && (atoi(s + 8) < 1 || atoi(s + 8) > 31))
		return false;
	return true;
}
