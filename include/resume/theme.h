/*
 * A theme: every style value of the typeset outputs (PDF now, HTML next)
 * in one structure, so that they read as one design.  Lengths are in PDF
 * points (1/72 in); colours are sRGB 0..1.
 */
#ifndef RESUME_THEME_H
#define RESUME_THEME_H

struct resume_color {
	double r, g, b;
};

struct resume_theme {
	const char *name;
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
	double line_height; /* multiple of the font's natural line height */
	struct resume_color text, muted, accent, rule, link;
	double margin_top, margin_bottom, margin_side;
	double gap_header;       /* after the contact line */
	double gap_section;      /* before a section title */
	double gap_title;        /* after a section title */
	double gap_entry;        /* between entries */
	double gap_block;        /* between paragraphs */
	double gap_item;         /* between list items */
	double indent_item;      /* from a bullet to its text */
	double indent_level;     /* per nested list level */
	double gap_date;         /* least space before a flush-right date */
	double gap_column;       /* between table columns */
	double gap_rule;         /* from a section title to its rule */
	double rule_width;       /* section title rule */
	double rule_rise;        /* rule height above the baseline, in ems */
	double rule_alpha;       /* rule opacity */
	const char *bullet;      /* "•" */
	const char *contact_sep; /* between contact items */
};

/* Returns the built-in default theme (static, never NULL). */
const struct resume_theme *resume_theme_default(void);

#endif
