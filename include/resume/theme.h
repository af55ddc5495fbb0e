/*
 * A theme: every style value of the typeset outputs (PDF now, HTML next)
 * in one structure, so that they read as one design.  Lengths are in PDF
 * points (1/72 in); colours are sRGB 0..1.
 */
#ifndef RESUME_THEME_H
#define RESUME_THEME_H

#include <stddef.h>

#include "model.h"

struct resume_color {
	double r, g, b;
};

/* Layout: where the parts of the page go (docs/themes.md). */
enum resume_header {
	RESUME_HEADER_LEFT,   /* name, headline and contacts flush left */
	RESUME_HEADER_CENTER, /* all three centred */
	RESUME_HEADER_SPLIT,  /* name left, contacts stacked on the right */
};
enum resume_date_side {
	RESUME_DATES_RIGHT, /* flush right on the entry's head line */
	RESUME_DATES_LEFT,  /* in a column left of the text, as moderncv */
};
enum resume_heading {
	RESUME_HEADING_RULE, /* the title, then a rule to the line's end */
	RESUME_HEADING_BAR,  /* a bar in the margin column, then the title */
	RESUME_HEADING_CAPS, /* capitals over a full-width rule */
	RESUME_HEADING_SIDE, /* in the margin column, beside the section's
	                      * first line */
};
enum resume_sidebar {
	RESUME_SIDEBAR_NONE,
	RESUME_SIDEBAR_LEFT,
	RESUME_SIDEBAR_RIGHT,
};

enum resume_photo {
	RESUME_PHOTO_NONE,    /* no photo, even when the résumé has one */
	RESUME_PHOTO_CIRCLE,  /* cropped to a circle */
	RESUME_PHOTO_ROUNDED, /* a square with rounded corners */
	RESUME_PHOTO_SQUARE,
};

struct resume_theme_src;
struct resume_theme {
	const char *name;
	/* where a theme file set each key (resume_theme_key_pos()); NULL
	 * for a built-in.  A copy of the theme shares it. */
	const struct resume_theme_src *src;
	const char *description;  /* one line, for `resume themes` */
	const char *paper;        /* "a4", "letter", or NULL: the locale's */
	const char *font_body;    /* fontconfig family, "Lato" */
	const char *font_heading; /* name and section titles */
	const char *font_mono;    /* code */
	int weight_name;          /* Pango/CSS weight: 300 light ... 700 bold */
	int weight_heading;
	int weight_title; /* entry titles */
	double size_body;
	double size_small; /* dates, contacts, footer */
	double size_name;
	double size_label;
	double size_section;
	double size_group; /* sub-headings inside a section */
	double size_mono;
	double size_footer; /* "name · page N of M" */
	double title_scale; /* entry heads: this many times size_body */
	double line_height; /* multiple of the font's natural line height */
	struct resume_color text, muted, accent, rule, link;
	double margin_top, margin_bottom, margin_side;
	double gap_header;   /* after the contact line */
	double gap_section;  /* before a section title */
	double gap_title;    /* after a section title */
	double gap_entry;    /* between entries */
	double gap_block;    /* between paragraphs */
	double gap_item;     /* between list items */
	double indent_item;  /* from a bullet to its text */
	double indent_level; /* per nested list level */
	double gap_date;     /* least space before a flush-right date */
	double gap_column;   /* between table columns */
	double gap_rule;     /* from a section title to its rule */
	double rule_width;   /* section title rule */
	double rule_rise;    /* rule height above the baseline, in ems */
	double rule_alpha;   /* rule opacity */
	/* --fit-pages moves each of these toward its limit, the same part
	 * of the way: */
	double fit_size_min;        /* the smallest body size (never below
	                             * 9 pt); the other sizes in proportion */
	double fit_line_height_min; /* the tightest line_height */
	double fit_gap_min;         /* the gaps, at least this part of theirs */
	double fit_gap_max;         /* widening them: at most this many times */
	double fit_margin_min;      /* the narrowest margin */
	const char *bullet;         /* "•" */
	const char *contact_sep;    /* between contact items */
	/* layout */
	double width_max; /* the text block's widest: wider paper gets wider
	                   * margins (0: no limit) */
	enum resume_header header;
	enum resume_date_side dates;
	double date_width; /* the margin column, when dates or section titles
	                    * stand in it */
	enum resume_heading heading;
	enum resume_sidebar sidebar;
	double sidebar_width;
	/* the section kinds the sidebar holds, by resume_section_kind_name(),
	 * separated by commas: "skills, languages" */
	const char *sidebar_sections;
	struct resume_color sidebar_tint;
	int icons;               /* 1: an icon before each contact */
	enum resume_photo photo; /* the shape of basics.image's photo */
	double photo_size;       /* its side, beside (or above) the header */
	/* words chosen over the language tables' ("word.present = to
	 * date", "word.fr.work = Parcours"): the résumé's own win */
	const struct resume_meta *words;
	size_t nwords;
};

/* Whether theme t's sidebar holds sections of kind name. */
int resume_theme_in_sidebar(const struct resume_theme *t, const char *name);

#include <stddef.h>
#include <stdio.h>

struct resume_diag;

/* Returns the built-in default theme (static, never NULL). */
const struct resume_theme *resume_theme_default(void);
/* The built-in themes, i = 0 .. until NULL. */
const struct resume_theme *resume_theme_builtin(size_t i);
/* The built-in theme called name, or NULL. */
const struct resume_theme *resume_theme_find(const char *name);
/* Reads a theme file (docs/themes.md): "key = value" lines over a built-in
 * base.  Returns a theme to free with resume_theme_free(), or NULL with
 * every problem in diag as FILE:LINE:COL. */
struct resume_theme *resume_theme_parse(
    const char *data, size_t len, const char *file, struct resume_diag *diag);
void resume_theme_free(struct resume_theme *);
/* Where key ("font_body") was set in t's theme file: its path in *file and
 * the value's line and column.  Returns 0, or -1 when t is a built-in or
 * its file did not set key (the value is its base's). */
int resume_theme_key_pos(const struct resume_theme *t, const char *key,
    const char **file, unsigned int *line, unsigned int *col);
/* Writes t as a theme file that reads back as t (colours to 8 bits). */
void resume_theme_write(const struct resume_theme *t, FILE *fp);

#endif
