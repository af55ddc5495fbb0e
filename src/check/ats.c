/* resume check --ats: the PDF's text as poppler reads it (what most
 * applicant-tracking systems run on), word by word against the --txt
 * render of the same résumé. */
#include "ats.h"

#include <glib.h>
#include <math.h>
#include <poppler.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/utf8.h"
#include "resume/buf.h"
#include "resume/resume.h"

/* The version the module was built as: the loader refuses another. */
const char resume_module_version[] = RESUME_VERSION;

/* A word further than this from where the text leads the reading is out of
 * order; a date further than this from its entry's title is far. */
#define WINDOW   40
#define DATE_FAR 25
/* A word read up to this many words before where the reading stands is
 * near enough: a date column's date, read before its head. */
#define BEHIND 12
/* At most this many findings of one kind: past them it only counts. */
#define MAX_EACH 8

struct words {
	GPtrArray *w;   /* normalized words, owned */
	GHashTable *at; /* word -> GArray of its positions, ascending */
};

static bool
is_punct(uint32_t cp)
{
	return (cp < 0x80 && !((cp | 32) >= 'a' && (cp | 32) <= 'z') &&
	           !(cp >= '0' && cp <= '9')) ||
	    (cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x2190 && cp <= 0x2bff) ||
	    (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff01 && cp <= 0xff0f) ||
	    (cp >= 0xff1a && cp <= 0xff20) || cp == 0xb7 || cp == 0xa0;
}

/* The word s[0..n) without the punctuation around it, lowercased; NULL
 * when nothing is left. */
static char *
normalize(const char *s, size_t n)
{
	size_t a = 0, b = n, k;
	uint32_t cp;
	char *low, *norm;

	while (a < b) {
		k = utf8_decode(s + a, b - a, &cp);
		if (!is_punct(cp))
			break;
		a += k;
	}
	while (b > a) {
		size_t j = b - 1;

		while (j > a && ((unsigned char)s[j] & 0xc0) == 0x80)
			j--;
		utf8_decode(s + j, b - j, &cp);
		if (!is_punct(cp))
			break;
		b = j;
	}
	if (a == b)
		return NULL;
	/* compatibility forms (a ligature, a full-width letter) as the letters
	 * they stand for: the ligature has a finding of its own */
	norm = g_utf8_normalize(s + a, (gssize)(b - a), G_NORMALIZE_NFKC);
	if (!norm)
		return NULL;
	low = g_utf8_strdown(norm, -1);
	g_free(norm);
	return low;
}

static void
positions_free(gpointer p)
{
	g_array_free(p, TRUE);
}

/* White space, and the CJK punctuation that stands between words as a
 * space does ("React、TypeScript") */
static bool
is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' ||
	    cp == '\f' || cp == 0xa0 || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xff01 && cp <= 0xff0f) || (cp >= 0xff1a && cp <= 0xff20);
}

/* Splits text at white space into normalized words, each CJK letter one
 * word. */
static void
words_of(struct words *w, const char *text, size_t len)
{
	size_t i = 0, start;
	uint32_t cp;

	w->w = g_ptr_array_new_with_free_func(g_free);
	w->at = g_hash_table_new_full(
	    g_str_hash, g_str_equal, NULL, positions_free);
	while (i < len) {
		size_t k;

		while (i < len) {
			k = utf8_decode(text + i, len - i, &cp);
			if (!is_space(cp))
				break;
			i += k;
		}
		start = i;
		while (i < len) {
			k = utf8_decode(text + i, len - i, &cp);
			if (is_space(cp) || (utf8_is_cjk(cp) && i > start))
				break;
			i += k;
			if (utf8_is_cjk(cp))
				break; /* a CJK letter is a word of its own: no
				        * spaces between words, a line may break
				        * anywhere */
		}
		if (i > start) {
			char *n = normalize(text + start, i - start);
			GArray *pos;
			guint at;

			if (n == NULL)
				continue;
			at = w->w->len;
			g_ptr_array_add(w->w, n);
			pos = g_hash_table_lookup(w->at, n);
			if (pos == NULL) {
				pos = g_array_new(FALSE, FALSE, sizeof(guint));
				g_hash_table_insert(w->at, n, pos);
			}
			g_array_append_val(pos, at);
		}
	}
}

static void
words_free(struct words *w)
{
	g_hash_table_destroy(w->at);
	g_ptr_array_free(w->w, TRUE);
}

static const char *
word(const struct words *w, guint i)
{
	return g_ptr_array_index(w->w, i);
}

/* The first position of s in w at or after from; G_MAXUINT when none. */
static guint
next_at(const struct words *w, const char *s, guint from)
{
	GArray *pos = g_hash_table_lookup(w->at, s);
	guint lo = 0, hi;

	if (pos == NULL)
		return G_MAXUINT;
	hi = pos->len;
	while (lo < hi) {
		guint mid = (lo + hi) / 2;

		if (g_array_index(pos, guint, mid) < from)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < pos->len ? g_array_index(pos, guint, lo) : G_MAXUINT;
}

struct ats {
	const struct resume *r;
	struct resume_diag *diag;
	unsigned int counts[6];
};

enum kind { K_MISSING, K_ORDER, K_GLUED, K_SPLIT, K_LIGATURE, K_DATE };
static const char *const codes[] = {"ats-missing", "ats-order", "ats-glued",
    "ats-split", "ats-ligature", "ats-date-far"};

/* One finding of kind k, at pos (NULL: the file), up to MAX_EACH of a
 * kind. */
static void say(struct ats *a, enum kind k, const struct resume_pos *pos,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
say(struct ats *a, enum kind k, const struct resume_pos *pos, const char *fmt,
    ...)
{
	char msg[1024];
	va_list ap;

	if (++a->counts[k] > MAX_EACH)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	resume_diag_add_code(a->diag, RESUME_WARNING, a->r->file,
	    pos ? pos->line : 0, pos ? pos->col : 0, pos ? pos->pointer : NULL,
	    codes[k], "%s", msg);
}

/* Up to n words of w from i, joined by spaces, into b. */
static const char *
phrase(struct resume_buf *b, const struct words *w, guint i, guint n)
{
	guint k;

	resume_buf_clear(b);
	for (k = i; k < w->w->len && k < i + n; k++) {
		if (k > i)
			resume_buf_putc(b, ' ');
		resume_buf_puts(b, word(w, k));
	}
	return resume_buf_str(b);
}

/* Walks the text's words through the PDF's in order: each found within
 * WINDOW words of where the reading stands moves it on, one found no
 * more than BEHIND words before it leaves it; one found only elsewhere
 * is out of order; one not found is glued to its neighbour,
 * split in two, or missing. */
static void
compare(struct ats *a, const struct words *t, const struct words *p)
{
	struct resume_buf b1 = {0}, b2 = {0};
	guint i, cur = 0, run = 0, run_at = 0;

	for (i = 0; i <= t->w->len; i++) {
		const char *s = i < t->w->len ? word(t, i) : NULL;
		guint at = s ? next_at(p, s, cur) : G_MAXUINT;
		bool order = false;

		if (s && at != G_MAXUINT && at - cur <= WINDOW) {
			cur = at + 1;
		} else if (s && cur > 0 &&
		    next_at(p, s, cur > BEHIND ? cur - BEHIND : 0) < cur) {
			/* just behind: the reading stands where it was */
		} else if (s && next_at(p, s, 0) != G_MAXUINT) {
			order = true;
		} else if (s) {
			/* glued: this word and the next read as one */
			char *two = i + 1 < t->w->len
			    ? g_strconcat(s, word(t, i + 1), NULL)
			    : NULL;
			guint g = two
			    ? next_at(p, two, cur > WINDOW ? cur - WINDOW : 0)
			    : G_MAXUINT;
			guint k;
			bool split = false;

			if (g != G_MAXUINT) {
				say(a, K_GLUED, NULL,
				    "'%s' and '%s' are read as one word, '%s'",
				    s, word(t, i + 1), two);
				cur = g + 1;
				i++;
				g_free(two);
				goto next;
			}
			g_free(two);
			/* split: two words of the PDF that make this one
			 * (a hyphen at a line's end, a gap in a word) */
			for (k = cur > WINDOW ? cur - WINDOW : 0;
			     k + 1 < p->w->len && k < cur + WINDOW; k++) {
				size_t l1 = strlen(word(p, k));

				if (strncmp(s, word(p, k), l1) == 0 &&
				    strcmp(s + l1, word(p, k + 1)) == 0) {
					split = true;
					break;
				}
			}
			if (split) {
				say(a, K_SPLIT, NULL,
				    "'%s' is read as two words, '%s' and '%s'",
				    s, word(p, k), word(p, k + 1));
				cur = k + 2;
			} else {
				say(a, K_MISSING, NULL,
				    "'%s' (in '%s') is not in the PDF's text",
				    s, phrase(&b1, t, i > 2 ? i - 2 : 0, 5));
			}
		}
	next:
		/* a run of words read elsewhere: one finding */
		if (order) {
			if (run++ == 0)
				run_at = i;
		} else if (run) {
			say(a, K_ORDER, NULL,
			    "'%s' is read out of order, away from '%s'",
			    phrase(&b1, t, run_at, run < 8 ? run : 8),
			    phrase(&b2, t, run_at > 3 ? run_at - 3 : 0,
			        run_at > 3 ? 3 : run_at));
			run = 0;
		}
	}
	resume_buf_free(&b1);
	resume_buf_free(&b2);
}

static void
ligatures(struct ats *a, const char *text, size_t len)
{
	bool seen[7] = {false};
	size_t i = 0;
	uint32_t cp;

	while (i < len) {
		i += utf8_decode(text + i, len - i, &cp);
		if (cp >= 0xfb00 && cp <= 0xfb06 && !seen[cp - 0xfb00]) {
			char enc[8];

			seen[cp - 0xfb00] = true;
			enc[utf8_encode(cp, enc)] = '\0';
			say(a, K_LIGATURE, NULL,
			    "the PDF's text has the ligature U+%04X '%s': a "
			    "search for the letters it joins misses the word",
			    (unsigned)cp, enc);
		}
	}
}

/* The first normalized word of s, or NULL. */
static char *
first_word(const char *s)
{
	size_t n;

	if (s == NULL)
		return NULL;
	while (*s == ' ')
		s++;
	n = strcspn(s, " \t\n");
	while (n) {
		char *w = normalize(s, n);

		if (w)
			return w;
		s += n;
		while (*s == ' ')
			s++;
		n = strcspn(s, " \t\n");
	}
	return NULL;
}

/* Each dated entry: its dates read near its title. */
static void
dates_near(struct ats *a, const struct words *p)
{
	const struct resume *r = a->r;
	size_t i, j;

	for (i = 0; i < r->nsections; i++)
		for (j = 0; j < r->sections[i].nentries; j++) {
			const struct resume_entry *e =
			    &r->sections[i].entries[j];
			const char *head = e->title ? e->title : e->org;
			char *tw, *dw;
			GArray *tp, *dp;
			guint best = G_MAXUINT, x, y;

			if (e->dates.text == NULL || head == NULL)
				continue;
			tw = first_word(head);
			dw = first_word(e->dates.text);
			tp = tw ? g_hash_table_lookup(p->at, tw) : NULL;
			dp = dw ? g_hash_table_lookup(p->at, dw) : NULL;
			/* the nearest pair of the two words' places, both
			 * lists ascending: one merge */
			for (x = 0, y = 0;
			     tp && dp && x < tp->len && y < dp->len;) {
				guint u = g_array_index(tp, guint, x);
				guint v = g_array_index(dp, guint, y);
				guint d = u > v ? u - v : v - u;

				if (d < best)
					best = d;
				if (u < v)
					x++;
				else
					y++;
			}
			if (tp && dp && best > DATE_FAR)
				say(a, K_DATE, &e->pos,
				    "'%s' is read %u words away from '%s': a "
				    "system may give the dates to another "
				    "entry",
				    e->dates.text, best, head);
			g_free(tw);
			g_free(dw);
		}
}

/* The page's text as poppler reads it, in pdftotext's order, into b.
 * poppler_page_get_text() runs two blocks together where one ends and
 * the next begins ("Google" then "Jan 2012" as "GoogleJan"), which
 * pdftotext does not: a gap or a change of line between two characters,
 * from their boxes, is a space. */
static void
page_text(struct resume_buf *b, PopplerPage *pg)
{
	char *s = poppler_page_get_text(pg);
	PopplerRectangle *r = NULL;
	guint n = 0, k = 0;
	const char *c;

	if (s == NULL)
		return;
	if (!poppler_page_get_text_layout(pg, &r, &n))
		n = 0;
	for (c = s; *c; c = g_utf8_next_char(c), k++) {
		const char *next = g_utf8_next_char(c);

		resume_buf_add(b, c, (size_t)(next - c));
		if (*next && k + 1 < n &&
		    !g_unichar_isspace(g_utf8_get_char(c)) &&
		    !g_unichar_isspace(g_utf8_get_char(next))) {
			const PopplerRectangle *a = &r[k], *z = &r[k + 1];
			double h = a->y2 - a->y1;
			double gap = MAX(z->x1 - a->x2, a->x1 - z->x2);

			if (fabs(z->y1 - a->y1) > h / 2 || gap > h / 4)
				resume_buf_putc(b, ' ');
		}
	}
	resume_buf_putc(b, '\n');
	g_free(r);
	g_free(s);
}

int
resume_ats_check(const char *pdf, size_t len, const char *txt, size_t txtlen,
    const struct resume *r, struct resume_diag *diag)
{
	struct ats a = {r, diag, {0}};
	GBytes *bytes = g_bytes_new(pdf, len);
	GError *err = NULL;
	PopplerDocument *doc = poppler_document_new_from_bytes(
	    bytes, NULL, &err);
	struct resume_buf text = {0};
	struct words t, p;
	int i, n;
	size_t k;

	g_bytes_unref(bytes);
	if (doc == NULL) {
		resume_diag_add(diag, RESUME_ERROR, r->file, 0, 0,
		    "poppler cannot read the PDF: %s",
		    err ? err->message : "unknown error");
		g_clear_error(&err);
		return -1;
	}
	n = poppler_document_get_n_pages(doc);
	for (i = 0; i < n; i++) {
		PopplerPage *pg = poppler_document_get_page(doc, i);

		if (pg) {
			page_text(&text, pg);
			g_object_unref(pg);
		}
	}
	g_object_unref(doc);
	words_of(&t, txt, txtlen);
	words_of(&p, text.data ? text.data : "", text.len);
	compare(&a, &t, &p);
	ligatures(&a, text.data ? text.data : "", text.len);
	dates_near(&a, &p);
	for (k = 0; k < sizeof(a.counts) / sizeof(*a.counts); k++)
		if (a.counts[k] > MAX_EACH)
			resume_diag_add_code(diag, RESUME_WARNING, r->file, 0,
			    0, NULL, codes[k], "and %u more like these",
			    a.counts[k] - MAX_EACH);
	words_free(&t);
	words_free(&p);
	resume_buf_free(&text);
	return 0;
}
