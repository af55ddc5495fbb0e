/*
 * JSON backend: the model as JSON Resume v1.0.0, keys in the schema's
 * order, two-space indent, so that a Markdown résumé becomes structured
 * data (`resume render --json cv.md | jq .work[0]`).  What JSON Resume has
 * no field for stays in "x-" extensions: other contact items, sections of
 * no standard kind.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "../core/lang.h"
#include "compose.h"
#include "render.h"
#include "resume/arena.h"
#include "resume/backend.h"
#include "resume/buf.h"
#include "resume/resume.h"

static void
set_str(json_t *o, const char *k, const char *v)
{
	if (v && *v)
		json_object_set_new(o, k, json_string(v));
}

static void
set_date(json_t *o, const char *k, const struct resume_date *d)
{
	char buf[48];

	if (d->year <= 0)
		return;
	if (d->month && d->day)
		snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d->year, d->month,
		    d->day);
	else if (d->month)
		snprintf(buf, sizeof(buf), "%04d-%02d", d->year, d->month);
	else
		snprintf(buf, sizeof(buf), "%04d", d->year);
	json_object_set_new(o, k, json_string(buf));
}

static json_t *strings(const char **v, size_t n);

/* Rich text as JSON Resume strings hold it: inline Markdown, as the
 * themes read it; breaks are newlines. */
static void
plain(struct resume_buf *b, const struct resume_text *t)
{
	render_md_inline(b, t);
}

/* The description of an entry: paragraphs (and anything else) into the
 * summary, top-level bullets into highlights, nested ones under theirs. */
static void
body(json_t *o, const char *summary_key, const char *items_key,
    const struct resume_block *b, size_t n)
{
	struct resume_buf s = {0}, item = {0};
	json_t *items = json_array(), *tags = json_array();
	/* a highlight's tags beside it in "x-highlightTags", where themes
	 * do not print them; in our own lists, a comment in the string */
	bool own = items_key && strcmp(items_key, "highlights") != 0,
	     tagged = false;
	size_t i, j;

	for (i = 0; i < n; i++) {
		const struct resume_block *x = &b[i];

		if (x->kind == RESUME_BLOCK_ITEM && x->level == 0 &&
		    items_key) {
			resume_buf_clear(&item);
			plain(&item, &x->text);
			if (own)
				render_marks(&item, &x->marks);
			tagged = tagged || x->marks.ntags;
			json_array_append_new(
			    tags, strings(x->marks.tags, x->marks.ntags));
			/* nested bullets and paragraphs below join it */
			for (j = i + 1; j < n && b[j].level > 0; j++) {
				resume_buf_puts(&item,
				    b[j].kind == RESUME_BLOCK_ITEM ? "; "
				                                   : " ");
				plain(&item, &b[j].text);
			}
			i = j - 1;
			json_array_append_new(
			    items, json_string(resume_buf_str(&item)));
			continue;
		}
		if (x->kind == RESUME_BLOCK_RULE || x->description)
			continue;
		while (s.len && s.data[s.len - 1] == '\n')
			s.data[--s.len] = '\0';
		if (s.len)
			resume_buf_puts(&s, "\n\n");
		if (x->kind == RESUME_BLOCK_CODE)
			resume_buf_puts(
			    &s, x->literal + strspn(x->literal, "\n"));
		else if (x->kind == RESUME_BLOCK_TABLE_ROW) {
			for (j = 0; j < x->ncells; j++) {
				if (j)
					resume_buf_puts(&s, " | ");
				plain(&s, &x->cells[j]);
			}
		} else {
			if (x->kind == RESUME_BLOCK_ITEM)
				resume_buf_puts(&s, "- ");
			plain(&s, &x->text);
		}
	}
	while (s.len && s.data[s.len - 1] == '\n')
		s.data[--s.len] = '\0';
	set_str(o, summary_key, s.len ? s.data : NULL);
	if (json_array_size(items))
		json_object_set_new(o, items_key, items);
	else
		json_decref(items);
	if (tagged && !own)
		json_object_set_new(o, "x-highlightTags", tags);
	else
		json_decref(tags);
	resume_buf_free(&s);
	resume_buf_free(&item);
}

/* A work entry's description, without the italics it is shown in. */
static void
description(json_t *o, const struct resume_entry *e)
{
	struct resume_buf b = {0};
	size_t i, j;

	for (i = 0; i < e->nbody; i++) {
		const struct resume_block *x = &e->body[i];
		struct resume_text t = {0};

		if (!x->description)
			continue;
		t.nspans = x->text.nspans;
		t.spans = calloc(t.nspans ? t.nspans : 1, sizeof(*t.spans));
		for (j = 0; j < t.nspans; j++) {
			t.spans[j] = x->text.spans[j];
			t.spans[j].flags &= ~(unsigned)RESUME_SPAN_ITALIC;
		}
		if (b.len)
			resume_buf_puts(&b, "\n\n");
		plain(&b, &t);
		free(t.spans);
	}
	set_str(o, "description", b.len ? b.data : NULL);
	resume_buf_free(&b);
}

/* One block as a string: an item with the nested blocks under it. */
static size_t
block_text(struct resume_buf *t, const struct resume_block *b, size_t n)
{
	size_t j;

	if (b[0].kind == RESUME_BLOCK_CODE)
		resume_buf_puts(t, b[0].literal + strspn(b[0].literal, "\n"));
	else if (b[0].kind == RESUME_BLOCK_TABLE_ROW)
		for (j = 0; j < b[0].ncells; j++) {
			if (j)
				resume_buf_puts(t, " | ");
			plain(t, &b[0].cells[j]);
		}
	else
		plain(t, &b[0].text);
	while (t->len && t->data[t->len - 1] == '\n')
		t->data[--t->len] = '\0';
	for (j = 1; j < n && b[j].level > 0; j++) {
		resume_buf_puts(t, b[j].kind == RESUME_BLOCK_ITEM ? "; " : " ");
		plain(t, &b[j].text);
	}
	return j;
}

/* Where a kind has a list and no prose field (education's courses, the
 * keywords of skills and interests), its paragraphs are items of the list
 * too, which the themes show; "x-paragraphs" gives their places in it, so
 * that they read back as paragraphs. */
static void
listed(json_t *o, const char *key, const struct resume_block *b, size_t n,
    const char **kw, size_t nkw)
{
	json_t *items = json_array(), *paras = json_array();
	struct resume_buf t = {0};
	size_t i;

	for (i = 0; i < nkw; i++)
		json_array_append_new(items, json_string(kw[i]));
	for (i = 0; i < n;) {
		const struct resume_block *x = &b[i];

		resume_buf_clear(&t);
		if (x->kind == RESUME_BLOCK_RULE) {
			i++;
			continue;
		}
		i += block_text(&t, x, n - i);
		if (t.len == 0)
			continue;
		if (x->kind != RESUME_BLOCK_ITEM || x->level > 0)
			json_array_append_new(paras,
			    json_integer((json_int_t)json_array_size(items)));
		json_array_append_new(items, json_string(t.data));
	}
	if (json_array_size(items))
		json_object_set_new(o, key, items);
	else
		json_decref(items);
	if (json_array_size(paras))
		json_object_set_new(o, "x-paragraphs", paras);
	else
		json_decref(paras);
	resume_buf_free(&t);
}

static json_t *
strings(const char **v, size_t n)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; i < n; i++)
		json_array_append_new(a, json_string(v[i]));
	return a;
}

static void
dates(
    json_t *o, const struct resume_entry *e, const char *start, const char *end)
{
	set_date(o, start, &e->dates.start);
	if (end && e->dates.range && !e->dates.end.present)
		set_date(o, end, &e->dates.end);
	/* one date: the start is the end too, for JSON Resume reads a
	 * missing endDate as "to the present" */
	else if (end && !e->dates.range && e->dates.start.year > 0)
		set_date(o, end, &e->dates.start);
}

/* A section of no JSON Resume kind goes among the projects: its entries
 * say so ("x-custom"), with its title. */
static void
custom_mark(json_t *o, const struct resume_section *s)
{
	set_str(o, "x-section", s->title);
	json_object_set_new(o, "x-custom", json_true());
}

/* Is the section's title its own, one the kind does not imply: neither
 * the kind's English title nor the tables' in the résumé's language when
 * that language is told by its script, as the reader tells it (a Chinese
 * JSON Resume is shown with 工作经历 again; a French one, whose letters
 * are Latin, is not known to be French and keeps its "Formation")? */
static bool
own_title(const struct resume_section *s, const char *lang)
{
	static const char *const by_script[] = {
	    "zh", "ja", "ko", "ru", "fa", "ar"};
	const char *std = resume_section_kind_title(s->kind);
	size_t i;

	if (s->title == NULL || std == NULL || s->implicit ||
	    strcmp(s->title, std) == 0)
		return false;
	if (strcmp(s->title, lang_title(lang_get(lang), s->kind)) != 0)
		return true;
	for (i = 0; i < sizeof(by_script) / sizeof(*by_script); i++)
		if (strcmp(lang, by_script[i]) == 0)
			return false;
	return true;
}

/* The section's title as the résumé shows it: its kind's in the
 * résumé's language when the kind implies it. */
static const char *
shown_title(const struct resume_section *s, const char *lang)
{
	return resume_section_title_implied(s)
	    ? lang_title(lang_get(lang), s->kind)
	    : s->title;
}

/* Does an entry of kind k name its organisation in JSON Resume (and
 * have no field for its place: work has one)? */
static bool
names_org(enum resume_section_kind k)
{
	switch (k) {
	case RESUME_SECTION_VOLUNTEER:
	case RESUME_SECTION_EDUCATION:
	case RESUME_SECTION_AWARDS:
	case RESUME_SECTION_CERTIFICATES:
	case RESUME_SECTION_PUBLICATIONS:
	case RESUME_SECTION_CUSTOM:
	case RESUME_SECTION_PROJECTS:
		return true;
	default:
		return false;
	}
}

/* Does a date's text show year y as JSON Resume writes it, in ASCII
 * digits?  (y 0 or less: nothing to show.) */
static bool
shows_year(const char *text, int y)
{
	char b[16];

	if (y <= 0)
		return true;
	snprintf(b, sizeof(b), "%d", y);
	return strstr(text, b) != NULL;
}

static json_t *
entry(const struct resume_section *s, const struct resume_entry *e,
    const char *lang)
{
	enum resume_section_kind kind = s->kind;
	json_t *o = json_object();
	struct resume_buf place = {0};
	const char *org = e->org;

	/* what JSON Resume cannot say: the section's own title, a group, a
	 * date as written when it is more than YYYY-MM-DD ("Summer 2018") */
	if (kind == RESUME_SECTION_CUSTOM)
		custom_mark(o, s);
	else if (own_title(s, lang))
		set_str(o, "x-section", s->title);
	set_str(o, "x-group", e->group);
	if (e->dates.text &&
	    (e->dates.start.season || e->dates.start.year <= 0 ||
	        /* in other digits or another calendar ("۱۳۹۸ – ۱۴۰۲",
	         * read as 2019 – 2023) */
	        !shows_year(e->dates.text, e->dates.start.year) ||
	        (e->dates.range &&
	            !shows_year(e->dates.text, e->dates.end.year)) ||
	        (e->dates.range && !e->dates.end.present &&
	            e->dates.end.year <= 0) ||
	        *compose_tail(&e->dates) ||
	        /* one date with more to it: "2017, 2018", "2014 (expected)" */
	        (!e->dates.range && e->dates.start_text &&
	            strcmp(e->dates.text, e->dates.start_text) != 0)))
		set_str(o, "x-date", e->dates.text);

	/* a place where JSON Resume has no field for one (a school's city)
	 * joins the organisation's name, as JSON Resume files write it and
	 * every theme shows it ("Trinity College, Cambridge"); read back,
	 * the name is the whole.  With no organisation, or one whose name
	 * says the place already ("University of Toronto"), x-location */
	if (kind != RESUME_SECTION_WORK && e->location && *e->location) {
		if (org && *org && names_org(kind) &&
		    strstr(org, e->location) == NULL) {
			resume_buf_puts(&place, org);
			resume_buf_puts(&place, ", ");
			resume_buf_puts(&place, e->location);
			org = resume_buf_str(&place);
		} else
			set_str(o, "x-location", e->location);
	}
	switch (kind) {
	case RESUME_SECTION_WORK:
		set_str(o, "name", e->org);
		set_str(o, "position", e->title);
		set_str(o, "location", e->location);
		set_str(o, "url", e->url);
		dates(o, e, "startDate", "endDate");
		description(o, e);
		body(o, "summary", "highlights", e->body, e->nbody);
		break;
	case RESUME_SECTION_VOLUNTEER:
		set_str(o, "organization", org);
		set_str(o, "position", e->title);
		set_str(o, "url", e->url);
		dates(o, e, "startDate", "endDate");
		body(o, "summary", "highlights", e->body, e->nbody);
		break;
	case RESUME_SECTION_EDUCATION:
		set_str(o, "institution", org);
		set_str(o, "url", e->url);
		set_str(o, "area", e->area);
		set_str(o, "studyType", e->title);
		dates(o, e, "startDate", "endDate");
		set_str(o, "score", e->level);
		listed(o, "courses", e->body, e->nbody, NULL, 0);
		break;
	case RESUME_SECTION_AWARDS:
		set_str(o, "title", e->title);
		set_date(o, "date", &e->dates.start);
		set_str(o, "awarder", org);
		body(o, "summary", "x-highlights", e->body, e->nbody);
		break;
	case RESUME_SECTION_CERTIFICATES:
		set_str(o, "name", e->title);
		set_date(o, "date", &e->dates.start);
		set_str(o, "url", e->url);
		set_str(o, "issuer", org);
		body(o, "x-summary", "x-highlights", e->body, e->nbody);
		break;
	case RESUME_SECTION_PUBLICATIONS:
		set_str(o, "name", e->title);
		set_str(o, "publisher", org);
		set_date(o, "releaseDate", &e->dates.start);
		set_str(o, "url", e->url);
		body(o, "summary", "x-highlights", e->body, e->nbody);
		break;
	case RESUME_SECTION_SKILLS:
	case RESUME_SECTION_INTERESTS:
		/* a list with no category is named after its section, as
		 * themes want a name (kendall hides the section without);
		 * read back, that name is none */
		if (e->title || e->nkeywords || e->nbody || e->level)
			set_str(o, "name",
			    e->title ? e->title : shown_title(s, lang));
		if (kind == RESUME_SECTION_SKILLS)
			set_str(o, "level", e->level);
		listed(o, "keywords", e->body, e->nbody, e->keywords,
		    e->nkeywords);
		break;
	case RESUME_SECTION_LANGUAGES:
		set_str(o, "language", e->title);
		set_str(o, "fluency", e->level);
		body(o, "x-summary", "x-highlights", e->body, e->nbody);
		break;
	case RESUME_SECTION_REFERENCES:
		set_str(o, "name", e->title);
		body(o, "reference", "x-highlights", e->body, e->nbody);
		break;
	case RESUME_SECTION_CUSTOM:
		/* a section of no JSON Resume kind: as projects, which every
		 * theme shows, name, entity, text and all */
		set_str(o, "name", e->title);
		body(o, "description", "highlights", e->body, e->nbody);
		dates(o, e, "startDate", "endDate");
		set_str(o, "url", e->url);
		set_str(o, "entity", org);
		break;
	case RESUME_SECTION_PROJECTS: {
		set_str(o, "name", e->title);
		body(o, "description", "highlights", e->body, e->nbody);
		if (e->nkeywords)
			json_object_set_new(
			    o, "keywords", strings(e->keywords, e->nkeywords));
		dates(o, e, "startDate", "endDate");
		set_str(o, "url", e->url);
		if (e->area) {
			/* "Lead, Maintainer" was roles joined */
			json_t *roles = json_array();
			const char *p = e->area, *q;

			while (*p) {
				q = strstr(p, ", ");
				json_array_append_new(roles,
				    json_stringn(
				        p, q ? (size_t)(q - p) : strlen(p)));
				p = q ? q + 2 : p + strlen(p);
			}
			json_object_set_new(o, "roles", roles);
		}
		set_str(o, "entity", org);
		set_str(o, "type", e->level);
		break;
	}
	default:
		break;
	}
	if (e->marks.ntags)
		json_object_set_new(
		    o, "x-tags", strings(e->marks.tags, e->marks.ntags));
	resume_buf_free(&place);
	return o;
}

static const char *
key_of(enum resume_section_kind k)
{
	switch (k) {
	case RESUME_SECTION_WORK:
		return "work";
	case RESUME_SECTION_VOLUNTEER:
		return "volunteer";
	case RESUME_SECTION_EDUCATION:
		return "education";
	case RESUME_SECTION_AWARDS:
		return "awards";
	case RESUME_SECTION_CERTIFICATES:
		return "certificates";
	case RESUME_SECTION_PUBLICATIONS:
		return "publications";
	case RESUME_SECTION_SKILLS:
		return "skills";
	case RESUME_SECTION_LANGUAGES:
		return "languages";
	case RESUME_SECTION_INTERESTS:
		return "interests";
	case RESUME_SECTION_REFERENCES:
		return "references";
	case RESUME_SECTION_PROJECTS:
		return "projects";
	default:
		return NULL;
	}
}

/* The text before a section's entries: an entry of the section's kind
 * (a project for a section of no kind) marked "x-intro", which holds the
 * text as Markdown, read back whole; the kind's own field holds it too,
 * for the themes: the summary or description, or one item per block
 * where the kind lists items. */
static json_t *
intro_entry(const struct resume_section *s, const char *lang)
{
	const char *t, *key = NULL;
	struct resume_buf md = {0};
	json_t *o = json_object();

	if (s->kind == RESUME_SECTION_CUSTOM ||
	    s->kind == RESUME_SECTION_CONTACT)
		custom_mark(o, s);
	else if (own_title(s, lang))
		set_str(o, "x-section", s->title);
	render_md_blocks(&md, s->intro, s->nintro);
	t = resume_buf_str(&md);
	json_object_set_new(o, "x-intro", json_string(t + strspn(t, "\n")));
	resume_buf_free(&md);
	switch (s->kind) {
	case RESUME_SECTION_WORK:
	case RESUME_SECTION_VOLUNTEER:
	case RESUME_SECTION_AWARDS:
	case RESUME_SECTION_PUBLICATIONS:
		key = "summary";
		break;
	case RESUME_SECTION_PROJECTS:
	case RESUME_SECTION_CUSTOM:
	case RESUME_SECTION_CONTACT:
		key = "description";
		break;
	case RESUME_SECTION_REFERENCES:
		key = "reference";
		break;
	case RESUME_SECTION_SKILLS:
	case RESUME_SECTION_INTERESTS:
		/* named, as themes want (see entry()); each paragraph, bullet
		 * or row an item */
		set_str(o, "name", shown_title(s, lang));
		listed(o, "keywords", s->intro, s->nintro, NULL, 0);
		break;
	case RESUME_SECTION_EDUCATION:
		listed(o, "courses", s->intro, s->nintro, NULL, 0);
		break;
	case RESUME_SECTION_CERTIFICATES:
	case RESUME_SECTION_LANGUAGES:
		key = s->kind == RESUME_SECTION_LANGUAGES ? "language" : "name";
		break;
	default:
		break;
	}
	if (key)
		body(o, key, NULL, s->intro, s->nintro);
	return o;
}

static json_t *
basics(const struct resume *r)
{
	const struct resume_basics *bs = &r->basics;
	json_t *o = json_object(), *profiles = json_array(),
	       *other = json_array();
	const struct resume_contact *c;
	struct resume_buf s = {0};
	size_t i;
	bool email = false, phone = false, url = false, loc = false;

	/* keys in the schema's order, whatever the order of the contacts */
	json_object_set_new(o, "name", json_string(bs->name ? bs->name : ""));
	set_str(o, "label", bs->label);
	set_str(o, "image", bs->image);
	for (i = 0; i < bs->ncontacts && !email; i++) {
		c = &bs->contacts[i];
		if (c->kind == RESUME_CONTACT_EMAIL && c->href) {
			set_str(o, "email", c->href + 7);
			email = true;
		}
	}
	for (i = 0; i < bs->ncontacts && !phone; i++) {
		c = &bs->contacts[i];
		if (c->kind == RESUME_CONTACT_PHONE) {
			set_str(o, "phone", c->text);
			phone = true;
		}
	}
	for (i = 0; i < bs->ncontacts && !url; i++) {
		c = &bs->contacts[i];
		if (c->kind == RESUME_CONTACT_URL && c->href) {
			set_str(o, "url", c->href);
			/* the words it is shown as ("My wikipedia page"),
			 * which no theme reads but a read back keeps */
			if (c->text && *c->text &&
			    !render_link_redundant(c->text, c->href))
				set_str(o, "x-url-text", c->text);
			url = true;
		}
	}
	for (i = 0; i < bs->ncontacts; i++) {
		c = &bs->contacts[i];
		if ((c->kind == RESUME_CONTACT_EMAIL && c->href &&
		        !strcmp(c->href + 7,
		            json_string_value(json_object_get(o, "email")))) ||
		    (c->kind == RESUME_CONTACT_PHONE &&
		        !strcmp(c->text,
		            json_string_value(json_object_get(o, "phone")))) ||
		    (c->kind == RESUME_CONTACT_URL && c->href &&
		        !strcmp(c->href,
		            json_string_value(json_object_get(o, "url")))))
			continue; /* written above */
		if (c->kind == RESUME_CONTACT_LOCATION && !loc) {
			json_t *l = json_object();

			if (c->place) {
				set_str(l, "address", c->place->address);
				set_str(l, "postalCode", c->place->postal_code);
				set_str(l, "city", c->place->city);
				set_str(
				    l, "countryCode", c->place->country_code);
				set_str(l, "region", c->place->region);
			} else
				set_str(l, "city", c->text);
			json_object_set_new(o, "x-location", l);
			loc = true;
		} else if ((c->kind == RESUME_CONTACT_PROFILE &&
		               (c->href || c->network)) ||
		    (c->label &&
		        (c->kind == RESUME_CONTACT_OTHER ||
		            c->kind == RESUME_CONTACT_URL))) {
			/* a labelled item ("QQ: 6123", "Telegram: @ann") is a
			 * profile on that network, as the themes show it */
			json_t *p = json_object();

			set_str(
			    p, "network", c->network ? c->network : c->label);
			set_str(p, "username", c->text);
			set_str(p, "url", c->href);
			json_array_append_new(profiles, p);
		} else {
			json_t *p = json_object();

			set_str(p, "label", c->label);
			set_str(p, "text", c->text);
			set_str(p, "url", c->href);
			json_array_append_new(other, p);
		}
	}
	/* the free content under the name (paragraphs, lists, tables,
	 * code), then summary sections */
	for (i = 0; i <= r->nsections; i++) {
		const struct resume_section *sec = i ? &r->sections[i - 1]
		                                     : NULL;
		json_t *tmp;

		if (sec && sec->kind != RESUME_SECTION_SUMMARY)
			continue;
		tmp = json_object();
		if (sec)
			body(tmp, "s", NULL, sec->intro, sec->nintro);
		else
			body(tmp, "s", NULL, bs->summary, bs->nsummary);
		if (json_object_get(tmp, "s")) {
			if (s.len)
				resume_buf_puts(&s, "\n\n");
			resume_buf_puts(
			    &s, json_string_value(json_object_get(tmp, "s")));
		}
		json_decref(tmp);
	}
	while (s.len && s.data[s.len - 1] == '\n')
		s.data[--s.len] = '\0';
	set_str(o, "summary", s.len ? s.data : NULL);
	/* what themes read without looking first is there, if empty:
	 * jsonresume-theme-elegant stops without a location and profiles,
	 * kendall without a name */
	if (json_object_get(o, "x-location")) {
		json_object_set(
		    o, "location", json_object_get(o, "x-location"));
		json_object_del(o, "x-location");
	} else
		json_object_set_new(o, "location", json_object());
	json_object_set_new(o, "profiles", profiles);
	if (json_array_size(other))
		json_object_set_new(o, "x-contacts", other);
	else
		json_decref(other);
	resume_buf_free(&s);
	return o;
}

/* Is section i a contact section none of whose lines were read as
 * contacts ("手机：135****（如果是外地手机…）"), whose text basics would
 * not hold? */
static bool
unread_contacts(const struct resume *r, size_t i)
{
	const struct resume_section *s = &r->sections[i];
	size_t k,
	    end = i + 1 < r->nsections ? r->sections[i + 1].pos.line
	                               : (size_t)-1;

	if (s->kind != RESUME_SECTION_CONTACT || s->nintro == 0)
		return false;
	for (k = 0; k < r->basics.ncontacts; k++) {
		const struct resume_contact *c = &r->basics.contacts[k];

		if (c->in_section && c->pos.line >= s->pos.line &&
		    c->pos.line < end)
			return false;
	}
	return true;
}

/* Sections of no kind go with the projects, as does the text of a
 * contact section whose lines are no contacts. */
static bool
same_key(const struct resume *r, size_t i, enum resume_section_kind key)
{
	enum resume_section_kind k = r->sections[i].kind;

	return k == key ||
	    (key == RESUME_SECTION_PROJECTS &&
	        (k == RESUME_SECTION_CUSTOM || unread_contacts(r, i)));
}

static int
render_json(const struct resume *r, const struct resume_opts *o, FILE *out,
    struct resume_result *res, struct resume_diag *diag)
{
	static const enum resume_section_kind order[] = {RESUME_SECTION_WORK,
	    RESUME_SECTION_VOLUNTEER, RESUME_SECTION_EDUCATION,
	    RESUME_SECTION_AWARDS, RESUME_SECTION_CERTIFICATES,
	    RESUME_SECTION_PUBLICATIONS, RESUME_SECTION_SKILLS,
	    RESUME_SECTION_LANGUAGES, RESUME_SECTION_INTERESTS,
	    RESUME_SECTION_REFERENCES, RESUME_SECTION_PROJECTS};
	json_t *root = json_object(), *meta;
	size_t i, k, j, first[sizeof(order) / sizeof(*order)];
	char *text;
	int rc = 0;

	(void)res; /* nothing to report */

	(void)o;
	(void)diag;
	json_object_set_new(root, "$schema",
	    json_string("https://raw.githubusercontent.com/jsonresume/"
	                "resume-schema/v1.0.0/schema.json"));
	json_object_set_new(root, "basics", basics(r));
	/* the sections in the résumé's order: each kind where its first
	 * section stands, with every section of that kind */
	for (k = 0; k < sizeof(order) / sizeof(*order); k++)
		first[k] = r->nsections;
	for (i = 0; i < r->nsections; i++)
		for (k = 0; k < sizeof(order) / sizeof(*order); k++)
			if (same_key(r, i, order[k]) &&
			    first[k] == r->nsections)
				first[k] = i;
	for (i = 0; i < r->nsections; i++) {
		json_t *arr = NULL;

		for (k = 0; k < sizeof(order) / sizeof(*order); k++)
			if (first[k] == i)
				break;
		if (k == sizeof(order) / sizeof(*order))
			continue;
		for (j = 0; j < r->nsections; j++) {
			const struct resume_section *s = &r->sections[j];
			size_t m;

			if (!same_key(r, j, order[k]))
				continue;
			if (arr == NULL)
				arr = json_array();
			if (s->nintro)
				json_array_append_new(
				    arr, intro_entry(s, r->lang));
			for (m = 0; m < s->nentries; m++)
				json_array_append_new(
				    arr, entry(s, &s->entries[m], r->lang));
		}
		if (arr && json_array_size(arr))
			json_object_set_new(root, key_of(order[k]), arr);
		else if (arr)
			json_decref(arr);
	}
	meta = json_object();
	for (i = 0; i < r->nmeta; i++)
		set_str(meta, r->meta[i].key, r->meta[i].value);
	if (!json_object_get(meta, "version"))
		json_object_set_new(meta, "version", json_string("v1.0.0"));
	json_object_set_new(
	    meta, "x-generator", json_string("resume " RESUME_VERSION));
	json_object_set_new(root, "meta", meta);
	if (r->nwords) {
		json_t *words = json_object();

		for (i = 0; i < r->nwords; i++)
			set_str(words, r->words[i].key, r->words[i].value);
		json_object_set_new(root, "x-words", words);
	}
	text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	if (text == NULL || fputs(text, out) == EOF || fputc('\n', out) == EOF)
		rc = -1;
	free(text);
	json_decref(root);
	return rc;
}

const struct resume_backend backend_json = {.name = "json",
    .suffix = ".json",
    .help = "JSON Resume v1.0.0",
    .flags = 0,
    .render = render_json};
