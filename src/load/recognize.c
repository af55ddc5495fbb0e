/*
 * Markdown loader, second half: the recognizer.  It reads the flat block
 * stream and decides what is the name, the headline, the contact items,
 * which headings open sections (the level is chosen per document), and
 * where entries start inside a section (a sub-heading, a bold lead, a date
 * lead, a definition term).  Whatever fits no entry stays in place as free
 * content: nothing the user wrote is dropped.  An entry's head
 * (recognize_heads.c), what is a contact (recognize_contacts.c) and the
 * keyword lists of skills, languages and interests (recognize_keywords.c)
 * are read in files of their own; recognize.h is what they share.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/dates.h"
#include "../core/utf8.h"
#include "recognize.h"

const struct resume_block *
blk(struct rec *rc, size_t i)
{
	return &rc->d->blocks[i];
}

const char *
plain_of(struct rec *rc, const struct resume_text *t, struct resume_buf *b)
{
	(void)rc;
	resume_buf_clear(b);
	text_plain(t, b);
	return resume_buf_str(b);
}

const char *
dup_range(struct rec *rc, const char *s, size_t b, size_t e)
{
	while (b < e && (s[b] == ' ' || s[b] == '\x1f'))
		b++;
	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\x1f'))
		e--;
	return e > b ? resume_arena_strndup(rc->a, s + b, e - b) : NULL;
}

/* Drops a sentence-final '.' from a field: "Grantham." but not "Inc.". */
const char *
trim_period(struct rec *rc, const char *s)
{
	size_t n;
	int lower = 0;

	if (s == NULL)
		return NULL;
	n = strlen(s);
	if (n < 2 || s[n - 1] != '.')
		return s;
	for (size_t i = n - 1; i > 0 && lower < 4; i--) {
		unsigned char c = (unsigned char)s[i - 1];

		if (islower(c) || c >= 0x80)
			lower++;
		else
			break;
	}
	return lower >= 4 ? resume_arena_strndup(rc->a, s, n - 1) : s;
}

/* The full stop that ends a list: "…, asynchronous paradigm (Tokio)." */
const char *
trim_last_period(struct rec *rc, const char *k)
{
	size_t n = strlen(k);

	if (n < 2 || k[n - 1] != '.' || strcmp(k, "etc.") == 0 ||
	    (n <= 4 && isupper((unsigned char)k[0])))
		return k;
	return resume_arena_strndup(rc->a, k, n - 1);
}

void
set_dates(struct rec *rc, struct resume_dates *out, const char *s,
    const struct date_match *m, size_t text_end)
{
	memset(out, 0, sizeof(*out));
	out->start = m->from;
	out->end = m->to;
	out->range = m->range;
	out->text = dup_range(rc, s, m->start, text_end);
	out->start_text = dup_range(rc, s, m->from_start, m->from_end);
	if (m->range && !m->open) {
		out->end_text = dup_range(rc, s, m->to_start, m->end);
		out->sep = dup_range(rc, s, m->from_end, m->to_start);
	} else if (m->range)
		out->sep = dup_range(rc, s, m->from_end, m->end);
}

/* --- blocks into the model --- */

void
copy_block(struct rec *rc, struct resume_block **arr, size_t *n,
    const struct resume_block *src, unsigned int rebase)
{
	struct resume_block *b = RESUME_PUSH(rc->a, *arr, n);

	*b = *src;
	b->level = src->level >= rebase ? src->level - rebase : 0;
}

void
add_paragraph(struct rec *rc, struct resume_block **arr, size_t *n,
    const struct resume_text *t, const struct resume_block *like,
    enum resume_block_kind kind, unsigned int level)
{
	struct resume_block *b;

	if (t == NULL || resume_text_empty(t))
		return;
	b = RESUME_PUSH(rc->a, *arr, n);
	b->kind = kind;
	b->level = level;
	b->quote = like->quote;
	b->number = kind == RESUME_BLOCK_ITEM ? like->number : 0;
	b->text = *t;
	b->pos = like->pos;
}

/* Joins lines[from..n) back into one text with soft breaks. */
struct resume_text
join_lines(
    struct rec *rc, const struct resume_text *lines, size_t from, size_t n)
{
	struct resume_text t = {0};
	size_t i;

	for (i = from; i < n; i++) {
		if (i > from)
			text_add(rc->a, &t, " ", 1, SPAN_SOFT, NULL);
		text_append(rc->a, &t, &lines[i]);
	}
	return t;
}

static bool
is_heading_date(struct rec *rc, const struct resume_block *b,
    struct date_match *m, struct resume_buf *pb)
{
	const char *s;

	if (b->kind != RESUME_BLOCK_HEADING)
		return false;
	s = plain_of(rc, &b->text, pb);
	return dates_whole(s, pb->len, m);
}

/* The start of a line: leading bold, date, or definition term. */

static size_t
bold_end(const struct resume_text *t)
{
	size_t i, off = 0;
	bool any = false;

	for (i = 0; i < t->nspans; i++) {
		const struct resume_span *sp = &t->spans[i];
		size_t n = strlen(sp->text);

		if (sp->flags & (SPAN_SOFT | RESUME_SPAN_BREAK | SPAN_SEP))
			break;
		if (!(sp->flags & RESUME_SPAN_BOLD)) {
			if (!any && strspn(sp->text, " ") == n) {
				off += n;
				continue;
			}
			break;
		}
		any = true;
		off += n;
	}
	return any ? off : 0;
}

enum lead
line_lead(
    struct rec *rc, const struct resume_block *b, size_t next_idx, size_t end)
{
	struct resume_buf pb = {0};
	struct resume_text *lines;
	struct date_match m;
	size_t nl, be, k;
	const char *s;
	enum lead r = LEAD_NONE;

	if ((b->kind != RESUME_BLOCK_PARAGRAPH &&
	        b->kind != RESUME_BLOCK_ITEM) ||
	    b->level != 0)
		return LEAD_NONE;
	lines = text_lines(rc->a, &b->text, &nl);
	s = plain_of(rc, &lines[0], &pb);
	be = bold_end(&lines[0]);
	if (be >= 2 && utf8_width(s, be) <= 90) {
		size_t bs = 0;

		while (s[bs] == ' ')
			bs++;
		k = be;
		while (k > bs && s[k - 1] == ' ')
			k--;
		/* "**Label:** value" is a field, not an entry, unless the
		 * bold line stands alone. */
		if (dates_whole(s, be, &m))
			r = LEAD_DATE; /* "**1669** Lectiones opticæ" */
		else if (!(k > bs &&
		             (s[k - 1] == ':' ||
		                 (k >= 3 && !strncmp(s + k - 3, "：", 3)))) ||
		    (be >= pb.len - 1 && nl == 1))
			r = LEAD_BOLD;
		goto out;
	}
	k = 0;
	while (s[k] == ' ' || s[k] == '`' || s[k] == '(' || s[k] == '[')
		k++;
	if (dates_parse_at(s, pb.len, k, &m) && !(m.from.present && !m.range) &&
	    (m.from.year || m.range)) {
		size_t rest = m.end;

		while (rest < pb.len && strchr(" `)]", s[rest]))
			rest++;
		if (rest < pb.len || nl > 1 ||
		    (next_idx < end &&
		        (blk(rc, next_idx)->kind == RESUME_BLOCK_PARAGRAPH)))
			r = LEAD_DATE;
		goto out;
	}
	if (nl >= 2) {
		const char *s1 = plain_of(rc, &lines[1], &pb);

		while (*s1 == ' ')
			s1++;
		if (*s1 == ':' &&
		    utf8_swidth(plain_of(rc, &lines[0], &pb)) <= 80)
			r = LEAD_TERM;
	}
out:
	resume_buf_free(&pb);
	return r;
}

/* Is line a short head line that continues the entry head? */
static bool
head_line(struct rec *rc, const struct resume_text *line, bool *def,
    struct resume_text *out)
{
	struct resume_buf pb = {0};
	const char *s = plain_of(rc, line, &pb);
	size_t k = 0;
	bool r = false;

	*def = false;
	while (s[k] == ' ')
		k++;
	if (s[k] == ':') {
		*def = true;
		k++;
		*out = text_slice(rc->a, line, k, pb.len);
		/* a field, not a sentence: short, or set apart by emphasis */
		r = utf8_swidth(s + k) <= 40 ||
		    text_all(out, RESUME_SPAN_BOLD) ||
		    text_all(out, RESUME_SPAN_ITALIC);
	} else if ((text_all(line, RESUME_SPAN_BOLD) ||
	               text_all(line, RESUME_SPAN_ITALIC) ||
	               text_all(line, RESUME_SPAN_CODE)) &&
	    utf8_swidth(s) <= 100) {
		*out = *line;
		r = true;
	}
	resume_buf_free(&pb);
	return r;
}

/* Reads the head lines of a lead block into e; returns the index of the
 * first description line. */
static size_t
read_head_lines(struct rec *rc, struct resume_entry *e,
    enum resume_section_kind kind, const struct resume_text *lines, size_t nl,
    size_t from)
{
	struct resume_buf pb = {0};
	struct resume_text ht;
	struct date_match m;
	struct head h;
	const char *s;
	bool def;
	size_t i, te;

	for (i = from; i < nl; i++) {
		s = plain_of(rc, &lines[i], &pb);
		if (e->dates.text == NULL &&
		    dates_with_note(s, pb.len, &m, &te)) {
			set_dates(rc, &e->dates, s, &m, te);
			continue;
		}
		if (!head_line(rc, &lines[i], &def, &ht))
			break;
		s = plain_of(rc, &ht, &pb);
		if (e->dates.text == NULL &&
		    dates_with_note(s, pb.len, &m, &te)) {
			set_dates(rc, &e->dates, s, &m, te);
			continue;
		}
		parse_head(rc, &ht, &h);
		apply_head(rc, e, &h, kind, true);
	}
	resume_buf_free(&pb);
	return i;
}

/* Where the parenthetical that opens at s[k] ends: past its closing
 * bracket, or at len when it never closes. */
static size_t
paren_end(const char *s, size_t len, size_t k)
{
	int depth = 0;

	for (; k < len; k++)
		if (s[k] == '(')
			depth++;
		else if (s[k] == ')' && --depth == 0)
			return k + 1;
	return len;
}

/* Does s end with a word that cannot end a head ("University of",
 * "Science and", "Universität für", a comma), so that it was wrapped? */
static bool
dangles(const char *s)
{
	static const char *const words[] = {"of", "and", "the", "for", "at",
	    "in", "&", "de", "des", "du", "la", "le", "der", "die", "das",
	    "und", "für", "y", "e", "del", "di", "van", "von", NULL};
	size_t n = strlen(s), w;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n > 0 && (s[n - 1] == ',' || s[n - 1] == ';'))
		return true;
	for (w = n; w > 0 && s[w - 1] != ' '; w--)
		;
	if (w == 0)
		return false;
	for (const char *const *p = words; *p; p++)
		if (strlen(*p) == n - w && strncasecmp(s + w, *p, n - w) == 0)
			return true;
	return false;
}

static void
entry_from_lead(struct rec *rc, struct resume_section *sec, size_t b, size_t e,
    enum lead lead)
{
	const struct resume_block *bl = blk(rc, b);
	struct resume_entry *en;
	struct resume_text *lines, head_t, desc = {0};
	struct resume_buf pb = {0};
	struct date_match m;
	struct head h;
	size_t nl, i, k, first_desc, hb = 0, he;
	const char *s;
	bool item = bl->kind == RESUME_BLOCK_ITEM;

	en = RESUME_PUSH(rc->a, sec->entries, &sec->nentries);
	en->pos = bl->pos;
	lines = text_lines(rc->a, &bl->text, &nl);
	s = plain_of(rc, &lines[0], &pb);
	he = pb.len;
	if (lead == LEAD_BOLD) {
		he = bold_end(&lines[0]);
		k = he;
		while (k < pb.len && s[k] == ' ')
			k++;
		if (k < pb.len && s[k] == '(')
			he = paren_end(s, pb.len, k);
		k = he;
		while (k < pb.len && s[k] == ' ')
			k++;
		if (k < pb.len && (s[k] == ':' || !strncmp(s + k, "：", 3))) {
			desc = text_slice(rc->a, &lines[0],
			    k + (s[k] == ':' ? 1 : 3), pb.len);
		} else if (k < pb.len &&
		    (!strncmp(s + k, "- ", 2) || !strncmp(s + k, "– ", 4) ||
		        !strncmp(s + k, "— ", 4))) {
			desc = text_slice(rc->a, &lines[0],
			    k + (s[k] == '-' ? 2 : 4), pb.len);
		} else if (k < pb.len && utf8_swidth(s + k) > 70) {
			desc = text_slice(rc->a, &lines[0], k, pb.len);
		} else
			he = pb.len;
	} else if (lead == LEAD_DATE) {
		k = 0;
		while (s[k] == ' ' || s[k] == '`' || s[k] == '(' || s[k] == '[')
			k++;
		dates_parse_at(s, pb.len, k, &m);
		i = m.end;
		while (i < pb.len && strchr(" `)]", s[i]))
			i++;
		/* "2010-2014 (expected)": a note that belongs to the date */
		if (i < pb.len && s[i] == '(' && s[pb.len - 1] == ')' &&
		    !strchr(s + i + 1, '(')) {
			set_dates(rc, &en->dates, s, &m, pb.len);
			i = pb.len;
		} else
			set_dates(rc, &en->dates, s, &m, m.end);
		while (i < pb.len && strchr(" |:-,", s[i]))
			i++;
		if (!strncmp(s + i, "– ", 4) || !strncmp(s + i, "— ", 4))
			i += 4;
		hb = i;
	}
	head_t = text_slice(rc->a, &lines[0], hb, he);
	if (head_t.nspans) {
		parse_head(rc, &head_t, &h);
		apply_head(rc, en, &h, sec->kind, false);
	}
	first_desc = 1;
	if (lead == LEAD_DATE && !head_t.nspans && nl > 1) {
		/* "`1600`\n__Royal Mint__, London": the next line is the head
		 */
		struct resume_text l1 = lines[1], ht;
		bool def;

		size_t next = 2;

		head_line(rc, &lines[1], &def, &ht);
		if (def)
			l1 = ht;
		s = plain_of(rc, &l1, &pb);
		/* "…; University of\n    HomeTown": a head wrapped after a
		 * word that cannot end it goes on on the next line */
		if (nl > 2 && dangles(s)) {
			struct resume_text j = {0};

			text_append(rc->a, &j, &l1);
			text_add(rc->a, &j, " ", 1, 0, NULL);
			text_append(rc->a, &j, &lines[2]);
			l1 = j;
			s = plain_of(rc, &l1, &pb);
			next = 3;
		}
		if (utf8_swidth(s) <= 100) {
			parse_head(rc, &l1, &h);
			apply_head(rc, en, &h, sec->kind, false);
			head_t = l1;
			first_desc = next;
		}
	}
	first_desc = read_head_lines(rc, en, sec->kind, lines, nl, first_desc);
	/* A lead that was only a date takes its head from the next block. */
	if (lead == LEAD_DATE && !head_t.nspans && first_desc >= nl &&
	    desc.nspans == 0 && b + 1 < e &&
	    blk(rc, b + 1)->kind == RESUME_BLOCK_PARAGRAPH &&
	    blk(rc, b + 1)->level == 0) {
		size_t nl2;
		struct resume_text *l2 = text_lines(
		    rc->a, &blk(rc, b + 1)->text, &nl2);

		parse_head(rc, &l2[0], &h);
		apply_head(rc, en, &h, sec->kind, false);
		for (i = 1; i < nl2; i++) {
			parse_head(rc, &l2[i], &h);
			apply_head(rc, en, &h, sec->kind, true);
		}
		b++;
	}
	if (desc.nspans)
		add_paragraph(rc, &en->body, &en->nbody, &desc, bl,
		    RESUME_BLOCK_PARAGRAPH, 0);
	if (first_desc < nl)
		add_definitions(rc, en, bl, lines, first_desc, nl);
	for (i = b + 1; i < e; i++)
		copy_block(rc, &en->body, &en->nbody, blk(rc, i), item ? 1 : 0);
	resume_buf_free(&pb);
}

static bool
is_work_kind(enum resume_section_kind k)
{
	return k == RESUME_SECTION_WORK || k == RESUME_SECTION_VOLUNTEER;
}

/* A heading under an entry's heading: the entry's dates, or its job title
 * ("### Acme" then "#### Engineer"); false when it is neither. */
static bool
heading_more(struct rec *rc, struct resume_entry *en,
    enum resume_section_kind kind, const struct resume_block *x,
    struct resume_buf *pb)
{
	struct date_match m;
	const char *s = plain_of(rc, &x->text, pb);

	if (en->dates.text == NULL && is_heading_date(rc, x, &m, pb)) {
		s = plain_of(rc, &x->text, pb);
		set_dates(rc, &en->dates, s, &m, m.end);
		return true;
	}
	if (!is_work_kind(kind) || utf8_swidth(s) > 60 ||
	    vocab_title_score(s) <= 0 ||
	    (en->title != NULL &&
	        (en->org != NULL || vocab_title_score(en->title) != 0)))
		return false;
	if (en->title)
		en->org = en->title;
	en->title = text_str(rc->a, &x->text);
	return true;
}

/* A paragraph under an entry's heading that opens with its dates (a note
 * after them kept with them), then more of its head, then its text;
 * false when it is not one. */
static bool
dated_paragraph(struct rec *rc, struct resume_entry *en,
    enum resume_section_kind kind, const struct resume_block *x,
    struct resume_buf *pb)
{
	struct resume_text *lines, rest;
	struct date_match m;
	size_t nl, first, te;
	const char *s;

	if (x->kind != RESUME_BLOCK_PARAGRAPH || x->level != 0 ||
	    x->quote != 0 || en->dates.text != NULL)
		return false;
	lines = text_lines(rc->a, &x->text, &nl);
	s = plain_of(rc, &lines[0], pb);
	if (!dates_with_note(s, pb->len, &m, &te))
		return false;
	set_dates(rc, &en->dates, s, &m, te);
	first = read_head_lines(rc, en, kind, lines, nl, 1);
	if (first < nl) {
		rest = join_lines(rc, lines, first, nl);
		add_paragraph(rc, &en->body, &en->nbody, &rest, x,
		    RESUME_BLOCK_PARAGRAPH, 0);
	}
	return true;
}

static void
entry_from_heading(
    struct rec *rc, struct resume_section *sec, size_t b, size_t e)
{
	const struct resume_block *bl = blk(rc, b);
	struct resume_entry *en;
	struct resume_buf pb = {0};
	struct head h;
	size_t i;

	en = RESUME_PUSH(rc->a, sec->entries, &sec->nentries);
	en->pos = bl->pos;
	parse_head(rc, &bl->text, &h);
	apply_head(rc, en, &h, sec->kind, false);
	for (i = b + 1; i < e; i++) {
		const struct resume_block *x = blk(rc, i);

		if (!(x->kind == RESUME_BLOCK_HEADING
		            ? heading_more(rc, en, sec->kind, x, &pb)
		            : dated_paragraph(rc, en, sec->kind, x, &pb)))
			break;
	}
	for (; i < e; i++)
		copy_block(rc, &en->body, &en->nbody, blk(rc, i), 0);
	resume_buf_free(&pb);
}

/* --- sections --- */

static const char *clean_title(struct rec *, const struct resume_text *);

static void
entry_from_lead_merged(struct rec *rc, struct resume_section *sec, size_t b,
    size_t e, enum lead lead)
{
	struct resume_entry *cur, *prev;

	entry_from_lead(rc, sec, b, e, lead);
	if (sec->nentries < 2)
		return;
	/* "University\n : City" after a degree entry with no institution
	 * belongs to it. */
	cur = &sec->entries[sec->nentries - 1];
	prev = &sec->entries[sec->nentries - 2];
	if (lead == LEAD_TERM && prev->nbody == 0 && prev->org == NULL &&
	    cur->org && cur->title == NULL && cur->dates.text == NULL) {
		prev->org = cur->org;
		fill_empty(&prev->location, cur->location);
		fill_empty(&prev->url, cur->url);
		prev->body = cur->body;
		prev->nbody = cur->nbody;
		sec->nentries--;
	}
}

static const char *clean_title(struct rec *rc, const struct resume_text *t);

/* Is the heading at i dated: a date in it, or a date heading or a date
 * line right under it? */
static bool
heading_dated(struct rec *rc, size_t i, size_t e, struct resume_buf *pb)
{
	struct date_match m;
	const char *s = plain_of(rc, &blk(rc, i)->text, pb);
	const struct resume_block *x;
	struct resume_text *l;
	size_t nl, te;

	if (dates_find(s, pb->len, &m))
		return true;
	if (i + 1 >= e)
		return false;
	x = blk(rc, i + 1);
	if (x->kind == RESUME_BLOCK_HEADING)
		return is_heading_date(rc, x, &m, pb);
	if (x->kind != RESUME_BLOCK_PARAGRAPH || x->quote)
		return false;
	l = text_lines(rc->a, &x->text, &nl);
	s = plain_of(rc, &l[0], pb);
	return dates_with_note(s, pb->len, &m, &te);
}

/* An employer's head, "Acme Corp, Berlin" or "**Acme Corp**, Berlin",
 * read as a title and an organisation: a title that names no job is the
 * organisation's place. */
static void
employer_place(struct resume_entry *emp)
{
	if (emp->title && emp->location == NULL &&
	    vocab_title_score(emp->title) == 0) {
		emp->location = emp->title;
		emp->title = NULL;
	}
}

/* Several roles under one employer: an undated heading at b (the
 * employer, "Acme Corp, Berlin") over two or more dated sub-headings (the
 * roles, each with its dates and bullets).  Makes one entry a role, as
 * JSON Resume writes them: the employer as each one's organisation and
 * place, and as the group the backends show them under.  What stands
 * between the employer and its first role goes with the first.  Returns
 * false, making nothing, when [b, e) is no such block. */
static bool
entries_from_roles(struct rec *rc, struct resume_section *sec, size_t b,
    size_t e, struct resume_buf *pb)
{
	struct date_match m;
	struct resume_entry emp = {0}, *en;
	struct head h;
	unsigned int rl = 0;
	size_t i, k, nroles = 0, first = NONE, *roles;
	const char *s;

	if (!is_work_kind(sec->kind))
		return false;
	s = plain_of(rc, &blk(rc, b)->text, pb);
	if (dates_find(s, pb->len, &m))
		return false;
	for (i = b + 1; i < e; i++) {
		const struct resume_block *x = blk(rc, i);

		if (x->kind == RESUME_BLOCK_HEADING && x->quote == 0 &&
		    x->heading > blk(rc, b)->heading &&
		    !is_heading_date(rc, x, &m, pb) &&
		    (rl == 0 || x->heading < rl))
			rl = x->heading;
	}
	if (rl == 0)
		return false;
	roles = resume_arena_alloc(rc->a, (e - b + 1) * sizeof(*roles));
	for (i = b + 1; i < e; i++) {
		const struct resume_block *x = blk(rc, i);

		if (x->kind != RESUME_BLOCK_HEADING || x->quote ||
		    x->heading != rl || is_heading_date(rc, x, &m, pb))
			continue;
		if (!heading_dated(rc, i, e, pb))
			return false;
		roles[nroles++] = i;
	}
	if (nroles < 2)
		return false;
	parse_head(rc, &blk(rc, b)->text, &h);
	apply_head(rc, &emp, &h, sec->kind, false);
	if (emp.org == NULL) {
		emp.org = emp.title;
		emp.title = NULL;
	} else
		employer_place(&emp);
	for (k = 0; k < nroles; k++) {
		entry_from_heading(
		    rc, sec, roles[k], k + 1 < nroles ? roles[k + 1] : e);
		en = &sec->entries[sec->nentries - 1];
		if (en->org && en->title == NULL)
			en->title = en->org;
		en->org = emp.org;
		if (en->location == NULL)
			en->location = emp.location;
		en->group = clean_title(rc, &blk(rc, b)->text);
		if (first == NONE)
			first = sec->nentries - 1;
	}
	/* the employer's own lines, before its first role's */
	if (roles[0] > b + 1) {
		struct resume_block *body = NULL;
		size_t nbody = 0;

		en = &sec->entries[first];
		for (i = b + 1; i < roles[0]; i++)
			copy_block(rc, &body, &nbody, blk(rc, i), 0);
		for (i = 0; i < en->nbody; i++)
			copy_block(rc, &body, &nbody, &en->body[i], 0);
		en->body = body;
		en->nbody = nbody;
	}
	return true;
}

/* A role written as a bullet: "Senior Engineer, 2020 – 2022",
 * "Engineer (2018 – 2020)": a short title and a date, nothing else.
 * Returns the title (in the arena) and the dates in *d, or NULL. */
static const char *
role_item(struct rec *rc, const struct resume_block *x, struct resume_dates *d,
    struct resume_buf *pb)
{
	struct date_match m;
	const char *s = plain_of(rc, &x->text, pb), *t;
	size_t ts, te, k;

	if (strchr(s, '\n') || !dates_find(s, pb->len, &m))
		return NULL;
	/* nothing after the date but a closing bracket */
	for (k = m.end; k < pb->len; k++)
		if (!strchr(" )]）", s[k]))
			return NULL;
	for (ts = 0; ts < m.start && s[ts] == ' '; ts++)
		;
	for (te = m.start; te > ts && strchr(" ,-–—|(:[（", s[te - 1]) &&
	     (s[te - 1] & 0x80) == 0;
	     te--)
		;
	/* an en or em dash before the date, UTF-8 */
	while (te >= ts + 4 && s[te - 1] == ' ' &&
	    (strncmp(s + te - 4, "–", 3) == 0 ||
	        strncmp(s + te - 4, "—", 3) == 0))
		te -= 4;
	while (te > ts && s[te - 1] == ' ')
		te--;
	if (te == ts || utf8_width(s + ts, te - ts) > 60)
		return NULL;
	/* a job's title ("Senior Engineer"), not a deed with its year
	 * ("Shipped the app (2021)") */
	t = resume_arena_strndup(rc->a, s + ts, te - ts);
	if (vocab_title_score(t) <= 0)
		return NULL;
	set_dates(rc, d, s, &m, m.end);
	return t;
}

/* Roles under their employer written as a list: an undated entry whose
 * top-level bullets are each a role and its dates ("- Senior Engineer,
 * 2020 – 2022"), with what is nested under each its description.  The
 * entry becomes one entry a role, as with headings (entries_from_roles);
 * a single role is the entry's title and dates.  Returns false, changing
 * nothing, otherwise. */
static bool
list_roles(struct rec *rc, struct resume_section *sec, size_t at,
    struct resume_buf *pb)
{
	struct resume_entry emp = sec->entries[at], *out = NULL;
	struct resume_dates *d;
	const char **titles, *group;
	size_t i, k, n = 0, nroles = 0, *starts;

	if (!is_work_kind(sec->kind) || emp.dates.text || emp.nbody == 0 ||
	    emp.body[0].kind != RESUME_BLOCK_ITEM || emp.org == NULL)
		return false;
	titles = resume_arena_alloc(rc->a, (emp.nbody + 1) * sizeof(*titles));
	starts = resume_arena_alloc(rc->a, (emp.nbody + 1) * sizeof(*starts));
	d = resume_arena_alloc(rc->a, (emp.nbody + 1) * sizeof(*d));
	for (i = 0; i < emp.nbody; i++) {
		const struct resume_block *x = &emp.body[i];

		if (x->level > 0)
			continue;
		if (x->kind != RESUME_BLOCK_ITEM ||
		    (titles[nroles] = role_item(rc, x, &d[nroles], pb)) == NULL)
			return false;
		starts[nroles++] = i;
	}
	if (nroles == 0)
		return false;
	employer_place(&emp);
	if (emp.title)
		return false;
	/* one role is the entry itself; two or more stand under it */
	group = nroles > 1 ? emp.org : NULL;
	if (emp.location && nroles > 1) {
		struct resume_buf g = {0};

		resume_buf_printf(&g, "%s, %s", emp.org, emp.location);
		group = resume_arena_strdup(rc->a, resume_buf_str(&g));
		resume_buf_free(&g);
	}
	for (i = 0; i < sec->nentries; i++) {
		if (i != at) {
			*RESUME_PUSH(rc->a, out, &n) = sec->entries[i];
			continue;
		}
		for (k = 0; k < nroles; k++) {
			struct resume_entry *e = RESUME_PUSH(rc->a, out, &n);
			size_t j,
			    end = k + 1 < nroles ? starts[k + 1] : emp.nbody;

			e->title = titles[k];
			e->org = emp.org;
			e->location = emp.location;
			e->url = emp.url;
			e->group = group;
			e->dates = d[k];
			e->pos = emp.body[starts[k]].pos;
			e->marks = emp.body[starts[k]].marks;
			for (j = starts[k] + 1; j < end; j++)
				copy_block(
				    rc, &e->body, &e->nbody, &emp.body[j], 1);
		}
	}
	sec->entries = out;
	sec->nentries = n;
	return true;
}

/* Is x a paragraph of one line, a date (and a note)? */
static bool
date_line(struct rec *rc, const struct resume_block *x, struct resume_buf *pb)
{
	struct resume_text *l;
	struct date_match m;
	size_t nl, te;
	const char *s;

	if (x->kind != RESUME_BLOCK_PARAGRAPH)
		return false;
	l = text_lines(rc->a, &x->text, &nl);
	s = plain_of(rc, &l[0], pb);
	return dates_with_note(s, pb->len, &m, &te) && nl == 1;
}

/* Are the level-le headings of [b, e) group titles ("Journals") over
 * date-led entries, rather than entries themselves? */
static bool
group_headings(
    struct rec *rc, size_t b, size_t e, unsigned int le, struct resume_buf *pb)
{
	struct date_match m;
	size_t i, heads = 0, groups = 0, dated = 0;

	for (i = b; i < e; i++) {
		const struct resume_block *x = blk(rc, i);

		if (x->kind == RESUME_BLOCK_HEADING && x->heading <= le) {
			const char *s = plain_of(rc, &x->text, pb);

			if (dates_find(s, pb->len, &m))
				return false;
			if (heads > 0 && dated > 0)
				groups++;
			heads++;
			dated = 0;
			if (i + 1 < e && date_line(rc, blk(rc, i + 1), pb))
				return false;
			continue;
		}
		if (heads && x->quote == 0 &&
		    line_lead(rc, x, i + 1, e) == LEAD_DATE)
			dated++;
	}
	if (heads > 0 && dated > 0)
		groups++;
	return heads > 0 && groups == heads;
}

/* Is [b, e) of a certificates or awards section a plain list, each item
 * one short line ("AWS Certified Developer (2021)", "CKA, Linux
 * Foundation, 2020"), nested items and all, or such lines each a
 * paragraph?  Each item is then a certificate or an award, its line the
 * head. */
static bool
item_entries(struct rec *rc, enum resume_section_kind kind, size_t b, size_t e)
{
	struct resume_buf pb = {0};
	bool ok = b < e;
	size_t i, nl;

	if (kind != RESUME_SECTION_CERTIFICATES &&
	    kind != RESUME_SECTION_AWARDS)
		return false;
	for (i = b; ok && i < e; i++) {
		const struct resume_block *x = blk(rc, i);
		struct resume_text *l;

		if (x->kind == RESUME_BLOCK_RULE)
			continue;
		if ((x->kind != RESUME_BLOCK_ITEM &&
		        (x->kind != RESUME_BLOCK_PARAGRAPH || x->level != 0)) ||
		    x->quote != 0)
			ok = false;
		else if (x->level == 0) {
			l = text_lines(rc->a, &x->text, &nl);
			ok = nl == 1 &&
			    utf8_swidth(plain_of(rc, &l[0], &pb)) <= 100;
		}
	}
	resume_buf_free(&pb);
	return ok;
}

/* Entries in line mode under group titles. */
static void
fill_groups(struct rec *rc, struct resume_section *sec, size_t b, size_t e,
    unsigned int le)
{
	const char *group = NULL;
	size_t i, j, start = NONE;
	enum lead lead = LEAD_NONE;

	for (i = b; i <= e; i++) {
		const struct resume_block *x = i < e ? blk(rc, i) : NULL;
		enum lead l = LEAD_NONE;
		bool head = x && x->kind == RESUME_BLOCK_HEADING &&
		    x->heading <= le && x->quote == 0;

		if (x && !head && x->quote == 0)
			l = line_lead(rc, x, i + 1, e);
		if (i == e || head || l != LEAD_NONE) {
			if (start != NONE) {
				entry_from_lead_merged(rc, sec, start, i, lead);
				sec->entries[sec->nentries - 1].group = group;
				start = NONE;
			}
		}
		if (i == e)
			break;
		if (head) {
			group = clean_title(rc, &x->text);
			continue;
		}
		if (l != LEAD_NONE) {
			start = i;
			lead = l;
			continue;
		}
		if (start == NONE) {
			/* between a group title and its first entry */
			if (sec->nentries) {
				struct resume_entry *pe =
				    &sec->entries[sec->nentries - 1];

				copy_block(rc, &pe->body, &pe->nbody, x, 0);
			} else
				copy_block(rc, &sec->intro, &sec->nintro, x, 0);
		}
		(void)j;
	}
}

/* Returns true when blocks [b, e) are a list of links to places in the
 * document and nothing else ("- [English](#en)"): the document's own
 * navigation, which points nowhere once it is a PDF or a page of ours. */
static bool
navigation(struct rec *rc, size_t b, size_t e)
{
	size_t i, k, items = 0;

	for (i = b; i < e; i++) {
		const struct resume_block *x = blk(rc, i);
		bool link = false;

		if (x->kind == RESUME_BLOCK_RULE)
			continue;
		if (x->kind != RESUME_BLOCK_ITEM || x->quote)
			return false;
		for (k = 0; k < x->text.nspans; k++) {
			const struct resume_span *sp = &x->text.spans[k];

			if (sp->flags & RESUME_SPAN_ANCHOR)
				link = true;
			else if (!resume_str_blank(sp->text))
				return false;
		}
		if (!link)
			return false;
		items++;
	}
	return items > 0;
}

/* Appends the shape of line t to out: each span's emphasis, and for a
 * plain span the punctuation it begins and ends with ("President,
 * *Royal Society*, London, UK": "P,|I|P,"); nothing unless a span is
 * emphasized and the line is short and ends without a full stop, as an
 * entry's head does. */
static void
head_shape(struct rec *rc, const struct resume_text *t, struct resume_buf *out)
{
	struct resume_buf pb = {0};
	const char *s = plain_of(rc, t, &pb);
	size_t k, start = out->len, n = pb.len;
	bool emph = false;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n == 0 || utf8_width(s, n) > 100 || strchr(".!?:", s[n - 1])) {
		resume_buf_free(&pb);
		return;
	}
	resume_buf_free(&pb);
	for (k = 0; k < t->nspans; k++) {
		const struct resume_span *sp = &t->spans[k];
		const char *a = sp->text, *z;

		if (sp->flags & (RESUME_SPAN_BOLD | RESUME_SPAN_ITALIC)) {
			resume_buf_putc(
			    out, sp->flags & RESUME_SPAN_BOLD ? 'B' : 'I');
			emph = true;
		} else {
			while (*a == ' ')
				a++;
			z = a + strlen(a);
			while (z > a && z[-1] == ' ')
				z--;
			if (z == a)
				continue;
			resume_buf_putc(out, 'P');
			resume_buf_putc(
			    out, ispunct((unsigned char)*a) ? *a : 'a');
			resume_buf_putc(
			    out, ispunct((unsigned char)z[-1]) ? z[-1] : 'a');
		}
		resume_buf_putc(out, '|');
	}
	if (!emph) {
		out->len = start;
		if (out->data)
			out->data[start] = '\0';
	}
}

/* The shape of a date-led entry's head, when its date stands on a line
 * of its own above it ("`2012`" then "President, *Royal Society*, ...");
 * else none. */
static void
dated_head(struct rec *rc, const struct resume_block *x, enum lead l,
    struct resume_buf *shape)
{
	struct resume_buf pb = {0};
	struct resume_text *lines;
	struct date_match m;
	size_t nl;

	resume_buf_clear(shape);
	if (l != LEAD_DATE || x->kind != RESUME_BLOCK_PARAGRAPH)
		return;
	lines = text_lines(rc->a, &x->text, &nl);
	if (nl >= 2) {
		const char *s = plain_of(rc, &lines[0], &pb);

		if (dates_whole(s, pb.len, &m))
			head_shape(rc, &lines[1], shape);
	}
	resume_buf_free(&pb);
}

/* Is x a paragraph of one line shaped as the head whose shape is
 * `shape`? */
static bool
same_shape(struct rec *rc, const struct resume_block *x,
    const struct resume_buf *shape)
{
	struct resume_buf mine = {0};
	bool same;
	size_t nl;

	if (x->kind != RESUME_BLOCK_PARAGRAPH || x->level != 0)
		return false;
	text_lines(rc->a, &x->text, &nl);
	if (nl != 1)
		return false;
	head_shape(rc, &x->text, &mine);
	same = mine.len == shape->len &&
	    memcmp(mine.data, shape->data, shape->len) == 0;
	resume_buf_free(&mine);
	return same;
}

static void
fill_section(struct rec *rc, struct resume_section *sec, size_t b, size_t e)
{
	struct resume_buf pb = {0}, shape = {0};
	struct date_match m;
	unsigned int le = 0;
	size_t i, first = NONE;
	size_t starts[4096];
	size_t ns = 0;
	enum lead leads[4096];

	if (navigation(rc, b, e)) {
		resume_diag_add(rc->d->diag, RESUME_WARNING, rc->d->file,
		    sec->pos.line, sec->pos.col,
		    "\"%s\" lists only links within the document (its "
		    "navigation); left out",
		    sec->title ? sec->title : "");
		sec->title = NULL; /* dropped with the blank sections */
		return;
	}
	if (resume_section_kind_is_keywords(sec->kind)) {
		fill_keyvalue(rc, sec, b, e);
		return;
	}
	if (sec->kind == RESUME_SECTION_SUMMARY ||
	    sec->kind == RESUME_SECTION_CONTACT) {
		if (sec->kind == RESUME_SECTION_CONTACT)
			contact_group(rc, b, e, true);
		for (i = b; i < e; i++)
			copy_block(
			    rc, &sec->intro, &sec->nintro, blk(rc, i), 0);
		return;
	}
	if (table_entries(rc, sec, b, e))
		return;
	for (i = b; i < e; i++) {
		const struct resume_block *x = blk(rc, i);

		if (x->kind == RESUME_BLOCK_HEADING && x->quote == 0 &&
		    !is_heading_date(rc, x, &m, &pb) &&
		    (le == 0 || x->heading < le))
			le = x->heading;
	}
	for (i = b; i < e && ns < 4096; i++) {
		const struct resume_block *x = blk(rc, i);

		if (le) {
			/* a heading of dates alone is the date of the entry
			 * heading right above it; with none above, or
			 * content between, it heads an entry of its own */
			if (x->kind == RESUME_BLOCK_HEADING &&
			    x->heading == le && x->quote == 0 &&
			    (!is_heading_date(rc, x, &m, &pb) || ns == 0 ||
			        starts[ns - 1] + 1 < i)) {
				leads[ns] = LEAD_NONE;
				starts[ns++] = i;
			}
		} else if (x->quote == 0) {
			enum lead l = line_lead(rc, x, i + 1, e);

			if (l != LEAD_NONE) {
				leads[ns] = l;
				starts[ns++] = i;
				dated_head(rc, x, l, &shape);
			} else if (shape.len && same_shape(rc, x, &shape)) {
				/* a second head written as the dated one's,
				 * with no date: an entry of its own */
				leads[ns] = LEAD_ITEM;
				starts[ns++] = i;
			}
		}
	}
	resume_buf_free(&shape);
	if (ns == 0 && item_entries(rc, sec->kind, b, e))
		for (i = b; i < e && ns < 4096; i++)
			if (blk(rc, i)->kind != RESUME_BLOCK_RULE &&
			    blk(rc, i)->level == 0) {
				leads[ns] = LEAD_ITEM;
				starts[ns++] = i;
			}
	if (le && group_headings(rc, b, e, le, &pb)) {
		fill_groups(rc, sec, b, e, le);
		resume_buf_free(&pb);
		return;
	}
	first = ns ? starts[0] : e;
	for (i = b; i < first; i++)
		copy_block(rc, &sec->intro, &sec->nintro, blk(rc, i), 0);
	for (i = 0; i < ns; i++) {
		size_t end = i + 1 < ns ? starts[i + 1] : e;

		if (le && entries_from_roles(rc, sec, starts[i], end, &pb))
			continue;
		if (le)
			entry_from_heading(rc, sec, starts[i], end);
		else
			entry_from_lead_merged(
			    rc, sec, starts[i], end, leads[i]);
	}
	/* roles written as bullets under their employer */
	for (i = 0; i < sec->nentries; i++)
		if (list_roles(rc, sec, i, &pb))
			while (i + 1 < sec->nentries &&
			    sec->entries[i + 1].group &&
			    sec->entries[i].group &&
			    strcmp(sec->entries[i + 1].group,
			        sec->entries[i].group) == 0)
				i++;
	resume_buf_free(&pb);
}

static const char *
clean_title(struct rec *rc, const struct resume_text *t)
{
	struct resume_buf out = {0};
	const char *s = text_str(rc->a, t), *p, *br;
	size_t i, n, len;
	uint32_t cp;
	bool space = false;

	if (s == NULL)
		return NULL;
	len = strlen(s);
	br = strrchr(s, '{');
	if (br && (br[1] == '#' || br[1] == '.') && strchr(br, '}'))
		len = (size_t)(br - s);
	for (i = 0; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp);
		if (utf8_is_icon(cp) || cp == 0xfe0f)
			continue;
		if (cp == ' ') {
			space = out.len > 0;
			continue;
		}
		if (space)
			resume_buf_putc(&out, ' ');
		space = false;
		resume_buf_add(&out, s + i, n);
	}
	p = out.len ? resume_arena_strdup(rc->a, out.data) : s;
	resume_buf_free(&out);
	return p;
}

/* The marks of the block the heading or lead at line stands in, or
 * NULL: the stream is in source order, so a binary search finds it. */
static const struct resume_marks *
marks_at(struct rec *rc, unsigned int line)
{
	size_t lo = 0, hi = rc->d->nblocks, mid;

	if (line == 0)
		return NULL;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (blk(rc, mid)->pos.line < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* the first block there: in an HTML block, whose blocks share its
	 * line, the heading, not a bullet below it */
	if (lo < rc->d->nblocks && blk(rc, lo)->pos.line == line) {
		const struct resume_marks *m = &blk(rc, lo)->marks;

		if (m->ntags || m->lang || m->nalts)
			return m;
	}
	return NULL;
}

/* A marker written on a section's heading or an entry's head
 * (<!-- tags: x -->) marks the section or the entry the recogniser made
 * of it; the bullets kept their own with their blocks. */
static void
place_marks(struct rec *rc)
{
	const struct resume_marks *m;
	size_t i, j;

	for (i = 0; i < rc->r->nsections; i++) {
		struct resume_section *s = &rc->r->sections[i];

		if ((m = marks_at(rc, s->pos.line)) != NULL)
			s->marks = *m;
		for (j = 0; j < s->nentries; j++) {
			struct resume_entry *e = &s->entries[j];

			if (e->pos.line != s->pos.line &&
			    (m = marks_at(rc, e->pos.line)) != NULL)
				e->marks = *m;
		}
	}
}

static struct resume_section *
new_section(struct rec *rc, enum resume_section_kind kind, const char *title,
    struct resume_pos pos)
{
	struct resume_section *s = RESUME_PUSH(
	    rc->a, rc->r->sections, &rc->r->nsections);

	s->kind = kind;
	s->title = title;
	s->pos = pos;
	return s;
}

/* Does the section-level heading at i start an entry, not a section? */
/* Where the title and the organisation stand in most of the document's
 * headings written "A | B | C": at least three, and three in four of them
 * alike, or no rule. */
static void
pipe_majority(struct rec *rc)
{
	size_t i, n = 0, best = 0, count[4][4] = {{0}}, t, o, bt = NONE,
	          bo = NONE;

	for (i = 0; i < rc->d->nblocks; i++) {
		const struct resume_block *x = blk(rc, i);
		struct head h = {0};
		const char *s;

		if (x->kind != RESUME_BLOCK_HEADING || x->quote || x->level ||
		    i == rc->name_idx)
			continue;
		s = text_str(rc->a, &x->text);
		if (s == NULL || strstr(s, " | ") == NULL)
			continue;
		parse_head(rc, &x->text, &h);
		if (!h.pipes || h.nparts < 2)
			continue;
		work_order(&h, &t, &o);
		if (t < 4 && o < 4) {
			count[t][o]++;
			n++;
		}
	}
	for (t = 0; t < 4; t++)
		for (o = 0; o < 4; o++)
			if (count[t][o] > best) {
				best = count[t][o];
				bt = t;
				bo = o;
			}
	if (n >= 3 && best * 4 >= n * 3) {
		rc->pipe_title = bt;
		rc->pipe_org = bo;
	}
}

static bool
entry_heading(struct rec *rc, size_t i)
{
	struct resume_buf pb = {0};
	struct date_match m;
	const char *s;
	bool r = false;
	size_t te;

	s = plain_of(rc, &blk(rc, i)->text, &pb);
	if (dates_find(s, pb.len, &m) && !dates_whole(s, pb.len, &m))
		r = true;
	else if (i + 1 < rc->d->nblocks &&
	    blk(rc, i + 1)->kind == RESUME_BLOCK_PARAGRAPH) {
		struct resume_text *lines;
		size_t nl;

		lines = text_lines(rc->a, &blk(rc, i + 1)->text, &nl);
		s = plain_of(rc, &lines[0], &pb);
		r = dates_with_note(s, pb.len, &m, &te);
	}
	resume_buf_free(&pb);
	return r;
}

/* The heading level of sections: where the most headings are exactly a
 * section word, then where the most contain one, then the shallowest. */
static unsigned int
pick_section_level(struct rec *rc)
{
	size_t i, exact[7] = {0}, hits[7] = {0}, seen[7] = {0};
	unsigned int l, best = 0;

	for (i = 0; i < rc->d->nblocks; i++) {
		const struct resume_block *x = blk(rc, i);
		const char *s;

		if (x->kind != RESUME_BLOCK_HEADING || i == rc->name_idx ||
		    x->quote || x->level)
			continue;
		seen[x->heading]++;
		s = text_str(rc->a, &x->text);
		if (s && vocab_section_exact(s) >= 0)
			exact[x->heading]++;
		if (s && vocab_section(s) >= 0)
			hits[x->heading]++;
	}
	for (l = 1; l <= 6; l++)
		if (exact[l] > (best ? exact[best] : 0) ||
		    (best && exact[l] == exact[best] && exact[l] &&
		        hits[l] > hits[best]))
			best = l;
	if (best)
		return best;
	for (l = 1; l <= 6; l++)
		if (hits[l] > (best ? hits[best] : 0))
			best = l;
	if (best)
		return best;
	for (l = 1; l <= 6; l++)
		if (seen[l])
			return l;
	return 0;
}

/* With no name heading, the front matter names the person:
 * "Curriculum Vitae - Isaac Newton", "Ron Adams - Engineer - Resume";
 * before the sections are read, so that a contact section that repeats
 * the name knows it.  A further part of the title is kept as the
 * headline, for when the document gives none. */
static void
set_name(struct rec *rc)
{
	struct resume_basics *bs = &rc->r->basics;
	const char *t = rc->d->fm_name ? rc->d->fm_name : rc->d->fm_title;
	struct resume_text tt = {0};
	struct resume_buf pb = {0};
	struct head h;
	size_t i;

	if (bs->name != NULL || t == NULL)
		return;
	text_add(rc->a, &tt, t, strlen(t), 0, NULL);
	memset(&h, 0, sizeof(h));
	text_plain(&tt, &pb);
	split_parts(rc, &tt, resume_buf_str(&pb), 0, pb.len, strong_seps, &h);
	resume_buf_free(&pb);
	for (i = 0; i < h.nparts && rc->front_label == NULL; i++) {
		const char *p = text_str(rc->a, &h.parts[i].t);

		if (p == NULL || vocab_is_doc_title(p))
			continue;
		if (bs->name == NULL)
			bs->name = p;
		else if (rc->d->fm_name == NULL)
			rc->front_label = p;
	}
}

static void
finish_blocks(struct rec *rc, struct resume_block *b, size_t *n)
{
	size_t i, j;

	for (i = 0; i < *n; i++) {
		text_finish(rc->a, &b[i].text);
		for (j = 0; j < b[i].ncells; j++)
			text_finish(rc->a, &b[i].cells[j]);
	}
	/* drop edge rules: they separated sections, not content */
	while (*n && b[*n - 1].kind == RESUME_BLOCK_RULE)
		(*n)--;
	for (i = 0; i < *n && b[i].kind == RESUME_BLOCK_RULE; i++)
		;
	if (i) {
		memmove(b, b + i, (*n - i) * sizeof(*b));
		*n -= i;
	}
}

/* Labelled one-line paragraphs under an entry that name one of its
 * fields: "**Tech stack:** Go, PostgreSQL" gives keywords, and under a
 * project "*Roles:* Lead" and "*Type:* application" give roles and type.
 * The Markdown resume writes uses the same labels. */
static const char *const keyword_labels[] = {"keywords", "technologies",
    "technologies used", "tech", "tech stack", "stack", "tools", "built with",
    NULL};

static void
labelled_fields(
    struct rec *rc, struct resume_entry *e, enum resume_section_kind kind)
{
	static const char *const roles[] = {"roles", "role", NULL};
	static const char *const type[] = {"type", NULL};
	static const char *const score[] = {"gpa", "score", "grade", NULL};
	struct resume_buf pb = {0};
	size_t i = 0, ke, v;

	while (i < e->nbody) {
		const struct resume_block *x = &e->body[i];
		const char *s;
		bool used = false;

		if (x->kind != RESUME_BLOCK_PARAGRAPH || x->quote || x->level) {
			i++;
			continue;
		}
		s = plain_of(rc, &x->text, &pb);
		if (!strchr(s, '\n') && (v = key_value(s, &ke)) > 0) {
			if (!e->nkeywords && label_is(s, ke, keyword_labels)) {
				split_keywords(rc, e, s + v);
				used = true;
			} else if (kind == RESUME_SECTION_PROJECTS &&
			    !e->area && label_is(s, ke, roles)) {
				e->area = trim_last_period(
				    rc, dup_range(rc, s, v, pb.len));
				used = true;
			} else if (!e->level &&
			    (kind == RESUME_SECTION_PROJECTS
			            ? label_is(s, ke, type)
			            : label_is(s, ke, score))) {
				e->level = trim_last_period(
				    rc, dup_range(rc, s, v, pb.len));
				used = true;
			}
		}
		if (used) {
			memmove(&e->body[i], &e->body[i + 1],
			    (e->nbody - i - 1) * sizeof(*e->body));
			e->nbody--;
		} else
			i++;
	}
	resume_buf_free(&pb);
}

/* A line in italics right under a work entry's head, before anything
 * else, says what the organisation is ("*Awesome compression company*"):
 * JSON Resume's description, kept apart from the summary. */
static void
description(struct resume_entry *e)
{
	struct resume_block *x = e->nbody ? &e->body[0] : NULL;

	if (x && x->kind == RESUME_BLOCK_PARAGRAPH && x->level == 0 &&
	    x->quote == 0 && !resume_text_empty(&x->text) &&
	    text_all(&x->text, RESUME_SPAN_ITALIC))
		x->description = true;
}

/* A project's head written as "Role, Project" ("*Contributor*,
 * [HackMyResume](…)"): JSON Resume names the project and lists what the
 * person did in it as roles, so a short head part of one or two words
 * with a role word in it, beside a part with none, is the role.  A
 * roles label below the head ("*Roles:* Lead") wins. */
static void
project_role(struct resume_entry *e)
{
	const char *p;
	int words = 1;

	if (!e->title || !e->org || e->area || vocab_title_score(e->org) ||
	    !vocab_title_score(e->title) || vocab_org_score(e->title))
		return;
	for (p = e->title; *p; p++)
		if (*p == ' ' && p[1] && p[1] != ' ')
			words++;
	if (words > 2)
		return;
	e->area = e->title;
	e->title = e->org;
	e->org = NULL;
}

static void
finish(struct rec *rc)
{
	struct resume *r = rc->r;
	size_t i, j;

	finish_blocks(rc, r->basics.summary, &r->basics.nsummary);
	for (i = 0; i < r->basics.ncontacts; i++) {
		struct resume_contact *c = &r->basics.contacts[i];

		c->text = trim_period(rc, c->text);
	}
	for (i = 0; i < r->nsections; i++) {
		struct resume_section *s = &r->sections[i];

		finish_blocks(rc, s->intro, &s->nintro);
		for (j = 0; j < s->nentries; j++) {
			if (!resume_section_kind_is_keywords(s->kind))
				labelled_fields(rc, &s->entries[j], s->kind);
			finish_blocks(
			    rc, s->entries[j].body, &s->entries[j].nbody);
			if (s->kind == RESUME_SECTION_WORK)
				description(&s->entries[j]);
			if (s->kind == RESUME_SECTION_PROJECTS)
				project_role(&s->entries[j]);
		}
	}
	front_place(rc);
	front_contacts(rc);
}

/* Drops sections with neither a title nor content: an empty "#" heading
 * would otherwise make a section no backend can show anything of. */
static void
drop_blank_sections(struct resume *r)
{
	size_t i, n = 0;

	for (i = 0; i < r->nsections; i++) {
		const struct resume_section *s = &r->sections[i];

		if ((s->title && *s->title) || s->nentries || s->nintro)
			r->sections[n++] = *s;
	}
	r->nsections = n;
}

/* Does the heading y end a run of entry headings at the section level:
 * a heading as high, unless it is another entry's at that level? */
static bool
ends_entries(struct rec *rc, const struct resume_block *y, size_t yi)
{
	const char *t;

	if (y->kind != RESUME_BLOCK_HEADING || y->heading > rc->sec_level ||
	    y->quote != 0 || y->level != 0)
		return false;
	t = text_str(rc->a, &y->text);
	return !(y->heading == rc->sec_level &&
	    (t == NULL || vocab_section(t) < 0) && entry_heading(rc, yi));
}

/* Entry headings at the section level with no section over them
 * ("## Engineer, Acme" under the name): a work section of its own, from
 * block i on, joined by the entry headings that follow.  Returns its last
 * block. */
static size_t
implicit_work(struct rec *rc, size_t i)
{
	const struct resume_block *x = blk(rc, i);
	struct resume_section *sec = new_section(rc, RESUME_SECTION_WORK,
	    resume_section_kind_title(RESUME_SECTION_WORK), x->pos);
	size_t start = i;

	sec->implicit = true;
	while (
	    i + 1 < rc->d->nblocks && !ends_entries(rc, blk(rc, i + 1), i + 1))
		i++;
	fill_section(rc, sec, start, i + 1);
	return i;
}

void
recognize(struct md_doc *d)
{
	struct rec rc = {d, d->r, d->r->arena, 0, NONE, NONE, NONE, NULL};
	size_t i, *hdr, nh = 0, sec_start = NONE;
	struct resume_section *cur = NULL;

	for (i = 0; i < d->nblocks; i++) {
		const struct resume_block *x = blk(&rc, i);
		const char *s;

		if (x->kind == RESUME_BLOCK_HEADING && x->heading == 1 &&
		    x->quote == 0 && x->level == 0) {
			s = text_str(rc.a, &x->text);
			if (s && !vocab_is_doc_title(s) &&
			    vocab_section(s) < 0) {
				rc.name_idx = i;
				rc.r->basics.name = s;
				rc.r->basics.pos = x->pos;
			}
			break;
		}
	}
	set_name(&rc);
	rc.sec_level = pick_section_level(&rc);
	pipe_majority(&rc);
	hdr = resume_arena_alloc(rc.a, (d->nblocks + 1) * sizeof(*hdr));

	for (i = 0; i <= d->nblocks; i++) {
		const struct resume_block *x = i < d->nblocks ? blk(&rc, i)
		                                              : NULL;
		bool starts = false;
		const char *s = NULL;
		int kind = -1;

		if (x && x->kind == RESUME_BLOCK_HEADING && x->quote == 0 &&
		    x->level == 0 && i != rc.name_idx && rc.sec_level &&
		    x->heading <= rc.sec_level) {
			s = text_str(rc.a, &x->text);
			kind = s ? vocab_section(s) : -1;
			starts = true;
			if (s && x->heading == 1 && vocab_is_doc_title(s))
				starts = false; /* "# Résumé", "# 職務経歴書" */
			/* the headline right under the name */
			if (i == rc.name_idx + 1 && kind < 0 && x->heading != 1)
				starts = false;
		}
		if (i == d->nblocks || starts || i == rc.name_idx) {
			if (cur)
				fill_section(&rc, cur, sec_start, i);
			cur = NULL;
		}
		if (i == d->nblocks)
			break;
		if (i == rc.name_idx) {
			continue;
		}
		if (starts) {
			if (kind < 0 && x->heading == rc.sec_level &&
			    entry_heading(&rc, i)) {
				i = implicit_work(&rc, i);
				continue;
			}
			cur = new_section(&rc,
			    kind < 0 ? RESUME_SECTION_CUSTOM
			             : (enum resume_section_kind)kind,
			    clean_title(&rc, &x->text), x->pos);
			sec_start = i + 1;
			continue;
		}
		if (cur == NULL)
			hdr[nh++] = i;
	}
	header_zone(&rc, hdr, nh);
	contact_footer(&rc);
	if (rc.r->basics.label == NULL)
		rc.r->basics.label = rc.front_label;
	/* a picture before the first section is the photo, unless the
	 * front matter named one */
	if (d->photo && rc.r->basics.image == NULL &&
	    (rc.r->nsections == 0 ||
	        d->photo_pos.line < rc.r->sections[0].pos.line)) {
		rc.r->basics.image = d->photo;
		rc.r->basics.image_pos = d->photo_pos;
	}
	finish(&rc);
	drop_blank_sections(rc.r);
	place_marks(&rc);
	for (i = 0; i < rc.r->nsections; i++)
		for (size_t j = 0; j < rc.r->sections[i].nentries; j++)
			dates_hijri(
			    &rc.r->sections[i].entries[j].dates, rc.r->lang);
}
