/*
 * Plain-text backend: a résumé for pasting into forms and e-mails.  Lines
 * are wrapped by display width, dates stand flush right on the entry line
 * when they fit, bullets hang, and a link target is shown once, where the
 * text does not already say it.
 */
#include <ctype.h>
#include <iconv.h>
#include <pthread.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "../core/utf8.h"
#include "../core/xmalloc.h"
#include "render.h"
#include "resume/backend.h"
#include "resume/buf.h"
#include "compose.h"
#include "textwrap.h"

struct txt {
	struct resume_buf out;
	size_t width;
	bool ascii;
	struct render_links links; /* link targets already shown */
	bool blank_due;            /* a blank line before the next */
	const struct resume *r;    /* what is written */
};

/* --- ASCII transliteration --- */

static const struct {
	uint32_t cp;
	const char *ascii;
} translit[] = {{0x00a0, " "}, {0x00a9, "(c)"}, {0x00ab, "<<"}, {0x00ae, "(R)"},
    {0x00b7, "-"}, {0x00bb, ">>"}, {0x00d7, "x"}, {0x2002, " "}, {0x2003, " "},
    {0x2009, " "}, {0x200b, ""}, {0x2010, "-"}, {0x2011, "-"}, {0x2012, "-"},
    {0x2013, "-"}, {0x2014, "--"}, {0x2015, "--"}, {0x2018, "'"}, {0x2019, "'"},
    {0x201a, ","}, {0x201c, "\""}, {0x201d, "\""}, {0x201e, "\""},
    {0x2022, "*"}, {0x2026, "..."}, {0x2032, "'"}, {0x2033, "\""},
    {0x2039, "<"}, {0x203a, ">"}, {0x2122, "(TM)"}, {0x2190, "<-"},
    {0x2192, "->"}, {0x2212, "-"}, {0x2500, "-"}, {0x2550, "="}, {0x25aa, "*"},
    {0x25cf, "*"}, {0x25e6, "o"}, {0x2605, "*"}, {0x2713, "v"}, {0x3000, " "}};

/* Latin-1 and Latin Extended-A letters without their accents. */
static const char *const latin1[] = {
    /* 0xc0 */ "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I",
    "I", "I", "I", "D", "N", "O", "O", "O", "O", "O", "x", "O", "U", "U", "U",
    "U", "Y", "Th", "ss", "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e",
    "e", "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", "/", "o",
    "u", "u", "u", "u", "y", "th", "y"};

static const char ext_a[] =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnN"
    "nnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

static locale_t utf8;
static iconv_t cd = (iconv_t)-1;
static pthread_once_t translit_once = PTHREAD_ONCE_INIT;
/* one converter for the process, used by one thread at a time */
static pthread_mutex_t translit_lock = PTHREAD_MUTEX_INITIALIZER;

static void
translit_open(void)
{
	locale_t was;

	utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	if (utf8) {
		was = uselocale(utf8);
		cd = iconv_open("ASCII//TRANSLIT", "UTF-8");
		uselocale(was);
	}
}

/* Appends the ASCII for a character the tables do not have: the C
 * library's transliteration in the C.UTF-8 locale ("ễ" e, "½" 1/2, "€"
 * EUR, "ﬁ" fi), combining marks left out, and "?" for what has none
 * (Chinese, Cyrillic): --ascii writes only ASCII. */
static void
translit_with(struct resume_buf *b, const char *s, size_t k)
{
	char out[32], *ip = (char *)s, *op = out;
	size_t il = k, ol = sizeof(out) - 1, i;
	locale_t was;

	if (cd != (iconv_t)-1) {
		was = uselocale(utf8);
		iconv(cd, NULL, NULL, NULL, NULL);
		if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1 && il == 0) {
			*op = '\0';
			uselocale(was);
			for (i = 0; out[i]; i++)
				if ((unsigned char)out[i] >= 0x80)
					out[i] = '?';
			/* " 1/2": no space of its own before a fraction */
			resume_buf_puts(
			    b, out[0] == ' ' && out[1] ? out + 1 : out);
			return;
		}
		uselocale(was);
	}
	resume_buf_putc(b, '?');
}

static void
translit_other(struct resume_buf *b, const char *s, size_t k, uint32_t cp)
{
	if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0xfe00 && cp <= 0xfe0f) ||
	    cp == 0x200c || cp == 0x200d || cp == 0xfeff)
		return; /* marks and joiners: nothing to show */
	pthread_once(&translit_once, translit_open);
	pthread_mutex_lock(&translit_lock);
	translit_with(b, s, k);
	pthread_mutex_unlock(&translit_lock);
}

static void
put_ascii(struct resume_buf *b, const char *s, size_t len)
{
	size_t i = 0, k, j;
	uint32_t cp;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		if (cp < 0x80) {
			resume_buf_putc(b, (int)cp);
		} else if (cp >= 0xc0 && cp <= 0xff) {
			resume_buf_puts(b, latin1[cp - 0xc0]);
		} else if (cp >= 0x100 && cp <= 0x17f && cp != 0x132 &&
		    cp != 0x133 && cp != 0x152 && cp != 0x153) {
			resume_buf_putc(b, ext_a[cp - 0x100]);
		} else if (cp == 0x152 || cp == 0x153) {
			resume_buf_puts(b, cp == 0x152 ? "OE" : "oe");
		} else {
			for (j = 0; j < sizeof(translit) / sizeof(*translit);
			     j++)
				if (translit[j].cp == cp)
					break;
			if (j < sizeof(translit) / sizeof(*translit))
				resume_buf_puts(b, translit[j].ascii);
			else
				translit_other(b, s + i, k, cp);
		}
		i += k;
	}
}

/* Appends s, transliterated when --ascii. */
static void
put(struct txt *t, struct resume_buf *b, const char *s)
{
	if (t->ascii)
		put_ascii(b, s, strlen(s));
	else
		resume_buf_puts(b, s);
}

/* --- links --- */

/* Appends a link target as the text shows it: "<https://…>". */
static void
put_note(struct txt *t, struct resume_buf *b, const char *note)
{
	resume_buf_putc(b, '<');
	put(t, b, note);
	resume_buf_putc(b, '>');
}

/* Appends " <href>" the first time a target the text does not show. */
static void
link_note(
    struct txt *t, struct resume_buf *b, const char *text, const char *href)
{
	const char *note = render_links_note(&t->links, text, href);

	if (note == NULL)
		return;
	resume_buf_putc(b, ' ');
	put_note(t, b, note);
}

/* Writes rich text as plain text with link notes into b. */
static void
rich(struct txt *t, struct resume_buf *b, const struct resume_text *rt)
{
	struct resume_buf run = {0};
	size_t i, j, end;

	for (i = 0; i < rt->nspans; i = j) {
		const struct resume_span *sp = &rt->spans[i];

		if (sp->flags & RESUME_SPAN_BREAK) {
			resume_buf_putc(b, '\n');
			j = i + 1;
			continue;
		}
		/* gather the spans of one link */
		resume_buf_clear(&run);
		for (j = i, end = render_link_run(rt, i); j < end; j++)
			resume_buf_puts(&run, rt->spans[j].text);
		put(t, b, resume_buf_str(&run));
		link_note(t, b, resume_buf_str(&run), sp->href);
	}
	resume_buf_free(&run);
}

/* --- layout --- */

static void
blank(struct txt *t)
{
	if (t->out.len &&
	    !(t->out.len >= 2 && t->out.data[t->out.len - 2] == '\n' &&
	        t->out.data[t->out.len - 1] == '\n'))
		resume_buf_putc(&t->out, '\n');
}

static void
spaces(struct resume_buf *b, size_t n)
{
	resume_buf_repeat(b, " ", n);
}

static void
wrap(struct txt *t, const char *s, size_t ind, const char *marker)
{
	struct resume_buf first = {0}, rest = {0};
	size_t mw = marker ? utf8_swidth(marker) : 0;

	spaces(&first, ind);
	if (marker)
		put(t, &first, marker);
	spaces(&rest, ind + mw);
	textwrap(&t->out, s, t->width, resume_buf_str(&first), ind + mw,
	    resume_buf_str(&rest), ind + mw);
	resume_buf_free(&first);
	resume_buf_free(&rest);
}

/* Writes "left ..... right" when it fits, else left wrapped and right on
 * its own line, flush right. */
static void
left_right(struct txt *t, const char *left, const char *right, size_t ind)
{
	size_t lw = utf8_swidth(left), rw = right ? utf8_swidth(right) : 0;
	struct resume_buf ind_s = {0};

	if (right == NULL || *right == '\0') {
		wrap(t, left, ind, NULL);
		return;
	}
	if (*left == '\0' || rw + ind + 2 + 12 > t->width) {
		/* no room beside the date for a dozen columns of the
		 * head: the date goes on a line of its own */
		/* a date wider than the page: its own lines, wrapped */
		if (*left)
			wrap(t, left, ind, NULL);
		if (rw + ind > t->width) {
			wrap(t, right, ind, NULL);
			return;
		}
		spaces(&t->out, t->width > rw ? t->width - rw : 0);
		resume_buf_puts(&t->out, right);
		resume_buf_putc(&t->out, '\n');
		return;
	}
	if (ind + lw + 2 + rw <= t->width && !strchr(left, '\n')) {
		spaces(&t->out, ind);
		resume_buf_puts(&t->out, left);
		spaces(&t->out, t->width - ind - lw - rw);
		resume_buf_puts(&t->out, right);
		resume_buf_putc(&t->out, '\n');
		return;
	}
	if (ind + lw <= t->width && !strchr(left, '\n')) {
		/* the words on a line of their own, the date below them */
		spaces(&t->out, ind);
		resume_buf_puts(&t->out, left);
		resume_buf_putc(&t->out, '\n');
		spaces(&t->out, t->width > rw ? t->width - rw : 0);
		resume_buf_puts(&t->out, right);
		resume_buf_putc(&t->out, '\n');
		return;
	}
	spaces(&ind_s, ind + 2);
	{
		struct resume_buf first = {0};
		size_t last;

		/* wrapped at the page's width, the date on its last line
		 * when there is room, else below it */
		spaces(&first, ind);
		last = textwrap(&t->out, left, t->width, resume_buf_str(&first),
		    ind, resume_buf_str(&ind_s), ind + 2);
		resume_buf_free(&first);
		if (last + 2 + rw <= t->width) {
			/* put the date on the last line */
			t->out.data[--t->out.len] = '\0';
			spaces(&t->out, t->width - last - rw);
		} else
			spaces(&t->out, t->width > rw ? t->width - rw : 0);
		resume_buf_puts(&t->out, right);
		resume_buf_putc(&t->out, '\n');
	}
	resume_buf_free(&ind_s);
}

static bool
table_fits(struct txt *t, const struct resume_block *b, size_t n, size_t ind,
    size_t *colw, size_t maxcols)
{
	size_t i, j, total = ind;

	for (i = 0; i < n; i++)
		for (j = 0; j < b[i].ncells && j < maxcols; j++) {
			struct resume_buf c = {0};
			size_t w;

			rich(t, &c, &b[i].cells[j]);
			w = utf8_swidth(resume_buf_str(&c));
			if (w > colw[j])
				colw[j] = w;
			resume_buf_free(&c);
		}
	for (j = 0; j < maxcols; j++)
		total += colw[j] + (j ? 2 : 0);
	return total <= t->width;
}

static size_t
table(struct txt *t, const struct resume_block *b, size_t n, size_t ind)
{
	size_t rows = 0, i, j, *colw, ncols = 0, start;

	while (rows < n && b[rows].kind == RESUME_BLOCK_TABLE_ROW)
		rows++;
	for (i = 0; i < rows; i++)
		if (b[i].ncells > ncols)
			ncols = b[i].ncells;
	colw = xcalloc(ncols + 1, sizeof(*colw));
	blank(t);
	if (table_fits(t, b, rows, ind, colw, ncols)) {
		for (i = 0; i < rows; i++) {
			start = t->out.len;
			spaces(&t->out, ind);
			for (j = 0; j < ncols; j++) {
				struct resume_buf c = {0};

				if (j < b[i].ncells)
					rich(t, &c, &b[i].cells[j]);
				if (j)
					spaces(&t->out, 2);
				resume_buf_puts(&t->out, resume_buf_str(&c));
				if (j + 1 < ncols)
					spaces(&t->out,
					    colw[j] -
					        utf8_swidth(
					            resume_buf_str(&c)));
				resume_buf_free(&c);
			}
			/* the row's own trailing spaces, never past its start
			 */
			while (t->out.len > start &&
			    t->out.data[t->out.len - 1] == ' ')
				t->out.data[--t->out.len] = '\0';
			resume_buf_putc(&t->out, '\n');
			if (b[i].header) {
				size_t total = 0;

				for (j = 0; j < ncols; j++)
					total += colw[j] + (j ? 2 : 0);
				spaces(&t->out, ind);
				resume_buf_repeat(
				    &t->out, t->ascii ? "-" : "─", total);
				resume_buf_putc(&t->out, '\n');
			}
		}
	} else {
		for (i = 0; i < rows; i++) {
			struct resume_buf line = {0};

			for (j = 0; j < b[i].ncells; j++) {
				if (j)
					put(t, &line, " — ");
				rich(t, &line, &b[i].cells[j]);
			}
			wrap(t, resume_buf_str(&line), ind, NULL);
			resume_buf_free(&line);
		}
	}
	free(colw);
	t->blank_due = true;
	return rows;
}

/* One line of preformatted text at indent in, spaces kept; a line wider
 * than the page breaks at its last space that fits (else where it must)
 * and goes on below, two columns further in. */
static void
code_line(struct txt *t, const char *p, size_t n, size_t in)
{
	struct resume_buf line = {0};
	size_t i = 0, k, w, col, start, brk, lead;
	uint32_t cp;

	if (t->ascii)
		put_ascii(&line, p, n);
	else
		resume_buf_add(&line, p, n);
	p = resume_buf_str(&line);
	n = line.len;
	lead = strspn(p, " ");
	do {
		spaces(&t->out, in);
		col = in;
		start = i;
		brk = 0;
		while (i < n) {
			k = utf8_decode(p + i, n - i, &cp);
			w = (size_t)utf8_cp_width(cp);
			if (col + w > t->width && col > in)
				break;
			if (cp == ' ' && i > lead && i > start)
				brk = i;
			col += w;
			i += k;
		}
		if (i < n && brk > start)
			i = brk; /* break at the space */
		if (i == start)  /* not one character fits: take one */
			i += utf8_decode(p + i, n - i, &cp);
		resume_buf_add(&t->out, p + start, i - start);
		while (t->out.len && t->out.data[t->out.len - 1] == ' ')
			t->out.data[--t->out.len] = '\0';
		resume_buf_putc(&t->out, '\n');
		if (start == 0)
			in += 2;
		while (i < n && p[i] == ' ' && i > lead)
			i++;
	} while (i < n);
	resume_buf_free(&line);
}

static void blocks_from(
    struct txt *, const struct resume_block *, size_t, size_t, bool);

static void
blocks(struct txt *t, const struct resume_block *b, size_t n, size_t ind)
{
	blocks_from(t, b, n, ind, false);
}

static void
blocks_from(struct txt *t, const struct resume_block *b, size_t n, size_t ind,
    bool tight)
{
	/* text column of the latest item at each list level, so that nested
	 * lists and continuation paragraphs line up under their parent's
	 * text whatever the marker width ("1. " or "• ") */
	size_t col[16], i, lv;
	char marker[24];

	for (lv = 0; lv < 16; lv++)
		col[lv] = ind + 2 * (lv + 1);
	for (i = 0; i < n; i++) {
		const struct resume_block *x = &b[i];
		size_t quote = 2 * x->quote;
		size_t in;
		struct resume_buf s = {0};
		bool first = tight && i == 0;

		lv = x->level < 16 ? x->level : 15;
		in = (lv == 0 ? ind : col[lv - 1]) + quote;
		switch (x->kind) {
		case RESUME_BLOCK_PARAGRAPH:
			if ((x->level == 0 || t->blank_due) && !first)
				blank(t);
			rich(t, &s, &x->text);
			wrap(t, resume_buf_str(&s), in, NULL);
			t->blank_due = x->level == 0;
			break;
		case RESUME_BLOCK_ITEM:
			if (t->blank_due && !first)
				blank(t);
			if (x->number)
				snprintf(
				    marker, sizeof(marker), "%u. ", x->number);
			else
				snprintf(marker, sizeof(marker), "%s ",
				    x->level % 2 ? "◦" : "•");
			col[lv] = in + utf8_swidth(marker);
			rich(t, &s, &x->text);
			wrap(t, resume_buf_str(&s), in, marker);
			t->blank_due = false;
			break;
		case RESUME_BLOCK_HEADING:
			if (!first)
				blank(t);
			rich(t, &s, &x->text);
			wrap(t, resume_buf_str(&s), in, NULL);
			t->blank_due = false;
			break;
		case RESUME_BLOCK_CODE: {
			const char *p = x->literal, *e;

			if (!first)
				blank(t);
			while (*p) {
				e = strchr(p, '\n');
				if (e == NULL)
					e = p + strlen(p);
				code_line(t, p, (size_t)(e - p), in);
				p = *e ? e + 1 : e;
			}
			t->blank_due = true;
			break;
		}
		case RESUME_BLOCK_TABLE_ROW:
			i += table(t, x, n - i, in) - 1;
			break;
		case RESUME_BLOCK_RULE:
			blank(t);
			t->blank_due = true;
			break;
		}
		resume_buf_free(&s);
	}
}

/* Appends parts [from, to) of a head or keyword list. */
static void
parts(struct txt *t, struct resume_buf *b, const struct compose_part *p,
    size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++) {
		if (i > from)
			put(t, b, p[i].sep);
		if (p[i].role == COMPOSE_NOTE) {
			put_note(t, b, p[i].text);
			continue;
		}
		if (p[i].label) {
			put(t, b, p[i].label);
			put(t, b, compose_colon(p[i].label));
		}
		put(t, b, p[i].text);
	}
}

static void
keyword_entry(struct txt *t, const struct resume_entry *e)
{
	struct compose_keywords k;
	struct resume_buf s = {0};
	bool titled;

	compose_keywords(&k, e);
	titled = k.n && k.part[0].role == COMPOSE_TITLE;
	parts(t, &s, k.part, 0, k.n);
	if (s.len)
		put(t, &s, k.end);
	if (s.len) {
		struct resume_buf ind = {0};

		spaces(&ind, titled ? 2 : 0);
		textwrap(&t->out, resume_buf_str(&s), t->width, "", 0,
		    resume_buf_str(&ind), titled ? 2 : 0);
		resume_buf_free(&ind);
	}
	t->blank_due = false;
	blocks_from(t, e->body, e->nbody, 2, true);
	compose_keywords_free(&k);
	resume_buf_free(&s);
}

static void
entry(struct txt *t, const struct resume_section *sec,
    const struct resume_entry *e)
{
	struct resume_buf left = {0}, second = {0}, d = {0};
	struct compose_head h;

	compose_head(&h, t->r, sec, e, &t->links);
	if (h.dates.shown)
		put(t, &d, h.dates.shown);
	parts(t, &left, h.part, 0, h.n);
	if (h.second < h.n &&
	    utf8_swidth(resume_buf_str(&left)) + 2 +
	            utf8_swidth(d.data ? d.data : "") >
	        t->width) {
		/* too long for one line: the organisation goes below, and
		 * the date after it, as every backend reads the head: title,
		 * organisation, date */
		resume_buf_clear(&left);
		parts(t, &left, h.part, 0, h.second);
		parts(t, &second, h.part, h.second, h.n);
		wrap(t, resume_buf_str(&left), 0, NULL);
		left_right(t, resume_buf_str(&second), resume_buf_str(&d), 0);
	} else if (left.len || d.len)
		left_right(t, resume_buf_str(&left), resume_buf_str(&d), 0);
	if (e->nkeywords) {
		struct compose_keywords k;
		struct resume_entry bare = {
		    .keywords = e->keywords, .nkeywords = e->nkeywords};
		struct resume_buf kw = {0};

		compose_keywords(&k, &bare);
		parts(t, &kw, k.part, 0, k.n);
		wrap(t, resume_buf_str(&kw), 2, NULL);
		compose_keywords_free(&k);
		resume_buf_free(&kw);
	}
	t->blank_due = false;
	blocks_from(t, e->body, e->nbody, 2, true);
	compose_head_free(&h);
	resume_buf_free(&left);
	resume_buf_free(&second);
	resume_buf_free(&d);
}

static void
group_title(struct txt *t, const char *g)
{
	struct resume_buf gb = {0};
	size_t w;

	put(t, &gb, g);
	blank(t);
	w = utf8_swidth(resume_buf_str(&gb));
	wrap(t, resume_buf_str(&gb), 0, NULL);
	/* underlined to the title's width, never past the page's */
	resume_buf_repeat(
	    &t->out, t->ascii ? "-" : "─", w < t->width ? w : t->width);
	resume_buf_putc(&t->out, '\n');
	resume_buf_free(&gb);
}

static void
section(struct txt *t, const struct resume_section *s)
{
	const char *title = compose_section_title(s, t->r);
	const struct resume_entry *prev = NULL;
	size_t i, w;

	if (resume_section_is_empty(s))
		return;
	if (title) {
		struct resume_buf tb = {0};

		put(t, &tb, title);
		blank(t);
		w = utf8_swidth(resume_buf_str(&tb));
		if (w + 2 <= t->width) {
			resume_buf_puts(&t->out, resume_buf_str(&tb));
			resume_buf_putc(&t->out, ' ');
			resume_buf_repeat(
			    &t->out, t->ascii ? "-" : "─", t->width - w - 1);
			resume_buf_putc(&t->out, '\n');
		} else /* a title wider than the page wraps */
			wrap(t, resume_buf_str(&tb), 0, NULL);
		resume_buf_free(&tb);
	} else
		blank(t);
	/* a blank line between the title and what follows */
	t->blank_due = title != NULL;
	blocks(t, s->intro, s->nintro, 0);
	for (i = 0; i < s->nentries; i++) {
		const struct resume_entry *e = &s->entries[i];

		if (resume_entry_is_empty(e))
			continue;
		if (e->group &&
		    (prev == NULL || prev->group == NULL ||
		        strcmp(prev->group, e->group) != 0))
			group_title(t, e->group);
		if (resume_section_kind_is_keywords(s->kind)) {
			/* a blank line sets off entries that have a body */
			if (prev == NULL || e->nbody || prev->nbody)
				blank(t);
			keyword_entry(t, e);
		} else {
			blank(t);
			entry(t, s, e);
		}
		prev = e;
	}
}

/* The contact items, as many on a line as fit, with the separator only
 * between two items on one line: never dangling at a line's end. */
static void
contacts(struct txt *t, const struct resume *r)
{
	struct compose_contact *c;
	struct resume_buf line = {0}, item = {0};
	const char *sep = t->ascii ? " | " : " · ";
	size_t n, i, lw = 0, iw;

	c = compose_contacts(r, &t->links, &n);
	for (i = 0; i < n; i++) {
		resume_buf_clear(&item);
		if (c[i].label) {
			put(t, &item, c[i].label);
			put(t, &item, c[i].colon);
		}
		put(t, &item, c[i].text);
		if (c[i].note) {
			resume_buf_putc(&item, ' ');
			put_note(t, &item, c[i].note);
		}
		iw = utf8_swidth(resume_buf_str(&item));
		if (line.len && lw + 3 + iw <= t->width) {
			resume_buf_puts(&line, sep);
			resume_buf_puts(&line, resume_buf_str(&item));
			lw += 3 + iw;
			continue;
		}
		if (line.len)
			wrap(t, resume_buf_str(&line), 0, NULL);
		resume_buf_clear(&line);
		resume_buf_puts(&line, resume_buf_str(&item));
		lw = iw;
	}
	/* an item wider than the page breaks at its own spaces */
	if (line.len)
		wrap(t, resume_buf_str(&line), 0, NULL);
	free(c);
	resume_buf_free(&line);
	resume_buf_free(&item);
}

static void
header(struct txt *t, const struct resume *r)
{
	const struct resume_basics *b = &r->basics;
	size_t before;

	if (b->name) {
		struct resume_buf n = {0};

		put(t, &n, b->name);
		wrap(t, resume_buf_str(&n), 0, NULL);
		resume_buf_free(&n);
	}
	if (b->label) {
		struct resume_buf n = {0};

		put(t, &n, b->label);
		wrap(t, resume_buf_str(&n), 0, NULL);
		resume_buf_free(&n);
	}
	before = t->out.len;
	contacts(t, r);
	t->blank_due = b->name || b->label || t->out.len > before;
	blocks(t, b->summary, b->nsummary, 0);
}

static int
render_txt(const struct resume *r, const struct resume_opts *o, FILE *out,
    struct resume_result *res, struct resume_diag *diag)
{
	struct txt t = {0};
	size_t i;
	int rc = 0;

	(void)res; /* nothing to report */

	(void)diag;
	t.width = o->width ? o->width : 80;
	t.ascii = o->ascii;
	t.r = r;
	header(&t, r);
	for (i = 0; i < r->nsections; i++)
		section(&t, &r->sections[i]);
	if (render_write_text(out, resume_buf_str(&t.out), t.out.len) < 0)
		rc = -1;
	render_links_free(&t.links);
	resume_buf_free(&t.out);
	return rc;
}

const struct resume_backend backend_txt = {.name = "txt",
    .suffix = ".txt",
    .help = "plain text (the default)",
    .flags = 0,
    .render = render_txt};
