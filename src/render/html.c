/*
 * HTML backend: one standalone, accessible HTML5 page.  Styles come from
 * the theme that drives the PDF, inline; there is no script and nothing
 * is fetched (the only <script> is schema.org JSON-LD data).  Every model
 * string is escaped; link targets are only http(s), mailto and tel.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/lang.h"
#include "../core/link.h"
#include "../core/utf8.h"
#include "../core/xmalloc.h"
#include "compose.h"
#include "render.h"
#include "resume/backend.h"
#include "resume/buf.h"
#include "resume/resume.h"
#include "resume/theme.h"

struct html {
	struct resume_buf out;
	const struct resume *r;
	const struct resume_theme *th;
	const struct resume_opts *o;
	struct render_links links;
	int ids;   /* section ids */
	int level; /* the heading the content at hand is under: 1 the name,
	            * 2 a section, 3 a group or an entry, 4 an entry in a
	            * group (headings never skip a level) */
	size_t fonts_at; /* where the @font-face rules go, in out */
	char *stacks[2]; /* the body's and the headings' families (stack()) */
	struct render_photo photo;
	bool has_photo;
	bool *side;    /* per section: in the sidebar */
	bool has_side; /* a sidebar with something in it */
};

/* --- escaping --- */

/* Appends s escaped for text and attribute values alike. */
static void
esc(struct resume_buf *b, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&':
			resume_buf_puts(b, "&amp;");
			break;
		case '<':
			resume_buf_puts(b, "&lt;");
			break;
		case '>':
			resume_buf_puts(b, "&gt;");
			break;
		case '"':
			resume_buf_puts(b, "&quot;");
			break;
		case '\'':
			resume_buf_puts(b, "&#39;");
			break;
		default:
			if ((unsigned char)*s < 0x20 && *s != '\n' &&
			    *s != '\t')
				break; /* no control characters */
			resume_buf_putc(b, *s);
		}
	}
}

static void
tag_open_link(struct html *h, const char *href)
{
	resume_buf_puts(&h->out, "<a href=\"");
	esc(&h->out, href);
	resume_buf_puts(&h->out, "\">");
}

/* Appends s as a link to href when href is safe, else as text. */
static void
linked(struct html *h, const char *s, const char *href)
{
	if (link_allowed(href)) {
		tag_open_link(h, href);
		esc(&h->out, s);
		resume_buf_puts(&h->out, "</a>");
	} else
		esc(&h->out, s);
}

/* A link target shown as text, small: <a class="url">. */
static void
note_anchor(struct html *h, const char *href, const char *note)
{
	resume_buf_puts(&h->out, "<a class=\"url\" href=\"");
	esc(&h->out, href);
	resume_buf_puts(&h->out, "\">");
	esc(&h->out, note);
	resume_buf_puts(&h->out, "</a>");
}

/* The target of a link whose text does not show it, printed once. */
static void
link_note(struct html *h, const char *text, const char *href)
{
	const char *note;

	if (!link_allowed(href))
		return;
	note = render_links_note(&h->links, text, href);
	if (note == NULL)
		return;
	resume_buf_putc(&h->out, ' ');
	note_anchor(h, href, note);
}

static void
rich(struct html *h, const struct resume_text *t)
{
	struct resume_buf run = {0};
	size_t i, j, end;

	for (i = 0; i < t->nspans; i = j) {
		const struct resume_span *sp = &t->spans[i];
		bool link = link_allowed(sp->href);

		if (sp->flags & RESUME_SPAN_BREAK) {
			resume_buf_puts(&h->out, "<br>");
			j = i + 1;
			continue;
		}
		if (link)
			tag_open_link(h, sp->href);
		resume_buf_clear(&run);
		for (j = i, end = render_link_run(t, i); j < end; j++) {
			unsigned int f = t->spans[j].flags;

			if (f & RESUME_SPAN_BOLD)
				resume_buf_puts(&h->out, "<strong>");
			if (f & RESUME_SPAN_ITALIC)
				resume_buf_puts(&h->out, "<em>");
			if (f & RESUME_SPAN_CODE)
				resume_buf_puts(&h->out, "<code>");
			if (f & RESUME_SPAN_STRIKE)
				resume_buf_puts(&h->out, "<s>");
			esc(&h->out, t->spans[j].text);
			if (f & RESUME_SPAN_STRIKE)
				resume_buf_puts(&h->out, "</s>");
			if (f & RESUME_SPAN_CODE)
				resume_buf_puts(&h->out, "</code>");
			if (f & RESUME_SPAN_ITALIC)
				resume_buf_puts(&h->out, "</em>");
			if (f & RESUME_SPAN_BOLD)
				resume_buf_puts(&h->out, "</strong>");
			resume_buf_puts(&run, t->spans[j].text);
		}
		if (link) {
			resume_buf_puts(&h->out, "</a>");
			link_note(h, resume_buf_str(&run), sp->href);
		}
	}
	resume_buf_free(&run);
}

/* --- dates --- */

static void
iso_date(struct resume_buf *b, const struct resume_date *d)
{
	if (d->month && d->day)
		resume_buf_printf(
		    b, "%04d-%02d-%02d", d->year, d->month, d->day);
	else if (d->month)
		resume_buf_printf(b, "%04d-%02d", d->year, d->month);
	else
		resume_buf_printf(b, "%04d", d->year);
}

static void
time_el(struct html *h, const struct resume_date *d, const char *text)
{
	if (text == NULL)
		return;
	if (d->year > 0) {
		resume_buf_puts(&h->out, "<time datetime=\"");
		iso_date(&h->out, d);
		resume_buf_puts(&h->out, "\">");
		esc(&h->out, text);
		resume_buf_puts(&h->out, "</time>");
	} else
		esc(&h->out, text);
}

/* The dates as every backend shows them, with <time> on each end. */
static void
dates(
    struct html *h, const struct compose_dates *d, const struct resume_dates *m)
{
	if (d->shown == NULL)
		return;
	resume_buf_puts(&h->out, "<p class=\"dates\">");
	if (d->range) {
		time_el(h, &m->start, d->start);
		resume_buf_puts(&h->out, " – ");
		time_el(h, &m->end, d->end);
		esc(&h->out, d->tail);
	} else if (!m->range && m->start.year > 0)
		time_el(h, &m->start, d->shown);
	else
		esc(&h->out, d->shown);
	resume_buf_puts(&h->out, "</p>");
}

/* --- blocks: lists rebuilt from levels --- */

static void
blocks(struct html *h, const struct resume_block *b, size_t n)
{
	/* open[l]: the list element open at level l ("ul"/"ol"), or NULL */
	const char *open[17] = {0};
	int depth = 0; /* number of lists open */
	size_t i, k;

	for (i = 0; i < n; i++) {
		const struct resume_block *x = &b[i];
		int want = x->kind == RESUME_BLOCK_ITEM ? (int)x->level + 1
		                                        : (int)x->level;

		if (want > 16)
			want = 16;
		/* close lists deeper than this block needs */
		while (depth > want ||
		    (depth == want && x->kind == RESUME_BLOCK_ITEM && depth &&
		        strcmp(open[depth], x->number ? "ol" : "ul") != 0)) {
			resume_buf_puts(&h->out, "</li></");
			resume_buf_puts(&h->out, open[depth]);
			resume_buf_puts(&h->out, ">");
			depth--;
		}
		if (x->kind == RESUME_BLOCK_ITEM) {
			if (depth == want)
				resume_buf_puts(&h->out, "</li>");
			while (depth < want) {
				const char *l = x->number && depth + 1 == want
				    ? "ol"
				    : "ul";

				depth++;
				open[depth] = l;
				if (strcmp(l, "ol") == 0 && x->number != 1)
					resume_buf_printf(&h->out,
					    "<ol start=\"%u\">", x->number);
				else
					resume_buf_printf(&h->out, "<%s>", l);
				if (depth < want)
					resume_buf_puts(&h->out, "<li>");
			}
			resume_buf_puts(&h->out, "<li dir=\"auto\">");
			rich(h, &x->text);
			continue;
		}
		for (k = 0; k < x->quote; k++)
			resume_buf_puts(&h->out, "<blockquote>");
		switch (x->kind) {
		case RESUME_BLOCK_PARAGRAPH:
			resume_buf_puts(&h->out, "<p dir=\"auto\">");
			rich(h, &x->text);
			resume_buf_puts(&h->out, "</p>");
			break;
		case RESUME_BLOCK_HEADING:
			resume_buf_printf(&h->out,
			    "<h%d class=\"sub\" dir=\"auto\">",
			    h->level < 6 ? h->level + 1 : 6);
			rich(h, &x->text);
			resume_buf_printf(
			    &h->out, "</h%d>", h->level < 6 ? h->level + 1 : 6);
			break;
		case RESUME_BLOCK_CODE:
			resume_buf_puts(&h->out, "<pre><code>");
			esc(&h->out, x->literal);
			resume_buf_puts(&h->out, "</code></pre>");
			break;
		case RESUME_BLOCK_TABLE_ROW: {
			size_t r = i, c;

			resume_buf_puts(&h->out, "<table>");
			for (; r < n && b[r].kind == RESUME_BLOCK_TABLE_ROW;
			     r++) {
				const char *cell = b[r].header ? "th" : "td";

				if (b[r].header)
					resume_buf_puts(&h->out, "<thead>");
				else if (r == i || b[r - 1].header)
					resume_buf_puts(&h->out, "<tbody>");
				resume_buf_puts(&h->out, "<tr>");
				for (c = 0; c < b[r].ncells; c++) {
					resume_buf_printf(
					    &h->out, "<%s>", cell);
					rich(h, &b[r].cells[c]);
					resume_buf_printf(
					    &h->out, "</%s>", cell);
				}
				resume_buf_puts(&h->out, "</tr>");
				if (b[r].header)
					resume_buf_puts(&h->out, "</thead>");
			}
			if (!(r > i && b[r - 1].header))
				resume_buf_puts(&h->out, "</tbody>");
			resume_buf_puts(&h->out, "</table>");
			i = r - 1;
			break;
		}
		case RESUME_BLOCK_RULE:
			resume_buf_puts(&h->out, "<hr>");
			break;
		case RESUME_BLOCK_ITEM:
			break;
		}
		for (k = 0; k < x->quote; k++)
			resume_buf_puts(&h->out, "</blockquote>");
	}
	while (depth > 0) {
		resume_buf_puts(&h->out, "</li></");
		resume_buf_puts(&h->out, open[depth]);
		resume_buf_puts(&h->out, ">");
		depth--;
	}
}

/* --- the page --- */

/* The class that styles a part of its role. */
static const char *
role_class(const struct compose_part *p)
{
	switch (p->role) {
	case COMPOSE_TITLE: /* a role under its employer: italic */
		return p->lead ? "title" : "org";
	case COMPOSE_AREA:
		return "title";
	case COMPOSE_ORG:
		return p->lead ? "title" : "org";
	case COMPOSE_LEVEL:
		return "level";
	case COMPOSE_LOCATION:
		return "where";
	case COMPOSE_NOTE:
		return "url";
	case COMPOSE_KEYWORD:
		break;
	}
	return NULL;
}

/* Writes parts [from, to), each in a span of its role's class. */
static void
parts(struct html *h, const struct compose_part *p, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++) {
		const char *cls = role_class(&p[i]);

		if (i > from)
			esc(&h->out, p[i].sep);
		if (p[i].role == COMPOSE_NOTE) {
			note_anchor(h, p[i].href, p[i].text);
			continue;
		}
		if (cls)
			resume_buf_printf(&h->out, "<span class=\"%s\">", cls);
		if (p[i].label) {
			esc(&h->out, p[i].label);
			esc(&h->out, compose_colon(p[i].label));
		}
		linked(h, p[i].text, p[i].href);
		if (cls)
			resume_buf_puts(&h->out, "</span>");
	}
}

static void
keyword_entry(struct html *h, const struct resume_entry *e)
{
	struct compose_keywords k;
	size_t i;

	compose_keywords(&k, e);
	resume_buf_puts(&h->out, "<li class=\"skill\" dir=\"auto\">");
	for (i = 0; i < k.n; i++) {
		if (i)
			esc(&h->out, k.part[i].sep);
		if (k.part[i].role == COMPOSE_TITLE) {
			resume_buf_puts(&h->out, "<strong>");
			esc(&h->out, k.part[i].text);
			resume_buf_puts(&h->out, "</strong>");
		} else if (k.part[i].role == COMPOSE_LEVEL) {
			resume_buf_puts(&h->out, "<span class=\"level\">");
			esc(&h->out, k.part[i].text);
			resume_buf_puts(&h->out, "</span>");
		} else
			esc(&h->out, k.part[i].text);
	}
	if (k.n)
		esc(&h->out, k.end);
	blocks(h, e->body, e->nbody);
	resume_buf_puts(&h->out, "</li>");
	compose_keywords_free(&k);
}

static void
entry(struct html *h, const struct resume_section *s,
    const struct resume_entry *e)
{
	struct compose_head hd;

	int outer = h->level;

	compose_head(&hd, h->r, s, e, &h->links);
	h->level++;
	resume_buf_puts(&h->out, "<article class=\"entry\">");
	resume_buf_printf(&h->out,
	    "<header class=\"head\"><h%d class=\"eh\" dir=\"auto\">", h->level);
	parts(h, hd.part, 0, hd.second);
	if (hd.second < hd.n) {
		/* the second line's parts, which may wrap on their own */
		esc(&h->out, hd.part[hd.second].sep);
		resume_buf_puts(&h->out, "<span class=\"at\">");
		parts(h, hd.part, hd.second, hd.n);
		resume_buf_puts(&h->out, "</span>");
	}
	resume_buf_printf(&h->out, "</h%d>", h->level);
	dates(h, &hd.dates, &e->dates);
	resume_buf_puts(&h->out, "</header>");
	if (e->nkeywords) {
		size_t i;

		resume_buf_puts(&h->out, "<p class=\"keywords\">");
		for (i = 0; i < e->nkeywords; i++) {
			if (i)
				resume_buf_puts(&h->out, ", ");
			esc(&h->out, e->keywords[i]);
		}
		resume_buf_puts(&h->out, "</p>");
	}
	blocks(h, e->body, e->nbody);
	resume_buf_puts(&h->out, "</article>");
	h->level = outer;
	compose_head_free(&hd);
}

/* Writes section s; turn: it begins the part that reads the other way
 * (render_turn()), which prints from a new page. */
static void
section(struct html *h, const struct resume_section *s, bool turn)
{
	const char *title = compose_section_title(s, h->r);
	bool kw = resume_section_kind_is_keywords(s->kind), list = false;
	const struct resume_entry *prev = NULL;
	size_t i;
	int id;

	if (resume_section_is_empty(s))
		return;
	id = ++h->ids;
	if (title)
		resume_buf_printf(&h->out,
		    "<section class=\"%s%s\" aria-labelledby=\"s%d\"><h2 "
		    "id=\"s%d\" "
		    "dir=\"auto\">",
		    resume_section_kind_name(s->kind), turn ? " turn" : "", id,
		    id);
	else
		resume_buf_printf(&h->out, "<section class=\"%s%s\">",
		    resume_section_kind_name(s->kind), turn ? " turn" : "");
	if (title) {
		esc(&h->out, title);
		resume_buf_puts(&h->out, "</h2>");
	}
	h->level = title ? 2 : 1;
	blocks(h, s->intro, s->nintro);
	for (i = 0; i < s->nentries; i++) {
		const struct resume_entry *e = &s->entries[i];
		bool new_group;

		if (resume_entry_is_empty(e))
			continue;
		new_group = e->group &&
		    (prev == NULL || !prev->group ||
		        strcmp(prev->group, e->group) != 0);
		if (list && new_group) {
			resume_buf_puts(&h->out, "</ul>");
			list = false;
		}
		/* an entry after a group stands under the section again */
		if (!e->group && prev && prev->group)
			h->level = title ? 2 : 1;
		if (new_group) {
			h->level = title ? 2 : 1;
			/* an employer over its roles reads as an entry's
			 * head */
			resume_buf_printf(&h->out,
			    "<h%d class=\"group%s\" dir=\"auto\">",
			    h->level + 1,
			    compose_is_role(e) ? " employer" : "");
			esc(&h->out, e->group);
			resume_buf_printf(&h->out, "</h%d>", h->level + 1);
			h->level++;
		}
		if (kw && !list) {
			resume_buf_puts(&h->out, "<ul class=\"skills\">");
			list = true;
		}
		if (kw)
			keyword_entry(h, e);
		else
			entry(h, s, e);
		prev = e;
	}
	if (list)
		resume_buf_puts(&h->out, "</ul>");
	resume_buf_puts(&h->out, "</section>");
	h->level = 1;
}

static void
color(struct resume_buf *b, const struct resume_color *c)
{
	resume_buf_printf(b, "#%02x%02x%02x", (int)(c->r * 255 + 0.5),
	    (int)(c->g * 255 + 0.5), (int)(c->b * 255 + 0.5));
}

static bool
rtl_document(const struct resume *r)
{
	return lang_rtl(lang_get(r->lang));
}

/* The theme's families for the document's script: the CJK face of the
 * document's language after them (Japanese, Chinese and Korean draw the
 * same characters differently: "・" is wide in Japanese), the Arabic face
 * before them for a right-to-left document, whose digits and punctuation
 * then match its letters.  Returns a malloc'd string. */
/* Is the first family of the stack a serif ("Noto Serif, ...")? */
static bool
serif_first(const char *families)
{
	const char *p = families, *f;
	size_t n;
	char fam[256];

	if ((f = render_next_family(&p, &n)) == NULL)
		return false;
	snprintf(fam, sizeof(fam), "%.*s", (int)n, f);
	return strstr(fam, "Serif") && !strstr(fam, "Sans");
}

static char *
stack(const struct resume *r, const char *families)
{
	const char *lang = r->lang, *cjk = NULL;
	/* a serif first family: the CJK serif */
	bool serif = serif_first(families);
	struct resume_buf b = {0};

	if (strncmp(lang, "ja", 2) == 0)
		cjk = serif ? "Noto Serif CJK JP" : "Noto Sans CJK JP";
	else if (strncmp(lang, "ko", 2) == 0)
		cjk = serif ? "Noto Serif CJK KR" : "Noto Sans CJK KR";
	else if (strncmp(lang, "zh", 2) == 0)
		cjk = serif ? "Noto Serif CJK SC" : "Noto Sans CJK SC";
	if (rtl_document(r))
		resume_buf_puts(&b, "Noto Sans Arabic, ");
	resume_buf_puts(&b, families);
	if (cjk)
		resume_buf_printf(&b, ", %s", cjk);
	return b.data;
}

/* A CSS font stack: the theme's families, then the system's. */
static void
font_stack(struct resume_buf *b, const char *families, const char *generic)
{
	const char *p = families, *f;
	size_t m;

	/* a serif theme falls back to serif faces, not the sans ones */
	if (serif_first(families))
		generic = "Georgia, \"Times New Roman\", serif";
	while ((f = render_next_family(&p, &m)) != NULL)
		if (m) {
			render_css_string(b, f, m);
			resume_buf_puts(b, ", ");
		}
	resume_buf_puts(b, generic);
}

/* A date's width in points, estimated from its display width at the
 * dates' size (a browser measures; half an em a column is Lato's wider
 * letters, Cyrillic's and Greek's among them). */
static double
date_estimate(void *ctx, const char *shown, const struct resume_entry *e)
{
	const struct resume_theme *t = ctx;

	(void)e;
	return (double)utf8_swidth(shown) * t->size_small * 0.55;
}

/* The theme's layout, as the PDF draws it: the header's arrangement, the
 * margin column (dates, or section titles) the text stands beside, the
 * section titles' style, the sidebar, the contact icons.  A narrow screen
 * reads it all in one column. */
static void
layout(struct html *h)
{
	const struct resume_theme *t = h->th;
	struct resume_buf *b = &h->out;
	bool margin_col = t->dates == RESUME_DATES_LEFT ||
	    t->heading == RESUME_HEADING_SIDE;
	/* a date column as wide as the widest date, as in the PDF, within
	 * 200 pt; a date wider still wraps in it */
	double dw = t->dates == RESUME_DATES_LEFT
	    ? fmin(
	          fmax(t->date_width,
	              ceil(render_widest_date(h->r, date_estimate, (void *)t))),
	          fmax(t->date_width, 200))
	    : t->date_width;
	double col = dw + t->gap_date;

	size_t start = b->len;

	resume_buf_puts(b, "@media print,(min-width:40rem){");
	if (t->header == RESUME_HEADER_CENTER)
		resume_buf_puts(b,
		    "body>header{text-align:center}"
		    /* its lines start mid-width, where no clip hides a
		     * separator: the contacts stand apart by a gap alone
		     * (the PDF, breaking its own lines, keeps them) */
		    ".contact{justify-content:center;margin-inline:0;"
		    "clip-path:none;column-gap:1.4em}.contact li{"
		    "padding-inline-start:0}.contact li::before{"
		    "content:none}");
	else if (t->header == RESUME_HEADER_SPLIT)
		/* the name and headline on the left, the contacts stacked
		 * on the right, none with a separator */
		resume_buf_puts(b,
		    "body>header{display:grid;grid-template-columns:1fr "
		    "auto;column-gap:1.5rem;align-items:start}"
		    "body>header>h1,body>header>.label{grid-column:1}"
		    ".contact{grid-column:2;grid-row:1/span "
		    "2;flex-direction:column;align-items:flex-end;margin:0;"
		    "clip-path:none}.contact li{padding:0}"
		    ".contact li::before{content:none}");
	if (margin_col) {
		resume_buf_printf(b,
		    "main{padding-inline-start:calc(1.5rem + %.0fpt)}"
		    ".head,section{position:relative}",
		    col);
		if (t->dates == RESUME_DATES_LEFT)
			resume_buf_printf(b,
			    ".head .dates{position:absolute;inset-inline-start:"
			    "-%.0fpt;width:%.0fpt;text-align:end;"
			    "white-space:normal}",
			    col, dw);
	}
	switch (t->heading) {
	case RESUME_HEADING_RULE:
		break;
	case RESUME_HEADING_BAR:
		resume_buf_printf(b,
		    "h2{position:relative}h2::after{content:none}"
		    "h2::before{content:\"\";position:absolute;"
		    "inset-inline-start:-%.0fpt;width:%.0fpt;top:50%%;"
		    "border-top:%.1fpt solid var(--rule)}",
		    margin_col ? col : 40 + t->gap_date, margin_col ? dw : 40,
		    t->rule_width);
		break;
	case RESUME_HEADING_CAPS:
		resume_buf_printf(b,
		    "h2{text-transform:uppercase;"
		    "border-bottom:%.1fpt solid var(--rule);display:block}"
		    "h2::after{content:none}",
		    t->rule_width);
		break;
	case RESUME_HEADING_SIDE:
		if (t->dates == RESUME_DATES_LEFT) {
			/* the margin column holds the dates: the title over a
			 * rule across the text, as the PDF sets it */
			resume_buf_printf(b,
			    "h2{border-bottom:%.1fpt solid var(--rule);"
			    "display:block}h2::after{content:none}",
			    t->rule_width);
			break;
		}
		resume_buf_printf(b,
		    /* at the size and leading of an entry's head, so that
		     * the two stand on one line */
		    "main h2{position:absolute;inset-inline-start:-%.0fpt;"
		    "width:%.0fpt;margin:0;top:%.1fpt;display:block;"
		    "font-size:%.2fem;line-height:1.38}"
		    "main h2::after{content:none}"
		    "main section[class]{padding-top:%.1fpt}"
		    "main section>h2+*,main section>h2+*>:first-child{"
		    "margin-top:0}",
		    col, dw, t->gap_section, t->title_scale, t->gap_section);
		break;
	}
	if (h->has_side) {
		bool left = t->sidebar == RESUME_SIDEBAR_LEFT;

		resume_buf_printf(b,
		    /* the header as wide as the two columns below it */
		    ".page,body>header{max-width:52rem}"
		    ".page{display:grid;grid-template-columns:%s;column-gap:"
		    "%.0fpt;margin:0 auto;padding:0 1.5rem}"
		    ".page>main{max-width:none;margin:0;padding-inline:0;"
		    "grid-row:1;"
		    "grid-column:%d}"
		    ".side{grid-row:1;grid-column:%d;padding:%.0fpt;"
		    "align-self:start;background:",
		    left ? "minmax(0,1fr) minmax(0,2.6fr)"
		         : "minmax(0,2.6fr) minmax(0,1fr)",
		    2 * t->gap_column, left ? 2 : 1, left ? 1 : 2,
		    t->gap_column);
		color(b, &t->sidebar_tint);
		resume_buf_puts(b, "}.side h2{font-size:1.05em}");
	}
	if (b->len == start + strlen("@media print,(min-width:40rem){")) {
		b->len = start; /* one column, as the page is by default */
		b->data[start] = '\0';
	} else
		resume_buf_puts(b, "}\n");
	if (h->has_side) /* paper has its margins; a phone's sidebar is
	                  * a section of the one column, in its margins */
		resume_buf_puts(b,
		    "@media print{.page{max-width:none;padding:0}"
		    "body>header{max-width:none}}\n"
		    "@media screen and (max-width:39.99rem){"
		    ".side{padding:0 1.5rem}}\n");
	if (t->icons)
		resume_buf_puts(b,
		    ".ic::before{content:attr(data-i);font-family:FontAwesome;"
		    "color:var(--accent);margin-inline-end:.45em;"
		    "font-style:normal;speak:never}\n");
}

static void photo_style(struct html *);

static void
style(struct html *h)
{
	const struct resume_theme *t = h->th;
	struct resume_buf *b = &h->out;

	resume_buf_puts(b, "<style>\n");
	h->fonts_at = b->len;
	resume_buf_puts(b, ":root{--text:");
	color(b, &t->text);
	resume_buf_puts(b, ";--muted:");
	color(b, &t->muted);
	resume_buf_puts(b, ";--accent:");
	color(b, &t->accent);
	resume_buf_puts(b, ";--rule:");
	color(b, &t->rule);
	resume_buf_puts(b, ";--mono:");
	render_css_string(b, t->font_mono, strlen(t->font_mono));
	resume_buf_puts(b,
	    "}\n*{box-sizing:border-box}\nhtml{-webkit-text-size-adjust:100%}\n"
	    "body{margin:0;background:#fff;color:var(--text);font-family:");
	font_stack(b, h->stacks[0],
	    "\"Helvetica Neue\", Arial, \"Noto Sans CJK SC\", sans-serif");
	resume_buf_printf(b,
	    /* no slanted CJK: a browser would make an oblique of a face
	     * without italics; no last line of one word where the line
	     * above can give one up */
	    ";font-size:%.1fpt;line-height:1.38;font-synthesis:weight}\n"
	    "p,li{text-wrap:pretty}\n"
	    "main,body>header{max-width:46rem;margin:0 auto;padding:0 1.5rem}\n"
	    "body>header{padding-top:2.5rem;padding-bottom:.5rem}\n"
	    "h1{font-family:",
	    t->size_body);
	font_stack(b, h->stacks[1], "sans-serif");
	resume_buf_printf(b,
	    ";font-weight:%d;font-size:%.0fpt;line-height:1.1;margin:0}\n"
	    ".label{color:var(--muted);font-size:%.0fpt;margin:.2rem 0 0}\n"
	    /* each item carries the separator before it in its own
	     * margin; the list reaches one separator's width past the
	     * start edge, and that strip is clipped: the separator of the
	     * first item on each line is never seen, and none ends a
	     * line */
	    ".contact{list-style:none;padding:0;margin:.5rem 0 0 "
	    "-1.8em;font-size:%.1fpt;display:flex;flex-wrap:wrap;row-gap:.1rem;"
	    "clip-path:inset(0 0 0 1.8em)}\n"
	    "[dir=rtl] .contact{margin:.5rem -1.8em 0 0;clip-path:inset(0 "
	    "1.8em 0 0)}\n"
	    ".contact li{position:relative;padding-inline-start:1.8em}\n"
	    ".contact li::before{position:absolute;inset-inline-start:0;"
	    "width:1.8em;text-align:center;content:",
	    render_name_weight(t, h->r->basics.name), t->size_name,
	    t->size_label, t->size_small);
	render_css_string(b, t->contact_sep, strlen(t->contact_sep));
	/* bullets as the PDF sets them: the theme's ("–" in classic) */
	resume_buf_puts(b, ";color:var(--accent)}\nul{list-style-type:");
	{
		struct resume_buf m = {0};

		resume_buf_printf(&m, "%s ", t->bullet);
		render_css_string(b, m.data, m.len);
		resume_buf_free(&m);
	}
	resume_buf_puts(b,
	    "}\n"
	    "a{color:var(--accent);text-decoration:none}\na:hover,a:focus{text-"
	    "decoration:underline}\n"
	    ".url{font-size:.9em}\n"
	    "h2{font-family:");
	font_stack(b, h->stacks[1], "sans-serif");
	resume_buf_printf(b,
	    ";color:var(--accent);font-weight:%d;font-size:%.0fpt;margin:%."
	    "0fpt 0 %.0fpt;display:flex;align-items:center;gap:%.0fpt}\n"
	    "h2::after{content:\"\";flex:1;border-top:%.1fpt solid "
	    "var(--rule);opacity:%.2f}\n"
	    ".eh{font-size:%.2fem;font-weight:400;margin:0}\n"
	    ".title{font-weight:%d}.org{font-style:italic}.where,.level{color:"
	    "var(--"
	    "muted)}\n"
	    ".entry{margin:0 0 %.0fpt}\n"
	    ".head{display:flex;justify-content:space-between;align-items:"
	    "baseline;gap:%.0fpt}\n"
	    ".dates{margin:0;color:var(--muted);font-size:%.1fpt;white-space:"
	    "nowrap;font-variant-numeric:tabular-nums}\n"
	    "p{margin:%.1fpt 0}\nul,ol{margin:%.1fpt "
	    "0;padding-left:1.2em}\nli{margin:%.1fpt 0}\n"
	    ".head+p,.head+ul,.head+ol{margin-top:2pt}\n"
	    "li::marker{color:var(--accent)}\n"
	    ".skills{list-style:none;padding:0}.skills li{margin:.15rem 0}\n"
	    ".group,.sub{font-size:%.1fpt;font-weight:%d;margin:%.0fpt 0 "
	    "%.0fpt}\n"
	    ".group.employer{font-size:%.2fem;font-weight:%d;margin-bottom:0}\n"
	    "blockquote{margin:%.1fpt 0;padding-left:1em;border-left:2px solid "
	    "var(--rule);color:var(--muted)}\n"
	    "pre{font-family:var(--mono), ui-monospace, "
	    "monospace;font-size:%.1fpt;white-space:pre-wrap;overflow-wrap:"
	    "anywhere}\n"
	    "code{font-family:var(--mono), ui-monospace, "
	    "monospace;font-size:.92em}\n"
	    "table{border-collapse:collapse;margin:%.1fpt "
	    "0}th,td{text-align:start;padding:.1rem .9rem .1rem "
	    "0;vertical-align:top}\n"
	    "main{padding-bottom:3rem}\nmain,header{overflow-wrap:anywhere}\n"
	    /* links in running text are underlined, not told apart by
	     * colour alone; a phone number never wraps */
	    "main p a,main li a{text-decoration:underline;"
	    "text-decoration-thickness:.06em;text-underline-offset:.15em}\n"
	    "a[href^=\"tel:\"]{white-space:nowrap}\n"
	    /* the page's heading, for a screen reader, where the résumé
	     * names no one */
	    ".nameless{position:absolute;width:1px;height:1px;overflow:"
	    "hidden;clip:rect(0 0 0 0);white-space:nowrap}\n"
	    /* on a screen, sizes a screen reads well (the theme's points
	     * are for paper): 16 px body text and a scale above and below */
	    "@media screen{body{font-size:1rem}h1{font-size:2.5rem}"
	    ".label{font-size:1.2rem}h2{font-size:1.3rem}.contact,.dates{"
	    "font-size:.9rem}.group,.sub{font-size:1.05rem}pre{font-size:"
	    ".85rem}main,body>header{max-width:48rem}}\n"
	    "@media "
	    "(max-width:40rem){.head{flex-direction:column;gap:0}"
	    "body{font-size:11pt}}\n"
	    "@media print{@page{size:%s;margin:%.0fpt %.0fpt %.0fpt}"
	    "body>header,main{max-width:none;padding:0}"
	    "article,.skill,.group,.sub,tr{break-inside:avoid}h2,.eh,.group,"
	    ".sub,.head{break-"
	    "after:avoid}"
	    "a{color:var(--text)}.url{color:var(--muted)}"
	    ".turn{break-before:page}}\n",
	    t->weight_heading, t->size_section, t->gap_section, t->gap_title,
	    t->gap_rule, t->rule_width, t->rule_alpha, t->title_scale,
	    t->weight_title, t->gap_entry, t->gap_date, t->size_small,
	    t->gap_block, t->gap_block, t->gap_item, t->size_group,
	    t->weight_heading, t->gap_block * 2, t->gap_block, t->title_scale,
	    t->weight_title, t->gap_block, t->size_mono, t->gap_block,
	    h->o->paper == RESUME_PAPER_LETTER ? "letter" : "A4", t->margin_top,
	    t->margin_side, t->margin_bottom);
	layout(h);
	photo_style(h);
	resume_buf_puts(b, "</style>\n");
}

/* The photo at the header's end, photo_size a side and the theme's
 * shape, as the PDF draws it (a centred header leaves its room on both
 * sides, so that it stays centred); on a phone, above the name. */
static void
photo_style(struct html *h)
{
	const struct resume_theme *t = h->th;
	struct resume_buf *b = &h->out;
	double room = t->photo_size + t->gap_column;
	bool centre = t->header == RESUME_HEADER_CENTER;

	if (!h->has_photo)
		return;
	resume_buf_printf(b,
	    ".photo{display:block;width:%.0fpt;height:%.0fpt;object-fit:"
	    "cover;border-radius:%s;margin:0 %s .75rem}\n",
	    t->photo_size, t->photo_size,
	    t->photo == RESUME_PHOTO_CIRCLE        ? "50%"
	        : t->photo == RESUME_PHOTO_ROUNDED ? "12%"
	                                           : "0",
	    centre ? "auto" : "0");
	resume_buf_printf(b,
	    "@media print,(min-width:40rem){body>header{position:relative;"
	    "min-height:calc(3rem + %.0fpt);padding-inline-end:calc(1.5rem + "
	    "%.0fpt)%s}.photo{position:absolute;top:2.5rem;"
	    "inset-inline-end:1.5rem;margin:0}}\n",
	    t->photo_size, room,
	    centre ? ";padding-inline-start:calc(1.5rem + var(--room))" : "");
	resume_buf_printf(b,
	    "@media print{body>header{min-height:%.0fpt;"
	    "padding-inline-end:%.0fpt%s}.photo{top:0;inset-inline-end:0}}\n",
	    t->photo_size + t->gap_header, room,
	    centre ? ";padding-inline-start:var(--room)" : "");
	if (centre)
		resume_buf_printf(b, "body>header{--room:%.0fpt}\n", room);
}

/* The photo, when the theme shows one and the résumé names one the
 * options let be read (the photo module reads it, or says why not). */
static void
read_photo(struct html *h, struct resume_diag *diag)
{
	render_photo_read_fn *rd;

	if (h->th->photo == RESUME_PHOTO_NONE || !h->r->basics.image ||
	    !h->o->photo_dir)
		return;
	*(void **)&rd = resume_module_symbol(
	    "resume-photo.so", "resume_photo_read");
	if (rd == NULL)
		resume_diag_add(diag, RESUME_WARNING, h->r->file, 0, 0,
		    "the photo is left out: %s", resume_backend_error());
	else
		h->has_photo = rd(h->r, h->o, &h->photo, diag) == 1;
}

/* --fit-pages: the print stylesheet in the sizes, gaps and margins the
 * PDF takes to land on N pages (the PDF module finds them), after the
 * theme's own.  Fails as the PDF does when N pages cannot be reached. */
static int
print_fit(struct html *h, struct resume_diag *diag)
{
	const struct resume_theme *t = h->th;
	struct resume_opts o = *h->o;
	struct render_fit fr;
	const struct resume_theme *f = &fr.theme;
	render_pdf_fit_fn *fit;

	*(void **)&fit = resume_module_symbol(
	    "resume-pdf.so", "resume_pdf_fit");
	if (fit == NULL) {
		resume_diag_add(diag, RESUME_ERROR, h->r->file, 0, 0,
		    "--fit-pages for HTML lays the résumé out as the PDF does, "
		    "and the PDF module cannot be loaded: %s",
		    resume_backend_error());
		return -1;
	}
	o.check = false; /* the PDF's own findings are the PDF's to say */
	o.theme = t;
	if (fit(h->r, &o, &fr, diag) < 0)
		return -1;
	if (!fr.fitted)
		return 0; /* it fits as it is */
	resume_buf_printf(&h->out,
	    "<style media=\"print\">\n"
	    "body{font-size:%.2fpt;line-height:%.3f}h1{font-size:%.1fpt}"
	    ".label{font-size:%.1fpt}.contact,.dates{font-size:%.2fpt}"
	    "h2{font-size:%.1fpt;margin:%.1fpt 0 %.1fpt}"
	    ".entry{margin:0 0 %.1fpt}p{margin:%.2fpt 0}ul,ol{margin:%.2fpt 0}"
	    "li{margin:%.2fpt 0}.group,.sub{font-size:%.2fpt;margin:%.1fpt 0 "
	    "%.1fpt}blockquote{margin:%.2fpt 0}pre{font-size:%.2fpt}"
	    "table{margin:%.2fpt 0}@page{margin:%.1fpt %.1fpt %.1fpt}\n"
	    "</style>\n",
	    f->size_body, fr.line_em, f->size_name, f->size_label,
	    f->size_small, f->size_section, f->gap_section, f->gap_title,
	    f->gap_entry, f->gap_block, f->gap_block, f->gap_item,
	    f->size_group, f->gap_block * 2, f->gap_block, f->gap_block,
	    f->size_mono, f->gap_block, f->margin_top, f->margin_side,
	    f->margin_bottom);
	return 0;
}

/* --- schema.org JSON-LD --- */

/* Appends s as a JSON string safe inside <script>: "<", ">" and "&" as
 * \u escapes, so that "</script>" can never close the element. */
static void
json_str(struct resume_buf *b, const char *s)
{
	resume_buf_putc(b, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			resume_buf_printf(b, "\\%c", c);
		else if (c == '<' || c == '>' || c == '&' || c < 0x20)
			resume_buf_printf(b, "\\u%04x", c);
		else if (c == 0xe2 && (unsigned char)s[1] == 0x80 &&
		    ((unsigned char)s[2] == 0xa8 ||
		        (unsigned char)s[2] == 0xa9)) {
			resume_buf_printf(b, "\\u%04x",
			    (unsigned char)s[2] == 0xa8 ? 0x2028 : 0x2029);
			s += 2;
		} else
			resume_buf_putc(b, (int)c);
	}
	resume_buf_putc(b, '"');
}

static void
json_kv(struct resume_buf *b, bool *first, const char *k, const char *v)
{
	if (v == NULL)
		return;
	resume_buf_puts(b, *first ? "" : ",");
	*first = false;
	json_str(b, k);
	resume_buf_putc(b, ':');
	json_str(b, v);
}

static void
json_ld(struct html *h)
{
	const struct resume *r = h->r;
	struct resume_buf *b = &h->out;
	const struct resume_contact *c;
	bool first = true, any;
	size_t i, j, k;

	resume_buf_puts(b,
	    "<script type=\"application/ld+json\">"
	    "{\"@context\":\"https://schema.org\",\"@type\":\"Person\"");
	first = false;
	json_kv(b, &first, "name", r->basics.name);
	json_kv(b, &first, "jobTitle", r->basics.label);
	if ((c = resume_contact_find(r, RESUME_CONTACT_EMAIL)) && c->href)
		json_kv(b, &first, "email", c->href + 7);
	if ((c = resume_contact_find(r, RESUME_CONTACT_PHONE)))
		json_kv(b, &first, "telephone", c->text);
	if ((c = resume_contact_find(r, RESUME_CONTACT_URL)) && c->href)
		json_kv(b, &first, "url", c->href);
	if ((c = resume_contact_find(r, RESUME_CONTACT_LOCATION))) {
		/* the place, in its parts where the source had them */
		const struct resume_place *pl = c->place;
		bool f2 = false;

		resume_buf_puts(b, ",\"address\":{\"@type\":\"PostalAddress\"");
		if (pl) {
			json_kv(b, &f2, "streetAddress", pl->address);
			json_kv(b, &f2, "postalCode", pl->postal_code);
			json_kv(b, &f2, "addressLocality", pl->city);
			json_kv(b, &f2, "addressRegion", pl->region);
			json_kv(b, &f2, "addressCountry", pl->country_code);
		} else
			json_kv(b, &f2, "addressLocality", c->text);
		resume_buf_putc(b, '}');
	}
	any = false;
	for (i = 0; i < r->basics.ncontacts; i++) {
		c = &r->basics.contacts[i];
		if (c->kind != RESUME_CONTACT_PROFILE || !c->href)
			continue;
		resume_buf_puts(b, any ? "," : ",\"sameAs\":[");
		json_str(b, c->href);
		any = true;
	}
	if (any)
		resume_buf_putc(b, ']');
	/* the current job (an open range: a past employer is no
	 * worksFor), schools, skills */
	for (i = 0, any = false; i < r->nsections && !any; i++) {
		const struct resume_section *s = &r->sections[i];

		for (j = 0; s->kind == RESUME_SECTION_WORK && j < s->nentries;
		     j++) {
			const struct resume_entry *e = &s->entries[j];

			if (!e->org || !e->dates.range ||
			    !(e->dates.end.present || e->dates.end.year == 0))
				continue;
			resume_buf_puts(b,
			    ",\"worksFor\":{\"@type\":\"Organization\","
			    "\"name\":");
			json_str(b, e->org);
			resume_buf_putc(b, '}');
			if (!r->basics.label && e->title) {
				resume_buf_puts(b, ",\"jobTitle\":");
				json_str(b, e->title);
			}
			any = true;
			break;
		}
	}
	any = false;
	for (i = 0; i < r->nsections; i++) {
		const struct resume_section *s = &r->sections[i];

		if (s->kind != RESUME_SECTION_EDUCATION)
			continue;
		for (j = 0; j < s->nentries; j++) {
			if (!s->entries[j].org)
				continue;
			resume_buf_puts(b, any ? "," : ",\"alumniOf\":[");
			resume_buf_puts(b,
			    "{\"@type\":\"EducationalOrganization\",\"name\":");
			json_str(b, s->entries[j].org);
			resume_buf_putc(b, '}');
			any = true;
		}
	}
	if (any)
		resume_buf_putc(b, ']');
	any = false;
	for (i = 0; i < r->nsections; i++) {
		const struct resume_section *s = &r->sections[i];

		if (s->kind != RESUME_SECTION_SKILLS)
			continue;
		for (j = 0; j < s->nentries; j++)
			for (k = 0; k < s->entries[j].nkeywords; k++) {
				resume_buf_puts(
				    b, any ? "," : ",\"knowsAbout\":[");
				json_str(b, s->entries[j].keywords[k]);
				any = true;
			}
	}
	if (any)
		resume_buf_putc(b, ']');
	resume_buf_puts(b, "}</script>\n");
}

/* The entries' titles, set in the theme's title weight. */
static void
titles(const struct resume *r, struct resume_buf *b)
{
	size_t i, j;

	for (i = 0; i < r->nsections; i++)
		for (j = 0; j < r->sections[i].nentries; j++)
			if (r->sections[i].entries[j].title)
				resume_buf_puts(
				    b, r->sections[i].entries[j].title);
}

/* The contact icons' characters, for the icon font's subset. */
static void
contact_icons(struct html *h, struct resume_buf *b)
{
	size_t n, i;
	struct render_links links = {0};
	struct compose_contact *c = compose_contacts(h->r, &links, &n);

	for (i = 0; i < n; i++) {
		const char *icon = compose_contact_icon(&c[i]);

		if (icon)
			resume_buf_puts(b, icon);
	}
	free(c);
	render_links_free(&links);
}

/* The page carries its faces (the fonts module), at the top of its
 * stylesheet: the body's stack in its weights and italics, the headings'
 * in theirs, the code face where there is code.  Without the module or
 * fontconfig the page names its fonts only, with a warning. */
static void
embed_fonts(struct html *h, struct resume_diag *diag)
{
	const struct resume_theme *t = h->th;
	struct render_face f[12];
	struct resume_buf css = {0}, tt = {0}, ic = {0};
	render_html_fonts_fn *fonts;
	size_t n = 0;
	const char *page = resume_buf_str(&h->out), *body = h->stacks[0],
	           *head = h->stacks[1];

	*(void **)&fonts = resume_module_symbol(
	    "resume-fonts.so", "resume_html_fonts");
	if (fonts == NULL) {
		resume_diag_add(diag, RESUME_WARNING, h->r->file, 0, 0,
		    "the page names its fonts without carrying them: %s",
		    resume_backend_error());
		return;
	}
	/* the whole page's faces, then those of a part: the name's weight,
	 * the entry titles' */
	f[n++] = (struct render_face){body, 400, false, NULL};
	f[n++] = (struct render_face){body, 700, false, NULL};
	f[n++] = (struct render_face){body, 400, true, NULL};
	f[n++] = (struct render_face){body, 700, true, NULL};
	f[n++] = (struct render_face){head, t->weight_heading, false, NULL};
	if (strstr(page, "<code") || strstr(page, "<pre"))
		f[n++] = (struct render_face){t->font_mono, 400, false, NULL};
	if (h->r->basics.name)
		f[n++] = (struct render_face){head,
		    render_name_weight(t, h->r->basics.name), false,
		    h->r->basics.name};
	titles(h->r, &tt);
	f[n++] = (struct render_face){
	    body, t->weight_title, false, resume_buf_str(&tt)};
	if (t->icons) {
		contact_icons(h, &ic);
		if (ic.len)
			f[n++] = (struct render_face){
			    "FontAwesome", 400, false, resume_buf_str(&ic)};
	}
	if (fonts(&css, page, h->out.len, f, n) < 0)
		resume_diag_add(diag, RESUME_WARNING, h->r->file, 0, 0,
		    "fontconfig did not start: the page names its fonts "
		    "without carrying them");
	else if (css.len) {
		/* room, then the rules in place */
		size_t at = h->fonts_at, tail = h->out.len - at;

		resume_buf_add(&h->out, css.data, css.len);
		memmove(h->out.data + at + css.len, h->out.data + at, tail);
		memcpy(h->out.data + at, css.data, css.len);
	}
	resume_buf_free(&css);
	resume_buf_free(&tt);
	resume_buf_free(&ic);
}

static int
render_html(const struct resume *r, const struct resume_opts *o, FILE *out,
    struct resume_result *res, struct resume_diag *diag)
{
	struct html h = {.level = 1};
	const struct resume_basics *bs = &r->basics;
	struct compose_contact *cs;
	size_t i, hdr, ncs, turn;
	int rc = 0;
	bool any = false;

	(void)res; /* nothing to report */

	h.r = r;
	h.o = o;
	h.th = o->theme ? o->theme : resume_theme_default();
	h.stacks[0] = stack(r, h.th->font_body);
	h.stacks[1] = stack(r, h.th->font_heading);
	read_photo(&h, diag);
	h.side = render_sidebar(h.r, h.th, &h.has_side);
	resume_buf_printf(&h.out,
	    "<!DOCTYPE html>\n<html lang=\"%s\"%s>\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"resume " RESUME_VERSION "\">\n"
	    "<title>",
	    r->lang, rtl_document(r) ? " dir=\"rtl\"" : "");
	esc(&h.out, bs->name ? bs->name : "");
	resume_buf_puts(
	    &h.out, bs->name ? " – Résumé</title>\n" : "Résumé</title>\n");
	if (bs->label) {
		resume_buf_puts(
		    &h.out, "<meta name=\"description\" content=\"");
		esc(&h.out, bs->label);
		resume_buf_puts(&h.out, "\">\n");
	}
	style(&h);
	if (o->fit_pages && print_fit(&h, diag) < 0) {
		rc = -1;
		goto done;
	}
	json_ld(&h);
	resume_buf_puts(&h.out, "</head>\n<body>\n");
	hdr = h.out.len;
	resume_buf_puts(&h.out, "<header>\n");
	if (h.has_photo) {
		/* alt="": who it shows, the name beside it says */
		resume_buf_printf(&h.out,
		    "<img class=\"photo\" alt=\"\" width=\"%u\" "
		    "height=\"%u\" src=\"data:image/%s;base64,",
		    h.photo.width, h.photo.height,
		    h.photo.png ? "png" : "jpeg");
		render_base64(&h.out, h.photo.data, h.photo.len);
		resume_buf_puts(&h.out, "\">\n");
	}
	if (bs->name) {
		resume_buf_puts(&h.out, "<h1 dir=\"auto\">");
		esc(&h.out, bs->name);
		resume_buf_puts(&h.out, "</h1>\n");
	} else
		resume_buf_puts(&h.out, "<h1 class=\"nameless\">Résumé</h1>\n");
	if (bs->label) {
		resume_buf_puts(&h.out, "<p class=\"label\" dir=\"auto\">");
		esc(&h.out, bs->label);
		resume_buf_puts(&h.out, "</p>\n");
	}
	cs = compose_contacts(r, &h.links, &ncs);
	for (i = 0; i < ncs; i++) {
		const struct compose_contact *c = &cs[i];
		const char *icon;

		resume_buf_puts(&h.out, any ? "" : "<ul class=\"contact\">");
		any = true;
		resume_buf_puts(&h.out, "<li dir=\"auto\">");
		icon = h.th->icons ? compose_contact_icon(c) : NULL;
		if (icon) {
			/* the picture from the style, the text the page's */
			resume_buf_puts(&h.out,
			    "<span class=\"ic\" aria-hidden=\"true\" "
			    "data-i=\"");
			resume_buf_puts(&h.out, icon);
			resume_buf_puts(&h.out, "\"></span>");
		}
		if (c->label) {
			resume_buf_puts(&h.out, "<span class=\"where\">");
			esc(&h.out, c->label);
			esc(&h.out, c->colon);
			resume_buf_puts(&h.out, "</span>");
		}
		linked(&h, c->text, c->href);
		if (c->note && link_allowed(c->href)) {
			resume_buf_putc(&h.out, ' ');
			note_anchor(&h, c->href, c->note);
		}
		resume_buf_puts(&h.out, "</li>");
	}
	free(cs);
	if (any)
		resume_buf_puts(&h.out, "</ul>\n");
	if (!bs->name && !bs->label && !any) {
		/* no empty <header>; the page's heading all the same */
		h.out.len = hdr;
		h.out.data[hdr] = '\0';
		resume_buf_puts(&h.out,
		    "<header><h1 class=\"nameless\">Résumé</h1></header>\n");
	} else
		resume_buf_puts(&h.out, "</header>\n");
	if (h.has_side) {
		/* the sidebar first, as the PDF reads it */
		resume_buf_puts(
		    &h.out, "<div class=\"page\">\n<aside class=\"side\">\n");
		for (i = 0; i < r->nsections; i++)
			if (h.side[i]) {
				section(&h, &r->sections[i], false);
				resume_buf_putc(&h.out, '\n');
			}
		resume_buf_puts(&h.out, "</aside>\n");
	}
	resume_buf_puts(&h.out, "<main>\n");
	blocks(&h, bs->summary, bs->nsummary);
	turn = render_turn(r);
	for (i = 0; i < r->nsections; i++)
		if (!h.has_side || !h.side[i]) {
			section(&h, &r->sections[i], i == turn);
			resume_buf_putc(&h.out, '\n');
		}
	resume_buf_puts(&h.out, h.has_side ? "</main>\n</div>\n" : "</main>\n");
	resume_buf_puts(&h.out, "</body>\n</html>\n");
	if (!o->no_embed_fonts)
		embed_fonts(&h, diag);
	if (fwrite(resume_buf_str(&h.out), 1, h.out.len, out) != h.out.len)
		rc = -1;
done:
	render_links_free(&h.links);
	resume_buf_free(&h.out);
	free(h.stacks[0]);
	free(h.stacks[1]);
	free(h.photo.data);
	free(h.side);
	return rc;
}

const struct resume_backend backend_html = {.name = "html",
    .suffix = ".html",
    .help = "a standalone HTML page",
    .flags = 0,
    .render = render_html};
