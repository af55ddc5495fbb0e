#include <stdlib.h>
#include <string.h>

#include "../core/xmalloc.h"

#include "../core/utf8.h"
#include "textwrap.h"

/* Characters a line may not start with (closing punctuation). */
static int
no_line_start(uint32_t cp)
{
	static const uint32_t cps[] = {0x3001, 0x3002, 0xff0c, 0xff0e, 0xff1a,
	    0xff1b, 0xff01, 0xff1f, 0xff09, 0x300d, 0x300f, 0x3011, 0x3009,
	    0x300b, 0x30fc, 0x2026, ')', ',', '.', ':', ';', '!', '?', 0x3015};
	size_t i;

	for (i = 0; i < sizeof(cps) / sizeof(*cps); i++)
		if (cps[i] == cp)
			return 1;
	return 0;
}

/* Characters a line may not end with (opening punctuation). */
static int
no_line_end(uint32_t cp)
{
	return cp == 0xff08 || cp == 0x300c || cp == 0x300e || cp == 0x3010 ||
	    cp == 0x3008 || cp == 0x300a || cp == 0x3014;
}

struct unit {
	size_t off, len, w;
	int space_before; /* a breakable space precedes it */
	int hard_before;  /* a forced break precedes it */
};

/* Splits s into units: words, or single CJK characters with the
 * punctuation that must stay with them. */
static size_t
units(const char *s, struct unit **out)
{
	size_t cap = 64, n = 0, i = 0, len = strlen(s), k;
	struct unit *u = NULL;
	uint32_t cp, prev = 0;
	int space = 0, hard = 0, in_word = 0;

	u = xmalloc(cap * sizeof(*u));
	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		if (cp == '\n') {
			hard = 1;
			in_word = 0;
			i += k;
			continue;
		}
		if (cp == ' ' || cp == '\t') {
			space = 1;
			in_word = 0;
			i += k;
			continue;
		}
		if (in_word && !utf8_is_cjk(cp) && !utf8_is_cjk(prev)) {
			u[n - 1].len += k;
			u[n - 1].w += (size_t)utf8_cp_width(cp);
		} else if (in_word &&
		    (no_line_start(cp) || no_line_end(prev) ||
		        utf8_cp_width(cp) == 0)) {
			u[n - 1].len += k;
			u[n - 1].w += (size_t)utf8_cp_width(cp);
		} else {
			if (n == cap) {
				cap *= 2;
				u = xrealloc(u, cap * sizeof(*u));
			}
			u[n].off = i;
			u[n].len = k;
			u[n].w = (size_t)utf8_cp_width(cp);
			u[n].space_before = space;
			u[n].hard_before = hard;
			n++;
			in_word = 1;
		}
		space = hard = 0;
		prev = cp;
		i += k;
	}
	*out = u;
	return n;
}

/* How well a URL or path reads broken at a place: after "/" best, then
 * before "?", "&" or "#", then after "-" or "_", then before "." or
 * "=" */
enum { CUT_NONE, CUT_DOT, CUT_DASH, CUT_QUERY, CUT_SLASH, CUT_KINDS };

/* Where a word too wide for the line is cut: the bytes of p[0..n) that
 * fit in room columns (*w their width), all of them when they do, else up
 * to the last place of the best kind that leaves the line at least a third
 * full, else as many as fit. */
static size_t
cut(const char *p, size_t n, size_t room, size_t *w)
{
	size_t i = 0, cw = 0, k, at[CUT_KINDS] = {0}, at_w[CUT_KINDS] = {0};
	int kind;
	uint32_t cp;

	while (i < n) {
		k = utf8_decode(p + i, n - i, &cp);
		/* a break before this character keeps what is before it */
		kind = cp == '.' || cp == '='      ? CUT_DOT
		    : cp && strchr("?&#", (int)cp) ? CUT_QUERY
		                                   : CUT_NONE;
		if (i > 0 && kind != CUT_NONE) {
			at[kind] = i;
			at_w[kind] = cw;
		}
		if (cw + (size_t)utf8_cp_width(cp) > room)
			break;
		cw += (size_t)utf8_cp_width(cp);
		i += k;
		kind = cp == '/'             ? CUT_SLASH
		    : cp == '-' || cp == '_' ? CUT_DASH
		                             : CUT_NONE;
		if (i < n && kind != CUT_NONE) {
			at[kind] = i;
			at_w[kind] = cw;
		}
	}
	if (i == n) {
		*w = cw;
		return n;
	}
	for (kind = CUT_SLASH; kind > CUT_NONE; kind--)
		if (at[kind] && at_w[kind] * 3 >= room) {
			*w = at_w[kind];
			return at[kind];
		}
	*w = cw;
	return i;
}

static void
end_line(struct resume_buf *out)
{
	while (out->len && out->data[out->len - 1] == ' ')
		out->data[--out->len] = '\0';
	resume_buf_putc(out, '\n');
}

size_t
textwrap(struct resume_buf *out, const char *s, size_t width, const char *first,
    size_t first_w, const char *indent, size_t indent_w)
{
	struct unit *u;
	size_t n = units(s, &u), i, cur, lead, w_cut = 0;
	uint32_t cp;

	resume_buf_puts(out, first);
	cur = first_w;
	lead = first_w; /* columns taken by the prefix of this line */
	for (i = 0; i < n; i++) {
		size_t gap = (cur > lead && u[i].space_before) ? 1 : 0;
		const char *p = s + u[i].off;
		size_t left = u[i].len;

		if (u[i].hard_before && cur > lead) {
			end_line(out);
			resume_buf_puts(out, indent);
			cur = lead = indent_w;
			gap = 0;
		}
		if (cur > lead && cur + gap + u[i].w > width) {
			end_line(out);
			resume_buf_puts(out, indent);
			cur = lead = indent_w;
			gap = 0;
		}
		if (gap) {
			resume_buf_putc(out, ' ');
			cur++;
		}
		/* A unit wider than the line is cut where it reads best. */
		while (left) {
			size_t k = cut(
			    p, left, width > cur ? width - cur : 0, &w_cut);

			if (k == 0 && cur > lead) {
				end_line(out);
				resume_buf_puts(out, indent);
				cur = lead = indent_w;
				continue;
			}
			if (k == 0) /* not one character fits: take one */
				k = utf8_decode(p, left, &cp),
				w_cut = (size_t)utf8_cp_width(cp);
			resume_buf_add(out, p, k);
			cur += w_cut;
			p += k;
			left -= k;
			if (left) {
				end_line(out);
				resume_buf_puts(out, indent);
				cur = lead = indent_w;
			}
		}
	}
	end_line(out);
	free(u);
	return cur;
}
