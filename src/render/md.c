/*
 * Markdown backend: the model written back as Markdown in the dialect the
 * loader reads most surely (docs/markdown.md, "The dialect resume
 * writes"): the name as "#", headline and contacts under it, "##"
 * sections, "###" entries with the title in italics, the organisation and
 * place after " | ", the date on the line below, the description in order.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/utf8.h"
#include "compose.h"
#include "render.h"
#include "resume/backend.h"
#include "resume/buf.h"
#include "resume/resume.h"

/* Appends text with the characters Markdown would read as markup escaped;
 * at_start: the text begins a line. */
static void
esc(struct resume_buf *b, const char *s, bool at_start)
{
	const char *p = s;

	if (s == NULL)
		return;
	if (at_start) {
		size_t d = strspn(p, "0123456789");

		if (*p == '#' || *p == '>' || *p == '+' || *p == '=' ||
		    (*p == '-' && (p[1] == ' ' || p[1] == '-' || !p[1])) ||
		    (d && (p[d] == '.' || p[d] == ')') && p[d + 1] == ' '))
			resume_buf_putc(b, '\\');
		else if (d) {
			/* "2019." at a line start: escape the dot below */
		}
	}
	for (; *p; p++) {
		/* a line break inside inline text (a JSON string's "\n") is
		 * a space: at a line start it could open a heading or a
		 * bullet */
		if (*p == '\n' || *p == '\r') {
			resume_buf_putc(b, ' ');
			continue;
		}
		if (strchr("\\`*_[]<>|", *p))
			resume_buf_putc(b, '\\');
		resume_buf_putc(b, *p);
	}
}

/* Appends text for a JSON Resume string read as inline Markdown: only
 * what would be read as markup is escaped, so that plain text stays plain
 * to a reader of the JSON ("a_b", "1 < 2" and "C++ & Go" as they are);
 * at_start: the text begins a line of the string. */
static void
esc_inline(struct resume_buf *b, const char *s, bool at_start)
{
	const unsigned char *p = (const unsigned char *)s;

	if (s == NULL)
		return;
	if (at_start) {
		size_t d = strspn(s, "0123456789");

		if (*p == '#' || *p == '>' || *p == '=' ||
		    ((*p == '-' || *p == '+' || *p == '*') &&
		        (p[1] == ' ' || p[1] == *p || !p[1])) ||
		    (d && d < 10 && (s[d] == '.' || s[d] == ')') &&
		        (s[d + 1] == ' ' || !s[d + 1])))
			resume_buf_putc(b, '\\');
	}
	for (; *p; p++) {
		bool prev = p > (const unsigned char *)s && isalnum(p[-1]);
		bool next = isalnum(p[1]);
		bool esc = false;

		switch (*p) {
		case '*':
		case '`':
		case '[':
			esc = true;
			break;
		case '_': /* inside a word it is no emphasis */
			esc = !(prev && next);
			break;
		case '\\':
			esc = ispunct(p[1]) || !p[1];
			break;
		case '<': /* a tag or an autolink */
			esc = isalpha(p[1]) || p[1] == '/' || p[1] == '!' ||
			    p[1] == '?';
			break;
		case '&': /* an entity */
			esc = p[1] == '#' || isalpha(p[1]);
			if (esc && p[1] != '#') {
				const unsigned char *q = p + 1;

				while (isalnum(*q))
					q++;
				esc = *q == ';';
			}
			break;
		case '~':
			esc = p[1] == '~';
			break;
		case '\n':
		case '\r':
			resume_buf_putc(b, ' ');
			continue;
		}
		if (esc)
			resume_buf_putc(b, '\\');
		resume_buf_putc(b, (char)*p);
	}
}

/* Appends a link target as a Markdown link destination: the characters
 * that would end it or open markup escaped. */
static void
esc_href(struct resume_buf *b, const char *href)
{
	for (; *href; href++) {
		if (strchr("\\()<>", *href))
			resume_buf_putc(b, '\\');
		resume_buf_putc(b, *href);
	}
}

/* Appends rich text as inline Markdown: for a Markdown document, or
 * (inline) for a JSON Resume string, where a line break is a newline and
 * escapes are as few as can be. */
static void
rich_as(struct resume_buf *b, const struct resume_text *t, bool at_start,
    bool inline_only)
{
	size_t i;
	void (*escape)(struct resume_buf *, const char *,
	    bool) = inline_only ? esc_inline : esc;

	for (i = 0; i < t->nspans; i++) {
		const struct resume_span *sp = &t->spans[i];
		bool start = (at_start && i == 0) ||
		    (inline_only && i > 0 &&
		        (t->spans[i - 1].flags & RESUME_SPAN_BREAK));

		if (sp->flags & RESUME_SPAN_BREAK) {
			resume_buf_puts(b, inline_only ? "\n" : "\\\n");
			continue;
		}
		if (sp->href)
			resume_buf_putc(b, '[');
		if (sp->flags & RESUME_SPAN_CODE) {
			/* a code span: backticks around, none inside */
			size_t n = strchr(sp->text, '`') ? 2 : 1;

			resume_buf_repeat(b, "`", n);
			if (n == 2)
				resume_buf_putc(b, ' ');
			for (const char *c = sp->text; *c; c++)
				resume_buf_putc(
				    b, *c == '\n' || *c == '\r' ? ' ' : *c);
			if (n == 2)
				resume_buf_putc(b, ' ');
			resume_buf_repeat(b, "`", n);
		} else {
			/* delimiters hug the words: spaces at either end of
			 * a styled span go outside, or the emphasis would not
			 * be read as one */
			const char *txt = sp->text;
			size_t lead = 0, n = strlen(txt), trail = 0;
			bool styled = sp->flags &
			    (RESUME_SPAN_BOLD | RESUME_SPAN_ITALIC |
			        RESUME_SPAN_STRIKE);
			char *mid;

			if (styled) {
				lead = strspn(txt, " ");
				while (trail < n - lead &&
				    txt[n - 1 - trail] == ' ')
					trail++;
			}
			if (styled && lead + trail == n) {
				resume_buf_puts(b, txt); /* only spaces */
				goto link_end;
			}
			resume_buf_repeat(b, " ", lead);
			if (sp->flags & RESUME_SPAN_BOLD)
				resume_buf_puts(b, "**");
			if (sp->flags & RESUME_SPAN_ITALIC)
				resume_buf_puts(b, "*");
			if (sp->flags & RESUME_SPAN_STRIKE)
				resume_buf_puts(b, "~~");
			mid = strndup(txt + lead, n - lead - trail);
			escape(b, mid,
			    start && !sp->href &&
			        !(sp->flags &
			            (RESUME_SPAN_BOLD | RESUME_SPAN_ITALIC)));
			free(mid);
			if (sp->flags & RESUME_SPAN_STRIKE)
				resume_buf_puts(b, "~~");
			if (sp->flags & RESUME_SPAN_ITALIC)
				resume_buf_puts(b, "*");
			if (sp->flags & RESUME_SPAN_BOLD)
				resume_buf_puts(b, "**");
			resume_buf_repeat(b, " ", trail);
		}
	link_end:
		if (sp->href) {
			resume_buf_puts(b, "](");
			esc_href(b, sp->href);
			resume_buf_putc(b, ')');
		}
	}
}

static void
rich(struct resume_buf *b, const struct resume_text *t, bool at_start)
{
	rich_as(b, t, at_start, false);
}

void
render_md_inline(struct resume_buf *b, const struct resume_text *t)
{
	rich_as(b, t, true, true);
}

/* Does the text hold spacing that a paragraph would lose: runs of spaces
 * or a line that starts with one? */
static bool
spaced(const struct resume_text *t)
{
	size_t i;

	for (i = 0; i < t->nspans; i++) {
		const char *s = t->spans[i].text;

		if (strstr(s, "  ") ||
		    (i > 0 && (t->spans[i - 1].flags & RESUME_SPAN_BREAK) &&
		        s[0] == ' '))
			return true;
	}
	return false;
}

void
render_md_blocks(struct resume_buf *b, const struct resume_block *x, size_t n)
{
	size_t i, j, q;
	/* the content column of the latest item at each level: what nests
	 * under "10. " is indented four columns, under "- " two */
	size_t col[RESUME_MAX_NESTING + 2] = {0};
	bool in_list = false;

	for (i = 0; i < n; i++) {
		const struct resume_block *k = &x[i];
		bool item = k->kind == RESUME_BLOCK_ITEM;
		unsigned int lv = k->level <= RESUME_MAX_NESTING
		    ? k->level
		    : RESUME_MAX_NESTING;
		size_t indent = lv ? (col[lv - 1] ? col[lv - 1] : 2 * lv) : 0;

		if (item) {
			char m[16];

			col[lv] = indent +
			    (size_t)(k->number
			            ? snprintf(m, sizeof(m), "%u. ", k->number)
			            : 2);
		}

		/* a blank line between blocks, none between list items */
		if (!(item && in_list) && !(k->level > 0 && in_list))
			resume_buf_putc(b, '\n');
		in_list = item || (k->level > 0 && in_list);
		resume_buf_repeat(b, " ", indent);
		for (q = 0; q < k->quote; q++)
			resume_buf_puts(b, "> ");
		switch (k->kind) {
		case RESUME_BLOCK_PARAGRAPH:
			if (spaced(&k->text)) {
				/* spacing Markdown would fold: keep it as code
				 */
				struct resume_buf t = {0};

				for (j = 0; j < k->text.nspans; j++)
					resume_buf_puts(
					    &t, k->text.spans[j].text);
				resume_buf_printf(b, "```\n%s\n```\n", t.data);
				resume_buf_free(&t);
				break;
			}
			rich(b, &k->text, true);
			resume_buf_putc(b, '\n');
			break;
		case RESUME_BLOCK_ITEM:
			if (k->number)
				resume_buf_printf(b, "%u. ", k->number);
			else
				resume_buf_puts(b, "- ");
			rich(b, &k->text, false);
			render_marks(b, &k->marks);
			resume_buf_putc(b, '\n');
			break;
		case RESUME_BLOCK_HEADING:
			resume_buf_puts(b, "#### ");
			rich(b, &k->text, false);
			resume_buf_putc(b, '\n');
			break;
		case RESUME_BLOCK_CODE: {
			const char *fence = strstr(k->literal, "```") ? "~~~~"
			                                              : "```";

			resume_buf_printf(b, "%s\n%s", fence, k->literal);
			if (k->literal[0] &&
			    k->literal[strlen(k->literal) - 1] != '\n')
				resume_buf_putc(b, '\n');
			resume_buf_printf(b, "%s\n", fence);
			break;
		}
		case RESUME_BLOCK_TABLE_ROW: {
			size_t r, ncols = 0;

			for (r = i;
			     r < n && x[r].kind == RESUME_BLOCK_TABLE_ROW; r++)
				if (x[r].ncells > ncols)
					ncols = x[r].ncells;
			for (r = i;
			     r < n && x[r].kind == RESUME_BLOCK_TABLE_ROW;
			     r++) {
				resume_buf_puts(b, "|");
				for (j = 0; j < ncols; j++) {
					resume_buf_putc(b, ' ');
					if (j < x[r].ncells)
						rich(b, &x[r].cells[j], false);
					resume_buf_puts(b, " |");
				}
				resume_buf_putc(b, '\n');
				if (r == i) {
					/* GFM needs a delimiter row after the
					 * first */
					resume_buf_puts(b, "|");
					for (j = 0; j < ncols; j++)
						resume_buf_puts(b, " --- |");
					resume_buf_putc(b, '\n');
				}
			}
			i = r - 1;
			break;
		}
		case RESUME_BLOCK_RULE:
			resume_buf_puts(b, "* * *\n");
			break;
		}
	}
}

/* The dates as shown, or as YYYY-MM-DD when they know the day, which
 * "Mar 2019" would lose. */
static const char *
dates_text(const struct resume_dates *d, struct resume_buf *b)
{
	const struct resume_date *s = &d->start, *e = &d->end;

	if (!(s->day || e->day)) {
		/* as written: the loader reads it as it did, and the
		 * composition layer shows it the same ("2019-03" as
		 * "Mar 2019") */
		resume_buf_clear(b);
		if (d->text == NULL)
			return NULL;
		if (d->range && d->start_text && d->end_text && d->sep &&
		    *d->sep && strspn(d->sep, "-–—‒−") == strlen(d->sep) &&
		    !strchr(compose_tail(d), '(')) {
			/* "2019-03 – Present (expected)": one dash */
			resume_buf_printf(b, "%s – %s%s", d->start_text,
			    d->end_text, compose_tail(d));
		} else
			resume_buf_puts(b, d->text);
		return resume_buf_str(b);
	}
	resume_buf_clear(b);
	resume_buf_printf(b, "%04d-%02d-%02d", s->year, s->month, s->day);
	if (d->range && e->present)
		resume_buf_puts(b, " – Present");
	else if (d->range && e->year > 0) {
		resume_buf_printf(b, " – %04d-%02d", e->year, e->month);
		if (e->day)
			resume_buf_printf(b, "-%02d", e->day);
	}
	return resume_buf_str(b);
}

/* Keywords are joined by commas, or by semicolons when one holds a comma
 * ("HTML5, HTML"): the loader then splits at semicolons only. */
static const char *
keyword_sep(const struct resume_entry *e)
{
	size_t i;
	bool comma = false;

	for (i = 0; i < e->nkeywords; i++) {
		if (strchr(e->keywords[i], ';') || strstr(e->keywords[i], "；"))
			return ", ";
		if (strchr(e->keywords[i], ',') ||
		    strstr(e->keywords[i], "，") ||
		    strstr(e->keywords[i], "、"))
			comma = true;
	}
	return comma ? "; " : ", ";
}

static void
entry_head(struct resume_buf *b, const struct resume_entry *e,
    enum resume_section_kind kind, const char *role)
{
	bool any = false, noted;
	bool work = kind == RESUME_SECTION_WORK ||
	    kind == RESUME_SECTION_VOLUNTEER ||
	    kind == RESUME_SECTION_EDUCATION;
	bool title_link = e->url && !work;

	/* a role under its employer: "### Employer" once, "#### Role" */
	if (role && *role) {
		resume_buf_puts(b, "\n### ");
		esc(b, role, false);
		resume_buf_putc(b, '\n');
	}
	resume_buf_puts(b, role ? "\n#### " : "\n### ");
	if (e->title) {
		/* the title in italics: the loader's surest hint */
		if (title_link)
			resume_buf_putc(b, '[');
		resume_buf_putc(b, '*');
		esc(b, e->title, false);
		resume_buf_putc(b, '*');
		if (title_link) {
			resume_buf_puts(b, "](");
			esc_href(b, e->url);
			resume_buf_putc(b, ')');
		}
		any = true;
	}
	if (e->area && kind != RESUME_SECTION_PROJECTS) {
		resume_buf_puts(b, any ? ", " : "");
		esc(b, e->area, false);
		any = true;
	}
	if (e->org) {
		resume_buf_puts(b, any ? " | " : "");
		if (e->url && !title_link) {
			resume_buf_putc(b, '[');
			esc(b, e->org, false);
			{
				resume_buf_puts(b, "](");
				esc_href(b, e->url);
				resume_buf_putc(b, ')');
			}
		} else
			esc(b, e->org, false);
		any = true;
	}
	if (e->location) {
		resume_buf_puts(b, any ? " | " : "");
		esc(b, e->location, false);
	}
	/* a date with a note in brackets ("2018 – 2020 (part-time)") goes
	 * on a line of its own under the heading: brackets in brackets
	 * would not read back */
	noted = e->dates.text && *compose_tail(&e->dates) &&
	    strchr(compose_tail(&e->dates), '(');
	if (e->dates.text && !noted) {
		/* in brackets: the loader takes a bracketed date over any
		 * number in a title ("OPENSTART 2013 Conference (2012)") */
		struct resume_buf d = {0};

		resume_buf_puts(b, any ? " (" : "(");
		esc(b, dates_text(&e->dates, &d), false);
		resume_buf_putc(b, ')');
		resume_buf_free(&d);
	}
	render_marks(b, &e->marks);
	resume_buf_putc(b, '\n');
	if (noted) {
		struct resume_buf d = {0};

		resume_buf_putc(b, '\n');
		esc(b, dates_text(&e->dates, &d), true);
		resume_buf_putc(b, '\n');
		resume_buf_free(&d);
	}
	if (e->url && !e->org && !(title_link && e->title))
		resume_buf_printf(b, "\n<%s>\n", e->url);
	/* labelled lines the loader reads back into their fields */
	if (kind == RESUME_SECTION_PROJECTS && e->area) {
		resume_buf_puts(b, "\n*Roles:* ");
		esc(b, e->area, false);
		resume_buf_putc(b, '\n');
	}
	if (e->level) {
		/* the label the loader reads back into the level */
		const char *l = compose_level_label(kind, e->level, NULL);

		resume_buf_printf(b, "\n*%s:* ",
		    l                                     ? l
		        : kind == RESUME_SECTION_PROJECTS ? "Type"
		                                          : "Score");
		esc(b, e->level, false);
		resume_buf_putc(b, '\n');
	}
	if (e->nkeywords) {
		size_t k;

		resume_buf_puts(b, "\n*Keywords:* ");
		for (k = 0; k < e->nkeywords; k++) {
			if (k)
				resume_buf_puts(b, keyword_sep(e));
			esc(b, e->keywords[k], false);
		}
		resume_buf_putc(b, '\n');
	}
}

/* Keywords that a comma-separated sentence carries: none holds a comma
 * or a semicolon, and the first does not start like a list item or a
 * key ("Go: ..."). */
static bool
plain_keywords(const struct resume_entry *e)
{
	size_t i;

	for (i = 0; i < e->nkeywords; i++)
		if (strpbrk(e->keywords[i], ",;:") ||
		    strstr(e->keywords[i], "，") ||
		    strstr(e->keywords[i], "、"))
			return false;
	return true;
}

static void
keyword_entry(struct resume_buf *b, const struct resume_entry *e,
    enum resume_section_kind kind)
{
	size_t i;

	if (e->title && !e->nkeywords && !e->level && e->nbody &&
	    e->body[0].kind == RESUME_BLOCK_PARAGRAPH) {
		/* a name and a description: a definition, "- Name\n  : …" */
		resume_buf_puts(b, "- ");
		esc(b, e->title, false);
		render_marks(b, &e->marks);
		for (i = 0; i < e->nbody; i++) {
			if (e->body[i].kind != RESUME_BLOCK_PARAGRAPH)
				continue;
			resume_buf_puts(b, "\n  : ");
			rich(b, &e->body[i].text, false);
		}
		resume_buf_putc(b, '\n');
		return;
	}
	if (!e->title && e->nkeywords > 1 && !e->level && plain_keywords(e)) {
		/* a list without a name: a sentence, as the user wrote it
		 * (one keyword alone would read back as a paragraph) */
		for (i = 0; i < e->nkeywords; i++) {
			if (i)
				resume_buf_puts(b, ", ");
			esc(b, e->keywords[i], i == 0);
		}
		if (e->keywords_end)
			resume_buf_puts(b, e->keywords_end);
		render_marks(b, &e->marks);
		resume_buf_putc(b, '\n');
		return;
	}
	if (!e->title) {
		/* a group without a name: one item per keyword */
		for (i = 0; i < e->nkeywords; i++) {
			resume_buf_puts(b, "- ");
			esc(b, e->keywords[i], false);
			resume_buf_putc(b, '\n');
		}
		if (e->level) {
			resume_buf_puts(b, "- ");
			esc(b, e->level, false);
			resume_buf_putc(b, '\n');
		}
		return;
	}
	resume_buf_puts(b, "- ");
	if (e->title) {
		bool value = e->nkeywords || e->level;

		resume_buf_puts(b, "**");
		esc(b, e->title, false);
		/* "**Web — expert:** HTML, CSS" */
		if (e->level && e->nkeywords &&
		    kind != RESUME_SECTION_LANGUAGES) {
			resume_buf_puts(b, " — ");
			esc(b, e->level, false);
		}
		resume_buf_puts(b, value ? ":** " : "**");
	}
	if (kind == RESUME_SECTION_LANGUAGES || !e->nkeywords)
		esc(b, e->level, false);
	for (i = 0; i < e->nkeywords; i++) {
		if (i)
			resume_buf_puts(b, keyword_sep(e));
		esc(b, e->keywords[i], false);
	}
	if (e->keywords_end && e->nkeywords)
		resume_buf_puts(b, e->keywords_end);
	render_marks(b, &e->marks);
	resume_buf_putc(b, '\n');
	if (e->nbody) {
		/* the description continues the list item */
		struct resume_block *in = calloc(e->nbody, sizeof(*in));

		for (i = 0; i < e->nbody; i++) {
			in[i] = e->body[i];
			in[i].level++;
		}
		render_md_blocks(b, in, e->nbody);
		free(in);
	}
}

/* Is entry j one of two or more roles under one employer, its group
 * naming its organisation ("Acme Corp, Berlin")?  Returns the group when
 * it opens the run (to write as a heading over the roles), "" when it
 * continues one, and NULL for an entry on its own. */
static const char *
role_group(const struct resume_section *s, size_t j)
{
	const struct resume_entry *e = &s->entries[j];
	size_t n = s->nentries;

	if (!compose_is_role(e))
		return NULL;
	if (j > 0 && s->entries[j - 1].group &&
	    strcmp(s->entries[j - 1].group, e->group) == 0)
		return "";
	if (j + 1 < n && s->entries[j + 1].group &&
	    strcmp(s->entries[j + 1].group, e->group) == 0)
		return e->group;
	return NULL;
}

/* Entries under sub-headings ("Journals") that all have a date: written
 * as the loader reads them, "### Group" over date-led lines. */
static bool
grouped(const struct resume_section *s)
{
	size_t i;

	for (i = 0; i < s->nentries; i++)
		if (!s->entries[i].group || !s->entries[i].dates.text)
			return false;
	return s->nentries > 0;
}

static void
write_groups(struct resume_buf *b, const struct resume_section *s)
{
	struct resume_buf d = {0};
	size_t i;

	for (i = 0; i < s->nentries; i++) {
		const struct resume_entry *e = &s->entries[i];

		if (i == 0 || strcmp(s->entries[i - 1].group, e->group)) {
			resume_buf_puts(b, "\n### ");
			esc(b, e->group, false);
			resume_buf_putc(b, '\n');
		}
		resume_buf_putc(b, '\n');
		esc(b, dates_text(&e->dates, &d), true);
		if (e->title) {
			resume_buf_puts(b, e->url ? " | [*" : " | *");
			esc(b, e->title, false);
			resume_buf_putc(b, '*');
			if (e->url) {
				resume_buf_puts(b, "](");
				esc_href(b, e->url);
				resume_buf_putc(b, ')');
			}
		}
		if (e->org) {
			resume_buf_puts(b, " | ");
			esc(b, e->org, false);
		}
		if (e->location) {
			resume_buf_puts(b, " | ");
			esc(b, e->location, false);
		}
		resume_buf_putc(b, '\n');
		render_md_blocks(b, e->body, e->nbody);
	}
	resume_buf_free(&d);
}

/* A YAML double-quoted scalar: JSON's escapes are YAML's too. */
static void
yaml_quoted(struct resume_buf *b, const char *s)
{
	size_t i, n, len = strlen(s);
	uint32_t cp;

	resume_buf_putc(b, '"');
	for (i = 0; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp);
		if (cp == '"' || cp == '\\')
			resume_buf_printf(b, "\\%c", (char)cp);
		else if (cp == '\n')
			resume_buf_puts(b, "\\n");
		/* what YAML does not print, or reads as a line break (NEL,
		 * U+2028, U+2029): escaped, so it reads back as written */
		else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ||
		    cp == 0x2028 || cp == 0x2029 || cp == 0xfeff ||
		    cp == 0xfffe || cp == 0xffff)
			resume_buf_printf(b, "\\u%04x", (unsigned)cp);
		else
			resume_buf_add(b, s + i, n);
	}
	resume_buf_putc(b, '"');
}

static void
yaml_pair(
    struct resume_buf *b, const char *indent, const char *k, const char *v)
{
	if (v == NULL || *v == '\0')
		return;
	resume_buf_printf(b, "%s%s: ", indent, k);
	yaml_quoted(b, v);
	resume_buf_putc(b, '\n');
}

/* What Markdown has no place for goes in a YAML front matter, under
 * JSON Resume's names: the photo, the parts of the place the contact line
 * names, the document's metadata. */
static void
front_matter(struct resume_buf *b, const struct resume *r)
{
	const struct resume_place *pl = NULL;
	const struct resume_contact *c;
	size_t i;

	for (i = 0; i < r->basics.ncontacts && pl == NULL; i++) {
		c = &r->basics.contacts[i];
		if (c->kind == RESUME_CONTACT_LOCATION && c->place &&
		    (c->place->address || c->place->postal_code ||
		        c->place->country_code || c->place->region ||
		        c->place->city == NULL ||
		        strcmp(c->place->city, c->text) != 0))
			pl = c->place;
	}
	if (pl == NULL && r->basics.image == NULL && r->nmeta == 0 &&
	    r->nwords == 0)
		return;
	resume_buf_puts(b, "---\n");
	yaml_pair(b, "", "image", r->basics.image);
	if (pl) {
		resume_buf_puts(b, "location:\n");
		yaml_pair(b, "  ", "address", pl->address);
		yaml_pair(b, "  ", "postalCode", pl->postal_code);
		yaml_pair(b, "  ", "city", pl->city);
		yaml_pair(b, "  ", "countryCode", pl->country_code);
		yaml_pair(b, "  ", "region", pl->region);
	}
	if (r->nmeta) {
		resume_buf_puts(b, "meta:\n");
		for (i = 0; i < r->nmeta; i++) {
			/* a key YAML would read otherwise: quoted */
			resume_buf_puts(b, "  ");
			yaml_quoted(b, r->meta[i].key);
			resume_buf_puts(b, ": ");
			yaml_quoted(b, r->meta[i].value);
			resume_buf_putc(b, '\n');
		}
	}
	if (r->nwords) {
		resume_buf_puts(b, "words:\n");
		for (i = 0; i < r->nwords; i++) {
			resume_buf_puts(b, "  ");
			yaml_quoted(b, r->words[i].key);
			resume_buf_puts(b, ": ");
			yaml_quoted(b, r->words[i].value);
			resume_buf_putc(b, '\n');
		}
	}
	resume_buf_puts(b, "---\n\n");
}

static int
render_md(const struct resume *r, const struct resume_opts *o, FILE *out,
    struct resume_result *res, struct resume_diag *diag)
{
	const struct resume_basics *bs = &r->basics;
	struct resume_buf b = {0};
	struct render_links links = {0};
	struct compose_contact *cs;
	size_t i, j, n = 0, ncs;
	bool brk = false;
	int rc = 0;

	(void)res; /* nothing to report */

	(void)o;
	(void)diag;
	front_matter(&b, r);
	if (bs->name) {
		resume_buf_puts(&b, "# ");
		esc(&b, bs->name, false);
		resume_buf_putc(&b, '\n');
	}
	if (bs->label) {
		resume_buf_putc(&b, '\n');
		esc(&b, bs->label, true);
		resume_buf_putc(&b, '\n');
	}
	cs = compose_contacts(r, &links, &ncs);
	for (i = 0; i < ncs; i++) {
		const struct compose_contact *c = &cs[i];

		resume_buf_puts(&b, n++ == 0 ? "\n" : brk ? "\\\n" : " · ");
		/* the loader reads a place without a comma as one only at
		 * the end of a line: one ends there */
		brk = c->kind == RESUME_CONTACT_LOCATION &&
		    !strstr(c->text, ", ");
		if (c->label) {
			esc(&b, c->label, n == 1);
			resume_buf_puts(&b, c->colon);
		} else if (c->kind == RESUME_CONTACT_LOCATION &&
		    (strpbrk(c->text, "@/") ||
		        (strpbrk(c->text, "0123456789") &&
		            !strstr(c->text, ", ")))) {
			/* an address with a number: say it is one */
			resume_buf_puts(&b, "Location: ");
		}
		if (c->href &&
		    (c->kind != RESUME_CONTACT_EMAIL ||
		        strncasecmp(c->href, "mailto:", 7) != 0 ||
		        strcmp(c->href + 7, c->text) != 0)) {
			resume_buf_putc(&b, '[');
			esc(&b, c->text, false);
			resume_buf_puts(&b, "](");
			esc_href(&b, c->href);
			resume_buf_putc(&b, ')');
		} else
			esc(&b, c->text, n == 1 && !c->label);
	}
	free(cs);
	render_links_free(&links);
	if (n)
		resume_buf_putc(&b, '\n');
	render_md_blocks(&b, bs->summary, bs->nsummary);
	for (i = 0; i < r->nsections; i++) {
		const struct resume_section *s = &r->sections[i];
		const char *title = compose_section_title(s, r);

		if (resume_section_is_empty(s))
			continue;

		if (title) {
			resume_buf_puts(&b, "\n## ");
			esc(&b, title, false);
			resume_buf_putc(&b, '\n');
		}
		render_md_blocks(&b, s->intro, s->nintro);
		if (resume_section_kind_is_keywords(s->kind) && s->nentries)
			resume_buf_putc(&b, '\n');
		if (grouped(s)) {
			write_groups(&b, s);
			continue;
		}
		for (j = 0; j < s->nentries; j++) {
			const struct resume_entry *e = &s->entries[j];

			if (resume_entry_is_empty(e))
				continue;
			if (resume_section_kind_is_keywords(s->kind)) {
				keyword_entry(&b, e, s->kind);
				continue;
			}
			entry_head(&b, e, s->kind, role_group(s, j));
			render_md_blocks(&b, e->body, e->nbody);
		}
	}
	if (render_write_text(out, resume_buf_str(&b), b.len) < 0)
		rc = -1;
	resume_buf_free(&b);
	return rc;
}

const struct resume_backend backend_md = {.name = "md",
    .suffix = ".md",
    .help = "normalized Markdown",
    .flags = 0,
    .render = render_md};
