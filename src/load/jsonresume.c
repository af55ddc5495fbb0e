/*
 * JSON Resume loader (jsonresume.org schema v1.0.0): jansson parses the
 * text, a table of the schema checks every value (type, date pattern,
 * e-mail and URI form) and reports violations at their JSON pointer, and
 * the mapper fills the model.  Older field names (website, company,
 * picture...) are read with a warning; "x-" extension keys are accepted
 * silently.  The jansson tree is freed before returning.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "../core/dates.h"
#include "../core/lang.h"
#include "../core/link.h"
#include "loader.h"
#include "resume/resume.h"

enum ftype {
	F_STR,
	F_DATE,
	F_URI,
	F_EMAIL,
	F_STRS, /* array of strings */
	F_OBJ,
	F_OBJS, /* array of objects */
};

struct field {
	const char *key;
	enum ftype type;
	const struct field *sub; /* F_OBJ, F_OBJS: the object's fields */
	const char *renamed;     /* an old name: the current one */
};

#define END                                                                    \
	{                                                                      \
		NULL, 0, NULL, NULL                                            \
	}

static const struct field location[] = {{"address", F_STR, NULL, NULL},
    {"postalCode", F_STR, NULL, NULL}, {"city", F_STR, NULL, NULL},
    {"countryCode", F_STR, NULL, NULL}, {"region", F_STR, NULL, NULL}, END};
static const struct field profile[] = {{"network", F_STR, NULL, NULL},
    {"username", F_STR, NULL, NULL}, {"url", F_URI, NULL, NULL}, END};
static const struct field basics[] = {{"name", F_STR, NULL, NULL},
    {"label", F_STR, NULL, NULL}, {"image", F_STR, NULL, NULL},
    {"email", F_EMAIL, NULL, NULL}, {"phone", F_STR, NULL, NULL},
    {"url", F_URI, NULL, NULL}, {"summary", F_STR, NULL, NULL},
    {"location", F_OBJ, location, NULL}, {"profiles", F_OBJS, profile, NULL},
    {"website", F_URI, NULL, "url"}, {"picture", F_STR, NULL, "image"}, END};
static const struct field work[] = {{"name", F_STR, NULL, NULL},
    {"location", F_STR, NULL, NULL}, {"description", F_STR, NULL, NULL},
    {"position", F_STR, NULL, NULL}, {"url", F_URI, NULL, NULL},
    {"startDate", F_DATE, NULL, NULL}, {"endDate", F_DATE, NULL, NULL},
    {"summary", F_STR, NULL, NULL}, {"highlights", F_STRS, NULL, NULL},
    {"company", F_STR, NULL, "name"}, {"website", F_URI, NULL, "url"}, END};
static const struct field volunteer[] = {{"organization", F_STR, NULL, NULL},
    {"position", F_STR, NULL, NULL}, {"url", F_URI, NULL, NULL},
    {"startDate", F_DATE, NULL, NULL}, {"endDate", F_DATE, NULL, NULL},
    {"summary", F_STR, NULL, NULL}, {"highlights", F_STRS, NULL, NULL},
    {"website", F_URI, NULL, "url"}, END};
static const struct field education[] = {{"institution", F_STR, NULL, NULL},
    {"url", F_URI, NULL, NULL}, {"area", F_STR, NULL, NULL},
    {"studyType", F_STR, NULL, NULL}, {"startDate", F_DATE, NULL, NULL},
    {"endDate", F_DATE, NULL, NULL}, {"score", F_STR, NULL, NULL},
    {"courses", F_STRS, NULL, NULL}, {"gpa", F_STR, NULL, "score"},
    {"website", F_URI, NULL, "url"}, END};
static const struct field award[] = {{"title", F_STR, NULL, NULL},
    {"date", F_DATE, NULL, NULL}, {"awarder", F_STR, NULL, NULL},
    {"summary", F_STR, NULL, NULL}, END};
static const struct field certificate[] = {{"name", F_STR, NULL, NULL},
    {"date", F_DATE, NULL, NULL}, {"url", F_URI, NULL, NULL},
    {"issuer", F_STR, NULL, NULL}, END};
static const struct field publication[] = {{"name", F_STR, NULL, NULL},
    {"publisher", F_STR, NULL, NULL}, {"releaseDate", F_DATE, NULL, NULL},
    {"url", F_URI, NULL, NULL}, {"summary", F_STR, NULL, NULL},
    {"website", F_URI, NULL, "url"}, END};
static const struct field skill[] = {{"name", F_STR, NULL, NULL},
    {"level", F_STR, NULL, NULL}, {"keywords", F_STRS, NULL, NULL}, END};
static const struct field language[] = {
    {"language", F_STR, NULL, NULL}, {"fluency", F_STR, NULL, NULL}, END};
static const struct field interest[] = {
    {"name", F_STR, NULL, NULL}, {"keywords", F_STRS, NULL, NULL}, END};
static const struct field reference[] = {
    {"name", F_STR, NULL, NULL}, {"reference", F_STR, NULL, NULL}, END};
static const struct field project[] = {{"name", F_STR, NULL, NULL},
    {"description", F_STR, NULL, NULL}, {"highlights", F_STRS, NULL, NULL},
    {"keywords", F_STRS, NULL, NULL}, {"startDate", F_DATE, NULL, NULL},
    {"endDate", F_DATE, NULL, NULL}, {"url", F_URI, NULL, NULL},
    {"roles", F_STRS, NULL, NULL}, {"entity", F_STR, NULL, NULL},
    {"type", F_STR, NULL, NULL}, {"website", F_URI, NULL, "url"}, END};
static const struct field meta[] = {{"canonical", F_URI, NULL, NULL},
    {"version", F_STR, NULL, NULL}, {"lastModified", F_STR, NULL, NULL}, END};
static const struct field top[] = {{"$schema", F_STR, NULL, NULL},
    {"basics", F_OBJ, basics, NULL}, {"work", F_OBJS, work, NULL},
    {"volunteer", F_OBJS, volunteer, NULL},
    {"education", F_OBJS, education, NULL}, {"awards", F_OBJS, award, NULL},
    {"certificates", F_OBJS, certificate, NULL},
    {"publications", F_OBJS, publication, NULL},
    {"skills", F_OBJS, skill, NULL}, {"languages", F_OBJS, language, NULL},
    {"interests", F_OBJS, interest, NULL},
    {"references", F_OBJS, reference, NULL},
    {"projects", F_OBJS, project, NULL}, {"meta", F_OBJ, meta, NULL}, END};

struct jctx {
	struct resume *r;
	struct resume_arena *a;
	struct resume_diag *diag;
	const char *file;
	enum resume_severity sev; /* schema violations: errors or warnings */
	size_t problems;
};

/* --- checking --- */

static const char *
type_name(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		return "an object";
	case JSON_ARRAY:
		return "an array";
	case JSON_STRING:
		return "a string";
	case JSON_INTEGER:
	case JSON_REAL:
		return "a number";
	case JSON_TRUE:
	case JSON_FALSE:
		return "a boolean";
	default:
		return "null";
	}
}

/* Appends a key to a JSON pointer, escaping '~' and '/'. */
static void
pointer_push(struct resume_buf *p, const char *key)
{
	resume_buf_putc(p, '/');
	for (; *key; key++) {
		if (*key == '~')
			resume_buf_puts(p, "~0");
		else if (*key == '/')
			resume_buf_puts(p, "~1");
		else
			resume_buf_putc(p, *key);
	}
}

static bool word_date(const char *s, char *iso, size_t n);
static void add_tags(
    struct jctx *c, struct resume_marks *m, const json_t *tags);

static void
problem(struct jctx *c, const char *pointer, const char *fmt, const char *a,
    const char *b)
{
	char msg[512];
	char *ea = resume_diag_escape(a ? a : "", 120);

	snprintf(msg, sizeof(msg), fmt, ea, b ? b : "");
	free(ea);
	resume_diag_add_code(
	    c->diag, c->sev, c->file, 0, 0, pointer, "schema", "%s", msg);
	c->problems++;
}

static bool
email_ok(const char *s)
{
	const char *at = strchr(s, '@');

	return at && at > s && !strchr(at + 1, '@') && strchr(at, '.') &&
	    at[strlen(at) - 1] != '.' && !strpbrk(s, " \t<>()[],;:\"");
}

/* An absolute URI: a scheme, then something. */
static bool
uri_ok(const char *s)
{
	const char *p = s;

	if (!isalpha((unsigned char)*p))
		return false;
	while (
	    isalnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
		p++;
	return *p == ':' && p[1] != '\0' && !strpbrk(s, " \t<>\"");
}

static void check_object(
    struct jctx *, const json_t *, const struct field *, struct resume_buf *);

static void
check_value(struct jctx *c, const json_t *v, const struct field *f,
    struct resume_buf *ptr)
{
	size_t i, len;
	const json_t *x;

	switch (f->type) {
	case F_STR:
	case F_DATE:
	case F_URI:
	case F_EMAIL:
		if (!json_is_string(v)) {
			problem(c, resume_buf_str(ptr),
			    "expected a string, got %s%s", type_name(v), NULL);
			return;
		}
		if (f->type == F_DATE && !dates_iso_ok(json_string_value(v))) {
			char iso[32];

			problem(c, resume_buf_str(ptr),
			    "expected YYYY, YYYY-MM or YYYY-MM-DD, got '%s'%s",
			    json_string_value(v),
			    word_date(json_string_value(v), iso, sizeof(iso))
			        ? iso
			        : NULL);
		} else if (f->type == F_EMAIL &&
		    !email_ok(json_string_value(v)))
			problem(c, resume_buf_str(ptr),
			    "expected an e-mail address, got '%s'%s",
			    json_string_value(v), NULL);
		else if (f->type == F_URI && !uri_ok(json_string_value(v)))
			problem(c, resume_buf_str(ptr),
			    "expected an absolute URL such as https://..., got "
			    "'%s'%s",
			    json_string_value(v), NULL);
		return;
	case F_STRS:
	case F_OBJS:
		if (!json_is_array(v)) {
			problem(c, resume_buf_str(ptr),
			    "expected an array, got %s%s", type_name(v), NULL);
			return;
		}
		json_array_foreach(v, i, x)
		{
			char num[24];

			len = ptr->len;
			snprintf(num, sizeof(num), "%zu", i);
			pointer_push(ptr, num);
			if (f->type == F_STRS && !json_is_string(x))
				problem(c, resume_buf_str(ptr),
				    "expected a string, got %s%s", type_name(x),
				    NULL);
			else if (f->type == F_OBJS)
				check_object(c, x, f->sub, ptr);
			ptr->len = len;
			ptr->data[len] = '\0';
		}
		return;
	case F_OBJ:
		check_object(c, v, f->sub, ptr);
		return;
	}
}

static void
check_object(struct jctx *c, const json_t *o, const struct field *fields,
    struct resume_buf *ptr)
{
	const char *key;
	const json_t *v;
	const struct field *f;
	size_t len;

	if (!json_is_object(o)) {
		problem(c, resume_buf_str(ptr)[0] ? resume_buf_str(ptr) : "/",
		    "expected an object, got %s%s", type_name(o), NULL);
		return;
	}
	json_object_foreach((json_t *)o, key, v)
	{
		for (f = fields; f->key; f++)
			if (strcmp(f->key, key) == 0)
				break;
		if (f->key == NULL)
			continue; /* the schema allows other keys */
		len = ptr->len;
		pointer_push(ptr, key);
		if (f->renamed && c->sev == RESUME_WARNING)
			resume_diag_add_pointer(c->diag, RESUME_WARNING,
			    c->file, resume_buf_str(ptr),
			    "'%s' is an old name; JSON Resume 1.0 calls it "
			    "'%s'",
			    key, f->renamed);
		/* schema v1.0.0 does not define an old name, so any value
		 * is valid there: what cannot be shown under the new name is
		 * a warning, the render's (validate prints those too) */
		if (!f->renamed || c->sev == RESUME_WARNING)
			check_value(c, v, f, ptr);
		ptr->len = len;
		ptr->data[len] = '\0';
	}
}

/* --- mapping --- */

static const char *
str(struct jctx *c, const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);
	const char *s;

	if (!json_is_string(v))
		return NULL;
	s = json_string_value(v);
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	return *s ? resume_arena_strdup(c->a, s) : NULL;
}

/* The first of several names that has a value: "name" or old "company". */
static const char *
str2(struct jctx *c, const json_t *o, const char *key, const char *old)
{
	const char *s = str(c, o, key);

	return s ? s : str(c, o, old);
}

/* An entry's link: "url", or the old "website", as a safe target. */
static const char *
entry_url(struct jctx *c, const json_t *o)
{
	const char *u = str2(c, o, "url", "website");

	return link_target(c->a, u ? u : "");
}

static struct resume_pos
ptr_pos(struct jctx *c, const char *section, size_t i)
{
	struct resume_pos p = {0};
	char buf[96];

	if (i == (size_t)-1)
		snprintf(buf, sizeof(buf), "/%s", section);
	else
		snprintf(buf, sizeof(buf), "/%s/%zu", section, i);
	p.pointer = resume_arena_strdup(c->a, buf);
	return p;
}

/* The length of the bullet list marker ("- ", "* ", "+ ", "1. ") that s
 * starts with, or 0. */
static size_t
list_marker(const char *s)
{
	size_t d = strspn(s, "0123456789");

	if ((s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ')
		return 2;
	if (d && d < 10 && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ')
		return d + 2;
	return 0;
}

static void
add_block(struct jctx *c, struct resume_block **b, size_t *n,
    enum resume_block_kind kind, const char *text, struct resume_pos pos)
{
	struct resume_block *x;
	struct resume_text t = {0};
	const char *p = text, *nl;

	if (text == NULL || *text == '\0')
		return;
	if (strstr(text, "  ") || strstr(text, "\n ")) {
		/* laid out with spaces (a table in text, a quote in columns):
		 * kept as it is, preformatted */
		struct resume_buf lit = {0};

		x = RESUME_PUSH(c->a, *b, n);
		x->kind = RESUME_BLOCK_CODE;
		x->pos = pos;
		resume_buf_puts(&lit, text);
		resume_buf_putc(&lit, '\n');
		x->literal = resume_arena_strdup(c->a, lit.data);
		resume_buf_free(&lit);
		return;
	}
	/* a blank line starts a new paragraph, a line that starts with a
	 * list marker a bullet of the prose; a single newline breaks */
	while (*p) {
		size_t len, m;

		nl = strstr(p, "\n\n");
		len = nl ? (size_t)(nl - p) : strlen(p);
		for (;;) {
			const char *e = p + len, *q;

			m = kind == RESUME_BLOCK_PARAGRAPH ? list_marker(p) : 0;
			/* a block ends where a bullet starts */
			for (q = p; kind == RESUME_BLOCK_PARAGRAPH &&
			     (q = memchr(q, '\n', (size_t)(e - q)));
			     q++)
				if (list_marker(q + 1))
					break;
			if (!q || kind != RESUME_BLOCK_PARAGRAPH)
				q = e;
			x = RESUME_PUSH(c->a, *b, n);
			x->kind = m ? RESUME_BLOCK_ITEM : kind;
			x->pos = pos;
			/* inline Markdown, as themes read it */
			markdown_inline(
			    c->a, p + m, (size_t)(q - p) - m, &t, &x->marks);
			x->text = t;
			if (q >= e)
				break;
			len -= (size_t)(q + 1 - p);
			p = q + 1;
		}
		if (nl == NULL)
			break;
		p = nl;
		while (*p == '\n')
			p++;
	}
}

/* Which items of an entry's list of n are its paragraphs ("x-paragraphs":
 * where the kind has no prose field, the JSON backend lists their places):
 * an arena array of n flags, read once, so the list is read in linear
 * time however many places are named. */
static bool *
listed_paragraphs(struct jctx *c, const json_t *o, size_t n)
{
	const json_t *p = json_object_get(o, "x-paragraphs"), *v;
	bool *is = resume_arena_alloc(c->a, n ? n : 1);
	size_t k;

	memset(is, 0, n ? n : 1);
	json_array_foreach(p, k, v)
	{
		if (json_is_integer(v) && json_integer_value(v) >= 0 &&
		    (size_t)json_integer_value(v) < n)
			is[json_integer_value(v)] = true;
	}
	return is;
}

static void
add_items(
    struct jctx *c, struct resume_entry *e, const json_t *o, const char *key)
{
	const json_t *arr = json_object_get(o, key), *tags;
	size_t i;
	const json_t *v;

	bool *para;

	if (!json_is_array(arr))
		return;
	para = listed_paragraphs(c, o, json_array_size(arr));
	/* "x-highlightTags": each highlight's tags, in its place */
	tags = strcmp(key, "highlights") == 0
	    ? json_object_get(o, "x-highlightTags")
	    : NULL;
	json_array_foreach(arr, i, v)
	{
		struct resume_pos pos = e->pos;
		char buf[128];
		size_t first = e->nbody;

		if (!json_is_string(v))
			continue;
		/* each bullet at its own pointer, for resume check */
		if (pos.pointer) {
			snprintf(
			    buf, sizeof(buf), "%s/%s/%zu", pos.pointer, key, i);
			pos.pointer = resume_arena_strdup(c->a, buf);
		}
		add_block(c, &e->body, &e->nbody,
		    para[i] ? RESUME_BLOCK_PARAGRAPH : RESUME_BLOCK_ITEM,
		    json_string_value(v), pos);
		if (first < e->nbody)
			add_tags(
			    c, &e->body[first].marks, json_array_get(tags, i));
	}
}

static void
add_keywords(struct jctx *c, struct resume_entry *e, const json_t *o)
{
	const json_t *arr = json_object_get(o, "keywords");
	size_t i;
	const json_t *v;
	bool *para;

	if (!json_is_array(arr))
		return;
	para = listed_paragraphs(c, o, json_array_size(arr));
	json_array_foreach(arr, i, v)
	{
		if (json_is_string(v) && para[i])
			add_block(c, &e->body, &e->nbody,
			    RESUME_BLOCK_PARAGRAPH, json_string_value(v),
			    e->pos);
		else if (json_is_string(v) && *json_string_value(v)) {
			const char **k = RESUME_PUSH(
			    c->a, e->keywords, &e->nkeywords);

			*k = resume_arena_strdup(c->a, json_string_value(v));
		}
	}
}

/* A date written in words in any language of the tables ("August
 * 2021", "Oktober 2022", "2021年8月"): writes the warning's note,
 * " (write 2021-08)", into iso and returns true; false for anything
 * else (a season, a year alone, a range). */
static bool
word_date(const char *s, char *iso, size_t n)
{
	struct date_match m;

	if (!dates_whole(s, strlen(s), &m) || m.range || m.from.year <= 0 ||
	    m.from.season)
		return false;
	if (m.from.month && m.from.day)
		snprintf(iso, n, " (write %04d-%02d-%02d)", m.from.year,
		    m.from.month, m.from.day);
	else if (m.from.month)
		snprintf(
		    iso, n, " (write %04d-%02d)", m.from.year, m.from.month);
	else
		return false;
	return true;
}

/* Parses "2019-03-01", "2019-03" or "2019" into d; returns the text as
 * written (the composition layer shows an ISO date as "Mar 2019"). */
static const char *
show_date(struct jctx *c, const char *s, struct resume_date *d)
{
	char note[32];

	memset(d, 0, sizeof(*d));
	if (!dates_iso_ok(s)) {
		/* "August 2021": read as the date it is (the schema check
		 * has said what to write), shown and written as ISO */
		if (!word_date(s, note, sizeof(note)))
			return s;
		s = resume_arena_strndup(c->a, note + 8, strlen(note + 8) - 1);
	}
	d->year = atoi(s);
	if (strlen(s) >= 7)
		d->month = atoi(s + 5);
	if (strlen(s) == 10)
		d->day = atoi(s + 8);
	return s;
}

/* Dates from startDate/endDate (an open end when only the start is
 * there), or from one date. */
static void
set_dates(struct jctx *c, struct resume_entry *e, const char *start,
    const char *end, bool open_end)
{
	struct resume_dates *d = &e->dates;
	char buf[128];

	if (start == NULL && end == NULL)
		return;
	if (start == NULL) {
		start = end;
		end = NULL;
		open_end = false;
	}
	d->start_text = show_date(c, start, &d->start);
	if (end || open_end) {
		d->range = true;
		d->sep = "–";
		if (end)
			d->end_text = show_date(c, end, &d->end);
		else {
			d->end_text = "Present";
			d->end.present = true;
		}
		snprintf(
		    buf, sizeof(buf), "%s – %s", d->start_text, d->end_text);
		d->text = resume_arena_strdup(c->a, buf);
	} else
		d->text = d->start_text;
}

/* Appends the string values under v (not the keys, which are English
 * whatever the résumé's language), depth-bounded, at most 64 KiB; not
 * the addresses and the schema's and metadata's values, whose Latin
 * letters outweigh a short Persian or Russian résumé's words. */
static void
gather_values(json_t *v, struct resume_buf *b, int depth)
{
	static const char *const skip[] = {"$schema", "meta", "email", "url",
	    "website", "image", "picture", NULL};
	const char *k;
	json_t *x;
	size_t i, n;

	if (depth > 32 || b->len > 65536)
		return;
	if (json_is_string(v)) {
		resume_buf_add(b, json_string_value(v), json_string_length(v));
		resume_buf_putc(b, ' ');
	} else if (json_is_object(v)) {
		json_object_foreach(v, k, x)
		{
			for (n = 0; skip[n] && strcmp(k, skip[n]) != 0; n++)
				;
			if (skip[n] == NULL)
				gather_values(x, b, depth + 1);
		}
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, x) gather_values(x, b, depth + 1);
	}
}

/* The language of what the résumé says. */
static const char *
values_lang(json_t *root)
{
	struct resume_buf b = {0};
	const char *lang;

	gather_values(root, &b, 0);
	lang = guess_lang(b.data ? b.data : "", b.len);
	resume_buf_free(&b);
	return lang;
}

static struct resume_section *
section(struct jctx *c, enum resume_section_kind kind, const char *key)
{
	struct resume_section *s = RESUME_PUSH(
	    c->a, c->r->sections, &c->r->nsections);

	s->kind = kind;
	s->title = resume_section_kind_title(kind);
	s->pos = ptr_pos(c, key, (size_t)-1);
	return s;
}

static void
contact(struct jctx *c, enum resume_contact_kind kind, const char *label,
    const char *text, const char *href, const char *network, const char *ptr)
{
	struct resume_contact *k;

	if (text == NULL)
		return;
	k = RESUME_PUSH(c->a, c->r->basics.contacts, &c->r->basics.ncontacts);
	k->kind = kind;
	k->label = label;
	k->text = text;
	k->href = href ? link_target(c->a, href) : NULL;
	k->network = network;
	k->pos.pointer = resume_arena_strdup(c->a, ptr);
}

/* "https://ada.example/" shown as "ada.example" (the link keeps it all) */
static const char *
bare_url(struct jctx *c, const char *u)
{
	size_t n;

	if (u == NULL)
		return NULL;
	if (strncmp(u, "https://", 8) == 0)
		u += 8;
	else if (strncmp(u, "http://", 7) == 0)
		u += 7;
	n = strlen(u);
	while (n > 1 && u[n - 1] == '/')
		n--;
	return resume_arena_strndup(c->a, u, n);
}

static void
map_basics(struct jctx *c, const json_t *b)
{
	struct resume_basics *bs = &c->r->basics;
	const json_t *loc, *profiles, *p;
	const char *s, *email, *shown;
	size_t i;

	if (!json_is_object(b))
		return;
	bs->name = str(c, b, "name");
	bs->label = str(c, b, "label");
	/* a photo: a URL (kept, never fetched) or a JPEG or PNG beside the
	 * input; the PDF and HTML read the file, inside its directory */
	if ((s = str2(c, b, "image", "picture")) != NULL && *s) {
		const char *ptr = json_object_get(b, "image")
		    ? "/basics/image"
		    : "/basics/picture";

		if (link_is_web(s) || link_is_local_image(s)) {
			bs->image = s;
			bs->image_pos.pointer = ptr;
		} else
			resume_diag_add_pointer(c->diag, RESUME_WARNING,
			    c->file, ptr,
			    "the image '%s' is neither an http(s) URL nor a "
			    "JPEG or PNG file beside the résumé; it is left "
			    "out",
			    s);
	}
	bs->pos.pointer = "/basics";
	email = str(c, b, "email");
	if (email) /* a link only when it is an address */
		contact(c, RESUME_CONTACT_EMAIL, NULL, email,
		    link_target(c->a, email), NULL, "/basics/email");
	if ((s = str(c, b, "phone")) != NULL) {
		char *tel = resume_arena_alloc(c->a, strlen(s) + 5);
		char *q = tel + 4;

		strcpy(tel, "tel:");
		for (const char *p2 = s; *p2; p2++)
			if (isdigit((unsigned char)*p2) || *p2 == '+')
				*q++ = *p2;
		*q = '\0';
		contact(c, RESUME_CONTACT_PHONE, NULL, s,
		    q > tel + 4 ? tel : NULL, NULL, "/basics/phone");
	}
	s = str2(c, b, "url", "website");
	/* shown as our export's x-url-text says ("My wikipedia page"), or
	 * as the bare address */
	shown = s ? str(c, b, "x-url-text") : NULL;
	contact(c, RESUME_CONTACT_URL, NULL,
	    shown && *shown ? shown : bare_url(c, s), s, NULL, "/basics/url");
	loc = json_object_get(b, "location");
	if (json_is_object(loc)) {
		struct resume_place *pl = resume_arena_alloc(c->a, sizeof(*pl));
		const char *t;

		pl->address = str(c, loc, "address");
		pl->postal_code = str(c, loc, "postalCode");
		pl->city = str(c, loc, "city");
		pl->country_code = str(c, loc, "countryCode");
		pl->region = str(c, loc, "region");
		if ((t = resume_place_text(c->a, pl)) != NULL) {
			contact(c, RESUME_CONTACT_LOCATION, NULL, t, NULL, NULL,
			    "/basics/location");
			c->r->basics.contacts[c->r->basics.ncontacts - 1]
			    .place = pl;
		}
	}
	profiles = json_object_get(b, "profiles");
	if (json_is_array(profiles))
		json_array_foreach(profiles, i, p)
		{
			const char *net = str(c, p, "network"),
			           *user = str(c, p, "username"),
			           *url = str(c, p, "url");
			char ptr[64];

			snprintf(ptr, sizeof(ptr), "/basics/profiles/%zu", i);
			/* a profile shown as its own address
			 * ("github.com/arivera") or as the network's name
			 * (a Markdown "[GitHub](…)" exported) needs no
			 * "GitHub:" */
			contact(c, RESUME_CONTACT_PROFILE,
			    user &&
			            ((url &&
			                 strcmp(user, bare_url(c, url)) == 0) ||
			                (net && strcasecmp(user, net) == 0))
			        ? NULL
			        : net,
			    user ? user : url, url, net, ptr);
		}
	add_block(c, &bs->summary, &bs->nsummary, RESUME_BLOCK_PARAGRAPH,
	    str(c, b, "summary"), bs->pos);
	profiles = json_object_get(b, "x-contacts");
	if (json_is_array(profiles))
		json_array_foreach(profiles, i, p)
		{
			const char *url = str(c, p, "url");

			contact(c,
			    url ? RESUME_CONTACT_URL : RESUME_CONTACT_OTHER,
			    str(c, p, "label"), str(c, p, "text"), url, NULL,
			    "/basics/x-contacts");
		}
}

/* A work entry's "description", a line about the organisation: a
 * paragraph of its own, in italics, that goes back to "description". */
static void
add_description(struct jctx *c, struct resume_entry *e, const char *text)
{
	size_t i, n = e->nbody;

	add_block(c, &e->body, &e->nbody, RESUME_BLOCK_PARAGRAPH, text, e->pos);
	/* more than a paragraph (bullets, blank lines): prose like any */
	if (e->nbody != n + 1 || e->body[n].kind != RESUME_BLOCK_PARAGRAPH)
		return;
	e->body[n].description = true;
	for (i = 0; i < e->body[n].text.nspans; i++)
		e->body[n].text.spans[i].flags |= RESUME_SPAN_ITALIC;
}

/* Keys a reader would not expect to see. */
static bool
hidden_key(const char *k)
{
	return strncmp(k, "x-", 2) == 0 || strcmp(k, "image") == 0 ||
	    strcmp(k, "picture") == 0 || strcmp(k, "$schema") == 0 ||
	    strcmp(k, "meta") == 0;
}

/* Tags ("x-tags": ["backend", "lead"] on an entry, an array of them a
 * highlight in "x-highlightTags") into m: what tailoring chooses by.  A tag is
 * a word or a few: one with a comma, a semicolon or a comment's marks in
 * it could not be written back in a Markdown comment, and is left out. */
static void
add_tags(struct jctx *c, struct resume_marks *m, const json_t *tags)
{
	const json_t *t;
	size_t i;

	if (!json_is_array(tags))
		return;
	json_array_foreach(tags, i, t)
	{
		const char *v = json_string_value(t);

		if (v == NULL || *v == '\0' || strpbrk(v, ",;<>") ||
		    strstr(v, "--"))
			continue;
		*RESUME_PUSH(c->a, m->tags, &m->ntags) = resume_arena_strdup(
		    c->a, v);
	}
}

/* Our own extensions, written by the JSON backend for what JSON Resume
 * has no field for. */
static void
map_ours(struct jctx *c, struct resume_entry *e, const json_t *o)
{
	const char *xd = str(c, o, "x-date");
	struct date_match m;
	size_t te;
	bool parsed;

	add_block(c, &e->body, &e->nbody, RESUME_BLOCK_PARAGRAPH,
	    str(c, o, "x-summary"), e->pos);
	add_items(c, e, o, "x-highlights");
	add_tags(c, &e->marks, json_object_get(o, "x-tags"));
	if (e->group == NULL)
		e->group = str(c, o, "x-group");
	if (e->location == NULL)
		e->location = str(c, o, "x-location");
	if (xd) {
		memset(&e->dates, 0, sizeof(e->dates));
		e->dates.text = xd;
		e->dates.start_text = xd;
		parsed = dates_with_note(xd, strlen(xd), &m, &te);
		if (parsed) {
			e->dates.start = m.from;
			e->dates.end = m.to;
			e->dates.range = m.range;
			dates_hijri(&e->dates, c->r->lang);
		}
		/* with a note after them, each end as written, as the
		 * Markdown reader keeps them */
		if (parsed && (te > m.end || (!m.range && m.from_end < te))) {
			e->dates.start_text = resume_arena_strndup(
			    c->a, xd + m.from_start, m.from_end - m.from_start);
			if (m.range && !m.open) {
				e->dates.end_text = resume_arena_strndup(
				    c->a, xd + m.to_start, m.end - m.to_start);
				e->dates.sep = resume_arena_strndup(c->a,
				    xd + m.from_end, m.to_start - m.from_end);
			} else if (m.range)
				e->dates.sep = resume_arena_strndup(
				    c->a, xd + m.from_end, m.end - m.from_end);
		}
	}
}

/* "x-sections": the sections of no JSON Resume kind, as written. */
static void
map_custom_sections(struct jctx *c, const json_t *arr)
{
	const json_t *o, *entries, *x;
	size_t i, j;

	if (!json_is_array(arr))
		return;
	json_array_foreach(arr, i, o)
	{
		struct resume_section *s;

		if (!json_is_object(o))
			continue;
		s = section(c, RESUME_SECTION_CUSTOM, "x-sections");
		s->title = str(c, o, "title");
		if (str(c, o, "markdown"))
			markdown_fragment(
			    c->a, str(c, o, "markdown"), &s->intro, &s->nintro);
		entries = json_object_get(o, "entries");
		if (!json_is_array(entries))
			continue;
		json_array_foreach(entries, j, x)
		{
			struct resume_entry *e;
			const char *d;

			if (!json_is_object(x))
				continue;
			e = RESUME_PUSH(c->a, s->entries, &s->nentries);
			e->pos = s->pos;
			e->group = str(c, x, "group");
			e->title = str(c, x, "title");
			e->org = str(c, x, "organization");
			e->location = str(c, x, "location");
			e->url = link_target(
			    c->a, str(c, x, "url") ? str(c, x, "url") : "");
			if ((d = str(c, x, "date")) != NULL) {
				json_t *tmp = json_pack("{s:s}", "x-date", d);

				map_ours(c, e, tmp);
				json_decref(tmp);
			}
			add_block(c, &e->body, &e->nbody,
			    RESUME_BLOCK_PARAGRAPH, str(c, x, "summary"),
			    e->pos);
			add_items(c, e, x, "highlights");
		}
	}
}

/* Writes any JSON value as text: "a, b" for arrays, "k: v; k2: v2" for
 * objects. */
static void
flatten(struct resume_buf *b, const json_t *v)
{
	const char *k;
	const json_t *x;
	size_t i, start = b->len;

	if (json_is_string(v))
		resume_buf_puts(b, json_string_value(v));
	else if (json_is_array(v)) {
		json_array_foreach(v, i, x)
		{
			if (b->len > start)
				resume_buf_puts(b, ", ");
			flatten(b, x);
		}
	} else if (json_is_object(v)) {
		json_object_foreach((json_t *)v, k, x)
		{
			if (b->len > start)
				resume_buf_puts(b, "; ");
			resume_buf_printf(b, "%s: ", k);
			flatten(b, x);
		}
	} else if (json_is_number(v))
		resume_buf_printf(b, "%g", json_number_value(v));
}

/* Any other value of an entry stays visible: "flavor: ...",
 * "env: os: Windows 7, Windows XP". */
static void
map_extra(struct jctx *c, struct resume_entry *e, const json_t *o,
    const struct field *known)
{
	const char *key;
	const json_t *v;
	const struct field *f;

	json_object_foreach((json_t *)o, key, v)
	{
		struct resume_buf t = {0};

		for (f = known; f->key; f++)
			if (strcmp(f->key, key) == 0)
				break;
		if (f->key || hidden_key(key) || json_is_null(v) ||
		    json_is_boolean(v))
			continue;
		resume_buf_printf(&t, "%s: ", key);
		flatten(&t, v);
		if (t.len > strlen(key) + 2)
			add_block(c, &e->body, &e->nbody,
			    RESUME_BLOCK_PARAGRAPH, resume_buf_str(&t), e->pos);
		resume_buf_free(&t);
	}
}

/* The fields of one entry object o of a section of kind into e. */
static void
map_entry(struct jctx *c, const struct resume_section *s,
    enum resume_section_kind kind, const json_t *o, const struct field *fields,
    struct resume_entry *e)
{
	switch (kind) {
	case RESUME_SECTION_WORK:
		e->title = str(c, o, "position");
		e->org = str2(c, o, "name", "company");
		e->location = str(c, o, "location");
		e->url = entry_url(c, o);
		set_dates(
		    c, e, str(c, o, "startDate"), str(c, o, "endDate"), true);
		add_description(c, e, str(c, o, "description"));
		add_block(c, &e->body, &e->nbody, RESUME_BLOCK_PARAGRAPH,
		    str(c, o, "summary"), e->pos);
		add_items(c, e, o, "highlights");
		break;
	case RESUME_SECTION_VOLUNTEER:
		e->title = str(c, o, "position");
		e->org = str(c, o, "organization");
		e->url = entry_url(c, o);
		set_dates(
		    c, e, str(c, o, "startDate"), str(c, o, "endDate"), true);
		add_block(c, &e->body, &e->nbody, RESUME_BLOCK_PARAGRAPH,
		    str(c, o, "summary"), e->pos);
		add_items(c, e, o, "highlights");
		break;
	case RESUME_SECTION_EDUCATION:
		e->title = str(c, o, "studyType");
		e->area = str(c, o, "area");
		e->org = str(c, o, "institution");
		e->level = str2(c, o, "score", "gpa");
		e->url = entry_url(c, o);
		/* no endDate: to the present, as JSON Resume reads
		 * it (a single date is written with both) */
		set_dates(
		    c, e, str(c, o, "startDate"), str(c, o, "endDate"), true);
		add_items(c, e, o, "courses");
		break;
	case RESUME_SECTION_AWARDS:
		e->title = str(c, o, "title");
		e->org = str(c, o, "awarder");
		set_dates(c, e, str(c, o, "date"), NULL, false);
		add_block(c, &e->body, &e->nbody, RESUME_BLOCK_PARAGRAPH,
		    str(c, o, "summary"), e->pos);
		break;
	case RESUME_SECTION_CERTIFICATES:
		e->title = str(c, o, "name");
		e->org = str(c, o, "issuer");
		e->url = link_target(
		    c->a, str(c, o, "url") ? str(c, o, "url") : "");
		set_dates(c, e, str(c, o, "date"), NULL, false);
		break;
	case RESUME_SECTION_PUBLICATIONS:
		e->title = str(c, o, "name");
		e->org = str(c, o, "publisher");
		e->url = entry_url(c, o);
		set_dates(c, e, str(c, o, "releaseDate"), NULL, false);
		add_block(c, &e->body, &e->nbody, RESUME_BLOCK_PARAGRAPH,
		    str(c, o, "summary"), e->pos);
		break;
	case RESUME_SECTION_SKILLS:
	case RESUME_SECTION_INTERESTS:
		e->title = str(c, o, "name");
		/* "Skills" under Skills names no category, nor "スキル" in a
		 * Japanese résumé, whose section is titled so */
		if (e->title &&
		    ((s->title && strcmp(e->title, s->title) == 0) ||
		        strcmp(e->title,
		            lang_title(lang_get(c->r->lang), kind)) == 0))
			e->title = NULL;
		e->level = str(c, o, "level");
		add_keywords(c, e, o);
		break;
	case RESUME_SECTION_LANGUAGES:
		e->title = str(c, o, "language");
		e->level = str(c, o, "fluency");
		break;
	case RESUME_SECTION_REFERENCES:
		e->title = str(c, o, "name");
		add_block(c, &e->body, &e->nbody, RESUME_BLOCK_PARAGRAPH,
		    str(c, o, "reference"), e->pos);
		break;
	case RESUME_SECTION_PROJECTS: {
		const json_t *roles = json_object_get(o, "roles"), *r;
		struct resume_buf rb = {0};
		size_t k;

		e->title = str(c, o, "name");
		e->org = str(c, o, "entity");
		e->level = str(c, o, "type");
		e->url = entry_url(c, o);
		if (json_is_array(roles))
			json_array_foreach(roles, k, r)
			{
				if (!json_is_string(r))
					continue;
				if (rb.len)
					resume_buf_puts(&rb, ", ");
				resume_buf_puts(&rb, json_string_value(r));
			}
		if (rb.len)
			e->area = resume_arena_strdup(c->a, rb.data);
		resume_buf_free(&rb);
		/* no endDate: to the present, as JSON Resume reads
		 * it (a single date is written with both) */
		set_dates(
		    c, e, str(c, o, "startDate"), str(c, o, "endDate"), true);
		add_block(c, &e->body, &e->nbody, RESUME_BLOCK_PARAGRAPH,
		    str(c, o, "description"), e->pos);
		add_items(c, e, o, "highlights");
		add_keywords(c, e, o);
		break;
	}
	default:
		break;
	}
	map_ours(c, e, o);
	map_extra(c, e, o, fields);
}

/* "x-lang": {"fr": {"position": "Ingénieur", ...}}: the entry in other
 * languages, each an entry of its own after it (its fields over the
 * original's), marked with its language for resume_tailor to choose. */
static void
map_alternatives(struct jctx *c, struct resume_section *s,
    enum resume_section_kind kind, const json_t *o, const struct field *fields,
    const char *key, size_t index)
{
	const json_t *alts = json_object_get(o, "x-lang"), *alt;
	const char *code;
	struct resume_buf ptr = {0};

	if (alts == NULL)
		return;
	resume_buf_printf(&ptr, "/%s/%zu/x-lang", key, index);
	if (!json_is_object(alts)) {
		problem(c, resume_buf_str(&ptr),
		    "expected an object of languages, as {\"fr\": {...}}%s", "",
		    NULL);
		resume_buf_free(&ptr);
		return;
	}
	json_object_foreach((json_t *)alts, code, alt)
	{
		struct resume_entry *e;
		json_t *merged;

		if (!lang_find(code) || !json_is_object(alt)) {
			problem(c, resume_buf_str(&ptr),
			    "'%s' is no language of the tables with an object "
			    "of fields%s",
			    code, "");
			continue;
		}
		merged = json_copy((json_t *)o);
		json_object_del(merged, "x-lang");
		json_object_update(merged, (json_t *)alt);
		e = RESUME_PUSH(c->a, s->entries, &s->nentries);
		e->pos = ptr_pos(c, key, index);
		map_entry(c, s, kind, merged, fields, e);
		e->marks.lang = lang_code(lang_find(code));
		json_decref(merged);
	}
	resume_buf_free(&ptr);
}

static void
map_array(struct jctx *c, const json_t *root, const char *key,
    enum resume_section_kind kind, const struct field *fields)
{
	const json_t *arr = json_object_get(root, key), *o;
	struct resume_section *s;
	size_t i;

	if (!json_is_array(arr) || json_array_size(arr) == 0)
		return;
	s = NULL;
	json_array_foreach(arr, i, o)
	{
		struct resume_entry *e;
		const char *title = json_is_object(o) ? str(c, o, "x-section")
		                                      : NULL,
		           *intro = json_is_object(o) ? str(c, o, "x-intro")
		                                      : NULL;
		/* a section of no JSON Resume kind, written among the
		 * projects */
		bool custom = kind == RESUME_SECTION_PROJECTS &&
		    json_is_true(json_object_get(o, "x-custom"));
		const char *std = custom ? NULL
		                         : resume_section_kind_title(kind);

		/* entries of a section the source titled its own way */
		if (s == NULL || custom != (s->kind == RESUME_SECTION_CUSTOM) ||
		    (intro && (s->nentries || s->nintro)) ||
		    (title && (!s->title || strcmp(s->title, title))) ||
		    (!title && s->title && (!std || strcmp(s->title, std)))) {
			s = section(
			    c, custom ? RESUME_SECTION_CUSTOM : kind, key);
			s->title = title ? title : custom ? NULL : s->title;
		}
		/* the text before the section's entries, as Markdown; the
		 * entry's other fields repeat it for the themes */
		if (intro) {
			markdown_fragment(c->a, intro, &s->intro, &s->nintro);
			continue;
		}

		if (json_is_string(o) && *json_string_value(o)) {
			/* the 2014 draft: "skills": ["javascript"] */
			e = RESUME_PUSH(c->a, s->entries, &s->nentries);
			e->pos = ptr_pos(c, key, i);
			e->title = resume_arena_strdup(
			    c->a, json_string_value(o));
			continue;
		}
		if (!json_is_object(o))
			continue;
		e = RESUME_PUSH(c->a, s->entries, &s->nentries);
		e->pos = ptr_pos(c, key, i);
		map_entry(c, s, kind, o, fields, e);
		map_alternatives(c, s, kind, o, fields, key, i);
	}
}

/* "meta": the document's own data, kept as written but for what the JSON
 * backend writes itself (our generator, the default version). */
static void
map_meta(struct jctx *c, const json_t *meta)
{
	const char *k;
	const json_t *v;

	if (!json_is_object(meta))
		return;
	json_object_foreach((json_t *)meta, k, v)
	{
		const char *val = str(c, meta, k);
		struct resume_meta *m;

		(void)v;
		if (val == NULL || strcmp(k, "x-generator") == 0 ||
		    (strcmp(k, "version") == 0 && strcmp(val, "v1.0.0") == 0))
			continue;
		m = RESUME_PUSH(c->a, c->r->meta, &c->r->nmeta);
		m->key = resume_arena_strdup(c->a, k);
		m->value = val;
	}
}

/* "x-words": {"present": "to date", "fr.work": "Parcours"}, the words
 * chosen over the language tables'. */
static void
map_words(struct jctx *c, const json_t *words)
{
	const char *k;
	const json_t *v;
	struct resume_buf ptr = {0};

	if (!json_is_object(words))
		return;
	json_object_foreach((json_t *)words, k, v)
	{
		struct resume_pos pos = {0};

		resume_buf_clear(&ptr);
		pointer_push(&ptr, "x-words");
		pointer_push(&ptr, k);
		pos.pointer = resume_buf_str(&ptr);
		loader_word(c->r, k, json_string_value(v), &pos, c->diag);
	}
	resume_buf_free(&ptr);
}

/* A FRESH résumé (HackMyResume's format) looks like JSON Resume but is
 * not: "info", "contact", "employment" at the top. */
static bool
is_fresh(const json_t *root)
{
	const json_t *fmt = json_object_get(
	    json_object_get(root, "meta"), "format");

	if (json_is_string(fmt) &&
	    strncmp(json_string_value(fmt), "FRESH", 5) == 0)
		return true;
	return json_object_get(root, "basics") == NULL &&
	    (json_object_get(root, "info") ||
	        json_object_get(root, "employment") ||
	        json_object_get(root, "contact"));
}

static bool
any_resume_key(const json_t *root)
{
	const struct field *f;

	for (f = top; f->key; f++)
		if (strcmp(f->key, "$schema") != 0 &&
		    json_object_get(root, f->key))
			return true;
	return json_object_size(root) == 0;
}

/* The 2014 draft had a flat top level: "name", "email", "bio". */
static json_t *
flat_basics(struct jctx *c, json_t *root)
{
	static const char *const keys[][2] = {{"name", "name"},
	    {"email", "email"}, {"bio", "summary"}, {"phoneNumber", "phone"},
	    {"website", "url"}, {"label", "label"}};
	json_t *b = NULL;
	size_t i;

	if (json_object_get(root, "basics"))
		return NULL;
	for (i = 0; i < sizeof(keys) / sizeof(*keys); i++) {
		json_t *v = json_object_get(root, keys[i][0]);

		if (!json_is_string(v))
			continue;
		if (b == NULL)
			b = json_object();
		json_object_set(b, keys[i][1], v);
	}
	if (b == NULL)
		return NULL;
	if (json_is_object(json_object_get(root, "location")))
		json_object_set(
		    b, "location", json_object_get(root, "location"));
	if (json_is_object(json_object_get(root, "profiles"))) {
		/* {"github": "user"} became [{"network", "username"}] */
		json_t *arr = json_array(), *v;
		const char *k;

		json_object_foreach(json_object_get(root, "profiles"), k, v)
		{
			if (!json_is_string(v))
				continue;
			json_array_append_new(arr,
			    json_pack(
			        "{s:s, s:O}", "network", k, "username", v));
		}
		json_object_set_new(b, "profiles", arr);
	}
	resume_diag_add(c->diag, RESUME_WARNING, c->file, 0, 0,
	    "this is the 2014 draft of JSON Resume (name, email, bio at the "
	    "top); JSON Resume 1.0 puts them under 'basics'");
	return b;
}

/* Parses data; render asks, beyond the schema, for something to render. */
static json_t *
parse(const char *data, size_t len, const char *file, struct resume_diag *d,
    bool render)
{
	json_error_t err;
	json_t *root;

	if (resume_check_utf8(data, len, file, d) < 0)
		return NULL;
	root = json_loadb(
	    data, len, 0, &err); /* a repeated key: the last wins */
	if (root == NULL) {
		/* jansson names its own flag for "\u0000" */
		resume_diag_add(d, RESUME_ERROR, file, (unsigned)err.line,
		    (unsigned)(err.column > 0 ? err.column : 1), "%s",
		    strstr(err.text, "JSON_ALLOW_NUL")
		        ? "a string holds \\u0000, a NUL character, which no "
		          "résumé text may hold"
		        : err.text);
		return NULL;
	}
	if (!json_is_object(root)) {
		resume_diag_add_pointer(d, RESUME_ERROR, file, "/",
		    "expected an object at the top, got %s", type_name(root));
		json_decref(root);
		return NULL;
	}
	if (is_fresh(root)) {
		resume_diag_add(d, RESUME_ERROR, file, 0, 0,
		    "this is a FRESH résumé (\"info\", \"contact\", "
		    "\"employment\"), not JSON Resume; convert it first, for "
		    "example with HackMyResume's 'hackmyresume convert'");
		json_decref(root);
		return NULL;
	}
	if (render && !any_resume_key(root) && !json_object_get(root, "name")) {
		resume_diag_add(d, RESUME_ERROR, file, 0, 0,
		    "no JSON Resume section in it (basics, work, education, "
		    "skills...): is this a résumé?");
		json_decref(root);
		return NULL;
	}
	return root;
}

int
resume_validate_json(
    const char *data, size_t len, const char *file, struct resume_diag *diag)
{
	struct jctx c = {0};
	struct resume_buf ptr = {0};
	json_t *root = parse(data, len, file, diag, false);

	if (root == NULL)
		return -1;
	c.diag = diag;
	c.file = file;
	c.sev = RESUME_ERROR;
	check_object(&c, root, top, &ptr);
	resume_buf_free(&ptr);
	json_decref(root);
	return c.problems ? -1 : 0;
}

struct resume *
resume_load_json(
    const char *data, size_t len, const char *file, struct resume_diag *diag)
{
	struct jctx c = {0};
	struct resume_buf ptr = {0};
	json_t *root = parse(data, len, file, diag, true), *flat, *val;
	const char *key;
	static const struct {
		const char *key;
		enum resume_section_kind kind;
		const struct field *fields;
	} order[] = {{"work", RESUME_SECTION_WORK, work},
	    {"volunteer", RESUME_SECTION_VOLUNTEER, volunteer},
	    {"education", RESUME_SECTION_EDUCATION, education},
	    {"awards", RESUME_SECTION_AWARDS, award},
	    {"certificates", RESUME_SECTION_CERTIFICATES, certificate},
	    {"publications", RESUME_SECTION_PUBLICATIONS, publication},
	    {"skills", RESUME_SECTION_SKILLS, skill},
	    {"languages", RESUME_SECTION_LANGUAGES, language},
	    {"interests", RESUME_SECTION_INTERESTS, interest},
	    {"hobbies", RESUME_SECTION_INTERESTS, interest},
	    {"references", RESUME_SECTION_REFERENCES, reference},
	    {"projects", RESUME_SECTION_PROJECTS, project}};
	size_t i;

	if (root == NULL)
		return NULL;
	c.r = resume_new(file);
	c.r->lang = values_lang(root);
	c.a = c.r->arena;
	c.diag = diag;
	c.file = c.r->file;
	/* schema violations are warnings here: what can be shown is */
	c.sev = RESUME_WARNING;
	check_object(&c, root, top, &ptr);
	resume_buf_free(&ptr);
	flat = flat_basics(&c, root);
	map_basics(&c, flat ? flat : json_object_get(root, "basics"));
	if (flat)
		json_decref(flat);
	/* the sections in the file's order (jansson keeps it) */
	json_object_foreach(root, key, val)
	{
		if (strcmp(key, "x-sections") == 0) {
			map_custom_sections(&c, val);
			continue;
		}
		if (strcmp(key, "meta") == 0) {
			map_meta(&c, val);
			continue;
		}
		if (strcmp(key, "x-words") == 0) {
			map_words(&c, val);
			continue;
		}
		for (i = 0; i < sizeof(order) / sizeof(*order); i++)
			if (strcmp(key, order[i].key) == 0)
				map_array(&c, root, order[i].key, order[i].kind,
				    order[i].fields);
	}
	json_decref(root);
	/* "{}" is a valid JSON Resume (the schema's own examples have it):
	 * shown as the nothing it is, with a word */
	if (resume_is_empty(c.r))
		resume_diag_add(diag, RESUME_WARNING, c.file, 1, 1,
		    "the résumé is empty: no name, contact, text or section");
	return c.r;
}
