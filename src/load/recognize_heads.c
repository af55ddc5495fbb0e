/*
 * The recogniser's entry heads: a heading or lead line ("*Senior Engineer*
 * | Acme | Berlin (2019 – 2021)", "Developer at Initech, 2015–2018")
 * split into parts at its separators, and the parts given to the entry's
 * fields (title, organisation, area, place, dates) as the section's kind
 * reads them.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/dates.h"
#include "../core/utf8.h"
#include "recognize.h"

/* Is plain offset i inside an italic or linked span?  A separator there
 * belongs to a name: "*John Smith, CTO at TechCorp*", "[A - B](url)".
 * Bold is not enough: "**Director, Example Foundation**" is two parts.
 * The cursor (zeroed to start) moves forward only, as i does: one pass
 * over the spans for a whole line, not one per character. */
struct span_cursor {
	size_t k, off, n;
	bool started;
};

const char *const strong_seps[] = {"\x1f", "\n", " | ", "|", " – ", " — ",
    " -- ", " - ", " · ", " • ", " at ", " @ ", "；", "; ", " – ", "｜", NULL};

static const char *const weak_seps[] = {", ", "，", "、", NULL};

static const char *const strong_seps_but_at[] = {"\x1f", "\n", " | ", "|",
    " – ", " — ", " -- ", " - ", " · ", " • ", " @ ", "；", "; ", " – ", "｜",
    NULL};

/* Does an " at " in s have a subtitle after it ("Democracy at Work: The
 * Case Study")?  An organisation's name has no colon. */
static bool
subtitle_after_at(const char *s)
{
	const char *at = strstr(s, " at ");

	return at && strstr(at + 4, ": ");
}

/* Are h's comma parts a series, "A, B, and C": three or more, the last
 * opening with "and", "or" or "&" (or their French, German, Spanish,
 * Italian and Portuguese words)? */
static bool
is_series(struct rec *rc, const struct head *h)
{
	static const char *const ands[] = {"and ", "or ", "& ", "et ", "ou ",
	    "und ", "oder ", "y ", "o ", "e ", NULL};
	const char *last;

	if (h->nparts < 3)
		return false;
	last = text_str(rc->a, &h->parts[h->nparts - 1].t);
	for (const char *const *a = ands; last && *a; a++)
		if (strncmp(last, *a, strlen(*a)) == 0)
			return true;
	return false;
}

static const char *const pipe_seps[] = {"\x1f", "\n", " | ", NULL};

static size_t
sep_at(const char *s, size_t i, const char *const *seps)
{
	for (; *seps; seps++) {
		size_t n;

		if (s[i] != **seps) /* (most bytes: no call) */
			continue;
		n = strlen(*seps);
		if (strncmp(s + i, *seps, n) == 0)
			return n;
	}
	return 0;
}

static bool
in_styled(const struct resume_text *t, struct span_cursor *c, size_t i)
{
	for (; c->k < t->nspans; c->k++, c->off += c->n, c->started = false) {
		const struct resume_span *sp = &t->spans[c->k];

		if (!c->started) {
			c->n = (sp->flags &
			           (SPAN_SOFT | RESUME_SPAN_BREAK | SPAN_SEP))
			    ? 1
			    : strlen(sp->text);
			c->started = true;
		}
		if (i < c->off)
			return false;
		if (i < c->off + c->n)
			return (sp->flags & RESUME_SPAN_ITALIC) || sp->href;
	}
	return false;
}

static void
add_part(struct rec *rc, struct head *h, struct resume_text t, size_t from,
    size_t to)
{
	struct part *p;

	if (t.nspans) {
		p = RESUME_PUSH(rc->a, h->parts, &h->nparts);
		p->t = t;
		p->from = from;
		p->to = to;
	}
}

/* Splits plain [b, e) of t at separators outside brackets and appends the
 * non-empty parts. */
void
split_parts(struct rec *rc, const struct resume_text *t, const char *s,
    size_t b, size_t e, const char *const *seps, struct head *h)
{
	size_t i = b, start = b, n;
	int depth = 0;
	struct span_cursor cur = {0};
	struct text_cursor tc = {0, 0};

	while (i < e) {
		if (s[i] == '(' || s[i] == '[')
			depth++;
		else if ((s[i] == ')' || s[i] == ']') && depth > 0)
			depth--;
		if (depth == 0 && (n = sep_at(s, i, seps)) > 0 &&
		    !in_styled(t, &cur, i) && i + n <= e) {
			if (i > start)
				add_part(rc, h,
				    text_slice_at(rc->a, t, start, i, &tc),
				    start, i);
			i += n;
			start = i;
			continue;
		}
		i++;
	}
	if (e > start)
		add_part(
		    rc, h, text_slice_at(rc->a, t, start, e, &tc), start, e);
}

static bool
is_open(const char *s, size_t i, size_t *n)
{
	if (s[i] == '(' || s[i] == '[' || s[i] == '`') {
		*n = 1;
		return true;
	}
	/* (the full-width brackets' first bytes: E3 and EF) */
	if ((unsigned char)s[i] >= 0xe3 &&
	    (strncmp(s + i, "（", 3) == 0 || strncmp(s + i, "【", 3) == 0)) {
		*n = 3;
		return true;
	}
	return false;
}

static bool
is_close(const char *s, size_t i, size_t *n)
{
	if (s[i] == ')' || s[i] == ']' || s[i] == '`') {
		*n = 1;
		return true;
	}
	if ((unsigned char)s[i] >= 0xe3 &&
	    (strncmp(s + i, "）", 3) == 0 || strncmp(s + i, "】", 3) == 0)) {
		*n = 3;
		return true;
	}
	return false;
}

/* What a parenthetical around a date holds besides it, "(2025, Remote)"
 * → "Remote": the text on both sides of the date inside it (rs..re), its
 * separators trimmed off both ends; NULL when nothing is left. */
static const char *
paren_rest(
    struct rec *rc, const char *s, size_t lp, size_t rs, size_t re, size_t rp)
{
	struct resume_buf in = {0};
	size_t a = 0, z;
	const char *t, *out = NULL;

	resume_buf_add(&in, s + lp + 1, rs - lp - 1);
	resume_buf_add(&in, s + re, rp - re);
	t = resume_buf_str(&in);
	z = in.len;
	while (a < z && strchr(",;| \x1f", t[a]))
		a++;
	while (z > a && strchr(",;| \x1f", t[z - 1]))
		z--;
	if (z > a)
		out = dup_range(rc, t, a, z);
	resume_buf_free(&in);
	return out;
}

/* The parenthetical a date at rs..re stands inside, "(2025, Remote)":
 * its brackets at *lp and *rp; false when the date is not inside one. */
static bool
date_parenthetical(
    const char *s, size_t len, size_t rs, size_t re, size_t *lp, size_t *rp)
{
	size_t n;

	*lp = *rp = NONE;
	for (n = rs; n > 0 && s[n - 1] != ')'; n--)
		if (s[n - 1] == '(') {
			*lp = n - 1;
			break;
		}
	for (n = re; n < len && s[n] != '('; n++)
		if (s[n] == ')') {
			*rp = n;
			break;
		}
	return *lp != NONE && *rp != NONE;
}

/* Widens the date at *rs..*re of s to the brackets right around it, which
 * go with it; or, for a date inside a longer parenthetical, to the whole
 * parenthetical, its other words kept as h->paren_rest. */
static void
date_brackets(struct rec *rc, struct head *h, const char *s, size_t len,
    size_t *rs, size_t *re)
{
	size_t k = *rs, i = *re, ob = 0, cb, n, lp, rp;

	while (k > 0 && s[k - 1] == ' ')
		k--;
	while (i < len && s[i] == ' ')
		i++;
	if (k == 0 || i >= len) {
		if (k > 0 && s[k - 1] == '`' && i >= len)
			*rs = k - 1;
		return;
	}
	for (n = 1; n <= 3 && n <= k; n++)
		if (is_open(s, k - n, &ob) && ob == n)
			break;
	if (n <= 3 && n <= k && is_close(s, i, &cb)) {
		*rs = k - n;
		*re = i + cb;
	} else if (date_parenthetical(s, len, *rs, *re, &lp, &rp)) {
		h->paren_rest = paren_rest(rc, s, lp, *rs, *re, rp);
		*rs = lp;
		*re = rp + 1;
	}
}

/* "AWS Certified Solutions Architect – Associate": a level after a dash
 * belongs to the name before it; the two parts become one. */
static void
level_after_dash(
    struct rec *rc, const struct resume_text *t, const char *s, struct head *h)
{
	static const char *const levels[] = {"associate", "professional",
	    "specialty", "expert", "foundation", "foundational", "foundations",
	    "fundamentals", "practitioner", "advanced", "intermediate",
	    "beginner", NULL};
	struct part *a, *z;
	struct resume_buf lo = {0};
	const char *w;
	bool level = false;
	size_t i;

	if (h->nparts < 2)
		return;
	a = &h->parts[h->nparts - 2];
	z = &h->parts[h->nparts - 1];
	/* a dash between them: "-", "–" or "—" */
	for (i = a->to; i < z->from; i++)
		if (s[i] == '-' || strncmp(s + i, "–", 3) == 0 ||
		    strncmp(s + i, "—", 3) == 0)
			break;
	if (i == z->from)
		return;
	utf8_lower(&lo, s + z->from, z->to - z->from);
	w = resume_buf_str(&lo);
	while (*w == ' ')
		w++;
	for (const char *const *l = levels; *l && !level; l++)
		level = strncmp(w, *l, strlen(*l)) == 0 &&
		    strspn(w + strlen(*l), " ") == strlen(w + strlen(*l));
	if (!level && strncmp(w, "level ", 6) == 0)
		level = strspn(w + 6, "0123456789 ") == strlen(w + 6);
	resume_buf_free(&lo);
	if (!level)
		return;
	a->t = text_slice(rc->a, t, a->from, z->to);
	a->to = z->to;
	h->nparts--;
}

/* Parses a heading or lead line: finds the date, removes it with its
 * brackets, and splits the rest into parts. */
void
parse_head(struct rec *rc, const struct resume_text *t, struct head *h)
{
	struct resume_buf b = {0};
	struct date_match m;
	const char *s;
	const char *const *seps;
	size_t len, rs, re, n, i, k;

	memset(h, 0, sizeof(*h));
	text_plain(t, &b);
	s = resume_buf_str(&b);
	len = b.len;
	rs = re = len;
	if (dates_find(s, len, &m)) {
		h->has_date = true;
		dates_year_list(s, len, &m);
		set_dates(rc, &h->dates, s, &m, m.end);
		rs = m.start;
		re = m.end;
		date_brackets(rc, h, s, len, &rs, &re);
	}
	/* a head written with " | " is split at pipes only: "University of
	 * Texas at Austin | …" keeps its "at"; a title with a subtitle after
	 * its "at" is a title: "Democracy at Work: A Case Study" */
	seps = strstr(s, " | ")    ? pipe_seps
	    : subtitle_after_at(s) ? strong_seps_but_at
	                           : strong_seps;
	h->pipes = seps == pipe_seps;
	split_parts(rc, t, s, 0, rs, seps, h);
	split_parts(rc, t, s, re, len, seps, h);
	level_after_dash(rc, t, s, h);
	h->strong = h->nparts > 1;
	if (h->nparts == 1) {
		struct resume_text whole = h->parts[0].t;
		struct resume_buf pb = {0};

		text_plain(&whole, &pb);
		h->nparts = 0;
		h->whole = whole;
		split_parts(
		    rc, &whole, resume_buf_str(&pb), 0, pb.len, weak_seps, h);
		resume_buf_free(&pb);
		/* "Trucks, Tubes, and Truth": a series is one title */
		if (is_series(rc, h)) {
			h->nparts = 1;
			h->parts[0].t = whole;
		}
	}
	for (i = 0; i < h->nparts; i++) {
		struct part *p = &h->parts[i];

		p->s = text_str(rc->a, &p->t);
		if (p->s == NULL)
			p->s = "";
		/* strip a lone trailing colon: "**Title:**" */
		n = strlen(p->s);
		if (n > 1 && (p->s[n - 1] == ':'))
			p->s = resume_arena_strndup(rc->a, p->s, n - 1);
		p->italic = text_all(&p->t, RESUME_SPAN_ITALIC);
		p->href = text_link(&p->t);
		for (k = 0; p->href == NULL && k < p->t.nspans; k++)
			p->href = p->t.spans[k].href; /* "[SMBC](u) patent" */
	}
	/* drop empty parts */
	for (i = n = 0; i < h->nparts; i++)
		if (h->parts[i].s[0] && strcmp(h->parts[i].s, "-") != 0)
			h->parts[n++] = h->parts[i];
	h->nparts = n;
	resume_buf_free(&b);
}

static int
inst_score(const char *s)
{
	static const char *const words[] = {"universit", "college", "school",
	    "institut", "polytechn", "academy", "académie", "hochschule",
	    "école", "ecole", "universidad", "大学", "学院", "学校",
	    "университет", "институт", "академи", "мифи", "дانشگاه", "دانشگاه",
	    NULL};
	struct resume_buf b = {0};
	int n = 0;

	utf8_lower(&b, s, strlen(s));
	for (const char *const *w = words; *w; w++)
		if (strstr(resume_buf_str(&b), *w))
			n++;
	resume_buf_free(&b);
	return n;
}

/* Splits "Bachelor of Engineering in Software Engineering", "BSc, CS",
 * "BA Information Technology" into degree and area. */
void
split_degree(struct rec *rc, const char *s, const char **deg, const char **area)
{
	const char *p;
	size_t n;

	*area = NULL;
	*deg = s;
	if ((p = strstr(s, " in ")) != NULL ||
	    (p = strstr(s, " en ")) != NULL || (p = strstr(s, ", ")) != NULL ||
	    (p = strstr(s, "，")) != NULL) {
		n = (size_t)(p - s);
		*deg = resume_arena_strndup(rc->a, s, n);
		p += (*p == ',' || *p == ' ') ? (p[1] == ' ' ? 2 : 4) : 3;
		if (strncmp(s + n, "，", 3) == 0)
			p = s + n + 3;
		while (*p == ' ')
			p++;
		*area = *p ? p : NULL;
		return;
	}
	/* an abbreviation first: "BA Information Technology" */
	p = strchr(s, ' ');
	if (p && p - s <= 8) {
		char first[16];

		n = (size_t)(p - s);
		memcpy(first, s, n);
		first[n] = '\0';
		if (vocab_degree_score(first) > 0 &&
		    strchr(first, '.') == NULL &&
		    isupper((unsigned char)first[0]) &&
		    isupper((unsigned char)first[1 < n ? 1 : 0]) &&
		    vocab_degree_score(p + 1) == 0) {
			*deg = resume_arena_strdup(rc->a, first);
			*area = p + 1;
		} else if (vocab_degree_score(first) > 0 &&
		    strchr(first, '.') && vocab_degree_score(p + 1) == 0) {
			*deg = resume_arena_strdup(rc->a, first);
			*area = p + 1;
		}
	}
}

void
fill_empty(const char **field, const char *v)
{
	if (*field == NULL && v && *v)
		*field = v;
}

static void
add_location(struct rec *rc, struct resume_entry *e, const char *v)
{
	if (v == NULL || *v == '\0')
		return;
	if (e->location == NULL)
		e->location = v;
	else {
		size_t n = strlen(e->location) + strlen(v) + 3;
		char *s = resume_arena_alloc(rc->a, n);

		snprintf(s, n, "%s, %s", e->location, v);
		e->location = s;
	}
}

/* Does s read as a place: one to three words, each capitalised (or
 * beginning with a letter beyond ASCII), no digit, no word of an
 * organisation's name ("Inc.", "GmbH", "University") or of a job title? */
static bool
place_like(const char *s)
{
	size_t words = 0;
	const char *c;

	if (*s == '\0' || strlen(s) > 40 || vocab_org_score(s) ||
	    vocab_title_score(s))
		return false;
	for (c = s; *c; c++) {
		if (isdigit((unsigned char)*c) || *c == '&' || *c == '(' ||
		    *c == '@' || *c == '/')
			return false;
		if (c == s || c[-1] == ' ') {
			if (!isupper((unsigned char)*c) &&
			    (unsigned char)*c < 0xc0)
				return false;
			words++;
		}
	}
	return words <= 3;
}

/* "Northwind Traders, Lisbon": a head split at a dash or a pipe keeps
 * the commas of its parts, so the organisation's last comma parts are
 * its place when they read as one ("Acme, Inc." stays whole). */
static void
org_place(struct rec *rc, struct resume_entry *e)
{
	const char *org = e->org, *place = NULL;
	size_t n = org ? strlen(org) : 0;

	while (n > 0) {
		size_t c = n;
		const char *tail;

		while (c > 0 && org[c - 1] != ',')
			c--;
		if (c <= 1)
			break;
		tail = dup_range(rc, org, c, n);
		if (tail == NULL || !place_like(tail))
			break;
		place = dup_range(rc, org, c, strlen(org));
		n = c - 1;
	}
	if (place == NULL)
		return;
	e->org = dup_range(rc, org, 0, n);
	add_location(rc, e, place);
}

static void
assign_work(struct rec *rc, struct resume_entry *e, struct head *h, bool merge)
{
	size_t i, t = NONE, o = NONE;

	if (h->nparts == 1 && merge) {
		struct part *p = &h->parts[0];

		if (e->title == NULL &&
		    (p->italic ||
		        vocab_title_score(p->s) >= vocab_org_score(p->s)))
			e->title = p->s;
		else if (e->org == NULL)
			e->org = p->s;
		else
			add_location(rc, e, p->s);
		if (p->href)
			fill_empty(&e->url, p->href);
		return;
	}
	work_order(h, &t, &o);
	/* a head split at pipes reads as most of the document's do */
	if (h->pipes && h->nparts >= 2 && rc->pipe_title != NONE &&
	    rc->pipe_title < h->nparts && rc->pipe_org < h->nparts) {
		t = rc->pipe_title;
		o = rc->pipe_org;
	}
	/* "Royal Mint, London": where neither part names a job, a city is
	 * the organisation's place */
	if (h->nparts == 2 && t != NONE && o != NONE &&
	    vocab_title_score(h->parts[t].s) == 0 && !h->parts[t].italic &&
	    vocab_is_city(h->parts[o].s)) {
		o = t;
		t = NONE;
	}
	if (t != NONE) {
		fill_empty(&e->title, h->parts[t].s);
		if (h->parts[t].href)
			fill_empty(&e->url, h->parts[t].href);
	}
	if (o != NONE) {
		if (e->org == NULL) {
			e->org = h->parts[o].s;
			if (h->strong && !h->parts[o].href)
				org_place(rc, e);
		} else
			add_location(rc, e, h->parts[o].s);
		if (h->parts[o].href)
			fill_empty(&e->url, h->parts[o].href);
	}
	for (i = 0; i < h->nparts; i++)
		if (i != t && i != o)
			add_location(rc, e, h->parts[i].s);
}

/* Which part of a head of several is the title and which the
 * organisation (NONE: none), by their words, italics and links. */
void
work_order(const struct head *h, size_t *tp, size_t *op)
{
	size_t i, t = NONE, o = NONE;
	int best, sc;

	/* the title: most title words, italics, no link */
	best = -100;
	for (i = 0; i < h->nparts; i++) {
		struct part *p = &h->parts[i];

		/* a job-title word outweighs an organisation word:
		 * "Software Engineer" is a title */
		sc = 3 * vocab_title_score(p->s) - 2 * vocab_org_score(p->s) +
		    (p->italic ? 3 : 0) - (p->href ? 3 : 0);
		if (sc > best) {
			best = sc;
			t = i;
		}
	}
	if (h->nparts == 1 && best <= 0)
		t = NONE; /* a lone proper noun is the company */
	best = -100;
	for (i = 0; i < h->nparts; i++) {
		struct part *p = &h->parts[i];

		if (i == t)
			continue;
		sc = 2 * vocab_org_score(p->s) - 3 * vocab_title_score(p->s) +
		    (p->href ? 3 : 0) - (p->italic ? 3 : 0);
		if (sc > best) {
			best = sc;
			o = i;
		}
	}
	if (h->nparts >= 3 && t != NONE && o != NONE && o > t + 1 && best <= 0)
		o = t + 1; /* "Title | Org | City" */
	*tp = t;
	*op = o;
}

/* Is part i of h a state's or a country's code after a place ("Boston,
 * MA"), however much it looks like a degree? */
static bool
state_code(const struct head *h, size_t i)
{
	return i > 0 && strlen(h->parts[i].s) == 2 &&
	    isupper((unsigned char)h->parts[i].s[0]);
}

static void
assign_education(
    struct rec *rc, struct resume_entry *e, struct head *h, bool merge)
{
	size_t i, dg = NONE, in = NONE;
	int best = 0, sc;
	const char *deg, *area;

	/* "University of Charles River\n  : Boston, MA": a line under the
	 * head that names only a place is the entry's location */
	if (merge && (e->org || e->title) && h->nparts > 0) {
		for (i = 0; i < h->nparts; i++)
			if (!place_like(h->parts[i].s) ||
			    inst_score(h->parts[i].s) ||
			    (vocab_degree_score(h->parts[i].s) &&
			        !state_code(h, i)))
				break;
		if (i == h->nparts) {
			for (i = 0; i < h->nparts; i++)
				add_location(rc, e, h->parts[i].s);
			return;
		}
	}

	for (i = 0; i < h->nparts; i++) {
		/* italics mark the degree, not the school */
		sc = inst_score(h->parts[i].s) * 2 +
		    (h->parts[i].href ? 1 : 0) - (h->parts[i].italic ? 2 : 0);
		if (sc > best) {
			best = sc;
			in = i;
		}
	}
	best = 0;
	for (i = 0; i < h->nparts; i++) {
		if (i == in)
			continue;
		sc = vocab_degree_score(h->parts[i].s) * 2 +
		    (h->parts[i].italic ? 1 : 0);
		if (state_code(h, i))
			sc = 0; /* "Boston, MA": a state, not a degree */
		if (sc > best) {
			best = sc;
			dg = i;
		}
	}
	if (in == NONE && dg == NONE && h->nparts > 0) {
		/* neither: the first part names the place of study */
		in = 0;
	}
	if (in == NONE && dg != NONE && h->strong)
		/* "Degree | School": the part after the degree */
		for (i = 0; i < h->nparts && in == NONE; i++)
			if (i != dg)
				in = i;
	if (dg != NONE) {
		split_degree(rc, h->parts[dg].s, &deg, &area);
		if (e->title == NULL) {
			e->title = deg;
			fill_empty(&e->area, area);
		} else
			add_location(rc, e, h->parts[dg].s);
	}
	if (in != NONE) {
		if (e->org == NULL)
			e->org = h->parts[in].s;
		else if (e->title == NULL)
			e->title = h->parts[in].s;
		else
			add_location(rc, e, h->parts[in].s);
		if (h->parts[in].href)
			fill_empty(&e->url, h->parts[in].href);
	}
	for (i = 0; i < h->nparts; i++) {
		if (i == dg || i == in)
			continue;
		if (dg != NONE && e->area == NULL && i == dg + 1)
			e->area = h->parts[i].s;
		else if (e->title == NULL && dg == NONE &&
		    vocab_degree_score(h->parts[i].s) == 0 && in != NONE &&
		    e->area == NULL && i + 1 < h->nparts)
			e->area = h->parts[i].s;
		else
			add_location(rc, e, h->parts[i].s);
	}
}

/* Does a part of a publication's head name where it was published: a
 * link, or a word of journals, proceedings and publishers? */
static bool
publisher_like(const struct part *p)
{
	static const char *const words[] = {"journal", "proceedings",
	    "conference", "symposium", "workshop", "press", "review",
	    "transactions", "letters", "magazine", "publish", "verlag",
	    "éditions", "editorial", "blog", "arxiv", "ieee", "acm", "springer",
	    "elsevier", "wiley", "o'reilly", "patent", "出版", "期刊", "学报",
	    "журнал", "издательство", NULL};
	struct resume_buf lo = {0};
	bool r = p->href != NULL;

	utf8_lower(&lo, p->s, strlen(p->s));
	for (const char *const *w = words; *w && !r; w++)
		r = strstr(resume_buf_str(&lo), *w) != NULL;
	resume_buf_free(&lo);
	return r;
}

static void
assign_generic(struct rec *rc, struct resume_entry *e, struct head *h,
    enum resume_section_kind kind)
{
	size_t i;

	/* "Newton Sir I, De analysi per æquationes": a publication's head
	 * split at commas is one title (its authors, its title…) unless a
	 * part after the first names where it was published */
	if (kind == RESUME_SECTION_PUBLICATIONS && h->whole.nspans &&
	    h->nparts > 1) {
		bool pub = false;

		for (i = 1; i < h->nparts && !pub; i++)
			pub = publisher_like(&h->parts[i]);
		if (!pub) {
			h->parts[0].t = h->whole;
			h->parts[0].s = text_str(rc->a, &h->whole);
			h->parts[0].href = text_link(&h->whole);
			h->nparts = 1;
		}
	}

	for (i = 0; i < h->nparts; i++) {
		struct part *p = &h->parts[i];

		if (e->title == NULL)
			e->title = p->s;
		else if (e->org == NULL)
			e->org = p->s;
		else
			add_location(rc, e, p->s);
		if (p->href)
			fill_empty(&e->url, p->href);
	}
}

/* Applies a parsed head to an entry; merge fills only empty fields. */
void
apply_head(struct rec *rc, struct resume_entry *e, struct head *h,
    enum resume_section_kind kind, bool merge)
{
	if (h->has_date && e->dates.text == NULL)
		e->dates = h->dates;
	else if (h->has_date && h->dates.text)
		add_location(rc, e, h->dates.text);
	switch (kind) {
	case RESUME_SECTION_WORK:
	case RESUME_SECTION_VOLUNTEER:
		assign_work(rc, e, h, merge);
		break;
	case RESUME_SECTION_EDUCATION:
		assign_education(rc, e, h, merge);
		break;
	default:
		assign_generic(rc, e, h, kind);
		break;
	}
	add_location(rc, e, h->paren_rest);
	e->title = trim_period(rc, e->title);
	e->org = trim_period(rc, e->org);
	e->location = trim_period(rc, e->location);
	e->area = trim_period(rc, e->area);
}
