#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "resume/buf.h"
#include "utf8.h"

struct word {
	const char *w;
	int v;
};

/* Month names and abbreviations (lowercase) in English, French, German,
 * Spanish and Russian (nominative and genitive). */
static const struct word months[] = {{"january", 1}, {"february", 2},
    {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7},
    {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4},
    {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10},
    {"nov", 11}, {"dec", 12}, {"janvier", 1}, {"février", 2}, {"fevrier", 2},
    {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6}, {"juillet", 7},
    {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10},
    {"novembre", 11}, {"décembre", 12}, {"decembre", 12}, {"janv", 1},
    {"févr", 2}, {"fevr", 2}, {"avr", 4}, {"juil", 7}, {"déc", 12},
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3},
    {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"jän", 1},
    {"mär", 3}, {"okt", 10}, {"dez", 12}, {"enero", 1}, {"febrero", 2},
    {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12}, {"ene", 1}, {"abr", 4}, {"ago", 8},
    {"dic", 12}, {"январь", 1}, {"февраль", 2}, {"март", 3}, {"апрель", 4},
    {"май", 5}, {"июнь", 6}, {"июль", 7}, {"август", 8}, {"сентябрь", 9},
    {"октябрь", 10}, {"ноябрь", 11}, {"декабрь", 12}, {"января", 1},
    {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6},
    {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10},
    {"ноября", 11}, {"декабря", 12}, {"янв", 1}, {"фев", 2}, {"мар", 3},
    {"апр", 4}, {"июн", 6}, {"июл", 7}, {"авг", 8}, {"сен", 9}, {"сент", 9},
    {"окт", 10}, {"ноя", 11}, {"дек", 12}};

static const struct word seasons[] = {{"spring", 1}, {"summer", 2}, {"fall", 3},
    {"autumn", 3}, {"winter", 4}, {"printemps", 1}, {"été", 2}, {"ete", 2},
    {"automne", 3}, {"hiver", 4}, {"frühling", 1}, {"sommer", 2}, {"herbst", 3},
    {"primavera", 1}, {"verano", 2}, {"otoño", 3}, {"invierno", 4},
    {"весна", 1}, {"лето", 2}, {"осень", 3}, {"зима", 4}};

/* Words and phrases for an open end, lowercase; longest first where one
 * starts another. */
static const char *const present_words[] = {"по настоящее время",
    "настоящее время", "наст. время", "н. в.", "н.в.", "present", "current",
    "currently", "now", "today", "ongoing", "aujourd'hui", "aujourd’hui",
    "actuel", "actuellement", "heute", "jetzt", "presente", "actualidad",
    "actual", "至今", "现在", "現在", "تاکنون", "اکنون", "حال"};

/* Range separators other than dashes, lowercase. */
static const char *const range_words[] = {"to", "until", "till", "à", "au",
    "bis", "a", "al", "hasta", "по", "до", "至", "〜", "～", "~", "تا"};

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

/* Looks the word s[0, len) up in t, case-blind: lowercased once, not once
 * per entry (that was half of a text render's instructions). */
static int
lookup(const struct word *t, size_t n, const char *s, size_t len)
{
	struct resume_buf b = {0};
	size_t i;
	int v = 0;

	if (len == 0 || len > 64) /* longer than any word in the tables */
		return 0;
	utf8_lower(&b, s, len);
	for (i = 0; i < n && v == 0; i++)
		if (strcmp(resume_buf_str(&b), t[i].w) == 0)
			v = t[i].v;
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

/* Can a present word start with byte c?  An ASCII byte no word starts
 * with rules a position out before any lowercasing: most positions. */
static bool
may_start_present(unsigned char c)
{
	size_t k;

	if (c >= 0x80)
		return true;
	for (k = 0; k < sizeof(present_words) / sizeof(*present_words); k++)
		if ((unsigned char)present_words[k][0] == tolower(c))
			return true;
	return false;
}

/* Matches a present word at s[i]; returns its length or 0. */
static size_t
present_at(const char *s, size_t len, size_t i)
{
	struct resume_buf b = {0};
	size_t k, best = 0;

	if (!may_start_present((unsigned char)s[i]))
		return 0;
	utf8_lower(&b, s + i, len - i > 64 ? 64 : len - i);
	for (k = 0; k < sizeof(present_words) / sizeof(*present_words); k++) {
		size_t wl = strlen(present_words[k]);

		if (wl > best && b.len >= wl &&
		    memcmp(b.data, present_words[k], wl) == 0 &&
		    (wl == b.len || !isalpha((unsigned char)b.data[wl])) &&
		    (word_len(b.data + wl, b.len - wl) == 0 ||
		        !isalpha((unsigned char)present_words[k][0])))
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

/* Parses one date at s[i]; returns the end offset or 0. */
static size_t
one_date(const char *s, size_t len, size_t i, struct resume_date *d)
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
	if ((n = digits(s, len, i, &v)) > 0) {
		j = i + n;
		if (is_year(n, v)) {
			d->year = v < 0 ? 0 : v;
			/* YYYY年M月D日 */
			if (len - j >= 3 && memcmp(s + j, "年", 3) == 0) {
				j += 3;
				if ((n = digits(s, len, j, &v2)) > 0 &&
				    n <= 2 && len - j - n >= 3 &&
				    memcmp(s + j + n, "月", 3) == 0) {
					d->month = v2 > 0 && v2 <= 12 ? v2 : 0;
					j += n + 3;
					if ((n = digits(s, len, j, &v3)) > 0 &&
					    n <= 2 && len - j - n >= 3 &&
					    memcmp(s + j + n, "日", 3) == 0) {
						d->day = v3;
						j += n + 3;
					}
				} else if (len - j >= 4 &&
				    (s[j] == 'X' || s[j] == 'x') &&
				    memcmp(s + j + 1, "月", 3) == 0)
					j += 4;
				return j;
			}
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
	/* Month or season name, optional '.', optional ',', then a year. */
	w = word_len(s + i, len - i);
	if (w == 0)
		return 0;
	m = lookup(months, sizeof(months) / sizeof(*months), s + i, w);
	v2 = m ? 0
	       : lookup(seasons, sizeof(seasons) / sizeof(*seasons), s + i, w);
	if (!m && !v2)
		return 0;
	j = i + w;
	if (j < len && s[j] == '.')
		j++;
	if (j < len && s[j] == ',')
		j++;
	j = skip_space(s, len, j);
	if ((n = digits(s, len, j, &v)) == 0 || !is_year(n, v))
		return 0;
	d->month = m;
	d->season = v2;
	d->year = v < 0 ? 0 : v;
	return j + n;
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
	for (k = 0; k < sizeof(range_words) / sizeof(*range_words); k++) {
		const char *rw = range_words[k];

		n = strlen(rw);
		if (len - j < n || memcmp(s + j, rw, n) != 0)
			continue;
		/* A word ("to", "bis", "до") stands between spaces. */
		if (word_len(rw, n) == n &&
		    (j == i || word_len(s + j, len - j) != n))
			continue;
		return skip_space(s, len, j + n);
	}
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

bool
dates_parse_at(const char *s, size_t len, size_t pos, struct date_match *m)
{
	size_t e, k, e2, w;

	memset(m, 0, sizeof(*m));
	if (!word_boundary_before(s, pos))
		return false;
	if ((e = one_date(s, len, pos, &m->from)) == 0)
		return false;
	m->start = pos;
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

bool
dates_find(const char *s, size_t len, struct date_match *best)
{
	struct date_match m;
	size_t i;
	int bs = -1, sc;

	for (i = 0; i < len; i++) {
		if ((s[i] & 0xc0) == 0x80)
			continue;
		if (!dates_parse_at(s, len, i, &m))
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
void
dates_year_list(const char *s, size_t len, struct date_match *m)
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
	m->start = lo;
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

bool
dates_whole(const char *s, size_t len, struct date_match *m)
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
	if (b >= e || !dates_parse_at(s, e, b, m))
		return false;
	if (m->from.present && !m->range)
		return false;
	while (m->end < e && s[m->end] == '.')
		m->end++;
	return m->end == e;
}

bool
dates_with_note(
    const char *s, size_t len, struct date_match *m, size_t *text_end)
{
	size_t i = strspn(s, " \t"), j, k;

	if (dates_whole(s, len, m)) {
		*text_end = m->end;
		return true;
	}
	if (!dates_parse_at(s, len, i, m))
		return false;
	dates_year_list(s, len, m);
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
