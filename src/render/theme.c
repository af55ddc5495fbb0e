#include "resume/theme.h"

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/utf8.h"
#include "resume/arena.h"
#include "resume/diag.h"
#include "resume/resume.h"

/* The default: a quiet sans-serif résumé after LaTeX's moderncv, in Lato
 * with a blue accent; other scripts fall back through fontconfig to Noto. */
static const struct resume_theme modern = {.name = "modern",
    .description =
        "sans-serif (Lato) with a blue accent, after moderncv; the default",
    .font_body = "Lato, Noto Sans, Noto Sans Arabic",
    .font_heading = "Lato, Noto Sans, Noto Sans Arabic",
    .font_mono = "DejaVu Sans Mono",
    .weight_name = 300,
    .weight_heading = 600,
    .weight_title = 700,
    .size_body = 10.2,
    .size_small = 9.2,
    .size_name = 26,
    .size_label = 12,
    .size_section = 13,
    .size_group = 10.5,
    .size_mono = 8.5,
    .size_footer = 8.2,
    .title_scale = 1.08,
    .line_height = 1.12,
    .text = {0.13, 0.13, 0.13},
    .muted = {0.38, 0.38, 0.40},
    .accent = {0.20, 0.42, 0.66},
    .rule = {0.20, 0.42, 0.66},
    .link = {0.20, 0.42, 0.66},
    .margin_top = 46,
    .margin_bottom = 46,
    .margin_side = 54,
    .gap_header = 10,
    .gap_section = 18,
    .gap_title = 5,
    .gap_entry = 9,
    .gap_block = 4,
    .gap_item = 1.2,
    .indent_item = 11,
    .indent_level = 12,
    .gap_date = 14,
    .gap_column = 12,
    .gap_rule = 8,
    .rule_width = 0.8,
    .rule_rise = 0.32,
    .rule_alpha = 0.55,
    .fit_size_min = 9,
    .fit_line_height_min = 1.02,
    .fit_gap_min = 0.5,
    .fit_gap_max = 1.6,
    .fit_margin_min = 32,
    .bullet = "•",
    .contact_sep = "·",
    .date_width = 80,
    .sidebar_width = 170,
    .sidebar_tint = {0.94, 0.95, 0.97},
    .photo = RESUME_PHOTO_CIRCLE,
    .photo_size = 64};

/* In the manner of LaTeX's moderncv: the name large on the left, contacts
 * stacked on the right, dates in a column left of the text, and a blue
 * bar across that column before each section title. */
static const struct resume_theme classic = {.name = "classic",
    .description =
        "moderncv's layout: dates in a left column, blue bars, contacts right",
    .font_body = "Lato, Noto Sans, Noto Sans Arabic",
    .font_heading = "Lato, Noto Sans, Noto Sans Arabic",
    .font_mono = "DejaVu Sans Mono",
    .weight_name = 400,
    .weight_heading = 400,
    .weight_title = 700,
    .size_body = 9.8,
    .size_small = 9,
    .size_name = 28,
    .size_label = 12,
    .size_section = 14,
    .size_group = 10.5,
    .size_mono = 8.5,
    .size_footer = 8,
    .title_scale = 1.07,
    .line_height = 1.1,
    .text = {0.10, 0.10, 0.10},
    .muted = {0.40, 0.40, 0.42},
    .accent = {0.24, 0.45, 0.69},
    .rule = {0.24, 0.45, 0.69},
    .link = {0.20, 0.38, 0.62},
    .margin_top = 44,
    .margin_bottom = 44,
    .margin_side = 46,
    .gap_header = 16,
    .gap_section = 15,
    .gap_title = 5,
    .gap_entry = 7,
    .gap_block = 3,
    .gap_item = 0.6,
    .indent_item = 10,
    .indent_level = 11,
    .gap_date = 9,
    .gap_column = 12,
    .gap_rule = 8,
    .rule_width = 5,
    .rule_rise = 0.3,
    .rule_alpha = 1,
    .fit_size_min = 9,
    .fit_line_height_min = 1,
    .fit_gap_min = 0.5,
    .fit_gap_max = 1.6,
    .fit_margin_min = 32,
    .bullet = "•",
    .contact_sep = "·",
    .header = RESUME_HEADER_SPLIT,
    .dates = RESUME_DATES_LEFT,
    .date_width = 76,
    .heading = RESUME_HEADING_BAR,
    .sidebar_width = 170,
    .sidebar_tint = {0.94, 0.95, 0.97},
    .photo = RESUME_PHOTO_ROUNDED,
    .photo_size = 68};

/* Two columns: a tinted sidebar on the left for skills, languages and the
 * like, the experience beside it; icons before the contacts. */
static const struct resume_theme sidebar = {.name = "sidebar",
    .description = "two columns: skills and languages in a tinted sidebar",
    .font_body = "Lato, Noto Sans, Noto Sans Arabic",
    .font_heading = "Lato, Noto Sans, Noto Sans Arabic",
    .font_mono = "DejaVu Sans Mono",
    .weight_name = 700,
    .weight_heading = 700,
    .weight_title = 700,
    .size_body = 9.6,
    .size_small = 8.8,
    .size_name = 26,
    .size_label = 12,
    .size_section = 11.5,
    .size_group = 10,
    .size_mono = 8.2,
    .size_footer = 8,
    .title_scale = 1.07,
    .line_height = 1.1,
    .text = {0.12, 0.13, 0.15},
    .muted = {0.38, 0.40, 0.43},
    .accent = {0.09, 0.38, 0.47},
    .rule = {0.09, 0.38, 0.47},
    .link = {0.09, 0.36, 0.45},
    .margin_top = 40,
    .margin_bottom = 42,
    .margin_side = 40,
    .gap_header = 18,
    .gap_section = 15,
    .gap_title = 5,
    .gap_entry = 8,
    .gap_block = 3,
    .gap_item = 0.8,
    .indent_item = 10,
    .indent_level = 11,
    .gap_date = 10,
    .gap_column = 10,
    .gap_rule = 7,
    .rule_width = 0.7,
    .rule_rise = 0.32,
    .rule_alpha = 0.6,
    .fit_size_min = 9,
    .fit_line_height_min = 1,
    .fit_gap_min = 0.5,
    .fit_gap_max = 1.6,
    .fit_margin_min = 28,
    .bullet = "•",
    .contact_sep = "·",
    .header = RESUME_HEADER_LEFT,
    .dates = RESUME_DATES_RIGHT,
    .date_width = 80,
    .heading = RESUME_HEADING_RULE,
    .sidebar = RESUME_SIDEBAR_LEFT,
    .sidebar_width = 160,
    .sidebar_sections =
        "skills, languages, interests, certificates, awards, references",
    .sidebar_tint = {0.92, 0.95, 0.96},
    .icons = 1,
    .photo = RESUME_PHOTO_CIRCLE,
    .photo_size = 72};

/* The dense engineering one-pager: centred name and contacts with icons,
 * small-capital titles over full-width rules, black on white. */
static const struct resume_theme engineer = {.name = "engineer",
    .description =
        "dense one-pager: centred header, capitals over rules, icons",
    .font_body = "Lato, Noto Sans, Noto Sans Arabic",
    .font_heading = "Lato, Noto Sans, Noto Sans Arabic",
    .font_mono = "DejaVu Sans Mono",
    .weight_name = 700,
    .weight_heading = 700,
    .weight_title = 700,
    .size_body = 9.6,
    .size_small = 9,
    .size_name = 22,
    .size_label = 11,
    .size_section = 11.5,
    .size_group = 10,
    .size_mono = 8.2,
    .size_footer = 7.8,
    .title_scale = 1.07,
    .line_height = 1.06,
    .text = {0.05, 0.05, 0.05},
    .muted = {0.30, 0.30, 0.30},
    .accent = {0.05, 0.05, 0.05},
    .rule = {0.05, 0.05, 0.05},
    .link = {0.05, 0.20, 0.50},
    .margin_top = 34,
    .margin_bottom = 36,
    .margin_side = 44,
    .gap_header = 8,
    .gap_section = 11,
    .gap_title = 5,
    .gap_entry = 6,
    .gap_block = 2.5,
    .gap_item = 0.5,
    .indent_item = 10,
    .indent_level = 11,
    .gap_date = 12,
    .gap_column = 10,
    .gap_rule = 6,
    .rule_width = 0.6,
    .rule_rise = 0.32,
    .rule_alpha = 1,
    .fit_size_min = 9,
    .fit_line_height_min = 1,
    .fit_gap_min = 0.5,
    .fit_gap_max = 1.5,
    .fit_margin_min = 28,
    .bullet = "•",
    .contact_sep = "|",
    .header = RESUME_HEADER_CENTER,
    .dates = RESUME_DATES_RIGHT,
    .date_width = 80,
    .heading = RESUME_HEADING_CAPS,
    .sidebar_width = 170,
    .sidebar_tint = {0.94, 0.95, 0.97},
    .icons = 1,
    .photo = RESUME_PHOTO_CIRCLE,
    .photo_size = 56};

/* Serif and sober, for an academic CV and its publication list: Noto
 * Serif in near-black, thin rules, a dark red accent, dashes. */
static const struct resume_theme academic = {.name = "academic",
    .description =
        "serif (Noto Serif), dark red titles and thin rules: an academic CV",
    .font_body = "Noto Serif, DejaVu Serif, Noto Sans, Noto Sans Arabic",
    .font_heading = "Noto Serif, DejaVu Serif, Noto Sans, Noto Sans Arabic",
    .font_mono = "DejaVu Sans Mono",
    .weight_name = 400,
    .weight_heading = 700,
    .weight_title = 700,
    .size_body = 9.8,
    .size_small = 9,
    .size_name = 24,
    .size_label = 11.5,
    .size_section = 12,
    .size_group = 10.5,
    .size_mono = 8.5,
    .size_footer = 8,
    .title_scale = 1.07,
    .line_height = 1.07,
    .text = {0.08, 0.08, 0.08},
    .muted = {0.33, 0.33, 0.33},
    .accent = {0.48, 0.10, 0.12},
    .rule = {0.48, 0.10, 0.12},
    .link = {0.40, 0.10, 0.12},
    .margin_top = 44,
    .margin_bottom = 44,
    .margin_side = 58,
    .gap_header = 10,
    .gap_section = 16,
    .gap_title = 6,
    .gap_entry = 8,
    .gap_block = 4,
    .gap_item = 0.5,
    .indent_item = 11,
    .indent_level = 12,
    .gap_date = 14,
    .gap_column = 12,
    .gap_rule = 8,
    .rule_width = 0.5,
    .rule_rise = 0.32,
    .rule_alpha = 0.8,
    .fit_size_min = 9,
    .fit_line_height_min = 1,
    .fit_gap_min = 0.5,
    .fit_gap_max = 1.6,
    .fit_margin_min = 34,
    .bullet = "–",
    .contact_sep = "|",
    .date_width = 80,
    .sidebar_width = 170,
    .sidebar_tint = {0.94, 0.95, 0.97},
    .photo = RESUME_PHOTO_ROUNDED,
    .photo_size = 64};

/* More on a page at a readable measure: small type and tight spacing,
 * the section titles in a column of their own beside their first line
 * (no line of their own), the text beside them at most about 100
 * characters a line; the contacts beside the name. */
static const struct resume_theme compact = {.name = "compact",
    .description = "sans-serif, small type and tight spacing: more on a page",
    .font_body = "Lato, Noto Sans, Noto Sans Arabic",
    .font_heading = "Lato, Noto Sans, Noto Sans Arabic",
    .font_mono = "DejaVu Sans Mono",
    .weight_name = 700,
    .weight_heading = 700,
    .weight_title = 700,
    .size_body = 9.5,
    .size_small = 8.2,
    .size_name = 18,
    .size_label = 10,
    .size_section = 10,
    .size_group = 9.5,
    .size_mono = 7.8,
    .size_footer = 7.5,
    .title_scale = 1.07,
    .line_height = 1.05,
    .text = {0.10, 0.10, 0.10},
    .muted = {0.36, 0.36, 0.38},
    .accent = {0.05, 0.45, 0.45},
    .rule = {0.05, 0.45, 0.45},
    .link = {0.05, 0.40, 0.40},
    .margin_top = 32,
    .margin_bottom = 34,
    .margin_side = 50,
    .gap_header = 8,
    .gap_section = 11,
    .gap_title = 3,
    .gap_entry = 5,
    .gap_block = 2,
    .gap_item = 0.6,
    .indent_item = 9,
    .indent_level = 10,
    .gap_date = 14,
    .gap_column = 10,
    .gap_rule = 6,
    .rule_width = 0.6,
    .rule_rise = 0.32,
    .rule_alpha = 0.7,
    .fit_size_min = 9,
    .fit_line_height_min = 1,
    .fit_gap_min = 0.5,
    .fit_gap_max = 1.5,
    .fit_margin_min = 24,
    .bullet = "•",
    .contact_sep = "·",
    .width_max = 480,
    .header = RESUME_HEADER_SPLIT,
    .heading = RESUME_HEADING_SIDE,
    .date_width = 104,
    .sidebar_width = 170,
    .sidebar_tint = {0.94, 0.95, 0.97},
    .photo = RESUME_PHOTO_CIRCLE,
    .photo_size = 48};

static const struct resume_theme *const builtins[] = {
    &modern, &classic, &sidebar, &engineer, &academic, &compact};

const struct resume_theme *
resume_theme_default(void)
{
	return &modern;
}

const struct resume_theme *
resume_theme_builtin(size_t i)
{
	return i < sizeof(builtins) / sizeof(*builtins) ? builtins[i] : NULL;
}

const struct resume_theme *
resume_theme_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(builtins) / sizeof(*builtins); i++)
		if (strcmp(builtins[i]->name, name) == 0)
			return builtins[i];
	return NULL;
}

/* --- theme files --- */

enum ftype {
	T_FONT,
	T_WEIGHT,
	T_SIZE,
	T_WIDE,  /* a length up to a page's width: 0 to 1440 pt */
	T_PHOTO, /* the photo's side: 16 to 288 pt */
	T_NUM,
	T_COLOR,
	T_STR,
	T_PAPER,
	T_CHOICE, /* one of the field's words, stored as its index (int) */
	T_KINDS,  /* section kind names, separated by commas */
};

/* The words of each choice key, in the order of its enum. */
static const char *const header_words[] = {"left", "center", "split", NULL};
static const char *const dates_words[] = {"right", "left", NULL};
static const char *const heading_words[] = {
    "rule", "bar", "caps", "side", NULL};
static const char *const sidebar_words[] = {"none", "left", "right", NULL};
static const char *const yesno_words[] = {"no", "yes", NULL};
static const char *const photo_words[] = {
    "none", "circle", "rounded", "square", NULL};

#define F(n, t)                                                                \
	{                                                                      \
#n, t, offsetof(struct resume_theme, n), NULL                  \
	}
#define C(n, w)                                                                \
	{                                                                      \
#n, T_CHOICE, offsetof(struct resume_theme, n), w              \
	}
static const struct field {
	const char *key;
	enum ftype type;
	size_t off;
	const char *const *words; /* T_CHOICE */
} fields[] = {F(description, T_STR), F(paper, T_PAPER), F(font_body, T_FONT),
    F(font_heading, T_FONT), F(font_mono, T_FONT), F(weight_name, T_WEIGHT),
    F(weight_heading, T_WEIGHT), F(weight_title, T_WEIGHT),
    F(size_body, T_SIZE), F(size_small, T_SIZE), F(size_name, T_SIZE),
    F(size_label, T_SIZE), F(size_section, T_SIZE), F(size_group, T_SIZE),
    F(size_mono, T_SIZE), F(size_footer, T_SIZE), F(title_scale, T_NUM),
    F(line_height, T_NUM), F(text, T_COLOR), F(muted, T_COLOR),
    F(accent, T_COLOR), F(rule, T_COLOR), F(link, T_COLOR),
    F(margin_top, T_SIZE), F(margin_bottom, T_SIZE), F(margin_side, T_SIZE),
    F(gap_header, T_SIZE), F(gap_section, T_SIZE), F(gap_title, T_SIZE),
    F(gap_entry, T_SIZE), F(gap_block, T_SIZE), F(gap_item, T_SIZE),
    F(indent_item, T_SIZE), F(indent_level, T_SIZE), F(gap_date, T_SIZE),
    F(gap_column, T_SIZE), F(gap_rule, T_SIZE), F(rule_width, T_SIZE),
    F(rule_rise, T_NUM), F(rule_alpha, T_NUM), F(fit_size_min, T_SIZE),
    F(fit_line_height_min, T_NUM), F(fit_gap_min, T_NUM), F(fit_gap_max, T_NUM),
    F(fit_margin_min, T_SIZE), F(bullet, T_STR), F(contact_sep, T_STR),
    F(width_max, T_WIDE), C(header, header_words), C(dates, dates_words),
    F(date_width, T_SIZE), C(heading, heading_words), C(sidebar, sidebar_words),
    F(sidebar_width, T_SIZE), F(sidebar_sections, T_KINDS),
    F(sidebar_tint, T_COLOR), C(icons, yesno_words), C(photo, photo_words),
    F(photo_size, T_PHOTO)};
#undef F
#undef C

/* A parsed theme owns its strings, in an arena: a key given many times
 * keeps each value it was given until the theme is freed, which is linear
 * in the file. */
#define NFIELDS (sizeof(fields) / sizeof(*fields))
struct resume_theme_src {
	const char *file;
	/* where each field's value was set: line 0 when it was not */
	unsigned int line[NFIELDS], col[NFIELDS];
};
struct owned {
	struct resume_theme t; /* first: the address handed out */
	struct resume_arena *arena;
	struct resume_theme_src src;
};

static const char *
keep(struct owned *o, const char *s, size_t n)
{
	return resume_arena_strndup(o->arena, s, n);
}

/* "10", "10pt", "3.5mm", "0.5in", "1cm" in points; -1 when malformed. */
static double
length(const char *s, size_t n, bool units)
{
	char buf[64], *end;
	double v, k = 1;

	if (n == 0 || n >= sizeof(buf))
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	errno = 0;
	v = strtod(buf, &end);
	if (end == buf || errno || v < 0 || v != v)
		return -1;
	if (*end && !units)
		return -1;
	if (strcmp(end, "pt") == 0 || *end == '\0')
		k = 1;
	else if (strcmp(end, "mm") == 0)
		k = 72 / 25.4;
	else if (strcmp(end, "cm") == 0)
		k = 72 / 2.54;
	else if (strcmp(end, "in") == 0)
		k = 72;
	else
		return -1;
	return v * k;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Font family names, as fontconfig and CSS both read them: letters (any
 * script), digits, spaces, "-", "_", ".", "+" and commas between names.
 * No quote, backslash, bracket, ";", ":" or "/" can reach the page. */
static bool
font_names_ok(const char *v, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		unsigned char c = (unsigned char)v[i];

		i += utf8_decode(v + i, n - i, &cp);
		if (c >= 0x80) {
			/* no controls, nor anything of U+2000-U+207F (bidi
			 * controls, quotes, separators) */
			if (utf8_is_control(cp) ||
			    (cp >= 0x2000 && cp <= 0x207f))
				return false;
			continue;
		}
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		        (c >= '0' && c <= '9') || c == ' ' || c == '-' ||
		        c == '_' || c == '.' || c == '+' || c == ','))
			return false;
	}
	return true;
}

/* A string the page shows (bullet, contact separator): no control
 * character (C0, DEL, C1) and no bidi embedding, override or isolate. */
static bool
shown_string_ok(const char *v, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		i += utf8_decode(v + i, n - i, &cp);
		if (utf8_is_control(cp))
			return false;
	}
	return true;
}

/* 1 for true, on or 1; 0 for false, off or 0; -1 for anything else. */
static int
yes_or_no(const char *v, size_t n)
{
	static const char *const words[] = {
	    "false", "true", "off", "on", "0", "1"};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(*words); i++)
		if (strlen(words[i]) == n && strncmp(words[i], v, n) == 0)
			return (int)(i % 2);
	return -1;
}

/* "expected left, center or split" for a choice's words (static: the
 * words are few and short). */
static const char *
choice_message(const char *const *w)
{
	static _Thread_local char msg[128];
	size_t i, n = 0;

	for (n = 0; w[n]; n++)
		;
	snprintf(msg, sizeof(msg), "expected");
	for (i = 0; i < n; i++)
		snprintf(msg + strlen(msg), sizeof(msg) - strlen(msg), "%s %s",
		    i == 0           ? ""
		        : i + 1 == n ? " or"
		                     : ",",
		    w[i]);
	return msg;
}

/* Calls fn on each comma-separated, trimmed name of s[0..n). */
static bool
each_name(const char *s, size_t n, bool (*fn)(const char *, size_t, void *),
    void *arg)
{
	const char *p = s, *end = s + n;

	while (p < end) {
		const char *c = memchr(p, ',', (size_t)(end - p));
		const char *a = p, *b = c ? c : end;

		while (a < b && (*a == ' ' || *a == '\t'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
			b--;
		if (!fn(a, (size_t)(b - a), arg))
			return false;
		p = c ? c + 1 : end;
	}
	return true;
}

static bool
is_kind(const char *s, size_t n, void *arg)
{
	int k;

	(void)arg;
	for (k = 0; k <= RESUME_SECTION_CONTACT; k++) {
		const char *name = resume_section_kind_name(k);

		if (strlen(name) == n && strncmp(name, s, n) == 0)
			return true;
	}
	return false;
}

static bool
kinds_ok(const char *v, size_t n)
{
	return n == 0 || each_name(v, n, is_kind, NULL);
}

struct kind_match {
	const char *name;
	bool found;
};

static bool
match_kind(const char *s, size_t n, void *arg)
{
	struct kind_match *m = arg;

	if (strlen(m->name) == n && strncmp(m->name, s, n) == 0)
		m->found = true;
	return true;
}

int
resume_theme_in_sidebar(const struct resume_theme *t, const char *name)
{
	struct kind_match m = {name, false};

	if (t->sidebar == RESUME_SIDEBAR_NONE || t->sidebar_sections == NULL)
		return 0;
	each_name(
	    t->sidebar_sections, strlen(t->sidebar_sections), match_kind, &m);
	return m.found;
}

/* Sets one field from value v[0..n); returns an error message or NULL. */
static const char *
set_field(struct owned *o, const struct field *f, const char *v, size_t n)
{
	char *base = (char *)&o->t;
	double d;
	size_t i;
	int k;

	switch (f->type) {
	case T_FONT:
	case T_STR:
		if (n == 0)
			return "expected a value";
		if (n > 200)
			return "expected at most 200 bytes";
		if (f->type == T_FONT && !font_names_ok(v, n))
			return "expected font family names (letters, digits, "
			       "spaces and - _ . +, separated by commas)";
		if (f->type == T_STR && !shown_string_ok(v, n))
			return "expected text without control characters";
		*(const char **)(base + f->off) = keep(o, v, n);
		return NULL;
	case T_PAPER:
		if (n == 2 && strncmp(v, "a4", 2) == 0)
			o->t.paper = "a4";
		else if (n == 6 && strncmp(v, "letter", 6) == 0)
			o->t.paper = "letter";
		else
			return "expected a4 or letter";
		return NULL;
	case T_CHOICE:
		for (i = 0; f->words[i]; i++)
			if (strlen(f->words[i]) == n &&
			    strncmp(f->words[i], v, n) == 0) {
				*(int *)(base + f->off) = (int)i;
				return NULL;
			}
		/* a yes-or-no key takes the other usual spellings too */
		if (f->words == yesno_words && (k = yes_or_no(v, n)) >= 0) {
			*(int *)(base + f->off) = k;
			return NULL;
		}
		return choice_message(f->words);
	case T_KINDS:
		if (n > 200)
			return "expected at most 200 bytes";
		if (!kinds_ok(v, n))
			return "expected section kinds separated by commas: "
			       "work, education, skills, languages, "
			       "interests, awards, certificates, publications, "
			       "projects, volunteer, references, custom";
		*(const char **)(base + f->off) = keep(o, v, n);
		return NULL;
	case T_WEIGHT:
		d = length(v, n, false);
		if (d < 100 || d > 900 || d != (int)d || (int)d % 100)
			return "expected a weight: 100, 200 ... 900";
		*(int *)(base + f->off) = (int)d;
		return NULL;
	case T_SIZE:
		d = length(v, n, true);
		if (d < 0 || d > 288)
			return "expected a length from 0 to 288pt, with an "
			       "optional unit: pt, mm, cm, in";
		*(double *)(base + f->off) = d;
		return NULL;
	case T_PHOTO:
		d = length(v, n, true);
		if (d < 16 || d > 288)
			return "expected a length from 16 to 288pt, with an "
			       "optional unit: pt, mm, cm, in";
		*(double *)(base + f->off) = d;
		return NULL;
	case T_WIDE:
		d = length(v, n, true);
		if (d < 0 || d > 1440)
			return "expected a length from 0 to 1440pt (20in), "
			       "with an optional unit: pt, mm, cm, in";
		*(double *)(base + f->off) = d;
		return NULL;
	case T_NUM:
		d = length(v, n, false);
		if (d < 0 || d > 10)
			return "expected a number from 0 to 10";
		*(double *)(base + f->off) = d;
		return NULL;
	case T_COLOR: {
		struct resume_color *c = (void *)(base + f->off);
		int h[6];

		if (n != 7 || v[0] != '#')
			return "expected a colour as #rrggbb";
		for (i = 0; i < 6; i++)
			if ((h[i] = hexval(v[i + 1])) < 0)
				return "expected a colour as #rrggbb";
		c->r = (h[0] * 16 + h[1]) / 255.0;
		c->g = (h[2] * 16 + h[3]) / 255.0;
		c->b = (h[4] * 16 + h[5]) / 255.0;
		return NULL;
	}
	}
	return "unknown type";
}

/* The 1-based column of q: characters, not bytes, from its line start. */
static unsigned int
col(const char *data, const char *q)
{
	const char *s = q;
	unsigned int n = 1;

	while (s > data && s[-1] != '\n')
		s--;
	for (; s < q; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/* "word.KEY = text": a word over the language tables' (a key given
 * again: its last text).  Returns NULL, or what is wrong. */
static const char *
set_word(struct owned *o, const char *k, size_t kn, const char *v, size_t vn)
{
	const char *key = keep(o, k, kn), *text = keep(o, v, vn);
	struct resume_meta *w = (struct resume_meta *)o->t.words, *x;
	size_t i;

	const char *why = resume_word_problem(key, text);

	if (why)
		return why;
	for (i = 0; i < o->t.nwords; i++)
		if (strcmp(w[i].key, key) == 0) {
			w[i].value = text;
			return NULL;
		}
	x = RESUME_PUSH(o->arena, w, &o->t.nwords);
	x->key = key;
	x->value = text;
	o->t.words = w;
	return NULL;
}

struct resume_theme *
resume_theme_parse(
    const char *data, size_t len, const char *file, struct resume_diag *diag)
{
	struct owned *o = calloc(1, sizeof(*o));
	const char *p = data, *end = data + len;
	unsigned int line = 0, errors = 0;
	bool any = false;
	const char *slash;

	if (o == NULL)
		abort();
	/* a theme file is text, as a résumé is; errors name the theme */
	if (resume_check_utf8(data, len, file, diag) < 0) {
		free(o);
		return NULL;
	}
	o->arena = resume_arena_new();
	o->t = *resume_theme_default();
	slash = strrchr(file, '/');
	o->t.name = keep(
	    o, slash ? slash + 1 : file, strlen(slash ? slash + 1 : file));
	o->src.file = keep(o, file, strlen(file));
	o->t.src = &o->src;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *ls = p, *le = eol ? eol : end, *k, *ke, *v, *ve;
		const char *msg = NULL;
		size_t i;

		line++;
		p = eol ? eol + 1 : end;
		while (ls < le && (*ls == ' ' || *ls == '\t'))
			ls++;
		while (le > ls &&
		    (le[-1] == ' ' || le[-1] == '\t' || le[-1] == '\r'))
			le--;
		if (ls == le || *ls == '#')
			continue;
		k = ls;
		for (ke = k; ke < le && *ke != '=' && *ke != ' ' && *ke != '\t';
		     ke++)
			;
		v = ke;
		while (v < le && (*v == ' ' || *v == '\t'))
			v++;
		if (v == le || *v != '=') {
			resume_diag_add(diag, RESUME_ERROR, file, line,
			    col(data, v), "expected 'key = value'");
			errors++;
			continue;
		}
		v++;
		while (v < le && (*v == ' ' || *v == '\t'))
			v++;
		ve = le;
		if (ke - k == 4 && strncmp(k, "base", 4) == 0) {
			char name[32];
			const struct resume_theme *b;

			snprintf(name, sizeof(name), "%.*s", (int)(ve - v), v);
			if (any) {
				msg = "'base' must come before other keys";
			} else if ((b = resume_theme_find(name)) == NULL) {
				msg = "expected a built-in theme: modern, "
				      "classic, sidebar, engineer, academic or "
				      "compact";
			} else {
				const char *nm = o->t.name;

				o->t = *b;
				o->t.name = nm;
				o->t.src = &o->src;
			}
			if (msg) {
				resume_diag_add(diag, RESUME_ERROR, file, line,
				    col(data, v), "%s", msg);
				errors++;
			}
			any = true;
			continue;
		}
		any = true;
		if (ke - k > 5 && strncmp(k, "word.", 5) == 0) {
			if ((msg = set_word(o, k + 5, (size_t)(ke - k - 5), v,
			         (size_t)(ve - v))) != NULL) {
				resume_diag_add(diag, RESUME_ERROR, file, line,
				    col(data, k), "%.*s: %s", (int)(ke - k), k,
				    msg);
				errors++;
			}
			continue;
		}
		for (i = 0; i < sizeof(fields) / sizeof(*fields); i++)
			if (strlen(fields[i].key) == (size_t)(ke - k) &&
			    strncmp(fields[i].key, k, (size_t)(ke - k)) == 0)
				break;
		if (i == sizeof(fields) / sizeof(*fields)) {
			resume_diag_add(diag, RESUME_ERROR, file, line,
			    col(data, k),
			    "unknown key '%.*s' (docs/themes.md lists the "
			    "keys)",
			    (int)(ke - k), k);
			errors++;
			continue;
		}
		if ((msg = set_field(o, &fields[i], v, (size_t)(ve - v)))) {
			resume_diag_add(diag, RESUME_ERROR, file, line,
			    col(data, v), "%s: %s, got '%.*s'", fields[i].key,
			    msg, (int)(ve - v), v);
			errors++;
		}
		o->src.line[i] = line;
		o->src.col[i] = col(data, v);
	}
	if (errors) {
		resume_theme_free(&o->t);
		return NULL;
	}
	return &o->t;
}

int
resume_theme_key_pos(const struct resume_theme *t, const char *key,
    const char **file, unsigned int *line, unsigned int *col)
{
	size_t i;

	if (t == NULL || t->src == NULL)
		return -1; /* a built-in: no file */
	for (i = 0; i < NFIELDS; i++)
		if (strcmp(fields[i].key, key) == 0 && t->src->line[i]) {
			*file = t->src->file;
			*line = t->src->line[i];
			*col = t->src->col[i];
			return 0;
		}
	return -1;
}

void
resume_theme_free(struct resume_theme *t)
{
	struct owned *o = (struct owned *)t;

	if (t == NULL)
		return;
	resume_arena_free(o->arena);
	free(o);
}

void
resume_theme_write(const struct resume_theme *t, FILE *fp)
{
	const char *base = (const char *)t;
	size_t i;

	fprintf(fp, "# resume theme (docs/themes.md): %s\n", t->name);
	for (i = 0; i < sizeof(fields) / sizeof(*fields); i++) {
		const struct field *f = &fields[i];
		const void *v = base + f->off;

		switch (f->type) {
		case T_CHOICE:
			fprintf(
			    fp, "%s = %s\n", f->key, f->words[*(const int *)v]);
			break;
		case T_FONT:
		case T_STR:
		case T_PAPER:
		case T_KINDS:
			if (*(const char *const *)v)
				fprintf(fp, "%s = %s\n", f->key,
				    *(const char *const *)v);
			break;
		case T_WEIGHT:
			fprintf(fp, "%s = %d\n", f->key, *(const int *)v);
			break;
		case T_SIZE:
		case T_WIDE:
		case T_PHOTO:
			fprintf(fp, "%s = %gpt\n", f->key, *(const double *)v);
			break;
		case T_NUM:
			fprintf(fp, "%s = %g\n", f->key, *(const double *)v);
			break;
		case T_COLOR: {
			const struct resume_color *c = v;

			fprintf(fp, "%s = #%02x%02x%02x\n", f->key,
			    (int)(c->r * 255 + 0.5), (int)(c->g * 255 + 0.5),
			    (int)(c->b * 255 + 0.5));
			break;
		}
		}
	}
	for (i = 0; i < t->nwords; i++)
		fprintf(
		    fp, "word.%s = %s\n", t->words[i].key, t->words[i].value);
}
