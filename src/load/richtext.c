#include <ctype.h>
#include <string.h>

#include "../core/link.h"
#include "loader.h"

void
text_add(struct resume_arena *a, struct resume_text *t, const char *s, size_t n,
    unsigned int flags, const char *href)
{
	struct resume_span *last, *sp;
	char *joined;
	size_t ln;

	if (n == 0 && !(flags & (RESUME_SPAN_BREAK | SPAN_SOFT | SPAN_SEP)))
		return;
	last = t->nspans ? &t->spans[t->nspans - 1] : NULL;
	if (last && last->flags == flags &&
	    !(flags & (RESUME_SPAN_BREAK | SPAN_SOFT | SPAN_SEP)) &&
	    (last->href == href ||
	        (last->href && href && strcmp(last->href, href) == 0))) {
		ln = strlen(last->text);
		joined = resume_arena_alloc(a, ln + n + 1);
		memcpy(joined, last->text, ln);
		memcpy(joined + ln, s, n);
		last->text = joined;
		return;
	}
	sp = RESUME_PUSH(a, t->spans, &t->nspans);
	sp->text = resume_arena_strndup(a, s, n);
	sp->flags = flags;
	sp->href = href;
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

struct resume_text
text_slice(
    struct resume_arena *a, const struct resume_text *t, size_t from, size_t to)
{
	struct resume_text out = {0};
	struct resume_buf pl = {0};
	size_t i, off, b, e, n;

	text_plain(t, &pl);
	if (to > pl.len)
		to = pl.len;
	while (from < to && plain_blank(pl.data[from]))
		from++;
	while (to > from && plain_blank(pl.data[to - 1]))
		to--;
	resume_buf_free(&pl);
	for (i = 0, off = 0; i < t->nspans && from < to; i++) {
		const struct resume_span *sp = &t->spans[i];

		n = span_plain_len(sp);
		if (off >= to)
			break;
		if (off + n <= from) {
			off += n;
			continue;
		}
		b = from > off ? from - off : 0;
		e = to < off + n ? to - off : n;
		if (b < e && b < n) {
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

static bool
blank(const char *s)
{
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			return false;
	return true;
}

bool
text_all(const struct resume_text *t, unsigned int flags)
{
	size_t i;
	bool any = false;

	for (i = 0; i < t->nspans; i++) {
		const struct resume_span *sp = &t->spans[i];

		if (sp->flags & (SPAN_SOFT | SPAN_SEP | RESUME_SPAN_BREAK) ||
		    blank(sp->text))
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
		    blank(sp->text))
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
	while (*s == ' ' || *s == '\n' || *s == '\x1f' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s &&
	    (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\x1f' || e[-1] == '\t'))
		e--;
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
	/* Trim leading and trailing blanks. */
	while (out.nspans && !(out.spans[0].flags & RESUME_SPAN_BREAK) &&
	    blank(out.spans[0].text)) {
		out.spans++;
		out.nspans--;
	}
	while (out.nspans &&
	    (blank(out.spans[out.nspans - 1].text) ||
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
