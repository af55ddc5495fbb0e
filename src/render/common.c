/* Helpers every backend shares: link and date display. */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/utf8.h"
#include "../core/xmalloc.h"
#include "compose.h"
#include "render.h"

static const char *
strip_url(const char *u, size_t *n)
{
	static const char *const pre[] = {
	    "https://", "http://", "mailto:", "tel:", NULL};
	const char *const *p;

	for (p = pre; *p; p++)
		if (strncasecmp(u, *p, strlen(*p)) == 0) {
			u += strlen(*p);
			break;
		}
	if (strncasecmp(u, "www.", 4) == 0)
		u += 4;
	*n = strlen(u);
	while (*n && u[*n - 1] == '/')
		(*n)--;
	return u;
}

/* Does the visible text already say where the link goes? */
bool
render_link_redundant(const char *text, const char *href)
{
	size_t nt, nh, i;
	const char *t = strip_url(text, &nt), *h = strip_url(href, &nh);

	if (nt != nh)
		return false;
	for (i = 0; i < nt; i++) {
		if (tolower((unsigned char)t[i]) ==
		    tolower((unsigned char)h[i]))
			continue;
		/* phone numbers: compare digits only */
		return false;
	}
	return true;
}

/* Does text show href, whole or inside it: "tinyraft (github.com/x)"? */
bool
render_link_shown(const char *text, const char *href)
{
	struct resume_buf a = {0}, b = {0};
	size_t nh;
	const char *h;
	bool r;

	if (text == NULL || href == NULL)
		return false;
	if (render_link_redundant(text, href))
		return true;
	h = strip_url(href, &nh);
	utf8_lower(&a, text, strlen(text));
	utf8_lower(&b, h, nh);
	r = nh > 3 && strstr(resume_buf_str(&a), resume_buf_str(&b)) != NULL;
	resume_buf_free(&a);
	resume_buf_free(&b);
	return r;
}

static bool
phone_same(const char *text, const char *href)
{
	const char *a = text, *b = href + 4;

	if (strncmp(href, "tel:", 4) != 0)
		return false;
	for (;;) {
		while (*a && !isdigit((unsigned char)*a))
			a++;
		while (*b && !isdigit((unsigned char)*b))
			b++;
		if (!*a || !*b)
			return !*a && !*b;
		if (*a++ != *b++)
			return false;
	}
}

const char *
render_links_note(struct render_links *l, const char *text, const char *href)
{
	size_t i;

	if (href == NULL || render_link_redundant(text, href) ||
	    phone_same(text, href))
		return NULL;
	for (i = 0; i < l->n; i++)
		if (strcmp(l->shown[i], href) == 0)
			return NULL;
	l->shown = xrealloc(l->shown, (l->n + 1) * sizeof(*l->shown));
	l->shown[l->n++] = xstrdup(href);
	return strncmp(href, "mailto:", 7) == 0 ? href + 7 : href;
}

void
render_links_free(struct render_links *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->shown[i]);
	free(l->shown);
	l->shown = NULL;
	l->n = 0;
}

size_t
render_link_run(const struct resume_text *t, size_t i)
{
	const char *href = t->spans[i].href;
	size_t j;

	for (j = i; j < t->nspans && !(t->spans[j].flags & RESUME_SPAN_BREAK) &&
	     (t->spans[j].href == href ||
	         (href && t->spans[j].href &&
	             strcmp(t->spans[j].href, href) == 0));
	     j++)
		;
	return j;
}

/* Characters a terminal acts on rather than shows, newline and tab
 * aside. */
static bool
terminal_control(uint32_t cp)
{
	return cp != '\n' && cp != '\t' && utf8_is_control(cp);
}

int
render_write_text(FILE *out, const char *s, size_t n)
{
	size_t i = 0, start = 0, k;
	uint32_t cp;

	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		if (terminal_control(cp) || (cp == 0xfffd && k == 1)) {
			if (fwrite(s + start, 1, i - start, out) != i - start)
				return -1;
			/* an invalid byte is shown as U+FFFD, a control not */
			if (cp == 0xfffd && fputs("\xef\xbf\xbd", out) == EOF)
				return -1;
			start = i + k;
		}
		i += k;
	}
	return fwrite(s + start, 1, n - start, out) == n - start ? 0 : -1;
}

int
render_name_weight(const struct resume_theme *t, const char *name)
{
	size_t i = 0, n = name ? strlen(name) : 0;
	uint32_t cp;

	if (t->weight_name >= 400)
		return t->weight_name;
	while (i < n) {
		i += utf8_decode(name + i, n - i, &cp);
		if (utf8_is_cjk(cp))
			return 400;
	}
	return t->weight_name;
}

void
render_css_string(struct resume_buf *b, const char *s, size_t n)
{
	size_t i;

	resume_buf_putc(b, '"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == ' ' || c == '-' ||
		    c == '_' || c == '.' || c >= 0x80)
			resume_buf_putc(b, c);
		else
			resume_buf_printf(b, "\\%x ", c);
	}
	resume_buf_putc(b, '"');
}

const char *
render_next_family(const char **p, size_t *n)
{
	const char *s = *p;
	size_t k;

	while (*s == ' ' || *s == ',')
		s++;
	if (*s == '\0') {
		*p = s;
		return NULL;
	}
	k = strcspn(s, ",");
	for (*n = k; *n && s[*n - 1] == ' '; (*n)--)
		;
	*p = s + k;
	return s;
}

void
render_base64(struct resume_buf *b, const unsigned char *d, size_t n)
{
	static const char tab[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char out[4096]; /* written a block at a time, not a byte */
	size_t i, o = 0;

	for (i = 0; i + 2 < n; i += 3) {
		unsigned long v = (unsigned long)d[i] << 16 |
		    (unsigned long)d[i + 1] << 8 | d[i + 2];

		out[o++] = tab[v >> 18 & 63];
		out[o++] = tab[v >> 12 & 63];
		out[o++] = tab[v >> 6 & 63];
		out[o++] = tab[v & 63];
		if (o == sizeof(out)) {
			resume_buf_add(b, out, o);
			o = 0;
		}
	}
	if (i < n) {
		unsigned long v = (unsigned long)d[i] << 16 |
		    (i + 1 < n ? (unsigned long)d[i + 1] << 8 : 0);

		out[o++] = tab[v >> 18 & 63];
		out[o++] = tab[v >> 12 & 63];
		out[o++] = i + 1 < n ? tab[v >> 6 & 63] : '=';
		out[o++] = '=';
	}
	resume_buf_add(b, out, o);
}

bool *
render_sidebar(const struct resume *r, const struct resume_theme *t, bool *any)
{
	bool *side = xcalloc(r->nsections + 1, sizeof(*side));
	size_t i, turn = render_turn(r);
	bool shows = false;

	for (i = 0; i < r->nsections; i++) {
		/* the part that reads the other way has its own pages and
		 * keeps its sections with it */
		side[i] = i < turn &&
		    resume_theme_in_sidebar(
		        t, resume_section_kind_name(r->sections[i].kind));
		shows = shows ||
		    (side[i] && !resume_section_is_empty(&r->sections[i]));
	}
	if (any)
		*any = shows;
	return side;
}

/* The direction of s by its first strong letter: 1 right to left, -1 left
 * to right, 0 none (digits, signs and spaces only). */
static int
text_dir(const char *s)
{
	size_t n = s ? strlen(s) : 0, i = 0;
	uint32_t cp;

	while (i < n) {
		i += utf8_decode(s + i, n - i, &cp);
		/* Arabic digits and signs are not strong */
		if ((cp >= 0x600 && cp <= 0x61f) ||
		    (cp >= 0x660 && cp <= 0x66d) ||
		    (cp >= 0x6f0 && cp <= 0x6f9))
			continue;
		if (utf8_is_rtl(cp))
			return 1;
		if (cp < 0x80 ? isalpha((int)cp) != 0
		              : cp >= 0xc0 && cp != 0xd7 && cp != 0xf7 &&
		            !(cp >= 0x2000 && cp <= 0x2bff) &&
		            !(cp >= 0x3000 && cp <= 0x303f) &&
		            !(cp >= 0xfe00 && cp <= 0xff20))
			return -1;
	}
	return 0;
}

size_t
render_turn(const struct resume *r)
{
	size_t i, at = r->nsections, n = 0;
	int dir = 0, before = 0;

	for (i = r->nsections; i-- > 0;) {
		const struct resume_section *s = &r->sections[i];
		int d;

		if (resume_section_is_empty(s))
			continue;
		d = text_dir(compose_section_title(s, r));
		if (d == 0)
			continue;
		if (dir == 0)
			dir = d;
		if (d != dir) {
			before = d;
			break;
		}
		at = i;
		n++;
	}
	return before != 0 && n >= 2 ? at : r->nsections;
}

double
render_widest_date(const struct resume *r,
    double (*width)(void *ctx, const char *text, const struct resume_entry *e),
    void *ctx)
{
	double w = 0;
	size_t i, j;

	for (i = 0; i < r->nsections; i++) {
		const struct resume_section *s = &r->sections[i];

		if (resume_section_kind_is_keywords(s->kind))
			continue;
		for (j = 0; j < s->nentries; j++) {
			struct compose_dates d = {0};

			compose_dates(&d, r, &s->entries[j].dates);
			if (d.shown)
				w = fmax(
				    w, width(ctx, d.shown, &s->entries[j]));
			compose_dates_free(&d);
		}
	}
	return w;
}

void
render_marks(struct resume_buf *b, const struct resume_marks *m)
{
	size_t i;
	const char *t;

	if (m->ntags == 0)
		return;
	resume_buf_puts(b, " <!-- tags: ");
	for (i = 0; i < m->ntags; i++) {
		if (i)
			resume_buf_puts(b, ", ");
		/* what would end the comment or split the list, never */
		for (t = m->tags[i]; *t; t++)
			resume_buf_putc(b,
			    strchr(",;<>", *t) || (t[0] == '-' && t[1] == '-')
			        ? '_'
			        : *t);
	}
	resume_buf_puts(b, " -->");
}
