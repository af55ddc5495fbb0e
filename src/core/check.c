/* resume check: what a careful reader would flag in a résumé's content. */
#include "resume/check.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dates.h"
#include "resume/buf.h"
#include "utf8.h"
#include "xmalloc.h"

struct ctx {
	const struct resume *r;
	struct resume_diag *diag;
	int now_year, now_month;
	struct resume_buf tmp;
	bool notes; /* advice too, not only warnings */
};

static void
report(struct ctx *c, enum resume_severity sev, const struct resume_pos *pos,
    const char *code, const char *fmt, va_list ap)
{
	char msg[768];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	resume_diag_add_code(c->diag, sev, c->r->file, pos ? pos->line : 0,
	    pos ? pos->col : 0, pos ? pos->pointer : NULL, code, "%s", msg);
}

static void finding(struct ctx *c, const struct resume_pos *pos,
    const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* What is likely a mistake: a warning. */
static void
finding(struct ctx *c, const struct resume_pos *pos, const char *code,
    const char *fmt, ...)
{
	va_list ap;

	/* a malformed contact the JSON Resume schema check already named at
	 * this pointer is said once */
	if (pos && pos->pointer && strncmp(code, "bad-", 4) == 0) {
		size_t i;

		for (i = 0; i < c->diag->n; i++)
			if (c->diag->items[i].pointer &&
			    strcmp(c->diag->items[i].pointer, pos->pointer) ==
			        0)
				return;
	}
	va_start(ap, fmt);
	report(c, RESUME_WARNING, pos, code, fmt, ap);
	va_end(ap);
}

static void advice(struct ctx *c, const struct resume_pos *pos,
    const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Advice on style: a note, when notes are asked for. */
static void
advice(struct ctx *c, const struct resume_pos *pos, const char *code,
    const char *fmt, ...)
{
	va_list ap;

	if (!c->notes)
		return;
	va_start(ap, fmt);
	report(c, RESUME_NOTE, pos, code, fmt, ap);
	va_end(ap);
}

/* The plain text of t in c->tmp. */
static const char *
plain(struct ctx *c, const struct resume_text *t)
{
	size_t i;

	resume_buf_clear(&c->tmp);
	for (i = 0; i < t->nspans; i++)
		resume_buf_puts(&c->tmp, t->spans[i].text);
	return resume_buf_str(&c->tmp);
}

/* --- dates --- */

static bool
has_date(const struct resume_date *d)
{
	return d->year > 0 || d->present;
}

/* -1, 0, 1 as a is before, at (to the precision both have) or after b;
 * "present" is after every date. */
static int
date_cmp(const struct resume_date *a, const struct resume_date *b)
{
	int x, y;

	if (a->present || b->present)
		return a->present == b->present ? 0 : a->present ? 1 : -1;
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	if (a->month == 0 || b->month == 0)
		return 0;
	x = a->month;
	y = b->month;
	return x < y ? -1 : x > y;
}

/* The date that says how recent an entry is: its end, else its start;
 * NULL for a range whose end is a word and no date ("1661 – death"):
 * it may be as recent as any. */
static const struct resume_date *
recency(const struct resume_dates *d)
{
	if (d->range && has_date(&d->end))
		return &d->end;
	return d->range ? NULL : &d->start;
}

/* Months from year 0, for overlaps that are certain: a year alone
 * counts as its December for a start, its January for an end. */
static long
months(const struct resume_date *d, bool end, int ny, int nm)
{
	if (d->present)
		return (long)ny * 12 + nm;
	return (long)d->year * 12 + (d->month ? d->month : end ? 1 : 12);
}

static bool
after_now(const struct ctx *c, const struct resume_date *d)
{
	if (d->present || d->year == 0)
		return false;
	return d->year > c->now_year ||
	    (d->year == c->now_year && d->month > c->now_month);
}

/* How a date is written, for telling mixed formats apart: NULL for what
 * says nothing (a year alone, "Present", "May", other shapes). */
static const char *
date_style(const char *s)
{
	size_t n, letters = 0, digits = 0, i = 0, d2 = 0;
	bool dot = false, ascii = true;
	uint32_t cp;

	if (s == NULL)
		return NULL;
	while (*s == ' ')
		s++;
	n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	if (n == 0 || dates_is_present_word(s, n))
		return NULL;
	/* digits: YYYY-MM, MM/YYYY, MM.YYYY */
	if (s[0] >= '0' && s[0] <= '9') {
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, digits++;
		if (i == n)
			return NULL; /* a year alone */
		if (i + 1 >= n)
			return NULL;
		{
			char sep = s[i++];

			while (i < n && s[i] >= '0' && s[i] <= '9')
				i++, d2++;
			if (i != n)
				return NULL;
			if (sep == '-' && digits == 4 && d2 <= 2)
				return "2020-01";
			if (sep == '/' && digits <= 2 && d2 == 4)
				return "01/2020";
			if (sep == '.' && digits <= 2 && d2 == 4)
				return "01.2020";
		}
		return NULL;
	}
	/* a month's name, then a year */
	while (i < n && s[i] != ' ') {
		size_t k = utf8_decode(s + i, n - i, &cp);

		if (cp >= 0x80)
			ascii = false;
		if (cp == '.')
			dot = true;
		else if (cp < 0x80 && !((cp | 32) >= 'a' && (cp | 32) <= 'z'))
			return NULL;
		else
			letters++;
		i += k;
	}
	if (i == n || letters < 3)
		return NULL;
	while (i < n && s[i] == ' ')
		i++;
	for (; i < n; i++, digits++)
		if (s[i] < '0' || s[i] > '9')
			return NULL;
	if (digits != 4)
		return NULL;
	if (dot)
		return "Jan 2020";
	/* English names tell the two apart; May, June and July are
	 * written whole in either style, and other languages' names are
	 * of every length ("Май") */
	if (!ascii || strncasecmp(s, "may", 3) == 0 ||
	    strncasecmp(s, "jun", 3) == 0 || strncasecmp(s, "jul", 3) == 0)
		return NULL;
	if (letters == 3 || (letters == 4 && strncasecmp(s, "sept", 4) == 0))
		return "Jan 2020";
	return "January 2020";
}

struct style_use {
	const char *style;
	size_t count;
	const struct resume_entry *first;
	const char *first_text;
};

static void
style_add(struct style_use *u, size_t *nu, const char *text,
    const struct resume_date *d, const struct resume_entry *e)
{
	const char *st;
	size_t i;

	/* a season or a day is its own shape */
	if (d->season || d->day || (st = date_style(text)) == NULL)
		return;
	for (i = 0; i < *nu; i++)
		if (u[i].style == st) {
			u[i].count++;
			return;
		}
	u[*nu].style = st;
	u[*nu].count = 1;
	u[*nu].first = e;
	u[*nu].first_text = text;
	(*nu)++;
}

/* An entry and where it stands, for the overlap sweep. */
struct span {
	const struct resume_entry *e;
	long from, to;
	size_t order;
};

/* Are two entries under the same group (the same employer's roles, the
 * same sub-heading), or both under none?  By their words: a group's
 * title is a string of its own for each entry read from a heading or from
 * JSON Resume. */
static bool
same_group(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static int
span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	if (x->from != y->from)
		return x->from < y->from ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static bool
dated_kind(enum resume_section_kind k)
{
	return k == RESUME_SECTION_WORK || k == RESUME_SECTION_VOLUNTEER ||
	    k == RESUME_SECTION_EDUCATION;
}

static void
check_dates(struct ctx *c)
{
	const struct resume *r = c->r;
	struct style_use use[8];
	size_t nuse = 0, i, j;

	for (i = 0; i < r->nsections; i++) {
		const struct resume_section *s = &r->sections[i];
		const struct resume_entry *prev = NULL;
		struct span *sp = NULL;
		size_t nsp = 0;

		for (j = 0; j < s->nentries; j++) {
			const struct resume_entry *e = &s->entries[j];
			const struct resume_dates *d = &e->dates;

			if (!has_date(&d->start))
				continue;
			style_add(use, &nuse,
			    d->range ? d->start_text : d->text, &d->start, e);
			if (d->range)
				style_add(use, &nuse, d->end_text, &d->end, e);
			if (d->range && has_date(&d->end) &&
			    date_cmp(&d->end, &d->start) < 0)
				finding(c, &e->pos, "end-before-start",
				    "'%s' ends before it starts", d->text);
			if (after_now(c, &d->start))
				finding(c, &e->pos, "future-date",
				    "'%s' starts in the future", d->text);
			else if (d->range && after_now(c, &d->end) &&
			    s->kind != RESUME_SECTION_EDUCATION)
				finding(c, &e->pos, "future-date",
				    "'%s' ends in the future (an ongoing role "
				    "ends 'Present')",
				    d->text);
			/* newest first, within one group */
			if (prev && same_group(prev->group, e->group) &&
			    recency(d) && recency(&prev->dates) &&
			    date_cmp(recency(d), recency(&prev->dates)) > 0)
				finding(c, &e->pos, "dates-order",
				    "'%s' is more recent than '%s' above it: "
				    "the section is not newest first",
				    d->text, prev->dates.text);
			prev = e;
			if (dated_kind(s->kind) && d->range) {
				if (nsp % 64 == 0)
					sp = xrealloc(
					    sp, (nsp + 64) * sizeof(*sp));
				sp[nsp].e = e;
				sp[nsp].from = months(&d->start, false,
				    c->now_year, c->now_month);
				sp[nsp].to = has_date(&d->end)
				    ? months(&d->end, true, c->now_year,
				          c->now_month)
				    : sp[nsp].from;
				sp[nsp].order = j;
				nsp++;
			}
		}
		/* overlaps of three months or more, each entry against the
		 * one before it that reaches furthest: n log n */
		if (nsp > 1 && s->kind != RESUME_SECTION_EDUCATION) {
			const struct span *far;

			qsort(sp, nsp, sizeof(*sp), span_cmp);
			far = &sp[0];
			for (j = 1; j < nsp; j++) {
				long end = sp[j].to < far->to ? sp[j].to
				                              : far->to;

				if (end - sp[j].from >= 3 &&
				    same_group(sp[j].e->group, far->e->group))
					finding(c, &sp[j].e->pos,
					    "dates-overlap",
					    "'%s' overlaps '%s' by %ld months",
					    sp[j].e->dates.text,
					    far->e->dates.text,
					    end - sp[j].from);
				if (sp[j].to > far->to)
					far = &sp[j];
			}
		}
		free(sp);
	}
	/* one way of writing dates; years alone go with any */
	if (nuse > 1) {
		size_t most = 0;

		for (i = 1; i < nuse; i++)
			if (use[i].count > use[most].count)
				most = i;
		for (i = 0; i < nuse; i++)
			if (i != most)
				finding(c, &use[i].first->pos, "date-formats",
				    "dates are written two ways: '%s' here "
				    "(%zu time%s) and like '%s' (%zu); one way "
				    "throughout",
				    use[i].first_text, use[i].count,
				    use[i].count == 1 ? "" : "s",
				    use[most].style, use[most].count);
	}
}

/* --- bullets --- */

struct bullet {
	char *norm; /* lowercased, spaces collapsed, end punctuation off */
	const struct resume_block *b;
	size_t order;
};

static int
bullet_cmp(const void *a, const void *b)
{
	const struct bullet *x = a, *y = b;
	int k = strcmp(x->norm, y->norm);

	if (k)
		return k;
	return x->order < y->order ? -1 : x->order > y->order;
}

static size_t
words(const char *s)
{
	size_t n = 0, cjk = 0, i = 0, len = strlen(s);
	bool in = false;
	uint32_t cp;

	while (i < len) {
		i += utf8_decode(s + i, len - i, &cp);
		if (utf8_is_cjk(cp)) {
			cjk++;
			in = false;
		} else if (cp == ' ' || cp == '\t' || cp == '\n') {
			in = false;
		} else if (!in) {
			in = true;
			n++;
		}
	}
	return n + cjk / 2; /* two CJK characters make about a word */
}

static char *
normalized(const char *s)
{
	struct resume_buf low = {0}, out = {0};
	const char *p;
	bool space = false;

	utf8_lower(&low, s, strlen(s));
	for (p = resume_buf_str(&low); *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n') {
			space = out.len > 0;
			continue;
		}
		if (space)
			resume_buf_putc(&out, ' ');
		space = false;
		resume_buf_putc(&out, *p);
	}
	while (out.len && strchr(".;,!", out.data[out.len - 1]))
		out.len--;
	resume_buf_free(&low);
	if (out.data == NULL)
		return xstrdup("");
	out.data[out.len] = '\0';
	return out.data;
}

static void
collect(struct ctx *c, const struct resume_block *b, size_t n,
    struct bullet **list, size_t *nlist)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const char *t;
		size_t w;

		if (b[i].kind != RESUME_BLOCK_ITEM)
			continue;
		t = plain(c, &b[i].text);
		w = words(t);
		if (w > RESUME_CHECK_BULLET_WORDS)
			advice(c, &b[i].pos, "long-bullet",
			    "a bullet of %zu words: over %d, it reads as a "
			    "paragraph; split it or cut it",
			    w, RESUME_CHECK_BULLET_WORDS);
		if (w < 3)
			continue; /* "Go", "Rust": a list, not a claim */
		if (*nlist % 256 == 0)
			*list = xrealloc(
			    *list, (*nlist + 256) * sizeof(**list));
		(*list)[*nlist].norm = normalized(t);
		(*list)[*nlist].b = &b[i];
		(*list)[*nlist].order = *nlist;
		(*nlist)++;
	}
}

static void
check_bullets(struct ctx *c)
{
	const struct resume *r = c->r;
	struct bullet *list = NULL;
	size_t n = 0, i, j;

	collect(c, r->basics.summary, r->basics.nsummary, &list, &n);
	for (i = 0; i < r->nsections; i++) {
		const struct resume_section *s = &r->sections[i];

		collect(c, s->intro, s->nintro, &list, &n);
		for (j = 0; j < s->nentries; j++)
			collect(c, s->entries[j].body, s->entries[j].nbody,
			    &list, &n);
	}
	if (n > 1)
		qsort(list, n, sizeof(*list), bullet_cmp);
	for (i = 1; i < n; i++)
		if (strcmp(list[i].norm, list[i - 1].norm) == 0) {
			/* the first of the run is the original */
			const struct resume_block *orig = list[i - 1].b;

			for (j = i; j > 0 &&
			     strcmp(list[j - 1].norm, list[i].norm) == 0;
			     j--)
				orig = list[j - 1].b;
			if (orig->pos.pointer)
				finding(c, &list[i].b->pos, "duplicate-bullet",
				    "the same bullet as at %s",
				    orig->pos.pointer);
			else
				finding(c, &list[i].b->pos, "duplicate-bullet",
				    "the same bullet as on line %u",
				    orig->pos.line);
		}
	for (i = 0; i < n; i++)
		free(list[i].norm);
	free(list);
}

/* --- contacts and links --- */

static bool
host_ok(const char *h, size_t n)
{
	size_t i, label = 0;
	bool dot = false;

	if (n == 0)
		return false;
	if (n == 9 && strncmp(h, "localhost", 9) == 0)
		return true;
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)h[i];

		if (ch == '.') {
			/* no empty label, none ending in a hyphen */
			if (label == 0 || h[i - 1] == '-')
				return false;
			label = 0;
			dot = true;
			continue;
		}
		if (ch < 0x80 && !((ch | 32) >= 'a' && (ch | 32) <= 'z') &&
		    !(ch >= '0' && ch <= '9') && ch != '-')
			return false;
		if (ch == '-' && label == 0)
			return false; /* nor one starting with it */
		label++;
	}
	return dot && label >= 2 && h[n - 1] != '-';
}

static bool
email_ok(const char *s)
{
	const char *at = strchr(s, '@');
	size_t i;

	if (strncmp(s, "mailto:", 7) == 0)
		s += 7, at = strchr(s, '@');
	if (at == NULL || at == s || strchr(at + 1, '@'))
		return false;
	for (i = 0; s + i < at; i++)
		if ((unsigned char)s[i] <= ' ' || strchr("()<>,;:\\\"[]", s[i]))
			return false;
	return host_ok(at + 1, strcspn(at + 1, "?"));
}

static bool
url_ok(const char *s)
{
	size_t n;

	if (strncasecmp(s, "https://", 8) == 0)
		s += 8;
	else if (strncasecmp(s, "http://", 7) == 0)
		s += 7;
	else
		return true; /* mailto:, tel:: their own checks */
	if (strchr(s, ' '))
		return false;
	n = strcspn(s, "/?#:");
	return host_ok(s, n);
}

static bool
phone_ok(const char *s)
{
	size_t digits = 0, i;

	if (strncmp(s, "tel:", 4) == 0)
		s += 4;
	if (strpbrk(s, "0123456789") == NULL)
		return true; /* "upon request": no number meant */
	for (i = 0; s[i]; i++) {
		char ch = s[i];

		if (ch >= '0' && ch <= '9')
			digits++;
		else if (ch == '+' && digits == 0 && i == strspn(s, " ("))
			continue;
		else if (strchr(" -().//", ch))
			continue;
		else if ((ch == 'x' || ch == 'e') && digits >= 7)
			break; /* an extension: "x123", "ext. 12" */
		else
			return false;
	}
	return digits >= 7 && digits <= 15;
}

static void
check_links_in(struct ctx *c, const struct resume_block *b, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++)
		for (k = 0; k < b[i].text.nspans; k++) {
			const char *h = b[i].text.spans[k].href;

			if (h && !url_ok(h))
				finding(c, &b[i].pos, "bad-url",
				    "'%s' is no URL a browser can open", h);
		}
}

static void
check_contacts(struct ctx *c)
{
	const struct resume *r = c->r;
	size_t i, j;

	for (i = 0; i < r->basics.ncontacts; i++) {
		const struct resume_contact *k = &r->basics.contacts[i];
		const char *t = k->href ? k->href : k->text;

		switch (k->kind) {
		case RESUME_CONTACT_EMAIL:
			if (!email_ok(t))
				finding(c, &k->pos, "bad-email",
				    "'%s' is not an e-mail address "
				    "(name@example.com)",
				    k->text);
			break;
		case RESUME_CONTACT_PHONE:
			if (!phone_ok(k->text))
				finding(c, &k->pos, "bad-phone",
				    "'%s' is not a phone number: 7 to 15 "
				    "digits, + first for a country code",
				    k->text);
			break;
		case RESUME_CONTACT_URL:
		case RESUME_CONTACT_PROFILE:
			if (k->href && !url_ok(k->href))
				finding(c, &k->pos, "bad-url",
				    "'%s' links to '%s', no URL a browser can "
				    "open",
				    k->text, k->href);
			break;
		default:
			break;
		}
	}
	check_links_in(c, r->basics.summary, r->basics.nsummary);
	for (i = 0; i < r->nsections; i++) {
		const struct resume_section *s = &r->sections[i];

		check_links_in(c, s->intro, s->nintro);
		for (j = 0; j < s->nentries; j++) {
			const struct resume_entry *e = &s->entries[j];

			if (e->url && !url_ok(e->url))
				finding(c, &e->pos, "bad-url",
				    "'%s' is no URL a browser can open",
				    e->url);
			check_links_in(c, e->body, e->nbody);
		}
	}
}

/* --- sections --- */

static void
check_sections(struct ctx *c)
{
	const struct resume *r = c->r;
	size_t i, j;

	for (i = 0; i < r->nsections; i++) {
		const struct resume_section *s = &r->sections[i];

		if (s->title && !s->implicit && s->nintro == 0 &&
		    s->nentries == 0) {
			finding(c, &s->pos, "empty-section",
			    "the section '%s' is empty", s->title);
			continue;
		}
		/* Markdown only: JSON says what is an entry */
		if (!dated_kind(s->kind) || s->pos.pointer)
			continue;
		for (j = 0; j < s->nintro; j++) {
			const struct resume_block *b = &s->intro[j];
			struct date_match m;
			const char *t;

			if ((b->kind != RESUME_BLOCK_PARAGRAPH &&
			        b->kind != RESUME_BLOCK_ITEM) ||
			    b->level > 0 || b->quote > 0)
				continue;
			t = plain(c, &b->text);
			if (dates_find(t, strlen(t), &m) && m.range)
				finding(c, &b->pos, "free-content",
				    "this has dates but is kept as text, not "
				    "read as an entry of '%s': an entry starts "
				    "with a heading like '### Title, "
				    "Organization (2019 – 2021)'",
				    s->title ? s->title : "");
		}
	}
}

void
resume_check_content(
    const struct resume *r, long long now, bool notes, struct resume_diag *diag)
{
	struct ctx c = {r, diag, 0, 0, {0}, notes};
	time_t t = (time_t)now;
	struct tm tm;

	gmtime_r(&t, &tm);
	c.now_year = tm.tm_year + 1900;
	c.now_month = tm.tm_mon + 1;
	check_dates(&c);
	check_bullets(&c);
	check_contacts(&c);
	check_sections(&c);
	resume_buf_free(&c.tmp);
}
