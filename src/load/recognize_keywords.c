/*
 * The recogniser's keyword lists: skills, languages and interests written
 * "Category: a, b, c", as bullets, sentences or definitions.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/dates.h"
#include "../core/utf8.h"
#include "recognize.h"

/* Steps *depth over the character at s (an opening bracket, ASCII or
 * full-width, goes in; a closing one out); returns the depth after. */
static int
bracket_depth(const char *s, int *depth)
{
	if (*s == '(' || *s == '[' || !strncmp(s, "（", 3))
		(*depth)++;
	else if ((*s == ')' || *s == ']' || !strncmp(s, "）", 3)) && *depth > 0)
		(*depth)--;
	return *depth;
}

/* Adds s[start..end) to en's keywords (last: it ends the list). */
static void
add_keyword(struct rec *rc, struct resume_entry *en, const char *s,
    size_t start, size_t end, bool last)
{
	const char *k = dup_range(rc, s, start, end);
	size_t was;

	if (k == NULL || strcmp(k, ".") == 0)
		return;
	was = strlen(k);
	k = trim_period(rc, k);
	if (last)
		k = trim_last_period(rc, k);
	/* the sentence's full stop is the list's, not the last keyword's */
	if (last && strlen(k) < was)
		en->keywords_end = ".";
	*RESUME_PUSH(rc->a, en->keywords, &en->nkeywords) = k;
}

void
split_keywords(struct rec *rc, struct resume_entry *en, const char *s)
{
	size_t i = 0, start = 0, n, len = strlen(s);
	int depth = 0;
	bool semi = false; /* "HTML5, HTML; CSS3, CSS": at semicolons only */

	for (i = 0; i < len; i++)
		if (bracket_depth(s + i, &depth) == 0 &&
		    (s[i] == ';' || !strncmp(s + i, "；", 3)))
			semi = true;
	i = 0;
	depth = 0;
	en->keywords_end = NULL;
	while (i <= len) {
		n = 0;
		if (i < len)
			bracket_depth(s + i, &depth);
		if (i == len)
			n = 1;
		else if (depth == 0 && (s[i] == ';' || (s[i] == ',' && !semi)))
			n = 1;
		else if (depth == 0 && !strncmp(s + i, "；", 3))
			n = 3;
		else if (depth == 0 && !semi &&
		    (!strncmp(s + i, "，", 3) || !strncmp(s + i, "、", 3) ||
		        !strncmp(s + i, "،", 2)))
			n = (unsigned char)s[i] == 0xd8 ? 2 : 3;
		else if (depth == 0 && s[i] == ' ' && s[i + 1] == ' ')
			n = 2;
		if (n) {
			add_keyword(rc, en, s, start, i, i == len);
			i += n;
			while (i < len && s[i] == ' ')
				i++;
			start = i;
			continue;
		}
		i++;
	}
}

/* "Key: value" with a short key; returns the offset of the value. */
size_t
key_value(const char *s, size_t *key_end)
{
	const char *c1 = strchr(s, ':'), *c2 = strstr(s, "："), *c;
	size_t v;

	c = c1 && (!c2 || c1 < c2) ? c1 : c2;
	if (c == NULL || c == s || utf8_width(s, (size_t)(c - s)) > 40)
		return 0;
	if (c == c1 &&
	    (c[1] == '/' ||
	        (c[1] != ' ' && c[1] != '\0' &&
	            !((unsigned char)c[1] >= 0x80))))
		return 0;
	*key_end = (size_t)(c - s);
	v = *key_end + (c == c1 ? 1 : 3);
	while (s[v] == ' ')
		v++;
	return s[v] ? v : 0;
}

static bool
key_value_text(const char *s)
{
	size_t ke;

	return key_value(s, &ke) > 0;
}

static bool
list_like(const char *s)
{
	return (strchr(s, ',') || strstr(s, "，") || strstr(s, "、") ||
	           strstr(s, "  ")) &&
	    !strstr(s, ". ") && !strstr(s, "。") && !strstr(s, "！") &&
	    !strstr(s, "？");
}

static struct resume_entry *
new_entry(struct rec *rc, struct resume_section *sec,
    const struct resume_block *at, size_t *index)
{
	struct resume_entry *en = RESUME_PUSH(
	    rc->a, sec->entries, &sec->nentries);

	en->pos = at->pos;
	*index = sec->nentries - 1;
	return en;
}

/* The ": text" lines of a definition, one paragraph per ':', into the
 * entry body. */
void
add_definitions(struct rec *rc, struct resume_entry *en,
    const struct resume_block *x, const struct resume_text *lines, size_t from,
    size_t nl)
{
	struct resume_buf pb = {0};
	struct resume_text para = {0};
	size_t j, k;
	const char *s;

	for (j = from; j <= nl; j++) {
		s = j < nl ? plain_of(rc, &lines[j], &pb) : ":";
		k = strspn(s, " ");
		if (s[k] == ':') {
			add_paragraph(rc, &en->body, &en->nbody, &para, x,
			    RESUME_BLOCK_PARAGRAPH, 0);
			memset(&para, 0, sizeof(para));
			if (j < nl)
				para = text_slice(
				    rc->a, &lines[j], k + 1, pb.len);
			continue;
		}
		if (para.nspans)
			text_add(rc->a, &para, " ", 1, SPAN_SOFT, NULL);
		text_append(rc->a, &para, &lines[j]);
	}
	resume_buf_free(&pb);
}

/* Does the line s read as a sentence: six words or more, ending as a
 * sentence does, or long? */
static bool
sentence_line(const char *s)
{
	size_t n = strlen(s), spaces = 0, i;

	for (i = 0; i < n; i++)
		spaces += s[i] == ' ';
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return spaces >= 5 &&
	    (utf8_swidth(s) > 60 || (n && strchr(".!?", s[n - 1])) ||
	        (n >= 3 && strcmp(s + n - 3, "。") == 0));
}

/* Is the run of top-level list items around block i sentences rather than
 * skill names? */
static bool
sentence_list(struct rec *rc, size_t i, size_t e)
{
	struct resume_buf pb = {0};
	size_t b = i, k, spaces;
	bool r = false;
	const char *s;

	while (b > 0 && blk(rc, b - 1)->kind == RESUME_BLOCK_ITEM)
		b--;
	for (k = b; k < e && !r &&
	     (blk(rc, k)->kind == RESUME_BLOCK_ITEM || blk(rc, k)->level > 0);
	     k++) {
		if (blk(rc, k)->kind != RESUME_BLOCK_ITEM || blk(rc, k)->level)
			continue;
		s = plain_of(rc, &blk(rc, k)->text, &pb);
		if (key_value_text(s))
			continue;
		for (spaces = 0; *s; s++)
			spaces += *s == ' ';
		s = resume_buf_str(&pb);
		r = utf8_swidth(s) > 60 || strstr(s, "。") ||
		    (pb.len && s[pb.len - 1] == '.' && spaces >= 6);
	}
	resume_buf_free(&pb);
	return r;
}

/* fill_keyvalue's reader: where it stands in the section. */
struct kv {
	struct rec *rc;
	struct resume_section *sec;
	struct resume_buf pb;
	/* Indices, not pointers: pushing an entry may move the array. */
	size_t cur, group;
	size_t i, e; /* the block read, the section's end */
	bool lang, interests;
	bool from_item; /* the entry is a list item */
};

/* The entry being added to, or NULL. */
static struct resume_entry *
kv_entry(struct kv *k)
{
	return k->cur == NONE ? NULL : &k->sec->entries[k->cur];
}

/* A new entry made by block x, now the one added to. */
static struct resume_entry *
kv_new(struct kv *k, const struct resume_block *x)
{
	struct resume_entry *en = new_entry(k->rc, k->sec, x, &k->cur);

	k->from_item = x->kind == RESUME_BLOCK_ITEM;
	return en;
}

/* "Web: HTML, CSS" (the name and value at v of line s): an entry of its
 * own, with its level or keywords. */
static void
kv_pair(struct kv *k, const struct resume_block *x, const char *s, size_t ke,
    size_t v)
{
	struct resume_entry *en = kv_new(k, x);
	const char *dash;

	en->title = dup_range(k->rc, s, 0, ke);
	/* "Web — expert: HTML, CSS": a level too */
	if (!k->lang && en->title && (dash = strstr(en->title, " — ")) &&
	    dash > en->title && dash[5]) {
		en->level = dash + 5;
		en->title = resume_arena_strndup(
		    k->rc->a, en->title, (size_t)(dash - en->title));
	}
	if (k->lang)
		en->level = dup_range(k->rc, s, v, k->pb.len);
	else
		split_keywords(k->rc, en, s + v);
	k->group = NONE;
}

/* Line s of a list or paragraph that is a keyword or a list of them: to
 * the group entry, made when there is none yet. */
static void
kv_keywords(struct kv *k, const struct resume_block *x, const char *s)
{
	struct resume_entry *en;

	if (k->group == NONE) {
		kv_new(k, x);
		k->group = k->cur;
	}
	k->cur = k->group;
	en = kv_entry(k);
	if (x->kind == RESUME_BLOCK_ITEM) {
		/* an empty "- " item is no keyword */
		const char *kw = trim_period(
		    k->rc, dup_range(k->rc, s, 0, k->pb.len));

		if (kw)
			*RESUME_PUSH(
			    k->rc->a, en->keywords, &en->nkeywords) = kw;
	} else
		split_keywords(k->rc, en, s);
}

/* Reads line j of block x's nl lines (made: the number of entries before
 * the block); false when the line took the rest of the block with it. */
static bool
kv_line(struct kv *k, const struct resume_block *x, struct resume_text *lines,
    size_t nl, size_t j, size_t made)
{
	struct rec *rc = k->rc;
	struct resume_section *sec = k->sec;
	struct resume_entry *en = kv_entry(k);
	const char *s = plain_of(rc, &lines[j], &k->pb);
	size_t ke, v;
	struct resume_text rest;

	if ((v = key_value(s, &ke)) > 0) {
		kv_pair(k, x, s, ke, v);
		return true;
	}
	/* "- **JavaScript**" among "- **Web:** HTML, CSS": a category with
	 * nothing listed yet */
	if (x->kind == RESUME_BLOCK_ITEM && nl == 1 && k->group == NONE && en &&
	    en->title && text_all(&lines[0], RESUME_SPAN_BOLD)) {
		en = kv_new(k, x);
		en->title = dup_range(rc, s, 0, k->pb.len);
		return true;
	}
	/* "- HIKING\n  Jane enjoys hiking…": a sentence on an item's later
	 * line describes the entry the item made */
	if (x->kind == RESUME_BLOCK_ITEM && j > 0 && sec->nentries > made &&
	    en && sentence_line(s)) {
		rest = join_lines(rc, lines, j, nl);
		add_paragraph(rc, &en->body, &en->nbody, &rest, x,
		    RESUME_BLOCK_PARAGRAPH, 0);
		return false;
	}
	if (x->kind == RESUME_BLOCK_ITEM && (k->lang || k->interests)) {
		en = kv_new(k, x);
		en->title = dup_range(rc, s, 0, k->pb.len);
		k->group = NONE;
		return true;
	}
	if (x->kind == RESUME_BLOCK_ITEM && sentence_list(rc, k->i, k->e)) {
		/* a list of sentences stays a list */
		if (en)
			copy_block(rc, &en->body, &en->nbody, x, 0);
		else
			copy_block(rc, &sec->intro, &sec->nintro, x, 0);
		return false;
	}
	if (x->kind == RESUME_BLOCK_ITEM || list_like(s) ||
	    (k->group != NONE && utf8_swidth(s) <= 40)) {
		kv_keywords(k, x, s);
		return true;
	}
	/* a sentence: free content where it stands */
	rest = join_lines(rc, lines, j, nl);
	if (en)
		add_paragraph(rc, &en->body, &en->nbody, &rest, x, x->kind, 0);
	else
		add_paragraph(
		    rc, &sec->intro, &sec->nintro, &rest, x, x->kind, 0);
	return false;
}

/* A table row of a name and its level or keywords. */
static void
kv_row(struct kv *k, const struct resume_block *x)
{
	struct resume_entry *en = kv_new(k, x);
	size_t j;

	en->title = text_str(k->rc->a, &x->cells[0]);
	for (j = 1; j < x->ncells; j++) {
		const char *c = text_str(k->rc->a, &x->cells[j]);

		if (c && k->lang && en->level == NULL)
			en->level = c;
		else if (c)
			split_keywords(k->rc, en, c);
	}
	k->group = NONE;
}

void
fill_keyvalue(struct rec *rc, struct resume_section *sec, size_t b, size_t e)
{
	struct kv k = {.rc = rc,
	    .sec = sec,
	    .cur = NONE,
	    .group = NONE,
	    .e = e,
	    .lang = sec->kind == RESUME_SECTION_LANGUAGES,
	    .interests = sec->kind == RESUME_SECTION_INTERESTS};
	struct resume_entry *en;
	struct resume_text *lines;
	size_t j, nl, made;
	const char *s;

	for (k.i = b; k.i < e; k.i++) {
		const struct resume_block *x = blk(rc, k.i);

		if (x->kind == RESUME_BLOCK_HEADING && x->quote == 0) {
			en = kv_new(&k, x);
			en->title = text_str(rc->a, &x->text);
			k.group = k.cur;
			continue;
		}
		if (x->kind == RESUME_BLOCK_TABLE_ROW && !x->header &&
		    x->ncells >= 2) {
			kv_row(&k, x);
			continue;
		}
		en = kv_entry(&k);
		if ((x->kind != RESUME_BLOCK_PARAGRAPH &&
		        x->kind != RESUME_BLOCK_ITEM) ||
		    x->quote != 0 ||
		    (x->level > 0 && x->kind != RESUME_BLOCK_ITEM)) {
			/* what continues an item that is the entry belongs to
			 * the entry, one level up */
			if (en)
				copy_block(rc, &en->body, &en->nbody, x,
				    x->level > 0 && k.from_item ? 1 : 0);
			else
				copy_block(rc, &sec->intro, &sec->nintro, x, 0);
			continue;
		}
		if (x->level > 0 && en) {
			/* a nested item adds to the entry above it */
			s = text_str(rc->a, &x->text);
			if (s)
				split_keywords(rc, en, s);
			continue;
		}
		lines = text_lines(rc->a, &x->text, &nl);
		made = sec->nentries;
		/* "* Web Design\n  : description" */
		if (nl >= 2 && line_lead(rc, x, k.i + 1, e) == LEAD_TERM) {
			en = kv_new(&k, x);
			en->title = text_str(rc->a, &lines[0]);
			add_definitions(rc, en, x, lines, 1, nl);
			k.group = NONE;
			continue;
		}
		for (j = 0; j < nl && kv_line(&k, x, lines, nl, j, made); j++)
			;
	}
	resume_buf_free(&k.pb);
}
