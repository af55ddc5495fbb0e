/*
 * PDF backend: a typeset résumé through pango and cairo.
 *
 * The model is laid out into pango layouts ("boxes"), one per paragraph,
 * head or item; every line of every box becomes a flow line with its
 * height and keep-with-next flag.  Pagination breaks between lines (never
 * after a heading, never leaving one line of a paragraph alone), then each
 * page is drawn line by line with pango_cairo_show_layout_line(), with link
 * rectangles, one outline entry per section and the document's metadata.
 *
 * This file is built as a module (resume-pdf.so) that the resume command
 * loads only when a PDF is asked for.
 */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <hb.h>

#include "../core/link.h"
#include "../core/lang.h"
#include "../core/utf8.h"
#include "../core/xmalloc.h"
#include "cffwalk.h"
#include "compose.h"
#include "pdfdoc.h"
#include "render.h"
#include "resume/backend.h"
#include "resume/buf.h"
#include "resume/resume.h"
#include "resume/theme.h"

#define PT(x) ((double)(x) / PANGO_SCALE)

/* Contact icons: Font Awesome 4 (Debian's fonts-font-awesome), its glyph
 * this part of the line's em */
#define ICON_FONT  "FontAwesome"
#define ICON_SCALE 0.85

/* A link inside a box: byte range of the layout text and its target. */
struct link {
	int start, end;
	const char *href;
};

/* A laid-out piece of text.  A long text is laid out in pieces of at most
 * PIECE_MAX bytes, chained by next: pango's line breaking is quadratic in
 * the length of one layout. */
struct box {
	PangoLayout *layout;
	struct resume_color color;
	struct link *links;
	size_t nlinks;
	double line_h;    /* the font's line height, its line gap included */
	double asc;       /* the font's ascent */
	double lh;        /* a line's advance: its height (at least line_h)
	                   * times this */
	int wrap;         /* the width it was made for, in pango units, when
	                   * its layout has none (it fits: fits_unwrapped) */
	struct box *next; /* the text's next piece, or NULL */
};

enum { PIECE_MAX = 4096 };

enum side {
	SIDE_NONE,
	SIDE_RIGHT,  /* flush right on the line (dates) */
	SIDE_LEFT,   /* flush left (dates of a right-to-left head) */
	SIDE_MARKER, /* at side_x (bullets, table cells) */
	SIDE_COLUMN, /* flush right in the date column left of the text */
};

/* One line of the flow. */
struct fline {
	struct box *box;
	double col_x, col_w; /* its column: left from the left margin, width */
	double datecol;      /* the date column left of it (0: none) */
	double lift;         /* drawn this far above its place (a split
	                      * header's contacts, beside the name) */
	PangoLayoutLine *pline; /* the line in the box's layout */
	double x;               /* left of the box, from the left margin */
	double line_x;          /* the line's offset inside the box */
	double height;          /* advance to the next line */
	double baseline;        /* from the top of the line */
	double space_before;    /* dropped at the top of a page */
	bool keep;              /* keep with the next line */
	bool page_first;        /* begins a page: the part of the document
	                         * that reads the other way (render_turn()) */
	struct box *side;
	enum side side_kind;
	double side_x;
	struct box **row; /* a table row: its cells, drawn whole side by
	                   * side (box is the first); NULL otherwise */
	double *row_x;    /* each cell's left, from the left margin */
	size_t nrow;
	bool row_head;       /* a table's head row: its cells are TH */
	bool lbl;            /* side is a list item's marker: tagged Lbl, and
	                      * the item's LBody begins after it */
	bool rule;           /* a section title: rule after its text */
	const char *outline; /* a section title: outline entry */
	const struct resume_pos *head; /* a section title: where it was
	                                * written */
	double rule_y;                 /* rule position below the baseline */
};

struct pdf {
	const struct resume *r;
	const struct resume_theme *th;
	struct resume_diag *diag;
	PangoContext *ctx;
	double page_w, page_h, width; /* width: of the text block */
	struct box **boxes;
	size_t nboxes;
	struct fline *lines;
	size_t nlines, cap;
	double pending;     /* space before the next line */
	double flow;        /* the height of the lines laid out so far */
	double max_flow;    /* past it the document is too long: no more boxes
	                     * are laid out */
	struct box *spare;  /* the empty box that stands for them */
	bool colour;        /* some text is emoji: colour glyphs */
	bool own_fonts;     /* the font map holds the theme's fonts alone */
	struct tagev *tags; /* the structure, in reading order */
	size_t ntags, captags;
	unsigned int lists[RESUME_MAX_NESTING + 2]; /* open list levels + 1 */
	size_t nlists;
	struct render_links links;
	uint32_t warned[64];
	size_t nwarned;
	struct cff_face *cffs; /* the CFF faces met so far */
	size_t ncffs;
	struct {
		PangoFontDescription *fd;
		double h, asc;
	} * heights; /* line heights by font description */
	size_t nheights;
	/* resume check: each entry's lines, for the layout findings */
	struct ent {
		const struct resume_entry *e;
		size_t first, last;
	} * ents;
	size_t nents;
	/* the column being laid out: its left from the left margin, and the
	 * date column left of it (p->width is its width) */
	double col_x, datecol;
	double widest_date; /* the widest entry date, measured once; < 0:
	                     * not yet */
	/* the sidebar's lines [side_first, side_end) and its panel */
	size_t side_first, side_end;
	size_t side_top; /* the main column's first line (the sidebar's top
	                  * is level with it) */
	double side_x, side_w;
	bool icons; /* contact icons: the theme wants them and the icon
	             * font is installed */
	struct resume_theme paper_th; /* the theme laid out, its margins
	                               * widened to its width_max */
	/* the photo, beside the header's first line (photo_line) */
	struct render_photo photo;
	bool has_photo;
	bool raster; /* drawn into an image: the photo's pixels */
	size_t photo_line;
	render_photo_pixels_fn *photo_pixels;
};

/* A face the text uses, with its CFF table when it has one (cff NULL:
 * none, or not one cairo would subset). */
struct cff_face {
	hb_face_t *face;
	hb_blob_t *blob;
	struct cff_font *cff;
};

/* A structure element begins or ends before the flow's line `line` (or
 * after the last one): tagged PDF in reading order. */
struct tagev {
	size_t line;
	const char *tag; /* "H1", "P", "L"...: cairo's structure tags */
	bool open;
	struct box *draw;    /* not a tag: this box is drawn here, in the margin
	                      * column beside the line (a section title) */
	const char *outline; /* the drawn title's outline entry */
	bool photo;          /* not a tag: the photo is drawn here, a Figure */
};

static void
tag_event(struct pdf *p, const char *tag, bool open)
{
	if (p->ntags == p->captags) {
		p->captags = p->captags ? 2 * p->captags : 64;
		p->tags = xrealloc(p->tags, p->captags * sizeof(*p->tags));
	}
	p->tags[p->ntags].line = p->nlines;
	p->tags[p->ntags].tag = tag;
	p->tags[p->ntags].draw = NULL;
	p->tags[p->ntags].outline = NULL;
	p->tags[p->ntags].photo = false;
	p->tags[p->ntags++].open = open;
}

static void
tag_open(struct pdf *p, const char *tag)
{
	tag_event(p, tag, true);
}

static void
tag_close(struct pdf *p, const char *tag)
{
	tag_event(p, tag, false);
}

/* --- rich text into pango --- */

struct rich {
	struct resume_buf text;
	PangoAttrList *attrs;
	struct link *links;
	size_t nlinks;
	int nobreak_from; /* start of a range kept on one line, or -1 */
	bool code;        /* a code block: broken anywhere, as it must */
};

static void
rich_init(struct rich *b)
{
	memset(b, 0, sizeof(*b));
	b->attrs = pango_attr_list_new();
	b->nobreak_from = -1;
}

static void
attr(struct rich *b, PangoAttribute *a, size_t start, size_t end)
{
	a->start_index = (guint)start;
	a->end_index = (guint)end;
	pango_attr_list_insert(b->attrs, a);
}

static PangoAttribute *
color_attr(const struct resume_color *c)
{
	return pango_attr_foreground_new((guint16)lround(c->r * 65535),
	    (guint16)lround(c->g * 65535), (guint16)lround(c->b * 65535));
}

enum style {
	ST_BOLD = 1 << 0,
	ST_ITALIC = 1 << 1,
	ST_CODE = 1 << 2,
	ST_STRIKE = 1 << 3,
	ST_MUTED = 1 << 4,
	ST_ACCENT = 1 << 5,
	ST_SMALL = 1 << 6,
	ST_TITLE = 1 << 7, /* the theme's entry-title weight */
};

/* Each line a link runs over gets its own annotation holding the whole
 * target, so a target longer than this (no browser takes one) is shown
 * as text but makes no link: a 100,000-byte URL would otherwise write
 * its target once per line, quadratic in its length. */
enum { MAX_HREF = 4096 };

/* Italic over [start, end) but for its CJK runs, which stay upright: CJK
 * faces have no italic, and a slanted copy of the upright one is not a
 * CJK way to set emphasis (the HTML's font-synthesis says the same). */
static void
italic(struct rich *b, size_t start, size_t end)
{
	const char *t = resume_buf_str(&b->text);
	size_t i = start, from = start;
	bool cjk = false;

	while (i < end) {
		uint32_t cp;
		size_t k = utf8_decode(t + i, end - i, &cp);
		bool c = utf8_is_cjk(cp);

		if (c != cjk) {
			if (!cjk && i > from)
				attr(b,
				    pango_attr_style_new(PANGO_STYLE_ITALIC),
				    from, i);
			from = i;
			cjk = c;
		}
		i += k;
	}
	if (!cjk && end > from)
		attr(b, pango_attr_style_new(PANGO_STYLE_ITALIC), from, end);
}

/* Appends s in a style, as a link to href when href is not NULL. */
static void
rich_add(struct pdf *p, struct rich *b, const char *s, unsigned int st,
    const char *href)
{
	size_t start = b->text.len, end;

	if (href && strlen(href) > MAX_HREF)
		href = NULL;

	utf8_add_clean(&b->text, s, strlen(s));
	end = b->text.len;
	if (end == start)
		return;
	if (st & ST_BOLD)
		attr(b, pango_attr_weight_new(PANGO_WEIGHT_BOLD), start, end);
	if (st & ST_TITLE)
		attr(b, pango_attr_weight_new((PangoWeight)p->th->weight_title),
		    start, end);
	if (st & ST_ITALIC)
		italic(b, start, end);
	if (st & ST_CODE) {
		attr(b, pango_attr_family_new(p->th->font_mono), start, end);
		attr(b,
		    pango_attr_scale_new(p->th->size_mono / p->th->size_body),
		    start, end);
	}
	if (st & ST_STRIKE)
		attr(b, pango_attr_strikethrough_new(TRUE), start, end);
	if (st & ST_MUTED)
		attr(b, color_attr(&p->th->muted), start, end);
	if (st & ST_ACCENT)
		attr(b, color_attr(&p->th->accent), start, end);
	if (st & ST_SMALL)
		attr(b,
		    pango_attr_scale_new(p->th->size_small / p->th->size_body),
		    start, end);
	if (href) {
		attr(b, color_attr(&p->th->link), start, end);
		b->links = xrealloc(
		    b->links, (b->nlinks + 1) * sizeof(*b->links));
		b->links[b->nlinks].start = (int)start;
		b->links[b->nlinks].end = (int)end;
		b->links[b->nlinks].href = href;
		b->nlinks++;
	}
}

/* Keeps what is added between nobreak_begin and nobreak_end on one line
 * (a contact item). */
static void
nobreak_begin(struct rich *b)
{
	b->nobreak_from = (int)b->text.len;
}

static void
nobreak_end(struct rich *b)
{
	if (b->nobreak_from >= 0 && b->text.len - (size_t)b->nobreak_from <= 80)
		attr(b, pango_attr_allow_breaks_new(FALSE),
		    (size_t)b->nobreak_from, b->text.len);
	b->nobreak_from = -1;
}

/* pango shapes the rest of a text item again for each line it breaks
 * off, so one 50,000-character word took seconds (quadratic).  A token
 * longer than LONG_TOKEN bytes is cut into items of about LONG_TOKEN / 2
 * bytes by a zero letter-spacing attribute on every other piece: it
 * changes nothing on the page, but pango starts a new item where an
 * attribute range starts.  Linear again: 50,000 characters in 60 ms. */
enum { LONG_TOKEN = 128 };

static void
split_items(struct rich *b, size_t start, size_t end)
{
	const char *s = resume_buf_str(&b->text);
	size_t i = start, from = start;
	bool odd = false;

	while (i < end) {
		uint32_t cp;

		i += utf8_decode(s + i, end - i, &cp);
		if (i - from >= LONG_TOKEN / 2 || i == end) {
			if (odd)
				attr(b, pango_attr_letter_spacing_new(0), from,
				    i);
			odd = !odd;
			from = i;
		}
	}
}

/* Lines break only at spaces (and between CJK characters): "C++",
 * "C/C++", e-mail addresses and short URLs stay whole; a token longer
 * than a line may still break. */

/* The last two words of a paragraph stay on one line, so that its last
 * line is never one short word alone while the line above could give one
 * up; not when they are long together (a URL), which must still break. */
static void
keep_last_words(struct rich *b)
{
	const char *s = resume_buf_str(&b->text);
	size_t n = b->text.len, end = n, last, prev;

	if (b->code)
		return;
	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\n'))
		end--;
	for (last = end; last > 0 && s[last - 1] != ' ' && s[last - 1] != '\n';
	     last--)
		;
	if (last == 0 || s[last - 1] != ' ')
		return;
	for (prev = last - 1; prev > 0 && s[prev - 1] == ' '; prev--)
		;
	while (prev > 0 && s[prev - 1] != ' ' && s[prev - 1] != '\n')
		prev--;
	if (prev == last - 1 || end - prev > 32)
		return;
	attr(b, pango_attr_allow_breaks_new(FALSE), prev, end);
}

static void
protect_tokens(struct rich *b)
{
	const char *s = resume_buf_str(&b->text);
	size_t i = 0, start = 0, n = b->text.len, k;
	uint32_t cp;
	bool in = false, mixed = false;

	while (i <= n) {
		bool word = false;

		k = 1;
		if (i < n) {
			k = utf8_decode(s + i, n - i, &cp);
			word = cp != ' ' && cp != '\t' && cp != '\n' &&
			    cp != 0x2028 && cp != 0xa0 && !utf8_is_cjk(cp);
		}
		if (word && !in) {
			start = i;
			in = true;
			mixed = false;
		}
		/* letters and digits alone never break (UAX #14), so only a
		 * token with something else in it needs the attribute: pango
		 * walks the text from its start for each one, which made a
		 * long paragraph quadratic */
		if (word && !g_unichar_isalnum(cp))
			mixed = true;
		if (!word && in) {
			in = false;
			if (i - start > 1 && i - start <= 48 && mixed &&
			    !b->code)
				attr(b, pango_attr_allow_breaks_new(FALSE),
				    start, i);
			else if (i - start > LONG_TOKEN)
				split_items(b, start, i);
		}
		i += k;
	}
	keep_last_words(b);
}

/* Appends model rich text; links the text does not show get a note. */
static void
rich_text(
    struct pdf *p, struct rich *b, const struct resume_text *t, unsigned int st)
{
	struct resume_buf run = {0};
	size_t i, j, end;

	for (i = 0; i < t->nspans; i = j) {
		const struct resume_span *sp = &t->spans[i];
		unsigned int f = st;
		const char *note;

		if (sp->flags & RESUME_SPAN_BREAK) {
			resume_buf_puts(&b->text, "\xe2\x80\xa8"); /* U+2028 */
			j = i + 1;
			continue;
		}
		/* one span at a time, but link notes after the whole link */
		resume_buf_clear(&run);
		for (j = i, end = render_link_run(t, i); j < end; j++) {
			const struct resume_span *x = &t->spans[j];

			f = st;
			if (x->flags & RESUME_SPAN_BOLD)
				f |= ST_BOLD;
			if (x->flags & RESUME_SPAN_ITALIC)
				f |= ST_ITALIC;
			if (x->flags & RESUME_SPAN_CODE)
				f |= ST_CODE;
			if (x->flags & RESUME_SPAN_STRIKE)
				f |= ST_STRIKE;
			rich_add(p, b, x->text, f, x->href);
			resume_buf_puts(&run, x->text);
		}
		note = render_links_note(
		    &p->links, resume_buf_str(&run), sp->href);
		if (note) {
			rich_add(p, b, " ", st, NULL);
			rich_add(p, b, note, st | ST_SMALL, sp->href);
		}
	}
	resume_buf_free(&run);
}

/* --- boxes and the flow --- */

/* Warns once per code point (at most 64) about what the PDF cannot show. */
static void
warn_glyph(
    struct pdf *p, uint32_t wc, const struct resume_pos *pos, const char *font)
{
	char enc[8];
	size_t k;

	for (k = 0; k < p->nwarned; k++)
		if (p->warned[k] == wc)
			return;
	if (p->nwarned == 64)
		return;
	p->warned[p->nwarned++] = wc;
	enc[utf8_encode(wc, enc)] = '\0';
	if (font)
		resume_diag_add_code(p->diag, RESUME_WARNING, p->r->file,
		    pos ? pos->line : 0, pos ? pos->col : 0,
		    pos ? pos->pointer : NULL, "missing-glyph",
		    "U+%04X '%s' is drawn incomplete: cairo cannot embed it "
		    "from %s, and no other installed font has it (Debian: "
		    "fonts-droid-fallback)",
		    (unsigned)wc, enc, font);
	else
		resume_diag_add_code(p->diag, RESUME_WARNING, p->r->file,
		    pos ? pos->line : 0, pos ? pos->col : 0,
		    pos ? pos->pointer : NULL, "missing-glyph",
		    "no installed font has U+%04X '%s' (tried %s, then every "
		    "font fontconfig knows); it shows as a box",
		    (unsigned)wc, enc, p->th->font_body);
}

/* The CFF table of font's face, read once per face; NULL when it has
 * none. */
static struct cff_font *
font_cff(struct pdf *p, PangoFont *font)
{
	hb_font_t *hf = font ? pango_font_get_hb_font(font) : NULL;
	hb_face_t *face = hf ? hb_font_get_face(hf) : NULL;
	struct cff_face *c;
	const char *data;
	unsigned int len;
	size_t i;

	if (!face)
		return NULL;
	for (i = 0; i < p->ncffs; i++)
		if (p->cffs[i].face == face)
			return p->cffs[i].cff;
	p->cffs = xrealloc(p->cffs, (p->ncffs + 1) * sizeof(*p->cffs));
	c = &p->cffs[p->ncffs++];
	c->face = hb_face_reference(face);
	c->blob = hb_face_reference_table(face, HB_TAG('C', 'F', 'F', ' '));
	data = hb_blob_get_data(c->blob, &len);
	c->cff = cff_font_new((const unsigned char *)data, len);
	return c->cff;
}

/* Families with the CJK characters of Noto Sans CJK in TrueType outlines,
 * which cairo subsets whole: for the few glyphs it cannot embed from a CFF
 * face (cffwalk.h). */
#define GLYPH_FALLBACK                                                         \
	"Droid Sans Fallback, WenQuanYi Micro Hei, "                           \
	"WenQuanYi Zen Hei"

/* Checks every glyph of l: warns once per code point that no installed
 * font can show; sets a glyph that cairo would embed broken in another
 * font, and warns when that does not help. */
static void
check_glyphs(struct pdf *p, PangoLayout *l, const struct resume_pos *pos)
{
	PangoAttrList *fix = NULL;
	int pass;

	for (pass = 0; pass < 2; pass++) {
		const char *text = pango_layout_get_text(l);
		size_t tlen = strlen(text);
		int fixed = 0;
		GSList *ln, *rn;

		/* the lines' own runs: pango_layout_get_unknown_glyphs_count()
		 * and the layout iterator count characters from the text's
		 * start for every line, quadratic in a long block */
		for (ln = pango_layout_get_lines_readonly(l); ln; ln = ln->next)
			for (rn = ((PangoLayoutLine *)ln->data)->runs; rn;
			     rn = rn->next) {
				PangoLayoutRun *run = rn->data;
				PangoGlyphString *gs = run->glyphs;
				struct cff_font *cff = font_cff(
				    p, run->item->analysis.font);
				int g;

				for (g = 0; g < gs->num_glyphs; g++) {
					PangoGlyph gl = gs->glyphs[g].glyph;
					int at = run->item->offset +
					    gs->log_clusters[g];
					uint32_t wc;
					size_t n;
					PangoAttribute *a;

					if (gl & PANGO_GLYPH_UNKNOWN_FLAG) {
						wc = gl &
						    ~PANGO_GLYPH_UNKNOWN_FLAG;
						if (wc > 0x20 && wc != 0x2028)
							warn_glyph(
							    p, wc, pos, NULL);
						continue;
					}
					if (!cff || gl == PANGO_GLYPH_EMPTY ||
					    !cff_glyph_breaks(cff, gl))
						continue;
					if (at < 0 || (size_t)at >= tlen)
						continue;
					n = utf8_decode(
					    text + at, tlen - (size_t)at, &wc);
					if (pass == 1) {
						PangoFontDescription *d =
						    pango_font_describe(
						        run->item->analysis
						            .font);
						warn_glyph(p, wc, pos,
						    pango_font_description_get_family(
						        d));
						pango_font_description_free(d);
						continue;
					}
					if (!fix) {
						PangoAttrList *a =
						    pango_layout_get_attributes(
						        l);

						fix = a
						    ? pango_attr_list_copy(a)
						    : pango_attr_list_new();
					}
					a = pango_attr_family_new(
					    GLYPH_FALLBACK);
					a->start_index = (guint)at;
					a->end_index = (guint)(at + (int)n);
					pango_attr_list_insert(fix, a);
					fixed = 1;
				}
			}
		if (!fixed)
			break;
		pango_layout_set_attributes(l, fix);
	}
	if (fix)
		pango_attr_list_unref(fix);
}

/* The line height of fd's font, line gap included, and its ascent (*asc,
 * may be NULL); looked up once per font description. */
static double
line_height(struct pdf *p, const PangoFontDescription *fd, double *asc)
{
	PangoFont *font;
	hb_font_extents_t ext = {0};
	size_t i;

	for (i = 0; i < p->nheights; i++)
		if (pango_font_description_equal(p->heights[i].fd, fd))
			break;
	if (i == p->nheights) {
		/* the face's own extents: pango_context_get_metrics() would
		 * shape a sample text for a character width not needed */
		font = pango_context_load_font(p->ctx, fd);
		if (font) {
			hb_font_get_h_extents(
			    pango_font_get_hb_font(font), &ext);
			g_object_unref(font);
		}
		p->heights = xrealloc(
		    p->heights, (i + 1) * sizeof(*p->heights));
		p->heights[i].fd = pango_font_description_copy(fd);
		p->heights[i].h = PT(
		    ext.ascender - ext.descender + ext.line_gap);
		p->heights[i].asc = PT(ext.ascender);
		p->nheights++;
	}
	if (asc)
		*asc = p->heights[i].asc;
	return p->heights[i].h;
}

/*
 * pango 1.50 shapes every item of a layout that has a width twice, even
 * when the whole text fits on its line: once whole, once again as the
 * line's run.  A text that likely fits its width is laid out without one
 * first, and is given its width (and laid out again) only when a line of
 * it is wider, or reads right to left (a width moves such a line to the
 * right end).  A line that fits is the same line either way: a left-
 * aligned left-to-right line starts at 0 and breaks only where the text
 * does.  The reference: 78 items shaped, not 107.
 */
static bool
likely_one_line(
    const struct rich *b, const PangoFontDescription *fd, double width)
{
	const char *t = resume_buf_str(&b->text);
	double em = pango_font_description_get_size(fd) / (double)PANGO_SCALE,
	       w = 0;
	size_t i;

	/* a guess, whose misses cost a shaping and no more: half an em a
	 * letter of the alphabets (English averages under that in Lato and
	 * Noto Sans), a quarter a space, an em one of the scripts written
	 * in three bytes and more (CJK) */
	for (i = 0; i < b->text.len && w <= width; i++) {
		unsigned char c = (unsigned char)t[i];

		if (c == ' ')
			w += 0.25 * em;
		else if (c < 0x80 || (c >= 0xc0 && c < 0xe0))
			w += 0.5 * em;
		else if (c >= 0xe0)
			w += em;
	}
	return w <= width;
}

/* Does layout l, laid out without a width, stand as it would at width
 * (pango units)? */
static bool
fits_unwrapped(PangoLayout *l, int width)
{
	PangoRectangle log;
	GSList *ln;

	pango_layout_get_extents(l, NULL, &log);
	if (log.x < 0 || log.x + log.width > width)
		return false;
	for (ln = pango_layout_get_lines_readonly(l); ln; ln = ln->next)
		if (((PangoLayoutLine *)ln->data)->resolved_dir ==
		    PANGO_DIRECTION_RTL)
			return false;
	return true;
}

/* Gives bx's layout the width it was made for. */
static void
set_wrap(struct box *bx)
{
	pango_layout_set_width(bx->layout, bx->wrap);
	pango_layout_set_wrap(bx->layout, PANGO_WRAP_WORD_CHAR);
	bx->wrap = 0;
}

/* Lays b's text out as one box, width points wide (<= 0: no wrapping);
 * takes b's attributes and links. */
static struct box *
layout_piece(struct pdf *p, struct rich *b, double width,
    const PangoFontDescription *fd, const struct resume_color *color,
    const struct resume_pos *pos)
{
	struct box *bx = xcalloc(1, sizeof(*bx));

	if (!p->colour) {
		const char *t = resume_buf_str(&b->text);
		size_t i = 0, n = b->text.len;
		uint32_t cp;

		while (i < n && !p->colour) {
			i += utf8_decode(t + i, n - i, &cp);
			p->colour = cp >= 0x2190 && utf8_is_icon(cp);
		}
	}
	bx->layout = pango_layout_new(p->ctx);
	pango_layout_set_font_description(bx->layout, fd);
	pango_layout_set_text(
	    bx->layout, resume_buf_str(&b->text), (int)b->text.len);
	pango_layout_set_attributes(bx->layout, b->attrs);
	if (width > 0)
		bx->wrap = (int)lround(width * PANGO_SCALE);
	if (bx->wrap > 0 && !likely_one_line(b, fd, width))
		set_wrap(bx);
	/* the theme's leading is applied by the flow, to every line alike:
	 * pango's line spacing would move only the lines inside a box */
	bx->lh = p->th->line_height;
	bx->line_h = line_height(p, fd, &bx->asc);
	bx->color = *color;
	bx->links = b->links;
	bx->nlinks = b->nlinks;
	b->links = NULL;
	b->nlinks = 0;
	check_glyphs(p, bx->layout, pos);
	if (bx->wrap > 0 && !fits_unwrapped(bx->layout, bx->wrap))
		set_wrap(bx);
	p->boxes = xrealloc(p->boxes, (p->nboxes + 1) * sizeof(*p->boxes));
	p->boxes[p->nboxes++] = bx;
	return bx;
}

/* Where the piece of s that starts at from ends: at most PIECE_MAX bytes
 * on, after a line break when there is one in its second half, else after
 * a space there, else at a character boundary. */
static size_t
piece_end(const char *s, size_t len, size_t from)
{
	size_t i, nl = 0, sp = 0;

	if (len - from <= PIECE_MAX)
		return len;
	for (i = from + PIECE_MAX / 2; i < from + PIECE_MAX; i++) {
		if (s[i] == '\n')
			nl = i + 1;
		else if (s[i] == ' ')
			sp = i + 1;
	}
	if (nl)
		return nl;
	if (sp)
		return sp;
	for (i = from + PIECE_MAX;
	     i > from && ((unsigned char)s[i] & 0xc0) == 0x80; i--)
		;
	return i;
}

/* A font description of family at size points and weight; the caller
 * frees it.  Where the font map holds the theme's own fonts alone, which
 * cover the text, a family list ("Lato, Noto Sans") names its first
 * family alone: its other families are not in the map, and the font is
 * then described as pango describes it back, so that the metrics pango
 * takes of every font (its sample text, laid out in the font's own
 * description) find the fonts already matched instead of matching them
 * again, two threads each. */
static PangoFontDescription *
font_desc(const struct pdf *p, const char *family, double size, int weight)
{
	PangoFontDescription *fd = pango_font_description_new();
	size_t n = p->own_fonts ? strcspn(family, ",") : strlen(family);
	char *first = g_strndup(family, n);

	pango_font_description_set_family(fd, first);
	g_free(first);
	pango_font_description_set_size(fd, (gint)lround(size * PANGO_SCALE));
	pango_font_description_set_weight(fd, (PangoWeight)weight);
	return fd;
}

/* Makes a box of b's text, width points wide (<= 0: no wrapping), in
 * pieces of at most PIECE_MAX bytes; returns the first.  Consumes b. */
static struct box *
make_box(struct pdf *p, struct rich *b, double width, const char *family,
    double size, int weight, const struct resume_color *color,
    const struct resume_pos *pos)
{
	PangoFontDescription *fd = font_desc(p, family, size, weight);
	struct box *first = NULL, **tail = &first;
	size_t *cut = NULL, ncut = 0, from, k, nattrs, i;
	const char *s;
	struct rich *pc;
	GSList *all, *it;

	protect_tokens(b);
	/* ligatures off: "fi" must extract as two letters.  Kerning off:
	 * Lato kerns a space with the letter before it ("any company",
	 * "Company proved" lose a third of the space, and pdftotext -raw
	 * reads one word) and overlaps "//" in a URL enough to break it in
	 * two; a browser does not kern across a space either */
	attr(b, pango_attr_font_features_new("liga=0, clig=0, kern=0"), 0,
	    b->text.len);
	if (p->flow > p->max_flow && p->spare) {
		/* too long already: one empty box stands for the rest, so
		 * that memory stays bounded while the walk ends */
		first = p->spare;
		free(b->links);
		b->links = NULL;
		b->nlinks = 0;
		goto out;
	}
	if (p->flow > p->max_flow) {
		resume_buf_clear(&b->text);
		first = p->spare = layout_piece(p, b, width, fd, color, pos);
		goto out;
	}
	if (b->text.len <= PIECE_MAX) {
		first = layout_piece(p, b, width, fd, color, pos);
		goto out;
	}
	/* the pieces' ends, then each attribute and link copied into every
	 * piece it overlaps, its range made relative to the piece */
	s = resume_buf_str(&b->text);
	for (from = 0; from < b->text.len; from = cut[ncut - 1]) {
		cut = xrealloc(cut, (ncut + 1) * sizeof(*cut));
		cut[ncut++] = piece_end(s, b->text.len, from);
	}
	pc = xcalloc(ncut, sizeof(*pc));
	for (k = 0, from = 0; k < ncut; from = cut[k++]) {
		rich_init(&pc[k]);
		resume_buf_add(&pc[k].text, s + from, cut[k] - from);
	}
	all = pango_attr_list_get_attributes(b->attrs);
	for (it = all; it; it = it->next) {
		PangoAttribute *a = it->data;

		for (k = 0, from = 0; k < ncut; from = cut[k++]) {
			PangoAttribute *c;

			if (a->end_index <= from || a->start_index >= cut[k])
				continue;
			c = pango_attribute_copy(a);
			c->start_index = a->start_index > from
			    ? (guint)(a->start_index - from)
			    : 0;
			c->end_index = a->end_index < cut[k]
			    ? (guint)(a->end_index - from)
			    : (guint)(cut[k] - from);
			pango_attr_list_insert(pc[k].attrs, c);
		}
		pango_attribute_destroy(a);
	}
	g_slist_free(all);
	nattrs = b->nlinks;
	for (i = 0; i < nattrs; i++)
		for (k = 0, from = 0; k < ncut; from = cut[k++]) {
			const struct link *l = &b->links[i];
			struct link *c;

			if ((size_t)l->end <= from ||
			    (size_t)l->start >= cut[k])
				continue;
			pc[k].links = xrealloc(pc[k].links,
			    (pc[k].nlinks + 1) * sizeof(*pc[k].links));
			c = &pc[k].links[pc[k].nlinks++];
			c->href = l->href;
			c->start = (size_t)l->start > from
			    ? (int)((size_t)l->start - from)
			    : 0;
			c->end = (size_t)l->end < cut[k]
			    ? (int)((size_t)l->end - from)
			    : (int)(cut[k] - from);
		}
	for (k = 0; k < ncut; k++) {
		*tail = layout_piece(p, &pc[k], width, fd, color, pos);
		tail = &(*tail)->next;
		pango_attr_list_unref(pc[k].attrs);
		resume_buf_free(&pc[k].text);
	}
	free(pc);
	free(cut);
	free(b->links);
	b->links = NULL;
	b->nlinks = 0;
out:
	pango_font_description_free(fd);
	pango_attr_list_unref(b->attrs);
	resume_buf_free(&b->text);
	return first;
}

/* Sets the wrap mode of every piece of bx. */
static void
box_set_wrap(struct box *bx, PangoWrapMode mode)
{
	for (; bx; bx = bx->next)
		pango_layout_set_wrap(bx->layout, mode);
}

/* Returns the number of lines of every piece of bx. */
static int
box_lines(struct box *bx)
{
	int n = 0;

	for (; bx; bx = bx->next)
		n += pango_layout_get_line_count(bx->layout);
	return n;
}

static struct box *
body_box(struct pdf *p, struct rich *b, double width, unsigned int st,
    const struct resume_pos *pos)
{
	(void)st;
	return make_box(p, b, width, p->th->font_body, p->th->size_body, 400,
	    &p->th->text, pos);
}

/* An entry's head, a little larger than the body: also what keeps a text
 * extractor from joining the head and the lines under it into one block
 * (pdftotext's blocks hold one font size, within 5 %), so that the date
 * beside the head is read with the head */
static struct box *
head_box(
    struct pdf *p, struct rich *b, double width, const struct resume_pos *pos)
{
	return make_box(p, b, width, p->th->font_body,
	    p->th->size_body * p->th->title_scale, 400, &p->th->text, pos);
}

/* Does the box read right to left (Persian, Arabic, Hebrew)? */
static bool
box_rtl(struct box *b)
{
	PangoLayoutLine *l = pango_layout_get_line_readonly(b->layout, 0);

	return l && l->resolved_dir == PANGO_DIRECTION_RTL;
}

/* The size of box, pieces and all: the widest piece's width (*w) and the
 * pieces' heights added up (*h); either may be NULL. */
/* The advance from the line of b at it to the next, and its baseline
 * from the line's top (*base, may be NULL): the box's font's line height
 * times the theme's leading, for every line alike, whatever face a
 * fallback brought in (Noto Sans Arabic's line is nearly twice Lato's),
 * grown only where the line's ink reaches past it, as a browser keeps a
 * paragraph's line-height */
static double
line_advance(const struct box *b, PangoLayoutIter *it, double *base)
{
	PangoRectangle ink, log;
	double adv = b->line_h * b->lh, above, below, bl;

	pango_layout_iter_get_line_extents(it, &ink, &log);
	bl = PT(pango_layout_iter_get_baseline(it));
	above = b->asc;
	below = adv - b->asc;
	if (ink.height > 0) { /* an empty line has no ink, at 0 */
		above = fmax(above, bl - PT(ink.y));
		below = fmax(below, PT(ink.y + ink.height) - bl);
	}
	if (base)
		*base = above;
	return above + below;
}

static void
box_size(struct box *b, double *w, double *h)
{
	PangoRectangle log;
	double mw = 0, sh = 0;

	for (; b; b = b->next) {
		pango_layout_get_extents(b->layout, NULL, &log);
		if (PT(log.width) > mw)
			mw = PT(log.width);
		if (h) {
			PangoLayoutIter *it = pango_layout_get_iter(b->layout);

			do
				sh += line_advance(b, it, NULL);
			while (pango_layout_iter_next_line(it));
			pango_layout_iter_free(it);
		}
	}
	if (w)
		*w = mw;
	if (h)
		*h = sh;
}

static double
box_width(struct box *b)
{
	double w;

	box_size(b, &w, NULL);
	return w;
}

static struct fline *
push_line(struct pdf *p)
{
	struct fline *l;

	if (p->nlines == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 256;
		p->lines = xrealloc(p->lines, p->cap * sizeof(*p->lines));
	}
	l = &p->lines[p->nlines++];
	memset(l, 0, sizeof(*l));
	l->col_x = p->col_x;
	l->col_w = p->width;
	l->datecol = p->datecol;
	return l;
}

enum keep {
	KEEP_PARAGRAPH, /* no orphan or widow line */
	KEEP_ALL,       /* the box and the line after it stay together */
};

/* Adds every line of box at x to the flow; returns the index of its first
 * line. */
static size_t
add_box(struct pdf *p, struct box *b, double x, enum keep keep)
{
	size_t first = p->nlines, n, i;
	PangoRectangle log;
	struct box *pc;

	if (p->flow > p->max_flow && p->nlines)
		return p->nlines - 1; /* too long: the walk only ends */
	for (pc = b; pc; pc = pc->next) {
		PangoLayoutIter *it = pango_layout_get_iter(pc->layout);

		do {
			struct fline *l = push_line(p);

			pango_layout_iter_get_line_extents(it, NULL, &log);
			l->box = pc;
			/* kept, as pango_layout_get_line() walks a list:
			 * looking each line up by number was quadratic */
			l->pline = pango_layout_iter_get_line_readonly(it);
			l->x = x;
			l->line_x = PT(log.x);
			/* every line, a box's last one too: the lines of
			 * two bullets are never closer than two lines of
			 * one */
			l->height = line_advance(pc, it, &l->baseline);
		} while (pango_layout_iter_next_line(it));
		pango_layout_iter_free(it);
	}
	n = p->nlines - first;
	for (i = first; i < p->nlines; i++) {
		p->lines[i].keep = keep == KEEP_ALL ||
		    (n >= 2 && (i == first || i == p->nlines - 2));
		p->flow += p->lines[i].height;
	}
	p->lines[first].space_before = p->pending;
	p->pending = 0;
	return first;
}

static void
space(struct pdf *p, double pts)
{
	if (pts > p->pending)
		p->pending = pts;
}

/* The height of the flow's lines [from, nlines), the space between them
 * included. */
static double
flow_height(struct pdf *p, size_t from)
{
	double h = 0;
	size_t i;

	for (i = from; i < p->nlines; i++)
		h += p->lines[i].height +
		    (i > from ? p->lines[i].space_before : 0);
	return h;
}

/* --- the résumé --- */

static void blocks(
    struct pdf *, const struct resume_block *, size_t, double, bool tight);

static struct box *
marker_box(struct pdf *p, const char *marker)
{
	struct rich b;

	rich_init(&b);
	rich_add(p, &b, marker, ST_ACCENT, NULL);
	return body_box(p, &b, 0, 0, NULL);
}

static void
code_block(struct pdf *p, const struct resume_block *x, double indent)
{
	struct rich b;
	size_t n = strlen(x->literal);
	struct box *bx;

	rich_init(&b);
	/* a code line is set as it is: the break attributes of its every
	 * token cost pango a walk from the block's start each (quadratic) */
	b.code = true;
	utf8_add_clean(
	    &b.text, x->literal, n && x->literal[n - 1] == '\n' ? n - 1 : n);
	/* a word too long for the line breaks without a hyphen: "i-ntuition"
	 * would change what the code says */
	attr(&b, pango_attr_insert_hyphens_new(FALSE), 0, b.text.len);
	bx = make_box(p, &b, p->width - indent, p->th->font_mono,
	    p->th->size_mono, 400, &p->th->text, &x->pos);
	box_set_wrap(
	    bx, PANGO_WRAP_WORD_CHAR); /* at spaces, as the text does */
	add_box(p, bx, indent, KEEP_PARAGRAPH);
}

/* Returns the height of every line of box, pieces and all. */
static double
box_height(struct box *bx)
{
	double h;

	box_size(bx, NULL, &h);
	return h;
}

/* Adds a table row to the flow: one line as tall as its tallest cell, the
 * cells drawn side by side in reading order.  Takes the cells array. */
static void
add_row(struct pdf *p, struct box **cells, double *x, size_t n, bool keep)
{
	struct fline *l;
	size_t j;
	double h = 0;

	if (p->flow > p->max_flow && p->nlines) {
		free(cells);
		free(x);
		return; /* too long: the walk only ends */
	}
	l = push_line(p);
	l->box = cells[0];
	l->pline = pango_layout_get_line_readonly(cells[0]->layout, 0);
	l->row = cells;
	l->row_x = x;
	l->nrow = n;
	for (j = 0; j < n; j++)
		if (box_height(cells[j]) > h)
			h = box_height(cells[j]);
	l->height = h;
	l->keep = keep;
	l->space_before = p->pending;
	p->pending = 0;
	p->flow += h;
}

/* Column widths: the natural ones when they fit; else every column gets
 * its natural width up to an equal share, and the wider ones share what
 * is left in proportion. */
static void
fit_columns(double *colw, size_t ncols, double avail)
{
	double total = 0, fair = avail / (double)ncols, narrow = 0, wide = 0;
	size_t j;

	for (j = 0; j < ncols; j++)
		total += colw[j];
	if (total <= avail)
		return;
	for (j = 0; j < ncols; j++)
		if (colw[j] <= fair)
			narrow += colw[j];
		else
			wide += colw[j];
	for (j = 0; j < ncols; j++)
		if (colw[j] > fair)
			colw[j] *= (avail - narrow) / wide;
}

static size_t
table(struct pdf *p, const struct resume_block *rows, size_t n, double indent)
{
	size_t nr = 0, i, j, ncols = 0;
	double *colw, gap = p->th->gap_column, avail;

	while (nr < n && rows[nr].kind == RESUME_BLOCK_TABLE_ROW)
		nr++;
	for (i = 0; i < nr; i++)
		if (rows[i].ncells > ncols)
			ncols = rows[i].ncells;
	if (ncols == 0)
		return nr;
	colw = xcalloc(ncols, sizeof(*colw));
	/* many columns: narrower gaps, so that every column keeps room */
	if (gap * (double)ncols > (p->width - indent) / 4)
		gap = (p->width - indent) / 4 / (double)ncols;
	avail = p->width - indent - gap * (double)(ncols - 1);
	/* natural widths */
	for (i = 0; i < nr; i++)
		for (j = 0; j < rows[i].ncells && j < ncols; j++) {
			struct rich b;
			double w;

			rich_init(&b);
			rich_text(p, &b, &rows[i].cells[j],
			    rows[i].header ? ST_BOLD : 0);
			/* measure only: a throw-away box */
			w = box_width(body_box(p, &b, 0, 0, NULL));
			if (w > colw[j])
				colw[j] = w;
		}
	fit_columns(colw, ncols, avail);
	tag_open(p, "Table");
	for (i = 0; i < nr; i++) {
		struct box **cells = xcalloc(ncols, sizeof(*cells));
		double *x = xcalloc(ncols, sizeof(*x));

		for (j = 0; j < ncols; j++) {
			struct rich b;

			rich_init(&b);
			if (j < rows[i].ncells)
				rich_text(p, &b, &rows[i].cells[j],
				    rows[i].header ? ST_BOLD : 0);
			/* a narrow cell breaks inside a word without a
			 * hyphen: the text layer keeps the word whole */
			attr(&b, pango_attr_insert_hyphens_new(FALSE), 0,
			    b.text.len);
			cells[j] = body_box(
			    p, &b, colw[j] + 0.5, 0, &rows[i].pos);
			x[j] = j ? x[j - 1] + colw[j - 1] + gap : indent;
		}
		/* the head row stays with the first row */
		tag_open(p, "TR");
		add_row(p, cells, x, ncols, rows[i].header && i + 1 < nr);
		if (p->nlines)
			p->lines[p->nlines - 1].row_head = rows[i].header;
		tag_close(p, "TR");
		space(p, p->th->gap_item);
	}
	tag_close(p, "Table");
	free(colw);
	return nr;
}

/* Closes the open lists deeper than `keep` levels: each one's last item
 * (LBody, LI) and the list (L). */
static void
lists_close(struct pdf *p, size_t keep)
{
	while (p->nlists > keep) {
		tag_close(p, "LBody");
		tag_close(p, "LI");
		tag_close(p, "L");
		p->nlists--;
	}
}

/* Opens the structure of a list item at level lv: the list when it is
 * the first at that level, else the end of the previous item. */
static void
list_item(struct pdf *p, unsigned int lv)
{
	lists_close(p, (size_t)lv + 1);
	if (p->nlists == (size_t)lv + 1) {
		tag_close(p, "LBody");
		tag_close(p, "LI");
	} else {
		while (p->nlists < (size_t)lv + 1) {
			/* a list nested deeper than its parent: empty levels
			 * still nest, each in an item of its own */
			tag_open(p, "L");
			if (p->nlists < (size_t)lv) {
				tag_open(p, "LI");
				tag_open(p, "LBody");
			}
			p->lists[p->nlists++] = lv;
		}
	}
	tag_open(p, "LI");
}

static void
blocks(struct pdf *p, const struct resume_block *b, size_t n, double indent,
    bool tight)
{
	double col[16];
	size_t i, lv;
	char marker[256]; /* a theme bullet is at most 200 bytes */

	for (lv = 0; lv < 16; lv++)
		col[lv] = indent + p->th->indent_level * (double)lv;
	for (i = 0; i < n; i++) {
		const struct resume_block *x = &b[i];
		double in, q = p->th->indent_level * (double)x->quote;
		struct rich r;
		struct box *bx;
		size_t first;

		lv = x->level < 16 ? x->level : 15;
		in = (lv == 0 ? indent : col[lv - 1]) + q;
		/* lists stay open for their items and the paragraphs that
		 * continue them */
		if (x->kind != RESUME_BLOCK_ITEM)
			lists_close(p,
			    x->kind == RESUME_BLOCK_PARAGRAPH && lv > 0 ? lv
			                                                : 0);
		if (!(tight && i == 0))
			space(p,
			    x->kind == RESUME_BLOCK_ITEM ||
			            (x->kind == RESUME_BLOCK_PARAGRAPH &&
			                lv > 0)
			        ? p->th->gap_item
			        : p->th->gap_block * 1.6);
		rich_init(&r);
		switch (x->kind) {
		case RESUME_BLOCK_PARAGRAPH:
			rich_text(p, &r, &x->text, x->quote ? ST_ITALIC : 0);
			bx = body_box(p, &r, p->width - in, 0, &x->pos);
			if (x->quote)
				bx->color = p->th->muted;
			tag_open(p, "P");
			add_box(p, bx, in, KEEP_PARAGRAPH);
			tag_close(p, "P");
			break;
		case RESUME_BLOCK_ITEM: {
			struct box *m;

			if (x->number)
				snprintf(
				    marker, sizeof(marker), "%u.", x->number);
			else
				snprintf(marker, sizeof(marker), "%s",
				    x->level % 2 ? "◦" : p->th->bullet);
			m = marker_box(p, marker);
			col[lv] = in + p->th->indent_item +
			    (x->number ? box_width(m) - 4 : 0);
			rich_text(p, &r, &x->text, 0);
			bx = body_box(p, &r, p->width - col[lv], 0, &x->pos);
			list_item(p, (unsigned int)lv);
			if (box_rtl(bx)) {
				/* the bullet stands on the right */
				first = add_box(p, bx, in, KEEP_PARAGRAPH);
				p->lines[first].side_x = p->width -
				    (col[lv] - in) + 3;
			} else {
				first = add_box(p, bx, col[lv], KEEP_PARAGRAPH);
				p->lines[first].side_x = in +
				    (x->number ? 0 : 1);
			}
			p->lines[first].side = m;
			p->lines[first].side_kind = SIDE_MARKER;
			p->lines[first].lbl = true;
			break;
		}
		case RESUME_BLOCK_HEADING:
			space(p, p->th->gap_block * 2);
			rich_text(p, &r, &x->text, 0);
			bx = make_box(p, &r, p->width - in, p->th->font_heading,
			    p->th->size_group, p->th->weight_heading,
			    &p->th->text, &x->pos);
			tag_open(p, "H4");
			add_box(p, bx, in, KEEP_ALL);
			tag_close(p, "H4");
			break;
		case RESUME_BLOCK_CODE:
			pango_attr_list_unref(r.attrs);
			tag_open(p, "P");
			code_block(p, x, in);
			tag_close(p, "P");
			break;
		case RESUME_BLOCK_TABLE_ROW:
			pango_attr_list_unref(r.attrs);
			i += table(p, x, n - i, in) - 1;
			break;
		case RESUME_BLOCK_RULE:
			pango_attr_list_unref(r.attrs);
			space(p, p->th->gap_block * 2);
			break;
		}
	}
	lists_close(p, 0);
}

static void rich_free(struct rich *b);

static void
section_title(
    struct pdf *p, const char *title, bool first, const struct resume_pos *pos)
{
	struct rich b;
	struct box *bx;
	size_t i;
	/* a date column holds the dates: the title would stand on the
	 * first one */
	bool side = p->th->heading == RESUME_HEADING_SIDE && p->datecol > 0 &&
	    p->th->dates != RESUME_DATES_LEFT;

	if (!first)
		space(p, p->th->gap_section);
	rich_init(&b);
	if (p->th->heading == RESUME_HEADING_CAPS) {
		/* capitals, as CSS's text-transform sets them: pango's small
		 * capitals (Lato has none of its own) mix two sizes in a
		 * word, which pdftotext -layout reads as two words, and
		 * letter spacing would part every letter */
		char *up = g_utf8_strup(title, -1);

		rich_add(p, &b, up, 0, NULL);
		g_free(up);
	} else
		rich_add(p, &b, title, 0, NULL);
	if (side) {
		/* beside the section's first line, read before it; a title
		 * the margin column cannot hold on one line gets a line of
		 * its own, from the margin column's start (a text extractor
		 * would read its lines between the section's) */
		double cw = fmax(p->datecol - p->th->gap_date, 1);
		struct rich c;

		rich_init(&c);
		rich_add(p, &c, title, 0, NULL);
		bx = make_box(p, &c, cw, p->th->font_heading,
		    p->th->size_section, p->th->weight_heading, &p->th->accent,
		    NULL);
		if (box_lines(bx) == 1 && box_width(bx) <= cw) {
			rich_free(&b);
			tag_open(p, "H2");
			tag_event(p, "", true);
			p->tags[p->ntags - 1].draw = bx;
			p->tags[p->ntags - 1].outline = title;
			tag_close(p, "H2");
			return;
		}
	}
	bx = make_box(p, &b, p->width * 0.8, p->th->font_heading,
	    p->th->size_section, p->th->weight_heading, &p->th->accent, NULL);
	tag_open(p, "H2");
	/* a right-to-left title stands at the column's right end, its rule
	 * before it */
	i = add_box(p, bx,
	    side              ? -p->datecol
	        : box_rtl(bx) ? p->width * 0.2
	                      : 0,
	    KEEP_ALL);
	tag_close(p, "H2");
	p->lines[i].rule = !side;
	p->lines[i].outline = title;
	p->lines[i].head = pos;
	space(p, p->th->gap_title);
}

static void
join(struct pdf *p, struct rich *b, const char *s, const char *sep,
    unsigned int st)
{
	if (s == NULL || *s == '\0')
		return;
	if (b->text.len)
		rich_add(p, b, sep, 0, NULL);
	rich_add(p, b, s, st, NULL);
}

/* The style of a composed part of its role. */
static unsigned int
role_style(const struct compose_part *c)
{
	switch (c->role) {
	case COMPOSE_TITLE: /* a role under its employer: italic */
		return c->lead ? ST_TITLE : ST_ITALIC;
	case COMPOSE_AREA:
		return ST_TITLE;
	case COMPOSE_ORG:
		return c->lead ? ST_TITLE : ST_ITALIC;
	case COMPOSE_LEVEL:
	case COMPOSE_LOCATION:
		return ST_MUTED;
	case COMPOSE_NOTE:
		return ST_SMALL;
	case COMPOSE_KEYWORD:
		break;
	}
	return 0;
}

/* Appends parts [from, to) of a head, each styled by its role. */
static void
head_parts(struct pdf *p, struct rich *b, const struct compose_part *c,
    size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++) {
		unsigned int st = role_style(&c[i]);

		if (i > from)
			rich_add(p, b, c[i].sep, 0, NULL);
		if (c[i].label) {
			rich_add(p, b, c[i].label, st, NULL);
			rich_add(p, b, compose_colon(c[i].label), st, NULL);
		}
		rich_add(p, b, c[i].text, st, c[i].href);
	}
}

static void
rich_free(struct rich *b)
{
	free(b->links);
	pango_attr_list_unref(b->attrs);
	resume_buf_free(&b->text);
}

/* Do the dates of the column being laid out stand in its margin
 * column? */
static bool
dates_left(const struct pdf *p)
{
	return p->datecol > 0 && p->th->dates == RESUME_DATES_LEFT;
}

/* A composed date as a box, set as entry dates are. */
static struct box *
date_box(struct pdf *p, const char *shown, const struct resume_pos *pos)
{
	struct rich b;

	rich_init(&b);
	rich_add(p, &b, shown, 0, NULL);
	return make_box(p, &b, 0, p->th->font_body, p->th->size_small, 400,
	    &p->th->muted, pos);
}

static double
date_width(void *ctx, const char *shown, const struct resume_entry *e)
{
	return box_width(date_box(ctx, shown, &e->pos));
}

/* The width of the widest date of an entry in the résumé, measured once:
 * a month written out ("septembre 2019 – aujourd'hui") is wider than the
 * theme's date column was drawn for. */
static double
widest_date(struct pdf *p)
{
	if (p->widest_date < 0)
		p->widest_date = render_widest_date(p->r, date_width, p);
	return p->widest_date;
}

/* The head's parts with the date flush right; from the organisation on
 * they go to a second line when it all does not fit, as in the text
 * output. */
static void
entry_head(
    struct pdf *p, const struct resume_section *s, const struct resume_entry *e)
{
	struct compose_head h;
	struct box *dbx = NULL, *left = NULL;
	struct rich b, second;
	double dw = 0, avail;
	bool column = false;
	size_t last;

	compose_head(&h, p->r, s, e, &p->links);
	if (h.dates.shown) {
		dbx = date_box(p, h.dates.shown, &e->pos);
		/* in a date column the date takes no room from the head; one
		 * wider than the column stands flush right instead */
		column = dates_left(p) &&
		    box_width(dbx) <= p->datecol - p->th->gap_date + 0.01;
		dw = column ? 0 : box_width(dbx) + p->th->gap_date;
	}
	avail = p->width - dw;
	/* everything on one line, when it fits */
	rich_init(&b);
	head_parts(p, &b, h.part, 0, h.n);
	if (b.text.len == 0)
		resume_buf_puts(
		    &b.text, "\xe2\x80\x8b"); /* a line for the date */
	left = head_box(p, &b, avail, &e->pos);
	rich_init(&second);
	if (box_lines(left) > 1 && h.second < h.n) {
		/* title and date above, organisation below */
		rich_init(&b);
		head_parts(p, &b, h.part, 0, h.second);
		head_parts(p, &second, h.part, h.second, h.n);
		left = head_box(p, &b, avail, &e->pos);
	}
	/* the date stands on the head's last line (title, organisation,
	 * date: the order every backend reads); a right-to-left head puts
	 * it on the left; a date column has it there too, beside the
	 * line it is read with */
	tag_open(p, e->group ? "H4" : "H3");
	if (second.text.len) {
		struct box *sb = head_box(p, &second, avail, &e->pos);

		add_box(p, left, 0, KEEP_ALL);
		left = sb;
	} else
		rich_free(&second);
	add_box(p, left, dbx && box_rtl(left) ? dw : 0, KEEP_ALL);
	last = p->nlines - 1;
	if (dbx && p->nlines) {
		p->lines[last].side = dbx;
		p->lines[last].side_kind = column ? SIDE_COLUMN
		    : box_rtl(left)               ? SIDE_LEFT
		                                  : SIDE_RIGHT;
	}
	tag_close(p, e->group ? "H4" : "H3");
	compose_head_free(&h);
}

static void
entry(
    struct pdf *p, const struct resume_section *s, const struct resume_entry *e)
{
	size_t mark, first = p->nlines;

	entry_head(p, s, e);
	mark = p->nlines;
	if (e->nkeywords) {
		struct rich b;
		size_t i;

		rich_init(&b);
		for (i = 0; i < e->nkeywords; i++)
			join(p, &b, e->keywords[i], ", ", 0);
		space(p, p->th->gap_item);
		tag_open(p, "P");
		add_box(p, body_box(p, &b, p->width, 0, &e->pos), 0,
		    KEEP_PARAGRAPH);
		tag_close(p, "P");
	}
	space(p, p->th->gap_item * 2);
	blocks(p, e->body, e->nbody, 0, true);
	/* the head stays with the first two lines of the description (the
	 * head's own lines keep with the next one already), the entry's
	 * last line with the one before (no bullet alone atop a page), and
	 * nothing ties the entry's last line to the next entry */
	if (p->nlines - mark >= 2)
		p->lines[mark].keep = true;
	if (p->nlines - mark >= 3)
		p->lines[p->nlines - 2].keep = true;
	p->lines[p->nlines - 1].keep = false;
	if (p->nents % 64 == 0)
		p->ents = xrealloc(p->ents, (p->nents + 64) * sizeof(*p->ents));
	p->ents[p->nents].e = e;
	p->ents[p->nents].first = first;
	p->ents[p->nents++].last = p->nlines - 1;
}

/* Skills, languages, interests: "Category: a, b, c" on one paragraph. */
static void
keyword_entry(struct pdf *p, const struct resume_entry *e)
{
	struct compose_keywords k;
	struct rich b;
	size_t i;

	compose_keywords(&k, e);
	rich_init(&b);
	for (i = 0; i < k.n; i++) {
		const struct compose_part *c = &k.part[i];

		if (i)
			rich_add(p, &b, c->sep, 0, NULL);
		rich_add(p, &b, c->text,
		    c->role == COMPOSE_TITLE       ? ST_TITLE
		        : c->role == COMPOSE_LEVEL ? ST_MUTED
		                                   : 0,
		    NULL);
	}
	if (k.n)
		rich_add(p, &b, k.end, 0, NULL);
	if (b.text.len) {
		tag_open(p, "P");
		add_box(p, body_box(p, &b, p->width, 0, &e->pos), 0,
		    KEEP_PARAGRAPH);
		tag_close(p, "P");
	} else
		rich_free(&b);
	if (e->nbody) {
		space(p, p->th->gap_item);
		blocks(p, e->body, e->nbody, p->th->indent_item, true);
	}
	compose_keywords_free(&k);
}

static void
section(struct pdf *p, const struct resume_section *s, bool first)
{
	const char *title = compose_section_title(s, p->r);
	const struct resume_entry *prev = NULL;
	size_t i;

	if (resume_section_is_empty(s))
		return;
	tag_open(p, "Sect");
	if (title)
		section_title(p, title, first, &s->pos);
	else
		space(p, p->th->gap_section);
	blocks(p, s->intro, s->nintro, 0, true);
	for (i = 0; i < s->nentries; i++) {
		const struct resume_entry *e = &s->entries[i];

		if (resume_entry_is_empty(e))
			continue;
		if (e->group &&
		    (prev == NULL || prev->group == NULL ||
		        strcmp(prev->group, e->group))) {
			/* an employer over its roles reads as an entry's
			 * head */
			bool employer = compose_is_role(e);
			struct rich b;

			space(p, p->th->gap_entry * 1.2);
			rich_init(&b);
			rich_add(p, &b, e->group, 0, NULL);
			tag_open(p, "H3");
			add_box(p,
			    make_box(p, &b, p->width,
			        employer ? p->th->font_body
			                 : p->th->font_heading,
			        employer ? p->th->size_body * p->th->title_scale
			                 : p->th->size_group,
			        employer ? p->th->weight_title
			                 : p->th->weight_heading,
			        &p->th->text, &e->pos),
			    0, KEEP_ALL);
			tag_close(p, "H3");
			space(p, p->th->gap_item * 2);
		}
		if (resume_section_kind_is_keywords(s->kind)) {
			if (prev || s->nintro)
				space(p,
				    e->nbody || (prev && prev->nbody)
				        ? p->th->gap_entry
				        : p->th->gap_item * 2);
			keyword_entry(p, e);
		} else {
			if (prev || s->nintro)
				space(p, p->th->gap_entry);
			entry(p, s, e);
		}
		prev = e;
	}
	tag_close(p, "Sect");
}

/* How far a simplified icon outline may stray from the glyph's, in
 * points: a tenth of a pixel at 300 dpi. */
#define ICON_TOLERANCE 0.025

/* Keeps of pts[from..to] the points (keep[]) without which the polyline
 * would stray more than ICON_TOLERANCE (Douglas and Peucker's method,
 * with a stack of spans rather than recursion). */
static void
simplify(const cairo_path_data_t *const *pts, bool *keep, size_t n)
{
	size_t *stack = xmalloc(2 * n * sizeof(*stack)), top = 0, i;

	keep[0] = keep[n - 1] = true;
	stack[top++] = 0;
	stack[top++] = n - 1;
	while (top > 0) {
		size_t b = stack[--top], a = stack[--top], far = a;
		double ax = pts[a]->point.x, ay = pts[a]->point.y;
		double dx = pts[b]->point.x - ax, dy = pts[b]->point.y - ay;
		double len = hypot(dx, dy), worst = 0;

		for (i = a + 1; i < b; i++) {
			double px = pts[i]->point.x - ax;
			double py = pts[i]->point.y - ay;
			double d = len > 0 ? fabs(px * dy - py * dx) / len
			                   : hypot(px, py);

			if (d > worst) {
				worst = d;
				far = i;
			}
		}
		if (worst > ICON_TOLERANCE) {
			keep[far] = true;
			stack[top++] = a;
			stack[top++] = far;
			stack[top++] = far;
			stack[top++] = b;
		}
	}
	free(stack);
}

/* Adds to cr's path the subpath pts[0..n) as simplify() keeps it, closed
 * (nothing for fewer than two points); returns 0, the subpath's new
 * length. */
static size_t
add_simplified(cairo_t *cr, const cairo_path_data_t **pts, bool *keep, size_t n)
{
	size_t k;

	if (n < 2)
		return 0;
	memset(keep, 0, n * sizeof(*keep));
	simplify(pts, keep, n);
	cairo_move_to(cr, pts[0]->point.x, pts[0]->point.y);
	for (k = 1; k < n; k++)
		if (keep[k])
			cairo_line_to(cr, pts[k]->point.x, pts[k]->point.y);
	cairo_close_path(cr);
	return 0;
}

/* Replaces the path of cr (an icon glyph's outline: hundreds of tiny
 * curves, from its quadratic TrueType contours) with lines that stay
 * within ICON_TOLERANCE of it: a tenth of the numbers to write and
 * compress, the same picture at any resolution a reader prints at. */
static void
icon_path_simplify(cairo_t *cr)
{
	cairo_path_t *flat;
	const cairo_path_data_t **pts;
	bool *keep;
	size_t n = 0;
	int j;

	cairo_set_tolerance(cr, ICON_TOLERANCE / 2);
	flat = cairo_copy_path_flat(cr);
	if (flat->status != CAIRO_STATUS_SUCCESS) {
		cairo_path_destroy(flat);
		return;
	}
	pts = xcalloc((size_t)flat->num_data + 1, sizeof(*pts));
	keep = xcalloc((size_t)flat->num_data + 1, sizeof(*keep));
	cairo_new_path(cr);
	for (j = 0; j < flat->num_data; j += flat->data[j].header.length) {
		const cairo_path_data_t *d = &flat->data[j];

		if (d->header.type == CAIRO_PATH_LINE_TO) {
			pts[n++] = &d[1];
			continue;
		}
		/* a move or a close ends a subpath */
		n = add_simplified(cr, pts, keep, n);
		if (d->header.type == CAIRO_PATH_MOVE_TO)
			pts[n++] = &d[1];
	}
	add_simplified(cr, pts, keep, n);
	free(pts);
	free(keep);
	cairo_path_destroy(flat);
}

/* the icon font as cairo draws it, for the process (NULL: none is
 * installed): draw_icon() takes a glyph's outline from it without pango,
 * whose metrics for a font lay a Latin sample text out in it and so set
 * up a fallback font for the letters the icon font lacks */
static cairo_font_face_t *icon_face;
static pthread_once_t icon_font_once = PTHREAD_ONCE_INIT;

/* Draws an icon where pango set its shape: the icon font's glyph as an
 * outline, a picture that the text layer does not read. */
static void
draw_icon(cairo_t *cr, PangoAttrShape *a, gboolean do_path, gpointer data)
{
	struct pdf *p = data;
	double em = PT(a->logical_rect.height), x, y;
	cairo_text_extents_t ink;

	if (!cairo_has_current_point(cr))
		return;
	cairo_get_current_point(cr, &x, &y);
	cairo_save(cr);
	cairo_new_path(cr);
	cairo_set_font_face(cr, icon_face);
	cairo_set_font_size(cr, em * ICON_SCALE);
	cairo_text_extents(cr, a->data, &ink);
	/* centred in the shape's first em, on the text's baseline */
	cairo_move_to(cr, x + (em - ink.width) / 2 - ink.x_bearing, y);
	cairo_text_path(cr, a->data);
	icon_path_simplify(cr);
	if (!do_path) {
		cairo_set_source_rgb(
		    cr, p->th->accent.r, p->th->accent.g, p->th->accent.b);
		cairo_fill(cr);
	}
	cairo_restore(cr);
}

/* Room for c's icon in b: a no-break space (Lato has one, and it keeps
 * the icon with its text) that pango sets as a shape one em and a half
 * wide, which draw_icon() fills. */
static void
contact_icon(struct pdf *p, struct rich *b, const struct compose_contact *c)
{
	const char *icon = p->icons ? compose_contact_icon(c) : NULL;
	double em = p->th->size_small * PANGO_SCALE;
	PangoRectangle r;
	size_t start = b->text.len;

	if (icon == NULL)
		return;
	r.x = 0;
	r.y = (int)lround(-0.8 * em);
	r.width = (int)lround(1.5 * em);
	r.height = (int)lround(em);
	resume_buf_puts(&b->text, "\xc2\xa0");
	attr(b,
	    pango_attr_shape_new_with_data(&r, &r, (gpointer)icon, NULL, NULL),
	    start, b->text.len);
}

/* Appends contact item c. */
static void
contact_item(struct pdf *p, struct rich *b, const struct compose_contact *c)
{
	contact_icon(p, b, c);
	if (c->label) {
		rich_add(p, b, c->label, ST_MUTED, NULL);
		rich_add(p, b, c->colon, ST_MUTED, NULL);
	}
	rich_add(p, b, c->text, 0, c->href);
	if (c->note) {
		rich_add(p, b, " ", 0, NULL);
		rich_add(p, b, c->note, ST_SMALL, c->href);
	}
}

/* The contact line into b: each item measured, as many on a line as fit
 * in width, the separator only between two items on one line, never at
 * its end; stacked, one item a line. */
static void
contacts(struct pdf *p, struct rich *b, bool *any, double width, bool stacked)
{
	size_t n, i;
	struct compose_contact *c = compose_contacts(p->r, &p->links, &n);
	double *w, sep, used = 0;
	struct rich m;

	rich_init(b);
	*any = n > 0;
	if (n == 0) {
		free(c);
		return;
	}
	w = xcalloc(n, sizeof(*w));
	for (i = 0; i < n; i++) {
		rich_init(&m);
		contact_item(p, &m, &c[i]);
		w[i] = box_width(make_box(p, &m, -1, p->th->font_body,
		    p->th->size_small, 400, &p->th->text, NULL));
	}
	rich_init(&m);
	rich_add(p, &m, "  ", 0, NULL);
	rich_add(p, &m, p->th->contact_sep, ST_ACCENT, NULL);
	rich_add(p, &m, "  ", 0, NULL);
	sep = box_width(make_box(p, &m, -1, p->th->font_body, p->th->size_small,
	    400, &p->th->text, NULL));
	for (i = 0; i < n; i++) {
		if (i && !stacked && used + sep + w[i] <= width) {
			rich_add(p, b, "  ", 0, NULL);
			rich_add(p, b, p->th->contact_sep, ST_ACCENT, NULL);
			rich_add(p, b, "  ", 0, NULL);
			used += sep + w[i];
		} else {
			/* a new line: a paragraph of the layout, as a line
			 * separator (U+2028), which Lato lacks, would have
			 * pango set up a font just to find it none */
			if (i)
				rich_add(p, b, "\n", 0, NULL);
			used = w[i];
		}
		/* an item wider than the line breaks at its spaces */
		if (w[i] <= width)
			nobreak_begin(b);
		contact_item(p, b, &c[i]);
		nobreak_end(b);
	}
	free(w);
	free(c);
}

/* Sets every piece of bx in alignment al (a box with a width). */
static struct box *
box_align(struct box *bx, PangoAlignment al)
{
	struct box *pc;

	for (pc = bx; pc; pc = pc->next) {
		/* centred or flush right within the width, which it needs */
		if (pc->wrap > 0 && al != PANGO_ALIGN_LEFT)
			set_wrap(pc);
		pango_layout_set_alignment(pc->layout, al);
	}
	return bx;
}

/* The name, the headline and the contacts: flush left, centred, or the
 * name on the left with the contacts stacked on the right (the
 * theme's header). */
static void
header(struct pdf *p)
{
	const struct resume_basics *bs = &p->r->basics;
	enum resume_header hs = p->th->header;
	PangoAlignment al = hs == RESUME_HEADER_CENTER ? PANGO_ALIGN_CENTER
	                                               : PANGO_ALIGN_LEFT;
	/* the photo stands at the header's end (on both sides of a
	 * centred one, room is left, so that it stays centred) */
	double room = p->has_photo ? p->th->photo_size + p->th->gap_column : 0;
	double full = p->width - (hs == RESUME_HEADER_CENTER ? 2 : 1) * room;
	double x0 = hs == RESUME_HEADER_CENTER ? room : 0;
	double w = full, cw = full;
	size_t top = p->nlines;
	struct box *name = NULL;
	struct rich b;
	bool any = false;

	p->photo_line = top;
	if (p->has_photo) {
		/* read first, inside the document and before the name */
		tag_event(p, "Figure", true);
		p->tags[p->ntags - 1].photo = true;
	}
	if (hs == RESUME_HEADER_SPLIT && p->r->basics.ncontacts) {
		w = full * 0.58;
		cw = full - w - p->th->gap_column;
	} else if (hs == RESUME_HEADER_SPLIT)
		hs = RESUME_HEADER_LEFT;
	if (bs->name) {
		rich_init(&b);
		rich_add(p, &b, bs->name, 0, NULL);
		name = make_box(p, &b, w, p->th->font_heading, p->th->size_name,
		    render_name_weight(p->th, bs->name), &p->th->text,
		    &bs->pos);
		/* a right-to-left name has its contacts below it: stacked
		 * on its right they would run into it (the name is laid
		 * out again, full width, only then) */
		if (hs == RESUME_HEADER_SPLIT && box_rtl(name)) {
			hs = RESUME_HEADER_LEFT;
			w = cw = full;
			rich_init(&b);
			rich_add(p, &b, bs->name, 0, NULL);
			name = make_box(p, &b, w, p->th->font_heading,
			    p->th->size_name,
			    render_name_weight(p->th, bs->name), &p->th->text,
			    &bs->pos);
		}
		tag_open(p, "H1");
		add_box(p, box_align(name, al), x0, KEEP_ALL);
		tag_close(p, "H1");
	}
	if (bs->label) {
		space(p, 1);
		rich_init(&b);
		rich_add(p, &b, bs->label, 0, NULL);
		tag_open(p, "P");
		add_box(p,
		    box_align(
		        make_box(p, &b, w, p->th->font_body, p->th->size_label,
		            400, &p->th->muted, &bs->pos),
		        al),
		    x0, KEEP_ALL);
		tag_close(p, "P");
	}
	contacts(p, &b, &any, cw, hs == RESUME_HEADER_SPLIT);
	if (any && hs == RESUME_HEADER_SPLIT) {
		/* beside the name: each line drawn up by the height of what
		 * stands before it, the flow going on below the taller */
		double h = flow_height(p, top), cum = 0;
		size_t first, i;

		tag_open(p, "P");
		first = add_box(p,
		    box_align(make_box(p, &b, cw, p->th->font_body,
		                  p->th->size_small, 400, &p->th->text, NULL),
		        PANGO_ALIGN_RIGHT),
		    w + p->th->gap_column, KEEP_ALL);
		tag_close(p, "P");
		p->flow -= flow_height(p, first);
		p->lines[first].space_before = 0;
		for (i = first; i < p->nlines; i++) {
			p->lines[i].lift = h - cum;
			cum += p->lines[i].height;
			p->lines[i].height = 0;
		}
		if (p->nlines > first && cum > h) {
			p->lines[p->nlines - 1].height = cum - h;
			p->flow += cum - h;
		}
	} else if (any) {
		space(p, 4);
		tag_open(p, "P");
		add_box(p,
		    box_align(make_box(p, &b, full, p->th->font_body,
		                  p->th->size_small, 400, &p->th->text, NULL),
		        al),
		    x0, KEEP_ALL);
		tag_close(p, "P");
	} else
		pango_attr_list_unref(b.attrs);
	if (p->nlines)
		p->lines[p->nlines - 1].keep = false;
	/* what follows begins the header's gap below the photo (spaces
	 * merge, so the gap is added here, not asked for again) */
	if (p->has_photo && p->nlines > top &&
	    flow_height(p, top) < p->th->photo_size)
		space(p,
		    p->th->photo_size - flow_height(p, top) +
		        p->th->gap_header);
	else
		space(p, p->th->gap_header);
}

/* --- fonts --- */

static void
icon_font_look(void)
{
	FcPattern *pat = FcPatternBuild(
	    NULL, FC_FAMILY, FcTypeString, ICON_FONT, (char *)NULL);
	FcObjectSet *os = FcObjectSetBuild(FC_FILE, (char *)NULL);
	FcFontSet *fs = FcInit() ? FcFontList(NULL, pat, os) : NULL;

	if (fs && fs->nfont > 0) {
		/* the face pango would take for the family */
		FcResult res;
		FcPattern *m;

		FcConfigSubstitute(NULL, pat, FcMatchPattern);
		FcDefaultSubstitute(pat);
		if ((m = FcFontMatch(NULL, pat, &res)) != NULL) {
			icon_face = cairo_ft_font_face_create_for_pattern(m);
			FcPatternDestroy(m);
		}
	}
	if (fs)
		FcFontSetDestroy(fs);
	FcObjectSetDestroy(os);
	FcPatternDestroy(pat);
}

/* Is the icon font installed?  Asked once a process. */
static bool
icon_font_installed(void)
{
	pthread_once(&icon_font_once, icon_font_look);
	return icon_face != NULL;
}

static void
charset_add(FcCharSet *cs, const char *s)
{
	size_t i = 0, n, k;
	uint32_t cp;

	if (s == NULL)
		return;
	n = strlen(s);
	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		if (cp > 0x20)
			FcCharSetAddChar(cs, cp);
		i += k;
	}
}

static void
charset_text(FcCharSet *cs, const struct resume_text *t)
{
	size_t i;

	for (i = 0; i < t->nspans; i++)
		charset_add(cs, t->spans[i].text);
}

static void
charset_blocks(FcCharSet *cs, const struct resume_block *b, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		charset_text(cs, &b[i].text);
		charset_add(cs, b[i].literal);
		/* a nested item's marker (the theme's fonts may lack it: Noto
		 * Serif does, and asking for it costs every résumé the system's
		 * whole font list) */
		if (b[i].kind == RESUME_BLOCK_ITEM && !b[i].number &&
		    b[i].level % 2)
			charset_add(cs, "◦");
		for (j = 0; j < b[i].ncells; j++)
			charset_text(cs, &b[i].cells[j]);
	}
}

/* Every character the PDF will show: the résumé's and our own. */
static FcCharSet *
document_charset(const struct resume *r, const struct resume_theme *t)
{
	FcCharSet *cs = FcCharSetCreate();
	size_t i, j, k;

	charset_add(cs, "0123456789 ,:;.–—·•()<>/ page of Résumé");
	charset_add(cs, t->bullet);
	charset_add(cs, t->contact_sep);
	charset_add(cs, r->basics.name);
	charset_add(cs, r->basics.label);
	/* what the language tables write: the footer, an open end, labels */
	{
		const struct lang *l = lang_get(r->lang);
		struct resume_buf pg = {0};

		lang_page(l, 1, 2, &pg);
		charset_add(cs, resume_buf_str(&pg));
		charset_add(cs, lang_present(l));
		charset_add(cs, lang_label(l, "phone"));
		charset_add(cs, lang_label(l, "score"));
		charset_add(cs, lang_label(l, "type"));
		for (i = 1; i <= 12; i++) {
			struct resume_date d = {.year = 2000, .month = (int)i};

			lang_date(l, &d, &pg);
			if (i <= 4) {
				d.season = (int)i;
				lang_date(l, &d, &pg);
			}
		}
		charset_add(cs, resume_buf_str(&pg));
		resume_buf_free(&pg);
		/* and the words the author chose over the tables' */
		for (i = 0; i < r->nwords; i++)
			charset_add(cs, r->words[i].value);
	}
	for (i = 0; i < r->basics.ncontacts; i++) {
		charset_add(cs, r->basics.contacts[i].label);
		charset_add(cs, r->basics.contacts[i].text);
		charset_add(cs, r->basics.contacts[i].href);
	}
	charset_blocks(cs, r->basics.summary, r->basics.nsummary);
	for (i = 0; i < r->nsections; i++) {
		const struct resume_section *s = &r->sections[i];

		charset_add(cs, s->title);
		charset_add(cs, resume_section_kind_title(s->kind));
		charset_add(cs, compose_section_title(s, r));
		charset_blocks(cs, s->intro, s->nintro);
		for (j = 0; j < s->nentries; j++) {
			const struct resume_entry *e = &s->entries[j];

			charset_add(cs, e->group);
			charset_add(cs, e->title);
			charset_add(cs, e->org);
			charset_add(cs, e->area);
			charset_add(cs, e->location);
			charset_add(cs, e->url);
			charset_add(cs, e->level);
			charset_add(cs, e->dates.text);
			for (k = 0; k < e->nkeywords; k++)
				charset_add(cs, e->keywords[k]);
			charset_blocks(cs, e->body, e->nbody);
		}
	}
	return cs;
}

/* Is file directly in dir (of length len)? */
static bool
in_dir(const FcChar8 *file, const FcChar8 *dir, size_t len)
{
	return strncmp((const char *)file, (const char *)dir, len) == 0 &&
	    file[len] == '/' &&
	    strchr((const char *)file + len + 1, '/') == NULL;
}

/* Puts the theme's fonts of directory dir (files: all the theme's font
 * files) into cfg: the whole directory, read from the system's cache,
 * unless it holds many other fonts (Debian's Noto directory has some 270,
 * and pango sorts them all for every font it sets up: 0.5 ms each, 16
 * times for the reference), then the theme's files alone, read anew
 * (about 0.4 ms a file). */
static void
add_fonts(FcConfig *cfg, const FcChar8 *dir, FcStrSet *files)
{
	FcFontSet *sys = FcConfigGetFonts(NULL, FcSetSystem);
	size_t len = strlen((const char *)dir), ours = 0, all = 0;
	FcStrList *it;
	FcChar8 *file;
	int f;

	for (f = 0; sys && f < sys->nfont; f++)
		if (FcPatternGetString(sys->fonts[f], FC_FILE, 0, &file) ==
		        FcResultMatch &&
		    in_dir(file, dir, len))
			all++;
	it = FcStrListCreate(files);
	while ((file = FcStrListNext(it)) != NULL)
		ours += in_dir(file, dir, len);
	FcStrListDone(it);
	if (all <= 2 * ours + 24) {
		FcConfigAppFontAddDir(cfg, dir);
		return;
	}
	it = FcStrListCreate(files);
	while ((file = FcStrListNext(it)) != NULL)
		if (in_dir(file, dir, len))
			FcConfigAppFontAddFile(cfg, file);
	FcStrListDone(it);
}

/*
 * Where the build put copies of the themes' font files without their
 * hinting (src/render/unhint-fonts.sh): fonts/ beside this module in the
 * build tree, RESUME_FONTS_REL from it once installed.  "" when there are
 * none.  Looked for once a process, under cairo_lock.
 */
static const char *
unhinted_root(void)
{
	static char root[4096];
	static bool looked;
	char self[2048];
	struct stat st;

	if (looked)
		return root;
	looked = true;
	if (!module_dir((const void *)&unhinted_root, self, sizeof(self)))
		return root;
	snprintf(root, sizeof(root), "%s/fonts", self);
	if (stat(root, &st) == 0 && S_ISDIR(st.st_mode))
		return root;
	snprintf(root, sizeof(root), "%s/%s", self, RESUME_FONTS_REL);
	if (stat(root, &st) == 0 && S_ISDIR(st.st_mode))
		return root;
	root[0] = '\0';
	return root;
}

/*
 * Puts into cfg the unhinted copies (under root) of directory dir, if
 * every theme font file of dir (files) has one of its own mtime: a font
 * package updated since the build is used as installed.  Their outlines,
 * metrics and layout tables are the installed files', so that nothing is
 * set otherwise; only what cairo embeds is smaller.
 */
static bool
add_unhinted(
    FcConfig *cfg, const char *root, const FcChar8 *dir, FcStrSet *files)
{
	size_t len = strlen((const char *)dir);
	char copy[8192];
	struct stat a, b;
	bool all = true;
	FcStrList *it;
	FcChar8 *file;

	if (*root == '\0' || dir[0] != '/')
		return false;
	it = FcStrListCreate(files);
	while (all && (file = FcStrListNext(it)) != NULL) {
		if (!in_dir(file, dir, len))
			continue;
		snprintf(copy, sizeof(copy), "%s%s", root, (const char *)file);
		all = stat((const char *)file, &a) == 0 &&
		    stat(copy, &b) == 0 && S_ISREG(b.st_mode) &&
		    a.st_mtime == b.st_mtime;
	}
	FcStrListDone(it);
	snprintf(copy, sizeof(copy), "%s%s", root, (const char *)dir);
	return all && FcConfigAppFontAddDir(cfg, (const FcChar8 *)copy);
}

/* What the theme's families are on this system: their font files and
 * directories, and the characters their text faces have. */
struct theme_fonts {
	struct resume_buf key; /* the families asked for, as looked up */
	/* the characters of the text's faces (body and heading), as pages
	 * of 256: fontconfig's own sets keep their parts at offsets no
	 * pointer shows, and kept for the process would read as leaks */
	struct cs_page {
		FcChar32 base, map[FC_CHARSET_MAP_SIZE];
	} * pages;
	size_t npages;
	bool looked; /* the families have been looked up */
	FcStrSet *dirs, *files;
	bool missing; /* a text family is not installed */
};

/* The fonts set up, kept from one render to the next (under
 * cairo_lock, as every render is). */
struct font_cache {
	struct theme_fonts tf;
	PangoFontMap *themed, *system;
	const struct resume_theme *themed_for;
};

static struct font_cache font_cache;

/*
 * Looks the theme's families up, once a process for each set of families
 * in turn (a batch renders every résumé in one theme; --watch may reload
 * the theme with others); a family that is not installed is a warning,
 * at the theme file's line when it set it.
 */
static const struct theme_fonts *
theme_fonts(const struct resume *r, const struct resume_theme *t,
    struct resume_diag *diag)
{
	struct theme_fonts *tf = &font_cache.tf;
	/* not the icon font: draw_icon() takes it from fontconfig itself,
	 * and pango never sets it */
	const char *families[] = {t->font_body, t->font_heading, t->font_mono};
	struct resume_buf key = {0};
	FcChar32 map[FC_CHARSET_MAP_SIZE], next, base;
	FcCharSet *have;
	size_t i;
	int f;

	resume_buf_printf(
	    &key, "%s\n%s\n%s", t->font_body, t->font_heading, t->font_mono);
	if (tf->looked &&
	    strcmp(resume_buf_str(&tf->key), resume_buf_str(&key)) == 0) {
		resume_buf_free(&key);
		return tf;
	}
	if (tf->looked) {
		free(tf->pages);
		FcStrSetDestroy(tf->dirs);
		FcStrSetDestroy(tf->files);
		resume_buf_free(&tf->key);
	}
	tf->key = key;
	tf->looked = true;
	have = FcCharSetCreate();
	tf->dirs = FcStrSetCreate();
	tf->files = FcStrSetCreate();
	tf->missing = false;
	for (i = 0; i < sizeof(families) / sizeof(*families); i++) {
		/* the first family of the list: "Lato, Noto Sans" → Lato */
		char fam[256];
		FcPattern *pat;
		FcObjectSet *os;
		FcFontSet *fs;

		if (families[i] == NULL)
			continue;
		snprintf(fam, sizeof(fam), "%.*s",
		    (int)strcspn(families[i], ","), families[i]);
		pat = FcPatternBuild(
		    NULL, FC_FAMILY, FcTypeString, fam, (char *)NULL);
		os = FcObjectSetBuild(FC_FILE, FC_CHARSET, (char *)NULL);
		fs = FcFontList(NULL, pat, os);
		for (f = 0; fs && f < fs->nfont; f++) {
			FcChar8 *file;
			FcCharSet *cs;

			if (FcPatternGetString(fs->fonts[f], FC_FILE, 0,
			        &file) == FcResultMatch) {
				FcChar8 *d = FcStrDirname(file);

				FcStrSetAdd(tf->dirs, d);
				FcStrSetAdd(tf->files, file);
				FcStrFree(d);
			}
			/* the text's faces only: the mono font's Arabic or
			 * Cyrillic would set body text in DejaVu, whose
			 * directory comes with it */
			if (i < 2 &&
			    FcPatternGetCharSet(fs->fonts[f], FC_CHARSET, 0,
			        &cs) == FcResultMatch)
				FcCharSetMerge(have, cs, NULL);
		}
		if (fs == NULL || fs->nfont == 0) {
			static const char *const keys[] = {
			    "font_body", "font_heading", "font_mono"};
			const char *file = r->file;
			unsigned int line = 0, col = 0;

			tf->missing = true;
			resume_theme_key_pos(t, keys[i], &file, &line, &col);
			resume_diag_add(diag, RESUME_WARNING, file, line, col,
			    "the theme's font '%s' is not installed; the "
			    "nearest installed font stands in",
			    fam);
		}
		if (fs)
			FcFontSetDestroy(fs);
		FcObjectSetDestroy(os);
		FcPatternDestroy(pat);
	}
	tf->pages = NULL;
	tf->npages = 0;
	for (base = FcCharSetFirstPage(have, map, &next);
	     base != FC_CHARSET_DONE;
	     base = FcCharSetNextPage(have, map, &next)) {
		tf->pages = xrealloc(
		    tf->pages, (tf->npages + 1) * sizeof(*tf->pages));
		tf->pages[tf->npages].base = base;
		memcpy(tf->pages[tf->npages++].map, map, sizeof(map));
	}
	FcCharSetDestroy(have);
	return tf;
}

/* Is every character of cs in pages (n of them, by base)? */
static bool
charset_within(const FcCharSet *cs, const struct cs_page *pages, size_t n)
{
	FcChar32 map[FC_CHARSET_MAP_SIZE], next, base;
	size_t lo = 0, k;

	for (base = FcCharSetFirstPage(cs, map, &next); base != FC_CHARSET_DONE;
	     base = FcCharSetNextPage(cs, map, &next)) {
		while (lo < n && pages[lo].base < base)
			lo++;
		for (k = 0; k < FC_CHARSET_MAP_SIZE; k++)
			if (map[k] &
			    ~(lo < n && pages[lo].base == base
			            ? pages[lo].map[k]
			            : 0))
				return false;
	}
	return true;
}

/*
 * Do the theme's own families cover every character of the document?  If
 * so and cfg is not NULL, *cfg gets a font configuration holding only their
 * directories (the caller owns it).  Pango sorts all installed fonts for
 * each font it sets up (hundreds with Noto and Noto CJK); with the theme's
 * few it does the same work in a fraction of the time.
 */
static bool
theme_covers(const struct resume *r, const struct resume_theme *t,
    FcConfig **cfg_out, struct resume_diag *diag)
{
	const struct theme_fonts *tf;
	FcConfig *cfg = NULL;
	FcCharSet *doc;
	bool covered;
	FcStrList *it;
	FcChar8 *dir;

	if (cfg_out)
		*cfg_out = NULL;
	if (!FcInit())
		return false;
	tf = theme_fonts(r, t, diag);
	doc = document_charset(r, t);
	covered = !tf->missing && charset_within(doc, tf->pages, tf->npages);
	FcCharSetDestroy(doc);
	if (covered && cfg_out) {
		/* the system's font caches, so that no font file is read */
		struct resume_buf xml = {0};
		FcStrList *cd = FcConfigGetCacheDirs(NULL);
		const char *root = unhinted_root();

		resume_buf_puts(&xml, "<fontconfig>");
		while (cd && (dir = FcStrListNext(cd)) != NULL)
			resume_buf_printf(
			    &xml, "<cachedir>%s</cachedir>", (const char *)dir);
		if (cd)
			FcStrListDone(cd);
		/* and the build's own, of the unhinted copies (a path of the
		 * build tree or the installation: no markup in it to escape
		 * but for a stray '<' or '&', then no cache is read) */
		if (*root && strpbrk(root, "<&") == NULL)
			resume_buf_printf(
			    &xml, "<cachedir>%s/cache</cachedir>", root);
		resume_buf_puts(&xml, "</fontconfig>");
		cfg = FcConfigCreate();
		FcConfigParseAndLoadFromMemory(
		    cfg, (const FcChar8 *)resume_buf_str(&xml), FcFalse);
		resume_buf_free(&xml);
		it = FcStrListCreate(tf->dirs);
		while ((dir = FcStrListNext(it)) != NULL)
			if (!add_unhinted(cfg, root, dir, tf->files))
				add_fonts(cfg, dir, tf->files);
		FcStrListDone(it);
		*cfg_out = cfg;
	}
	return covered;
}

/*
 * The font map for a document: the theme's own fonts when they cover it,
 * else the system's with all their fallbacks.  Pango caches patterns and
 * fonts in a font map for as long as it lives and never lets go of a
 * configuration it was given, so font maps live for the process: fonts
 * are set up once for a batch of résumés.  At 72 dpi, the context's own
 * resolution: pango takes every font's metrics in a context of the map's
 * resolution, and at another one the fonts would be matched again for
 * it.  Borrowed; *own: the map is the theme's.
 */
static PangoFontMap *
font_map(const struct resume *r, const struct resume_theme *t,
    struct resume_diag *diag, bool *own)
{
	struct font_cache *c = &font_cache;
	FcConfig *cfg = NULL;

	if (theme_covers(r, t, c->themed ? NULL : &cfg, diag)) {
		if (cfg) {
			c->themed = pango_cairo_font_map_new();
			pango_cairo_font_map_set_resolution(
			    PANGO_CAIRO_FONT_MAP(c->themed), 72);
			c->themed_for = t;
			if (PANGO_IS_FC_FONT_MAP(c->themed))
				pango_fc_font_map_set_config(
				    PANGO_FC_FONT_MAP(c->themed), cfg);
			FcConfigDestroy(cfg); /* the font map holds it */
		}
		*own = c->themed && c->themed_for == t;
		if (*own)
			return c->themed;
	}
	*own = false;
	if (c->system == NULL) {
		c->system = pango_cairo_font_map_new();
		pango_cairo_font_map_set_resolution(
		    PANGO_CAIRO_FONT_MAP(c->system), 72);
	}
	return c->system;
}

/* --- pagination and drawing --- */

struct page_pos {
	int page;
	double y; /* top of the line from the top margin */
};

/* The sidebar's lines, from y on the page: past the page's foot they
 * are given the next page, which lay_out() takes as "does not fit". */
static void
paginate_side(
    struct pdf *p, struct page_pos *pos, double avail, int page, double y)
{
	size_t k;

	for (k = p->side_first; k < p->side_end; k++) {
		y += k > p->side_first ? p->lines[k].space_before : 0;
		pos[k].page = y + p->lines[k].height > avail ? page + 1 : page;
		pos[k].y = y;
		y += p->lines[k].height;
	}
}

static int
paginate(struct pdf *p, struct page_pos *pos, double avail, double *last)
{
	size_t i = 0, j, k;
	double y = 0, h;
	int page = 0;

	while (i < p->nlines) {
		if (i == p->side_first && p->side_end > p->side_first) {
			/* beside the main column, from its top: the
			 * summary's, or else what follows */
			if (p->side_top < p->side_first)
				paginate_side(p, pos, avail,
				    pos[p->side_top].page, pos[p->side_top].y);
			else
				paginate_side(p, pos, avail, page,
				    y +
				        (y > 0 && p->side_end < p->nlines
				                ? p->lines[p->side_end]
				                      .space_before
				                : 0));
			i = p->side_end;
			continue;
		}
		/* the lines that must stay together: [i, j] */
		for (j = i; j + 1 < p->nlines && p->lines[j].keep && j - i < 40;
		     j++)
			;
		if (p->lines[i].page_first && y > 0) {
			page++;
			y = 0;
		}
		h = y > 0 ? p->lines[i].space_before : 0;
		for (k = i; k <= j; k++)
			h += p->lines[k].height +
			    (k > i ? p->lines[k].space_before : 0);
		if (y > 0 && y + h > avail) {
			page++;
			y = 0;
		}
		for (k = i; k <= j; k++) {
			double sb = y > 0 ? p->lines[k].space_before : 0;

			if (y > 0 && y + sb + p->lines[k].height > avail) {
				/* a group taller than a page breaks anyway */
				page++;
				y = 0;
				sb = 0;
			}
			y += sb;
			pos[k].page = page;
			pos[k].y = y;
			y += p->lines[k].height;
		}
		i = j + 1;
	}
	*last = y;
	return page + 1;
}

/* Frees the flow: its boxes, lines, structure and links. */
static void
flow_free(struct pdf *p)
{
	size_t i;

	for (i = 0; i < p->nboxes; i++) {
		g_object_unref(p->boxes[i]->layout);
		free(p->boxes[i]->links);
		free(p->boxes[i]);
	}
	free(p->boxes);
	for (i = 0; i < p->nlines; i++) {
		free(p->lines[i].row);
		free(p->lines[i].row_x);
	}
	free(p->lines);
	render_links_free(&p->links);
	free(p->tags);
	free(p->ents);
	p->ents = NULL;
	p->nents = 0;
	p->boxes = NULL;
	p->lines = NULL;
	p->tags = NULL;
	p->nboxes = p->nlines = p->cap = p->ntags = p->captags = 0;
	p->nlists = 0;
	p->pending = p->flow = 0;
	p->spare = NULL;
}

/* Sets the column being laid out: its left, its width and its margin
 * column (for dates or section titles, when the theme has one). */
static void
column(struct pdf *p, double x, double w, bool margin_col)
{
	p->col_x = x;
	p->width = w;
	p->datecol = 0;
	if (margin_col &&
	    (p->th->dates == RESUME_DATES_LEFT ||
	        p->th->heading == RESUME_HEADING_SIDE)) {
		/* a margin column as wide as the widest date, leaving the
		 * text at least 60 % of the column, whatever the theme
		 * says */
		double dw = p->th->dates == RESUME_DATES_LEFT
		    ? fmax(p->th->date_width, ceil(widest_date(p)))
		    : p->th->date_width;

		p->datecol = fmin(dw + p->th->gap_date, w * 0.4);
		p->col_x += p->datecol;
		p->width -= p->datecol;
	}
}

/* The summary, the sidebar's sections and the main column's, in reading
 * order: the sidebar beside the main column from the summary's top, read
 * after the summary and before the sections.  side[i]: section i goes to
 * the sidebar. */
static void
columns(struct pdf *p, const bool *side)
{
	const struct resume *r = p->r;
	const struct resume_theme *th = p->th;
	double full = p->width, gutter = 2 * th->gap_column;
	double main_x = 0, main_w = full;
	bool first = r->basics.nsummary == 0 && !r->basics.name &&
	    !r->basics.ncontacts;
	size_t i, nside = 0, turn;

	for (i = 0; i < r->nsections; i++)
		nside += side[i] && !resume_section_is_empty(&r->sections[i]);
	if (nside) {
		p->side_w = fmin(th->sidebar_width, full * 0.45);
		main_w = full - p->side_w - gutter;
		if (th->sidebar == RESUME_SIDEBAR_LEFT) {
			p->side_x = 0;
			main_x = p->side_w + gutter;
		} else
			p->side_x = main_w + gutter;
	}
	column(p, main_x, main_w, true);
	p->side_top = p->nlines;
	blocks(p, r->basics.summary, r->basics.nsummary, 0, true);
	p->side_first = p->side_end = p->nlines;
	if (nside) {
		double flow = p->flow, pending = p->pending;

		/* the panel's tint reaches gap_column past the text */
		column(p, p->side_x + th->gap_column,
		    p->side_w - 2 * th->gap_column, false);
		for (i = 0; i < r->nsections; i++)
			if (side[i])
				section(p, &r->sections[i],
				    p->nlines == p->side_first);
		p->side_end = p->nlines;
		if (p->side_end > p->side_first)
			p->lines[p->side_end - 1].keep = false;
		/* the sidebar stands beside the flow, not in it */
		p->flow = flow;
		p->pending = pending;
		column(p, main_x, main_w, true);
	}
	turn = render_turn(r);
	for (i = 0; i < r->nsections; i++)
		if (!side[i]) {
			size_t at = p->nlines;

			section(p, &r->sections[i], first);
			if (i == turn && p->nlines > at)
				p->lines[at].page_first = true;
			first = false;
		}
	column(p, 0, full, false);
}

/* Lays the résumé out in theme th and breaks it into pages: returns the
 * page count, *pos each line's place (the caller frees it) and *fill how
 * full the last page is, 0 to 1.  A sidebar holds what fits on the first
 * page: its sections that do not fit go to the main column, the last
 * first. */
static int
lay_out(struct pdf *p, const struct resume_theme *th, unsigned int max_pages,
    struct page_pos **pos, double *fill)
{
	const struct resume *r = p->r;
	double avail = p->page_h - th->margin_top - th->margin_bottom;
	/* no narrower than 2 in, however small the theme's width_max */
	double measure = fmax(th->width_max, 144);
	bool *side = render_sidebar(r, th, NULL);
	size_t i;
	int n;

	p->paper_th = *th;
	if (th->width_max > 0 && p->page_w - 2 * th->margin_side > measure)
		p->paper_th.margin_side = (p->page_w - measure) / 2;
	th = &p->paper_th;
	for (;;) {
		flow_free(p);
		free(*pos);
		p->th = th;
		p->width = p->page_w - 2 * th->margin_side;
		p->max_flow = (double)max_pages * avail;
		p->widest_date = -1;
		tag_open(p, "Document");
		header(p);
		columns(p, side);
		tag_close(p, "Document");
		*pos = xcalloc(p->nlines + 1, sizeof(**pos));
		n = paginate(p, *pos, avail, fill);
		if (p->side_end == p->side_first ||
		    (*pos)[p->side_end - 1].page == 0)
			break;
		for (i = r->nsections; i-- > 0;)
			if (side[i]) {
				side[i] = false;
				break;
			}
	}
	free(side);
	*fill /= avail;
	return n;
}

/* --- fitting to a page count --- */

/* The body size fitting never goes below. */
#define FIT_BODY_FLOOR 9.0

/* The theme base fitted by t: 0 is base itself, 1 every limit it declares
 * at once (type, leading, gaps, margins, each moved the same part of the
 * way, so that they keep their proportions); below 0 only the gaps grow,
 * up to fit_gap_max at -1. */
static void
fit_theme(const struct resume_theme *base, double t, struct resume_theme *th)
{
	double smin = fmax(base->fit_size_min, FIT_BODY_FLOOR), s = 1, g;

	*th = *base;
	if (t < 0) {
		g = 1 + -t * (fmax(base->fit_gap_max, 1) - 1);
	} else {
		if (smin < base->size_body)
			s = 1 - t * (1 - smin / base->size_body);
		g = s * (1 - t * (1 - fmin(fmax(base->fit_gap_min, 0), 1)));
		th->line_height = base->line_height -
		    t *
		        fmax(base->line_height -
		                fmax(base->fit_line_height_min, 0.8),
		            0);
		th->margin_top = base->margin_top -
		    t * fmax(base->margin_top - base->fit_margin_min, 0);
		th->margin_bottom = base->margin_bottom -
		    t * fmax(base->margin_bottom - base->fit_margin_min, 0);
		th->margin_side = base->margin_side -
		    t * fmax(base->margin_side - base->fit_margin_min, 0);
	}
	th->size_body *= s;
	th->size_small *= s;
	th->size_name *= s;
	th->size_label *= s;
	th->size_section *= s;
	th->size_group *= s;
	th->size_mono *= s;
	th->size_footer *= s;
	th->indent_item *= s;
	th->indent_level *= s;
	th->gap_date *= s;
	th->gap_column *= s;
	th->gap_rule *= s;
	th->gap_header *= g;
	th->gap_section *= g;
	th->gap_title *= g;
	th->gap_entry *= g;
	th->gap_block *= g;
	th->gap_item *= g;
}

/* The last page is too empty when it holds under this part of a page. */
#define FIT_LAST_MIN 0.15

/* One trial: the document laid out at t. */
struct trial {
	double t;
	int pages;
	double fill; /* pages - 1 + the last page's fill */
};

static struct trial
try_fit(struct pdf *p, const struct resume_theme *base, double t,
    unsigned int max_pages, struct page_pos **pos, struct resume_theme *th)
{
	struct trial r;
	double last;

	fit_theme(base, t, th);
	r.t = t;
	r.pages = lay_out(p, th, max_pages, pos, &last);
	r.fill = r.pages - 1 + last;
	return r;
}

/* Searches t in [lo, hi] (pages(lo) over want, pages(hi) at most want) for
 * about the least change that lands on want pages: bisection steered by
 * how full the pages are, a few layouts, ending laid out at the best. */
static struct trial
search(struct pdf *p, const struct resume_theme *base, struct trial lo,
    struct trial hi, int want, unsigned int max_pages, struct page_pos **pos,
    struct resume_theme *th)
{
	double last = hi.t;
	int k;

	for (k = 0; k < 5 && hi.t - lo.t > 0.03; k++) {
		/* where the fill would reach just under want, linearly */
		double target = want - 0.02, t;
		struct trial m;

		t = lo.fill > hi.fill ? lo.t +
		        (hi.t - lo.t) * (lo.fill - target) / (lo.fill - hi.fill)
		                      : (lo.t + hi.t) / 2;
		/* never the ends, and half way when the guess is poor */
		t = fmin(fmax(t, lo.t + (hi.t - lo.t) * 0.1),
		    lo.t + (hi.t - lo.t) * 0.9);
		if (k >= 3)
			t = (lo.t + hi.t) / 2;
		m = try_fit(p, base, t, max_pages, pos, th);
		last = t;
		if (m.pages <= want)
			hi = m;
		else
			lo = m;
	}
	return hi.t == last ? hi : try_fit(p, base, hi.t, max_pages, pos, th);
}

/* Says what fitting changed, as a note in diag. */
static void
fit_report(struct pdf *p, const struct resume_theme *base,
    const struct resume_theme *th, int want, int pages)
{
	struct resume_buf b = {0};
	double g = th->gap_entry / (base->gap_entry > 0 ? base->gap_entry : 1);
	const char *sep = ": ";

	resume_buf_printf(
	    &b, "fitted to %d page%s", pages, pages == 1 ? "" : "s");
	if (pages != want)
		resume_buf_printf(&b, " (asked %d)", want);
	if (lround(th->size_body * 10) != lround(base->size_body * 10)) {
		resume_buf_printf(&b, "%sbody %.1f → %.1f pt", sep,
		    base->size_body, th->size_body);
		sep = ", ";
	}
	if (lround(th->line_height * 100) != lround(base->line_height * 100)) {
		resume_buf_printf(&b, "%sleading %.2f → %.2f", sep,
		    base->line_height, th->line_height);
		sep = ", ";
	}
	if (fabs(g - 1) >= 0.005) {
		resume_buf_printf(&b, "%sgaps %s%.0f %%", sep,
		    g > 1 ? "+" : "−", fabs(g - 1) * 100);
		sep = ", ";
	}
	if (lround(th->margin_side) != lround(base->margin_side) ||
	    lround(th->margin_top) != lround(base->margin_top))
		resume_buf_printf(&b, "%smargins %.0f/%.0f → %.0f/%.0f pt", sep,
		    base->margin_top, base->margin_side, th->margin_top,
		    th->margin_side);
	resume_diag_add(
	    p->diag, RESUME_NOTE, p->r->file, 0, 0, "%s", resume_buf_str(&b));
	resume_buf_free(&b);
}

static bool
last_too_empty(const struct trial *x)
{
	return x->pages > 1 && x->fill - (x->pages - 1) < FIT_LAST_MIN;
}

/* --fit-pages: from the natural layout in p (*npages pages, the last
 * *fill full), lays the résumé out on at most o->fit_pages pages with no
 * nearly empty last page, within the theme's limits, in th, and sets
 * *npages and *fill to the new layout's.  Returns 1 when the theme was
 * changed, 0 when the résumé is left as it was; fails (-1), saying how
 * far off it is, when even the limits need more pages. */
static int
fit(struct pdf *p, const struct resume_opts *o, unsigned int max_pages,
    struct page_pos **pos, int *npages, double *fill, struct resume_theme *th)
{
	/* the theme asked for: p->th is the one laid out last */
	const struct resume_theme *base = o->theme ? o->theme
	                                           : resume_theme_default();
	int want = (int)o->fit_pages;
	struct trial best = {0, *npages, *npages - 1 + *fill}, cur = best;

	if (best.pages <= want && !last_too_empty(&best))
		return 0; /* it fits as it is: untouched */
	if (best.pages > want) {
		struct trial at1 = try_fit(p, base, 1, max_pages, pos, th);

		if (at1.pages > want) {
			double over = (at1.fill - want) *
			    (p->page_h - th->margin_top - th->margin_bottom);

			resume_diag_add(p->diag, RESUME_ERROR, p->r->file, 0, 0,
			    "cannot fit %d page%s: it needs %.*f pages at the "
			    "smallest the theme allows (body %.1f pt), about "
			    "%.0f lines over; --fit-pages %d would fit",
			    want, want == 1 ? "" : "s",
			    at1.fill - want < 0.1 ? 2 : 1, at1.fill,
			    th->size_body,
			    ceil(
			        over / (th->size_body * th->line_height * 1.2)),
			    at1.pages);
			return -1;
		}
		best = cur = search(
		    p, base, best, at1, want, max_pages, pos, th);
	}
	/* a last page with a line or two on it: one page fewer, tighter,
	 * when the limits allow; else the gaps a little wider, carrying
	 * more onto it */
	if (last_too_empty(&best)) {
		struct trial tight = cur = try_fit(
		    p, base, 1, max_pages, pos, th);

		if (tight.pages < best.pages) {
			best = cur = search(p, base, best, tight,
			    best.pages - 1, max_pages, pos, th);
		} else {
			struct trial wide = cur = try_fit(
			    p, base, -1, max_pages, pos, th);
			double b = best.t;
			int k;

			/* the least widening that fills it: wide fills
			 * it, b does not */
			for (k = 0; k < 5 && wide.pages == best.pages &&
			     !last_too_empty(&wide);
			     k++) {
				struct trial m = cur = try_fit(p, base,
				    (wide.t + b) / 2, max_pages, pos, th);

				if (m.pages == best.pages &&
				    !last_too_empty(&m))
					wide = m;
				else
					b = m.t;
			}
			if (wide.pages == best.pages && !last_too_empty(&wide))
				best = wide;
		}
	}
	if (cur.t != best.t)
		best = try_fit(p, base, best.t, max_pages, pos, th);
	*npages = best.pages;
	*fill = best.fill - (best.pages - 1);
	if (best.t == 0)
		return 0;
	fit_report(p, base, th, want, best.pages);
	return 1;
}

/* What a finding calls entry e: its title, else its organisation. */
static const char *
entry_name(const struct resume_entry *e)
{
	return e->title ? e->title : e->org ? e->org : "";
}

/* resume check: what the page breaks do to the résumé. */
static void
layout_findings(
    struct pdf *p, const struct page_pos *pos, int npages, double fill)
{
	const char *file = p->r->file;
	size_t i;

	for (i = 0; i < p->nents; i++) {
		const struct ent *n = &p->ents[i];
		const struct resume_entry *e = n->e;

		if (n->first + 1 <= n->last && n->last < p->nlines &&
		    pos[n->first].page != pos[n->first + 1].page)
			resume_diag_add_code(p->diag, RESUME_WARNING, file,
			    e->pos.line, e->pos.col, e->pos.pointer,
			    "heading-at-bottom",
			    "the head of '%s' ends page %d, apart from what "
			    "it heads",
			    entry_name(e), pos[n->first].page + 1);
		else if (n->last < p->nlines &&
		    pos[n->first].page != pos[n->last].page)
			resume_diag_add_code(p->diag, RESUME_WARNING, file,
			    e->pos.line, e->pos.col, e->pos.pointer,
			    "entry-split",
			    "the entry '%s' breaks across pages %d and %d",
			    entry_name(e), pos[n->first].page + 1,
			    pos[n->last].page + 1);
	}
	/* a section title as the last line of a page, its section on the
	 * next */
	for (i = 0; i + 1 < p->nlines; i++) {
		const struct resume_pos *h = p->lines[i].head;

		if (h && pos[i + 1].page != pos[i].page)
			resume_diag_add_code(p->diag, RESUME_WARNING, file,
			    h->line, h->col, h->pointer, "heading-at-bottom",
			    "a section title ends page %d, apart from its "
			    "section",
			    pos[i].page + 1);
	}
	if (npages > 1 && fill < FIT_LAST_MIN)
		resume_diag_add_code(p->diag, RESUME_WARNING, file, 0, 0, NULL,
		    "last-page-empty",
		    "the last of %d pages is only %d %% full: "
		    "--fit-pages %d may take it in, or cut a few lines",
		    npages, (int)(fill * 100), npages - 1);
}

static void
set_color(cairo_t *cr, const struct resume_color *c)
{
	cairo_set_source_rgb(cr, c->r, c->g, c->b);
}

static void
link_rects(struct pdf *p, cairo_t *cr, const struct fline *l, double left,
    double top, PangoLayoutLine *line)
{
	struct resume_buf attrs = {0};
	size_t k;

	for (k = 0; k < l->box->nlinks; k++) {
		const struct link *lk = &l->box->links[k];
		int s = lk->start > line->start_index ? lk->start
		                                      : line->start_index;
		int e = lk->end < line->start_index + line->length
		    ? lk->end
		    : line->start_index + line->length;
		int x0, x1;
		if (s >= e)
			continue;
		pango_layout_line_index_to_x(line, s, FALSE, &x0);
		pango_layout_line_index_to_x(line, e, FALSE, &x1);
		if (e >= line->start_index + line->length) {
			PangoRectangle log;

			pango_layout_line_get_extents(line, NULL, &log);
			x1 = log.x + log.width;
		}
		if (x1 < x0) {
			int t = x0;

			x0 = x1;
			x1 = t;
		}
		resume_buf_clear(&attrs);
		if (!link_allowed(lk->href))
			continue;
		/* percent-encoded, the target holds no "'", "\\", "(" or ")"
		 * for cairo's attribute parser or the PDF string it writes */
		resume_buf_puts(&attrs, "uri='");
		link_uri_encode(&attrs, lk->href);
		resume_buf_printf(&attrs, "' rect=[%.2f %.2f %.2f %.2f]",
		    left + PT(x0), top, PT(x1 - x0), l->height);
		cairo_tag_begin(cr, CAIRO_TAG_LINK, resume_buf_str(&attrs));
		cairo_tag_end(cr, CAIRO_TAG_LINK);
	}
	(void)p;
	resume_buf_free(&attrs);
}

static void
emit_tag(cairo_t *cr, const struct tagev *t)
{
	if (t->open)
		cairo_tag_begin(cr, t->tag, "");
	else
		cairo_tag_end(cr, t->tag);
}

/* A section title's entry in the PDF's outline, to page at x, y. */
static void
outline_entry(cairo_t *cr, const char *title, int page, double x, double y)
{
	cairo_surface_t *surf = cairo_get_target(cr);
	char dest[96];
	struct resume_buf t = {0};

	if (cairo_surface_get_type(surf) != CAIRO_SURFACE_TYPE_PDF)
		return;
	snprintf(dest, sizeof(dest), "page=%d pos=[%.2f %.2f]", page + 1, x, y);
	utf8_add_clean(&t, title, strlen(title));
	cairo_pdf_surface_add_outline(
	    surf, CAIRO_PDF_OUTLINE_ROOT, resume_buf_str(&t), dest, 0);
	resume_buf_free(&t);
}

/*
 * The text layer of a right-to-left run, as PDF readers that order a
 * line's characters by their place rebuild it (poppler): pango leaves a
 * zero-width non-joiner out of the glyphs, so a Persian word with one
 * would read as a word without it.  It becomes the font's own empty
 * glyph, a hair left of the letter it follows, which keeps it between
 * that letter and the next one in every reader's order.
 */
static void
keep_joiners(PangoLayoutLine *line)
{
	const char *text = NULL;
	GSList *rn;

	for (rn = line->runs; rn; rn = rn->next) {
		PangoLayoutRun *run = rn->data;
		PangoGlyphString *gs = run->glyphs;
		hb_codepoint_t zwnj = 0;
		int g;

		if (!(run->item->analysis.level & 1))
			continue;
		for (g = 0; g < gs->num_glyphs; g++) {
			int at = run->item->offset + gs->log_clusters[g];

			if (gs->glyphs[g].glyph != PANGO_GLYPH_EMPTY)
				continue;
			if (text == NULL)
				text = pango_layout_get_text(line->layout);
			if (strncmp(text + at, "\xe2\x80\x8c", 3) != 0)
				continue;
			if (zwnj == 0 &&
			    !hb_font_get_nominal_glyph(
			        pango_font_get_hb_font(
			            run->item->analysis.font),
			        0x200c, &zwnj))
				break;
			gs->glyphs[g].glyph = zwnj;
			gs->glyphs[g].geometry.width = 0;
			gs->glyphs[g].geometry.x_offset -= PANGO_SCALE / 100;
		}
	}
}

/* Draws a line of text at the current point. */
static void
show_line(struct pdf *p, cairo_t *cr, PangoLayoutLine *line)
{
	if (!p->raster)
		keep_joiners(line);
	pango_cairo_show_layout_line(cr, line);
}

/* Draws box bx whole, its left at x, its first line's top at top. */
static void
draw_box(struct pdf *p, cairo_t *cr, const struct fline *l, struct box *bx,
    double x, double top)
{
	struct box *pc;

	for (pc = bx; pc; pc = pc->next) {
		PangoLayoutIter *it = pango_layout_get_iter(pc->layout);
		PangoRectangle log;
		double left;

		set_color(cr, &pc->color);
		do {
			struct fline cl = *l;
			double adv = line_advance(pc, it, &cl.baseline);

			pango_layout_iter_get_line_extents(it, NULL, &log);
			cl.box = pc;
			cl.height = adv;
			left = x + PT(log.x);
			cairo_move_to(cr, left, top + cl.baseline);
			show_line(
			    p, cr, pango_layout_iter_get_line_readonly(it));
			link_rects(p, cr, &cl, left, top,
			    pango_layout_iter_get_line_readonly(it));
			top += adv;
		} while (pango_layout_iter_next_line(it));
		pango_layout_iter_free(it);
	}
}

/* Draws a table row: each cell whole, its lines from the row's top, the
 * cells left to right. */
static void
draw_row(struct pdf *p, cairo_t *cr, const struct fline *l, double y)
{
	size_t j;

	for (j = 0; j < l->nrow; j++) {
		const char *cell = l->row_head ? "TH" : "TD";

		cairo_tag_begin(cr, cell, "");
		draw_box(p, cr, l, l->row[j],
		    p->th->margin_side + l->col_x + l->row_x[j], y);
		cairo_tag_end(cr, cell);
	}
}

/* The photo's left edge: at the right end of the header's first line's
 * column. */
static double
photo_x(const struct pdf *p)
{
	return p->th->margin_side + p->lines[p->photo_line].col_x + p->width -
	    p->th->photo_size;
}

/* The photo, at (x, y) its top left, photo_size a side: the middle of
 * the picture (turned upright) filling the theme's shape.  In a PDF a
 * JPEG is carried as its own bytes; otherwise its pixels are drawn. */
static void
draw_photo(struct pdf *p, cairo_t *cr, double x, double y)
{
	const struct render_photo *ph = &p->photo;
	double side = p->th->photo_size, r, dw, dh, k;
	cairo_surface_t *img = NULL;
	uint32_t *px = NULL;
	unsigned int w = ph->width, h = ph->height, o = ph->orientation, row;
	bool turn = o >= 5;

	if (!ph->png && ph->pdf_as_is && !p->raster) {
		img = cairo_image_surface_create(
		    CAIRO_FORMAT_RGB24, (int)w, (int)h);
		cairo_surface_set_mime_data(
		    img, CAIRO_MIME_TYPE_JPEG, ph->data, ph->len, NULL, NULL);
	} else if (p->photo_pixels &&
	    /* a page image needs no more than four pixels a point */
	    p->photo_pixels(ph, p->raster ? (unsigned int)(4 * side) : 0, &px,
	        &w, &h) == 0) {
		unsigned char *d;
		int stride;

		img = cairo_image_surface_create(
		    CAIRO_FORMAT_ARGB32, (int)w, (int)h);
		cairo_surface_flush(img);
		d = cairo_image_surface_get_data(img);
		stride = cairo_image_surface_get_stride(img);
		for (row = 0; d && row < h; row++)
			memcpy(d + (size_t)row * (size_t)stride,
			    px + (size_t)row * w, (size_t)w * 4);
		cairo_surface_mark_dirty(img);
		free(px);
	}
	if (img == NULL || cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
		if (img)
			cairo_surface_destroy(img);
		return;
	}
	dw = turn ? h : w;
	dh = turn ? w : h;
	k = side / fmin(dw, dh); /* cover the square, cut to the middle */
	cairo_save(cr);
	switch (p->th->photo) {
	case RESUME_PHOTO_CIRCLE:
		cairo_arc(
		    cr, x + side / 2, y + side / 2, side / 2, 0, 2 * M_PI);
		break;
	case RESUME_PHOTO_ROUNDED:
		r = side * 0.12;
		cairo_new_sub_path(cr);
		cairo_arc(cr, x + side - r, y + r, r, -M_PI / 2, 0);
		cairo_arc(cr, x + side - r, y + side - r, r, 0, M_PI / 2);
		cairo_arc(cr, x + r, y + side - r, r, M_PI / 2, M_PI);
		cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
		cairo_close_path(cr);
		break;
	default:
		cairo_rectangle(cr, x, y, side, side);
		break;
	}
	cairo_clip(cr);
	cairo_translate(cr, x + side / 2, y + side / 2);
	/* EXIF: 2 mirrored, 3 half a turn, 4 flipped, 5 transposed, 6 a
	 * quarter turn clockwise, 7 transposed the other way, 8 a quarter
	 * turn back */
	if (o == 3)
		cairo_rotate(cr, M_PI);
	else if (o == 5 || o == 8)
		cairo_rotate(cr, -M_PI / 2);
	else if (o == 6 || o == 7)
		cairo_rotate(cr, M_PI / 2);
	if (o == 2 || o == 5 || o == 7)
		cairo_scale(cr, -1, 1);
	else if (o == 4)
		cairo_scale(cr, 1, -1);
	/* drawn at the scale of its stored size */
	cairo_scale(cr, k * (double)ph->width / w, k * (double)ph->height / h);
	cairo_set_source_surface(cr, img, -(double)w / 2, -(double)h / 2);
	cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
	cairo_paint(cr);
	cairo_restore(cr);
	cairo_surface_destroy(img);
}

/* A structure event before line l at y: a tag, or a section title drawn
 * whole in the margin column beside l, on l's baseline. */
static void
emit_event(struct pdf *p, cairo_t *cr, const struct tagev *t,
    const struct fline *l, double y, int page)
{
	double x;

	if (t->photo) {
		if (l) {
			cairo_tag_begin(cr, "Figure", "");
			draw_photo(p, cr, photo_x(p), y);
			cairo_tag_end(cr, "Figure");
		}
		return;
	}
	if (t->draw == NULL) {
		emit_tag(cr, t);
		return;
	}
	if (l == NULL)
		return;
	x = p->th->margin_side + l->col_x - l->datecol;
	y += l->baseline - l->lift -
	    PT(pango_layout_get_baseline(t->draw->layout));
	draw_box(p, cr, l, t->draw, x, y);
	if (t->outline)
		outline_entry(cr, t->outline, page, x, y);
}

/* Draws the line's side box: a date flush right or left, a marker at
 * side_x. */
static void
draw_side(
    struct pdf *p, cairo_t *cr, const struct fline *l, double y, double base)
{
	PangoLayoutLine *sl = pango_layout_get_line_readonly(
	    l->side->layout, 0);
	double m = p->th->margin_side + l->col_x;
	double sx = l->side_kind == SIDE_RIGHT
	    ? m + l->col_w - box_width(l->side)
	    : l->side_kind == SIDE_LEFT ? m
	    : l->side_kind == SIDE_COLUMN
	    ? m - p->th->gap_date - box_width(l->side)
	    : m + l->side_x;
	struct fline side = *l;

	set_color(cr, &l->side->color);
	cairo_move_to(cr, sx, base);
	show_line(p, cr, sl);
	side.box = l->side;
	link_rects(p, cr, &side, sx, y, sl);
}

/* A section title's rule, in the theme's heading style: after the title
 * to the column's end (rule), a bar across the margin column before it
 * (bar), or under it across the column (caps). */
static void
heading_rule(struct pdf *p, cairo_t *cr, const struct fline *l, double left,
    double y, double base)
{
	const struct resume_theme *th = p->th;
	double m = th->margin_side + l->col_x, x0, x1 = m + l->col_w, ry;
	PangoRectangle log;

	pango_layout_line_get_extents(l->pline, NULL, &log);
	ry = base - th->size_section * th->rule_rise;
	switch (th->heading) {
	case RESUME_HEADING_RULE:
		x0 = left + PT(log.width) + th->gap_rule;
		if (box_rtl(l->box)) {
			x0 = m;
			x1 = left - th->gap_rule;
		}
		break;
	case RESUME_HEADING_BAR:
		/* the date column's width, or as far into the margin as it
		 * goes with room to spare */
		x1 = m - th->gap_date;
		x0 = l->datecol > 0 ? m - l->datecol
		                    : x1 - fmin(th->margin_side * 0.6, 40);
		break;
	case RESUME_HEADING_CAPS:
	default:
		x0 = m;
		ry = y + l->height - th->rule_width;
		break;
	}
	if (x1 - x0 > 20) {
		cairo_set_source_rgba(
		    cr, th->rule.r, th->rule.g, th->rule.b, th->rule_alpha);
		cairo_set_line_width(cr, th->rule_width);
		cairo_move_to(cr, x0, ry);
		cairo_line_to(cr, x1, ry);
		cairo_stroke(cr);
	}
}

/* The sidebar's tinted panel on a page: from its first line (on the first
 * page) or the top margin down to the bottom margin, pad past its text. */
static void
side_panel(struct pdf *p, cairo_t *cr, const struct page_pos *pos, int page)
{
	const struct resume_theme *th = p->th;
	double pad = th->gap_column, top = th->margin_top;

	if (p->side_end == p->side_first)
		return;
	if (page == 0)
		top += pos[p->side_first].y;
	cairo_set_source_rgb(
	    cr, th->sidebar_tint.r, th->sidebar_tint.g, th->sidebar_tint.b);
	cairo_rectangle(cr, th->margin_side + p->side_x, top - pad, p->side_w,
	    p->page_h - th->margin_bottom + pad - (top - pad));
	cairo_fill(cr);
}

static void
draw_line(struct pdf *p, cairo_t *cr, const struct fline *l, double y, int page)
{
	double left = p->th->margin_side + l->col_x + l->x + l->line_x;
	PangoLayoutLine *line = l->pline;
	double base;

	y -= l->lift;
	base = y + l->baseline;
	if (l->row) {
		draw_row(p, cr, l, y);
		return;
	}
	/* a bullet or number is read before its text (tagged Lbl, the
	 * item's LBody after it); a date after its title */
	if (l->side && l->side_kind == SIDE_MARKER) {
		if (l->lbl)
			cairo_tag_begin(cr, "Lbl", "");
		draw_side(p, cr, l, y, base);
		if (l->lbl) {
			cairo_tag_end(cr, "Lbl");
			cairo_tag_begin(cr, "LBody", "");
		}
	}
	set_color(cr, &l->box->color);
	cairo_move_to(cr, left, base);
	show_line(p, cr, line);
	link_rects(p, cr, l, left, y, line);
	if (l->side && l->side_kind != SIDE_MARKER)
		draw_side(p, cr, l, y, base);
	if (l->rule)
		heading_rule(p, cr, l, left, y, base);
	if (l->outline)
		outline_entry(cr, l->outline, page, left, y);
}

/* Does page `page` read right to left: its first line of the main
 * column (the part after render_turn(), a Persian résumé)? */
static bool
page_rtl(struct pdf *p, const struct page_pos *pos, int page)
{
	size_t i;

	for (i = 0; i < p->nlines; i++)
		if (pos[i].page == page && p->lines[i].box &&
		    (i < p->side_first || i >= p->side_end))
			return box_rtl(p->lines[i].box);
	return false;
}

/* The running footer, on every page, small and muted in the foot's end
 * corner (the left one on a page that reads right to left): the name and
 * "page N of M".
 * It also gives text extractors a line that reaches the date column:
 * pdftotext orders a block of dates at the line's end before the text
 * under it only when something below spans both, and the foot always
 * does. */
static void
footer(struct pdf *p, cairo_t *cr, const struct page_pos *pos, int page,
    int npages)
{
	struct rich b;
	struct box *bx;
	PangoLayoutLine *line;
	double x;

	rich_init(&b);
	if (p->r->basics.name) {
		rich_add(p, &b, p->r->basics.name, 0, NULL);
		rich_add(p, &b, "  ·  ", 0, NULL);
	}
	{
		struct resume_buf pg = {0};

		compose_page(p->r, page + 1, npages, &pg);
		rich_add(p, &b, resume_buf_str(&pg), 0, NULL);
		resume_buf_free(&pg);
	}
	bx = make_box(p, &b, 0, p->th->font_body, p->th->size_footer, 400,
	    &p->th->muted, NULL);
	line = pango_layout_get_line_readonly(bx->layout, 0);
	x = page_rtl(p, pos, page)
	    ? p->th->margin_side
	    : p->page_w - p->th->margin_side - box_width(bx);
	set_color(cr, &bx->color);
	cairo_move_to(cr, x, p->page_h - p->th->margin_bottom / 2);
	show_line(p, cr, line);
}

/* cairo writes into memory: pdfdoc_write() reads it back whole */
static cairo_status_t
write_out(void *closure, const unsigned char *data, unsigned int length)
{
	resume_buf_add(closure, (const char *)data, length);
	return CAIRO_STATUS_SUCCESS;
}

/* Sets metadata key to a (noncharacters as U+FFFD: cairo refuses them)
 * then b, by way of t. */
static void
meta(cairo_surface_t *s, cairo_pdf_metadata_t key, struct resume_buf *t,
    const char *a, const char *b)
{
	resume_buf_clear(t);
	if (a)
		utf8_add_clean(t, a, strlen(a));
	resume_buf_puts(t, b);
	cairo_pdf_surface_set_metadata(s, key, resume_buf_str(t));
}

static void
metadata(struct pdf *p, cairo_surface_t *s, long long date)
{
	const struct resume *r = p->r;
	struct resume_buf t = {0};
	char when[32];
	time_t tt = (time_t)date;
	struct tm tm = {0};
	size_t i, j, k;

	meta(s, CAIRO_PDF_METADATA_TITLE, &t, r->basics.name,
	    r->basics.name ? " – Résumé" : "Résumé");
	if (r->basics.name)
		meta(s, CAIRO_PDF_METADATA_AUTHOR, &t, r->basics.name, "");
	if (r->basics.label)
		meta(s, CAIRO_PDF_METADATA_SUBJECT, &t, r->basics.label, "");
	resume_buf_clear(&t);
	for (i = 0; i < r->nsections; i++) {
		if (r->sections[i].kind != RESUME_SECTION_SKILLS)
			continue;
		for (j = 0; j < r->sections[i].nentries; j++)
			for (k = 0; k < r->sections[i].entries[j].nkeywords;
			     k++) {
				if (t.len)
					resume_buf_puts(&t, ", ");
				utf8_add_clean(&t,
				    r->sections[i].entries[j].keywords[k],
				    strlen(
				        r->sections[i].entries[j].keywords[k]));
			}
	}
	if (t.len)
		cairo_pdf_surface_set_metadata(
		    s, CAIRO_PDF_METADATA_KEYWORDS, resume_buf_str(&t));
	cairo_pdf_surface_set_metadata(
	    s, CAIRO_PDF_METADATA_CREATOR, "resume " RESUME_VERSION);
	if (gmtime_r(&tt, &tm) == NULL) {
		tt = 0; /* a date no calendar holds: the epoch */
		gmtime_r(&tt, &tm);
	}
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, when);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, when);
	resume_buf_free(&t);
}

/* Draws page `page` (from 0) of the laid-out document onto an image at
 * o->dpi and appends it to doc as PNG.  Returns 0, or -1 with an error in
 * diag. */
static int
draw_png(struct pdf *p, const struct resume_opts *o, const struct page_pos *pos,
    int page, int npages, struct resume_buf *doc)
{
	double dpi = o->dpi ? o->dpi : RESUME_DPI, k = dpi / 72;
	cairo_surface_t *img;
	cairo_t *cr;
	cairo_status_t st;
	size_t i;

	img = cairo_image_surface_create(CAIRO_FORMAT_RGB24,
	    (int)ceil(p->page_w * k), (int)ceil(p->page_h * k));
	cr = cairo_create(img);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_scale(cr, k, k);
	side_panel(p, cr, pos, page);
	for (i = 0; i < p->nlines; i++) {
		if (pos[i].page == page && p->has_photo && i == p->photo_line)
			draw_photo(
			    p, cr, photo_x(p), p->th->margin_top + pos[i].y);
		if (pos[i].page == page)
			draw_line(p, cr, &p->lines[i],
			    p->th->margin_top + pos[i].y, page);
	}
	for (i = 0; i < p->ntags; i++)
		if (p->tags[i].draw && p->tags[i].line < p->nlines &&
		    pos[p->tags[i].line].page == page)
			emit_event(p, cr, &p->tags[i],
			    &p->lines[p->tags[i].line],
			    p->th->margin_top + pos[p->tags[i].line].y, page);
	footer(p, cr, pos, page, npages);
	st = cairo_status(cr);
	cairo_destroy(cr);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_write_to_png_stream(img, write_out, doc);
	cairo_surface_destroy(img);
	if (st != CAIRO_STATUS_SUCCESS) {
		resume_diag_add(p->diag, RESUME_ERROR, p->r->file, 0, 0,
		    "drawing the page image failed: %s",
		    cairo_status_to_string(st));
		return -1;
	}
	return 0;
}

/* Lays the résumé out and writes it as a PDF, or (png) one page of it
 * as an image, or (fit_out) only says in which theme --fit-pages lays it
 * out. */
static int
render_doc(const struct resume *r, const struct resume_opts *o, FILE *out,
    struct resume_result *res, struct resume_diag *diag, bool png,
    struct render_fit *fit_out)
{
	struct pdf p = {0};
	PangoFontMap *fm = NULL;
	cairo_font_options_t *fo = NULL;
	cairo_surface_t *surf = NULL;
	cairo_t *cr = NULL;
	struct page_pos *pos = NULL;
	struct resume_buf doc = {0};
	FcFontSet *sys;
	int npages, page, rc = -1;
	unsigned int max_pages;
	size_t i, t;
	cairo_status_t st;
	double fill;
	struct resume_theme fitted;
	int changed = 0;

	p.r = r;
	p.diag = diag;
	p.th = o->theme ? o->theme : resume_theme_default();
	if (o->paper == RESUME_PAPER_LETTER) {
		p.page_w = 612;
		p.page_h = 792;
	} else {
		p.page_w = 595.276;
		p.page_h = 841.89;
	}
	p.width = p.page_w - 2 * p.th->margin_side;

	/* without a single font there is no PDF to make, only boxes */
	sys = FcInit() ? FcConfigGetFonts(NULL, FcSetSystem) : NULL;
	if (sys == NULL || sys->nfont == 0) {
		resume_diag_add(diag, RESUME_ERROR, r->file, 0, 0,
		    "no fonts are installed (fontconfig finds none); the "
		    "theme wants '%s' (on Debian: apt install fonts-lato "
		    "fonts-noto-core)",
		    p.th->font_body);
		return -1;
	}
	fm = font_map(r, p.th, diag, &p.own_fonts);
	p.ctx = pango_font_map_create_context(fm);
	p.icons = p.th->icons && icon_font_installed();
	pango_cairo_context_set_shape_renderer(p.ctx, draw_icon, &p, NULL);
	pango_cairo_context_set_resolution(p.ctx, 72);
	/* glyphs where the font puts them: pango rounds each position to a
	 * whole point by default (a device pixel at 72 dpi), which spaced
	 * words unevenly and set a right-to-left word's letters up to half a
	 * point apart, where pdftotext read a space inside the word */
	pango_context_set_round_glyph_positions(p.ctx, FALSE);
	fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(p.ctx, fo);
	/* "zh" alone would let fontconfig pick Japanese glyph forms */
	pango_context_set_language(p.ctx,
	    pango_language_from_string(
	        strcmp(r->lang, "zh") == 0 ? "zh-cn" : r->lang));

	p.raster = png;
	if (p.th->photo != RESUME_PHOTO_NONE && r->basics.image &&
	    o->photo_dir) {
		render_photo_read_fn *rd;
		struct resume_diag quiet = {0};

		*(void **)&rd = module_beside((void *)&render_doc,
		    "resume-photo.so", "resume_photo_read");
		*(void **)&p.photo_pixels = rd == NULL
		    ? NULL
		    : module_beside((void *)&render_doc, "resume-photo.so",
		          "resume_photo_pixels");
		if (rd == NULL)
			resume_diag_add(diag, RESUME_WARNING, r->file, 0, 0,
			    "the photo is left out: %s",
			    resume_backend_error());
		else /* for the HTML's --fit-pages, the HTML warns */
			p.has_photo = rd(r, o, &p.photo,
			                  fit_out ? &quiet : diag) == 1;
		resume_diag_free(&quiet);
	}
	max_pages = o->max_pages ? o->max_pages : RESUME_MAX_PAGES;
	npages = lay_out(&p, p.th, max_pages, &pos, &fill);
	if (o->fit_pages && p.flow <= p.max_flow &&
	    (changed = fit(&p, o, max_pages, &pos, &npages, &fill, &fitted)) <
	        0)
		goto out;
	if (o->check && p.flow <= p.max_flow)
		layout_findings(&p, pos, npages, fill);
	if (p.flow > p.max_flow || (unsigned int)npages > max_pages) {
		resume_diag_add(diag, RESUME_ERROR, r->file, 0, 0,
		    "the PDF would run past %u pages (--max-pages raises the "
		    "limit)",
		    max_pages);
		goto out;
	}
	if (res)
		res->pages = (unsigned int)npages;
	if (fit_out) {
		PangoFontDescription *fd = font_desc(
		    &p, p.th->font_body, p.th->size_body, 400);

		fit_out->theme = *p.th;
		fit_out->fitted = changed > 0;
		fit_out->line_em = line_height(&p, fd, NULL) *
		    p.th->line_height / p.th->size_body;
		pango_font_description_free(fd);
		rc = 0;
		goto out;
	}
	if (png) {
		unsigned int want = o->page ? o->page : 1;

		if (want > (unsigned int)npages) {
			resume_diag_add(diag, RESUME_ERROR, r->file, 0, 0,
			    "there is no page %u: the résumé has %d page%s",
			    want, npages, npages == 1 ? "" : "s");
			goto out;
		}
		if (draw_png(&p, o, pos, (int)want - 1, npages, &doc) < 0)
			goto out;
		rc = fwrite(doc.data, 1, doc.len, out) == doc.len ? 0 : -1;
		goto out;
	}

	surf = cairo_pdf_surface_create_for_stream(
	    write_out, &doc, p.page_w, p.page_h);
	metadata(&p, surf, o->date);
	cr = cairo_create(surf);
	for (page = 0, i = 0, t = 0; page < npages; page++) {
		/* the paper, first: cairo 1.16 fails a page (a tag error
		 * at cairo_show_page) whose first drawing is a colour glyph,
		 * which it sets as a fallback image */
		cairo_set_source_rgb(cr, 1, 1, 1);
		cairo_paint(cr);
		side_panel(&p, cr, pos, page);
		for (; i < p.nlines && pos[i].page == page; i++) {
			/* the structure around the line, in reading order */
			for (; t < p.ntags && p.tags[t].line <= i; t++)
				emit_event(&p, cr, &p.tags[t], &p.lines[i],
				    p.th->margin_top + pos[i].y, page);
			draw_line(&p, cr, &p.lines[i],
			    p.th->margin_top + pos[i].y, page);
		}
		if (i == p.nlines)
			for (; t < p.ntags; t++)
				emit_event(&p, cr, &p.tags[t], NULL, 0, page);
		footer(&p, cr, pos, page, npages);
		cairo_show_page(cr);
	}
	st = cairo_status(cr);
	if (st != CAIRO_STATUS_SUCCESS) {
		resume_diag_add(diag, RESUME_ERROR, r->file, 0, 0,
		    "PDF drawing failed: %s", cairo_status_to_string(st));
		goto out;
	}
	cairo_destroy(cr);
	cr = NULL;
	cairo_surface_finish(surf);
	st = cairo_surface_status(surf);
	if (st != CAIRO_STATUS_SUCCESS) {
		resume_diag_add(diag, RESUME_ERROR, r->file, 0, 0,
		    "PDF output failed: %s", cairo_status_to_string(st));
		goto out;
	}
	/* the photo's alternate text: whom it shows, in no one language */
	rc = pdfdoc_write(doc.data, doc.len, r->lang,
	    p.has_photo ? (r->basics.name ? r->basics.name : "Photo") : NULL,
	    p.colour, out, diag, r->file);
out:
	resume_buf_free(&doc);
	if (cr)
		cairo_destroy(cr);
	if (surf)
		cairo_surface_destroy(surf);
	flow_free(&p);
	free(pos);
	for (i = 0; i < p.ncffs; i++) {
		cff_font_free(p.cffs[i].cff);
		hb_blob_destroy(p.cffs[i].blob);
		hb_face_destroy(p.cffs[i].face);
	}
	free(p.cffs);
	for (i = 0; i < p.nheights; i++)
		pango_font_description_free(p.heights[i].fd);
	free(p.heights);
	if (fo)
		cairo_font_options_destroy(fo);
	if (p.ctx)
		g_object_unref(p.ctx);
	free(p.photo.data); /* (the module may be gone: no call into it) */
	return rc;
}

static char versions[96];
static pthread_once_t versions_once = PTHREAD_ONCE_INIT;

static void
versions_write(void)
{
	snprintf(versions, sizeof(versions), "cairo %s, pango %s",
	    cairo_version_string(), pango_version_string());
}

static const char *
libraries(void)
{
	pthread_once(&versions_once, versions_write);
	return versions;
}

/*
 * One render at a time in a process.  cairo 1.16 keeps the FreeType faces
 * of every font in one process-wide cache of ten open faces, and a thread
 * that opens an eleventh closes one that another thread may just have
 * locked for its own glyphs (the cache reads the face's lock count
 * without that face's lock): ThreadSanitizer saw a face freed by one
 * thread while another drew with it (tests/api/tsan.sh).  The lock
 * guards this module's own caches too (font_cache).  Text, HTML,
 * JSON and Markdown render in parallel; PDFs in parallel need processes
 * (resume render --stream --jobs N).
 */
static pthread_mutex_t cairo_lock = PTHREAD_MUTEX_INITIALIZER;

static int
render_serial(const struct resume *r, const struct resume_opts *o, FILE *out,
    struct resume_result *res, struct resume_diag *diag, bool png,
    struct render_fit *fit_out)
{
	int rc;

	pthread_mutex_lock(&cairo_lock);
	backend_prepared(); /* fontconfig's set-up, if begun early */
	rc = render_doc(r, o, out, res, diag, png, fit_out);
	pthread_mutex_unlock(&cairo_lock);
	return rc;
}

RENDER_MODULE_VERSION;

static int
render_pdf(const struct resume *r, const struct resume_opts *o, FILE *out,
    struct resume_result *res, struct resume_diag *diag)
{
	return render_serial(r, o, out, res, diag, false, NULL);
}

static int
render_png(const struct resume *r, const struct resume_opts *o, FILE *out,
    struct resume_result *res, struct resume_diag *diag)
{
	return render_serial(r, o, out, res, diag, true, NULL);
}

/* For the HTML print stylesheet (render.h). */
int
resume_pdf_fit(const struct resume *r, const struct resume_opts *o,
    struct render_fit *out, struct resume_diag *diag)
{
	return render_serial(r, o, NULL, NULL, diag, false, out);
}

const struct resume_backend resume_backend_pdf = {.name = "pdf",
    .suffix = ".pdf",
    .help = "PDF (tagged, with links and an outline)",
    .flags = RESUME_BACKEND_BINARY,
    .render = render_pdf,
    .libraries = libraries};

/* Page images drawn by the same layout as the PDF. */
const struct resume_backend resume_backend_png = {.name = "png",
    .suffix = ".png",
    .help = "page images",
    .flags = RESUME_BACKEND_BINARY | RESUME_BACKEND_PAGES,
    .render = render_png,
    .libraries = libraries};
