/* The composition layer: an entry's head and the contact line as parts. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/lang.h"
#include "../core/utf8.h"
#include "../core/xmalloc.h"
#include "compose.h"

/* The last occurrence of needle in s, or NULL. */
static const char *
last_in(const char *s, const char *needle)
{
	const char *p, *hit = NULL;

	for (p = s; (p = strstr(p, needle)) != NULL; p++)
		hit = p;
	return hit;
}

/* Is s an ISO 8601 date, "2019-03" or "2019-03-01"? */
static bool
iso_date(const char *s)
{
	size_t n = s ? strlen(s) : 0, i;

	if (n != 7 && n != 10)
		return false;
	for (i = 0; i < n; i++)
		if ((i == 4 || i == 7) ? s[i] != '-'
		                       : !isdigit((unsigned char)s[i]))
			return false;
	return true;
}

bool
compose_is_role(const struct resume_entry *e)
{
	return e->group && !resume_str_blank(e->org) &&
	    !resume_str_blank(e->title) &&
	    strncmp(e->group, e->org, strlen(e->org)) == 0;
}

const char *
compose_word(const struct resume *r, const char *key, const char *table)
{
	const char *w = r ? resume_word(r, r->lang, key) : NULL;

	return w ? w : table;
}

void
compose_page(
    const struct resume *r, int page, int pages, struct resume_buf *out)
{
	const char *w = compose_word(r, "page", NULL), *p;

	if (w == NULL) {
		lang_page(lang_get(r ? r->lang : NULL), page, pages, out);
		return;
	}
	/* the author's words: {page} and {pages} stand for the numbers,
	 * nothing else is read (it is no format string) */
	for (p = w; *p; p++) {
		if (strncmp(p, "{page}", 6) == 0) {
			resume_buf_printf(out, "%d", page);
			p += 5;
		} else if (strncmp(p, "{pages}", 7) == 0) {
			resume_buf_printf(out, "%d", pages);
			p += 6;
		} else
			resume_buf_putc(out, *p);
	}
}

/* An end of a range as shown: an ISO date is input syntax, shown as
 * month and year ("Mar 2019") whichever format it was written in;
 * anything else as written. */
static const char *
shown_end(char *buf, size_t size, const struct resume *r, const char *text,
    const struct resume_date *d)
{
	const struct lang *l = lang_get(r ? r->lang : NULL);
	struct resume_buf b = {0};

	if (d->present && text && strcasecmp(text, "present") == 0)
		return compose_word(r, "present", lang_present(l));
	if (!iso_date(text) || d->month < 1 || d->month > 12 || d->year <= 0)
		return text;
	lang_date(l, d, &b);
	snprintf(buf, size, "%s", resume_buf_str(&b));
	resume_buf_free(&b);
	return buf;
}

const char *
compose_tail(const struct resume_dates *d)
{
	const char *e = d->text && d->end_text ? last_in(d->text, d->end_text)
	                                       : NULL;

	return e ? e + strlen(d->end_text) : "";
}

void
compose_dates(struct compose_dates *c, const struct resume *r,
    const struct resume_dates *d)
{
	char sb[64], eb[64];
	struct resume_dates v;
	struct resume_buf *b = &c->buf;
	bool dash;

	memset(c, 0, sizeof(*c));
	if (d->text == NULL || resume_str_blank(d->text))
		return;
	/* a single ISO date, as a range's ends are */
	if (!d->range && d->start_text == NULL && iso_date(d->text)) {
		v = *d;
		v.start_text = v.text;
		d = &v;
	}
	if (!d->range && d->start_text && iso_date(d->start_text)) {
		resume_buf_puts(
		    b, shown_end(sb, sizeof(sb), r, d->start_text, &d->start));
		resume_buf_putc(b, '\0');
		c->shown = c->start = b->data;
		c->tail = "";
		return;
	}
	dash = d->range && d->start_text && d->sep && *d->sep &&
	    strspn(d->sep, "-–—‒−") == strlen(d->sep);
	if (!dash) {
		/* "since 2019", "2019/2020": as written */
		resume_buf_puts(b, d->text);
		resume_buf_putc(b, '\0');
		c->shown = c->start = b->data;
		c->tail = "";
		return;
	}
	/* the whole, then start, end and the note after the end, each
	 * NUL-ended in buf */
	{
		const char *tail = compose_tail(d);
		const char *st = shown_end(
		    sb, sizeof(sb), r, d->start_text, &d->start);
		const char *et = d->end_text
		    ? shown_end(eb, sizeof(eb), r, d->end_text, &d->end)
		    : NULL;
		/* a start equal to its end is one date: "2016", not
		 * "2016 – 2016" */
		bool same = et && strcmp(st, et) == 0;
		size_t start_at, end_at = 0, tail_at;

		resume_buf_puts(b, st);
		if (et && !same) {
			resume_buf_puts(b, " – ");
			resume_buf_puts(b, et);
		} else if (!et) /* "2024-": open */
			resume_buf_puts(b, " –");
		resume_buf_puts(b, tail);
		resume_buf_putc(b, '\0');
		start_at = b->len;
		resume_buf_puts(b, st);
		resume_buf_putc(b, '\0');
		if (et && !same) {
			end_at = b->len;
			resume_buf_puts(b, et);
			resume_buf_putc(b, '\0');
		}
		tail_at = b->len;
		resume_buf_puts(b, tail);
		c->shown = b->data;
		c->start = b->data + start_at;
		c->end = end_at ? b->data + end_at : NULL;
		c->tail = b->data + tail_at;
		c->range = c->end != NULL;
	}
}

void
compose_dates_free(struct compose_dates *c)
{
	resume_buf_free(&c->buf);
	memset(c, 0, sizeof(*c));
}

const char *
compose_colon(const char *text)
{
	size_t n = text ? strlen(text) : 0, i = 0;
	uint32_t cp = 0;

	while (i < n)
		i += utf8_decode(text + i, n - i, &cp);
	return utf8_is_cjk(cp) ? "：" : ": ";
}

/* A bare number: "3.9", "3.67/4.0", "85%", "1,3". */
static bool
bare_number(const char *s, double *v)
{
	char *end;
	size_t digits = 0;
	const char *p;

	for (p = s; *p; p++) {
		if (isdigit((unsigned char)*p))
			digits++;
		else if (!strchr(" .,/%", *p))
			return false;
	}
	if (digits == 0)
		return false;
	*v = strtod(s, &end);
	return true;
}

const char *
compose_level_label(
    enum resume_section_kind k, const char *level, const struct resume *r)
{
	const struct lang *l = lang_get(r ? r->lang : NULL);
	double v = 0;

	if (resume_str_blank(level))
		return NULL;
	switch (k) {
	case RESUME_SECTION_EDUCATION:
		if (!bare_number(level, &v))
			return NULL;
		/* 3.9 or 3.67/4.0 on a four- or five-point scale */
		return v > 0 && v <= 5 && !strchr(level, '%')
		    ? "GPA"
		    : compose_word(r, "score", lang_label(l, "score"));
	case RESUME_SECTION_PROJECTS:
		return compose_word(r, "type", lang_label(l, "type"));
	default:
		return bare_number(level, &v)
		    ? compose_word(r, "score", lang_label(l, "score"))
		    : NULL;
	}
}

static struct compose_part *
add(struct compose_head *h, enum compose_role role, const char *sep,
    const char *text)
{
	struct compose_part *p = &h->part[h->n++];

	memset(p, 0, sizeof(*p));
	p->role = role;
	p->sep = sep;
	p->text = text;
	return p;
}

void
compose_head(struct compose_head *h, const struct resume *r,
    const struct resume_section *s, const struct resume_entry *e,
    struct render_links *links)
{
	const char *title = resume_str_blank(e->title) ? NULL : e->title;
	const char *area = resume_str_blank(e->area) ? NULL : e->area;
	const char *org = resume_str_blank(e->org) ? NULL : e->org;
	const char *where = resume_str_blank(e->location) ? NULL : e->location;
	const char *level = resume_str_blank(e->level) ? NULL : e->level;
	const char *url = resume_str_blank(e->url) ? NULL : e->url;
	struct compose_part *t = NULL, *o = NULL, *lv = NULL;
	bool first = title || area;

	/* roles under their employer ("Acme Corp, Berlin" over "Senior
	 * Engineer" and "Engineer"): the group says the organisation and
	 * its place once */
	if (compose_is_role(e)) {
		if (where && strstr(e->group, where))
			where = NULL;
		org = NULL;
	}
	memset(h, 0, sizeof(*h));
	compose_dates(&h->dates, r, &e->dates);
	if (title)
		t = add(h, COMPOSE_TITLE, "", title);
	if (area)
		add(h, COMPOSE_AREA, ", ", area);
	if (level && first)
		lv = add(h, COMPOSE_LEVEL, " · ", level);
	h->second = h->n;
	if (org)
		o = add(h, COMPOSE_ORG, first ? " — " : "", org);
	if (where)
		add(h, COMPOSE_LOCATION,
		    org         ? ", "
		        : first ? " — "
		                : "",
		    where);
	if (level && !first)
		lv = add(h, COMPOSE_LEVEL, h->n ? " · " : "", level);
	if (lv)
		lv->label = compose_level_label(s->kind, level, r);
	if (!first || h->second == h->n)
		h->second = h->n; /* nothing to put on a second line */
	/* the part that carries the head is set strong; a role's title is
	 * not, under its employer's name */
	if (h->n)
		h->part[0].lead = h->part[0].role != COMPOSE_LEVEL &&
		    h->part[0].role != COMPOSE_LOCATION && !compose_is_role(e);
	if (url) {
		/* the part that shows the target links; else the
		 * organisation, else the title; and a note says where it
		 * goes when no part shows it */
		bool in_title = t && render_link_shown(title, url);
		bool in_org = o && render_link_shown(org, url);
		bool shown = in_title || in_org;
		struct compose_part *to = in_title ? t : o ? o : t;
		const char *note = shown ? NULL
		                         : render_links_note(links, "", url);

		if (to)
			to->href = url;
		if (note)
			add(h, COMPOSE_NOTE, h->n ? " " : "", note)->href = url;
	}
}

void
compose_head_free(struct compose_head *h)
{
	compose_dates_free(&h->dates);
}

void
compose_keywords(struct compose_keywords *k, const struct resume_entry *e)
{
	const char *title = resume_str_blank(e->title) ? NULL : e->title;
	const char *level = resume_str_blank(e->level) ? NULL : e->level;
	size_t i, cap = e->nkeywords + 2;
	const char *sep;

	memset(k, 0, sizeof(*k));
	k->part = xcalloc(cap, sizeof(*k->part));
	k->end = e->keywords_end ? e->keywords_end : "";
	if (title) {
		k->part[k->n].role = COMPOSE_TITLE;
		k->part[k->n].sep = "";
		k->part[k->n].text = title;
		k->part[k->n++].lead = true;
	}
	/* "Go — expert: a, b"; "English: native" */
	if (level) {
		k->part[k->n].role = COMPOSE_LEVEL;
		k->part[k->n].sep = !title ? ""
		    : e->nkeywords         ? " — "
		                           : compose_colon(title);
		k->part[k->n++].text = level;
	}
	sep = title || level ? compose_colon(title ? title : level) : "";
	for (i = 0; i < e->nkeywords; i++) {
		if (resume_str_blank(e->keywords[i]))
			continue;
		k->part[k->n].role = COMPOSE_KEYWORD;
		k->part[k->n].sep = sep;
		k->part[k->n++].text = e->keywords[i];
		sep = ", ";
	}
}

void
compose_keywords_free(struct compose_keywords *k)
{
	free(k->part);
	memset(k, 0, sizeof(*k));
}

struct compose_contact *
compose_contacts(const struct resume *r, struct render_links *links, size_t *n)
{
	const struct resume_basics *b = &r->basics;
	struct compose_contact *c = xcalloc(b->ncontacts + 1, sizeof(*c));
	size_t i;

	*n = 0;
	for (i = 0; i < b->ncontacts; i++) {
		const struct resume_contact *x = &b->contacts[i];
		struct compose_contact *y;

		if (x->in_section || resume_str_blank(x->text))
			continue;
		y = &c[(*n)++];
		y->kind = x->kind;
		y->label = resume_str_blank(x->label) ? NULL : x->label;
		/* "Upon request": say it is the phone */
		if (!y->label && x->kind == RESUME_CONTACT_PHONE &&
		    strspn(x->text, "+0123456789 ()-./") != strlen(x->text))
			y->label = compose_word(
			    r, "phone", lang_label(lang_get(r->lang), "phone"));
		y->colon = y->label ? compose_colon(y->label) : "";
		y->text = x->text;
		y->href = x->href;
		y->note = render_links_note(links, x->text, x->href);
		y->network = x->network;
	}
	return c;
}

/* Does s (a network name, or a URL) name host, as a word of its own? */
static bool
names(const char *s, const char *host)
{
	size_t n = strlen(host);
	const char *p;

	for (p = s; p && *p; p++)
		if ((p == s || !isalnum((unsigned char)p[-1])) &&
		    strncasecmp(p, host, n) == 0)
			return true;
	return false;
}

const char *
compose_contact_icon(const struct compose_contact *c)
{
	/* Font Awesome 4.7 (Debian's fonts-font-awesome) code points */
	static const struct {
		const char *host, *icon;
	} nets[] = {{"github", "\xef\x82\x9b"},                    /* U+F09B */
	    {"linkedin", "\xef\x83\xa1"},                          /* U+F0E1 */
	    {"twitter", "\xef\x82\x99"},                           /* U+F099 */
	    {"x.com", "\xef\x82\x99"}, {"gitlab", "\xef\x8a\x96"}, /* U+F296 */
	    {"stackoverflow", "\xef\x85\xac"},                     /* U+F16C */
	    {"stack overflow", "\xef\x85\xac"},
	    {"mastodon", "\xef\x83\xa5"}, /* U+F0E5, a speech bubble */
	    {"medium", "\xef\x88\xba"},   /* U+F23A */
	    {"youtube", "\xef\x85\xa7"},  /* U+F167 */
	    {"orcid", "\xef\x86\x9d"}};   /* U+F19D, the mortar board */
	size_t i;

	switch (c->kind) {
	case RESUME_CONTACT_EMAIL:
		return "\xef\x83\xa0"; /* U+F0E0 envelope */
	case RESUME_CONTACT_PHONE:
		return "\xef\x82\x95"; /* U+F095 phone */
	case RESUME_CONTACT_LOCATION:
		return "\xef\x81\x81"; /* U+F041 map marker */
	case RESUME_CONTACT_PROFILE:
	case RESUME_CONTACT_URL:
		for (i = 0; i < sizeof(nets) / sizeof(*nets); i++)
			if (names(c->network, nets[i].host) ||
			    names(c->href, nets[i].host))
				return nets[i].icon;
		return c->kind == RESUME_CONTACT_URL
		    ? "\xef\x82\xac"  /* U+F0AC globe */
		    : "\xef\x83\x81"; /* U+F0C1 link */
	case RESUME_CONTACT_OTHER:
		break;
	}
	return NULL;
}

const char *
compose_section_title(const struct resume_section *s, const struct resume *r)
{
	if (resume_section_title_implied(s))
		return compose_word(r, resume_section_kind_name(s->kind),
		    lang_title(lang_get(r ? r->lang : NULL), s->kind));
	return s->title;
}
