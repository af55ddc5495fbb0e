/*
 * Tailoring filters: the model in, a new model out, in the same arena.
 * Arrays are copied where something is left out or replaced; strings and
 * everything kept whole are shared with the model read.
 */
#include <string.h>
#include <strings.h>

#include "../load/loader.h"
#include "dates.h"
#include "lang.h"
#include "resume/arena.h"
#include "resume/buf.h"
#include "resume/tailor.h"
#include "utf8.h"

struct tailor {
	const struct resume_tailor *t;
	struct resume_arena *a;
	const struct lang *lang; /* what is written */
	bool lang_given;
	const struct resume *out; /* the model made, for its words */
};

static bool
has_tag(const struct resume_marks *m, const char *const *tags, size_t n)
{
	size_t i, j;

	for (i = 0; i < m->ntags; i++)
		for (j = 0; j < n; j++)
			if (strcasecmp(m->tags[i], tags[j]) == 0)
				return true;
	return false;
}

/* Does a part marked m stay, by its tags? */
static bool
tags_keep(const struct tailor *tl, const struct resume_marks *m)
{
	if (has_tag(m, tl->t->exclude_tags, tl->t->nexclude_tags))
		return false;
	return tl->t->ntags == 0 || m->ntags == 0 ||
	    has_tag(m, tl->t->tags, tl->t->ntags);
}

/* Is a part marked m in the language written? */
static bool
alt_chosen(const struct tailor *tl, const struct resume_marks *m)
{
	return lang_find(m->lang) == tl->lang;
}

/*
 * Alternatives: a part marked with a language stands for the unmarked part
 * of its kind before it in that language.  pick() walks n parts of size sz
 * and returns, for each original, the index of the part to show in its
 * place (the original, or its alternative in the language written), and
 * -1 for every alternative, in *out (an arena array of n).  A part with no
 * original before it stands alone and is shown in its language only.
 */
static long *
pick(struct tailor *tl, const void *parts, size_t n, size_t sz,
    const struct resume_marks *(*marks)(const void *part, unsigned *level))
{
	long *out = resume_arena_alloc(tl->a, (n + 1) * sizeof(*out));
	/* the last original at each depth: a bullet's version is the
	 * bullet's, not the last of its sub-bullets' */
	size_t i, orig[RESUME_MAX_NESTING + 1];
	unsigned int lv, k;

	for (k = 0; k <= RESUME_MAX_NESTING; k++)
		orig[k] = (size_t)-1;
	for (i = 0; i < n; i++) {
		const struct resume_marks *m = marks(
		    (const char *)parts + i * sz, &lv);

		if (lv > RESUME_MAX_NESTING)
			lv = RESUME_MAX_NESTING;
		out[i] = -1;
		if (m->lang == NULL) {
			out[i] = (long)i;
			orig[lv] = i;
			for (k = lv + 1; k <= RESUME_MAX_NESTING; k++)
				orig[k] = (size_t)-1;
		} else if (orig[lv] == (size_t)-1) {
			if (alt_chosen(tl, m))
				out[i] = (long)i;
		} else if (alt_chosen(tl, m))
			out[orig[lv]] = (long)i;
	}
	return out;
}

static const struct resume_marks *
block_marks(const void *p, unsigned *level)
{
	*level = ((const struct resume_block *)p)->level;
	return &((const struct resume_block *)p)->marks;
}

static const struct resume_marks *
entry_marks(const void *p, unsigned *level)
{
	*level = 0;
	return &((const struct resume_entry *)p)->marks;
}

static const struct resume_marks *
section_marks(const void *p, unsigned *level)
{
	*level = 0;
	return &((const struct resume_section *)p)->marks;
}

/* Where the part that starts at body[i] ends: an item with the blocks
 * nested under it (deeper, or its own later paragraphs). */
static size_t
unit_end(const struct resume_block *body, size_t n, size_t i)
{
	size_t j = i + 1;

	if (body[i].kind != RESUME_BLOCK_ITEM)
		return j;
	while (j < n && body[j].level > body[i].level)
		j++;
	return j;
}

/* A body's blocks chosen: alternatives resolved, tags applied, at most
 * max top-level bullets (< 0: all). */
static void
filter_body(struct tailor *tl, const struct resume_block *body, size_t n,
    long max, struct resume_block **out, size_t *nout)
{
	long *chosen = pick(tl, body, n, sizeof(*body), block_marks);
	long bullets = 0;
	size_t i, j, end;

	*out = NULL;
	*nout = 0;
	for (i = 0; i < n; i = end) {
		const struct resume_block *b;

		end = unit_end(body, n, i);
		if (chosen[i] < 0)
			continue;
		b = &body[chosen[i]];
		if (!tags_keep(tl, b->marks.ntags ? &b->marks : &body[i].marks))
			continue;
		if (b->kind == RESUME_BLOCK_ITEM && b->level == 0 && max >= 0 &&
		    bullets++ >= max)
			continue;
		/* the chosen part with what is nested under it, at the
		 * original's depth */
		for (j = (size_t)chosen[i];
		     j < unit_end(body, n, (size_t)chosen[i]); j++) {
			struct resume_block *x = RESUME_PUSH(tl->a, *out, nout);

			*x = body[j];
			if (j == (size_t)chosen[i])
				x->level = body[i].level;
		}
	}
}

/* The year an entry ended: its end's, an open end's now (none), or a
 * single date's; 0 when it says none. */
static int
end_year(const struct resume_entry *e)
{
	const struct resume_dates *d = &e->dates;

	if (d->range)
		return d->end.present ? 0 : d->end.year;
	return d->start.year;
}

/* The open end in the language written, or the author's word for it. */
static const char *
present_in(struct tailor *tl)
{
	const char *w = resume_word(tl->out, lang_code(tl->lang), "present");

	return w ? w : lang_present(tl->lang);
}

/* One end of a date in the language written, when text says that date
 * and nothing more ("March 2019", "03/2019", "heute"); else text as
 * written.  An ISO date stays ISO: every backend shows it in the
 * language. */
static const char *
end_in(struct tailor *tl, const char *text, const struct resume_date *d)
{
	struct date_match m;
	struct resume_buf b = {0};
	const char *s;

	if (text == NULL)
		return NULL;
	if (d->present && dates_is_present_word(text, strlen(text)))
		return present_in(tl);
	if (d->year <= 0 || dates_iso_ok(text) ||
	    !dates_whole(text, strlen(text), &m) || m.range ||
	    m.from.year != d->year || m.from.month != d->month ||
	    m.from.season != d->season || m.from.day != d->day)
		return text;
	lang_date(tl->lang, d, &b);
	s = b.len ? resume_arena_strdup(tl->a, resume_buf_str(&b)) : text;
	resume_buf_free(&b);
	return s;
}

/* An entry's dates in the language asked for: each end that is a date
 * and nothing more, the open end, and a range written with words ("von
 * 2016 bis 2019", "depuis 2019") as a dash range; a note after the end
 * stays. */
static void
dates_in(struct tailor *tl, struct resume_dates *d)
{
	struct resume_buf b = {0};
	const char *st, *et, *tail = "", *p;

	if (d->text == NULL)
		return;
	if (!d->range) {
		st = end_in(
		    tl, d->start_text ? d->start_text : d->text, &d->start);
		if (d->start_text == NULL ||
		    strcmp(d->text, d->start_text) == 0)
			d->text = st;
		if (d->start_text)
			d->start_text = st;
		return;
	}
	if (d->start_text == NULL || d->start.year <= 0 ||
	    (d->end.year <= 0 && !d->end.present && d->end_text))
		return;
	st = end_in(tl, d->start_text, &d->start);
	et = d->end_text ? end_in(tl, d->end_text, &d->end) : present_in(tl);
	/* what follows the end as written: "(part-time)" */
	for (p = d->end_text ? strstr(d->text, d->end_text) : NULL; p;
	     p = strstr(p + 1, d->end_text))
		tail = p + strlen(d->end_text);
	resume_buf_printf(&b, "%s – %s%s", st, et, tail);
	d->text = resume_arena_strdup(tl->a, resume_buf_str(&b));
	d->start_text = st;
	d->end_text = et;
	d->sep = "–";
	resume_buf_free(&b);
}

/* The section's entries chosen; false when the filters left none of a
 * section that had some. */
static bool
filter_entries(struct tailor *tl, struct resume_section *s)
{
	const struct resume_entry *in = s->entries;
	size_t i, n = s->nentries;
	long *chosen = pick(tl, in, n, sizeof(*in), entry_marks);

	s->entries = NULL;
	s->nentries = 0;
	for (i = 0; i < n; i++) {
		const struct resume_entry *e;
		struct resume_entry *x;
		int year;

		if (chosen[i] < 0)
			continue;
		e = &in[chosen[i]];
		/* an alternative with no tags of its own has the original's */
		if (!tags_keep(tl, e->marks.ntags ? &e->marks : &in[i].marks))
			continue;
		year = end_year(e);
		if (tl->t->since > 0 && year > 0 && year < tl->t->since)
			continue;
		x = RESUME_PUSH(tl->a, s->entries, &s->nentries);
		*x = *e;
		/* an alternative keeps the original's group and place */
		if (e != &in[i] && x->group == NULL)
			x->group = in[i].group;
		x->marks.lang = NULL;
		if (tl->lang_given)
			dates_in(tl, &x->dates);
		filter_body(tl, e->body, e->nbody, tl->t->max_bullets, &x->body,
		    &x->nbody);
	}
	return n == 0 || s->nentries > 0 || s->nintro > 0;
}

/* Lowercase s into b for comparing names. */
static const char *
folded(struct resume_buf *b, const char *s)
{
	resume_buf_clear(b);
	if (s)
		utf8_lower(b, s, strlen(s));
	return resume_buf_str(b);
}

/* s[0..n) without the spaces at its ends, in the arena. */
static const char *
trim_name(struct resume_arena *a, const char *s, size_t n)
{
	while (n && *s == ' ')
		s++, n--;
	while (n && s[n - 1] == ' ')
		n--;
	return resume_arena_strndup(a, s, n);
}

/* Does a --sections name ask for s? */
static bool
section_named(
    const struct tailor *tl, const struct resume_section *s, const char *name)
{
	struct resume_buf a = {0}, b = {0};
	const char *want = folded(&a, name);
	bool yes = s->kind != RESUME_SECTION_CUSTOM &&
	    (strcmp(want, resume_section_kind_name(s->kind)) == 0 ||
	        strcmp(want, folded(&b, resume_section_kind_title(s->kind))) ==
	            0 ||
	        strcmp(want, folded(&b, lang_title(tl->lang, s->kind))) == 0);

	if (!yes && s->title)
		yes = strcmp(want, folded(&b, s->title)) == 0;
	resume_buf_free(&a);
	resume_buf_free(&b);
	return yes;
}

/* The title written: an alternative in the language, the table's word
 * when a language was asked for and the title is one the tables know for
 * its kind, else as it was. */
static const char *
section_title(struct tailor *tl, const struct resume_section *s)
{
	struct resume_buf b = {0};
	const char *w;
	size_t i;
	int kind;

	for (i = 0; i < s->marks.nalts; i++)
		if (lang_find(s->marks.alts[i].lang) == tl->lang)
			return s->marks.alts[i].text;
	if (!tl->lang_given || s->kind == RESUME_SECTION_CUSTOM ||
	    resume_section_title_implied(s))
		return s->title;
	vocab_normalize(s->title, &b);
	kind = lang_read_section(resume_buf_str(&b));
	resume_buf_free(&b);
	if (kind != (int)s->kind)
		return s->title;
	w = resume_word(
	    tl->out, lang_code(tl->lang), resume_section_kind_name(s->kind));
	return w ? w : lang_title(tl->lang, s->kind);
}

static void
add_section(
    struct tailor *tl, struct resume *out, const struct resume_section *s)
{
	struct resume_section *x;

	if (tl->t->redact_contact && s->kind == RESUME_SECTION_CONTACT)
		return;
	x = RESUME_PUSH(tl->a, out->sections, &out->nsections);
	*x = *s;
	x->title = section_title(tl, s);
	x->marks.lang = NULL;
	filter_body(tl, s->intro, s->nintro, -1, &x->intro, &x->nintro);
	if (!filter_entries(tl, x))
		out->nsections--; /* the filters emptied it */
}

static void
sections(struct tailor *tl, const struct resume *r, struct resume *out,
    struct resume_diag *diag)
{
	long *chosen = pick(
	    tl, r->sections, r->nsections, sizeof(*r->sections), section_marks);
	size_t i, k;

	if (tl->t->nsections == 0) {
		for (i = 0; i < r->nsections; i++)
			if (chosen[i] >= 0)
				add_section(tl, out, &r->sections[chosen[i]]);
		return;
	}
	for (k = 0; k < tl->t->nsections; k++) {
		const char *p = tl->t->sections[k], *c;

		/* each a name, or names parted by commas */
		for (; *p; p = *c ? c + 1 : c) {
			const char *name;
			bool found = false;

			c = p + strcspn(p, ",");
			name = trim_name(tl->a, p, (size_t)(c - p));
			if (*name == '\0')
				continue;
			for (i = 0; i < r->nsections; i++)
				if (chosen[i] >= 0 &&
				    section_named(
				        tl, &r->sections[chosen[i]], name)) {
					add_section(
					    tl, out, &r->sections[chosen[i]]);
					found = true;
				}
			if (!found)
				resume_diag_add(diag, RESUME_WARNING, r->file,
				    0, 0, "the résumé has no section '%s'",
				    name);
		}
	}
}

/* A place with its street and postal code left out, or NULL when nothing
 * else is left. */
static const struct resume_contact *
city_only(struct tailor *tl, const struct resume_contact *c)
{
	struct resume_contact *x;
	struct resume_place *p;
	const char *d;

	if (c->place == NULL) {
		/* as written: a street address has a number in it */
		for (d = c->text; d && *d; d++)
			if (*d >= '0' && *d <= '9')
				return NULL;
		return c;
	}
	x = resume_arena_alloc(tl->a, sizeof(*x));
	p = resume_arena_alloc(tl->a, sizeof(*p));
	*x = *c;
	*p = *c->place;
	p->address = p->postal_code = NULL;
	x->place = p;
	x->text = resume_place_text(tl->a, p);
	return x->text ? x : NULL;
}

static void
redact(struct tailor *tl, struct resume_basics *b)
{
	const struct resume_contact *in = b->contacts;
	size_t i, n = b->ncontacts;

	b->contacts = NULL;
	b->ncontacts = 0;
	b->image = NULL;
	for (i = 0; i < n; i++) {
		const struct resume_contact *c = in[i].kind ==
		        RESUME_CONTACT_LOCATION
		    ? city_only(tl, &in[i])
		    : NULL;

		if (c)
			*RESUME_PUSH(tl->a, b->contacts, &b->ncontacts) = *c;
	}
}

struct resume *
resume_tailor(const struct resume *r, const struct resume_tailor *t,
    struct resume_diag *diag)
{
	struct tailor tl = {t, r->arena, NULL, false, NULL};
	struct resume *out = resume_arena_alloc(r->arena, sizeof(*out));
	size_t i;

	tl.lang_given = t->lang && lang_find(t->lang);
	tl.lang = lang_get(tl.lang_given ? t->lang : r->lang);
	*out = *r;
	out->lang = tl.lang_given ? lang_code(tl.lang) : r->lang;
	out->sections = NULL;
	out->nsections = 0;
	/* the document's words, then the theme's */
	if (t->nwords) {
		out->words = NULL;
		out->nwords = 0;
		for (i = 0; i < r->nwords; i++)
			*RESUME_PUSH(
			    tl.a, out->words, &out->nwords) = r->words[i];
		for (i = 0; i < t->nwords; i++)
			*RESUME_PUSH(
			    tl.a, out->words, &out->nwords) = t->words[i];
	}
	tl.out = out;
	filter_body(&tl, r->basics.summary, r->basics.nsummary, -1,
	    &out->basics.summary, &out->basics.nsummary);
	if (t->redact_contact)
		redact(&tl, &out->basics);
	sections(&tl, r, out, diag);
	return out;
}
