#include <ctype.h>
#include <string.h>

#include "../core/link.h"
#include "loader.h"

void
text_add(struct resume_arena *a, struct resume_text *t, const char *s, size_t n,
    unsigned int flags, const char *href)
{
	struct resume_span *sp;

	if (n == 0 && !(flags & (RESUME_SPAN_BREAK | SPAN_SOFT | SPAN_SEP)))
		return;
	/* never joined here: joining a growing span on every add copied it
	 * each time; text_finish() joins runs once */
	sp = RESUME_PUSH(a, t->spans, &t->nspans);
	sp->text = resume_arena_strndup(a, s, n);
	sp->flags = flags;
	sp->href = href;
}

static bool
same_style(const struct resume_span *x, unsigned int flags, const char *href)
{
	return x->flags == flags &&
	    !(flags & (RESUME_SPAN_BREAK | SPAN_SOFT | SPAN_SEP)) &&
	    (x->href == href ||
	        (x->href && href && strcmp(x->href, href) == 0));
}

/* Joins each run of adjacent spans of one style into one span, in one
 * pass: every byte is copied once. */
static void
text_join(struct resume_arena *a, struct resume_text *t)
{
	size_t i, j, k, out = 0, len;
	char *s;

	for (i = 0; i < t->nspans; i = j) {
		const struct resume_span *f = &t->spans[i];

		len = strlen(f->text);
		for (j = i + 1; j < t->nspans &&
		     same_style(&t->spans[j], f->flags, f->href);
		     j++)
			len += strlen(t->spans[j].text);
		t->spans[out] = *f;
		if (j > i + 1) {
			s = resume_arena_alloc(a, len + 1);
			for (k = i, len = 0; k < j; k++) {
				size_t n = strlen(t->spans[k].text);

				memcpy(s + len, t->spans[k].text, n);
				len += n;
			}
			s[len] = '\0';
			t->spans[out].text = s;
		}
		out++;
	}
	t->nspans = out;
}

void
text_append(struct resume_arena *a, struct resume_text *t,
    const struct resume_text *src)
{
	size_t i;

	for (i = 0; i < src->nspans; i++)
		text_add(a, t, src->spans[i].text, strlen(src->spans[i].text),
		    src->spans[i].flags, src->spans[i].href);
}

void
text_plain(const struct resume_text *t, struct resume_buf *out)
{
	size_t i;

	for (i = 0; i < t->nspans; i++) {
		const struct resume_span *sp = &t->spans[i];

		if (sp->flags & SPAN_SOFT)
			resume_buf_putc(out, ' ');
		else if (sp->flags & RESUME_SPAN_BREAK)
			resume_buf_putc(out, '\n');
		else if (sp->flags & SPAN_SEP)
			resume_buf_putc(out, '\x1f');
		else
			resume_buf_puts(out, sp->text);
	}
}

static size_t
span_plain_len(const struct resume_span *sp)
{
	return (sp->flags & (SPAN_SOFT | RESUME_SPAN_BREAK | SPAN_SEP))
	    ? 1
	    : strlen(sp->text);
}

static bool
plain_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\x1f';
}

/* Moves c to the span holding plain offset x (forward or back); returns
 * the plain character there, or 0 past the end. */
static char
cursor_char(const struct resume_text *t, struct text_cursor *c, size_t x)
{
	const struct resume_span *sp;

	while (c->span > 0 && x < c->off) {
		c->span--;
		c->off -= span_plain_len(&t->spans[c->span]);
	}
	while (c->span < t->nspans &&
	    x >= c->off + span_plain_len(&t->spans[c->span])) {
		c->off += span_plain_len(&t->spans[c->span]);
		c->span++;
	}
	if (c->span >= t->nspans)
		return 0;
	sp = &t->spans[c->span];
	if (sp->flags & SPAN_SOFT)
		return ' ';
	if (sp->flags & RESUME_SPAN_BREAK)
		return '\n';
	if (sp->flags & SPAN_SEP)
		return '\x1f';
	return sp->text[x - c->off];
}

struct resume_text
text_slice_at(struct resume_arena *a, const struct resume_text *t, size_t from,
    size_t to, struct text_cursor *c)
{
	struct resume_text out = {0};
	struct text_cursor end;
	size_t i, off, b, e, n;
	char ch;

	/* trim blanks: from moves forward, to back from its own cursor */
	while (
	    from < to && (ch = cursor_char(t, c, from)) != 0 && plain_blank(ch))
		from++;
	end = *c;
	while (to > from &&
	    ((ch = cursor_char(t, &end, to - 1)) == 0 || plain_blank(ch)))
		to--;
	if (from >= to)
		return out;
	cursor_char(t, c, from);
	for (i = c->span, off = c->off; i < t->nspans && off < to; i++) {
		const struct resume_span *sp = &t->spans[i];

		n = span_plain_len(sp);
		b = from > off ? from - off : 0;
		e = to < off + n ? to - off : n;
		if (b < e) {
			if (sp->flags &
			    (SPAN_SOFT | RESUME_SPAN_BREAK | SPAN_SEP))
				text_add(a, &out, sp->text, strlen(sp->text),
				    sp->flags, sp->href);
			else
				text_add(a, &out, sp->text + b, e - b,
				    sp->flags, sp->href);
		}
		off += n;
	}
	return out;
}

struct resume_text
text_slice(
    struct resume_arena *a, const struct resume_text *t, size_t from, size_t to)
{
	struct text_cursor c = {0, 0};

	return text_slice_at(a, t, from, to, &c);
}

struct resume_text *
text_lines(struct resume_arena *a, const struct resume_text *t, size_t *nlines)
{
	struct resume_text *lines = NULL;
	size_t i;

	*nlines = 0;
	RESUME_PUSH(a, lines, nlines);
	for (i = 0; i < t->nspans; i++) {
		const struct resume_span *sp = &t->spans[i];

		if (sp->flags & (SPAN_SOFT | RESUME_SPAN_BREAK)) {
			RESUME_PUSH(a, lines, nlines);
			continue;
		}
		/* index, not a pointer: a push may move the array */
		text_add(a, &lines[*nlines - 1], sp->text, strlen(sp->text),
		    sp->flags, sp->href);
	}
	return lines;
}

bool
text_all(const struct resume_text *t, unsigned int flags)
{
	size_t i;
	bool any = false;

	for (i = 0; i < t->nspans; i++) {
		const struct resume_span *sp = &t->spans[i];

		if (sp->flags & (SPAN_SOFT | SPAN_SEP | RESUME_SPAN_BREAK) ||
		    resume_str_blank(sp->text))
			continue;
		if ((sp->flags & flags) != flags)
			return false;
		any = true;
	}
	return any;
}

const char *
text_link(const struct resume_text *t)
{
	const char *href = NULL;
	size_t i;

	for (i = 0; i < t->nspans; i++) {
		const struct resume_span *sp = &t->spans[i];

		if (sp->flags & (SPAN_SOFT | SPAN_SEP | RESUME_SPAN_BREAK) ||
		    resume_str_blank(sp->text))
			continue;
		if (sp->href == NULL || (href && strcmp(href, sp->href) != 0))
			return NULL;
		href = sp->href;
	}
	return href;
}

const char *
text_str(struct resume_arena *a, const struct resume_text *t)
{
	struct resume_buf b = {0};
	const char *s, *e, *r;

	text_plain(t, &b);
	s = resume_buf_str(&b);
	/* white space, a no-break space ("Title&nbsp;") among it */
	for (;;)
		if (*s == ' ' || *s == '\n' || *s == '\x1f' || *s == '\t')
			s++;
		else if (strncmp(s, "\xc2\xa0", 2) == 0)
			s += 2;
		else
			break;
	e = s + strlen(s);
	for (;;)
		if (e > s &&
		    (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\x1f' ||
		        e[-1] == '\t'))
			e--;
		else if (e - s >= 2 && strncmp(e - 2, "\xc2\xa0", 2) == 0)
			e -= 2;
		else
			break;
	r = e > s ? resume_arena_strndup(a, s, (size_t)(e - s)) : NULL;
	if (r)
		for (char *p = (char *)r; *p; p++)
			if (*p == '\x1f' || *p == '\n')
				*p = ' ';
	resume_buf_free(&b);
	return r;
}

void
text_finish(struct resume_arena *a, struct resume_text *t)
{
	struct resume_text out = {0};
	size_t i;

	for (i = 0; i < t->nspans; i++) {
		const struct resume_span *sp = &t->spans[i];

		if (sp->flags & SPAN_SEP)
			continue;
		if (sp->flags & SPAN_SOFT)
			text_add(a, &out, " ", 1, 0, NULL);
		else
			text_add(a, &out, sp->text, strlen(sp->text), sp->flags,
			    sp->href);
	}
	text_join(a, &out);
	/* Trim leading and trailing blanks. */
	while (out.nspans && !(out.spans[0].flags & RESUME_SPAN_BREAK) &&
	    resume_str_blank(out.spans[0].text)) {
		out.spans++;
		out.nspans--;
	}
	while (out.nspans &&
	    (resume_str_blank(out.spans[out.nspans - 1].text) ||
	        (out.spans[out.nspans - 1].flags & RESUME_SPAN_BREAK)))
		out.nspans--;
	if (out.nspans) {
		struct resume_span *f = &out.spans[0];
		struct resume_span *l = &out.spans[out.nspans - 1];
		const char *s = f->text;
		size_t n;

		while (*s == ' ' || *s == '\t')
			s++;
		f->text = s;
		n = strlen(l->text);
		while (n && (l->text[n - 1] == ' ' || l->text[n - 1] == '\t'))
			n--;
		l->text = resume_arena_strndup(a, l->text, n);
	}
	*t = out;
}

static bool
has_prefix_ci(const char *s, const char *p)
{
	return strncasecmp(s, p, strlen(p)) == 0;
}

bool
text_looks_email(const char *s)
{
	const char *at = strchr(s, '@'), *p;

	if (at == NULL || at == s || strchr(at + 1, '@') || !strchr(at, '.'))
		return false;
	for (p = s; *p; p++)
		if (isspace((unsigned char)*p) || *p == '/' || *p == ':' ||
		    *p == '(')
			return false;
	return true;
}

/* Returns prefix + url in the arena, the scheme lowercased and each
 * space written %20, when the result is an allowed link; else NULL. */
static const char *
allowed_copy(struct resume_arena *a, const char *prefix, const char *url)
{
	struct resume_buf b = {0};
	const char *p, *r = NULL;
	size_t n;

	resume_buf_puts(&b, prefix);
	for (p = url; *p; p++)
		if (*p == ' ')
			resume_buf_puts(&b, "%20");
		else
			resume_buf_putc(&b, *p);
	n = link_scheme_len(resume_buf_str(&b));
	if (n) {
		for (size_t i = 0; i < n; i++)
			if (b.data[i] >= 'A' && b.data[i] <= 'Z')
				b.data[i] += 32;
		r = resume_arena_strndup(a, b.data, b.len);
	}
	resume_buf_free(&b);
	return r;
}

const char *
link_target(struct resume_arena *a, const char *url)
{
	size_t n;

	while (*url == ' ')
		url++;
	n = strlen(url);
	while (n && url[n - 1] == ' ')
		n--;
	if (n == 0 || *url == '#')
		return NULL;
	url = resume_arena_strndup(a, url, n);
	if (has_prefix_ci(url, "http:") || has_prefix_ci(url, "https:") ||
	    has_prefix_ci(url, "mailto:") || has_prefix_ci(url, "tel:"))
		return allowed_copy(a, "", url);
	if (text_looks_email(url))
		return allowed_copy(a, "mailto:", url);
	if (has_prefix_ci(url, "www.") && !strchr(url, ' '))
		return allowed_copy(a, "https://", url);
	return NULL;
}
